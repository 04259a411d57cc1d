// `asm parse` through the built binary: formats, outputs, store, exit codes.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const SEED = fixture('seed-e006-2015-09.txt');
const ANSI = /\u001b\[/;

describe('asm parse: formats', () => {
  it('prints a JSON array when piped and saves the document in .asm/', () => {
    const cwd = tempDir();
    const result = runCli(['parse', SEED], { cwd });
    expect(result.status).toBe(0);
    const documents = JSON.parse(result.stdout);
    expect(documents).toHaveLength(1);
    expect(documents[0].program).toEqual({ code: 'E006', name: 'Recaudación eficiente de ingresos obrero patronales' });
    expect(documents[0].source.file).toBe(SEED);
    expect(result.stderr).toBe(`asm: saved E006 2015-09 in .asm/instituto-mexicano-del-seguro-social__E006__2015-09.json\n`);
    const stored = JSON.parse(readFileSync(join(cwd, '.asm/instituto-mexicano-del-seguro-social__E006__2015-09.json'), 'utf8'));
    expect(stored).toEqual(documents[0]);
  });

  it('prints a table that fits 80 columns, without colour', () => {
    const result = runCli(['parse', SEED, '--format', 'table', '--no-save']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Period 2014-2015 · 8 ASMs');
    expect(result.stdout).toMatch(/│ 7 +│ Implementar un nuevo +│ Coordianción de +│ 2015-06-30 │ 100% +│/);
    expect(result.stdout).not.toMatch(ANSI);
    const widest = Math.max(...result.stdout.split('\n').map((line) => [...line].length));
    expect(widest).toBeLessThanOrEqual(80);
    expect(result.stderr).toBe('');
  });

  it('prints Markdown tables', () => {
    const result = runCli(['parse', SEED, '--format', 'markdown', '--no-save']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^# SEGUIMIENTO A ASPECTOS/);
    expect(result.stdout).toContain('## Period 2014-2015');
    expect(result.stdout).toContain('| No. | ASM | Activity | Responsible area | Due date | Progress | Average |');
    expect(result.stdout).toContain('| 5 | Internos (PAADI Inc |');
  });

  it('writes CSV with the source headers, one row per activity, and reads it back to the same records', () => {
    const cwd = tempDir();
    const csv = runCli(['parse', SEED, '--format', 'csv', '--no-save'], { cwd });
    expect(csv.status).toBe(0);
    const lines = csv.stdout.trimEnd().split('\r\n');
    expect(lines[0]).toContain('No.,Aspecto Susceptible de Mejora,Actividades,Área Responsable,Fecha de Término');
    expect(lines[0]).toMatch(/^Institución,Clave del Programa,/);
    expect(lines).toHaveLength(1 + 8 + 4); // header, 8 activities, 4 periods without ASMs
    writeFileSync(join(cwd, 'seed.csv'), csv.stdout);
    const original = JSON.parse(runCli(['parse', SEED, '--format', 'json', '--no-save']).stdout)[0];
    const back = JSON.parse(runCli(['parse', 'seed.csv', '--format', 'json', '--no-save'], { cwd }).stdout)[0];
    expect(back.source.format).toBe('csv');
    expect(records(back)).toEqual(records(original));
  });

  it('escapes cells that would start a formula, and removes the escape on reading back', () => {
    const cwd = tempDir();
    const csv = runCli(['parse', fixture('layouts', 'formula-cells.txt'), '--format', 'csv', '--no-save'], { cwd });
    expect(csv.status).toBe(0);
    expect(csv.stdout).toContain(`"'=HYPERLINK(""http://x"",""clic"")",'+Revisar,'-Área`);
    expect(csv.stdout).toContain(`,'@doc,`);
    expect(csv.stdout).toContain(`,''=ya escapado`);
    writeFileSync(join(cwd, 'cells.csv'), csv.stdout);
    const back = JSON.parse(runCli(['parse', 'cells.csv', '--no-save'], { cwd }).stdout)[0];
    const aspect = back.periods[0].aspects[0];
    expect(aspect.text).toBe('=HYPERLINK("http://x","clic")');
    expect(aspect.activities[0].description).toBe('+Revisar');
    expect(aspect.activities[0].proofLocation).toBe("'=ya escapado");
  });

  it('keeps the cells of unknown columns through a CSV round trip', () => {
    const cwd = tempDir();
    const source = fixture('hardening', 'header-columns.txt');
    const original = JSON.parse(runCli(['parse', source, '--no-save']).stdout)[0];
    const extras = original.periods[0].aspects[0].activities[0].extra;
    expect(Object.keys(extras).length).toBeGreaterThan(0);
    const csv = runCli(['parse', source, '--format', 'csv', '--no-save'], { cwd });
    writeFileSync(join(cwd, 'extra.csv'), csv.stdout);
    const back = JSON.parse(runCli(['parse', 'extra.csv', '--no-save'], { cwd }).stdout)[0];
    expect(back.periods[0].aspects[0].activities[0].extra).toEqual(extras);
  });

  it('hashes the file as it is on disk and reads Windows-1252 to the same records', () => {
    const utf8 = JSON.parse(runCli(['parse', SEED, '--no-save']).stdout)[0];
    const cp1252Path = fixture('seed-e006-2015-09.cp1252-crlf.txt');
    const cp1252 = JSON.parse(runCli(['parse', cp1252Path, '--no-save']).stdout)[0];
    const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
    expect(utf8.source.sha256).toBe(digest(SEED));
    expect(cp1252.source.sha256).toBe(digest(cp1252Path));
    expect(cp1252.periods).toEqual(utf8.periods);
  });

  it('reads back its own JSON output', () => {
    const cwd = tempDir();
    const json = runCli(['parse', SEED, fixture('layouts', 'ten-columns.txt'), '--no-save'], { cwd });
    writeFileSync(join(cwd, 'out.json'), json.stdout);
    const back = runCli(['parse', 'out.json', '--no-save'], { cwd });
    expect(back.status).toBe(0);
    expect(JSON.parse(back.stdout)).toEqual(JSON.parse(json.stdout));
  });
});

/** Records as the user sees them; the typed value stands for the original text of a number. */
function records(document: { periods: Array<{ period: string; statement: string | null; aspects: unknown[] }> }): unknown {
  return document.periods.map((period) => ({
    period: period.period,
    statement: period.statement,
    aspects: (period.aspects as Array<Record<string, unknown> & { activities: Array<Record<string, unknown>> }>).map(
      ({ source: _s, averageText: _a, activities, ...aspect }) => ({
        ...aspect,
        activities: activities.map(({ source: _source, progressText: _p, ...activity }) => activity),
      }),
    ),
  }));
}

describe('asm parse: inputs and outputs', () => {
  it('writes --output atomically with a BOM, and without one with --no-bom', () => {
    const cwd = tempDir();
    const withBom = runCli(['parse', SEED, '--format', 'csv', '--output', 'out.csv', '--no-save'], { cwd });
    expect(withBom.status).toBe(0);
    expect(withBom.stdout).toBe('');
    expect(withBom.stderr).toBe('asm: wrote out.csv\n');
    expect(readFileSync(join(cwd, 'out.csv')).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    runCli(['parse', SEED, '--format', 'json', '--output', 'out.json', '--no-bom', '--no-save'], { cwd });
    expect(readFileSync(join(cwd, 'out.json'), 'utf8').startsWith('[')).toBe(true);
    expect(readdirSync(cwd).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('reads standard input for -', () => {
    const result = runCli(['parse', '-', '--no-save'], { input: readFileSync(SEED) });
    expect(result.status).toBe(0);
    const [document] = JSON.parse(result.stdout);
    expect(document.source.file).toBe('-');
    expect(document.periods[0].aspects).toHaveLength(8);
  });

  it('parses every supported file of a directory, in name order', () => {
    const result = runCli(['parse', fixture('layouts'), '--no-save']);
    expect(result.status).toBe(0);
    const documents = JSON.parse(result.stdout) as Array<{ source: { file: string } }>;
    expect(documents.map((d) => d.source.file.split('/').pop())).toEqual([
      'formula-cells.txt', 'multi-activity.txt', 'page-split.txt', 'seven-columns.txt', 'ten-columns.txt',
    ]);
  });

  it('saves into --store or ASM_STORE, one file per institution, program and month', () => {
    const cwd = tempDir();
    expect(runCli(['parse', SEED, '--store', 'almacen'], { cwd }).status).toBe(0);
    expect(readdirSync(join(cwd, 'almacen'))).toEqual(['instituto-mexicano-del-seguro-social__E006__2015-09.json']);
    expect(runCli(['parse', SEED, fixture('layouts', 'multi-activity.txt')], { cwd, env: { ASM_STORE: 'otro' } }).status).toBe(0);
    expect(readdirSync(join(cwd, 'otro'))).toEqual([
      'instituto-mexicano-del-seguro-social__E006__2015-09.json',
      'secretaria-de-educacion-publica__S072__2017-03.json',
    ]);
    // A newer parse of the same report replaces its file.
    expect(runCli(['parse', SEED], { cwd, env: { ASM_STORE: 'otro' } }).status).toBe(0);
    expect(readdirSync(join(cwd, 'otro'))).toHaveLength(2);
    const listed = runCli(['store', '--store', 'otro', '--format', 'json'], { cwd });
    expect(JSON.parse(listed.stdout).map((e: { program: string; aspectCount: number }) => [e.program, e.aspectCount])).toEqual([
      ['E006', 8],
      ['S072', 2],
    ]);
    const removed = runCli(['store', 'remove', 'S072', '--store', 'otro'], { cwd });
    expect(removed.status).toBe(0);
    expect(removed.stderr).toBe('asm: removed otro/secretaria-de-educacion-publica__S072__2017-03.json\n');
    expect(readdirSync(join(cwd, 'otro'))).toEqual(['instituto-mexicano-del-seguro-social__E006__2015-09.json']);
  });
});

describe('asm parse: unusable input and usage (exit 2, one sentence, nothing written)', () => {
  const cases: Array<[string, string[], RegExp]> = [
    ['missing file', ['no-such.txt'], /^asm: no-such\.txt: no such file or directory\.\n$/],
    ['binary file', [fixture('unusable', 'image.txt')], /image\.txt: this is a binary file/],
    ['empty file', [fixture('unusable', 'empty.txt')], /empty\.txt: the file is empty\./],
    ['no ASM content', [fixture('unusable', 'not-asm.txt')], /not-asm\.txt: no ASM table header and no "Periodo YYYY-YYYY" heading/],
    ['CSV without ASM columns', [fixture('unusable', 'no-asm-columns.csv')], /no-asm-columns\.csv: the CSV header has no ASM columns/],
    ['one bad input among good ones', [SEED, 'no-such.txt'], /no-such\.txt: no such file/],
    ['directory without reports', [fixture('..', 'src', 'core')], /holds no \.txt, \.md, \.csv, \.tsv, \.json, \.pdf, \.xlsx or \.xls file/],
  ];
  it.each(cases)('%s', (_name, args, stderr) => {
    const cwd = tempDir();
    const result = runCli(['parse', ...args, '--output', 'out.json'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(stderr);
    expect(result.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(result.stdout).toBe('');
    expect(existsSync(join(cwd, '.asm'))).toBe(false);
    expect(existsSync(join(cwd, 'out.json'))).toBe(false);
  });

  // A file without read permission is tested in tests/hardening-cli.test.ts (as an unprivileged user).

  it('an unknown option or format', () => {
    expect(runCli(['parse', SEED, '--bogus']).status).toBe(2);
    const format = runCli(['parse', SEED, '--format', 'xml']);
    expect(format.status).toBe(2);
    expect(format.stderr).toContain('Allowed choices are table, json, csv, markdown');
  });

  it('speaks Spanish with --lang es or LANG=es_MX', () => {
    const flag = runCli(['--lang', 'es', 'parse', 'no-such.txt']);
    expect(flag.stderr).toBe('asm: no-such.txt: no existe el archivo o directorio.\n');
    const env = runCli(['parse', 'no-such.txt'], { env: { LANG: 'es_MX.UTF-8' } });
    expect(env.stderr).toBe('asm: no-such.txt: no existe el archivo o directorio.\n');
  });
});

describe('asm --version, --help, schema', () => {
  it('prints the version and help with examples', () => {
    const version = runCli(['--version']);
    expect(version.status).toBe(0);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(fixture('..', 'package.json'), 'utf8')).version);
    const help = runCli(['parse', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('asm parse informe.pdf --format json');
    expect(runCli(['--lang', 'es', 'parse', '--help']).stdout).toContain('Ejemplos:');
  });

  it('prints the JSON Schema of the document model', () => {
    const result = runCli(['schema']);
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout);
    expect(schema.$schema).toContain('2020-12');
    expect(schema.items.properties.schemaVersion.const).toBe(1);
    expect(Object.keys(schema.items.properties.periods.items.properties.aspects.items.properties)).toEqual(
      expect.arrayContaining(['number', 'text', 'average', 'reportMonth', 'activities', 'source']),
    );
  });
});
