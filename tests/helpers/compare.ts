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

export function expectSameActivity(actual: Activity, expected: Activity, label: string): void {
  expect(actual.progress, `${label} progress`).toBe(expected.progress);
  expect(actual.dueDate, `${label} dueDate`).toBe(expected.dueDate);
  for (const field of ACTIVITY_TEXT_FIELDS) expect(collapse(actual[field]), `${label} ${field}`).toBe(collapse(expected[field]));
  const extra = (activity: Activity): Record<string, string | null> =>
    Object.fromEntries(Object.entries(activity.extra ?? {}).map(([key, value]) => [collapse(key), collapse(value)]));
  expect(extra(actual), `${label} extra`).toEqual(extra(expected));
}

export function expectSameAspect(actual: Aspect, expected: Aspect, label: string): void {
  expect(actual.number, `${label} number`).toBe(expected.number);
  expect(actual.average, `${label} average`).toBe(expected.average);
  expect(collapse(actual.averageText), `${label} averageText`).toBe(collapse(expected.averageText));
  expect(actual.reportMonth, `${label} reportMonth`).toBe(expected.reportMonth);
  expect(collapse(actual.reportMonthText), `${label} reportMonthText`).toBe(collapse(expected.reportMonthText));
  expect(collapse(actual.text), `${label} text`).toBe(collapse(expected.text));
  expect(actual.activities.length, `${label} activities`).toBe(expected.activities.length);
  expected.activities.forEach((activity, index) =>
    expectSameActivity(actual.activities[index]!, activity, `${label} activity ${index + 1}`),
  );
}

/** Document metadata and every period, ASM and activity, field by field. */
export function expectSameRecords(actual: AsmDocument, expected: AsmDocument): void {
  expect(collapse(actual.title), 'title').toBe(collapse(expected.title));
  expect(collapse(actual.institution), 'institution').toBe(collapse(expected.institution));
  expect(actual.documentType, 'documentType').toBe(expected.documentType);
  expect(actual.classification, 'classification').toBe(expected.classification);
  expect(actual.program, 'program').toEqual(expected.program);
  expect(actual.reportMonth, 'reportMonth').toBe(expected.reportMonth);
  expect(actual.columns.map((c) => [c.key, collapse(c.header)]), 'columns').toEqual(
    expected.columns.map((c) => [c.key, collapse(c.header)]),
  );
  expect(
    actual.periods.map((p) => [p.period, collapse(p.statement), p.aspects.length]),
    'periods',
  ).toEqual(expected.periods.map((p) => [p.period, collapse(p.statement), p.aspects.length]));
  expected.periods.forEach((period, p) =>
    period.aspects.forEach((aspect, a) =>
      expectSameAspect(actual.periods[p]!.aspects[a]!, aspect, `${period.period} ASM ${aspect.number ?? a + 1}`),
    ),
  );
}
