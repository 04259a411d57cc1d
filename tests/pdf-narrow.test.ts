// PDFs with NARROW columns (fixtures/pdf-narrow, made by reportlab and by
// LibreOffice Calc with scripts/pdf-narrow/make-fixtures.py): words break
// inside header and body cells with no hyphen ("% de Avance de la Act|ividad",
// "c|osto-efectivi|dad", "Coordinaci|ón"). They must give the records of the
// report's text form (fixtures/history/imss-e007-2016-09.txt): the header's
// last line ("ividad", "Aprobatorio") is header, not an unnumbered ASM, and the
// broken words are whole again. A header's leftover that the reader cannot
// place is a diagnostic (header-residue), never an ASM.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseText } from '../src/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { recordDifferences } from './helpers/compare.js';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const TEXT = fixture('history', 'imss-e007-2016-09.txt');
const read = (path: string): Promise<AsmDocument> => parseDocument(new Uint8Array(readFileSync(path)), { file: path });
const aspects = (document: AsmDocument) => document.periods.flatMap((period) => period.aspects);

/** Codes that say a table was misread. */
const MISREAD = ['header-residue', 'orphan-row', 'unplaced-table-text', 'table-not-read', 'ragged-row', 'stray-fragment', 'cell-realigned', 'unknown-column'];

const FIXTURES = [
  {
    pdf: 'imss-e007-2016-09.reportlab.pdf',
    // reportlab filled "Pendiente el le" and put "vantamiento." below: a short word that ends a full line is
    // read as a word ("de" + "contratación." in the same table is the same picture), so this one stays apart.
    known: [{ field: '2014-2015 ASM 6 activity 2 observations', actual: 'Pendiente el le vantamiento.' }],
  },
  { pdf: 'imss-e007-2016-09.calc.pdf', known: [] },
];

describe.each(FIXTURES)('pdf-narrow/$pdf', ({ pdf, known }) => {
  const path = fixture('pdf-narrow', pdf);

  it('gives the records of the text form, field by field, with no unnumbered ASM', async () => {
    const [document, text] = await Promise.all([read(path), read(TEXT)]);
    expect(document.source.format).toBe('pdf');
    expect(aspects(document).map((aspect) => aspect.number)).toEqual(aspects(text).map((aspect) => aspect.number));
    expect(aspects(document).every((aspect) => aspect.number !== null)).toBe(true);
    expect(document.columns.map((column) => column.header)).toEqual(text.columns.map((column) => column.header));
    expect(recordDifferences(document, text).map((d) => ({ field: d.field, actual: d.actual }))).toEqual(known);
    expect(document.diagnostics.filter((d) => MISREAD.includes(d.code))).toEqual([]);
  });

  it('reads the same through the built CLI: parse gives every ASM numbered, diff finds no change', () => {
    const parsed = runCli(['parse', path, '--no-save', '--format', 'json']);
    expect(parsed.status).toBe(0);
    const [document] = JSON.parse(parsed.stdout) as AsmDocument[];
    expect(aspects(document!).map((aspect) => aspect.number)).toEqual([1, 2, 3, 2, 3, 6]);
    expect(aspects(document!)[0]!.activities[0]!.expectedResults).toBe('Estudio de costo-efectividad');
    expect(document!.columns[7]!.header).toBe('% de Avance de la Actividad');
    const diff = runCli(['diff', TEXT, path]);
    expect(diff.stderr).toBe('');
    expect(diff.stdout).toContain('No changes between the two reports.');
    expect(diff.stdout).not.toMatch(/new ASM/);
    expect(diff.status).toBe(0);
  });
});

describe('header residue (fail closed)', () => {
  // The text form with the header's leftover line under its first header, as a reader that missed it would pass it on.
  const source = readFileSync(TEXT, 'utf8');
  const header = source.split('\n').find((line) => line.startsWith('No.\t'))!;
  const residue = header.split('\t').map((_, k) => (k === 7 ? 'ividad' : k === 9 ? 'Aprobatorio' : '')).join('\t');
  const withResidue = source.replace(`${header}\n`, `${header}\n${residue}\n`);

  it('is a header-residue error, not an ASM without number', () => {
    const document = parseText(withResidue, { file: 'residue.txt' });
    const text = parseText(source, { file: 'text.txt' });
    expect(aspects(document).every((aspect) => aspect.number !== null)).toBe(true);
    expect(recordDifferences(document, text)).toEqual([]);
    const found = document.diagnostics.filter((d) => d.code === 'header-residue');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', value: 'ividad | Aprobatorio' });
    expect(document.diagnostics.filter((d) => d.code === 'orphan-row')).toEqual([]);
  });

  it('says so through the built CLI, in Spanish too, and diff sees no unnumbered new ASM', () => {
    const dir = tempDir();
    const file = join(dir, 'residue.txt');
    writeFileSync(file, withResidue);
    const parsed = runCli(['parse', file, '--no-save', '--format', 'json']);
    const [document] = JSON.parse(parsed.stdout) as AsmDocument[];
    expect(aspects(document!).map((aspect) => aspect.number)).toEqual([1, 2, 3, 2, 3, 6]);
    const diagnostic = document!.diagnostics.find((d) => d.code === 'header-residue');
    expect(diagnostic?.message).toContain('"ividad | Aprobatorio"');
    const spanish = runCli(['parse', file, '--no-save', '--format', 'json', '--lang', 'es']);
    const [es] = JSON.parse(spanish.stdout) as AsmDocument[];
    expect(es!.diagnostics.find((d) => d.code === 'header-residue')?.message).toContain('encabezado');
    const diff = runCli(['diff', TEXT, file]);
    expect(diff.stdout).toContain('No changes between the two reports.');
    const validate = runCli(['validate', file]);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toMatch(/INVALID[\s\S]*header-residue/);
  });

  it('counts as table text not placed: a period whose table gave only residue is a table not read, not "no ASM"', () => {
    const dir = tempDir();
    const file = join(dir, 'only-residue.txt');
    // The report's title block, one period heading, the header, and only the header's leftover under it.
    const head = source.slice(0, source.indexOf(`${header}\n`));
    const firstPeriod = head.split('\n').filter((line) => !/^Periodo \d{4}-\d{4}/.test(line) || line === head.split('\n').find((l) => /^Periodo \d{4}-\d{4}/.test(l)));
    writeFileSync(file, `${firstPeriod.join('\n')}${header}\n${residue}\n`);
    const document = parseText(readFileSync(file, 'utf8'), { file });
    expect(aspects(document)).toEqual([]);
    expect(document.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['header-residue', 'table-not-read']));
    const vigentes = runCli(['vigentes', file]);
    expect(vigentes.status).toBe(2);
    expect(vigentes.stdout).toBe('');
  });
});
