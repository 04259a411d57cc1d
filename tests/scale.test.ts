// Correctness at scale (issue 11, finding 11): data-sized arrays never go into
// a call as spread arguments (`push(...documents)`, `Math.max(...widths)`),
// which throws RangeError past ~100k elements. These tests check that large
// inputs are read and rendered whole; they time nothing (the growth of time
// with rows and documents is shown by `npm run bench:adversarial`).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { makeDiagnostic } from '../src/core/diagnostics.js';
import { maxOf, minOf, pushAll } from '../src/core/arrays.js';
import { renderValidationTable } from '../src/render/validation/table.js';
import { plainStyle } from '../src/render/style.js';

const COUNT = 150_000;

/** `COUNT` small documents (as `asm parse --format json` writes them, compact). */
function bigJson(): string {
  const parts: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    parts.push(
      JSON.stringify({
        schemaVersion: 1,
        source: { file: `r${i}.txt`, format: 'text', sha256: '' },
        title: null,
        institution: null,
        documentType: null,
        classification: null,
        program: { code: 'E001', name: null },
        reportMonth: `20${10 + (i % 10)}-09`,
        columns: [],
        periods: [],
        diagnostics: [],
      }),
    );
  }
  return `[${parts.join(',\n')}]\n`;
}

describe(`a JSON input of ${COUNT.toLocaleString('en')} documents`, () => {
  const cwd = tempDir();
  const file = join(cwd, 'documents.json');
  writeFileSync(file, bigJson());

  // Every command reads its inputs through loadInputs, which gathered them with documents.push(...parsed).
  it('is read whole (validate checks every document; no RangeError)', () => {
    const result = runCli(['validate', file, '--format', 'json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as { stats: { documents: number }; documents: Array<{ source: string }> };
    expect(report.stats.documents).toBe(COUNT);
    expect(report.documents[COUNT - 1]!.source).toBe(`r${COUNT - 1}.txt`);
  }, 120_000);
});

describe('renderers with data-sized lists', () => {
  it(`a validation table of ${COUNT.toLocaleString('en')} diagnostics has a row for each`, () => {
    const one = makeDiagnostic({ code: 'invalid-date', period: '2015-2016', aspect: 1, activity: 1, field: 'dueDate', value: '31/02/2016', line: 10 });
    const diagnostics = Array.from({ length: COUNT }, (_, i) => ({ ...one, aspect: i + 1, line: i + 10 }));
    const text = renderValidationTable(
      { valid: false, stats: { documents: 1, errors: COUNT, warnings: 0 }, documents: [{ source: 'big.txt', valid: false, diagnostics }] },
      { lang: 'en', style: plainStyle },
    );
    const lines = text.split('\n');
    expect(lines.filter((line) => /\binvalid-date\b/.test(line))).toHaveLength(COUNT);
    // The line column is as wide as the widest line number.
    expect(lines.some((line) => line.startsWith(String(COUNT + 9)))).toBe(true);
  });
});

describe('loops instead of spread arguments (src/core/arrays.ts)', () => {
  it('match push(...) and Math.min/max(...) on small lists, and take lists no call could', () => {
    expect(pushAll([1], [2, 3])).toEqual([1, 2, 3]);
    expect(minOf([3, 1, 2], (n) => n)).toBe(Math.min(3, 1, 2));
    expect(maxOf([3, 1, 2], (n) => n)).toBe(Math.max(3, 1, 2));
    expect(minOf([], (n: number) => n)).toBe(Infinity);
    expect(maxOf([], (n: number) => n)).toBe(-Infinity);
    expect(maxOf([1, NaN, 2], (n) => n)).toBeNaN();
    const big = Array.from({ length: 1_000_000 }, (_, i) => i);
    expect(() => Math.max(...big)).toThrow(RangeError);
    expect(maxOf(big, (n) => n)).toBe(999_999);
    expect(pushAll([], big)).toHaveLength(1_000_000);
  });
});
