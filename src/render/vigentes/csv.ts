// CSV of `asm vigentes`: one row per pending ASM, English headers (the JSON
// keys), areas joined with "; ", text cells formula-escaped.
import type { VigentesList } from '../../core/report.js';
import { toCsv } from '../report/csv.js';

export const VIGENTES_CSV_FIELDS = [
  'institution',
  'program',
  'programName',
  'period',
  'number',
  'text',
  'average',
  'dueDate',
  'overdue',
  'daysOverdue',
  'responsibleAreas',
  'file',
  'line',
  'page',
  'progress',
  'invalidValues',
] as const;

export function renderVigentesCsv(list: VigentesList): string {
  return toCsv(
    VIGENTES_CSV_FIELDS,
    list.vigentes.map((v) => [
      v.institution,
      v.program,
      v.programName,
      v.period,
      v.number,
      v.text,
      v.average,
      v.dueDate,
      v.overdue,
      v.daysOverdue,
      v.responsibleAreas.join('; '),
      v.source.file,
      v.source.line,
      v.source.page,
      v.progress,
      v.invalidValues.map((value) => `${value.activity === null ? 'average' : `activity ${value.activity}`}: ${value.value} (${value.code})`).join('; '),
    ]),
  );
}
