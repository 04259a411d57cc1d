// --keep-going for a researcher's archive (issue 11, "Batches over an
// archive"): the usable inputs are used and saved, each unusable one is listed
// with its sentence on stderr at the end, stdout keeps its shape, exit 2.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const GOOD = fixture('seed-e006-2015-09.txt');
const GOOD_PDF = fixture('pdf', 'two-periods.pdf');
const OTHER_PDF = fixture('pdf', 'multi-activity.pdf');
const inputs = [
  GOOD,
  fixture('unusable', 'empty.txt'),
  'no-such-file.txt',
  fixture('unread', 'seed-id-header.txt'),
  GOOD_PDF,
  fixture('pdf', 'truncated.pdf'),
  OTHER_PDF,
];
const FAILED = [
  'asm: inputs that could not be used (4):',
  '  no-such-file.txt: no such file or directory.',
  `  ${fixture('unusable', 'empty.txt')}: the file is empty.`,
  `  ${fixture('unread', 'seed-id-header.txt')}: could not read the table near line 11; --allow-unread carries on with what was read.`,
  `  ${fixture('pdf', 'truncated.pdf')}: the PDF is damaged or truncated and cannot be read.`,
];

describe('--keep-going', () => {
  it('parse: writes and saves what is usable, lists the rest at the end, exit 2 (PDFs in two processes)', () => {
    const cwd = tempDir();
    const result = runCli(['parse', ...inputs, '--keep-going', '--jobs', '2', '--format', 'json', '-o', 'todo.json'], { cwd });
    expect(result.status).toBe(2);
    const documents = JSON.parse(readFileSync(join(cwd, 'todo.json'), 'utf8').replace(/^\uFEFF/, ''));
    expect(documents.map((d: { source: { file: string } }) => d.source.file)).toEqual([GOOD, GOOD_PDF, OTHER_PDF]);
    expect(readdirSync(join(cwd, '.asm'))).toHaveLength(3);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.slice(-FAILED.length)).toEqual(FAILED);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('without it, the first unusable input fails the run and nothing is written', () => {
    const cwd = tempDir();
    const result = runCli(['parse', ...inputs, '--format', 'json', '-o', 'todo.json'], { cwd });
    expect(result.status).toBe(2);
    // Names are checked before any file is read: the missing one is the first failure.
    expect(result.stderr).toBe('asm: no-such-file.txt: no such file or directory.\n');
    expect(existsSync(join(cwd, 'todo.json'))).toBe(false);
    expect(existsSync(join(cwd, '.asm'))).toBe(false);
  });

  it.each([
    ['vigentes', ['--format', 'json', '--as-of', '2016-01-01'], (out: string) => expect(JSON.parse(out).vigentes.length).toBeGreaterThan(0)],
    ['report', ['--format', 'json'], (out: string) => expect(JSON.parse(out).programs.map((p: { program: string }) => p.program)).toEqual(['E006', 'S072'])],
    ['validate', ['--format', 'json'], (out: string) => expect(JSON.parse(out).documents.length).toBe(4)],
  ] as const)('%s: stdout keeps its shape, exit 2, the failed inputs listed', (command, extra, check) => {
    const cwd = tempDir();
    const result = runCli([command, ...inputs, ...extra, '--keep-going'], { cwd });
    expect(result.status).toBe(2);
    check(result.stdout);
    // validate reports an unread table as INVALID itself, so it is not an input it had to set aside.
    const expected = command === 'validate' ? [FAILED[0]!.replace('(4)', '(3)'), FAILED[1], FAILED[2], FAILED[4]] : FAILED;
    expect(result.stderr.trimEnd().split('\n').slice(-expected.length)).toEqual(expected);
  });

  it('all inputs usable: the usual exit code', () => {
    expect(runCli(['report', GOOD, '--keep-going', '--format', 'json']).status).toBe(0);
    expect(runCli(['vigentes', GOOD, '--keep-going', '--format', 'json']).status).toBe(1);
  });
});
