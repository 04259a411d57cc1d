// OCR of scanned PDFs (issue 16), through the built CLI, offline. The scanned
// fixture (fixtures/scanned/two-periods.pdf, made by
// scripts/make-scanned-fixtures.sh from fixtures/pdf/two-periods.pdf: 300 dpi,
// turned −0.3°, speckled, JPEG) is compared with the text form of the same
// report. One OCR run (~20 s on 2 cores); the other runs read its cache.
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir, type CliResult } from './helpers/cli.js';
import { parseDocument } from '../src/parse.js';
import { OcrProgress, ocrCachePath, readOcrCache, writeOcrCache } from '../src/cli/ocr.js';
import { OCR_ENGINE } from '../src/sources/ocr-engine.js';

interface Diagnostic {
  code: string;
  severity: string;
  field: string | null;
  aspect: number | null;
  period: string | null;
  page: number | null;
  params?: { confidence?: number; x?: number; y?: number };
}
interface Doc {
  periods: Array<{ period: string; aspects: Array<Record<string, unknown> & { activities: Array<Record<string, unknown>> }> }>;
  diagnostics: Diagnostic[];
}

const SCAN = fixture('scanned', 'two-periods.pdf');
const TEXT_FORM = fixture('pdf', 'two-periods.pdf');
// Fields whose OCR may differ from the text form; each difference must carry a diagnostic on that field.
const ACTIVITY_FIELDS = ['description', 'responsibleArea', 'dueDate', 'expectedResults', 'evidence', 'progress', 'proofName', 'proofLocation', 'observations'];
const CRITICAL = new Set(['number', 'dueDate', 'progress', 'average']);

let store: string;
let first: CliResult;
let ocr: Doc;
let text: Doc;

beforeAll(() => {
  store = join(tempDir(), 'store');
  first = runCli(['parse', SCAN, '--ocr', '--allow-unread', '--store', store, '--format', 'json'], { env: { ASM_JOBS: '2' } });
  ocr = JSON.parse(first.stdout)[0] as Doc;
  text = JSON.parse(runCli(['parse', TEXT_FORM, '--no-save', '--format', 'json']).stdout)[0] as Doc;
}, 180_000);

describe('a scan without --ocr', () => {
  it('fails with one sentence that names --ocr (exit 2)', () => {
    const result = runCli(['parse', SCAN, '--no-save']);
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`asm: ${SCAN}: the PDF has no text layer (a scan?); --ocr reads it with OCR (slow: seconds per page).`);
    expect(runCli(['parse', SCAN, '--no-save'], { env: { LANG: 'es_MX.UTF-8' } }).stderr).toContain('--ocr lo lee con OCR');
  });
});

describe('--ocr on a PDF that has its text layer', () => {
  it('changes nothing and recognises nothing: no page lacks text, so no OCR runs and no cache is written', () => {
    const store = join(tempDir(), 'store');
    const withOcr = runCli(['parse', TEXT_FORM, '--ocr', '--store', store, '--format', 'json']);
    expect(withOcr.status).toBe(0);
    expect(JSON.parse(withOcr.stdout)[0].periods).toEqual(text.periods);
    expect(existsSync(join(store, 'ocr'))).toBe(false);
  });
});

describe('asm parse --ocr on a scanned report', () => {
  it('reads the same periods and the first table’s ASMs as the text form', () => {
    expect(first.stderr).not.toMatch(/Error|at .*\.js/);
    expect(ocr.periods.map((p) => p.period)).toEqual(text.periods.map((p) => p.period));
    const [ocrFirst, textFirst] = [ocr.periods[0]!, text.periods[0]!];
    expect(ocrFirst.aspects.map((a) => a.number)).toEqual(textFirst.aspects.map((a) => a.number));
    // The digits that decide a verdict are read exactly in the first table.
    for (const [i, aspect] of textFirst.aspects.entries()) {
      expect(ocrFirst.aspects[i]!.average).toBe(aspect.average);
      for (const [k, activity] of aspect.activities.entries()) {
        expect(ocrFirst.aspects[i]!.activities[k]!.dueDate).toBe(activity.dueDate);
        expect(ocrFirst.aspects[i]!.activities[k]!.progress).toBe(activity.progress);
      }
    }
  });

  it('puts a diagnostic on every field of the first table that OCR read differently', () => {
    const [ocrFirst, textFirst] = [ocr.periods[0]!, text.periods[0]!];
    const differing: string[] = [];
    textFirst.aspects.forEach((aspect, i) => {
      const read = ocrFirst.aspects[i]!;
      if (read.text !== aspect.text) differing.push(`${aspect.number}:text`);
      aspect.activities.forEach((activity, k) => {
        for (const field of ACTIVITY_FIELDS) if (read.activities[k]?.[field] !== activity[field]) differing.push(`${aspect.number}:${field}`);
      });
    });
    // The test would pass on a perfect read: make sure it checks something.
    expect(differing.length).toBeGreaterThan(0);
    const flagged = new Set(
      ocr.diagnostics.filter((d) => d.period === textFirst.period && d.field !== null).map((d) => `${d.aspect}:${d.field}`),
    );
    expect(differing.filter((place) => !flagged.has(place))).toEqual([]);
  });

  it('gives each low-confidence diagnostic its page, place and confidence, an error in the No., date, progress and average columns', () => {
    const low = ocr.diagnostics.filter((d) => d.code === 'low-confidence');
    expect(low.length).toBeGreaterThan(0);
    for (const d of low) {
      expect(d.page).toBe(1);
      expect(d.params?.x).toEqual(expect.any(Number));
      expect(d.params?.y).toEqual(expect.any(Number));
      expect(d.severity).toBe(CRITICAL.has(d.field!) ? 'error' : 'warning');
    }
    expect(low.some((d) => d.params?.confidence !== undefined && d.params.confidence < 90)).toBe(true);
  });

  it('flags a misread ASM number as an error, so that validate fails instead of passing a wrong table', () => {
    // Known limit of this fixture: the second table's "1" is read as "T" next to the "2" below it.
    const second = ocr.diagnostics.filter((d) => d.period === text.periods[1]!.period && d.code === 'low-confidence' && d.field === 'number');
    expect(second.length).toBeGreaterThan(0);
    expect(second.every((d) => d.severity === 'error')).toBe(true);
    const validate = runCli(['validate', SCAN, '--ocr', '--store', store, '--format', 'json']);
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain('"low-confidence"');
  });

  it('fails closed: vigentes refuses a scan with a digit OCR is unsure of (exit 2), unless --allow-unread', () => {
    // Cached by the first run: no OCR here.
    const refused = runCli(['vigentes', SCAN, '--ocr', '--store', store]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim()).toBe(
      `asm: ${SCAN}: OCR is unsure of a No., date, progress or average on page 1 (asm validate shows which); --allow-unread carries on with what was read.`,
    );
    const allowed = runCli(['vigentes', SCAN, '--ocr', '--store', store, '--allow-unread', '--format', 'json']);
    expect(allowed.stderr).toContain(`asm: warning: ${SCAN}: OCR is unsure of a No., date, progress or average on page 1 (asm validate shows which).`);
    expect(JSON.parse(allowed.stdout)).toEqual(expect.anything());
  });

  it('keeps the OCR result in the store and reads it there on the next run (no OCR again)', () => {
    const cache = join(store, 'ocr');
    expect(readdirSync(cache).filter((name) => /^[0-9a-f]{64}\.json$/.test(name))).toHaveLength(1);
    const started = performance.now();
    const again = runCli(['parse', SCAN, '--ocr', '--allow-unread', '--store', store, '--format', 'json', '--no-save']);
    expect(performance.now() - started).toBeLessThan(8000);
    expect(JSON.parse(again.stdout)[0].periods).toEqual(ocr.periods);
  });

  it("ends a page over its time limit with one sentence, and writes nothing to the store", () => {
    const other = join(tempDir(), 'store');
    const result = runCli(['parse', SCAN, '--ocr', '--allow-unread', '--store', other, '--no-save', '--format', 'json'], {
      env: { ASM_OCR_PAGE_TIMEOUT: '0.05' },
    });
    // A page cannot be read in 50 ms: the per-page time limit ends the run with one sentence.
    expect(result.status).toBe(2);
    expect(result.stderr.trim()).toBe(`asm: ${SCAN}: OCR of page 1 took longer than 0.05 s; ASM_OCR_PAGE_TIMEOUT raises the limit.`);
    expect(existsSync(other)).toBe(false);
  });
});

describe('the library on a ruled scan (fixtures/scanned/multi-activity.pdf: rowspan, three activities under one ASM)', () => {
  it('reads every No., date, progress and average as the text form, and flags every other field it read differently', async () => {
    const pages: number[] = [];
    const scan = await parseDocument(new Uint8Array(readFileSync(fixture('scanned', 'multi-activity.pdf'))), {
      file: 'multi-activity.pdf',
      ocr: { mode: 'missing', jobs: 2, onPage: (done) => pages.push(done) },
    });
    const plain = await parseDocument(new Uint8Array(readFileSync(fixture('pdf', 'multi-activity.pdf'))), { file: 'multi-activity.pdf' });
    expect(pages).toEqual([0, 1]);
    expect(scan.periods.map((p) => p.period)).toEqual(plain.periods.map((p) => p.period));
    const flagged = new Set(scan.diagnostics.filter((d) => d.field !== null).map((d) => `${d.period}:${d.aspect}:${d.field}`));
    const unflagged: string[] = [];
    let differing = 0;
    plain.periods.forEach((period, p) => {
      expect(scan.periods[p]!.aspects.map((a) => a.number)).toEqual(period.aspects.map((a) => a.number));
      period.aspects.forEach((aspect, i) => {
        const read = scan.periods[p]!.aspects[i]!;
        expect([read.average, read.reportMonth]).toEqual([aspect.average, aspect.reportMonth]);
        expect(read.activities.map((a) => [a.dueDate, a.progress])).toEqual(aspect.activities.map((a) => [a.dueDate, a.progress]));
        const check = (field: string, a: unknown, b: unknown): void => {
          if (a === b) return;
          differing++;
          if (!flagged.has(`${period.period}:${aspect.number}:${field}`)) unflagged.push(`${aspect.number}:${field}`);
        };
        check('text', read.text, aspect.text);
        aspect.activities.forEach((activity, k) => {
          for (const field of ACTIVITY_FIELDS) check(field, read.activities[k]?.[field as keyof typeof activity], activity[field as keyof typeof activity]);
        });
      });
    });
    expect(differing).toBeGreaterThan(0);
    expect(unflagged).toEqual([]);
  }, 120_000);
});

describe('the OCR cache in the store', () => {
  const page = { width: 792, height: 612, items: [{ str: 'No.', x: 31, y: 123, width: 10, size: 9, font: 'ocr', confidence: 96 }], rules: [{ kind: 'h' as const, pos: 114, from: 28, to: 764 }] };
  const sha = 'a'.repeat(64);

  it('gives back what it kept, cleaned, and nothing for another engine, a bad shape or a link', () => {
    const store = join(tempDir(), 'store');
    writeOcrCache(store, sha, { '1': { ...page, items: [...page.items, { ...page.items[0]!, str: '\u202eevil\u0007' }] } });
    expect(readOcrCache(store, sha)?.['1']?.items.map((i) => i.str)).toEqual(['No.', 'evil']);
    const path = ocrCachePath(store, sha);
    writeFileSync(path, JSON.stringify({ engine: 'other', pages: { '1': page } }));
    expect(readOcrCache(store, sha)).toBeUndefined();
    writeFileSync(path, JSON.stringify({ engine: OCR_ENGINE, pages: { '1': { ...page, items: [{ str: 1 }] } } }));
    expect(readOcrCache(store, sha)).toBeUndefined();
    writeFileSync(path, JSON.stringify({ engine: OCR_ENGINE, pages: { '../1': page } }));
    expect(readOcrCache(store, sha)).toBeUndefined();
    const other = join(tempDir(), 'elsewhere.json');
    writeFileSync(other, JSON.stringify({ engine: OCR_ENGINE, pages: { '1': page } }));
    const linked = 'b'.repeat(64);
    mkdirSync(join(store, 'ocr'), { recursive: true });
    symlinkSync(other, ocrCachePath(store, linked));
    expect(readOcrCache(store, linked)).toBeUndefined();
  });
});

describe('the OCR page counter', () => {
  const io = (isTTY: boolean, env: NodeJS.ProcessEnv = {}) => {
    const written: string[] = [];
    return { written, io: { stdout: { isTTY: false }, stderr: { isTTY, columns: 80, write: (t: string) => written.push(t) }, env } };
  };

  it('shows the page on a terminal, even when the output is JSON, and erases itself', () => {
    const { written, io: streams } = io(true);
    const progress = new OcrProgress(streams, 'es');
    progress.page('escaneo\u001b[31m.pdf', 0, 3);
    progress.page('escaneo\u001b[31m.pdf', 1, 3);
    progress.finish();
    // The file name's escape sequence goes whole (ESC and its parameters), as everywhere a document's text reaches a terminal.
    expect(written[0]).toContain('asm OCR escaneo.pdf: página 0/3');
    expect(written[1]).toMatch(/página 1\/3 · \d+\.\d s\/pág\./);
    expect(written.join('')).not.toMatch(/\u001b\[31m|\[31m/);
    expect(written.at(-1)).toBe('\r\u001b[K');
  });

  it('shows nothing off a terminal or in CI', () => {
    for (const [tty, env] of [[false, {}], [true, { CI: 'true' }]] as const) {
      const { written, io: streams } = io(tty, env);
      const progress = new OcrProgress(streams, 'en');
      progress.page('scan.pdf', 1, 2);
      progress.finish();
      expect(written).toEqual([]);
    }
  });
});
