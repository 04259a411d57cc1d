import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseText } from '../src/parse.js';
import { validateDocument } from '../src/core/validate.js';
import { findUrls, isWellFormedHost } from '../src/core/validate-urls.js';
import { truncationOf, wordIndex } from '../src/core/validate-text.js';
import { implausibleArea } from '../src/core/validate.js';
import { isAreaVariant } from '../src/core/areas.js';
import { DIAGNOSTIC_CODES } from '../src/core/diagnostics.js';
import type { AsmDocument, Diagnostic } from '../src/core/schema.js';
import { validateDocuments } from '../src/core/validation.js';
import { renderValidationGithub } from '../src/render/validation/github.js';
import { escapeData, escapeProperty } from '../src/render/github-escape.js';
import { renderValidationTable } from '../src/render/validation/table.js';
import { wrap } from '../src/core/text.js';
import { plainStyle } from '../src/render/style.js';

import { PROBLEMS, PROBLEMS_EXPECTED, SEED, SEED_EXPECTED, type Entry } from './validate-expected.js';

const entries = (diagnostics: readonly Diagnostic[]): Entry[] => diagnostics.map((d) => [d.line, d.aspect, d.field, d.code]);
const SEED_HEADER = readFileSync(SEED, 'utf8').split('\n')[10]!;
const PREAMBLE = readFileSync(SEED, 'utf8').split('\n').slice(0, 8).join('\n');
const load = (path: string, lang: 'en' | 'es' = 'en'): AsmDocument => parseText(readFileSync(path, 'utf8'), { file: path, lang });

describe('validateDocument on the seed', () => {
  const document = load(SEED);
  const diagnostics = validateDocument(document);

  it('raises exactly what a careful reader would', () => {
    expect(entries(diagnostics)).toEqual(SEED_EXPECTED);
  });

  it('finds no errors (only warnings)', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('suggests the repaired URLs and the common area spelling', () => {
    const urls = diagnostics.filter((d) => d.code === 'broken-url');
    expect(urls.map((d) => [d.value, d.suggestion])).toEqual([
      ['https://www.sistemas.hacienda.gob.m.// PASH/jsps/acceso.j', 'https://www.sistemas.hacienda.gob.mx/PASH/jsps/acceso.j'],
      ['https://www.sistema s.hacienda.gob.mx/ PASH/jsps/acceso.j', 'https://www.sistemas.hacienda.gob.mx/PASH/jsps/acceso.j'],
    ]);
    const area = diagnostics.find((d) => d.code === 'area-name-variant')!;
    expect([area.value, area.suggestion, area.period, area.activity]).toEqual([
      'Coordianción de Cobranza',
      'Coordinación de Cobranza',
      '2014-2015',
      1,
    ]);
  });

  it('keeps the full original text in value and quotes an excerpt in the message', () => {
    const description = diagnostics.find((d) => d.code === 'possible-truncation' && d.aspect === 5 && d.field === 'description')!;
    expect(description.value).toMatch(/^Programa de Anual .* de procedimien$/);
    expect(description.message).toBe('Text seems cut in the source: it stops mid-sentence, "…lizar los procedimientos de procedimien"');
  });

  it('writes messages in Spanish with lang es', () => {
    const spanish = validateDocument(document, { lang: 'es' });
    expect(entries(spanish)).toEqual(SEED_EXPECTED);
    expect(spanish.find((d) => d.code === 'proof-not-available')!.message).toBe(
      'La ubicación del documento probatorio es "N/A"',
    );
  });

  it('is pure: the document is not changed and a second run gives the same list', () => {
    const before = JSON.stringify(document);
    expect(validateDocument(document)).toEqual(diagnostics);
    expect(JSON.stringify(document)).toBe(before);
  });
});

describe('validateDocument on fixtures/validate', () => {
  it('yields exactly the expected list for the problems fixture', () => {
    expect(entries(validateDocument(load(PROBLEMS)))).toEqual(PROBLEMS_EXPECTED);
  });

  it('gives each code its catalogue severity', () => {
    for (const d of validateDocument(load(PROBLEMS))) expect(d.severity).toBe(DIAGNOSTIC_CODES[d.code as keyof typeof DIAGNOSTIC_CODES].severity);
  });

  it('does not ask a "Documento de Trabajo" for progress or proof', () => {
    expect(validateDocument(load('fixtures/validate/documento-de-trabajo.txt'))).toEqual([]);
  });

  it('reports the ASM first line for a missing value and carries period, activity and value', () => {
    const missing = validateDocument(load(PROBLEMS)).find((d) => d.code === 'missing-proof')!;
    expect(missing).toMatchObject({ period: '2015-2016', aspect: 5, activity: 1, line: 15, page: null, field: null });
    const date = validateDocument(load(PROBLEMS)).find((d) => d.code === 'invalid-date')!;
    expect(date).toMatchObject({ value: '31/02/2016', field: 'dueDate' });
  });
});

// ------------------------------------------------------------ rules in isolation

function documentWith(activity: Partial<AsmDocument['periods'][number]['aspects'][number]['activities'][number]>, aspect: Record<string, unknown> = {}, format: 'text' | 'pdf' = 'text'): AsmDocument {
  const base = load(SEED);
  const first = base.periods[0]!.aspects[0]!;
  const act = { ...first.activities[0]!, ...activity };
  return {
    ...base,
    source: { ...base.source, format },
    diagnostics: [],
    periods: [{ ...base.periods[0]!, aspects: [{ ...first, ...aspect, activities: [act] }] }],
  };
}

describe('rules', () => {
  it('treats a proof that is N/A on both sides as missing', () => {
    const codes = validateDocument(documentWith({ proofName: 'N/A', proofLocation: 'n/a' })).map((d) => d.code);
    expect(codes).toContain('missing-proof');
    expect(codes).not.toContain('proof-not-available');
  });

  it('asks for proof only where the table has proof columns', () => {
    const finished = documentWith({ proofName: null, proofLocation: null });
    expect(validateDocument(finished).map((d) => d.code)).toContain('missing-proof');
    const noProofColumns = { ...finished, columns: finished.columns.filter((c) => !c.key.startsWith('proof')) };
    expect(validateDocument(noProofColumns)).toEqual([]);
    const nameOnly = { ...finished, columns: finished.columns.filter((c) => c.key !== 'proofLocation') };
    expect(validateDocument({ ...nameOnly, periods: documentWith({ proofLocation: null }).periods }).map((d) => d.code)).toEqual([]);
  });

  it('does not check the proof of an unfinished activity', () => {
    const codes = validateDocument(documentWith({ progress: 40, progressText: '40', proofName: null, proofLocation: null }, { average: 40, averageText: '40.00%' })).map((d) => d.code);
    expect(codes).not.toContain('missing-proof');
    expect(codes).not.toContain('proof-incomplete');
  });

  it('accepts an average within 0.5 points and flags one beyond', () => {
    const near = validateDocument(documentWith({ progress: 33.4, progressText: '33.4' }, { average: 33, averageText: '33%' }));
    expect(near.map((d) => d.code)).not.toContain('average-mismatch');
    const far = validateDocument(documentWith({ progress: 33.6, progressText: '33.6' }, { average: 33, averageText: '33%' }));
    expect(far.find((d) => d.code === 'average-mismatch')).toMatchObject({ field: 'average', value: '33%' });
  });

  it('places diagnostics on pages for PDF sources', () => {
    const pdf = documentWith(
      { dueDate: null, dueDateText: '31/02/2016', source: { pages: [3, 4], fields: { dueDate: [4] } } },
      { source: { pages: [3, 4] } },
      'pdf',
    );
    const date = validateDocument(pdf).find((d) => d.code === 'invalid-date')!;
    expect([date.line, date.page]).toEqual([null, 4]);
  });
});

describe('URLs', () => {
  it('tells well-formed hosts from cut ones', () => {
    expect(['www.imss.gob.mx', 'example.com', 'gob.mx'].map(isWellFormedHost)).toEqual([true, true, true]);
    expect(['www.sistema', 'x.gob.m.', 'a..mx', 'localhost'].map(isWellFormedHost)).toEqual([false, false, false, false]);
  });

  it('re-joins a URL split by spaces, and leaves the words after a URL alone', () => {
    expect(findUrls('ver https://www.gob.mx/ PASH/a.jsp para más').map((u) => [u.text, u.broken])).toEqual([
      ['https://www.gob.mx/ PASH/a.jsp', true],
    ]);
    expect(findUrls('ver https://www.gob.mx/ y luego www.imss.gob.mx.').map((u) => [u.text, u.broken])).toEqual([
      ['https://www.gob.mx/', false],
      ['www.imss.gob.mx', false],
    ]);
    expect(findUrls('(www.imss.gob.mx) para facilitar').map((u) => u.text)).toEqual(['www.imss.gob.mx']);
  });

  it('repairs a cut .mx host even without a reference in the document', () => {
    expect(findUrls('https://www.imss.gob.m.//a/b.pdf')[0]!.repair([])).toBe('https://www.imss.gob.mx/a/b.pdf');
  });
});

describe('truncation', () => {
  const words = wordIndex(['procedimientos de incorporación', 'Incorporación al Seguro Social']);
  it.each([
    ['de la Actividad 1.', { start: true, end: false }],
    ['Se eliminaron tres requisitos de la', { start: false, end: true }],
    ['Internos (PAADI Inc', { start: false, end: true }],
    ['Actualizar los procedimientos de procedimien', { start: false, end: true }],
    ['pago de cuotas,', { start: true, end: true }],
  ])('%s', (text, expected) => {
    expect(truncationOf(text, wordIndex([...words.keys(), text]))).toEqual(expected);
  });

  it.each([
    'Modificación del Propósito de la MIR',
    'MIR 2015',
    'Coordinación de Planeación y Evaluación',
    'Oficio circular de liberación del "Centro de Contacto de Cobranza IMSS".',
    'www.imss.gob.mx',
    'Reporte del PAADI (2015)',
  ])('no cut in %s', (text) => {
    expect(truncationOf(text, wordIndex([text]), findUrls(text))).toBeNull();
  });
});

describe('implausible areas', () => {
  it.each([
    'Coordinación de Planeación y Evaluación',
    'Unidad de Incorporación al Seguro Social',
    'Dirección de Incorporación y Recaudación; Unidad de Fiscalización y Cobranza',
  ])('accepts %s', (area) => {
    expect(implausibleArea(area, ['Los procedimientos normados por la Unidad de Incorporación al Seguro Social.'])).toBeNull();
  });

  it('flags a copy of the activity text', () => {
    expect(implausibleArea('Analizar las reglas de operación vigentes y proponer ajustes', ['Analizar las reglas de operación vigentes y proponer ajustes al comité.'])).toBe('copy');
  });
});

describe('renderers', () => {
  it('escapes %, CR and LF in messages, and : and , in properties (GitHub workflow commands)', () => {
    expect(escapeData('50% done\r\nnext')).toBe('50%25 done%0D%0Anext');
    expect(escapeProperty('C:\\a,b%.txt')).toBe('C%3A\\a%2Cb%25.txt');
    const report = validateDocuments([load(PROBLEMS)]);
    report.documents[0]!.source = 'dir,x/pro:blems.txt';
    report.documents[0]!.diagnostics = [{ ...report.documents[0]!.diagnostics[0]!, message: 'a\nb 100%' }];
    expect(renderValidationGithub(report, { lang: 'en', style: plainStyle })).toBe('::error file=dir%2Cx/pro%3Ablems.txt,line=11::ASM 1 · dueDate · invalid-date: a%0Ab 100%25\n');
  });

  it('fits the table in 80 columns and wraps long words', () => {
    const text = renderValidationTable(validateDocuments([load(SEED), load(PROBLEMS)]), { lang: 'en', style: plainStyle });
    for (const line of text.split('\n')) expect(line.length).toBeLessThanOrEqual(80);
    expect(wrap('https://www.sistemas.hacienda.gob.mx/PASH/jsps/acceso.jsp', 20).every((l) => l.length <= 20)).toBe(true);
  });

  it('counts, applies --ignore and --strict', () => {
    const report = validateDocuments([load(SEED)], { ignore: ['cell-realigned'] });
    expect(report).toMatchObject({ valid: true, stats: { documents: 1, errors: 0, warnings: 10 } });
    expect(validateDocuments([load(SEED)], { strict: true }).valid).toBe(false);
  });
});

// ------------------------------------------------------------ property

const AREAS = [
  'Coordinación de Cobranza',
  'Coordinación de Planeación y Evaluación',
  'Unidad de Incorporación al Seguro Social',
  'Dirección de Innovación y Desarrollo Tecnológico',
  'Unidad de Fiscalización',
];
const VERBS = ['Actualizar', 'Revisar', 'Publicar', 'Capacitar', 'Integrar', 'Documentar', 'Difundir', 'Evaluar'];
const OBJECTS = ['el manual de cobranza', 'los indicadores de la MIR', 'el padrón de patrones', 'los procedimientos normativos', 'el portal de internet'];
const sentence = fc.tuple(fc.constantFrom(...VERBS), fc.constantFrom(...OBJECTS)).map(([verb, object]) => `${verb} ${object}.`);

const activityRow = fc.record({
  text: sentence,
  description: sentence,
  area: fc.constantFrom(...AREAS),
  day: fc.integer({ min: 1, max: 28 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.integer({ min: 2015, max: 2018 }),
  progress: fc.integer({ min: 0, max: 100 }),
  finished: fc.boolean(),
});

describe('property: generated valid documents', () => {
  it('the area list holds no spelling variants (precondition)', () => {
    for (const a of AREAS) for (const b of AREAS) if (a !== b) expect(isAreaVariant(a, b)).toBe(false);
  });

  it('validate finds no errors (nor warnings) in a well-formed report', () => {
    fc.assert(
      fc.property(fc.array(activityRow, { minLength: 1, maxLength: 8 }), (rows) => {
        const header = SEED_HEADER;
        const body = rows.map((row, index) => {
          const progress = row.finished ? 100 : row.progress;
          const date = `${String(row.day).padStart(2, '0')}/${String(row.month).padStart(2, '0')}/${row.year}`;
          const proof = progress === 100 ? ['Oficio_2015.pdf', 'https://www.imss.gob.mx/transparencia/asm'] : ['', ''];
          return [index + 1, row.text, row.description, row.area, date, 'Procedimiento actualizado.', 'Oficio de autorización.', progress, ...proof, 'Sin comentarios.', 'Septiembre-2015', `${progress}.00%`].join('\t');
        });
        const text = [PREAMBLE, '#### Periodo 2014-2015', '', header, ...body, ''].join('\n');
        const diagnostics = validateDocument(parseText(text, { file: 'generated.txt' }));
        expect(entries(diagnostics)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
