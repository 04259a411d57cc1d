// Hostile and broken input through the built CLI (issue 6): every command that
// reads inputs rejects an unusable one with exit 2, one sentence on stderr that
// names the file, no stack trace, nothing on stdout and nothing written; damaged
// but usable input parses with diagnostics; option errors show the accepted forms.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, runCli, tempDir, type CliResult } from './helpers/cli.js';
import { stdinIsTerminal } from '../src/cli/inputs.js';
import type { CliContext } from '../src/cli/context.js';
import { listing } from './helpers/files.js';

const SEED = fixture('seed-e006-2015-09.txt');
const MULTI = fixture('layouts', 'multi-activity.txt');
const COMMANDS = ['parse', 'validate', 'report', 'vigentes'] as const;
type Command = (typeof COMMANDS)[number];

const isRoot = process.getuid?.() === 0;
const hasSetpriv = spawnSync('setpriv', ['--version']).status === 0;
const hasScript = spawnSync('script', ['--version']).status === 0;
const hasMkfifo = spawnSync('mkfifo', ['--version']).status === 0;

/** Args that make each command write wherever it can: --output for parse (which also saves in the store). */
function argsFor(command: Command, inputs: readonly string[]): string[] {
  return command === 'parse' ? ['parse', ...inputs, '--output', 'out.json'] : [command, ...inputs];
}

function expectRejected(result: CliResult, cwd: string, before: readonly string[], name: RegExp): void {
  expect(result.status, result.stderr).toBe(2);
  expect(result.stdout).toBe('');
  const lines = result.stderr.split('\n').filter(Boolean);
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^asm: /);
  expect(lines[0]).toMatch(name);
  expect(lines[0]).toMatch(/[.?]$/); // a sentence
  expect(lines[0]).not.toMatch(/unexpected error/);
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  expect(listing(cwd)).toEqual(before);
}

/** A folder with the unusable inputs that are made at run time rather than committed. */
function unusableInputs(): string {
  const dir = tempDir();
  // Mostly control characters, but no NUL byte: still binary.
  const control = Buffer.alloc(4096);
  for (let i = 0; i < control.length; i++) control[i] = i % 3 === 0 ? 0x41 : 1 + (i % 8);
  writeFileSync(join(dir, 'control.txt'), control);
  // A PNG signature and header renamed .txt, with NUL bytes.
  writeFileSync(join(dir, 'nul.txt'), Buffer.from('89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61', 'hex'));
  writeFileSync(join(dir, 'a-file'), 'not a directory');
  mkdirSync(join(dir, 'no-reports'));
  writeFileSync(join(dir, 'no-reports', 'notes.docx'), 'x');
  writeFileSync(join(dir, 'blank.txt'), ' \n\t\r\n  \n');
  return dir;
}

const inputs = unusableInputs();
const UNUSABLE: Array<[string, string, RegExp]> = [
  ['missing file', join(inputs, 'no-such.txt'), /no-such\.txt: no such file or directory\./],
  ['path under a file (ENOTDIR)', join(inputs, 'a-file', 'x.txt'), /a-file\/x\.txt: no such file or directory\./],
  ['directory with no supported file', join(inputs, 'no-reports'), /no-reports: the directory holds no/],
  ['empty file', fixture('unusable', 'empty.txt'), /empty\.txt: the file is empty\./],
  ['file of white space only', join(inputs, 'blank.txt'), /blank\.txt: the file is empty\./],
  ['image renamed .txt', fixture('unusable', 'image.txt'), /image\.txt: this is a binary file/],
  ['NUL bytes', join(inputs, 'nul.txt'), /nul\.txt: this is a binary file/],
  ['mostly control characters', join(inputs, 'control.txt'), /control\.txt: this is a binary file/],
  ['text without ASM header or Periodo', fixture('unusable', 'not-asm.txt'), /not-asm\.txt: no ASM table header/],
  ['CSV without ASM columns', fixture('unusable', 'no-asm-columns.csv'), /no-asm-columns\.csv: the CSV header has no ASM columns/],
  ['truncated PDF', fixture('pdf', 'truncated.pdf'), /truncated\.pdf: the PDF is damaged or truncated/],
  ['encrypted PDF', fixture('pdf', 'encrypted.pdf'), /encrypted\.pdf: the PDF is encrypted/],
  ['PDF without a text layer', fixture('pdf', 'scanned.pdf'), /scanned\.pdf: the PDF has no text layer/],
];

describe.each(COMMANDS)('asm %s: unusable input → exit 2, one sentence naming the file, nothing written', (command) => {
  it.each(UNUSABLE)('%s', (_name, path, message) => {
    const cwd = tempDir();
    const before = listing(cwd);
    expectRejected(runCli(argsFor(command, [path]), { cwd }), cwd, before, message);
  });

  it('one unusable input among good ones fails the run before anything is written', () => {
    const cwd = tempDir();
    const before = listing(cwd);
    const result = runCli(argsFor(command, [SEED, MULTI, fixture('pdf', 'encrypted.pdf')]), { cwd });
    expectRejected(result, cwd, before, /encrypted\.pdf: the PDF is encrypted/);
  });

  it('one damaged PDF among good ones, read in worker threads (--jobs 2)', () => {
    const cwd = tempDir();
    const before = listing(cwd);
    const pdfs = [fixture('pdf', 'seed-ruled.pdf'), fixture('pdf', 'truncated.pdf'), fixture('pdf', 'two-periods.pdf')];
    const result = runCli([...argsFor(command, pdfs), '--jobs', '2'], { cwd });
    expectRejected(result, cwd, before, /truncated\.pdf: the PDF is damaged or truncated/);
  });

  it('a file it may not read (permission denied)', (context) => {
    const cwd = tempDir();
    chmodSync(cwd, 0o755);
    writeFileSync(join(cwd, 'secret.txt'), readFileSync(SEED));
    chmodSync(join(cwd, 'secret.txt'), 0o000);
    const before = listing(cwd);
    let result: CliResult;
    if (!isRoot) {
      result = runCli(argsFor(command, ['secret.txt']), { cwd });
    } else if (hasSetpriv) {
      // Root reads everything: run the CLI as `nobody`, for whom the file is unreadable.
      const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, ...argsFor(command, ['secret.txt'])], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', HOME: cwd },
      });
      result = { status: run.status, stdout: run.stdout, stderr: run.stderr };
    } else {
      context.skip(); // root without setpriv: no unprivileged user to show it with
      return;
    }
    expectRejected(result, cwd, before, /secret\.txt: the file cannot be read \(permission denied\)\./);
  });
});

describe('asm parse: several inputs, one unusable, with a store and an output already there', () => {
  it.each([
    ['first', [fixture('pdf', 'truncated.pdf'), SEED, MULTI]],
    ['middle', [SEED, fixture('unusable', 'image.txt'), MULTI]],
    ['last', [SEED, MULTI, 'no-such.txt']],
  ])('the bad input %s: store and --output stay exactly as they were', (_where, files) => {
    const cwd = tempDir();
    expect(runCli(['parse', SEED, '--output', 'out.json'], { cwd }).status).toBe(0);
    const store = join(cwd, '.asm');
    const storedBefore = Object.fromEntries(readdirSync(store).map((name) => [name, readFileSync(join(store, name), 'utf8')]));
    const outputBefore = readFileSync(join(cwd, 'out.json'), 'utf8');
    const before = listing(cwd);
    const result = runCli(['parse', ...files, '--output', 'out.json', '--format', 'csv'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(listing(cwd)).toEqual(before);
    expect(readFileSync(join(cwd, 'out.json'), 'utf8')).toBe(outputBefore);
    for (const [name, content] of Object.entries(storedBefore)) expect(readFileSync(join(store, name), 'utf8')).toBe(content);
  });
});

describe('named pipes', () => {
  it.runIf(hasMkfifo)('a FIFO is read like standard input (so `asm parse <(…)` works)', () => {
    const cwd = tempDir();
    spawnSync('mkfifo', [join(cwd, 'pipe.txt')]);
    // A writer in the background, then the CLI reads the pipe to its end.
    const result = spawnSync(
      'sh',
      ['-c', `cat "${SEED}" > pipe.txt & exec "${process.execPath}" "${BIN}" parse pipe.txt --no-save --format json`],
      { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 20_000 },
    );
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)[0].periods[0].aspects).toHaveLength(8);
  });
});

describe('standard input that is a terminal: help instead of waiting', () => {
  it('stdinIsTerminal: only for `-` with a TTY on stdin', () => {
    const ctx = (isTTY: boolean): CliContext => ({ stdin: { isTTY } }) as unknown as CliContext;
    expect(stdinIsTerminal(['-'], ctx(true))).toBe(true);
    expect(stdinIsTerminal(['-'], ctx(false))).toBe(false);
    expect(stdinIsTerminal(['informe.txt'], ctx(true))).toBe(false);
    expect(stdinIsTerminal([], ctx(true))).toBe(false);
  });

  it.runIf(hasScript).each(COMMANDS)('asm %s - on a pseudo-terminal prints help and exits 2 without waiting', (command) => {
    const cwd = tempDir();
    // `script` gives the CLI a pseudo-terminal as stdin; -e returns the CLI's exit code.
    const started = Date.now();
    const result = spawnSync('script', ['-qec', `"${process.execPath}" "${BIN}" ${command} -`, '/dev/null'], {
      cwd,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '' },
      timeout: 20_000,
    });
    expect(result.error).toBeUndefined(); // not killed by the timeout: it did not wait for input
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(result.status).toBe(2);
    expect(result.stdout).toContain(`Usage: asm ${command}`);
    expect(existsSync(join(cwd, '.asm'))).toBe(false);
  });
});

describe('option errors: exit 2 with the accepted forms', () => {
  const selection = ['report', 'vigentes'] as const;
  it.each(selection)('asm %s --period 2014', (command) => {
    const result = runCli([command, SEED, '--period', '2014']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('asm: invalid value for --period: "2014"; the accepted form is YYYY-YYYY, e.g. 2014-2015.\n');
  });

  it.each(selection)('asm %s --as-of 31/12/2015', (command) => {
    const result = runCli([command, SEED, '--as-of', '31/12/2015']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('asm: invalid value for --as-of: "31/12/2015"; the accepted form is YYYY-MM-DD, e.g. 2015-10-15.\n');
  });

  it.each([
    ['parse', 'table, json, csv, markdown, xlsx'],
    ['validate', 'table, json, github, junit'],
    ['report', 'table, json, csv, markdown, html, xlsx'],
    ['vigentes', 'table, json, csv, markdown, github, junit, html, xlsx'],
  ])('asm %s --format xml', (command, choices) => {
    const cwd = tempDir();
    const result = runCli([command, SEED, '--format', 'xml'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`argument 'xml' is invalid. Allowed choices are ${choices}.`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(cwd, '.asm'))).toBe(false);
  });

  it('an unknown --input-format lists the accepted ones', () => {
    const result = runCli(['parse', SEED, '--input-format', 'docx', '--no-save']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Allowed choices are text, csv, pdf, json, xlsx.');
  });
});

describe('damaged but usable input: parsed, with diagnostics', () => {
  const parse = (file: string): { document: any; result: CliResult } => {
    const result = runCli(['parse', file, '--no-save', '--format', 'json']);
    expect(result.status, result.stderr).toBe(0);
    return { document: JSON.parse(result.stdout)[0], result };
  };
  const activities = (document: any): any[] => document.periods.flatMap((p: any) => p.aspects.flatMap((a: any) => a.activities));

  it('unknown and duplicated columns: warnings, their cells kept in extra', () => {
    const { document } = parse(fixture('hardening', 'header-columns.txt'));
    const codes = document.diagnostics.map((d: any) => [d.code, d.value, d.line]);
    expect(codes).toEqual([
      ['unknown-column', 'Columna Rara', 8],
      ['duplicate-column', 'Observaciones', 8],
    ]);
    const [first, second] = activities(document);
    expect(first.observations).toBe('En proceso');
    expect(first.extra).toEqual({ 'Columna Rara': 'dato raro uno', Observaciones: 'segunda observación' });
    expect(second.extra).toEqual({ 'Columna Rara': 'dato raro dos', Observaciones: 'otra nota' });
    expect(document.columns.map((c: any) => c.key)).toContain('extra');
  });

  it('rows with more or fewer cells than the header: ragged-row, nothing lost', () => {
    const { document } = parse(fixture('hardening', 'ragged-rows.txt'));
    const ragged = document.diagnostics.filter((d: any) => d.code === 'ragged-row');
    expect(ragged.map((d: any) => [d.line, d.message])).toEqual([
      [9, 'Row has 10 cells but the header has 8'],
      [10, 'Row has 5 cells but the header has 8'],
    ]);
    const [long, short, whole] = activities(document);
    expect(long.extra).toEqual({ '#9': 'celda sobrante', '#10': 'otra sobrante' });
    expect(short).toMatchObject({ description: 'Publicar en el DOF', dueDate: '2016-06-30', progress: null, observations: null });
    expect(whole).toMatchObject({ description: 'Impartir cursos', progress: 100, observations: 'Concluida' });
  });

  it('stray control characters: dropped, one control-character warning per line', () => {
    const { document } = parse(fixture('hardening', 'control-characters.txt'));
    expect(document.diagnostics.map((d: any) => [d.code, d.line])).toEqual([
      ['control-character', 9],
      ['control-character', 10],
    ]);
    const aspects = document.periods[0].aspects;
    expect(aspects[0].text).toBe('Mejorar el diagnóstico');
    expect(aspects[0].activities[0].description).toBe('Revisar el diagnóstico');
    expect(aspects[1].activities[0].responsibleArea).toBe('Unidad Jurídica');
    expect(JSON.stringify(document)).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/);
  });

  const header = readFileSync(fixture('hardening', 'ragged-rows.txt'), 'utf8').split('\n').slice(0, 8).join('\n');
  const row = (n: number): string =>
    `${n}\tMejorar el diagnóstico número ${n} con un texto largo que ocupa espacio en la fila\tRevisar el diagnóstico y publicar resultados\tDirección de Planeación\t31/12/2016\t50\tEn proceso de revisión por la unidad\t50.00%\n`;

  it('a file with a 5 MB line parses in reasonable time', () => {
    const dir = tempDir();
    const long = 'palabra larga '.repeat(Math.ceil((5 * 1024 * 1024) / 14));
    writeFileSync(join(dir, 'long-line.txt'), `${header}\n1\tMejorar\t${long}\tDirección\t31/12/2016\t50\tobs\t50.00%\n${row(2)}`);
    expect(statSync(join(dir, 'long-line.txt')).size).toBeGreaterThan(5 * 1024 * 1024);
    const started = Date.now();
    const result = runCli(['parse', 'long-line.txt', '--no-save', '--format', 'json'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(30_000);
    const [document] = JSON.parse(result.stdout);
    expect(document.periods[0].aspects).toHaveLength(2);
    expect(document.periods[0].aspects[0].activities[0].description).toBe(long.trim());
  }, 60_000);

  it('a 50 MB file parses in reasonable time', () => {
    const dir = tempDir();
    const rows: string[] = [`${header}\n`];
    let size = header.length;
    let n = 1;
    while (size < 50 * 1024 * 1024) {
      const line = row(n++);
      rows.push(line);
      size += Buffer.byteLength(line);
    }
    writeFileSync(join(dir, 'big.txt'), rows.join(''));
    const started = Date.now();
    // CSV to a file: the JSON of 50 MB of rows is ~9× larger than the input.
    const result = runCli(['parse', 'big.txt', '--no-save', '--format', 'csv', '--output', 'big.csv'], { cwd: dir });
    expect(result.status, result.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(120_000);
    const lines = readFileSync(join(dir, 'big.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + (n - 1)); // header + one row per activity
    expect(lines.at(-1)).toContain(`,${n - 1},Mejorar el diagnóstico número ${n - 1} con`);
  }, 180_000);
});
