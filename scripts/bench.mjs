#!/usr/bin/env node
// npm run bench: every performance figure of issue 7, each as a ratio of two
// commands timed in the same run, alternated (A, B, A, B…), medians.
//
//   node scripts/bench.mjs [--runs N] [--heavy-runs N] [--corpus DIR] [--count N] [--only a,b,c,d,e,f,g]
//
//   a  start-up: asm vigentes on the seed vs node -e ''                  (target ≤ 1.5×)
//   b  text throughput: asm report DIR (2,000 generated reports) vs a
//      plain script that reads the files and splits lines and cells      (target ≤ 3×)
//   c  PDF: ms per page, single file (whole process) and batch (in
//      process), beside pdf-parse's bare getTable(), on the old fixtures
//      and on the generated corpus (target ≤ 1.1×); text vs PDF path
//   d  parallel PDF batch of 20: --jobs 1 vs --jobs <cores>              (target ≥ 1.6× on 2 cores)
//   e  peak RSS of the 2,000-report run, beside the records' own heap
//   f  start-up profile: import() cost per dependency, self time per module
//   g  OCR (issue 16): seconds per scanned page (fixtures/scanned, --ocr --no-save, no cache), --jobs 1
//   (d also probes how many cores are really free: other processes skew it)
//
// The corpus is generated (scripts/gen-corpus.mjs, seed 1) in a temporary
// folder unless --corpus names one; it is never written into the repository.
// Run `npm run build` first (npm run bench does). Timings are wall clock of
// whole processes (spawnSync), so they include process start-up where the
// figure says so. Other load on the machine skews every figure: the load
// average is printed before and after.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from './gen-corpus.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const SEED = join(ROOT, 'fixtures', 'seed-e006-2015-09.txt');
const PDF_DIR = join(ROOT, 'fixtures', 'pdf');
const GOOD_PDFS = ['seed-ruled.pdf', 'seed-borderless.pdf', 'multi-activity.pdf', 'two-periods.pdf'];

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : fallback;
}
const RUNS = Number(option('--runs', 15));
const HEAVY_RUNS = Number(option('--heavy-runs', 5));
const COUNT = Number(option('--count', 2000));
const ONLY = new Set((option('--only', 'a,b,c,d,e,f,g') ?? '').split(','));
const CORES = availableParallelism();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (ms) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
const ratio = (a, b) => (a / b).toFixed(2);
const out = (text = '') => process.stdout.write(`${text}\n`);
const verdict = (ok) => (ok ? 'MET' : 'NOT MET');

/** One whole process: wall time in ms (stdout to /dev/null unless captured). */
function run(args, { cwd = work, env = {}, capture = false } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(args[0], args.slice(1), {
    cwd,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', ...env },
    stdio: ['ignore', capture ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0 && !(env.BENCH_ALLOW_EXIT_1 && result.status === 1)) {
    throw new Error(`${args.join(' ')} → exit ${result.status}\n${result.stderr}`);
  }
  return { ms, stdout: result.stdout, stderr: result.stderr };
}

/** Alternate the commands (A, B, A, B…) `runs` times after one warm-up each; medians. */
function alternate(commands, runs) {
  const times = commands.map(() => []);
  for (let i = -1; i < runs; i++) {
    commands.forEach((command, k) => {
      const { ms } = run(command.args, command);
      if (i >= 0) times[k].push(ms);
    });
  }
  return times.map((list) => ({ median: median(list), min: Math.min(...list), max: Math.max(...list), runs: list.length }));
}

function filesUnder(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...filesUnder(path));
    else found.push(path);
  }
  return found;
}

const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'asm-bench-'));
// Run a snapshot of the build (bin, dist, scripts; node_modules linked), so
// that a rebuild in the working tree during the run cannot break or skew it.
const APP = join(work, 'app');
mkdirSync(APP);
for (const part of ['bin', 'dist', 'scripts', 'package.json']) cpSync(join(ROOT, part), join(APP, part), { recursive: true });
symlinkSync(join(ROOT, 'node_modules'), join(APP, 'node_modules'), 'dir');
const BIN = join(APP, 'bin', 'asm.js');
const SCRIPTS = join(APP, 'scripts');
const summary = [];
const row = (figure, value, target, met) => summary.push({ figure, value, target, met });

try {
  out(`asm benchmark · ${new Date().toISOString()}`);
  out(`machine: ${CORES} cores (${cpus()[0]?.model?.trim() ?? 'unknown CPU'}), Node ${process.version}, ${process.platform}`);
  out(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')}${loadavg()[0] > CORES / 2 ? '  (busy machine: figures will be noisy)' : ''}`);
  out(`runs: ${RUNS} per command for start-up, ${HEAVY_RUNS} for the heavy figures; commands alternated, medians`);
  out();

  // Is `asm vigentes` / `asm report` there yet?
  const help = run([node, BIN, '--help'], { capture: true }).stdout;
  const hasVigentes = /\bvigentes\b/.test(help);
  const hasReport = /\breport\b/.test(help);

  // ---------------------------------------------------------------- (a)
  if (ONLY.has('a')) {
    const cli = hasVigentes
      ? [node, BIN, 'vigentes', SEED, '--exit-zero']
      : [node, BIN, 'parse', SEED, '--no-save', '--format', 'json'];
    const [asm, bare] = alternate([{ args: cli, cwd: work }, { args: [node, '-e', ''], cwd: work }], RUNS);
    const r = asm.median / bare.median;
    out(`(a) start-up${hasVigentes ? '' : ' (vigentes not registered yet: asm parse --no-save --format json)'}`);
    out(`    asm ${cli.slice(2).join(' ').replace(ROOT + '/', '')}: ${fmt(asm.median)} ms (min ${fmt(asm.min)})`);
    out(`    node -e '': ${fmt(bare.median)} ms (min ${fmt(bare.min)})`);
    out(`    ratio ${ratio(asm.median, bare.median)} (target ≤ 1.5: ${verdict(r <= 1.5)})`);
    out();
    row('Start-up: `asm vigentes` seed vs `node -e \'\'`', `${fmt(asm.median)} ms vs ${fmt(bare.median)} ms = **${r.toFixed(2)}×**`, '≤ 1.5×', r <= 1.5);
  }

  // The corpus for (b) and (e).
  let corpus = option('--corpus', null);
  let corpusBytes = 0;
  let corpusFiles = 0;
  if (ONLY.has('b') || ONLY.has('e')) {
    if (!corpus) {
      corpus = join(work, 'corpus');
      generateCorpus(corpus, { count: COUNT, seed: 1 });
    }
    const files = filesUnder(corpus).filter((path) => /\.(txt|md|csv|tsv)$/.test(path));
    corpusFiles = files.length;
    corpusBytes = files.reduce((sum, path) => sum + statSync(path).size, 0);
    out(`corpus: ${corpusFiles} reports, ${(corpusBytes / 1e6).toFixed(1)} MB in ${corpus}`);
    out();
  }
  const reportArgs = hasReport
    ? [node, BIN, 'report', corpus ?? '']
    : [node, BIN, 'parse', corpus ?? '', '--no-save', '--format', 'json'];

  // ---------------------------------------------------------------- (b)
  if (ONLY.has('b')) {
    const baseline = [node, join(SCRIPTS, 'bench-baseline-read.mjs'), corpus];
    const [asm, plain] = alternate([{ args: reportArgs, cwd: work }, { args: baseline }], HEAVY_RUNS);
    const r = asm.median / plain.median;
    const mbps = corpusBytes / 1e6 / (asm.median / 1000);
    const rps = corpusFiles / (asm.median / 1000);
    out(`(b) text throughput over ${corpusFiles} reports${hasReport ? '' : ' (report not registered yet: asm parse --no-save --format json)'}`);
    out(`    asm ${reportArgs.slice(2).join(' ').replace(corpus, 'DIR')}: ${fmt(asm.median)} ms (min ${fmt(asm.min)}) · ${mbps.toFixed(2)} MB/s · ${rps.toFixed(0)} reports/s`);
    out(`    read + split lines and cells: ${fmt(plain.median)} ms (min ${fmt(plain.min)}) · ${(corpusBytes / 1e6 / (plain.median / 1000)).toFixed(1)} MB/s`);
    out(`    ratio ${r.toFixed(2)} (target ≤ 3: ${verdict(r <= 3)})`);
    out();
    row(`Text: \`asm report DIR\` (${corpusFiles} reports, ${(corpusBytes / 1e6).toFixed(1)} MB) vs read+split`, `${fmt(asm.median)} ms vs ${fmt(plain.median)} ms = **${r.toFixed(2)}×**`, '≤ 3×', r <= 3);
    row('Text: throughput of `asm report DIR`', `${mbps.toFixed(2)} MB/s · ${rps.toFixed(0)} reports/s`, '', null);
  }

  // ---------------------------------------------------------------- (c)
  if (ONLY.has('c')) {
    const pdfs = GOOD_PDFS.map((name) => join(PDF_DIR, name));
    const inProcess = JSON.parse(run([node, join(SCRIPTS, 'bench-pdf.mjs'), String(Math.max(5, HEAVY_RUNS)), SEED, ...pdfs], { capture: true }).stdout);
    out('(c) PDF, ms per page');
    out('    single file, whole process (asm parse F --no-save --format json vs node bench-gettable.mjs F):');
    const pages = Object.fromEntries(inProcess.perFile.map((f) => [f.name, f.pages]));
    for (const pdf of pdfs) {
      const name = pdf.split('/').at(-1);
      const [asm, bare] = alternate(
        [
          { args: [node, BIN, 'parse', pdf, '--no-save', '--format', 'json'], cwd: work },
          { args: [node, join(SCRIPTS, 'bench-gettable.mjs'), pdf] },
        ],
        HEAVY_RUNS,
      );
      const n = pages[name];
      out(`      ${name.padEnd(20)} ${n} p  asm ${fmt(asm.median / n)} ms/p  getTable ${fmt(bare.median / n)} ms/p  ratio ${ratio(asm.median, bare.median)}`);
      row(`PDF single file (process): ${name} (${n} p)`, `${fmt(asm.median / n)} vs getTable ${fmt(bare.median / n)} ms/page = ${ratio(asm.median, bare.median)}×`, '', null);
    }
    out(`    in process, warm (median of ${inProcess.iterations}, alternated):`);
    for (const f of inProcess.perFile) {
      out(`      ${f.name.padEnd(20)} ${f.pages} p  asm ${fmt(f.asmMs / f.pages)} ms/p  getTable ${fmt(f.getTableMs / f.pages)} ms/p  ratio ${ratio(f.asmMs, f.getTableMs)}`);
    }
    const b = inProcess.batch;
    out(`    batch of the ${b.files} fixtures (${b.pages} pages), in process: asm ${fmt(b.asmMs / b.pages)} ms/p, getTable ${fmt(b.getTableMs / b.pages)} ms/p, ratio ${ratio(b.asmMs, b.getTableMs)}`);
    row(`PDF batch (in process, ${b.files} files, ${b.pages} p)`, `${fmt(b.asmMs / b.pages)} vs getTable ${fmt(b.getTableMs / b.pages)} ms/page = ${ratio(b.asmMs, b.getTableMs)}×`, '', null);
    // The generated corpus (fixtures/corpus): every producer and layout the reader must read.
    const manifestPath = join(ROOT, 'fixtures', 'corpus', 'manifest.json');
    if (existsSync(manifestPath)) {
      const corpusPdfs = JSON.parse(readFileSync(manifestPath, 'utf8')).map((entry) => join(ROOT, 'fixtures', 'corpus', entry.pdf));
      const corpus = JSON.parse(run([node, join(SCRIPTS, 'bench-pdf.mjs'), String(Math.max(5, HEAVY_RUNS)), SEED, ...corpusPdfs], { capture: true }).stdout);
      out(`    corpus (fixtures/corpus, ${corpus.batch.files} PDFs of ${corpus.batch.pages} pages), in process, warm:`);
      for (const f of corpus.perFile) {
        out(`      ${f.name.padEnd(36)} ${String(f.pages).padStart(2)} p  asm ${fmt(f.asmMs / f.pages)} ms/p  getTable ${fmt(f.getTableMs / f.pages)} ms/p  ratio ${ratio(f.asmMs, f.getTableMs)}`);
      }
      const c = corpus.batch;
      const r = c.asmMs / c.getTableMs;
      out(`    corpus batch: asm ${fmt(c.asmMs / c.pages)} ms/p, getTable ${fmt(c.getTableMs / c.pages)} ms/p, ratio ${r.toFixed(2)} (target ≤ 1.1: ${verdict(r <= 1.1)})`);
      row(`PDF corpus batch (in process, ${c.files} files, ${c.pages} p, every producer and layout)`, `${fmt(c.asmMs / c.pages)} vs getTable ${fmt(c.getTableMs / c.pages)} ms/page = **${r.toFixed(2)}×**`, '≤ 1.1×', r <= 1.1);
    }
    if (inProcess.textVsPdf) {
      const t = inProcess.textVsPdf;
      out(`    text vs PDF, same document (seed .txt vs seed-ruled.pdf, ${t.pages} pages): text ${(t.textMs / t.pages).toFixed(2)} ms/p, PDF ${fmt(t.pdfMs / t.pages)} ms/p, PDF/text ${(t.pdfMs / t.textMs).toFixed(0)}×`);
      row('Text vs PDF path, same document (seed)', `${(t.textMs / t.pages).toFixed(2)} vs ${fmt(t.pdfMs / t.pages)} ms/page (PDF ${(t.pdfMs / t.textMs).toFixed(0)}× slower)`, '', null);
    }
    out();
  }

  // ---------------------------------------------------------------- (d)
  if (ONLY.has('d')) {
    const batch = join(work, 'pdf20');
    mkdirSync(batch, { recursive: true });
    for (let i = 0; i < 20; i++) {
      const name = GOOD_PDFS[i % GOOD_PDFS.length];
      copyFileSync(join(PDF_DIR, name), join(batch, `${String(i).padStart(2, '0')}-${name}`));
    }
    const probe = () => JSON.parse(run([node, join(SCRIPTS, 'bench-probe.mjs'), String(CORES)], { capture: true }).stdout).effective;
    const before = probe();
    const base = [node, BIN, 'parse', batch, '--no-save', '--format', 'json'];
    const [one, all] = alternate([{ args: [...base, '--jobs', '1'], cwd: work }, { args: [...base, '--jobs', String(CORES)], cwd: work }], HEAVY_RUNS);
    const speedup = one.median / all.median;
    const target = CORES >= 2 ? speedup >= 1.6 : null;
    const after = probe();
    out(`(d) parallel PDF batch, 20 PDFs (copies of the 4 fixtures), whole process`);
    out(`    cores free for this run (busy-loop probe, ${CORES} threads): ${before.toFixed(2)} before, ${after.toFixed(2)} after${Math.min(before, after) < CORES * 0.8 ? '  (other processes hold cores: the speed-up below is capped by that)' : ''}`);
    out(`    --jobs 1 (main thread, no workers): ${fmt(one.median)} ms (min ${fmt(one.min)})`);
    out(`    --jobs ${CORES} (${Math.min(CORES, 20)} worker threads): ${fmt(all.median)} ms (min ${fmt(all.min)})`);
    out(`    speed-up ${speedup.toFixed(2)}× (target ≥ 1.6 on 2 cores: ${target === null ? 'n/a on 1 core' : verdict(target)})`);
    row(`Parallel PDF: 20 PDFs, --jobs 1 vs --jobs ${CORES} (free cores by probe: ${Math.min(before, after).toFixed(1)})`, `${fmt(one.median)} ms vs ${fmt(all.median)} ms = **${speedup.toFixed(2)}×** faster`, '≥ 1.6× (2 cores)', target);
    // CPU time (user + sys) of one run each: what each extra thread costs (its own pdf.js load and JIT warm-up).
    if (existsSync('/usr/bin/time')) {
      const cpu = (jobs) => {
        const { stderr } = run(['/usr/bin/time', '-f', 'BENCH_CPU %U %S', ...base, '--jobs', String(jobs)]);
        const match = /BENCH_CPU ([\d.]+) ([\d.]+)/.exec(stderr);
        return match ? Number(match[1]) + Number(match[2]) : NaN;
      };
      const c1 = cpu(1);
      const cN = cpu(CORES);
      out(`    CPU time (user+sys, one run each): --jobs 1 ${c1.toFixed(2)} s, --jobs ${CORES} ${cN.toFixed(2)} s (+${(cN - c1).toFixed(2)} s: each worker loads pdf.js and warms its JIT anew)`);
    }
    // The same with four times the work: the fixed cost per thread weighs less.
    const big = join(work, 'pdf80');
    mkdirSync(big, { recursive: true });
    for (let i = 0; i < 80; i++) {
      const name = GOOD_PDFS[i % GOOD_PDFS.length];
      copyFileSync(join(PDF_DIR, name), join(big, `${String(i).padStart(2, '0')}-${name}`));
    }
    const bigBase = [node, BIN, 'parse', big, '--no-save', '--format', 'json'];
    const [bigOne, bigAll] = alternate([{ args: [...bigBase, '--jobs', '1'] }, { args: [...bigBase, '--jobs', String(CORES)] }], Math.max(2, Math.ceil(HEAVY_RUNS / 2)));
    out(`    80 PDFs (for scale): --jobs 1 ${fmt(bigOne.median)} ms, --jobs ${CORES} ${fmt(bigAll.median)} ms, speed-up ${(bigOne.median / bigAll.median).toFixed(2)}×`);
    row(`Parallel PDF, 80 PDFs (for scale)`, `${fmt(bigOne.median)} ms vs ${fmt(bigAll.median)} ms = ${(bigOne.median / bigAll.median).toFixed(2)}×`, '', null);
    out();
  }

  // ---------------------------------------------------------------- (e)
  if (ONLY.has('e')) {
    let rss = null;
    let how;
    if (existsSync('/usr/bin/time')) {
      const result = run(['/usr/bin/time', '-v', ...reportArgs], { cwd: work });
      const match = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
      rss = match ? Number(match[1]) * 1024 : null;
      how = '/usr/bin/time -v';
    }
    if (rss === null) {
      // No GNU time: ask the process itself, at exit, through a preloaded module.
      const hook = "data:text/javascript,process.on('exit',()=>process.stderr.write('ASM_MAX_RSS='+process.resourceUsage().maxRSS+'\\n'))";
      const result = run([node, '--import', hook, ...reportArgs.slice(1)], { cwd: work });
      const match = /ASM_MAX_RSS=(\d+)/.exec(result.stderr);
      rss = match ? Number(match[1]) * 1024 : null;
      how = 'process.resourceUsage().maxRSS';
    }
    const bareRss = (() => {
      const hook = "process.stderr.write('ASM_MAX_RSS='+process.resourceUsage().maxRSS+'\\n')";
      const match = /ASM_MAX_RSS=(\d+)/.exec(run([node, '-e', hook]).stderr);
      return match ? Number(match[1]) * 1024 : 0;
    })();
    const records = JSON.parse(run([node, '--expose-gc', join(SCRIPTS, 'bench-records.mjs'), corpus], { capture: true }).stdout);
    const mb = (bytes) => (bytes / 1048576).toFixed(0);
    const overhead = rss - bareRss - records.recordsHeapBytes;
    out(`(e) memory of asm ${reportArgs.slice(2).join(' ').replace(corpus, 'DIR')} over ${corpusFiles} reports (${how})`);
    out(`    peak RSS ${mb(rss)} MB; node -e '' ${mb(bareRss)} MB; the parsed records alone (heap after GC, ${records.activities} activities): ${mb(records.recordsHeapBytes)} MB`);
    out(`    peak RSS − bare Node − records = ${mb(overhead)} MB (code, pdf-free parser state, GC headroom, output string)`);
    out();
    row(`Peak RSS, \`asm report\` over ${corpusFiles} reports`, `${mb(rss)} MB (bare Node ${mb(bareRss)} MB, records ${mb(records.recordsHeapBytes)} MB)`, 'records + small', null);
  }

  // ---------------------------------------------------------------- (f)
  if (ONLY.has('f')) {
    const cli = hasVigentes ? ['vigentes', SEED, '--exit-zero'] : ['parse', SEED, '--no-save', '--format', 'json'];
    const text = run([node, join(SCRIPTS, 'bench-startup.mjs'), '--runs', String(Math.max(5, Math.min(RUNS, 10))), '--text', '--', ...cli], { capture: true }).stdout;
    out('(f) start-up profile');
    out(text.replace(/^/gm, '    ').replaceAll(APP + '/', '').replaceAll(ROOT + '/', '').trimEnd());
    out();
  }

  // ---------------------------------------------------------------- (g)
  if (ONLY.has('g')) {
    const scanDir = join(ROOT, 'fixtures', 'scanned');
    const scans = existsSync(scanDir) ? readdirSync(scanDir).filter((name) => name.endsWith('.pdf')).sort() : [];
    out('(g) OCR: seconds per scanned page (asm parse --ocr --no-save --jobs 1, whole process, one page each)');
    out('    wall clock, and CPU seconds of asm and its children (GNU time; a busy machine stretches the wall clock, not the CPU time)');
    const perPage = [];
    const cpuPerPage = [];
    const gnuTime = existsSync('/usr/bin/time');
    for (const name of scans) {
      const times = [];
      const cpu = [];
      for (let i = 0; i < Math.min(HEAVY_RUNS, 2); i++) {
        const store = mkdtempSync(join(work, 'ocr-store-'));
        const args = [node, BIN, 'parse', join(scanDir, name), '--ocr', '--allow-unread', '--no-save', '--jobs', '1', '--store', store, '--format', 'json'];
        const started = performance.now();
        const result = run(gnuTime ? ['/usr/bin/time', '-f', 'ASM_CPU=%U+%S', ...args] : args, { capture: true });
        times.push(performance.now() - started);
        const match = /ASM_CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr);
        if (match) cpu.push(Number(match[1]) + Number(match[2]));
      }
      const seconds = median(times) / 1000;
      perPage.push(seconds);
      if (cpu.length > 0) cpuPerPage.push(median(cpu));
      out(`    ${name}: ${seconds.toFixed(1)} s/page wall${cpu.length > 0 ? `, ${median(cpu).toFixed(1)} s CPU` : ''}`);
    }
    if (perPage.length > 0) {
      const cpuText = cpuPerPage.length > 0 ? ` (${median(cpuPerPage).toFixed(1)} s CPU)` : '';
      row('OCR, seconds per scanned page (300 dpi, --jobs 1)', `${median(perPage).toFixed(1)} s${cpuText}`, 'reported', null);
    }
    out();
  }

  out(`load average at end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  out();
  out('Summary (Markdown, for docs/performance.md):');
  out();
  out(`| figure | value | target | met |`);
  out(`| --- | --- | --- | --- |`);
  for (const r of summary) out(`| ${r.figure} | ${r.value} | ${r.target} | ${r.met === null ? '' : r.met ? 'yes' : '**no**'} |`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
