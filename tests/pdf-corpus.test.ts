// The generated corpus (fixtures/corpus, made by scripts/corpus/make.mjs with
// LibreOffice Writer and Calc, Chromium, wkhtmltopdf and reportlab): every PDF
// must give, field by field, the records of its document's text form, with no
// table text left out and no furniture or header read as text.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/core/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { validateDocuments } from '../src/render/validation/report.js';
import { collapse, expectSameRecords } from './helpers/compare.js';
import { ROOT, runCli } from './helpers/cli.js';

interface Entry {
  pdf: string;
  text: string;
  producer: string;
  pages: number;
  rowsCutByPageBreak: boolean;
}

const CORPUS = join(ROOT, 'fixtures', 'corpus');
const manifest: Entry[] = JSON.parse(readFileSync(join(CORPUS, 'manifest.json'), 'utf8'));
const parsed = new Map<string, Promise<AsmDocument>>();
function parse(name: string): Promise<AsmDocument> {
  let document = parsed.get(name);
  if (!document) parsed.set(name, (document = parseDocument(new Uint8Array(readFileSync(join(CORPUS, name))), { file: name })));
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

describe.each(manifest)('$pdf ($producer, $pages pages)', (entry) => {
  it('gives the records of its text form, field by field', async () => {
    const [pdf, text] = await Promise.all([parse(entry.pdf), parse(entry.text)]);
    expect(pdf.source.format).toBe('pdf');
    expect(pdf.periods.flatMap((p) => p.aspects).length).toBeGreaterThan(0);
    expectSameRecords(pdf, text);
  });

  it('reads every table line, and no header, furniture or table text as stray text', async () => {
    const [pdf, text] = await Promise.all([parse(entry.pdf), parse(entry.text)]);
    expect(pdf.diagnostics.filter((d) => MISREAD.includes(d.code)).map((d) => `${d.code} p${d.page}: ${d.value}`)).toEqual([]);
    expect(strayWords(pdf)).toEqual(strayWords(text));
  });

  it('is VALID for asm validate', async () => {
    const report = validateDocuments([await parse(entry.pdf)]);
    expect(report.documents[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(report.valid).toBe(true);
  });

  it('keeps each ASM page by page, a row cut by a page break on both pages', async () => {
    const aspects = (await parse(entry.pdf)).periods.flatMap((p) => p.aspects);
    for (const aspect of aspects) {
      expect(aspect.source.pages!.length).toBeGreaterThan(0);
      expect(aspect.source.pages!.every((page) => page >= 1 && page <= entry.pages)).toBe(true);
    }
    const spanning = aspects.filter((aspect) => aspect.source.pages!.length > 1);
    if (entry.rowsCutByPageBreak) expect(spanning.length).toBeGreaterThan(0);
  });
});

describe('the corpus', () => {
  it('covers every variation at least twice (scripts/corpus/coverage.mjs)', () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'scripts', 'corpus', 'coverage.mjs')], { encoding: 'utf8' })).not.toThrow();
  });

  it('reads through the built CLI: validate VALID, vigentes as the text form', () => {
    for (const entry of manifest.filter((e) => ['d1--chromium-hrules.pdf', 'd2--reportlab-words-rotated.pdf', 'd4--calc-box.pdf'].includes(e.pdf))) {
      const pdf = join(CORPUS, entry.pdf);
      const validate = runCli(['validate', pdf]);
      expect(validate.status, validate.stdout).toBe(0);
      expect(validate.stdout).toMatch(/VALID/);
      const vigentes = (file: string): unknown => {
        const result = runCli(['vigentes', file, '--format', 'json', '--as-of', '2018-01-01', '--exit-zero']);
        expect(result.status).toBe(0);
        return JSON.parse(result.stdout).vigentes.map((v: { program: string; period: string; aspect: number; average: number | null }) => [v.program, v.period, v.aspect, v.average]);
      };
      expect(vigentes(pdf)).toEqual(vigentes(join(CORPUS, entry.text)));
    }
  });
});
