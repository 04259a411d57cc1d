// Resource limits through the built CLI (issue 11, finding 10): inputs larger
// than --max-input-size and inputs that never end stop with one sentence; a
// PDF decompression bomb stops at the PDF memory limit or timeout, with memory
// bounded; --jobs never starts more PDF-reading processes than the machine has
// cores. Each run is watched (tests/helpers/watch.ts): its process tree is
// killed past 1.5 GB or its time limit, so that code without a limit fails
// these tests quickly instead of reading until the machine runs out of memory.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, copyFileSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AsmInputError } from '../src/core/errors.js';
import { formatSize, parseSize, resolveMaxInputSize, resolvePdfLimits } from '../src/cli/limits.js';
import { maxJobs, ParsePool, processCount } from '../src/cli/parallel.js';
import { fixture, ROOT, runCli, tempDir } from './helpers/cli.js';
import { HAS_PROC, runWatched, type WatchedResult } from './helpers/watch.js';
import { listing } from './helpers/files.js';

const SEED = fixture('seed-e006-2015-09.txt');
const BOMB = fixture('hostile', 'pdf-bomb.pdf');
const WORKER = new URL(`file://${join(ROOT, 'dist', 'cli', 'parse-worker.cjs')}`);
const COMMANDS = ['parse', 'validate', 'report', 'vigentes'] as const;

/** Exit 2, one sentence on stderr naming the file, nothing on stdout, not killed by the watcher. */
function expectSentence(result: WatchedResult, sentence: string | RegExp): void {
  expect(result.killed, `killed by the test's watcher (${result.killed}) after ${result.seconds.toFixed(1)} s at ${result.peakMb} MB`).toBe(null);
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines, result.stderr).toHaveLength(1);
  if (typeof sentence === 'string') expect(lines[0]).toBe(sentence);
  else expect(lines[0]).toMatch(sentence);
}

describe('sizes', () => {
  it('reads 256MB, 1GB, 1.5 KB, 512k and bytes; refuses the rest', () => {
    expect(parseSize('256MB')).toBe(256 * 1024 * 1024);
    expect(parseSize('1GB')).toBe(1024 ** 3);
    expect(parseSize('1 gib')).toBe(1024 ** 3);
    expect(parseSize('1.5 KB')).toBe(1536);
    expect(parseSize('512k')).toBe(512 * 1024);
    expect(parseSize('1048576')).toBe(1048576);
    for (const bad of ['', 'MB', '-1MB', '0', '1 TB', '1e9', '12q', '0.1b']) expect(parseSize(bad), bad).toBe(null);
    expect(formatSize(256 * 1024 * 1024)).toBe('256 MB');
    expect(formatSize(1536)).toBe('1.5 KB');
    expect(formatSize(1000)).toBe('1000 bytes');
  });

  it('takes the option, else ASM_MAX_INPUT_SIZE, else 256 MB; a bad ASM_MAX_INPUT_SIZE is an error, not ignored', () => {
    expect(resolveMaxInputSize(10, { ASM_MAX_INPUT_SIZE: '1GB' })).toBe(10);
    expect(resolveMaxInputSize(undefined, { ASM_MAX_INPUT_SIZE: '1GB' })).toBe(1024 ** 3);
    expect(resolveMaxInputSize(undefined, {})).toBe(256 * 1024 * 1024);
    expect(() => resolveMaxInputSize(undefined, { ASM_MAX_INPUT_SIZE: 'lots' })).toThrow(/ASM_MAX_INPUT_SIZE/);
    expect(resolvePdfLimits({})).toEqual({ memoryMb: 1024, timeoutMs: 120_000 });
    expect(resolvePdfLimits({ ASM_PDF_MEMORY_MB: '300', ASM_PDF_TIMEOUT: '2.5' })).toEqual({ memoryMb: 300, timeoutMs: 2500 });
    expect(() => resolvePdfLimits({ ASM_PDF_MEMORY_MB: '10' })).toThrow(/ASM_PDF_MEMORY_MB/);
    expect(() => resolvePdfLimits({ ASM_PDF_TIMEOUT: '0' })).toThrow(/ASM_PDF_TIMEOUT/);
  });

  it('--max-input-size with a bad size is a usage error (exit 2)', () => {
    const result = runCli(['parse', SEED, '--no-save', '--max-input-size', '12q']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--max-input-size.*"12q": expected a size such as 256MB/);
  });
});

describe('inputs larger than --max-input-size', () => {
  it('a regular file over the limit is refused by its size, before reading (a sparse 300 MB file, default limit)', async () => {
    const cwd = tempDir();
    const big = join(cwd, 'big.txt');
    const fd = openSync(big, 'w');
    closeSync(fd);
    spawnSync('truncate', ['-s', '300M', big]);
    const before = listing(cwd);
    const result = await runWatched(['parse', big], { cwd, killAboveMb: 1000, timeoutMs: 30_000 });
    expectSentence(result, `asm: ${big}: the input is larger than the limit of 256 MB (--max-input-size).`);
    // Refused by stat: nothing near 300 MB was read into memory.
    if (HAS_PROC) expect(result.peakMb).toBeLessThan(200);
    expect(listing(cwd)).toEqual(before);
  });

  it.each(COMMANDS)('asm %s: a 2 MB file with --max-input-size 1MB, or ASM_MAX_INPUT_SIZE=1MB; Spanish too', async (command) => {
    const cwd = tempDir();
    const file = join(cwd, 'grande.txt');
    const seed = readFileSync(SEED, 'utf8');
    writeFileSync(file, seed.repeat(Math.ceil((2 * 1024 * 1024) / seed.length)));
    const byOption = await runWatched([command, file, '--max-input-size', '1MB'], { cwd });
    expectSentence(byOption, `asm: ${file}: the input is larger than the limit of 1 MB (--max-input-size).`);
    const byEnv = await runWatched([command, file, '--lang', 'es'], { cwd, env: { ASM_MAX_INPUT_SIZE: '1MB' } });
    expectSentence(byEnv, `asm: ${file}: la entrada supera el límite de 1 MB (--max-input-size).`);
    // Under the limit it is read as before.
    const under = runCli([command, file, '--max-input-size', '3MB', ...(command === 'parse' ? ['--no-save', '--format', 'json'] : [])], { cwd });
    expect(under.stderr).not.toMatch(/larger than/);
    expect([0, 1]).toContain(under.status);
  });
});

describe('inputs that never end', () => {
  it.runIf(HAS_PROC)('/dev/zero and /dev/urandom stop at the default limit (256 MB) with a sentence', async () => {
    for (const device of ['/dev/zero', '/dev/urandom']) {
      const result = await runWatched(['parse', device, '--no-save'], { killAboveMb: 1000, timeoutMs: 60_000 });
      expectSentence(result, `asm: ${device}: the input is larger than the limit of 256 MB (--max-input-size).`);
      expect(result.peakMb).toBeLessThan(600);
    }
  });

  it.runIf(HAS_PROC).each(COMMANDS)('asm %s /dev/zero with ASM_MAX_INPUT_SIZE=1MB stops at once', async (command) => {
    const result = await runWatched([command, '/dev/zero'], { env: { ASM_MAX_INPUT_SIZE: '1MB' }, killAboveMb: 1000, timeoutMs: 20_000 });
    expectSentence(result, 'asm: /dev/zero: the input is larger than the limit of 1 MB (--max-input-size).');
    expect(result.peakMb).toBeLessThan(300);
  });

  it('an endless standard input (a pipe from `yes`) stops at the limit', async () => {
    const yes = spawn('yes', ['1\tAspecto\tActividad'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const result = await runWatched(['parse', '-', '--no-save', '--max-input-size', '8MB'], { stdin: yes.stdout!, killAboveMb: 1000, timeoutMs: 30_000 });
      expectSentence(result, 'asm: -: the input is larger than the limit of 8 MB (--max-input-size).');
    } finally {
      yes.kill();
    }
  });

  it('standard input under the limit is read as before', () => {
    const seed = readFileSync(SEED);
    const result = runCli(['parse', '-', '--no-save', '--format', 'json', '--max-input-size', String(seed.length)], { input: seed });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(1);
    const over = runCli(['parse', '-', '--no-save', '--max-input-size', String(seed.length - 1)], { input: seed });
    expect(over.status).toBe(2);
    expect(over.stderr).toMatch(/^asm: -: the input is larger than the limit of \d+ bytes \(--max-input-size\)\.\n$/);
  });
});

describe('a PDF decompression bomb (3.9 KB, a content stream that inflates to 2 GB)', () => {
  it('stops at the PDF memory limit with a sentence, memory bounded; the good PDFs around it are not the error', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'in'));
    copyFileSync(fixture('pdf', 'seed-ruled.pdf'), join(cwd, 'in', 'a.pdf'));
    copyFileSync(BOMB, join(cwd, 'in', 'b-bomb.pdf'));
    copyFileSync(fixture('pdf', 'two-periods.pdf'), join(cwd, 'in', 'c.pdf'));
    const before = listing(cwd);
    const result = await runWatched(['parse', 'in', '--output', 'out.json', '--jobs', '2'], {
      cwd,
      env: { ASM_PDF_MEMORY_MB: '256' },
      killAboveMb: 1500,
      timeoutMs: 90_000,
    });
    expectSentence(
      result,
      'asm: in/b-bomb.pdf: reading the PDF needed more than 256 MB of memory (a decompression bomb?); ASM_PDF_MEMORY_MB raises the limit.',
    );
    // The CLI (~60 MB) and its PDF processes, one at 256 MB plus what it could add in one watchdog interval.
    if (HAS_PROC) expect(result.peakMb).toBeLessThan(700);
    expect(listing(cwd)).toEqual(before);
  }, 120_000);

  it('stops at the PDF timeout with a sentence (Spanish), though pdf.js blocks its event loop', async () => {
    const result = await runWatched(['validate', BOMB, '--lang', 'es'], { env: { ASM_PDF_MEMORY_MB: '8192', ASM_PDF_TIMEOUT: '1.5' }, killAboveMb: 1500, timeoutMs: 60_000 });
    expectSentence(result, `asm: ${BOMB}: leer el PDF tardó más de 1.5 s; ASM_PDF_TIMEOUT sube el límite.`);
    expect(result.seconds).toBeLessThan(30);
  }, 90_000);

  it('the pool gives the task a pdf-memory-limit error, and the next task a new process', async () => {
    const pool = new ParsePool(1, WORKER, undefined, { memoryMb: 200, timeoutMs: 60_000 });
    try {
      await expect(pool.parse(readFileSync(BOMB), { file: 'bomb.pdf' })).rejects.toMatchObject({ name: 'AsmInputError', code: 'pdf-memory-limit', file: 'bomb.pdf', detail: '200' });
      const [document] = await pool.parse(readFileSync(fixture('pdf', 'two-periods.pdf')), { file: 'ok.pdf' });
      expect(document?.source.format).toBe('pdf');
      expect(pool.started).toBe(1);
    } finally {
      await pool.close();
    }
  }, 90_000);

  it('AsmInputError carries the limits as printed', () => {
    expect(new AsmInputError('pdf-time-limit', 'a.pdf', '120').message).toBe('a.pdf: pdf-time-limit (120)');
  });
});

describe('--jobs is capped at the core count', () => {
  it('computes at least one process for any PDF, at most the cores', () => {
    expect(processCount(1, 1)).toBe(1);
    expect(processCount(4, 1)).toBe(1);
    expect(processCount(256, 300)).toBe(maxJobs());
    expect(maxJobs()).toBeLessThanOrEqual(availableParallelism());
    expect(maxJobs(1024 * 1024)).toBe(1); // a memory limit larger than the machine: one at a time
  });

  it.runIf(HAS_PROC)('--jobs 200 over 12 PDFs: PDFs read in child processes, never more than the cores at once', async () => {
    const cwd = tempDir();
    const inputs: string[] = [];
    for (let i = 0; i < 12; i++) {
      const path = join(cwd, `r${String(i).padStart(2, '0')}.pdf`);
      copyFileSync(fixture('pdf', i % 2 ? 'seed-ruled.pdf' : 'two-periods.pdf'), path);
      inputs.push(path);
    }
    const result = await runWatched(['parse', ...inputs, '--no-save', '--format', 'json', '--jobs', '200'], { cwd, killAboveMb: 2500, timeoutMs: 120_000 });
    expect(result.killed).toBe(null);
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)).toHaveLength(12);
    // The CLI and its PDF processes (a child may briefly be seen before its first exec as a second copy).
    expect(result.peakProcesses).toBeGreaterThan(1);
    expect(result.peakProcesses - 1).toBeLessThanOrEqual(maxJobs());
    expect(result.peakMb).toBeLessThan(200 + 250 * maxJobs());
  }, 150_000);
});
