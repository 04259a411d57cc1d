// Workbooks asm writes (`--format xlsx`): each table a sheet with real types
// (dates as Excel dates shown dd/mm/yyyy, progress as a number with a percent
// format, counts as numbers), a frozen and filtered header row, widths that
// fit, wrapped long text and a colour scale on progress. Every cell is a
// value, never a formula: exceljs writes a string as a shared string, so a
// text that starts with `=` stays text. exceljs is loaded only here, and this
// module only when a workbook is written.
import type { Worksheet } from 'exceljs';
import { xmlChars } from './xml.js';

export type ColumnKind = 'text' | 'longText' | 'date' | 'percent' | 'number' | 'integer';

export interface SheetColumn {
  header: string;
  kind: ColumnKind;
}

/** A cell: text, a number, an ISO date (`YYYY-MM-DD`) in a date column, or nothing. */
export type SheetValue = string | number | null;

export interface SheetTable {
  name: string;
  columns: readonly SheetColumn[];
  rows: ReadonlyArray<readonly SheetValue[]>;
}

/** Excel's limit of characters in a cell. */
const CELL_LIMIT = 32_767;

function cleanText(text: string): string {
  // A workbook is XML: a character XML 1.0 cannot hold would keep it from opening, so it shows as \uFFFD.
  const clean = xmlChars(text, '\uFFFD');
  return clean.length > CELL_LIMIT ? clean.slice(0, CELL_LIMIT) : clean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const MAX_WIDTH: Record<ColumnKind, number> = { text: 40, longText: 60, date: 12, percent: 10, number: 12, integer: 10 };

export async function writeWorkbook(tables: readonly SheetTable[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'asm';
  // Fixed dates: the same input writes the same workbook.
  workbook.created = new Date(Date.UTC(2000, 0, 1));
  workbook.modified = workbook.created;
  for (const table of tables) addTable(workbook.addWorksheet(table.name), table);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addTable(sheet: Worksheet, table: SheetTable): void {
  const { columns, rows } = table;
  const header = sheet.addRow(columns.map((column) => cleanText(column.header)));
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: true };
  const widths = columns.map((column) => Math.min(Math.max(column.header.length, 6), 30));
  for (const values of rows) {
    const row = sheet.addRow([]);
    columns.forEach((column, index) => {
      const value = values[index] ?? null;
      if (value === null || value === '') return;
      const cell = row.getCell(index + 1);
      const date = typeof value === 'string' && column.kind === 'date' ? ISO_DATE.exec(value) : null;
      if (date) {
        cell.value = new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
        cell.numFmt = 'dd/mm/yyyy';
        widths[index] = Math.max(widths[index]!, 10);
        return;
      }
      if (typeof value === 'number') {
        if (column.kind === 'percent') {
          cell.value = value / 100;
          cell.numFmt = Number.isInteger(value) ? '0%' : '0.00%';
        } else {
          cell.value = value;
          if (column.kind === 'number') cell.numFmt = Number.isInteger(value) ? '0' : '0.00';
        }
        widths[index] = Math.max(widths[index]!, Math.min(String(value).length + 2, 12));
        return;
      }
      // Text, also in a typed column whose source cell did not type ("N/A", "31/02/2016"): kept as written.
      const text = cleanText(value);
      cell.value = text;
      const longest = Math.max(...text.split('\n').map((line) => line.length));
      widths[index] = Math.max(widths[index]!, Math.min(longest + 1, MAX_WIDTH[column.kind]));
      if (text.length > MAX_WIDTH[column.kind] || text.includes('\n')) cell.alignment = { vertical: 'top', wrapText: true };
      else cell.alignment = { vertical: 'top' };
    });
  }
  columns.forEach((_, index) => {
    sheet.getColumn(index + 1).width = widths[index]! + 2;
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  if (columns.length > 0) {
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows.length + 1), column: columns.length } };
  }
  // Progress at a glance: red at 0 %, yellow at 50 %, green at 100 %.
  columns.forEach((column, index) => {
    if (column.kind !== 'percent' || rows.length === 0) return;
    const letter = sheet.getColumn(index + 1).letter;
    sheet.addConditionalFormatting({
      ref: `${letter}2:${letter}${rows.length + 1}`,
      rules: [
        {
          type: 'colorScale',
          priority: 1,
          cfvo: [
            { type: 'num', value: 0 },
            { type: 'num', value: 0.5 },
            { type: 'num', value: 1 },
          ],
          color: [{ argb: 'FFF8696B' }, { argb: 'FFFFEB84' }, { argb: 'FF63BE7B' }],
        },
      ],
    });
  });
}
