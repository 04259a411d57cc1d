// The independent reader of the workbooks asm writes: SheetJS (@e965/xlsx),
// not exceljs, which wrote them. It checks what a user's Excel would see:
// real types and number formats, no formula anywhere, a frozen header row
// and a filter on every sheet.
import { readFileSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { expect } from 'vitest';

export interface ReadSheet {
  name: string;
  header: string[];
  /** Data rows: header → cell (SheetJS's own cell objects: t, v, z, f). */
  rows: Array<Record<string, XLSX.CellObject | undefined>>;
  xml: string;
  /** The workbook's styles.xml (number formats, wrapping). */
  styles: string;
  autofilter: string | undefined;
}

export function readWorkbookIndependently(path: string): ReadSheet[] {
  const book = XLSX.read(readFileSync(path), { cellNF: true, cellFormula: true, bookFiles: true });
  const files = (book as unknown as { files: Record<string, { content: Uint8Array }> }).files;
  return book.SheetNames.map((name, index) => {
    const sheet = book.Sheets[name]!;
    const range = XLSX.utils.decode_range(sheet['!ref'] ?? 'A1:A1');
    const at = (r: number, c: number): XLSX.CellObject | undefined => sheet[XLSX.utils.encode_cell({ r, c })] as XLSX.CellObject | undefined;
    const header: string[] = [];
    for (let c = range.s.c; c <= range.e.c; c++) header.push(String(at(0, c)?.v ?? ''));
    const rows: ReadSheet['rows'] = [];
    for (let r = 1; r <= range.e.r; r++) {
      rows.push(Object.fromEntries(header.map((h, c) => [h, at(r, c)])));
    }
    const xml = new TextDecoder().decode(files[`xl/worksheets/sheet${index + 1}.xml`]!.content);
    const styles = new TextDecoder().decode(files['xl/styles.xml']!.content);
    return { name, header, rows, xml, styles, autofilter: (sheet['!autofilter'] as { ref?: string } | undefined)?.ref };
  });
}

/** What every sheet asm writes must have: no formula, a frozen first row, a filter over the header. */
export function expectWorkbookBasics(sheets: readonly ReadSheet[]): void {
  expect(sheets.length).toBeGreaterThan(0);
  for (const sheet of sheets) {
    expect(sheet.xml, `${sheet.name}: a formula`).not.toContain('<f>');
    expect(sheet.xml, `${sheet.name}: a formula`).not.toMatch(/<f[ >]/);
    expect(sheet.xml, `${sheet.name}: frozen header`).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    expect(sheet.autofilter, `${sheet.name}: filter`).toMatch(/^A1:[A-Z]+\d+$/);
    for (const row of sheet.rows) for (const cell of Object.values(row)) expect(cell?.f, `${sheet.name}: formula`).toBeUndefined();
  }
}

/** A date cell as Excel stores one: a serial number with a dd/mm/yyyy format, shown as the ISO date given. */
export function expectExcelDate(cell: XLSX.CellObject | undefined, iso: string): void {
  expect(cell?.t).toBe('n');
  expect(cell?.z).toBe('dd/mm/yyyy');
  const parsed = XLSX.SSF.parse_date_code(cell!.v as number);
  expect(`${parsed.y}-${String(parsed.m).padStart(2, '0')}-${String(parsed.d).padStart(2, '0')}`).toBe(iso);
}

/** A percentage as Excel stores one: the fraction, with a percent format. */
export function expectPercent(cell: XLSX.CellObject | undefined, percent: number): void {
  expect(cell?.t).toBe('n');
  expect(cell?.z).toMatch(/^0(\.0+)?%$/);
  expect(cell!.v as number).toBeCloseTo(percent / 100, 10);
}
