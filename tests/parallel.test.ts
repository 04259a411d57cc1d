// Parallel PDF parsing (src/cli/parallel.ts and the worker bundle
// dist/cli/parse-worker.js, built by `npm test`): same documents as the main
// thread, in input order, same errors. No timing assertions here: speed is
// measured by `npm run bench`.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AsmInputError } from '../src/core/errors.js';
import { parseDocuments } from '../src/parse.js';
import {
  defaultJobs,
  defaultWorkerUrl,
  deserializeError,
  parseJobs,
  ParsePool,
  resolveJobs,
  serializeError,
  workerCount,
} from '../src/cli/parallel.js';
import { fixture, ROOT, runCli, tempDir } from './helpers/cli.js';

const WORKER = new URL(`file://${join(ROOT, 'dist', 'cli', 'parse-worker.cjs')}`);
const GOOD = ['seed-ruled.pdf', 'multi-activity.pdf', 'seed-borderless.pdf', 'two-periods.pdf'];
const bytesOf = (name: string): Uint8Array => new Uint8Array(readFileSync(fixture('pdf', name)));

describe('jobs', () => {
  it('parses --jobs as a whole number from 1 to 256', () => {
    expect(parseJobs('1')).toBe(1);
    expect(parseJobs('16')).toBe(16);
    for (const bad of ['0', '-1', '1.5', 'x', '', '257']) expect(() => parseJobs(bad), bad).toThrow(/whole number/);
    // commander reports an error with this code as an invalid option value
    expect(() => parseJobs('0')).toThrow(expect.objectContaining({ code: 'commander.invalidArgument' }));
  });

  it('takes the option, else ASM_JOBS, else the cores', () => {
    expect(resolveJobs(3, { ASM_JOBS: '5' })).toBe(3);
    expect(resolveJobs(undefined, { ASM_JOBS: '5' })).toBe(5);
    expect(resolveJobs(undefined, { ASM_JOBS: 'lots' })).toBe(defaultJobs());
    expect(resolveJobs(undefined, {})).toBe(defaultJobs());
    expect(defaultJobs()).toBeGreaterThanOrEqual(1);
  });

  it('uses workers only for several PDFs and more than one job: min(jobs, PDFs)', () => {
    expect(workerCount(4, 0)).toBe(0);
    expect(workerCount(4, 1)).toBe(0);
    expect(workerCount(1, 20)).toBe(0);
    expect(workerCount(2, 20)).toBe(2);
    expect(workerCount(8, 3)).toBe(3);
  });

  it('finds the worker bundle beside the CLI bundle or one folder up (from a nested module)', () => {
    const cli = new URL(`file://${join(ROOT, 'dist', 'cli', 'asm.cjs')}`);
    const chunk = new URL(`file://${join(ROOT, 'dist', 'cli', 'nested', 'x.cjs')}`);
    expect(defaultWorkerUrl(cli.href).href).toBe(WORKER.href);
    expect(defaultWorkerUrl(chunk.href).href).toBe(WORKER.href);
  });
});

describe('errors across the thread boundary', () => {
  it('keeps an AsmInputError an AsmInputError with its code, file and detail', () => {
    const back = deserializeError(serializeError(new AsmInputError('pdf-damaged', 'a.pdf', 'truncated')));
    expect(back).toBeInstanceOf(AsmInputError);
    expect(back).toMatchObject({ code: 'pdf-damaged', file: 'a.pdf', detail: 'truncated' });
  });

  it('keeps the message of any other error', () => {
    const back = deserializeError(serializeError(new TypeError('boom')));
    expect(back).not.toBeInstanceOf(AsmInputError);
    expect(back.message).toBe('boom');
    expect(back.name).toBe('TypeError');
    expect(deserializeError(serializeError('plain')).message).toBe('plain');
  });
});

describe('ParsePool', () => {
  let pool: ParsePool;
  beforeAll(() => {
    expect(existsSync(WORKER), 'run npm run build first').toBe(true);
    pool = new ParsePool(2, WORKER);
  });
  afterAll(async () => {
    await pool.close();
  });

  it('gives the same documents as parsing in this thread, each to its own caller', async () => {
    const names = [...GOOD, ...GOOD];
    const inPool = await Promise.all(names.map((name) => pool.parse(bytesOf(name), { file: name, lang: 'es' })));
    expect(pool.started).toBe(2);
    for (const [index, name] of names.entries()) {
      const here = await parseDocuments(bytesOf(name), { file: name, lang: 'es' });
      expect(inPool[index], name).toEqual(here);
    }
  });

  it('parses text too, and does not touch a buffer it does not own', async () => {
    const text = readFileSync(fixture('seed-e006-2015-09.txt'));
    const big = Buffer.concat([Buffer.from('xx'), text]);
    const view = big.subarray(2);
    const [document] = await pool.parse(view, { file: 'seed.txt' });
    expect(document?.program.code).toBe('E006');
    expect(view.byteLength).toBe(text.byteLength);
  });

  it('rejects with the reader’s AsmInputError for an unusable PDF, and goes on working', async () => {
    await expect(pool.parse(bytesOf('encrypted.pdf'), { file: 'enc.pdf' })).rejects.toMatchObject({
      name: 'AsmInputError',
      code: 'pdf-encrypted',
      file: 'enc.pdf',
    });
    await expect(pool.parse(bytesOf('truncated.pdf'), { file: 't.pdf' })).rejects.toBeInstanceOf(AsmInputError);
    const [document] = await pool.parse(bytesOf('two-periods.pdf'), { file: 'ok.pdf' });
    expect(document?.source.format).toBe('pdf');
  });

  it('rejects what is still queued when closed', async () => {
    const small = new ParsePool(1, WORKER);
    const first = small.parse(bytesOf('seed-ruled.pdf'), { file: 'a.pdf' });
    const second = small.parse(bytesOf('seed-ruled.pdf'), { file: 'b.pdf' });
    const outcomes = Promise.allSettled([first, second]);
    await small.close();
    const [, queued] = await outcomes;
    expect(queued.status).toBe('rejected');
    expect(String((queued as PromiseRejectedResult).reason)).toMatch(/closed/);
    await expect(small.parse(bytesOf('seed-ruled.pdf'), {})).rejects.toThrow(/closed/);
  });
});

describe('asm parse with several PDFs', () => {
  const dir = tempDir();
  const inputs: string[] = [];
  beforeAll(() => {
    mkdirSync(join(dir, 'in'));
    // PDFs and a text file interleaved: output order must be input order.
    GOOD.forEach((name, index) => {
      const path = join(dir, 'in', `${index}a-${name}`);
      copyFileSync(fixture('pdf', name), path);
      inputs.push(path);
    });
    const text = join(dir, 'in', '1b-seed.txt');
    copyFileSync(fixture('seed-e006-2015-09.txt'), text);
    inputs.splice(2, 0, text);
  });

  it('prints the same JSON, in input order, with workers as without', () => {
    const one = runCli(['parse', ...inputs, '--no-save', '--format', 'json', '--jobs', '1']);
    const two = runCli(['parse', ...inputs, '--no-save', '--format', 'json', '--jobs', '2']);
    const dirRun = runCli(['parse', join(dir, 'in'), '--no-save', '--format', 'json', '--jobs', '3']);
    expect(one.status, one.stderr).toBe(0);
    expect(two.status, two.stderr).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const files = (JSON.parse(two.stdout) as Array<{ source: { file: string } }>).map((d) => d.source.file);
    expect(files).toEqual(inputs);
    expect(dirRun.status).toBe(0);
    expect((JSON.parse(dirRun.stdout) as unknown[]).length).toBe(5);
    expect(two.stderr).toBe('');
  });

  it('ASM_JOBS sets the default', () => {
    const result = runCli(['parse', ...inputs, '--no-save', '--format', 'json'], { env: { ASM_JOBS: '2' } });
    expect(result.status).toBe(0);
  });

  it('fails with the first unusable input in input order, with nothing printed', () => {
    const broken = [inputs[0]!, fixture('pdf', 'truncated.pdf'), inputs[1]!, fixture('pdf', 'encrypted.pdf')];
    for (const jobs of ['1', '2']) {
      const result = runCli(['parse', ...broken, '--no-save', '--format', 'json', '--jobs', jobs]);
      expect(result.status, jobs).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toContain('truncated.pdf');
      expect(result.stderr).not.toContain('encrypted.pdf');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  it('rejects a bad --jobs with exit 2', () => {
    const result = runCli(['parse', ...inputs, '--no-save', '--jobs', '0']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/--jobs/);
  });

  it('documents --jobs in the help', () => {
    expect(runCli(['parse', '--help']).stdout).toContain('--jobs <n>');
  });
});

describe('ParsePool with this thread as one of its threads', () => {
  it('parses in this thread and in one worker, and gives each caller its own documents', async () => {
    let local = 0;
    const pool = new ParsePool(2, WORKER, (bytes, options) => {
      local++;
      return parseDocuments(bytes, options);
    });
    try {
      const names = [...GOOD, ...GOOD];
      const inPool = await Promise.all(names.map((name) => pool.parse(bytesOf(name), { file: name, lang: 'en' })));
      expect(pool.started).toBe(1); // size 2 = this thread + one worker
      expect(local).toBeGreaterThan(0);
      for (const [index, name] of names.entries()) {
        expect(inPool[index]![0]!.source.file).toBe(name);
        expect(inPool[index]).toEqual(await parseDocuments(bytesOf(name), { file: name, lang: 'en' }));
      }
    } finally {
      await pool.close();
    }
  });
});
