// CSV of `asm diff`: one row per change, English headers (the JSON keys),
// text cells formula-escaped. `detail` is the change in words of the run's
// language (the word diff as [-removed-]{+added+}).
import type { RenderEnv } from '../registry.js';
import { isRegression, type DiffResult } from '../../core/diff.js';
import { toCsv } from '../report/csv.js';
import { changeDetail } from './common.js';

export const DIFF_CSV_FIELDS = [
  'institution',
  'program',
  'period',
  'number',
  'kind',
  'regression',
  'fromReportMonth',
  'toReportMonth',
  'beforeNumber',
  'afterNumber',
  'beforeAverage',
  'afterAverage',
  'beforeDueDate',
  'afterDueDate',
  'beforeText',
  'afterText',
  'detail',
  'file',
  'line',
  'page',
] as const;

export function renderDiffCsv(result: DiffResult, { lang }: RenderEnv): string {
  return toCsv(
    DIFF_CSV_FIELDS,
    result.changes.map((change) => [
      change.institution,
      change.program,
      change.period,
      change.number,
      change.kind,
      isRegression(change),
      result.from.reportMonth,
      result.to.reportMonth,
      change.before?.number ?? null,
      change.after?.number ?? null,
      change.before?.average ?? null,
      change.after?.average ?? null,
      change.before?.dueDate ?? null,
      change.after?.dueDate ?? null,
      change.before?.text ?? null,
      change.after?.text ?? null,
      changeDetail(change, lang),
      change.source.file,
      change.source.line,
      change.source.page,
    ]),
  );
}
