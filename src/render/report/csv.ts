// CSV of `asm report`: one row per program and period (area empty) followed by
// one row per responsible area of that period. Stable English headers (the JSON
// keys), numbers at full precision, text cells formula-escaped.
import Papa from 'papaparse';
import type { Report } from '../../core/report.js';
import { escapeFormula } from '../../core/formula.js';

export const REPORT_CSV_FIELDS = [
  'institution',
  'program',
  'programName',
  'reportMonth',
  'period',
  'area',
  'aspectCount',
  'concludedCount',
  'vigenteCount',
  'averageProgress',
  'statement',
  'averagedCount',
  'notReportedCount',
  'invalidCount',
] as const;

export function csvCell(value: string | number | boolean | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return escapeFormula(value);
}

export function toCsv(fields: readonly string[], rows: ReadonlyArray<ReadonlyArray<string | number | boolean | null>>): string {
  const data = rows.map((row) => row.map(csvCell));
  return `${Papa.unparse({ fields: [...fields], data }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}

export function renderReportCsv(report: Report): string {
  const rows: Array<Array<string | number | null>> = [];
  for (const program of report.programs) {
    const lead = [program.institution, program.program, program.programName, program.reportMonth];
    for (const period of program.periods) {
      rows.push([
        ...lead,
        period.period,
        null,
        period.aspectCount,
        period.concludedCount,
        period.vigenteCount,
        period.averageProgress,
        period.statement,
        period.averagedCount,
        period.notReportedCount,
        period.invalidCount,
      ]);
      for (const area of period.byArea) {
        rows.push([
          ...lead,
          period.period,
          area.area ?? '',
          area.aspectCount,
          area.aspectCount - area.vigenteCount,
          area.vigenteCount,
          area.averageProgress,
          null,
          null,
          null,
          null,
        ]);
      }
    }
  }
  return toCsv(REPORT_CSV_FIELDS, rows);
}
