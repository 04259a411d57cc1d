// The generated corpora (made with LibreOffice Writer and Calc, Chromium,
// wkhtmltopdf and reportlab): every PDF must give, field by field, the records
// of its document's text form, with no table text left out and no furniture or
// header read as text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { validateDocuments } from '../src/core/validation.js';
import { collapse, recordDifferences } from './helpers/compare.js';
import { ROOT, runCli } from './helpers/cli.js';

interface Entry {
  pdf: string;
  text: string;
  producer: string;
  pages: number;
  rowsCutByPageBreak: boolean;
  /** The PDF prints the document's signature block (its text form always has it). */
  signature: boolean;
  /** Text around the tables that the text form does not have (captions), read as stray text. */
  strayText?: string[];
  /** Fields known to differ from the text form, with the PDF's value and why. */
  knownDifferences?: Array<{ field: string; pdf: string; why: string }>;
}

// Three corpora, from generators written apart: scripts/corpus (the one the
// reader was developed on), scripts/corpus-independent (written by someone
// else from the same brief, and first run against a finished reader) and
// scripts/corpus-trial (made by a trial user who had only the README).
const CORPORA = ['corpus', 'corpus-independent', 'corpus-trial'];
/** The corpora made to cover a list of variations, each with a coverage.mjs. */
const PLANNED = ['corpus', 'corpus-independent'];
const manifest: Array<Entry & { corpus: string }> = CORPORA.flatMap((corpus) =>
  (JSON.parse(readFileSync(join(ROOT, 'fixtures', corpus, 'manifest.json'), 'utf8')) as Entry[]).map((entry) => ({ ...entry, corpus })),
);
const parsed = new Map<string, Promise<AsmDocument>>();
function parse(corpus: string, name: string): Promise<AsmDocument> {
  const path = join(ROOT, 'fixtures', corpus, name);
  let document = parsed.get(path);
  if (!document) parsed.set(path, (document = parseDocument(new Uint8Array(readFileSync(path)), { file: name })));
  return document;
}

/** Codes that say a table was not read as it is: none may appear for a corpus PDF. */
const MISREAD = [
  'unplaced-table-text', 'table-not-read', 'orphan-row', 'ragged-row', 'stray-fragment', 'cell-realigned',
  'unknown-column', 'duplicate-column', 'missing-period',
];

/** The words of a document's stray text, sorted: a signature block may wrap differently, but no more text may be stray. */
const strayWords = (document: AsmDocument): string[] =>
  document.diagnostics
    .filter((d) => d.code === 'stray-text')
    .flatMap((d) => collapse(d.value)!.split(' '))
    .sort();

describe.each(manifest)('$corpus/$pdf ($producer, $pages pages)', (entry) => {
  it('gives the records of its text form, field by field', async () => {
    const [pdf, text] = await Promise.all([parse(entry.corpus, entry.pdf), parse(entry.corpus, entry.text)]);
    expect(pdf.source.format).toBe('pdf');
    expect(pdf.periods.flatMap((p) => p.aspects).length).toBeGreaterThan(0);
    const known = (entry.knownDifferences ?? []).map((d) => ({ field: d.field, actual: d.pdf }));
    expect(recordDifferences(pdf, text).map((d) => ({ field: d.field, actual: d.actual }))).toEqual(known);
  });

  it('reads every table line, and no header, furniture or table text as stray text', async () => {
    const [pdf, text] = await Promise.all([parse(entry.corpus, entry.pdf), parse(entry.corpus, entry.text)]);
    expect(pdf.diagnostics.filter((d) => MISREAD.includes(d.code)).map((d) => `${d.code} p${d.page}: ${d.value}`)).toEqual([]);
    const around = (entry.strayText ?? []).flatMap((line) => collapse(line)!.split(' '));
    expect(strayWords(pdf)).toEqual([...(entry.signature ? strayWords(text) : []), ...around].sort());
  });

  it('validates as its text form does (VALID, but for n4-subitems: activity numbers are issue 18)', async () => {
    const [pdf, text] = await Promise.all([parse(entry.corpus, entry.pdf), parse(entry.corpus, entry.text)]);
    const report = validateDocuments([pdf, text]);
    const errors = (index: number): string[] =>
      report.documents[index]!.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.code} ${d.period} ${d.aspect} ${d.field}`);
    expect(errors(0)).toEqual(errors(1));
    if (entry.text !== 'n4-subitems.txt') expect(errors(0)).toEqual([]);
  });

  it('keeps each ASM page by page, a row cut by a page break on both pages', async () => {
    const aspects = (await parse(entry.corpus, entry.pdf)).periods.flatMap((p) => p.aspects);
    for (const aspect of aspects) {
      expect(aspect.source.pages!.length).toBeGreaterThan(0);
      expect(aspect.source.pages!.every((page) => page >= 1 && page <= entry.pages)).toBe(true);
    }
    // The independent generator counts a row as cut when the break falls inside it, even where all of a
    // bottom-aligned row's text lies below the break: only the corpus checked by eye is held to it here.
    const spanning = aspects.filter((aspect) => aspect.source.pages!.length > 1);
    if (entry.rowsCutByPageBreak && entry.corpus === 'corpus') expect(spanning.length).toBeGreaterThan(0);
  });
});

describe('the corpora', () => {
  it('read rows cut by page breaks onto both pages in each corpus', async () => {
    for (const corpus of PLANNED) {
      const cut = manifest.filter((e) => e.corpus === corpus && e.rowsCutByPageBreak);
      const spanning = await Promise.all(
        cut.map(async (e) => (await parse(e.corpus, e.pdf)).periods.flatMap((p) => p.aspects).some((a) => a.source.pages!.length > 1)),
      );
      expect(spanning.filter(Boolean).length, corpus).toBeGreaterThanOrEqual(5);
    }
  });

  it.each(PLANNED)('%s covers every variation at least twice (its coverage.mjs)', (corpus) => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', corpus, 'coverage.mjs')], { encoding: 'utf8' })).not.toThrow();
  });

  it('reads through the built CLI: validate VALID, vigentes as the text form', () => {
    const chosen = ['corpus/d1--chromium-hrules.pdf', 'corpus/d2--reportlab-words-rotated.pdf', 'corpus-independent/d2--calc-noborders.pdf'];
    for (const entry of manifest.filter((e) => chosen.includes(`${e.corpus}/${e.pdf}`))) {
      const dir = join(ROOT, 'fixtures', entry.corpus);
      const pdf = join(dir, entry.pdf);
      const validate = runCli(['validate', pdf]);
      expect(validate.status, validate.stdout).toBe(0);
      expect(validate.stdout).toMatch(/VALID/);
      const vigentes = (file: string): unknown => {
        const result = runCli(['vigentes', file, '--format', 'json', '--as-of', '2018-01-01', '--exit-zero']);
        expect(result.status).toBe(0);
        return JSON.parse(result.stdout).vigentes.map((v: { program: string; period: string; aspect: number; average: number | null }) => [v.program, v.period, v.aspect, v.average]);
      };
      expect(vigentes(pdf)).toEqual(vigentes(join(dir, entry.text)));
    }
  });
});
