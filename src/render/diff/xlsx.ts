// `asm diff --format xlsx`: one sheet of changes, one row per ASM and kind,
// with real types (averages as percentages, due dates as Excel dates) and
// headers in the run's language; the kind's code beside its words so a
// filter on it is stable across languages.
import type { RenderEnv } from '../registry.js';
import { isRegression, type DiffResult } from '../../core/diff.js';
import { XLSX_LABELS } from '../../text/xlsx.js';
import { writeWorkbook, type SheetColumn } from '../xlsx.js';
import { sourcePosition } from '../report/xlsx-sheets.js';
import { changeDetail, kindLabel } from './common.js';

export function renderDiffXlsx(result: DiffResult, { lang }: RenderEnv): Promise<Uint8Array> {
  const l = XLSX_LABELS[lang];
  const column = (label: keyof typeof l, kind: SheetColumn['kind']): SheetColumn => ({ header: l[label], kind });
  return writeWorkbook([
    {
      name: l.changesSheet,
      columns: [
        column('institution', 'longText'),
        column('program', 'text'),
        column('period', 'text'),
        column('number', 'number'),
        column('change', 'text'),
        column('changeCode', 'text'),
        column('regression', 'text'),
        column('fromMonth', 'text'),
        column('toMonth', 'text'),
        column('averageBefore', 'percent'),
        column('averageAfter', 'percent'),
        column('dueDateBefore', 'date'),
        column('dueDateAfter', 'date'),
        column('textBefore', 'longText'),
        column('textAfter', 'longText'),
        column('detail', 'longText'),
        column('sourcePosition', 'text'),
      ],
      rows: result.changes.map((change) => [
        change.institution,
        change.program,
        change.period,
        change.number,
        kindLabel(change, lang),
        change.kind,
        isRegression(change) ? l.yes : l.no,
        result.from.reportMonth,
        result.to.reportMonth,
        change.before?.average ?? null,
        change.after?.average ?? null,
        change.before?.dueDate ?? null,
        change.after?.dueDate ?? null,
        change.before?.text ?? null,
        change.after?.text ?? null,
        changeDetail(change, lang),
        sourcePosition(change.source),
      ]),
    },
  ]);
}
