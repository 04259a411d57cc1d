// The defects a new-user trial found in the workbook reader, on workbooks
// written by openpyxl (scripts/make-xlsx-trial-fixtures.py): through the
// library and through the built CLI. Content that looks like table data and is
// placed in no record is an error, never a clean exit 0.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../src/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { fixture, runCli } from './helpers/cli.js';

const trial = (name: string): string => fixture('xlsx', 'trial', name);

async function parseFile(name: string, lang: 'en' | 'es' = 'en'): Promise<AsmDocument> {
  const documents = await parseDocuments(readFileSync(trial(name)), { file: name, lang });
  expect(documents).toHaveLength(1);
  return documents[0]!;
}

const numbers = (document: AsmDocument): Array<number | null> => document.periods.flatMap((p) => p.aspects.map((a) => a.number));
const codes = (document: AsmDocument): string[] => document.diagnostics.map((d) => d.code);

describe('a sheet of ASM rows without a header', () => {
  it('continues the previous sheet\'s table when its columns line up, with a warning', async () => {
    const document = await parseFile('continua-en-hoja2.xlsx');
    expect(numbers(document)).toEqual([1, 2, 3, 4]);
    const aspect = document.periods[0]!.aspects[2]!;
    expect(aspect.source.sheet).toBe('Hoja2');
    expect(aspect.activities[0]!.dueDate).toBe('2016-03-31');
    expect(aspect.activities[0]!.progress).toBe(10);
    const warning = document.diagnostics.find((d) => d.code === 'sheet-continues-table')!;
    expect(warning).toMatchObject({ severity: 'warning', sheet: 'Hoja2', line: 1 });
    expect(warning.message).toContain('"Hoja1"');
    const es = await parseFile('continua-en-hoja2.xlsx', 'es');
    expect(es.diagnostics.find((d) => d.code === 'sheet-continues-table')!.message).toMatch(/^Esta hoja no tiene encabezado/);
  });

  it('is table text placed in no record when its columns do not line up: parse exits 2, validate says INVALID', async () => {
    const document = await parseFile('hoja2-desalineada.xlsx');
    expect(numbers(document)).toEqual([1, 2]);
    expect(codes(document)).toContain('unplaced-table-text');
    expect(codes(document)).toContain('table-not-read');
    const parse = runCli(['parse', trial('hoja2-desalineada.xlsx'), '--no-save']);
    expect(parse.status).toBe(2);
    expect(parse.stderr).toContain('could not read the table near line Hoja2!1');
    const validate = runCli(['validate', trial('hoja2-desalineada.xlsx')]);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toMatch(/INVALID/);
    expect(validate.stdout).toMatch(/Hoja2!1 .*unplaced-table-text/);
  });

  it('reads all four ASMs through the CLI', () => {
    const result = runCli(['parse', trial('continua-en-hoja2.xlsx'), '--no-save', '--format', 'json']);
    expect(result.status).toBe(0);
    const [document] = JSON.parse(result.stdout);
    expect(document.periods[0].aspects.map((a: { number: number }) => a.number)).toEqual([1, 2, 3, 4]);
  });
});

describe('number formats with a literal percent sign', () => {
  it('read 35 with 0\\%, 0"%" or #,##0\\% as 35 %, and only a real 0% format as a fraction', async () => {
    const document = await parseFile('porcentaje-literal.xlsx');
    const aspects = document.periods[0]!.aspects;
    expect(aspects.map((a) => a.activities[0]!.progress)).toEqual([35, 36, 37, 50]);
    expect(aspects.map((a) => a.average)).toEqual([35, 36, 37, 50]);
    expect(document.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const validate = runCli(['validate', trial('porcentaje-literal.xlsx')]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).not.toContain('progress-out-of-range');
  });
});

describe('a table under a header asm does not know', () => {
  it('is table text, never ASM rows: an Id header below the ASM table gives unplaced-table-text and exit 2', async () => {
    const document = await parseFile('anexo-id.xlsx');
    expect(numbers(document)).toEqual([1]);
    const unplaced = document.diagnostics.filter((d) => d.code === 'unplaced-table-text');
    expect(unplaced.map((d) => d.line)).toEqual([11, 12]);
    expect(unplaced[0]!.value).toMatch(/^Id \| Compromiso/);
    const parse = runCli(['parse', trial('anexo-id.xlsx'), '--no-save']);
    expect(parse.status).toBe(2);
    expect(parse.stdout).toBe('');
  });
});

describe('a header of two rows', () => {
  it('combines a merged group cell with the row below into one header: no phantom ASM', async () => {
    const document = await parseFile('encabezado-dos-filas.xlsx');
    expect(numbers(document)).toEqual([1, 2, 3]);
    expect(codes(document)).not.toContain('orphan-row');
    const aspects = document.periods[0]!.aspects;
    expect(aspects.map((a) => a.activities[0]!.progress)).toEqual([50, 20, 10]);
    expect(aspects.map((a) => a.average)).toEqual([50, 20, 10]);
    const validate = runCli(['validate', trial('encabezado-dos-filas.xlsx')]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toContain('No problems found');
  });
});

describe('hidden sheets', () => {
  it('are not read, with a warning naming each (hidden and very hidden)', async () => {
    const document = await parseFile('hojas-ocultas.xlsx');
    expect(numbers(document)).toEqual([1]);
    expect(document.periods[0]!.aspects[0]!.average).toBe(50);
    const skipped = document.diagnostics.filter((d) => d.code === 'hidden-sheet-skipped');
    expect(skipped.map((d) => [d.sheet, d.severity])).toEqual([
      ['Respaldo marzo', 'warning'],
      ['Calculos', 'warning'],
    ]);
    expect(skipped[0]!.message).toBe('Sheet "Respaldo marzo" is hidden in the workbook and was not read');
    const es = await parseFile('hojas-ocultas.xlsx', 'es');
    expect(es.diagnostics.find((d) => d.code === 'hidden-sheet-skipped')!.message).toBe('La hoja "Respaldo marzo" está oculta en el libro y no se leyó');
    const validate = runCli(['validate', trial('hojas-ocultas.xlsx')]);
    expect(validate.status).toBe(0);
    expect(validate.stdout).toMatch(/hidden-sheet-skipped +Sheet "Respaldo marzo"/);
    expect(validate.stdout).not.toContain('duplicate-aspect-number');
  });
});

describe('hostile cell text and fractions typed as text', () => {
  it('decodes _xHHHH_ escapes, drops control and bidi characters with a warning on the ASM', async () => {
    const document = await parseFile('texto-hostil-y-fraccion.xlsx');
    const aspect = document.periods[0]!.aspects[0]!;
    // The whole escape sequence goes (ESC [31m), not only its ESC: no `[31m` remnant in the text.
    expect(aspect.text).toBe('Mejorar la cobertura del seguro.');
    const control = document.diagnostics.filter((d) => d.code === 'control-character');
    expect(control).toHaveLength(1);
    expect(control[0]).toMatchObject({ sheet: 'Hoja1', line: 6, aspect: 1, severity: 'warning' });
    const result = runCli(['parse', trial('texto-hostil-y-fraccion.xlsx'), '--no-save', '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(/\u001b|\u202e|_x001B_/i);
  });

  it('keeps a progress typed as the text "0.35" and warns that it is ambiguous', async () => {
    const document = await parseFile('texto-hostil-y-fraccion.xlsx');
    const aspect = document.periods[0]!.aspects[1]!;
    expect(aspect.activities[0]!.progress).toBe(0.35);
    const ambiguous = document.diagnostics.filter((d) => d.code === 'progress-ambiguous-fraction');
    expect(ambiguous.map((d) => [d.field, d.line, d.aspect, d.severity])).toEqual([
      ['progress', 7, 2, 'warning'],
      ['average', 7, 2, 'warning'],
    ]);
    expect(ambiguous[0]!.message).toContain('0.35 = 35%');
    const validate = runCli(['validate', trial('texto-hostil-y-fraccion.xlsx'), '--lang', 'es']);
    expect(validate.stdout).toMatch(/progress-ambiguous-fraction/);
    expect(validate.stdout.replace(/\s+/g, ' ')).toContain('puede ser una fracción (0.35 = 35%)');
  });
});

describe('an HTML table saved with an .xls name', () => {
  it('is read as the report, with a warning that says what the file is', async () => {
    const document = await parseFile('html-guardado-como.xls');
    expect(numbers(document)).toEqual([1, 2]);
    expect(document.program.code).toBe('U005');
    expect(document.diagnostics.map((d) => d.code)).toEqual(['html-table-read']);
    const validate = runCli(['validate', trial('html-guardado-como.xls')]);
    expect(validate.status).toBe(0);
    expect(validate.stdout.replace(/\s+/g, ' ')).toContain('This file is an HTML page');
  });
});

describe('workbook positions in GitHub annotations', () => {
  it('are the sheet and row in the message, never line=, for validate, vigentes and diff', () => {
    const validate = runCli(['validate', trial('hoja2-desalineada.xlsx'), '--format', 'github']);
    expect(validate.stdout).toContain('(Hoja2!1)');
    expect(validate.stdout).not.toContain('line=');
    const vigentes = runCli(['vigentes', trial('continua-en-hoja2.xlsx'), '--format', 'github', '--as-of', '2016-10-01']);
    expect(vigentes.status).toBe(1); // pending ASMs
    expect(vigentes.stdout).toContain('Integrar el padrón de prestadores. (Hoja2!2)');
    expect(vigentes.stdout).not.toContain('line=');
    const diff = runCli(['diff', trial('continua-en-hoja2.xlsx'), trial('porcentaje-literal.xlsx'), '--format', 'github']);
    expect(diff.stdout).toContain('(Hoja1!6)');
    expect(diff.stdout).not.toContain('line=');
  });
});

describe('a continuation row of text only', () => {
  it('is not taken for the header of an unknown table', async () => {
    const { gridToLines } = await import('../src/sources/xlsx.js');
    const row = (...texts: string[]) => texts.map((text) => ({ text }));
    const { documents } = gridToLines(
      [
        {
          name: 'Hoja1',
          rows: [
            row('Periodo 2015-2016'),
            row('No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', '% de Avance', 'Evidencia'),
            row('1', 'Mejorar la cobertura.', 'Elaborar padrón.', 'Dirección General', '30/06/2016', '50', 'Oficio'),
            row('', '', 'Revisar la actividad', 'Unidad Responsable', 'Fecha por definir', 'Sin avance', 'Evidencia pendiente'),
          ],
        },
      ],
      'en',
    );
    expect(documents[0]!.some((line) => line.unplaced)).toBe(false);
  });
});
