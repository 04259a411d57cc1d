// Safety (issue 6): the store and --output are written atomically, concurrent
// runs lose nothing, and asm neither touches the network nor writes outside the
// store and the named output. Everything runs the built CLI.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, ROOT, runCli, tempDir } from './helpers/cli.js';
import { listing } from './helpers/files.js';

const SEED = fixture('seed-e006-2015-09.txt');
const MULTI = fixture('layouts', 'multi-activity.txt');
const SEED_STORE = 'instituto-mexicano-del-seguro-social__E006__2015-09.json';
const MULTI_STORE = 'secretaria-de-educacion-publica__S072__2017-03.json';

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listing(dir).map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

/** Run the CLI without waiting: resolves with its exit code (or signal). */
function runAsync(
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
  killAfterMs?: number,
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.resume();
    if (killAfterMs !== undefined) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
}

describe('atomic writes: an interrupted write leaves the previous file intact', () => {
  it('--output: the injected failure before rename keeps the old file and leaves no temporary file', () => {
    const cwd = tempDir();
    expect(runCli(['parse', MULTI, '--format', 'csv', '--output', 'out.csv'], { cwd }).status).toBe(0);
    const before = snapshot(cwd);
    const result = runCli(['parse', SEED, '--format', 'csv', '--output', 'out.csv'], { cwd, env: { ASM_TEST_FAIL_BEFORE_RENAME: '1' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^asm: .*injected failure before rename\n$/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(snapshot(cwd)).toEqual(before); // same files, same bytes: no .tmp left, store untouched too
  });

  it('store: the injected failure keeps the stored report and leaves no temporary file', () => {
    const cwd = tempDir();
    expect(runCli(['parse', SEED], { cwd }).status).toBe(0);
    const before = snapshot(cwd);
    const result = runCli(['parse', SEED, '--format', 'json'], { cwd, env: { ASM_TEST_FAIL_BEFORE_RENAME: '1' } });
    expect(result.status).toBe(2);
    expect(snapshot(cwd)).toEqual(before);
    expect(runCli(['store', '--format', 'json'], { cwd }).status).toBe(0);
  });

  it('a run killed (SIGKILL) at any moment leaves the stored report whole: the old one or the new one', async () => {
    const cwd = tempDir();
    // Old and new versions of the same report (same institution, program and month → same store file).
    const seed = readFileSync(SEED, 'utf8');
    writeFileSync(join(cwd, 'old.txt'), seed);
    const lines = seed.split('\n');
    const rowIndex = lines.findIndex((line) => line.startsWith('5\t'));
    // The new version is large (many copies of one activity), so that the write of the store takes a while.
    const extra = Array.from({ length: 40_000 }, (_, i) => `\tActividad adicional ${i}\tCoordinación\t31/12/2015\tx\tx\t35\t\t\tobs ${i}\tSeptiembre-2015\t`);
    writeFileSync(join(cwd, 'new.txt'), [...lines.slice(0, rowIndex + 1), ...extra, ...lines.slice(rowIndex + 1)].join('\n'));
    expect(runCli(['parse', 'old.txt'], { cwd }).status).toBe(0);
    const stored = join(cwd, '.asm', SEED_STORE);
    const old = readFileSync(stored, 'utf8');

    // The complete new content, for comparison (written elsewhere).
    const reference = tempDir();
    writeFileSync(join(reference, 'new.txt'), readFileSync(join(cwd, 'new.txt')));
    expect(runCli(['parse', 'new.txt'], { cwd: reference }).status).toBe(0);
    const fresh = readFileSync(join(reference, '.asm', SEED_STORE), 'utf8').replace(/"sha256": "[0-9a-f]+"/, '');
    const kinds = new Set<string>();
    for (const delay of [50, 300, 600, 900, 1200, 1500, 1800, 2100, 2600, 3200]) {
      writeFileSync(stored, old);
      await runAsync(['parse', 'new.txt', '--format', 'json'], cwd, {}, delay);
      const content = readFileSync(stored, 'utf8');
      expect(() => JSON.parse(content)).not.toThrow();
      if (content === old) kinds.add('old');
      else {
        expect(content.replace(/"sha256": "[0-9a-f]+"/, '')).toBe(fresh);
        kinds.add('new');
      }
      // Only whole reports in the store; a temporary file a SIGKILL left behind is not read as a report.
      expect(readdirSync(join(cwd, '.asm')).filter((name) => name.endsWith('.json'))).toEqual([SEED_STORE]);
      expect(runCli(['store', '--format', 'json'], { cwd }).status).toBe(0);
    }
    expect(kinds.has('old')).toBe(true);
  }, 120_000);
});

describe('concurrent runs into one store lose nothing', () => {
  it('different reports both land', async () => {
    const cwd = tempDir();
    const results = await Promise.all([runAsync(['parse', SEED], cwd), runAsync(['parse', MULTI], cwd), runAsync(['parse', SEED, MULTI], cwd)]);
    expect(results.map((r) => r.code)).toEqual([0, 0, 0]);
    expect(readdirSync(join(cwd, '.asm')).sort()).toEqual([SEED_STORE, MULTI_STORE]);
    for (const name of [SEED_STORE, MULTI_STORE]) expect(() => JSON.parse(readFileSync(join(cwd, '.asm', name), 'utf8'))).not.toThrow();
  }, 60_000);

  it('the same report written by several runs at once ends as one whole file, never a mix', async () => {
    const cwd = tempDir();
    const seed = readFileSync(SEED, 'utf8');
    writeFileSync(join(cwd, 'a.txt'), seed);
    // Same report, other content: every observation of version b is changed.
    writeFileSync(join(cwd, 'b.txt'), seed.replaceAll('Septiembre-2015', 'Septiembre-2015').replace(/Con base en/g, 'Versión B: con base en'));
    const versions = new Map<string, string>();
    for (const name of ['a', 'b']) {
      const solo = tempDir();
      writeFileSync(join(solo, `${name}.txt`), readFileSync(join(cwd, `${name}.txt`)));
      expect(runCli(['parse', `${name}.txt`], { cwd: solo }).status).toBe(0);
      versions.set(name, readFileSync(join(solo, '.asm', SEED_STORE), 'utf8'));
    }
    expect(versions.get('a')).not.toBe(versions.get('b'));
    for (let round = 0; round < 3; round++) {
      const runs = ['a', 'b', 'a', 'b', 'a', 'b'].map((name) => runAsync(['parse', `${name}.txt`], cwd));
      expect((await Promise.all(runs)).map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 0]);
      expect(readdirSync(join(cwd, '.asm'))).toEqual([SEED_STORE]); // one file, no temporary left
      const content = readFileSync(join(cwd, '.asm', SEED_STORE), 'utf8');
      expect([versions.get('a'), versions.get('b')]).toContain(content);
    }
  }, 60_000);
});

describe('no network, no writes outside the store and the named output', () => {
  const bundleFiles = (): string[] => listing(join(ROOT, 'dist', 'cli')).filter((name) => /\.[cm]?js$/.test(name));

  // The packages the bundle requires from node_modules at run time are covered by the run-time guard below.
  it('the CLI bundle loads no network module and calls no fetch', () => {
    const files = bundleFiles();
    expect(files.length).toBeGreaterThan(0);
    const network = /(?:require\(|from |import\()\s*["'](?:node:)?(?:http|https|http2|net|tls|dgram|undici)["']|\bfetch\(|\bWebSocket\b|\bEventSource\b/;
    for (const name of files) {
      const code = readFileSync(join(ROOT, 'dist', 'cli', name), 'utf8');
      expect(network.exec(code)?.[0] ?? null, name).toBeNull();
      // papaparse's NetworkStreamer (XMLHttpRequest, browser only, for `download: true`) is the one network code path
      // in the bundle; asm never passes `download`, and Node has no XMLHttpRequest.
      const xhr = code.split('new XMLHttpRequest()').length - 1;
      if (xhr > 0) {
        expect(xhr, name).toBe(1);
        expect(code).toContain('function NetworkStreamer(');
      }
    }
  });

  it('the sources never ask papaparse to download or pdf.js to load a URL', () => {
    const sources = listing(join(ROOT, 'src')).filter((name) => name.endsWith('.ts'));
    for (const name of sources) {
      const code = readFileSync(join(ROOT, 'src', name), 'utf8');
      expect(code, name).not.toMatch(/\bdownload\s*:/);
      expect(code, name).not.toMatch(/getDocument\(\s*['"`]|\burl\s*:\s*[^,}]*(?:http|file)/);
      expect(code, name).not.toMatch(/from ['"](?:node:)?(?:http|https|http2|net|tls|dgram)['"]/);
    }
  });

  it('at run time: no socket, DNS lookup or fetch for text, CSV and PDF, in every command', () => {
    const cwd = tempDir();
    const log = join(cwd, 'network.log');
    const guard = join(cwd, 'guard.cjs');
    // Preloaded into the CLI: any network call is logged and fails.
    writeFileSync(
      guard,
      `const fs = require('node:fs');
const trap = (what) => function () { fs.appendFileSync(${JSON.stringify(log)}, what + '\\n'); throw new Error('network: ' + what); };
const net = require('node:net');
net.Socket.prototype.connect = trap('net.connect');
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) require('node:dns')[name] = trap('dns.' + name);
for (const mod of ['node:http', 'node:https']) { const m = require(mod); m.request = trap(mod + '.request'); m.get = trap(mod + '.get'); }
require('node:tls').connect = trap('tls.connect');
globalThis.fetch = trap('fetch');
require('node:module').syncBuiltinESMExports(); // named ESM imports of the builtins see the traps too
`,
    );
    const env = { NODE_OPTIONS: `--require ${guard}` };
    const csv = join(cwd, 'seed.csv');
    writeFileSync(csv, runCli(['parse', SEED, '--no-save', '--format', 'csv']).stdout);
    const inputs = [SEED, csv, fixture('pdf', 'seed-ruled.pdf'), fixture('pdf', 'encrypted.pdf')];
    for (const input of inputs) {
      for (const command of ['parse', 'validate', 'report', 'vigentes']) {
        const result = runCli([command, input, ...(command === 'parse' ? ['--no-save'] : [])], { cwd, env });
        expect([0, 1, 2], `${command} ${input}: ${result.stderr}`).toContain(result.status);
        expect(result.stderr).not.toContain('network:');
      }
    }
    expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
  }, 120_000);

  it('asm parse writes only the store file and the named output (cwd, HOME and TMPDIR compared)', () => {
    const cwd = tempDir();
    const home = tempDir();
    const tmp = tempDir();
    mkdirSync(join(cwd, 'in'));
    for (const [name, from] of [['seed.txt', SEED], ['multi.txt', MULTI], ['ruled.pdf', fixture('pdf', 'seed-ruled.pdf')]] as const) {
      writeFileSync(join(cwd, 'in', name), readFileSync(from));
    }
    const before = { cwd: snapshot(cwd), home: listing(home), tmp: listing(tmp) };
    const env = { HOME: home, TMPDIR: tmp, TMP: tmp, TEMP: tmp, XDG_CACHE_HOME: join(home, '.cache') };
    const result = runCli(['parse', 'in', '--format', 'csv', '--output', 'out/asm.csv', '--store', 'almacen'], { cwd, env });
    expect(result.status, result.stderr).toBe(0);
    const after = snapshot(cwd);
    const added = Object.keys(after).filter((name) => !(name in before.cwd));
    expect(added.sort()).toEqual([
      'almacen/instituto-mexicano-del-seguro-social__E006__2015-09.json',
      'almacen/secretaria-de-educacion-publica__S072__2017-03.json',
      'out/asm.csv',
    ]);
    for (const [name, content] of Object.entries(before.cwd)) expect(after[name], name).toBe(content); // inputs untouched
    expect(listing(home)).toEqual(before.home);
    expect(listing(tmp)).toEqual(before.tmp);
    // --no-save and stdout: nothing at all.
    const quiet = runCli(['parse', 'in', '--no-save'], { cwd, env });
    expect(quiet.status).toBe(0);
    expect(Object.keys(snapshot(cwd)).sort()).toEqual(Object.keys(after).sort());
  }, 60_000);
});

describe('the library: only AsmInputError escapes, for unusable input', () => {
  it('spawnSync of node -e on the built library with a damaged PDF gives a typed error', () => {
    const script = `
      const { parseDocument, isAsmInputError } = await import(${JSON.stringify(join(ROOT, 'dist', 'lib', 'index.js'))});
      const fs = await import('node:fs');
      const codes = [];
      for (const f of ['truncated.pdf', 'encrypted.pdf', 'scanned.pdf']) {
        try { await parseDocument(fs.readFileSync(${JSON.stringify(fixture('pdf'))} + '/' + f), { file: f }); codes.push('parsed'); }
        catch (e) { codes.push(isAsmInputError(e) ? e.code : 'other: ' + e); }
      }
      console.log(JSON.stringify(codes));`;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(['pdf-damaged', 'pdf-encrypted', 'pdf-no-text']);
  });
});
