// Properties of the parser (issue 6), bounded so that the file runs in seconds:
// - it never throws on any string or byte buffer, except AsmInputError;
// - nothing is lost: every non-empty cell of a table row ends up in some field of
//   some record (or in extra, or in a diagnostic), with rows split across page
//   breaks (repeated header, continuation row with an empty No.) and shifted cells;
// - rendering to CSV and reading it back gives the same records, and no CSV cell
//   can start a formula.
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseDocuments, parseText } from '../src/parse.js';
import { isAsmInputError } from '../src/core/errors.js';
import { parseDate, parseMonth, parseProgress } from '../src/core/values.js';
import { renderDocumentsCsv } from '../src/render/documents/csv.js';
import type { AsmDocument } from '../src/core/schema.js';

const RUNS = { numRuns: 150, interruptAfterTimeLimit: 4000 } as const;

// ---------------------------------------------------------------- never throws

const HEADER_13 = [
  'No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', 'Resultados Esperados',
  'Productos y/o Evidencias', '% de Avance', 'Nombre del Documento Probatorio', 'Ubicación del Documento Probatorio',
  'Observaciones', 'Mes y Año', 'Promedio',
];

/** Pieces that reach deep into the parser: headers, period headings, typed cells, control characters. */
const piece = fc.oneof(
  fc.constantFrom('\t', '\n', '\r\n', '\r', ' ', '', '\u0000', '\u0007', '\u00ad', '\ufeff', '\u2028', '"', "'", '%', '/', '#'),
  fc.constantFrom(HEADER_13.join('\t'), 'Periodo 2015-2016', '## Periodo 2014 - 2015', 'E-006 Recaudación', 'Programa: S-072 X'),
  fc.constantFrom('31/12/2016', '30/06/201', '5', '100', '35.00%', 'Septiembre-2015', 'Septiembre-', '2016', 'No se identificaron aspectos susceptibles de mejora vigentes'),
  fc.constantFrom(...HEADER_13),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
);
const messyText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

async function parsesOrTypedError(input: string | Uint8Array, options: Parameters<typeof parseDocuments>[1]): Promise<void> {
  try {
    const documents = await parseDocuments(input, options);
    expect(documents.length).toBeGreaterThan(0);
    for (const document of documents) expect(document.schemaVersion).toBe(1);
  } catch (error) {
    if (!isAsmInputError(error)) throw error;
  }
}

describe('the parser never throws, except AsmInputError', () => {
  it('any string, guessed format or text/csv/json', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), messyText), fc.constantFrom(undefined, 'text', 'csv', 'json'), async (text, format) => {
        await parsesOrTypedError(text, { file: 'x.txt', ...(format ? { format } : {}) });
      }),
      RUNS,
    );
  });

  it('any byte buffer (Windows-1252, NUL, control bytes, truncated UTF-8)', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 400 }),
      messyText.chain((text) =>
        fc.tuple(fc.constant(new TextEncoder().encode(text)), fc.nat()).map(([encoded, cut]) => encoded.subarray(0, encoded.length ? cut % (encoded.length + 1) : 0)),
      ),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.constantFrom('x.txt', 'x.csv', 'x.json'), async (buffer, file) => {
        await parsesOrTypedError(buffer, { file });
      }),
      RUNS,
    );
  });

  it('parseText (synchronous) on any string', () => {
    fc.assert(
      fc.property(messyText, (text) => {
        try {
          parseText(text);
        } catch (error) {
          if (!isAsmInputError(error)) throw error;
        }
      }),
      RUNS,
    );
  });

  it('bytes that claim to be a PDF', async () => {
    const pdfish = fc.uint8Array({ maxLength: 300 }).map((tail) => new Uint8Array([...new TextEncoder().encode('%PDF-1.7\n'), ...tail]));
    await fc.assert(
      fc.asyncProperty(pdfish, async (buffer) => {
        await parsesOrTypedError(buffer, { file: 'x.pdf' });
      }),
      { numRuns: 12, interruptAfterTimeLimit: 4000 },
    );
  }, 30_000);
});

// ---------------------------------------------------------------- generated documents

const WORDS = [
  'Revisar', 'diagnóstico', 'programa', 'Coordinación', 'Planeación', 'reglas', 'operación', 'padrón', 'beneficiarios',
  'Dirección', 'General', 'Evaluación', 'nota', 'metodológica', 'MIR_E006_2015', 'https://www.gob.mx/sep', 'ñandú',
  'informe', 'trimestral', 'Unidad', 'Jurídica', 'publicación', 'DOF', 'proceso', 'concluida', 'sí', 'acción',
  '=SUMA(A1)', '+Revisar', '-Área', '@doc', '＝x', '＋y', "'=ya", 'N/A', '(en', 'curso)', '"citado"', 'a,b', 'línea;2',
];
const word = fc.constantFrom(...WORDS);
const words = fc.array(word, { minLength: 1, maxLength: 4 }).map((list) => list.join(' '));
const pad = (n: number): string => String(n).padStart(2, '0');
const date = fc
  .record({ day: fc.integer({ min: 1, max: 28 }), month: fc.integer({ min: 1, max: 12 }), year: fc.integer({ min: 2014, max: 2019 }), style: fc.nat(2) })
  .map(({ day, month, year, style }) => (style === 0 ? `${pad(day)}/${pad(month)}/${year}` : style === 1 ? `${day}/${month}/${year}` : `${pad(day)}-${pad(month)}-${year}`));
const progress = fc.tuple(fc.integer({ min: 0, max: 100 }), fc.boolean()).map(([n, percent]) => (percent ? `${n}.00%` : String(n)));
const month = fc.constantFrom('Septiembre-2015', 'Marzo-2016', 'Septiembre-2016');
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | ''> => fc.option(arb, { nil: '', freq: 4 });

interface GenActivity {
  description: string;
  responsibleArea: string;
  dueDate: string;
  expectedResults: string;
  evidence: string;
  progress: string;
  proofName: string;
  proofLocation: string;
  observations: string;
}
interface GenAspect {
  text: string;
  reportMonth: string;
  average: string;
  activities: GenActivity[];
}

const activity: fc.Arbitrary<GenActivity> = fc.record({
  description: words,
  responsibleArea: maybe(words),
  dueDate: maybe(date),
  expectedResults: maybe(words),
  evidence: maybe(words),
  progress: maybe(progress),
  proofName: maybe(words),
  proofLocation: maybe(words),
  observations: maybe(words),
});
const aspect: fc.Arbitrary<GenAspect> = fc.record({
  text: words,
  reportMonth: maybe(month),
  average: maybe(progress),
  activities: fc.array(activity, { minLength: 1, maxLength: 3 }),
});

const LAYOUTS = {
  full: HEADER_13,
  // A "Documento de Trabajo": no progress, month or average.
  seven: HEADER_13.slice(0, 7),
  // Another order and wording, with an unknown column.
  other: ['Núm.', 'Aspectos Susceptibles de Mejora', 'Acciones de mejora', 'Unidad Responsable', 'Fecha compromiso', 'Columna Extra', 'Observaciones', '% de Avance de la Actividad', 'Promedio'],
};
type Layout = keyof typeof LAYOUTS;
const KEYS: Record<Layout, Array<keyof GenActivity | 'number' | 'text' | 'reportMonth' | 'average' | 'extra'>> = {
  full: ['number', 'text', 'description', 'responsibleArea', 'dueDate', 'expectedResults', 'evidence', 'progress', 'proofName', 'proofLocation', 'observations', 'reportMonth', 'average'],
  seven: ['number', 'text', 'description', 'responsibleArea', 'dueDate', 'expectedResults', 'evidence'],
  other: ['number', 'text', 'description', 'responsibleArea', 'dueDate', 'extra', 'observations', 'progress', 'average'],
};

interface Damage {
  /** Per row: split it across a page break (and where each cell is cut), and shift the continuation row. */
  split: boolean;
  cuts: number[];
  shift: -1 | 0 | 1;
}
const damage: fc.Arbitrary<Damage> = fc.record({
  split: fc.boolean(),
  cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 13, maxLength: 13 }),
  shift: fc.constantFrom(-1 as const, 0 as const, 0 as const, 1 as const),
});

interface GenDocument {
  layout: Layout;
  periods: Array<{ aspects: GenAspect[] }>;
  damages: Damage[];
  extraCell: string;
}
const genDocument: fc.Arbitrary<GenDocument> = fc.record({
  layout: fc.constantFrom<Layout>('full', 'seven', 'other'),
  periods: fc.array(fc.record({ aspects: fc.array(aspect, { maxLength: 3 }) }), { minLength: 1, maxLength: 2 }),
  damages: fc.array(damage, { minLength: 12, maxLength: 12 }),
  extraCell: maybe(words),
});

/** Text of a generated document, and every non-empty cell of its table rows, as printed. */
function render(doc: GenDocument): { text: string; cells: string[] } {
  const header = LAYOUTS[doc.layout];
  const keys = KEYS[doc.layout];
  const lines = [
    '# Seguimiento a Aspectos Susceptibles de Mejora clasificados como Específicos',
    'Secretaría de Pruebas',
    'Avance al Documento de Trabajo',
    'E-001 Programa de prueba',
    '',
  ];
  const cells: string[] = [];
  let rowIndex = 0;
  let number = 0;
  doc.periods.forEach((period, p) => {
    lines.push(`Periodo ${2016 - p}-${2017 - p}`, '');
    if (period.aspects.length === 0) {
      lines.push('No se identificaron aspectos susceptibles de mejora vigentes.', '');
      return;
    }
    lines.push(header.join('\t'));
    for (const asm of period.aspects) {
      number++;
      asm.activities.forEach((act, a) => {
        const row = keys.map((key) => {
          if (key === 'number') return a === 0 ? String(number) : '';
          if (key === 'text') return a === 0 ? asm.text : '';
          if (key === 'reportMonth' || key === 'average') return a === asm.activities.length - 1 ? asm[key] : '';
          if (key === 'extra') return doc.extraCell;
          return act[key];
        });
        const dmg = doc.damages[rowIndex++ % doc.damages.length]!;
        if (!dmg.split) {
          lines.push(row.join('\t'));
          cells.push(...row.filter(Boolean));
          return;
        }
        // Cut each cell (not No.) at a random point: the head stays, the tail goes to a continuation row
        // after a page break with the header repeated.
        const head = row.map((cell, i) => (i === 0 ? cell : cell.slice(0, Math.round(cell.length * dmg.cuts[i]!))).trim());
        const tail = row.map((cell, i) => (i === 0 ? '' : cell.slice(head[i]!.length).trim()));
        let continuation = tail;
        if (dmg.shift === 1) continuation = ['', '', ...tail.slice(1)]; // an empty cell too many after No.
        if (dmg.shift === -1 && tail[1] === '') continuation = ['', ...tail.slice(2)]; // an empty cell lost
        lines.push(head.join('\t'), '', 'Página 2 de 3', '', header.join('\t'), continuation.join('\t'));
        cells.push(...head.filter(Boolean), ...continuation.filter(Boolean));
      });
    }
    lines.push('');
  });
  return { text: lines.join('\n'), cells };
}

/** Everything a document keeps of its table cells: every field, typed text, extra and diagnostic values. */
function keptTexts(document: AsmDocument): string[] {
  const out: string[] = [];
  const add = (value: unknown): void => {
    if (typeof value === 'string' && value !== '') out.push(value);
  };
  for (const period of document.periods) {
    add(period.statement);
    for (const a of period.aspects) {
      [a.numberText, a.text, a.averageText, a.reportMonthText].forEach(add);
      for (const act of a.activities) {
        Object.entries(act).forEach(([key, value]) => key !== 'source' && key !== 'extra' && add(value));
        Object.values(act.extra ?? {}).forEach(add);
      }
    }
  }
  document.diagnostics.forEach((d) => add(d.value));
  return out;
}

/** Typed values a document holds (a typed cell repeating one may be dropped as a duplicate). */
function typedValues(document: AsmDocument): Set<string> {
  const values = new Set<string>();
  for (const a of document.periods.flatMap((p) => p.aspects)) {
    [a.average, a.reportMonth].forEach((v) => v !== null && values.add(String(v)));
    for (const act of a.activities) [act.dueDate, act.progress].forEach((v) => v !== null && values.add(String(v)));
  }
  return values;
}

describe('nothing is lost', () => {
  it('every non-empty cell of a table row ends up in a field, in extra, or in a diagnostic', () => {
    fc.assert(
      fc.property(genDocument, (doc) => {
        const { text, cells } = render(doc);
        if (cells.length === 0) return;
        const document = parseText(text, { file: 'generated.txt' });
        const kept = keptTexts(document);
        const haystack = kept.join('\u0000');
        const typed = typedValues(document);
        for (const cell of cells) {
          if (haystack.includes(cell)) continue;
          const value = parseDate(cell) ?? parseMonth(cell) ?? parseProgress(cell);
          expect(value !== null && typed.has(String(value)), `cell "${cell}" lost\n${text}\n${JSON.stringify(kept)}`).toBe(true);
        }
      }),
      RUNS,
    );
  });
});

// ---------------------------------------------------------------- CSV round trip

/** The records as typed values: no provenance, and numbers' *Text (which the CSV writes as numbers) left out. */
function records(document: AsmDocument): unknown {
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
      aspects: period.aspects.map(({ source: _s, averageText: _a, numberText: _n, activities, ...rest }) => ({
        ...rest,
        activities: activities.map(({ source: _source, progressText: _p, extra: _e, ...act }) => act),
      })),
    })),
  };
}

const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

describe('CSV round trip', () => {
  it('renderDocumentsCsv then reading the CSV back gives the same records, and no cell starts a formula', async () => {
    await fc.assert(
      fc.asyncProperty(genDocument, async (doc) => {
        const { text } = render(doc);
        let document: AsmDocument;
        try {
          document = parseText(text, { file: 'generated.txt' });
        } catch (error) {
          if (isAsmInputError(error)) return; // nothing to round-trip
          throw error;
        }
        const csv = renderDocumentsCsv([document]);
        const back = await parseDocument(csv, { file: 'generated.csv', format: 'csv' });
        expect(records(back), `${text}\n---\n${csv}`).toEqual(records(document));
        const rows = Papa.parse<string[]>(csv.replace(/\r\n$/, ''), { newline: '\r\n' }).data;
        for (const cell of rows.flat()) {
          if (/^-?\d+(\.\d+)?$/.test(cell)) continue; // a number, written as a number
          expect(FORMULA_START.test(cell), `cell ${JSON.stringify(cell)} starts a formula`).toBe(false);
        }
      }),
      { ...RUNS, ...(process.env.FC_SEED ? { seed: Number(process.env.FC_SEED), path: process.env.FC_PATH ?? '' } : {}) },
    );
  });

  it('cells that start a formula in the source are escaped with an apostrophe and read back unescaped', async () => {
    const cells = fc.tuple(fc.constantFrom('=', '+', '-', '@', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', "'=", "''+"), words).map(([lead, rest]) => `${lead}${rest}`);
    await fc.assert(
      fc.asyncProperty(cells, cells, async (text, description) => {
        const source = ['Periodo 2015-2016', HEADER_13.slice(0, 4).join('\t'), `1\t${text}\t${description}\tÁrea`].join('\n');
        const document = parseText(source);
        const csv = renderDocumentsCsv([document]);
        const rows = Papa.parse<string[]>(csv.replace(/\r\n$/, ''), { newline: '\r\n' }).data;
        expect(rows[1]).toContain(`'${text}`);
        const back = await parseDocument(csv, { format: 'csv' });
        expect(back.periods[0]!.aspects[0]!.text).toBe(text);
        expect(back.periods[0]!.aspects[0]!.activities[0]!.description).toBe(description);
      }),
      RUNS,
    );
  });
});
