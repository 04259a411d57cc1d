// The built CLI (npm run build): `asm validate` in its three formats, exit
// codes, --ignore, --strict, the store, and unusable input.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROBLEMS, PROBLEMS_EXPECTED, SEED, SEED_EXPECTED, type Entry } from './validate-expected.js';

function asm(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, ['bin/asm.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: '' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Rows of the table: `  12    1  proofLocation    broken-url           message…`. */
function tableEntries(stdout: string): Entry[] {
  const rows: Entry[] = [];
  for (const line of stdout.split('\n')) {
    const match = /^\s*(\d+|—)\s+(\d+|—)\s+(\S+)\s+([a-z]+(?:-[a-z]+)+)\s/.exec(line);
    if (!match) continue;
    const num = (text: string): number | null => (text === '—' ? null : Number(text));
    rows.push([num(match[1]!), num(match[2]!), match[3] === '—' ? null : match[3]!, match[4]!]);
  }
  return rows;
}

/** Errors first, then warnings (the table's grouping), each in source order. */
function bySeverity(expected: Entry[], errorCodes: ReadonlySet<string>): Entry[] {
  return [...expected.filter((e) => errorCodes.has(e[3])), ...expected.filter((e) => !errorCodes.has(e[3]))];
}

const ERROR_CODES = new Set([
  'invalid-date', 'progress-not-a-number', 'progress-out-of-range', 'average-mismatch', 'missing-proof', 'missing-field',
  'duplicate-aspect-number', 'invalid-month', 'invalid-aspect-number',
]);

const githubEntries = (stdout: string): Entry[] =>
  stdout
    .trimEnd()
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const match = /^::(error|warning) file=([^,]+),line=(\d+)::(?:ASM (\d+) · )?(?:([A-Za-z]+) · )?([a-z-]+): /.exec(line);
      expect(match, line).not.toBeNull();
      return [Number(match![3]), match![4] ? Number(match![4]) : null, match![5] ?? null, match![6]!] as Entry;
    });

describe('asm validate on the seed', () => {
  it('table: verdict first, warnings only, summary, exit 0, nothing on stderr', () => {
    const { status, stdout, stderr } = asm('validate', SEED);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe(`${SEED}: VALID`);
    expect(stdout).not.toContain('Errors (');
    expect(stdout).toContain('\nWarnings (16)\nline  ASM  field            code                 message\n');
    expect(tableEntries(stdout)).toEqual(SEED_EXPECTED);
    expect(lines.filter(Boolean).at(-1)).toBe('Checked 1 document: 1 valid, 0 invalid · 0 errors, 16 warnings');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(80);
    expect(stdout).not.toContain('\u001b[');
  });

  it('json: the same list, stats and verdict', () => {
    const { status, stdout, stderr } = asm('validate', SEED, '--format', 'json');
    expect([status, stderr]).toEqual([0, '']);
    const report = JSON.parse(stdout);
    expect(report.valid).toBe(true);
    expect(report.stats).toEqual({ documents: 1, errors: 0, warnings: 16 });
    expect(report.documents[0].source).toBe(SEED);
    expect(report.documents[0].valid).toBe(true);
    expect(report.documents[0].diagnostics.map((d: { line: number; aspect: number; field: string; code: string }) => [d.line, d.aspect, d.field, d.code])).toEqual(SEED_EXPECTED);
  });

  it('github: one ::warning per diagnostic on its line', () => {
    const { status, stdout, stderr } = asm('validate', SEED, '--format', 'github');
    expect([status, stderr]).toEqual([0, '']);
    expect(githubEntries(stdout)).toEqual(SEED_EXPECTED);
    expect(stdout.split('\n')[0]).toBe(
      `::warning file=${SEED},line=12::ASM 1 · proofLocation · broken-url: URL looks broken: "https://www.sistemas.hacienda.gob.m.// PASH/jsps/acceso.j"; probably https://www.sistemas.hacienda.gob.mx/PASH/jsps/acceso.j`,
    );
    expect(stdout).not.toContain('::error');
  });

  it('--strict makes warnings fail; --ignore drops codes', () => {
    expect(asm('validate', SEED, '--strict').status).toBe(1);
    const ignored = asm('validate', SEED, '--format', 'json', '--ignore', 'cell-realigned,possible-truncation', '--ignore', 'broken-url');
    expect(ignored.status).toBe(0);
    const codes = JSON.parse(ignored.stdout).documents[0].diagnostics.map((d: { code: string }) => d.code);
    expect(codes).toEqual(['implausible-area', 'area-name-variant', 'proof-not-available']);
    const strictClean = asm('validate', SEED, '--strict', '--ignore', 'cell-realigned,possible-truncation,broken-url,implausible-area,area-name-variant,proof-not-available');
    expect(strictClean.status).toBe(0);
    expect(strictClean.stdout).toContain('No problems found.');
  });

  it('speaks Spanish with --lang es', () => {
    const { status, stdout } = asm('--lang', 'es', 'validate', PROBLEMS);
    expect(status).toBe(1);
    expect(stdout.split('\n')[0]).toBe(`${PROBLEMS}: NO VÁLIDO`);
    expect(stdout).toContain('Errores (14)');
    expect(stdout).toContain('Advertencias (10)');
    const json = JSON.parse(asm('--lang', 'es', 'validate', PROBLEMS, '--format', 'json').stdout);
    expect(json.documents[0].diagnostics[0].message).toBe('La fecha de término "31/02/2016" no es una fecha válida (se espera dd/mm/aaaa)');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Revisados 1 documento: 0 válidos, 1 no válido · 14 errores, 10 advertencias');
  });
});

describe('messages in the language of the run', () => {
  it('writes the parser diagnostics of a document saved in English again in Spanish', () => {
    const store = mkdtempSync(join(tmpdir(), 'asm-validate-lang-'));
    try {
      expect(asm('parse', SEED, '--store', store, '--format', 'json').status).toBe(0);
      const json = JSON.parse(asm('--lang', 'es', 'validate', '--store', store, '--format', 'json').stdout);
      const realigned = json.documents[0].diagnostics.filter((d: { code: string }) => d.code === 'cell-realigned');
      expect(realigned[1].message).toBe('La celda "31/12/2015" estaba en la columna "Área Responsable" y se movió a "Fecha de Término"');
      expect(realigned[1].params).toEqual({ from: 'Área Responsable', to: 'Fecha de Término' });
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });
});

describe('asm validate on the problems fixture', () => {
  it('table: INVALID, errors then warnings, exit 1', () => {
    const { status, stdout, stderr } = asm('validate', PROBLEMS);
    expect(status).toBe(1);
    expect(stderr).toBe('');
    expect(stdout.split('\n')[0]).toBe(`${PROBLEMS}: INVALID`);
    expect(stdout.indexOf('Errors (14)')).toBeLessThan(stdout.indexOf('Warnings (10)'));
    expect(tableEntries(stdout)).toEqual(bySeverity(PROBLEMS_EXPECTED, ERROR_CODES));
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('Checked 1 document: 0 valid, 1 invalid · 14 errors, 10 warnings');
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });

  it('json: exact list, exit 1', () => {
    const { status, stdout, stderr } = asm('validate', PROBLEMS, '--format', 'json');
    expect([status, stderr]).toEqual([1, '']);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ valid: false, stats: { documents: 1, errors: 14, warnings: 10 } });
    expect(report.documents[0].diagnostics.map((d: { line: number; aspect: number; field: string; code: string }) => [d.line, d.aspect, d.field, d.code])).toEqual(PROBLEMS_EXPECTED);
    for (const d of report.documents[0].diagnostics) expect(d.severity).toBe(ERROR_CODES.has(d.code) ? 'error' : 'warning');
  });

  it('github: ::error and ::warning lines, exit 1', () => {
    const { status, stdout, stderr } = asm('validate', PROBLEMS, '--format', 'github');
    expect([status, stderr]).toEqual([1, '']);
    expect(githubEntries(stdout)).toEqual(PROBLEMS_EXPECTED);
    for (const line of stdout.trimEnd().split('\n')) {
      const severity = /^::(error|warning) /.exec(line)![1];
      const code = /· ([a-z-]+): |::([a-z-]+): /.exec(line)!;
      expect(severity).toBe(ERROR_CODES.has(code[1] ?? code[2]!) ? 'error' : 'warning');
    }
    expect(stdout).toContain(`::error file=${PROBLEMS},line=15::ASM 5 · missing-proof: Activity at 100%25 has neither a proof document name nor its location\n`);
  });

  it('validates several files and reports each', () => {
    const { status, stdout } = asm('validate', SEED, PROBLEMS, '--format', 'json');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.documents.map((d: { source: string; valid: boolean }) => [d.source, d.valid])).toEqual([
      [SEED, true],
      [PROBLEMS, false],
    ]);
    expect(report.stats).toEqual({ documents: 2, errors: 14, warnings: 26 });
  });
});

describe('asm validate: the store and unusable input', () => {
  const store = mkdtempSync(join(tmpdir(), 'asm-validate-'));
  afterAll(() => rmSync(store, { recursive: true, force: true }));

  it('an empty store is a usage error (exit 2)', () => {
    const { status, stdout, stderr } = asm('validate', '--store', store);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^asm: no input files given and the store is empty/);
  });

  it('with no files, validates every document in the store', () => {
    expect(asm('parse', SEED, '--store', store, '--format', 'json').status).toBe(0);
    const { status, stdout } = asm('validate', '--store', store, '--format', 'json');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.stats).toEqual({ documents: 1, errors: 0, warnings: 16 });
    expect(report.documents[0].source).toBe(SEED);
  });

  it('a missing file is exit 2 with one sentence on stderr', () => {
    const { status, stdout, stderr } = asm('validate', 'fixtures/validate/nope.txt');
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toBe('asm: fixtures/validate/nope.txt: no such file or directory.\n');
  });

  it('an unknown code in --ignore is a usage error', () => {
    const { status, stdout, stderr } = asm('validate', SEED, '--ignore', 'broken-urls');
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^asm: unknown diagnostic code in --ignore: broken-urls \(accepted: .*broken-url/);
  });

  it('an unknown format is a usage error', () => {
    const { status, stderr } = asm('validate', SEED, '--format', 'xml');
    expect(status).toBe(2);
    expect(stderr).toContain("'xml'");
  });

  it('help lists the options and examples in both languages', () => {
    const en = asm('validate', '--help');
    expect(en.status).toBe(0);
    for (const text of ['--ignore <codes>', '--strict', '--format <format>', '--store <dir>', '--input-format', 'Exit codes: 0 no errors']) {
      expect(en.stdout).toContain(text);
    }
    const es = asm('--lang', 'es', 'validate', '--help');
    expect(es.stdout).toContain('Códigos de salida: 0 sin errores');
  });
});
