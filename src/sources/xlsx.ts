// Workbook source (.xlsx through exceljs, old .xls through SheetJS): every
// sheet that holds an ASM table becomes rows of cells with their sheet and row,
// and the rows go through the same header mapping, continuation and
// realignment as text. Both libraries are loaded here only, and this module is
// imported only when a workbook is read.
//
// Cells become the text a reader sees: a date as dd/mm/yyyy, a number with a
// percent format as "35%", a formula as its saved value. A merged cell (an
// ASM's No., text and Promedio spanning its activity rows) belongs to every
// row it spans, in its first column; title rows merged across the table are
// one line of text, like the title of a text report.
import type { Diagnostic } from '../core/schema.js';
import type { SourceLine } from '../core/lines.js';
import { makeDiagnostic, type Lang } from '../core/diagnostics.js';
import { AsmInputError } from '../core/errors.js';
import { mapHeader, type HeaderMapping } from '../core/headers.js';
import { isStatement, periodFromHeading, plain } from '../core/table-text.js';

/** One cell as read: its text, how many columns its merge spans, and the formula when it has no saved value. */
export interface GridCell {
  text: string;
  width?: number;
  formula?: string;
}

export interface GridSheet {
  name: string;
  /** rows[r][c], 0-based; a missing cell is empty. */
  rows: Array<Array<GridCell | undefined>>;
}

export interface WorkbookLines {
  /** The lines of each document: one, except for asm's own workbook of several reports (split by its source file column). */
  documents: SourceLine[][];
  diagnostics: Diagnostic[];
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((byte, index) => bytes[index] === byte);

/** Whether the bytes are a workbook container: a ZIP (.xlsx) or an OLE compound file (.xls). */
export function isWorkbookBytes(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, OLE_MAGIC);
}

/** What a workbook may expand to in memory: a real report's is a few MB; a ZIP bomb's is gigabytes. */
const MAX_EXPANDED_BYTES = 512 * 1024 * 1024;

/**
 * The uncompressed size a ZIP declares in its central directory (null when it
 * has none, which the library then refuses). Read before unzipping, so that a
 * small file that expands to gigabytes is refused instead of exhausting memory.
 */
export function zipExpandedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const floor = Math.max(0, bytes.length - 65_557);
  for (let end = bytes.length - 22; end >= floor; end--) {
    if (view.getUint32(end, true) !== 0x06054b50) continue;
    const entries = view.getUint16(end + 10, true);
    let offset = view.getUint32(end + 16, true);
    let total = 0;
    for (let index = 0; index < entries; index++) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) return null;
      const size = view.getUint32(offset + 24, true);
      // ZIP64 sizes (0xFFFFFFFF here) are beyond any report.
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

export async function readWorkbook(bytes: Uint8Array, file: string, lang: Lang): Promise<WorkbookLines> {
  if (startsWith(bytes, ZIP_MAGIC) && (zipExpandedSize(bytes) ?? 0) > MAX_EXPANDED_BYTES) {
    throw new AsmInputError('xlsx-unreadable', file, 'it expands to more than 512 MB');
  }
  let sheets: GridSheet[];
  try {
    sheets = startsWith(bytes, OLE_MAGIC) ? await readXlsGrid(bytes) : await readXlsxGrid(bytes);
  } catch (error) {
    if (error instanceof AsmInputError) throw error;
    throw new AsmInputError('xlsx-unreadable', file, shortReason(error));
  }
  return gridToLines(sheets, lang);
}

function shortReason(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : '';
  // Library messages can quote the file's own bytes: keep a short, printable reason only.
  const clean = text.replace(/[^\x20-\x7E\u00A0-\u00FF]/g, '').slice(0, 80).trim();
  return clean === '' ? undefined : clean;
}

// ------------------------------------------------------------ cell values → text

const pad = (n: number): string => String(n).padStart(2, '0');

function dateText(year: number, month: number, day: number): string {
  return `${pad(day)}/${pad(month)}/${year}`;
}

/** A number as written, without binary noise (0.35 * 100 is 35.00000000000001). */
function numberText(value: number): string {
  return String(Number(value.toPrecision(12)));
}

/** Whether a number format shows a percentage (outside quoted text). */
function isPercentFormat(format: string | undefined): boolean {
  return Boolean(format && format.replace(/"[^"]*"|\\./g, '').includes('%'));
}

/** Whether a number format shows a date: d, m with y, or y, outside quotes, colours and conditions. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const bare = format.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, '').toLowerCase();
  return /[dy]/.test(bare) && !/^general$/.test(bare);
}

function numberCell(value: number, format: string | undefined): string {
  if (isPercentFormat(format)) return `${numberText(value * 100)}%`;
  if (isDateFormat(format) && value > 0 && value < 2958466) {
    const date = new Date(Date.UTC(1899, 11, 30) + Math.round(value * 86_400_000));
    return dateText(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  return numberText(value);
}

// ------------------------------------------------------------ .xlsx (exceljs)

type ExcelValue = import('exceljs').CellValue;

function excelValueText(value: ExcelValue, format: string | undefined): { text: string; formula?: string } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number') return { text: numberCell(value, format) };
  if (typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '' };
    return { text: dateText(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
  }
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join('') };
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    const formula = 'formula' in value ? value.formula : String((value as { sharedFormula?: unknown }).sharedFormula ?? '');
    if (result === undefined || result === null || (typeof result === 'object' && !(result instanceof Date) && !('error' in result))) {
      return { text: '', formula: `=${formula}` };
    }
    if (typeof result === 'object' && 'error' in result) return { text: String(result.error) };
    return excelValueText(result as ExcelValue, format);
  }
  if ('error' in value) return { text: String(value.error) };
  if ('text' in value) {
    const text = value.text as unknown;
    return typeof text === 'string' ? { text } : excelValueText(text as ExcelValue, format);
  }
  return { text: '' };
}

async function readXlsxGrid(bytes: Uint8Array): Promise<GridSheet[]> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  const sheets: GridSheet[] = [];
  workbook.eachSheet((worksheet) => {
    const rows: GridSheet['rows'] = [];
    worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const cells: Array<GridCell | undefined> = [];
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        const master = cell.isMerged ? cell.master : cell;
        if (master !== cell) {
          // A merged cell's value is its master's, in the master's column only: a title merged across
          // the table is one cell, the ASM text merged down its activity rows is on each of them.
          if (master.col !== cell.col) return;
          const value = excelValueText(master.value, master.numFmt);
          cells[column - 1] = { text: value.text };
          return;
        }
        const value = excelValueText(cell.value, cell.numFmt);
        cells[column - 1] = { text: value.text, ...(value.formula ? { formula: value.formula } : {}) };
      });
      rows[rowNumber - 1] = cells;
    });
    // Horizontal spans of merges, for title rows.
    const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
    for (const range of merges) {
      const match = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
      if (!match) continue;
      const left = columnIndex(match[1]!);
      const right = columnIndex(match[3]!);
      const top = Number(match[2]) - 1;
      const cell = rows[top]?.[left];
      if (cell && right > left) cell.width = right - left + 1;
    }
    sheets.push({ name: worksheet.name, rows });
  });
  return sheets;
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

// ------------------------------------------------------------ .xls (SheetJS)

async function readXlsGrid(bytes: Uint8Array): Promise<GridSheet[]> {
  const XLSX = await import('@e965/xlsx');
  const workbook = XLSX.read(bytes, { type: 'array', cellNF: true, cellFormula: true, dense: false });
  return workbook.SheetNames.map((name) => {
    const sheet = workbook.Sheets[name]!;
    const rows: GridSheet['rows'] = [];
    const range = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']) : null;
    if (range) {
      for (let r = range.s.r; r <= range.e.r; r++) {
        for (let c = range.s.c; c <= range.e.c; c++) {
          const cell = sheet[XLSX.utils.encode_cell({ r, c })] as import('@e965/xlsx').CellObject | undefined;
          if (!cell) continue;
          let text = '';
          let formula: string | undefined;
          if (cell.v === undefined || cell.v === null) {
            if (cell.f) formula = `=${cell.f}`;
          } else if (cell.t === 'n' && typeof cell.v === 'number') {
            const format = typeof cell.z === 'string' ? cell.z : undefined;
            text = numberCell(cell.v, format);
          } else if (cell.t === 'e') text = cell.w ?? '';
          else if (cell.v instanceof Date) text = dateText(cell.v.getUTCFullYear(), cell.v.getUTCMonth() + 1, cell.v.getUTCDate());
          else text = String(cell.v);
          (rows[r] ??= [])[c] = { text, ...(formula ? { formula } : {}) };
        }
      }
    }
    for (const merge of sheet['!merges'] ?? []) {
      const master = rows[merge.s.r]?.[merge.s.c];
      if (!master) continue;
      if (merge.e.c > merge.s.c) master.width = merge.e.c - merge.s.c + 1;
      for (let r = merge.s.r + 1; r <= merge.e.r; r++) (rows[r] ??= [])[merge.s.c] = { text: master.text };
    }
    return { name, rows };
  });
}

// ------------------------------------------------------------ grid → lines

/** Whether a sheet holds an ASM table or period headings; other sheets (catalogues, notes, charts' data) are not read. */
function isAsmSheet(sheet: GridSheet): boolean {
  for (const row of sheet.rows) {
    if (!row) continue;
    const texts = Array.from(row, (cell) => (cell?.text ?? '').trim());
    if (mapHeader(texts)) return true;
    const filled = texts.filter((text) => text !== '');
    if (filled.length === 1 && periodFromHeading(filled[0]!)) return true;
  }
  return false;
}

export function gridToLines(sheets: readonly GridSheet[], lang: Lang): WorkbookLines {
  const asmSheets = sheets.filter(isAsmSheet);
  const diagnostics: Diagnostic[] = [];
  // asm's own workbook names each row's source file: one document per file, each with the header before its rows.
  const documents = new Map<string, SourceLine[]>();
  let lines: SourceLine[] = [];
  documents.set('', lines);
  let header: SourceLine | null = null;
  const headers = new Set<SourceLine>();
  let fileColumn = -1;
  const push = (line: SourceLine): void => {
    if (fileColumn >= 0 && line.cells.length > 1) {
      const file = line.cells[fileColumn] ?? '';
      let group = documents.get(file);
      if (!group) {
        group = header ? [header] : [];
        documents.set(file, group);
      }
      lines = group;
    }
    lines.push(line);
  };
  for (const sheet of asmSheets.length > 0 ? asmSheets : sheets) {
    // Columns left of every cell of the sheet are not the table's: a table that starts in column B reads like one in A.
    let first = Number.POSITIVE_INFINITY;
    let width = 0;
    for (const row of sheet.rows) {
      if (!row) continue;
      row.forEach((cell, index) => {
        if (cell && cell.text.trim() !== '') {
          first = Math.min(first, index);
          width = Math.max(width, index + 1);
        }
      });
    }
    if (!Number.isFinite(first)) first = 0;
    let mapping: HeaderMapping | null = null;
    sheet.rows.forEach((row, rowIndex) => {
      if (!row) return;
      const line = rowIndex + 1;
      const cells: string[] = [];
      for (let column = first; column < width; column++) cells.push((row[column]?.text ?? '').trim());
      for (let column = first; column < row.length; column++) {
        const formula = row[column]?.formula;
        if (!formula) continue;
        const key = mapping?.keys[column - first] ?? null;
        diagnostics.push(
          makeDiagnostic({ code: 'formula-without-value', value: formula, ...(key ? { field: key } : {}), line, sheet: sheet.name }, lang),
        );
      }
      const filled = cells.map((text, index) => ({ text, index })).filter((cell) => cell.text !== '');
      if (filled.length === 0) return;
      const found = mapHeader(cells);
      if (found) {
        mapping = found;
        header = { cells, line, sheet: sheet.name };
        headers.add(header);
        fileColumn = found.keys.indexOf('docSourceFile');
        lines.push(header);
        return;
      }
      if (filled.length === 1) {
        const only = filled[0]!;
        const merged = (row[only.index + first]?.width ?? 1) >= 2;
        // Text of one cell is a line of text (title, institution, Periodo heading, statement, note) unless it
        // continues a table cell other than the first column, as a text report's continuation line does.
        if (!mapping || only.index === 0 || merged || periodFromHeading(only.text) || isStatement(plain(only.text))) {
          push({ cells: [only.text], line, sheet: sheet.name });
          return;
        }
      }
      push({ cells, line, sheet: sheet.name });
    });
  }
  const groups = [...documents.values()];
  // The first group holds only the header when every row named its file.
  const read = groups.filter((group, index) => index > 0 || groups.length === 1 || group.some((l) => !headers.has(l)));
  return { documents: read, diagnostics };
}
