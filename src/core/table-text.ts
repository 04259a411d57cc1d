// What a line of a report is, judged from its text alone: a period heading, a
// "no ASM this period" statement, a page number, a table header written as
// text, or text that reads like a table row. The assembler asks; the PDF
// reader asks too (period headings split its tables).
import { foldAccents } from './text.js';

const PERIOD_HEADING = /^#*\s*periodo\s*(?:de evaluacion)?\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})\b/;
// "No se identificaron aspectos susceptibles de mejora vigentes…" and other agencies' ways of saying a period has none.
const STATEMENT = /^no (?:se identificaron|se (?:registraron|reportan|comprometieron|derivaron)|hubo|hay|existen|se cuenta con)\b.{0,60}?\b(?:aspectos susceptibles de mejora|asm)\b/;
const PAGE_NUMBER = /^(pagina|pag\.?|hoja)?\s*\d+(\s*(de|\/)\s*\d+)?$/;

/** Lower case, no accents, trimmed: how lines are compared. */
export function plain(text: string): string {
  return foldAccents(text).trim();
}

export function periodFromHeading(text: string): string | null {
  // Runs of spaces collapsed first: the optional parts between `\s*` would otherwise backtrack quadratically.
  const match = PERIOD_HEADING.exec(plain(text).replace(/\s+/g, ' '));
  return match ? `${match[1]}-${match[2]}` : null;
}

/** What a period heading line says after its years (`Periodo 2015-2016 1 Aspecto … 10%` → `1 Aspecto … 10%`). */
export function headingRest(text: string): string {
  const normalized = plain(text).replace(/\s+/g, ' ');
  const match = PERIOD_HEADING.exec(normalized);
  return match ? normalized.slice(match[0].length).trim() : '';
}

/** A sentence saying the period has no ASM (`normalized` as `plain` gives it). */
export function isStatement(normalized: string): boolean {
  return STATEMENT.test(normalized);
}

/** `Página 3 de 12`, `3/12`, `Hoja 2` (`normalized` as `plain` gives it). */
export function isPageNumber(normalized: string): boolean {
  return PAGE_NUMBER.test(normalized);
}

// A date anywhere in a line, and a percentage: the marks of table text.
const DATE_IN_TEXT = /(?:^|[^\d/.-])\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}(?![\d/])/g;
const PERCENT_IN_TEXT = /(?:^|[^\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?%/;
const PROGRESS_TOKEN = /(?:^|\s)(?:100|\d{1,2})(?:[.,]\d{1,2})?(?=\s|$)/;

/**
 * Text that reads like an ASM table row: two dates, or a date with a
 * percentage or a bare progress number. A title, a cut-off date or a
 * signature's date alone is not table text.
 */
export function looksLikeTableText(line: string): boolean {
  // A row's dates and percentages come early: a huge line is judged by its start (linear time either way).
  const text = line.length > 8192 ? line.slice(0, 8192) : line;
  if (namesTableColumns(text)) return true;
  const dates = text.match(DATE_IN_TEXT);
  if (!dates) return false;
  if (dates.length >= 2) return true;
  if (PERCENT_IN_TEXT.test(text)) return true;
  return PROGRESS_TOKEN.test(text.replace(DATE_IN_TEXT, ' '));
}

const COLUMN_STEMS = [
  /aspectos? susceptibles?/,
  /actividad|acciones/,
  /responsable/,
  /fecha/,
  /avance/,
  /evidencia|productos/,
  /observacion/,
  /promedio/,
  /probatorio/,
];

/**
 * A table header written as one line of text: it names four or more ASM
 * columns, and little else (a paragraph that explains the columns, "Los
 * porcentajes de avance de cada actividad… productos… promedio…", is prose).
 */
function namesTableColumns(text: string): boolean {
  if (text.length > 600) return false;
  const plainText = plain(text);
  let found = 0;
  for (const stem of COLUMN_STEMS) if (stem.test(plainText)) found++;
  const words = plainText.split(/\s+/).filter((word) => word.length > 2).length;
  return found >= 4 && words <= 4 * found;
}

/**
 * A cheap test that spares header matching for data rows: a header has at
 * least four short cells and none starts with a digit (a data row's No. does).
 */
export function couldBeHeader(cells: readonly string[]): boolean {
  let filled = 0;
  for (const cell of cells) {
    if (cell === '') continue;
    const first = cell.charCodeAt(0);
    if (cell.length > 120 || (first >= 48 && first <= 57)) return false;
    filled++;
  }
  return filled >= 4;
}
