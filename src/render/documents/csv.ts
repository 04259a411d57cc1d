// CSV of parsed documents: one row per activity with its ASM's columns
// repeated, document metadata as leading columns so the CSV reads back to the
// same records, Spanish headers as in the source, formulas escaped.
import Papa from 'papaparse';
import type { AsmDocument } from '../../core/schema.js';
import { DEFAULT_HEADERS } from '../../core/headers.js';
import { escapeFormula } from '../../core/formula.js';
import { DOCUMENT_COLUMNS, documentValue, extraHeadersOf, tableColumns, tableValue } from './columns.js';

export function renderDocumentsCsv(documents: readonly AsmDocument[]): string {
  const columns = tableColumns(documents);
  // Cells of columns asm does not know (kept in `extra`) go last, under their own headers: nothing is lost.
  const extraHeaders = extraHeadersOf(documents);
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
