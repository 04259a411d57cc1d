// `asm parse --format xlsx`: the activity sheet (one row per activity, its
// ASM's columns repeated, document metadata first and the source file last,
// under the same headers as asm's CSV so that it reads back to the same
// records), then the report's summary sheets.
import type { AsmDocument } from '../../core/schema.js';
import { DEFAULT_HEADERS, type ColumnKey } from '../../core/headers.js';
import { buildReport, isSelectionFailure } from '../../core/report.js';
import type { RenderEnv } from '../registry.js';
import { XLSX_LABELS } from '../../text/xlsx.js';
import { writeWorkbook, type ColumnKind, type SheetTable, type SheetValue } from '../xlsx.js';
import { reportSheets } from '../report/xlsx-sheets.js';
import { DOCUMENT_COLUMNS, documentValue, extraHeadersOf, tableColumns, tableValue } from './columns.js';

const KINDS: Partial<Record<ColumnKey, ColumnKind>> = {
  number: 'number',
  text: 'longText',
  description: 'longText',
  expectedResults: 'longText',
  evidence: 'longText',
  proofName: 'longText',
  proofLocation: 'longText',
  observations: 'longText',
  dueDate: 'date',
  progress: 'percent',
  average: 'percent',
  docInstitution: 'longText',
  docProgramName: 'longText',
  docTitle: 'longText',
  docStatement: 'longText',
};

export async function renderDocumentsXlsx(documents: readonly AsmDocument[], { lang }: RenderEnv): Promise<Uint8Array> {
  const columns = tableColumns(documents);
  const extraHeaders = extraHeadersOf(documents);
  const rows: SheetValue[][] = [];
  for (const document of documents) {
    for (const period of document.periods) {
      const lead = DOCUMENT_COLUMNS.map((key) => documentValue(document, key, period.period, period.statement));
      const file = document.source.file;
      if (period.aspects.length === 0) rows.push([...lead, ...columns.map(() => null), ...extraHeaders.map(() => null), file]);
      for (const aspect of period.aspects) {
        const activities = aspect.activities.length > 0 ? aspect.activities : [undefined];
        for (const activity of activities) {
          rows.push([
            ...lead,
            // A due date that typed is written as a date; one that did not keeps its text.
            ...columns.map((column) => (column.key === 'dueDate' && activity?.dueDate ? activity.dueDate : tableValue(aspect, activity, column.key))),
            ...extraHeaders.map((name) => activity?.extra?.[name] ?? null),
            file,
          ]);
        }
      }
    }
  }
  const activitySheet: SheetTable = {
    name: XLSX_LABELS[lang].activitiesSheet,
    columns: [
      ...DOCUMENT_COLUMNS.map((key) => ({ header: DEFAULT_HEADERS[key], kind: KINDS[key] ?? 'text' })),
      ...columns.map((column) => ({ header: column.header, kind: KINDS[column.key] ?? 'text' })),
      ...extraHeaders.map((header) => ({ header, kind: 'longText' as const })),
      { header: DEFAULT_HEADERS.docSourceFile, kind: 'text' },
    ],
    rows,
  };
  const report = buildReport(documents);
  const summary = isSelectionFailure(report) ? [] : reportSheets(report, lang).slice(0, 1);
  return writeWorkbook([activitySheet, ...summary]);
}
