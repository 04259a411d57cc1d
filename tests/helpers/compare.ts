// Field-by-field comparison of two parses of one document (a PDF and its text
// form, say): everything but provenance (lines, pages) and the source.
import { expect } from 'vitest';
import type { Activity, Aspect, AsmDocument } from '../../src/core/schema.js';

/** Runs of white space are not content: producers reflow text. */
export const collapse = (text: string | null | undefined): string | null =>
  text === null || text === undefined ? null : text.replace(/\s+/g, ' ').trim();

const ACTIVITY_TEXT_FIELDS = [
  'description', 'responsibleArea', 'dueDateText', 'expectedResults', 'evidence', 'progressText',
  'proofName', 'proofLocation', 'observations',
] as const satisfies ReadonlyArray<keyof Activity>;

/** One field that differs: where, and both values. */
export interface Difference {
  field: string;
  actual: unknown;
  expected: unknown;
}

type Check = (field: string, actual: unknown, expected: unknown) => void;

function compareActivity(actual: Activity, expected: Activity, label: string, check: Check): void {
  check(`${label} progress`, actual.progress, expected.progress);
  check(`${label} dueDate`, actual.dueDate, expected.dueDate);
  for (const field of ACTIVITY_TEXT_FIELDS) check(`${label} ${field}`, collapse(actual[field]), collapse(expected[field]));
  const extra = (activity: Activity): Record<string, string | null> =>
    Object.fromEntries(Object.entries(activity.extra ?? {}).map(([key, value]) => [collapse(key), collapse(value)]));
  check(`${label} extra`, extra(actual), extra(expected));
}

function compareAspect(actual: Aspect, expected: Aspect, label: string, check: Check): void {
  check(`${label} number`, actual.number, expected.number);
  check(`${label} average`, actual.average, expected.average);
  check(`${label} averageText`, collapse(actual.averageText), collapse(expected.averageText));
  check(`${label} reportMonth`, actual.reportMonth, expected.reportMonth);
  check(`${label} reportMonthText`, collapse(actual.reportMonthText), collapse(expected.reportMonthText));
  check(`${label} text`, collapse(actual.text), collapse(expected.text));
  check(`${label} activities`, actual.activities.length, expected.activities.length);
  expected.activities.forEach((activity, index) => {
    const other = actual.activities[index];
    if (other) compareActivity(other, activity, `${label} activity ${index + 1}`, check);
  });
}

/** Document metadata and every period, ASM and activity, field by field: the fields that differ. */
export function recordDifferences(actual: AsmDocument, expected: AsmDocument): Difference[] {
  const out: Difference[] = [];
  const check: Check = (field, a, e) => {
    if (JSON.stringify(a) !== JSON.stringify(e)) out.push({ field, actual: a, expected: e });
  };
  check('title', collapse(actual.title), collapse(expected.title));
  check('institution', collapse(actual.institution), collapse(expected.institution));
  check('documentType', actual.documentType, expected.documentType);
  check('classification', actual.classification, expected.classification);
  check('program', actual.program, expected.program);
  check('reportMonth', actual.reportMonth, expected.reportMonth);
  const columns = (document: AsmDocument): unknown => document.columns.map((c) => [c.key, collapse(c.header)]);
  check('columns', columns(actual), columns(expected));
  const periods = (document: AsmDocument): unknown =>
    document.periods.map((p) => [p.period, collapse(p.statement), p.aspects.length]);
  check('periods', periods(actual), periods(expected));
  expected.periods.forEach((period, p) =>
    period.aspects.forEach((aspect, a) => {
      const other = actual.periods[p]?.aspects[a];
      if (other) compareAspect(other, aspect, `${period.period} ASM ${aspect.number ?? a + 1}`, check);
    }),
  );
  return out;
}

/** The same records, field by field (a failure lists every field that differs). */
export function expectSameRecords(actual: AsmDocument, expected: AsmDocument): void {
  expect(recordDifferences(actual, expected)).toEqual([]);
}
