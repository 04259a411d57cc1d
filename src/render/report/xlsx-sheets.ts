// The report's tables as workbook sheets, headers in the run's language:
// one row per program and period, one per responsible area, one per ASM
// (with its due date and days overdue). Shared by `asm report` and by the
// summary sheet of `asm parse --format xlsx`.
import type { Report } from '../../core/report.js';
import type { Lang } from '../../core/diagnostics.js';
import { XLSX_LABELS } from '../../text/xlsx.js';
import type { SheetColumn, SheetTable } from '../xlsx.js';

type Label = keyof (typeof XLSX_LABELS)['en'];

const column = (lang: Lang, label: Label, kind: SheetColumn['kind']): SheetColumn => ({ header: XLSX_LABELS[lang][label], kind });

export function reportSheets(report: Report, lang: Lang): SheetTable[] {
  const l = XLSX_LABELS[lang];
  const lead = (label: Label, kind: SheetColumn['kind'] = 'text'): SheetColumn => column(lang, label, kind);
  const programColumns = [lead('institution', 'longText'), lead('program'), lead('programName', 'longText'), lead('reportMonth'), lead('period')];
  const summary: SheetTable = {
    name: l.summarySheet,
    columns: [
      ...programColumns,
      lead('aspectCount', 'integer'),
      lead('concludedCount', 'integer'),
      lead('vigenteCount', 'integer'),
      lead('averageProgress', 'percent'),
      lead('averagedCount', 'integer'),
      lead('notReportedCount', 'integer'),
      lead('invalidCount', 'integer'),
      lead('statement', 'longText'),
    ],
    rows: report.programs.flatMap((program) =>
      program.periods.map((period) => [
        program.institution,
        program.program,
        program.programName,
        program.reportMonth,
        period.period,
        period.aspectCount,
        period.concludedCount,
        period.vigenteCount,
        period.averageProgress,
        period.averagedCount,
        period.notReportedCount,
        period.invalidCount,
        period.statement,
      ]),
    ),
  };
  const areas: SheetTable = {
    name: l.areasSheet,
    columns: [...programColumns, lead('area', 'longText'), lead('aspectCount', 'integer'), lead('vigenteCount', 'integer'), lead('averageProgress', 'percent')],
    rows: report.programs.flatMap((program) =>
      program.periods.flatMap((period) =>
        period.byArea.map((area) => [
          program.institution,
          program.program,
          program.programName,
          program.reportMonth,
          period.period,
          area.area,
          area.aspectCount,
          area.vigenteCount,
          area.averageProgress,
        ]),
      ),
    ),
  };
  const aspects: SheetTable = {
    name: 'ASM',
    columns: [
      ...programColumns,
      lead('number', 'number'),
      lead('text', 'longText'),
      lead('average', 'percent'),
      lead('vigenteCount'),
      lead('dueDate', 'date'),
      lead('daysOverdue', 'integer'),
      lead('responsibleAreas', 'longText'),
      lead('sourceFile', 'text'),
    ],
    rows: report.programs.flatMap((program) =>
      program.periods.flatMap((period) =>
        period.aspects.map((aspect) => [
          program.institution,
          program.program,
          program.programName,
          program.reportMonth,
          period.period,
          aspect.number ?? aspect.numberText,
          aspect.text,
          aspect.average,
          aspect.status === 'vigente' ? l.yes : l.no,
          aspect.dueDate,
          aspect.daysOverdue,
          aspect.responsibleAreas.join('; '),
          sourcePosition(aspect.source),
        ]),
      ),
    ),
  };
  return [summary, areas, aspects];
}

/** `informe.xlsx:Hoja1!12`, `informe.txt:12`, `informe.pdf#page=3`. */
export function sourcePosition(source: { file: string; line: number | null; page: number | null; sheet?: string }): string {
  if (source.line !== null) return `${source.file}:${source.sheet !== undefined ? `${source.sheet}!` : ''}${source.line}`;
  if (source.page !== null) return `${source.file}#page=${source.page}`;
  return source.file;
}
