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
import { couldBeHeader, isStatement, looksLikeTableText, periodFromHeading, plain } from '../core/table-text.js';
import { hasControlCharacters, stripControls } from '../core/decode.js';
import { createRequire } from 'node:module';

/** One cell as read: its text, how many columns its merge spans, and the formula when it has no saved value. */
export interface GridCell {
  text: string;
  width?: number;
  formula?: string;
  /** The cell held text (not a number, date or formula result): a "0.35" typed as text is ambiguous. */
  typedAsText?: boolean;
}

export interface GridSheet {
  name: string;
  /** Hidden or very hidden in the workbook: not read (a backup, a lookup), with a warning. */
  hidden?: boolean;
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

let numFmtPatched = false;
/**
 * exceljs drops the backslash of an escaped character in a number format
 * (`0\%` becomes `0%`), which turns a literal percent sign (the value IS the
 * percentage) into a real one (the value times 100). Its parser is taught to
 * keep the escaped character quoted instead (`0"%"`), which means the same.
 */
function keepEscapedFormatCharacters(): void {
  if (numFmtPatched) return;
  numFmtPatched = true;
  try {
    const require = createRequire(import.meta.url);
    const NumFmtXform = require('exceljs/lib/xlsx/xform/style/numfmt-xform.js') as {
      prototype: { parseOpen(node: { name: string; attributes: Record<string, string> }): boolean; model?: unknown };
    };
    NumFmtXform.prototype.parseOpen = function parseOpen(node) {
      if (node.name !== 'numFmt') return false;
      const code = node.attributes.formatCode ?? '';
      this.model = {
        id: parseInt(node.attributes.numFmtId ?? '', 10),
        formatCode: code.replace(/\\(.)/g, (_all: string, char: string) => (char === '"' ? '\\"' : `"${char}"`)),
      };
      return true;
    };
  } catch {
    // Another exceljs layout: escaped percent signs read as exceljs reads them.
  }
}

type ExcelValue = import('exceljs').CellValue;

function excelValueText(value: ExcelValue, format: string | undefined): { text: string; formula?: string; typedAsText?: boolean } {
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value, typedAsText: true };
  if (typeof value === 'number') return { text: numberCell(value, format) };
  if (typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '' };
    return { text: dateText(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()) };
  }
  if ('richText' in value) return { text: value.richText.map((run) => run.text).join(''), typedAsText: true };
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
  keepEscapedFormatCharacters();
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
          cells[column - 1] = { text: value.text, ...(value.typedAsText ? { typedAsText: true } : {}) };
          return;
        }
        const value = excelValueText(cell.value, cell.numFmt);
        cells[column - 1] = {
          text: value.text,
          ...(value.formula ? { formula: value.formula } : {}),
          ...(value.typedAsText ? { typedAsText: true } : {}),
        };
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
    const hidden = worksheet.state === 'hidden' || worksheet.state === 'veryHidden';
    sheets.push({ name: worksheet.name, rows, ...(hidden ? { hidden: true } : {}) });
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
  const states = workbook.Workbook?.Sheets ?? [];
  return workbook.SheetNames.map((name, sheetIndex) => {
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
          const typedAsText = cell.t === 's' ? { typedAsText: true } : {};
          (rows[r] ??= [])[c] = { text, ...(formula ? { formula } : {}), ...typedAsText };
        }
      }
    }
    for (const merge of sheet['!merges'] ?? []) {
      const master = rows[merge.s.r]?.[merge.s.c];
      if (!master) continue;
      if (merge.e.c > merge.s.c) master.width = merge.e.c - merge.s.c + 1;
      for (let r = merge.s.r + 1; r <= merge.e.r; r++) (rows[r] ??= [])[merge.s.c] = { text: master.text };
    }
    const hidden = (states[sheetIndex]?.Hidden ?? 0) !== 0;
    return { name, rows, ...(hidden ? { hidden: true } : {}) };
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

/** Excel's escape of a character XML cannot hold (`_x001B_`); `_x005F_` escapes the underscore of a literal `_x…_`. */
const EXCEL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** A cell's text as a reader sees it: Excel escapes decoded, control and bidi characters dropped (and whether any were). */
function cleanCell(text: string): { text: string; dropped: boolean } {
  const decoded = text.includes('_x') ? text.replace(EXCEL_ESCAPE, (_all, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
  const clean = stripControls(decoded);
  return { text: clean, dropped: hasControlCharacters(decoded) };
}

// A word of a table header: a row of four or more short cells, two of them such words, is a header even when asm does not know it.
const HEADER_WORD = /^(?:id|clave|folio|no\.?|num\.?|numero|#)$|fecha|avance|responsable|accion|actividad|compromiso|aspecto|observacion|promedio|evidencia|producto|resultado/;

const NUMBER_HEADER = /^(?:id|clave|folio|no\.?|num\.?|numero|#)$/;

/**
 * A header of a table asm does not know (`Id | Compromiso | Acción | Responsable | Fecha | Avance`): short cells
 * without numbers, two of them header words, and either a number column first or after a break in the table (a
 * blank row or a line of text). A continuation row of text only follows its ASM's row and starts with no `Id`.
 */
function looksLikeHeader(cells: readonly string[], interrupted: boolean): boolean {
  if (!couldBeHeader(cells)) return false;
  const filled = cells.filter((cell) => cell !== '');
  if (filled.some((cell) => cell.length > 40)) return false;
  const words = filled.filter((cell) => HEADER_WORD.test(plain(cell))).length;
  return words >= 2 && (interrupted || NUMBER_HEADER.test(plain(filled[0]!)));
}

/**
 * A header of two rows: group cells merged across columns above (`Avance` over `% de Avance | Promedio`), or a
 * header whose cells are merged down two rows. The lower row holds no number and every cell of it sits under a
 * merged group, an empty cell, or repeats the cell above; the combined header must map.
 */
function combineHeader(
  upper: ReadonlyArray<GridCell | undefined>,
  upperCells: readonly string[],
  lowerCells: readonly string[],
  first: number,
): { cells: string[]; mapping: HeaderMapping } | null {
  const covered = new Set<number>();
  upper.forEach((cell, column) => {
    if (cell && (cell.width ?? 1) >= 2) for (let c = column; c < column + cell.width!; c++) covered.add(c - first);
  });
  let differs = false;
  for (let index = 0; index < lowerCells.length; index++) {
    const text = lowerCells[index]!;
    if (text === '') continue;
    if (/^\d/.test(text) || text.length > 60) return null;
    if (text === upperCells[index]) continue;
    if (upperCells[index] !== '' && !covered.has(index)) return null;
    differs = true;
  }
  if (!differs) return null;
  const cells = upperCells.map((text, index) => (lowerCells[index] !== '' ? lowerCells[index]! : text));
  const mapping = mapHeader(cells);
  return mapping ? { cells, mapping } : null;
}

/** Text in a progress or average cell typed as a fraction (`0.35`): 35 % or 0.35 %? */
const FRACTION_TEXT = /^0?[.,]\d+$/;

export function gridToLines(sheets: readonly GridSheet[], lang: Lang): WorkbookLines {
  const diagnostics: Diagnostic[] = [];
  const visible: GridSheet[] = [];
  for (const sheet of sheets) {
    if (sheet.hidden) diagnostics.push(makeDiagnostic({ code: 'hidden-sheet-skipped', value: stripControls(sheet.name), sheet: sheet.name }, lang));
    else visible.push(sheet);
  }
  const asmSheets = new Set(visible.filter(isAsmSheet));
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
  // The table the previous sheet ended in: a sheet of rows without a header continues it when its columns line up.
  let lastTable = null as { first: number; columns: number; mapping: HeaderMapping; sheet: string } | null;
  for (const sheet of asmSheets.size > 0 ? visible : sheets) {
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
    const rowCells = (row: ReadonlyArray<GridCell | undefined>, line: number, quiet = false): string[] => {
      const cells: string[] = [];
      let dropped = false;
      for (let column = first; column < width; column++) {
        const clean = cleanCell((row[column]?.text ?? '').trim());
        dropped ||= clean.dropped;
        cells.push(clean.text.trim());
      }
      if (dropped && !quiet) diagnostics.push(makeDiagnostic({ code: 'control-character', line, sheet: sheet.name }, lang));
      return cells;
    };
    let mapping = null as HeaderMapping | null;
    if (asmSheets.size > 0 && !asmSheets.has(sheet)) {
      // A sheet with no header and no Periodo heading: its rows continue the previous sheet's table when they
      // line up with its columns; otherwise whatever reads like table data is table text placed in no record.
      const continues = lastTable !== null && first === lastTable.first && width - first <= lastTable.columns;
      let any = false;
      sheet.rows.forEach((row, rowIndex) => {
        if (!row) return;
        const cells = rowCells(row, rowIndex + 1);
        const filled = cells.filter((text) => text !== '');
        // A note of one cell is not a table row; two or more cells that read like a row are.
        if (filled.length < 2 || !looksLikeTableText(filled.join(' '))) return;
        if (continues) {
          if (!any) {
            diagnostics.push(
              makeDiagnostic({ code: 'sheet-continues-table', value: lastTable!.sheet, line: rowIndex + 1, sheet: sheet.name }, lang),
            );
          }
          push({ cells, line: rowIndex + 1, sheet: sheet.name });
        } else push({ cells: filled, line: rowIndex + 1, sheet: sheet.name, unplaced: true });
        any = true;
      });
      if (!continues && any) lastTable = null;
      continue;
    }
    // Rows under a header asm does not know (an annex `Id | Compromiso | …`) are table text placed in no record.
    let unknownTable = false;
    let skipRow = -1;
    // The row index of the last table row (header or data row): a blank row or a line of text after it breaks the table.
    let lastTableRow = -1;
    sheet.rows.forEach((row, rowIndex) => {
      if (!row || rowIndex === skipRow) return;
      const line = rowIndex + 1;
      const cells = rowCells(row, line);
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
      let found = mapHeader(cells);
      if (found) {
        let headerCells = cells;
        const next = sheet.rows[rowIndex + 1];
        const combined = next ? combineHeader(row, cells, rowCells(next, line + 1, true), first) : null;
        if (combined) {
          rowCells(next!, line + 1);
          found = combined.mapping;
          headerCells = combined.cells;
          skipRow = rowIndex + 1;
        }
        mapping = found;
        unknownTable = false;
        header = { cells: headerCells, line, sheet: sheet.name };
        headers.add(header);
        fileColumn = found.keys.indexOf('docSourceFile');
        lines.push(header);
        lastTableRow = combined ? rowIndex + 1 : rowIndex;
        lastTable = { first, columns: headerCells.length, mapping: found, sheet: sheet.name };
        return;
      }
      if (filled.length === 1) {
        const only = filled[0]!;
        const merged = (row[only.index + first]?.width ?? 1) >= 2;
        // Text of one cell is a line of text (title, institution, Periodo heading, statement, note) unless it
        // continues a table cell other than the first column, as a text report's continuation line does.
        if (!mapping || unknownTable || only.index === 0 || merged || periodFromHeading(only.text) || isStatement(plain(only.text))) {
          push({ cells: [only.text], line, sheet: sheet.name });
          return;
        }
      }
      const interrupted = lastTableRow < 0 || rowIndex > lastTableRow + 1;
      lastTableRow = rowIndex;
      if (mapping && !unknownTable && looksLikeHeader(cells, interrupted)) {
        unknownTable = true;
        lastTable = null;
      }
      if (unknownTable) {
        push({ cells: filled.map((cell) => cell.text), line, sheet: sheet.name, unplaced: true });
        return;
      }
      if (mapping) {
        for (const { text, index } of filled) {
          const key = mapping.keys[index];
          if ((key === 'progress' || key === 'average') && row[index + first]?.typedAsText && FRACTION_TEXT.test(text)) {
            diagnostics.push(makeDiagnostic({ code: 'progress-ambiguous-fraction', value: text, field: key, line, sheet: sheet.name }, lang));
          }
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
