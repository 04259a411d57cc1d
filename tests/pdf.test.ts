// The PDF reader (src/sources/pdf.ts) against the fixtures in fixtures/pdf/,
// made by scripts/make-pdf-fixtures.sh from the seed's text.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AsmInputError } from '../src/core/errors.js';
import { mapHeader, type HeaderMapping } from '../src/core/headers.js';
import type { SourceLine } from '../src/core/lines.js';
import { parseDocument } from '../src/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { expectSameRecords } from './helpers/compare.js';
import { cutsToken } from '../src/sources/layout/geometry.js';
import { readPdf } from '../src/sources/pdf.js';

const root = join(import.meta.dirname, '..');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(root, 'fixtures', name)));
const SEED_TEXT = 'seed-e006-2015-09.txt';

const cache = new Map<string, Promise<SourceLine[]>>();
function read(name: string): Promise<SourceLine[]> {
  let lines = cache.get(name);
  if (!lines) cache.set(name, (lines = readPdf(fixture(`pdf/${name}`), `fixtures/pdf/${name}`)));
  return lines;
}

interface Table {
  mapping: HeaderMapping;
  headers: SourceLine[];
  rows: SourceLine[];
  plain: SourceLine[];
}

function table(lines: SourceLine[]): Table {
  let mapping: HeaderMapping | null = null;
  const headers: SourceLine[] = [];
  const rows: SourceLine[] = [];
  const plain: SourceLine[] = [];
  for (const line of lines) {
    if (line.cells.length === 1) plain.push(line);
    else if (mapHeader(line.cells)) {
      mapping ??= mapHeader(line.cells);
      headers.push(line);
    } else rows.push(line);
  }
  if (!mapping) throw new Error('no header');
  return { mapping, headers, rows, plain };
}

const cell = (t: Table, row: SourceLine, key: string): string => row.cells[t.mapping.keys.indexOf(key as never)] ?? '';

describe.each(['seed-ruled.pdf', 'seed-borderless.pdf'])('readPdf %s', (name) => {
  it('sets a page on every line, in page order, pages 1..4', async () => {
    const lines = await read(name);
    const pages = lines.map((line) => line.page);
    expect(pages.every((page) => typeof page === 'number')).toBe(true);
    expect([...pages].sort((a, b) => a! - b!)).toEqual(pages);
    expect(new Set(pages)).toEqual(new Set([1, 2, 3, 4]));
  });

  it('gives the header once (its repeats over the running table add nothing), with the 13 columns', async () => {
    const t = table(await read(name));
    expect(t.headers.map((line) => line.page)).toEqual([1]);
    for (const header of t.headers) expect(header.cells).toHaveLength(13);
    expect(t.mapping.keys).toEqual([
      'number', 'text', 'description', 'responsibleArea', 'dueDate', 'expectedResults', 'evidence',
      'progress', 'proofName', 'proofLocation', 'observations', 'reportMonth', 'average',
    ]);
    expect(t.headers[0]?.cells[9]).toBe('Ubicación del Documento Aprobatorio');
    for (const row of t.rows) expect(row.cells).toHaveLength(13);
  });

  it('finds ASM 1..8 in the No. column', async () => {
    const t = table(await read(name));
    const numbers = t.rows.map((row) => cell(t, row, 'number')).filter((n) => n !== '');
    expect(numbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('joins tokens cut by a line break without a space', async () => {
    const t = table(await read(name));
    const numbered = t.rows.filter((row) => cell(t, row, 'number') !== '');
    const dates = numbered.map((row) => cell(t, row, 'dueDate')).filter((d) => d !== '');
    expect(dates).toEqual(['30/06/2015', '30/06/2015', '30/06/2015', '30/06/2015', '30/10/2015', '30/06/2015', '30/06/2015']);
    expect(numbered.slice(0, 4).map((row) => cell(t, row, 'proofName'))).toEqual(Array(4).fill('MIR_E006_2015'));
    expect(numbered.map((row) => cell(t, row, 'reportMonth'))).toEqual(Array(8).fill('Septiembre-2015'));
    const all = t.rows.map((row) => row.cells.join(' | ')).join('\n');
    expect(all).toContain('31/12/2015');
    expect(all).toContain('https://www.sistemas.hacienda.gob.mx/PASH/jsps/acceso.j');
    expect(all).toContain('9000/USE/UFC/004 7 del 19/12/2014.');
    // Ordinary words stay apart.
    expect(all).toContain('del ejercicio fiscal 2015.');
    expect(all).not.toMatch(/\d{4}[a-záéíóú]/);
  });

  it('keeps the text around the table as single-cell lines', async () => {
    const t = table(await read(name));
    const text = t.plain.map((line) => line.cells[0]);
    expect(text.slice(0, 5)).toEqual([
      'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS',
      'Instituto Mexicano del Seguro Social',
      'Avance al Documento de Trabajo:',
      'E-006 Recaudación eficiente de ingresos obrero patronales',
      'Periodo 2014-2015',
    ]);
    expect(text.filter((line) => /^Periodo \d{4}-\d{4}$/.test(line ?? ''))).toEqual([
      'Periodo 2014-2015', 'Periodo 2013-2014', 'Periodo 2012-2013', 'Periodo 2011-2012', 'Periodo 2010-2011',
    ]);
    expect(text.filter((line) => line?.startsWith('No se identificaron aspectos'))).toHaveLength(4);
    expect(t.plain.find((line) => line.cells[0] === 'Periodo 2013-2014')?.page).toBe(4);
  });
});

describe('readPdf rows split by a page break', () => {
  it('joins the rest of a row cut by the page break into that row, with both pages (ruled)', async () => {
    const t = table(await read('seed-ruled.pdf'));
    const five = t.rows.find((row) => cell(t, row, 'number') === '5')!;
    expect(five.page).toBe(2);
    // The description ends on page 2 with "Actualización" and goes on on page 3 with "de Documentos Internos".
    expect(cell(t, five, 'description')).toMatch(/Actualización de Documentos Internos \(PAADI\) definir/);
    expect(t.rows.some((row) => cell(t, row, 'description').startsWith('de Documentos Internos'))).toBe(false);
    // ASM 5's second and third rows (no number of their own) follow on page 3.
    const after = t.rows.slice(t.rows.indexOf(five) + 1, t.rows.indexOf(five) + 3);
    expect(after.map((row) => [row.page, cell(t, row, 'number')])).toEqual([[3, ''], [3, '']]);
    expect(cell(t, after[0]!, 'dueDate')).toBe('31/12/2015');
    expect(cell(t, after[0]!, 'progress')).toBe('35');
    expect(cell(t, after[0]!, 'average')).toBe('35.00%');
  });

  it('joins a token the page break cut, and the rest of the row, into the row it started in (borderless)', async () => {
    const t = table(await read('seed-borderless.pdf'));
    const eight = t.rows.find((row) => cell(t, row, 'number') === '8')!;
    expect(eight.page).toBe(3);
    expect(cell(t, eight, 'dueDate')).toBe('30/06/2015');
    expect(cell(t, eight, 'reportMonth')).toBe('Septiembre-2015');
    expect(cell(t, eight, 'text')).toMatch(/Difundir a través de la página de internet del Instituto/);
    expect(t.rows.filter((row) => row.page === 4)).toHaveLength(0);
  });
});

describe('readPdf multi-activity.pdf (rowspan)', () => {
  const textRows = readFileSync(join(root, 'fixtures/pdf/multi-activity.txt'), 'utf8')
    .split('\n')
    .map((line) => line.split('\t').map((c) => c.trim()))
    .filter((cells) => cells.length > 1);

  it('gives the header and one row per activity, cell for cell as the text form', async () => {
    const lines = await read('multi-activity.pdf');
    const rows = lines.filter((line) => line.cells.length > 1);
    expect(rows.map((row) => row.cells)).toEqual(textRows);
    expect(rows.every((row) => row.page === 1)).toBe(true);
  });

  it('keeps merged No., text and Promedio cells in the first activity row', async () => {
    const t = table(await read('multi-activity.pdf'));
    expect(t.rows.map((row) => cell(t, row, 'number'))).toEqual(['1', '', '', '2', '3']);
    expect(t.rows.map((row) => cell(t, row, 'average'))).toEqual(['50.00%', '', '', '100.00%', '25.00%']);
    expect(t.rows.map((row) => cell(t, row, 'dueDate'))).toEqual(['31/01/2017', '30/04/2017', '30/06/2017', '31/12/2016', '15/11/2017']);
    expect(t.rows.map((row) => cell(t, row, 'progress'))).toEqual(['100', '50', '0', '100', '25']);
  });
});

describe('readPdf two-periods.pdf (two tables on one page, no lines)', () => {
  it('reads each table under its own header, cell for cell as the text form', async () => {
    const lines = await read('two-periods.pdf');
    const textLines = readFileSync(join(root, 'fixtures/pdf/two-periods.txt'), 'utf8')
      .split('\n')
      .map((line) => line.replace(/^#+\s*/, '').trim())
      .filter((line) => line !== '')
      .map((line) => line.split('\t').map((c) => c.trim()));
    expect(lines.map((line) => line.cells)).toEqual(textLines);
  });
});

describe('readPdf errors', () => {
  const cases: Array<[string, string]> = [
    ['truncated.pdf', 'pdf-damaged'],
    ['encrypted.pdf', 'pdf-encrypted'],
    ['scanned.pdf', 'pdf-no-text'],
  ];
  it.each(cases)('%s → %s', async (name, code) => {
    const error = await readPdf(fixture(`pdf/${name}`), name).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AsmInputError);
    expect(error).toMatchObject({ code, file: name });
  });

  it('calls bytes that are no PDF at all damaged', async () => {
    for (const bytes of [new Uint8Array(0), new TextEncoder().encode('%PDF-1.7\nnothing here\n')]) {
      await expect(readPdf(bytes, 'x.pdf')).rejects.toMatchObject({ code: 'pdf-damaged', file: 'x.pdf' });
    }
  });

  it('parseDocument passes the reader errors through', async () => {
    await expect(parseDocument(fixture('pdf/encrypted.pdf'), { file: 'e.pdf' })).rejects.toMatchObject({ code: 'pdf-encrypted' });
  });
});

describe('readPdf hygiene', () => {
  const spies: Array<ReturnType<typeof vi.spyOn>> = [];
  beforeEach(() => {
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) spies.push(vi.spyOn(console, method));
  });
  afterEach(() => {
    for (const spy of spies.splice(0)) spy.mockRestore();
  });

  it('prints nothing, for good and broken PDFs alike', async () => {
    for (const name of ['multi-activity.pdf', 'truncated.pdf', 'encrypted.pdf', 'scanned.pdf']) {
      await readPdf(fixture(`pdf/${name}`), name).catch(() => undefined);
    }
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('does not change the bytes it is given', async () => {
    const bytes = fixture('pdf/multi-activity.pdf');
    const copy = bytes.slice();
    await readPdf(bytes, 'm.pdf');
    expect(bytes.byteLength).toBe(copy.byteLength);
    expect(Buffer.from(bytes).equals(Buffer.from(copy))).toBe(true);
  });

  it('is loaded only dynamically, and only parse.ts loads it', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir)) {
        const path = join(dir, entry);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk(join(root, 'src'));
    for (const path of files) {
      const source = readFileSync(path, 'utf8');
      if (/sources[/\\]pdf(-[a-z]+)?\.ts$/.test(path)) continue;
      expect(source, path).not.toMatch(/from\s+['"](pdf-parse|pdfjs-dist)/);
      expect(source, path).not.toMatch(/from\s+['"][./]*\/?sources\/pdf(\.js)?['"]/);
      expect(source, path).not.toMatch(/from\s+['"]\.\/pdf(\.js)?['"]/);
    }
  });

  it('keeps the fixtures small', () => {
    for (const name of readdirSync(join(root, 'fixtures/pdf')).filter((n) => n.endsWith('.pdf'))) {
      expect(statSync(join(root, 'fixtures/pdf', name)).size, name).toBeLessThan(300_000);
    }
  });
});

describe('cutsToken', () => {
  it.each([
    ['30/06/201', '5', true, true],
    ['MIR_E006_20', '15', true, true],
    ['MIR_E006_', '2015', false, true],
    ['Septiembre-', '2015', false, true],
    ['Septiembre', '-2015', true, true],
    ['https://www.sistemas.hacienda.gob.', 'mx/PASH', true, true],
    ['del ejercicio fiscal 2015', 'del programa', true, false],
    ['Resultados 2015', '100', true, false],
    ['Coordinación de', 'Planeación', true, false],
    ['Oficio No. 09 52', '17 9000', true, false],
    ['(www.imss.gob.mx)', 'para', true, false],
    ['2015.', 'Propósito', true, false],
    ['=HYPERLINK("', 'http://x","y")', true, true],
    ['"Programa"', 'de', true, false],
    ['(', 'véase', false, false],
  ])('%j + %j (full: %j) → %j', (prev, next, full, expected) => {
    expect(cutsToken(prev, next, full)).toBe(expected);
  });
});

// --- Through parseDocument: the PDFs must give the records the text gives. ---

describe('parseDocument on the PDFs equals parseDocument on the text', () => {
  const textOf = (name: string): Promise<AsmDocument> => parseDocument(fixture(name), { file: `fixtures/${name}` });
  const pdfOf = (name: string): Promise<AsmDocument> => parseDocument(fixture(`pdf/${name}`), { file: `fixtures/pdf/${name}` });

  it.each(['seed-ruled.pdf', 'seed-borderless.pdf'])('%s: every record, field by field', async (name) => {
    const [text, pdf] = await Promise.all([textOf(SEED_TEXT), pdfOf(name)]);
    expect(pdf.source.format).toBe('pdf');
    expectSameRecords(pdf, text);
    const aspects = pdf.periods.find((p) => p.period === '2014-2015')!.aspects;
    expect(aspects.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(aspects.every((a) => a.source.pages && a.source.pages.length > 0)).toBe(true);
  });

  it('multi-activity.pdf: the same records as multi-activity.txt', async () => {
    const [text, pdf] = await Promise.all([textOf('pdf/multi-activity.txt'), pdfOf('multi-activity.pdf')]);
    expect(text.periods[0]!.aspects.map((a) => a.activities.length)).toEqual([3, 1, 1]);
    expectSameRecords(pdf, text);
    expect(pdf.program).toEqual({ code: 'S072', name: 'PROSPERA Programa de Inclusión Social' });
  });

  it('two-periods.pdf: the same records as two-periods.txt, in both periods', async () => {
    const [text, pdf] = await Promise.all([textOf('pdf/two-periods.txt'), pdfOf('two-periods.pdf')]);
    expect(text.periods.map((p) => p.aspects.length)).toEqual([2, 3]);
    expectSameRecords(pdf, text);
  });
});
