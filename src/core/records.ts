// Typing: assembled text fragments → the typed records of the JSON model.
// Every typed field keeps its original text beside it; nothing is dropped.
import type { Activity, Aspect, Period, SourceSpan } from './schema.js';
import type { ActivityDraft, AspectDraft, PeriodDraft } from './assemble.js';
import type { Fragment } from './fragment.js';
import { mean, parseDate, parseMonth, parseProgress } from './values.js';

type PositionKind = 'lines' | 'pages';

function isAscending(values: readonly number[]): boolean {
  for (let index = 1; index < values.length; index++) if (values[index]! <= values[index - 1]!) return false;
  return true;
}

function span(positions: readonly number[], kind: PositionKind, fields?: Record<string, number[]>, sheet?: string): SourceSpan {
  // Positions arrive in source order and are mostly one or two: sort only when needed.
  const sorted = isAscending(positions) ? [...positions] : [...new Set(positions)].sort((a, b) => a - b);
  const base: SourceSpan =
    kind === 'lines' ? { lines: [sorted[0] ?? 0, sorted[sorted.length - 1] ?? 0] } : { pages: sorted };
  const withFields = fields && Object.keys(fields).length > 0 ? { ...base, fields } : base;
  return sheet === undefined ? withFields : { ...withFields, sheet };
}

const textOf = (fragment: Fragment | null | undefined): string | null => fragment?.text ?? null;

/** `1.2` from an activity text that starts `1.2 Elaborar…`, when 1 is its ASM's number. */
function leadingSubNumber(description: string | null, aspectNumber: string | null): string | null {
  if (!description || !aspectNumber) return null;
  const match = /^(\d+)\.(\d+)\.?(?=\s)/.exec(description);
  return match && match[1] === aspectNumber ? `${match[1]}.${match[2]}` : null;
}

export function toActivity(draft: ActivityDraft, kind: PositionKind, aspectNumber: string | null = null): Activity {
  const f = draft.fields;
  const fieldPositions: Record<string, number[]> = {};
  for (const [key, fragment] of Object.entries(f)) fieldPositions[key] = [...fragment.positions];
  const numberText = draft.numberText ?? leadingSubNumber(textOf(f.description), aspectNumber);
  const activity: Activity = {
    ...(numberText ? { numberText } : {}),
    description: textOf(f.description),
    responsibleArea: textOf(f.responsibleArea),
    dueDate: parseDate(textOf(f.dueDate)),
    dueDateText: textOf(f.dueDate),
    expectedResults: textOf(f.expectedResults),
    evidence: textOf(f.evidence),
    progress: parseProgress(textOf(f.progress)),
    progressText: textOf(f.progress),
    proofName: textOf(f.proofName),
    proofLocation: textOf(f.proofLocation),
    observations: textOf(f.observations),
    source: span(draft.positions, kind, fieldPositions, draft.sheet),
  };
  if (Object.keys(draft.extra).length > 0) {
    activity.extra = Object.fromEntries(Object.entries(draft.extra).map(([key, value]) => [key, value.text]));
  }
  return activity;
}

/** The ASM average: the printed Promedio when it types, else the mean of its activities' progress (all must type). */
export function aspectAverage(averageText: string | null, activities: readonly Activity[]): number | null {
  const printed = parseProgress(averageText);
  if (printed !== null) return printed;
  const progress = activities.map((activity) => activity.progress);
  if (progress.length === 0 || progress.some((value) => value === null)) return null;
  return mean(progress as number[]);
}

export function toAspect(draft: AspectDraft, kind: PositionKind): Aspect {
  const activities = draft.activities.map((activity) => toActivity(activity, kind, draft.numberText));
  const numberText = draft.numberText;
  const fieldPositions: Record<string, number[]> = {};
  for (const key of ['text', 'average', 'reportMonth'] as const) {
    const fragment = draft[key];
    if (fragment) fieldPositions[key] = [...fragment.positions];
  }
  return {
    number: numberText !== null && /^\d+(\.\d+)?$/.test(numberText) ? Number(numberText) : null,
    numberText,
    text: textOf(draft.text),
    average: aspectAverage(textOf(draft.average), activities),
    averageText: textOf(draft.average),
    reportMonth: parseMonth(textOf(draft.reportMonth)),
    reportMonthText: textOf(draft.reportMonth),
    activities,
    source: span(draft.positions, kind, fieldPositions, draft.sheet),
  };
}

export function toPeriod(draft: PeriodDraft, kind: PositionKind): Period {
  const aspects = draft.aspects.map((aspect) => toAspect(aspect, kind));
  const positions = [...draft.positions, ...aspects.flatMap((a) => a.source.lines ?? a.source.pages ?? [])];
  return { period: draft.period, statement: draft.statement, aspects, source: span(positions, kind, undefined, draft.sheet) };
}
