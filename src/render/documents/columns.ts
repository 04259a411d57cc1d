// The columns of asm's own activity table (CSV and workbook): document
// metadata first, then the table's columns with the documents' own Spanish
// headers, then cells of unknown columns under their headers. What is written
// this way reads back to the same records.
import type { Activity, AsmDocument, Aspect } from '../../core/schema.js';
import { ACTIVITY_FIELDS, DEFAULT_HEADERS, type ColumnKey, type DocumentField } from '../../core/headers.js';

export const DOCUMENT_COLUMNS: DocumentField[] = [
  'docInstitution',
  'docProgramCode',
  'docProgramName',
  'docReportMonth',
  'docType',
  'docClassification',
  'docTitle',
  'docPeriod',
  'docStatement',
];
const CANONICAL_ORDER: ColumnKey[] = ['number', 'activityNumber', 'text', ...ACTIVITY_FIELDS, 'reportMonth', 'average'];

/** Table columns of the documents, in the first document's order, headers as printed in the source. */
export function tableColumns(documents: readonly AsmDocument[]): Array<{ key: ColumnKey; header: string }> {
  const columns: Array<{ key: ColumnKey; header: string }> = [];
  for (const document of documents) {
    for (const column of document.columns) {
      const key = column.key as ColumnKey;
      if (CANONICAL_ORDER.includes(key) && !columns.some((c) => c.key === key)) columns.push({ key, header: column.header });
    }
  }
  for (const key of ['number', 'text'] as const) {
    if (!columns.some((c) => c.key === key)) columns.unshift({ key, header: DEFAULT_HEADERS[key] });
  }
  // Activities numbered `1.1`, `1.2` in the No. column (or in their text) keep their numbers in a column of their own.
  const numbered = documents.some((d) => d.periods.some((p) => p.aspects.some((a) => a.activities.some((x) => x.numberText))));
  if (numbered && !columns.some((c) => c.key === 'activityNumber')) {
    columns.splice(columns.findIndex((c) => c.key === 'number') + 1, 0, { key: 'activityNumber', header: DEFAULT_HEADERS.activityNumber });
  }
  return columns;
}

export function documentValue(document: AsmDocument, key: DocumentField, period: string, statement: string | null): string | null {
  switch (key) {
    case 'docInstitution': return document.institution;
    case 'docProgramCode': return document.program.code;
    case 'docProgramName': return document.program.name;
    case 'docReportMonth': return document.reportMonth;
    case 'docType': return document.documentType;
    case 'docClassification': return document.classification;
    case 'docTitle': return document.title;
    case 'docPeriod': return period;
    case 'docStatement': return statement;
    case 'docSourceFile': return document.source.file;
  }
}

/** Numbers as numbers when the source cell typed; otherwise the original text. */
export function tableValue(aspect: Aspect, activity: Activity | undefined, key: ColumnKey): string | number | null {
  switch (key) {
    case 'number': return aspect.number ?? aspect.numberText;
    case 'activityNumber': return activity?.numberText ?? null;
    case 'text': return aspect.text;
    case 'average': return aspect.averageText === null ? null : (aspect.average ?? aspect.averageText);
    case 'reportMonth': return aspect.reportMonthText;
    case 'dueDate': return activity?.dueDateText ?? null;
    case 'progress': return activity ? (activity.progress ?? activity.progressText) : null;
    default: return activity ? (activity[key as keyof Activity] as string | null) : null;
  }
}

/** Headers of the cells kept in `extra` (columns asm does not know), in order of appearance. */
export function extraHeadersOf(documents: readonly AsmDocument[]): string[] {
  return [
    ...new Set(documents.flatMap((d) => d.periods.flatMap((p) => p.aspects.flatMap((a) => a.activities.flatMap((x) => Object.keys(x.extra ?? {})))))),
  ];
}
