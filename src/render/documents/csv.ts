// CSV of parsed documents: one row per activity with its ASM's columns
// repeated, document metadata as leading columns so the CSV reads back to the
// same records, Spanish headers as in the source, formulas escaped.
import Papa from 'papaparse';
import type { Activity, AsmDocument, Aspect } from '../../core/schema.js';
import { ACTIVITY_FIELDS, DEFAULT_HEADERS, type ColumnKey, type DocumentField } from '../../core/headers.js';
import { escapeFormula } from '../../core/formula.js';

const DOCUMENT_COLUMNS: DocumentField[] = [
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
function tableColumns(documents: readonly AsmDocument[]): Array<{ key: ColumnKey; header: string }> {
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
  return columns;
}

function documentValue(document: AsmDocument, key: DocumentField, period: string, statement: string | null): string | null {
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
  }
}

/** Numbers as numbers when the source cell typed; otherwise the original text. */
function tableValue(aspect: Aspect, activity: Activity | undefined, key: ColumnKey): string | number | null {
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

export function renderDocumentsCsv(documents: readonly AsmDocument[]): string {
  const columns = tableColumns(documents);
  // Cells of columns asm does not know (kept in `extra`) go last, under their own headers: nothing is lost.
  const extraHeaders = [
    ...new Set(documents.flatMap((d) => d.periods.flatMap((p) => p.aspects.flatMap((a) => a.activities.flatMap((x) => Object.keys(x.extra ?? {})))))),
  ];
  const header = [...DOCUMENT_COLUMNS.map((key) => DEFAULT_HEADERS[key]), ...columns.map((c) => c.header), ...extraHeaders];
  const rows: Array<Array<string | number>> = [];
  const cell = (value: string | number | null): string | number =>
    value === null ? '' : typeof value === 'number' ? value : escapeFormula(value);
  for (const document of documents) {
    for (const period of document.periods) {
      const lead = DOCUMENT_COLUMNS.map((key) => cell(documentValue(document, key, period.period, period.statement)));
      if (period.aspects.length === 0) rows.push([...lead, ...columns.map(() => ''), ...extraHeaders.map(() => '')]);
      for (const aspect of period.aspects) {
        const activities = aspect.activities.length > 0 ? aspect.activities : [undefined];
        for (const activity of activities) {
          rows.push([
            ...lead,
            ...columns.map((column) => cell(tableValue(aspect, activity, column.key))),
            ...extraHeaders.map((name) => cell(activity?.extra?.[name] ?? null)),
          ]);
        }
      }
    }
  }
  // Headers come from the document too (an unknown column may be headed `=HYPERLINK(…)`): escaped like cells.
  return `${Papa.unparse({ fields: header.map(escapeFormula), data: rows }, { newline: '\r\n', escapeFormulae: false })}\r\n`;
}
