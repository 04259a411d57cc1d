#!/usr/bin/env node
// Where the start-up time of the CLI goes (part of npm run bench; prints one
// JSON object, or a readable summary with --text):
// - import(): each heavy dependency imported alone in a fresh process, minus
//   a bare process, alternated, medians;
// - profile: `node --cpu-prof` of the given CLI run, RUNS times, self time
//   summed per source module of the bundle (esbuild's `// path` comments mark
//   where each module's code starts), per Node internal, and per V8 category.
//   node scripts/bench-startup.mjs [--runs N] [--text] -- ARGS...   (ARGS: the CLI arguments)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const argv = process.argv.slice(2);
const dash = argv.indexOf('--');
const options = dash >= 0 ? argv.slice(0, dash) : argv;
const cliArgs = dash >= 0 ? argv.slice(dash + 1) : ['vigentes', 'fixtures/seed-e006-2015-09.txt', '--exit-zero'];
const runs = Number(options[options.indexOf('--runs') + 1]) || 10;
const asText = options.includes('--text');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function wall(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  return ms;
}

// 1. import() of each dependency alone.
const MODULES = ['commander', 'zod', 'chalk', 'cli-table3', 'papaparse', 'pdf-parse'];
const importMs = {};
{
  const bare = [];
  const each = Object.fromEntries(MODULES.map((name) => [name, []]));
  for (let i = 0; i <= runs; i++) {
    const b = wall(['--input-type=module', '-e', '']);
    if (i > 0) bare.push(b);
    for (const name of MODULES) {
      const ms = wall(['--input-type=module', '-e', `await import(${JSON.stringify(name)});`]);
      if (i > 0) each[name].push(ms);
    }
  }
  importMs.bareProcess = median(bare);
  for (const name of MODULES) importMs[name] = median(each[name]) - importMs.bareProcess;
}

// 2. CPU profile of the CLI run, summed per module.
const moduleMaps = new Map();
function moduleAt(url, line) {
  if (!url.startsWith('file://')) return null;
  const path = fileURLToPath(url);
  let marks = moduleMaps.get(path);
  if (!marks) {
    marks = [];
    try {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((text, index) => {
          const match = /^\/\/ ((?:src|node_modules)\/\S+)$/.exec(text);
          if (match) marks.push([index, match[1]]);
        });
    } catch {
      // not readable: attribute to the file
    }
    moduleMaps.set(path, marks);
  }
  let found = null;
  for (const [start, name] of marks) if (start <= line) found = name;
  const rel = path.startsWith(ROOT) ? path.slice(ROOT.length + 1) : path;
  if (!found) return rel;
  // Group a package's files under the package.
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(found);
  return pkg ? `${pkg[1]} (in ${rel.replace(/chunks\/.*/, 'chunks')})` : found;
}

function nodeArea(url) {
  if (/^node:internal\/modules\/esm\//.test(url)) return 'ESM loader (resolve, read, compile, link)';
  if (/^node:internal\/modules\//.test(url)) return 'CJS loader';
  if (/^node:internal\/(main|bootstrap|process)\//.test(url)) return 'bootstrap';
  return url.replace(/^node:(internal\/)?/, '');
}

function profile(args) {
  const totals = new Map();
  let profiledMs = 0;
  const dir = mkdtempSync(join(tmpdir(), 'asm-startup-prof-'));
  try {
    for (let i = 0; i < runs; i++) {
      spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-interval', '50', '--cpu-prof-dir', dir, ...args], { cwd: ROOT, stdio: 'ignore' });
    }
    for (const file of readdirSync(dir)) {
      const profile = JSON.parse(readFileSync(join(dir, file), 'utf8'));
      const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
      const self = new Map();
      profile.samples.forEach((id, index) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
      for (const [id, micros] of self) {
        const { callFrame } = nodes.get(id);
        const url = callFrame.url;
        let key;
        if (url === '' || url === undefined) key = callFrame.functionName.startsWith('(') ? callFrame.functionName : `V8: ${callFrame.functionName || 'anonymous'}`;
        else if (url.startsWith('node:')) key = `Node: ${nodeArea(url)}`;
        else key = moduleAt(url, callFrame.lineNumber) ?? url;
        totals.set(key, (totals.get(key) ?? 0) + micros / 1000);
        profiledMs += micros / 1000;
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return { msPerRun: profiledMs / runs, top: [...totals].map(([name, ms]) => ({ name, ms: ms / runs })).sort((a, b) => b.ms - a.ms) };
}

const cli = profile(['bin/asm.js', ...cliArgs]);
const bare = profile(['-e', '']);

const result = { runs, args: cliArgs, importMs, profile: { msPerRun: cli.msPerRun, top: cli.top.slice(0, 25) }, bareProfile: { msPerRun: bare.msPerRun, top: bare.top.slice(0, 8) } };
if (asText) {
  const lines = [`import() alone (ms over a bare ${importMs.bareProcess.toFixed(1)} ms process):`];
  for (const name of MODULES) lines.push(`  ${name.padEnd(12)} ${importMs[name].toFixed(1).padStart(6)}`);
  lines.push(`profile of asm ${cliArgs.join(' ')} (self time per module, ms per run, ${result.profile.msPerRun.toFixed(1)} ms sampled):`);
  for (const { name, ms } of result.profile.top) lines.push(`  ${ms.toFixed(1).padStart(6)}  ${name}`);
  lines.push(`profile of node -e '' (same, ${result.bareProfile.msPerRun.toFixed(1)} ms sampled):`);
  for (const { name, ms } of result.bareProfile.top) lines.push(`  ${ms.toFixed(1).padStart(6)}  ${name}`);
  process.stdout.write(`${lines.join('\n')}\n`);
} else process.stdout.write(`${JSON.stringify(result)}\n`);
