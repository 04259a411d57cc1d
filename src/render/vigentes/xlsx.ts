// `asm vigentes --format xlsx`: one row per pending ASM with its due date and
// days overdue, headers in the run's language.
import type { VigentesList } from '../../core/report.js';
import type { RenderEnv } from '../registry.js';
import { XLSX_LABELS } from '../../text/xlsx.js';
import { writeWorkbook, type SheetColumn } from '../xlsx.js';
import { sourcePosition } from '../report/xlsx-sheets.js';

export function renderVigentesXlsx(list: VigentesList, { lang }: RenderEnv): Promise<Uint8Array> {
  const l = XLSX_LABELS[lang];
  const column = (label: keyof typeof l, kind: SheetColumn['kind']): SheetColumn => ({ header: l[label], kind });
  return writeWorkbook([
    {
      name: l.vigentesSheet,
      columns: [
        column('institution', 'longText'),
        column('program', 'text'),
        column('programName', 'longText'),
        column('period', 'text'),
        column('number', 'number'),
        column('text', 'longText'),
        column('average', 'percent'),
        column('dueDate', 'date'),
        column('overdue', 'text'),
        column('daysOverdue', 'integer'),
        column('responsibleAreas', 'longText'),
        column('sourceFile', 'text'),
      ],
      rows: list.vigentes.map((v) => [
        v.institution,
        v.program,
        v.programName,
        v.period,
        v.number,
        v.text,
        v.average,
        v.dueDate,
        v.overdue ? l.yes : l.no,
        v.daysOverdue,
        v.responsibleAreas.join('; '),
        sourcePosition(v.source),
      ]),
    },
  ]);
}
