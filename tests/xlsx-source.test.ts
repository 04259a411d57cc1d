// Workbooks as a source, through the library: the fixtures were written by
// openpyxl and LibreOffice (scripts/make-xlsx-fixtures.py), not by exceljs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocuments, detectFormat } from '../src/parse.js';
import { documentSchema, type AsmDocument } from '../src/core/schema.js';
import { isAsmInputError } from '../src/core/errors.js';
import { fixture } from './helpers/cli.js';

const XLSX = fixture('xlsx', 'informe-s219-2016-03.xlsx');
const XLS = fixture('xlsx', 'informe-s219-2016-03.xls');
const NO_VALUES = fixture('xlsx', 'sin-valores-de-formula.xlsx');

async function parseFile(path: string, lang: 'en' | 'es' = 'en'): Promise<AsmDocument> {
  const documents = await parseDocuments(readFileSync(path), { file: 'informe.xlsx', lang });
  expect(documents).toHaveLength(1);
  return documents[0]!;
}

/** The records without provenance: what two readings of one report must share. */
function records(document: AsmDocument): unknown {
  return document.periods.map(({ source: _s, aspects, ...period }) => ({
    ...period,
    aspects: aspects.map(({ source: _a, activities, ...aspect }) => ({ ...aspect, activities: activities.map(({ source: _x, ...activity }) => activity) })),
  }));
}

describe('reading a workbook', () => {
  it('is recognised by its content, whatever its name', () => {
    expect(detectFormat(readFileSync(XLSX), 'informe.dat')).toBe('xlsx');
    expect(detectFormat(readFileSync(XLS), '-')).toBe('xlsx');
    expect(detectFormat('No.\tAspecto', 'x.txt')).toBe('text');
  });

  it('reads the title, institution, program and both tables of the sheet, and nothing from the catalogue sheet', async () => {
    const document = await parseFile(XLSX);
    expect(documentSchema.safeParse(JSON.parse(JSON.stringify(document))).success).toBe(true);
    expect(document.source.format).toBe('xlsx');
    expect(document.institution).toBe('Comisión Nacional Forestal');
    expect(document.program).toEqual({ code: 'S219', name: 'Apoyos para el Desarrollo Forestal Sustentable' });
    expect(document.documentType).toBe('Avance al Documento de Trabajo');
    expect(document.reportMonth).toBe('2016-03');
    expect(document.periods.map((period) => period.period)).toEqual(['2014-2015', '2015-2016']);
    expect(document.periods.map((period) => period.aspects.length)).toEqual([2, 1]);
    // A LibreOffice workbook, every formula with its saved value: nothing to report.
    expect(document.diagnostics).toEqual([]);
  });

  it('gives a merged No., ASM text, month and Promedio to every activity row they span', async () => {
    const [first] = (await parseFile(XLSX)).periods[0]!.aspects;
    expect(first!.number).toBe(1);
    expect(first!.text).toBe('Actualizar las Reglas de Operación para precisar la población objetivo del programa.');
    expect(first!.activities.map((activity) => activity.description)).toEqual([
      'Revisar la definición de la población objetivo con la Unidad de Asuntos Jurídicos.',
      'Publicar las Reglas de Operación en el Diario Oficial de la Federación.',
    ]);
    expect(first!.reportMonth).toBe('2016-03');
    // The Promedio formula's saved value, (100 % + 35 %) / 2.
    expect(first!.average).toBe(67.5);
    expect(first!.averageText).toBe('67.5');
    expect(first!.source).toEqual({ lines: [8, 9], fields: { text: [8], average: [8], reportMonth: [8] }, sheet: 'Hoja1' });
  });

  it('types Excel dates and text dates, and percentages stored as 1, 0.35, 35 and "35%"', async () => {
    const [first, second] = (await parseFile(XLSX)).periods[0]!.aspects;
    const typed = [...first!.activities, ...second!.activities].map((a) => [a.dueDate, a.dueDateText, a.progress, a.progressText]);
    expect(typed).toEqual([
      ['2015-12-31', '31/12/2015', 100, '100%'], // Excel date; 1 with a percent format
      ['2016-06-30', '30/06/2016', 35, '35%'], // date as text; 0.35 with a percent format
      ['2016-03-31', '31/03/2016', 35, '35'], // the number 35
    ]);
    expect(second!.average).toBe(35);
    expect(second!.averageText).toBe('35%'); // the text "35%"
  });

  it('keeps a cell that starts with "=" as the text it is', async () => {
    const aspect = (await parseFile(XLSX)).periods[0]!.aspects[1]!;
    expect(aspect.activities[0]!.observations).toBe('=HYPERLINK("http://x","clic")');
  });

  it('reads the second table under its own header wording', async () => {
    const aspect = (await parseFile(XLSX)).periods[1]!.aspects[0]!;
    expect(aspect.activities.map((a) => [a.responsibleArea, a.dueDate, a.progress])).toEqual([
      ['Gerencia de Informática', '2016-09-30', 50],
      ['Gerencia de Informática', '2016-12-31', 25],
    ]);
    expect(aspect.average).toBe(37.5);
    expect(aspect.source.sheet).toBe('Hoja1');
  });

  it('reads the old .xls form of the same report to the same records', async () => {
    const xls = await parseFile(XLS);
    const xlsx = await parseFile(XLSX);
    expect(records(xls)).toEqual(records(xlsx));
    expect(xls.periods[0]!.aspects[0]!.source).toEqual(xlsx.periods[0]!.aspects[0]!.source);
    expect(xls.diagnostics).toEqual([]);
  });

  it('computes the average of a formula without a saved value, and warns with the sheet and row', async () => {
    const document = await parseFile(NO_VALUES);
    const aspect = document.periods[0]!.aspects[0]!;
    expect(aspect.averageText).toBeNull();
    expect(aspect.average).toBe(67.5); // the mean of 100 and 35
    const warnings = document.diagnostics.filter((d) => d.code === 'formula-without-value');
    expect(warnings.map((d) => [d.severity, d.sheet, d.line, d.field, d.value])).toEqual([
      ['warning', 'Hoja1', 8, 'average', '=AVERAGE(H8:H9)*100'],
      ['warning', 'Hoja1', 14, 'average', '=AVERAGE(H14:H15)*100'],
    ]);
    expect(warnings[0]!.message).toContain('average is computed');
    const spanish = await parseFile(NO_VALUES, 'es');
    expect(spanish.diagnostics[0]!.message).toContain('el promedio se calcula');
  });

  it('refuses a damaged workbook with an input error, not a crash', async () => {
    const bytes = readFileSync(XLSX).subarray(0, 2000);
    const error = await parseDocuments(bytes, { file: 'roto.xlsx' }).catch((e: unknown) => e);
    expect(isAsmInputError(error) && error.code).toBe('xlsx-unreadable');
  });
});

describe('writing a workbook and reading it back (library)', () => {
  /** Records without provenance; a due date that typed is written as a date, so its text comes back dd/mm/yyyy, and numbers' texts as the workbook shows them. */
  function typed(document: AsmDocument): unknown {
    return {
      title: document.title,
      institution: document.institution,
      documentType: document.documentType,
      classification: document.classification,
      program: document.program,
      reportMonth: document.reportMonth,
      periods: document.periods.map((period) => ({
        period: period.period,
        statement: period.statement,
        aspects: period.aspects.map(({ source: _s, averageText: _a, activities, ...aspect }) => ({
          ...aspect,
          activities: activities.map(({ source: _x, progressText: _p, dueDateText, ...activity }) => ({
            ...activity,
            dueDateText: activity.dueDate === null ? dueDateText : '(typed)',
          })),
        })),
      })),
    };
  }

  const SOURCES = [
    fixture('seed-e006-2015-09.txt'),
    fixture('seed-e006-2015-09.cp1252-crlf.txt'),
    ...['formula-cells.txt', 'multi-activity.txt', 'page-split.txt', 'seven-columns.txt', 'ten-columns.txt'].map((name) => fixture('layouts', name)),
    ...['conagua-k007-2017-03.txt', 'isssp-e045-2018-03.txt', 'sep-s247-2016-09.csv'].map((name) => fixture('agencies', name)),
    fixture('hardening', 'header-columns.txt'),
    fixture('hardening', 'control-characters.txt'),
    XLSX,
  ];

  it.each(SOURCES)('%s reads back to the same records', async (path) => {
    const { renderDocumentsXlsx } = await import('../src/render/documents/xlsx.js');
    const { plainStyle } = await import('../src/render/style.js');
    const original = (await parseDocuments(readFileSync(path), { file: path }))[0]!;
    const bytes = await renderDocumentsXlsx([original], { lang: 'en', style: plainStyle });
    const back = await parseDocuments(bytes as Uint8Array, { file: 'asm.xlsx' });
    expect(back).toHaveLength(1);
    expect(typed(back[0]!)).toEqual(typed(original));
    // Columns asm does not know come back under their headers, nothing more.
    const extras = (document: AsmDocument) => document.periods.flatMap((p) => p.aspects.flatMap((a) => a.activities.map((x) => x.extra ?? {})));
    expect(extras(back[0]!)).toEqual(extras(original));
  });
});

describe('the strings of the feature', () => {
  it('has every key in both languages', async () => {
    const text = await import('../src/text/xlsx.js');
    for (const catalogue of [text.XLSX_DIAGNOSTICS, text.XLSX_LABELS, text.XLSX_CLI]) {
      expect(Object.keys(catalogue.es)).toEqual(Object.keys(catalogue.en));
    }
  });
});

describe('a hostile workbook', () => {
  it('is refused before unzipping when it declares more than 512 MB of content (a ZIP bomb)', async () => {
    const { zipExpandedSize } = await import('../src/sources/xlsx.js');
    const bytes = new Uint8Array(readFileSync(XLSX));
    const real = zipExpandedSize(bytes)!;
    expect(real).toBeGreaterThan(bytes.length); // the real one expands, a little
    expect(real).toBeLessThan(1024 * 1024);
    // The same workbook with one entry's declared size raised to 600 MB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let end = bytes.length - 22;
    while (view.getUint32(end, true) !== 0x06054b50) end--;
    const central = view.getUint32(end + 16, true);
    view.setUint32(central + 24, 600 * 1024 * 1024, true);
    expect(zipExpandedSize(bytes)).toBeGreaterThan(512 * 1024 * 1024);
    const error = await parseDocuments(bytes, { file: 'bomba.xlsx' }).catch((e: unknown) => e);
    expect(isAsmInputError(error) && [error.code, error.detail]).toEqual(['xlsx-unreadable', 'it expands to more than 512 MB']);
  });
});
