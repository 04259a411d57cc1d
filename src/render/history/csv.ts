// CSV of `asm report --history`: one row per program, period and report month,
// English headers (the JSON keys), text cells formula-escaped.
import type { History } from '../../core/diff.js';
import { toCsv } from '../report/csv.js';

export const HISTORY_CSV_FIELDS = [
  'institution',
  'program',
  'programName',
  'period',
  'reportMonth',
  'aspectCount',
  'concludedCount',
  'vigenteCount',
  'averageProgress',
  'dueDatesMoved',
  'file',
] as const;

export function renderHistoryCsv(history: History): string {
  return toCsv(
    HISTORY_CSV_FIELDS,
    history.rows.map((row) => [
      row.institution,
      row.program,
      row.programName,
      row.period,
      row.reportMonth,
      row.aspectCount,
      row.concludedCount,
      row.vigenteCount,
      row.averageProgress,
      row.dueDatesMoved,
      row.file,
    ]),
  );
}
