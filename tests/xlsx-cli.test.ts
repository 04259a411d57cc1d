// Workbooks through the built CLI: `asm parse informe.xlsx`, `--format xlsx`
// for parse, report and vigentes, the round trip, and an independent read of
// every workbook written (SheetJS, not exceljs which wrote it).
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './helpers/cli.js';
import { expectExcelDate, expectPercent, expectWorkbookBasics, readWorkbookIndependently } from './helpers/workbook.js';

const XLSX = fixture('xlsx', 'informe-s219-2016-03.xlsx');
const NO_VALUES = fixture('xlsx', 'sin-valores-de-formula.xlsx');
const SEED = fixture('seed-e006-2015-09.txt');
const CSV_HEADERS = [
  'Institución',
  'Clave del Programa',
  'Nombre del Programa',
  'Mes del Reporte',
  'Tipo de Documento',
  'Clasificación',
  'Título del Documento',
  'Periodo',
  'Declaración del Periodo',
];

/** Records as the user sees them: no provenance; the typed value stands for the original text of a number (as for CSV). */
function records(document: { periods: Array<{ period: string; statement: string | null; aspects: Array<Record<string, unknown>> }> }): unknown {
  return document.periods.map((period) => ({
    period: period.period,
    statement: period.statement,
    aspects: period.aspects.map(({ source: _s, averageText: _a, activities, ...aspect }) => ({
      ...aspect,
      activities: (activities as Array<Record<string, unknown>>).map(({ source: _x, progressText: _p, ...activity }) => activity),
    })),
  }));
}

function parseJson(args: string[], cwd?: string): Array<Record<string, any>> {
  const result = runCli(['parse', ...args, '--no-save'], cwd ? { cwd } : {});
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
}

describe('asm parse informe.xlsx', () => {
  it('reads the workbook to records and shows it as a table', () => {
    const [document] = parseJson([XLSX]);
    expect(document!.source.format).toBe('xlsx');
    expect(document!.program.code).toBe('S219');
    expect(document!.periods.map((p: { period: string }) => p.period)).toEqual(['2014-2015', '2015-2016']);
    const table = runCli(['parse', XLSX, '--no-save', '--format', 'table']);
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Period 2015-2016');
    expect(table.stdout).toMatch(/│ 1 +│ Fortalecer el +│ Gerencia de +│ 2016-09-30 │ 37\.50% +│/);
  });

  it('shows the sheet and row of a diagnostic as Hoja1!8', () => {
    const table = runCli(['validate', NO_VALUES]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/\n Hoja1!8 +1 +average +formula-without-value +Formula cell\n/);
    expect(table.stdout).toMatch(/\nHoja1!14 +1 +average +formula-without-value/);
    const github = runCli(['validate', NO_VALUES, '--format', 'github']);
    expect(github.stdout).toContain('(Hoja1!14)');
    expect(github.stdout).not.toContain('line=');
  });

  it('reads .xlsx and .xls files in a directory, and a workbook of any name with --input-format xlsx', () => {
    const dir = tempDir();
    copyFileSync(XLSX, join(dir, 'a.xlsx'));
    copyFileSync(fixture('xlsx', 'informe-s219-2016-03.xls'), join(dir, 'b.xls'));
    const documents = parseJson([dir]);
    expect(documents.map((d) => d.source.file)).toEqual([join(dir, 'a.xlsx'), join(dir, 'b.xls')]);
    copyFileSync(XLSX, join(dir, 'informe.dat'));
    const [named] = parseJson(['--input-format', 'xlsx', join(dir, 'informe.dat')]);
    expect(records(named as never)).toEqual(records(documents[0] as never));
  });

  it('reads a workbook from standard input', () => {
    const result = runCli(['parse', '-', '--no-save', '--format', 'json'], { input: readFileSync(XLSX) });
    expect(result.status).toBe(0);
    const [document] = JSON.parse(result.stdout);
    expect(document.source).toMatchObject({ file: '-', format: 'xlsx' });
    expect(document.periods[1].aspects[0].average).toBe(37.5);
  });

  it('refuses a file that is not a workbook under --input-format xlsx with one sentence', () => {
    const result = runCli(['parse', SEED, '--input-format', 'xlsx', '--no-save']);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^asm: .*seed-e006-2015-09\.txt: is not a workbook that can be read/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('--format xlsx', () => {
  it('needs -o: without it, exit 2 with a sentence and nothing on stdout', () => {
    for (const args of [['parse', XLSX, '--no-save'], ['report', XLSX], ['vigentes', XLSX]]) {
      const result = runCli([...args, '--format', 'xlsx']);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe('asm: this format is binary and is not written to the terminal; name a file (--format xlsx -o FILE).\n');
    }
  });

  it('asm parse writes the activities with the CSV headers, real types and no formula, and reads back to the same records', () => {
    const cwd = tempDir();
    const result = runCli(['parse', XLSX, '--no-save', '--format', 'xlsx', '-o', 'asm.xlsx'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('asm: wrote asm.xlsx\n');

    const sheets = readWorkbookIndependently(join(cwd, 'asm.xlsx'));
    expectWorkbookBasics(sheets);
    expect(sheets.map((s) => s.name)).toEqual(['Activities', 'Summary']);
    const [activities, summary] = sheets;
    // The same headers as `asm parse --format csv`, then the source file.
    const csvHeader = runCli(['parse', XLSX, '--no-save', '--format', 'csv']).stdout.replace(/^\uFEFF/, '').split('\r\n')[0]!.split(',');
    expect(activities!.header).toEqual([...csvHeader, 'Archivo de origen']);
    expect(activities!.header.slice(0, 9)).toEqual(CSV_HEADERS);
    expect(activities!.rows).toHaveLength(5);
    const first = activities!.rows[0]!;
    expectExcelDate(first['Fecha compromiso'], '2015-12-31');
    expectPercent(first['Grado de avance'], 100);
    expectPercent(first['Avance promedio'], 67.5);
    expect(first['Núm.']).toMatchObject({ t: 'n', v: 1 });
    expect(first['Archivo de origen']).toMatchObject({ t: 's', v: XLSX });
    // A text that starts with "=" is a string cell, not a formula.
    expect(activities!.rows[2]!['Comentarios']).toMatchObject({ t: 's', v: '=HYPERLINK("http://x","clic")' });
    expect(activities!.rows[2]!['Comentarios']!.f).toBeUndefined();
    // Long text wraps; the progress column has a colour scale.
    expect(activities!.styles).toContain('wrapText="1"');
    expect(activities!.xml).toMatch(/<conditionalFormatting sqref="[A-Z]+2:[A-Z]+6"><cfRule type="colorScale"/);
    expect(summary!.header).toContain('Average progress');
    expectPercent(summary!.rows[0]!['Average progress'], 51.25);

    const [back] = parseJson(['asm.xlsx'], cwd);
    const [original] = parseJson([XLSX]);
    expect(records(back as never)).toEqual(records(original as never));
    for (const key of ['title', 'institution', 'program', 'reportMonth', 'documentType', 'classification']) expect(back![key]).toEqual(original![key]);
  });

  it('asm parse reportes/ writes one sheet for several reports, each row with its source file, and reads back to each report', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'reportes'));
    copyFileSync(SEED, join(cwd, 'reportes', 'e006.txt'));
    copyFileSync(XLSX, join(cwd, 'reportes', 's219.xlsx'));
    const result = runCli(['parse', 'reportes/', '--no-save', '--format', 'xlsx', '-o', 'asm.xlsx'], { cwd });
    expect(result.status).toBe(0);
    const [activities] = readWorkbookIndependently(join(cwd, 'asm.xlsx'));
    expectWorkbookBasics([activities!]);
    expect(new Set(activities!.rows.map((row) => row['Archivo de origen']?.v))).toEqual(new Set(['reportes/e006.txt', 'reportes/s219.xlsx']));
    const originals = parseJson(['reportes/'], cwd);
    const back = parseJson(['asm.xlsx'], cwd);
    expect(back).toHaveLength(2);
    expect(back.map((d) => records(d as never))).toEqual(originals.map((d) => records(d as never)));
    expect(back.map((d) => d.program.code)).toEqual(['E006', 'S219']);
  });

  it('asm report --period 2015-2016 writes the summary, areas and ASMs in the run language', () => {
    const cwd = tempDir();
    const result = runCli(['report', XLSX, '--period', '2015-2016', '--as-of', '2017-01-31', '--format', 'xlsx', '-o', 'resumen.xlsx', '--lang', 'es'], { cwd });
    expect(result.status).toBe(0);
    const sheets = readWorkbookIndependently(join(cwd, 'resumen.xlsx'));
    expectWorkbookBasics(sheets);
    expect(sheets.map((s) => s.name)).toEqual(['Resumen', 'Por área', 'ASM']);
    const [summary, , aspects] = sheets;
    expect(summary!.rows).toHaveLength(1);
    expect(summary!.rows[0]!['Periodo']?.v).toBe('2015-2016');
    expect(summary!.rows[0]!['ASM']).toMatchObject({ t: 'n', v: 1 });
    expectPercent(summary!.rows[0]!['Avance promedio'], 37.5);
    expectExcelDate(aspects!.rows[0]!['Fecha de término'], '2016-12-31');
    expect(aspects!.rows[0]!['Días de atraso']).toMatchObject({ t: 'n', v: 31 });
    expect(aspects!.rows[0]!['Archivo de origen']?.v).toBe(`${XLSX}:Hoja1!14`);
  });

  it('names a workbook position as sheet and row in the HTML page too', () => {
    const cwd = tempDir();
    const result = runCli(['report', XLSX, '--format', 'html', '-o', 'r.html'], { cwd });
    expect(result.status).toBe(0);
    const page = readFileSync(join(cwd, 'r.html'), 'utf8');
    expect(page).toContain('informe-s219-2016-03.xlsx, line Hoja1!14');
    expect(page).toContain('informe-s219-2016-03.xlsx, line Hoja1!15)');
  });

  it('asm vigentes writes the pending ASMs with due dates and days overdue', () => {
    const cwd = tempDir();
    const result = runCli(['vigentes', XLSX, '--as-of', '2016-07-31', '--format', 'xlsx', '-o', 'vigentes.xlsx'], { cwd });
    expect(result.status).toBe(1); // there are pending ASMs
    expect(existsSync(join(cwd, 'vigentes.xlsx'))).toBe(true);
    const sheets = readWorkbookIndependently(join(cwd, 'vigentes.xlsx'));
    expectWorkbookBasics(sheets);
    const [pending] = sheets;
    expect(pending!.name).toBe('Pending');
    expect(pending!.rows.map((row) => [row['Period']?.v, row['No.']?.v])).toEqual([
      ['2014-2015', 1],
      ['2014-2015', 2],
      ['2015-2016', 1],
    ]);
    expectExcelDate(pending!.rows[0]!['Due date'], '2016-06-30');
    expect(pending!.rows[0]!['Days overdue']).toMatchObject({ t: 'n', v: 31 });
    expectPercent(pending!.rows[0]!['Average'], 67.5);
  });

  it('asm diff writes its changes as a sheet in the run\'s language, with percentages, dates and the kind\'s code', () => {
    const cwd = tempDir();
    const [from, to] = [fixture('history', 'imss-e007-2015-09.txt'), fixture('history', 'imss-e007-2016-03.txt')];
    const result = runCli(['diff', from, to, '--format', 'xlsx', '-o', 'cambios.xlsx', '--lang', 'es'], { cwd });
    expect(result.status).toBe(1); // ASM 3 of 2014-2015 is dropped while vigente
    expect(result.stdout).toBe('');
    const sheets = readWorkbookIndependently(join(cwd, 'cambios.xlsx'));
    expectWorkbookBasics(sheets);
    expect(sheets.map((s) => s.name)).toEqual(['Cambios']);
    const csv = runCli(['diff', from, to, '--format', 'csv']).stdout.replace(/^\uFEFF/, '').trim().split('\r\n').slice(1);
    const rows = sheets[0]!.rows;
    expect(rows).toHaveLength(csv.length);
    const dropped = rows.find((row) => row['Clave del cambio']?.v === 'dropped-vigente')!;
    expect(dropped['Cambio']).toMatchObject({ t: 's', v: 'desaparece vigente' });
    expect(dropped['Regresión']).toMatchObject({ v: 'sí' });
    expect(dropped['No.']).toMatchObject({ t: 'n', v: 3 });
    expectPercent(dropped['Promedio antes'], 45);
    expectExcelDate(dropped['Fecha de término antes'], '2015-09-30');
    expect(dropped['Promedio después']).toBeUndefined();
  });

  it('writes hostile text as text: cells that start a formula stay strings', () => {
    const cwd = tempDir();
    const result = runCli(['parse', fixture('layouts', 'formula-cells.txt'), '--no-save', '--format', 'xlsx', '-o', 'cells.xlsx'], { cwd });
    expect(result.status).toBe(0);
    const [activities] = readWorkbookIndependently(join(cwd, 'cells.xlsx'));
    expectWorkbookBasics([activities!]);
    const texts = activities!.rows.flatMap((row) => Object.values(row)).filter((cell) => cell?.t === 's').map((cell) => String(cell!.v));
    expect(texts).toContain('=HYPERLINK("http://x","clic")');
    expect(texts).toContain('+Revisar');
    const [back] = parseJson(['cells.xlsx'], cwd);
    expect(back!.periods[0].aspects[0].text).toBe('=HYPERLINK("http://x","clic")');
  });
});
