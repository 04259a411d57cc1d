// Resource limits (issue 11, finding 10), measured on the built CLI: inputs
// that never end, an input over --max-input-size, the PDF decompression bomb
// (fixtures/hostile/pdf-bomb.pdf, 3.9 KB that inflate to 2 GB) with the default
// and with smaller limits, and --jobs 200 over 60 PDFs. For each run: how it
// ended, the wall time, the peak resident memory of the whole process tree
// (the CLI and its PDF processes, read from /proc every 25 ms) and the most
// processes alive at once. A run is killed past --cap MB (default 3000) or
// --timeout seconds (default 180), so the code before the limits can be
// measured too without taking the machine:
//
//   node scripts/bench-resources.mjs                       # this build (npm run build first)
//   node scripts/bench-resources.mjs --bin /old/bin/asm.js # another build, for a before/after
//   node scripts/bench-resources.mjs --only bomb,jobs      # some rows: zero, stdin, sparse, bomb, jobs, single
//
// `npm run bench:adversarial` runs it at its end (`--no-resources` there skips it).
//
// Linux only (/proc, /dev/zero); elsewhere it says so and exits 0.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const index = process.argv.indexOf(name);
  return index < 0 ? fallback : process.argv[index + 1];
};
const BIN = arg('--bin', join(ROOT, 'bin', 'asm.js'));
const CAP_MB = Number(arg('--cap', '3000'));
const TIMEOUT_S = Number(arg('--timeout', '180'));
const ONLY = arg('--only', 'zero,stdin,sparse,bomb,jobs,single').split(',');

if (!existsSync('/proc/self/status') || !existsSync('/dev/zero')) {
  console.log('bench-resources: needs Linux (/proc, /dev/zero); skipped.');
  process.exit(0);
}
if (!existsSync(BIN)) {
  console.error(`bench-resources: ${BIN} is missing; run \`npm run build\` first.`);
  process.exit(2);
}

function processTree(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

function rssMb(pid) {
  try {
    return Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** One watched run of the CLI; `stdin` may be a stream with a file descriptor (a pipe from another process). */
function watched(args, { env = {}, stdin = 'ignore', cwd } = {}) {
  const start = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', ASM_NO_PROGRESS: '1', ...env },
    stdio: [stdin, 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
  let peakMb = 0;
  let peakProcesses = 1;
  let killed = null;
  const kill = (reason) => {
    if (killed) return;
    killed = reason;
    for (const pid of processTree(child.pid).reverse()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const poll = setInterval(() => {
    const tree = processTree(child.pid);
    const total = tree.reduce((sum, pid) => sum + rssMb(pid), 0);
    peakMb = Math.max(peakMb, total);
    peakProcesses = Math.max(peakProcesses, tree.length);
    if (total > CAP_MB) kill(`killed at ${CAP_MB} MB`);
  }, 25);
  const timer = setTimeout(() => kill(`killed after ${TIMEOUT_S} s`), TIMEOUT_S * 1000);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(poll);
      clearTimeout(timer);
      const sentence = stderr.trim().split('\n').pop() ?? '';
      resolve({ status, killed, seconds: (performance.now() - start) / 1000, peakMb: Math.round(peakMb), peakProcesses, sentence });
    });
  });
}

const rows = [];
async function row(name, run) {
  const result = await run();
  const outcome = result.killed ?? `exit ${result.status}${result.sentence ? `: ${result.sentence.replace(/^asm: /, '').replaceAll(`${ROOT}/`, '').replaceAll(`${work}/`, '').slice(0, 100)}` : ''}`;
  rows.push({ name, result });
  console.log(
    `${name.padEnd(44)} ${result.seconds.toFixed(1).padStart(6)} s ${String(result.peakMb).padStart(6)} MB ${String(result.peakProcesses).padStart(4)}   ${outcome}`,
  );
}

const work = mkdtempSync(join(tmpdir(), 'asm-bench-resources-'));
try {
  console.log(`bench-resources: ${BIN}; ${availableParallelism()} cores; runs killed past ${CAP_MB} MB or ${TIMEOUT_S} s`);
  console.log(`${'case'.padEnd(44)} ${'time'.padStart(8)} ${'peak RSS'.padStart(9)} proc   outcome`);
  const BOMB = join(ROOT, 'fixtures', 'hostile', 'pdf-bomb.pdf');
  if (ONLY.includes('zero')) {
    await row('parse /dev/zero (default limit)', () => watched(['parse', '/dev/zero', '--no-save']));
    await row('parse /dev/urandom (default limit)', () => watched(['parse', '/dev/urandom', '--no-save']));
  }
  if (ONLY.includes('stdin')) {
    await row('endless stdin: yes | parse - (default)', async () => {
      const yes = spawn('yes', ['1\tAspecto\tActividad'], { stdio: ['ignore', 'pipe', 'ignore'] });
      try {
        return await watched(['parse', '-', '--no-save'], { stdin: yes.stdout });
      } finally {
        yes.kill();
      }
    });
  }
  if (ONLY.includes('sparse')) {
    const sparse = join(work, 'sparse.txt');
    spawnSync('truncate', ['-s', '300M', sparse]);
    await row('parse a 300 MB file (sparse, default limit)', () => watched(['parse', sparse, '--no-save']));
    rmSync(sparse);
  }
  if (ONLY.includes('bomb')) {
    await row('PDF bomb, default limits', () => watched(['parse', BOMB, '--no-save']));
    await row('PDF bomb, ASM_PDF_MEMORY_MB=256', () => watched(['parse', BOMB, '--no-save'], { env: { ASM_PDF_MEMORY_MB: '256' } }));
    await row('PDF bomb, ASM_PDF_TIMEOUT=2 (memory 8 GB)', () =>
      watched(['parse', BOMB, '--no-save'], { env: { ASM_PDF_TIMEOUT: '2', ASM_PDF_MEMORY_MB: '8192' } }),
    );
  }
  if (ONLY.includes('jobs')) {
    const many = join(work, 'many');
    spawnSync('mkdir', [many]);
    for (let i = 0; i < 60; i++) copyFileSync(join(ROOT, 'fixtures', 'pdf', 'seed-ruled.pdf'), join(many, `r${String(i).padStart(2, '0')}.pdf`));
    await row('60 PDFs, --jobs 200', () => watched(['parse', many, '--no-save', '--format', 'json', '--jobs', '200']));
    await row('60 PDFs, --jobs 1', () => watched(['parse', many, '--no-save', '--format', 'json', '--jobs', '1']));
  }
  if (ONLY.includes('single')) {
    // The cost of the child process for one PDF: whole-process time, median of 5.
    const times = [];
    let last;
    for (let i = 0; i < 5; i++) {
      last = await watched(['parse', join(ROOT, 'fixtures', 'pdf', 'seed-ruled.pdf'), '--no-save', '--format', 'json']);
      times.push(last.seconds);
    }
    times.sort((a, b) => a - b);
    rows.push({ name: 'single', result: last });
    console.log(`${'one PDF (seed-ruled, 4 pages), median of 5'.padEnd(44)} ${times[2].toFixed(2).padStart(6)} s ${String(last.peakMb).padStart(6)} MB ${String(last.peakProcesses).padStart(4)}   exit ${last.status}`);
  }
  console.log('\npeak RSS: the whole process tree; proc: most processes at once (the CLI included).');
} finally {
  rmSync(work, { recursive: true, force: true });
}
