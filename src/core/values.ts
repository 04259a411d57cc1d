// Typing of cell text: dates, percentages and report months. Each function
// returns null when the text does not type; callers keep the original text.
import { foldAccents } from './text.js';

/** No date, percentage or month is longer; longer cells are text (and typing them stays cheap). */
const MAX_TYPED_LENGTH = 100;

const DATE = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Dates with a Spanish month name: `30 de junio de 2016`, `30-jun-16`, `30/Sept./2016`, `30 jun 2016`.
const NAMED_DATE = /^(\d{1,2}) ?(?:de |[-/.] ?)?([a-z]+)\.? ?(?:de |del |[-/.,] ?)?(\d{4}|\d{2})$/;
// A month alone: `junio 2016`, `junio de 2016`, `jun-2016` (taken as the month's last day; see isMonthOnlyDate).
const MONTH_DATE = /^([a-z]+)\.? ?(?:de |del |[-/] ?)?(\d{4})$/;
// An Excel serial day number, as a spreadsheet's CSV export writes a date cell: 20000 (1954) to 80000 (2119).
const EXCEL_SERIAL = /^\d{5}$/;

/** Lower case, no accents, spaces collapsed: how month names are compared. */
function foldDate(text: string): string {
  const trimmed = text.trim();
  return foldAccents(trimmed).replace(/\s+/g, ' ');
}

/** `16` → 2016: two-digit years are this century's (the reports are). */
const fullYear = (year: string): number => (year.length === 2 ? 2000 + Number(year) : Number(year));

/**
 * `30/06/2015`, `3/6/2015`, `30-06-2015`, `30/06/201 5` (year cut by a line
 * break), ISO, `30 de junio de 2016`, `30-jun-16`, `junio 2016` (its last day)
 * and an Excel serial number (`42551`) → `2015-06-30`.
 */
export function parseDate(text: string | null): string | null {
  if (text === null || text.length > MAX_TYPED_LENGTH) return null;
  const compact = text.trim().replace(/(\d)\s+(?=\d)/g, '$1');
  const dmy = DATE.exec(compact);
  if (dmy) {
    const [day, month, year] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    return isRealDate(year, month, day) ? iso(year, month, day) : null;
  }
  const ymd = ISO_DATE.exec(compact);
  if (ymd) {
    const [year, month, day] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
    return isRealDate(year, month, day) ? iso(year, month, day) : null;
  }
  if (EXCEL_SERIAL.test(compact)) {
    const serial = Number(compact);
    if (serial < 20000 || serial > 80000) return null;
    // Day 0 is 1899-12-30 for every serial after Excel's phantom 1900-02-29.
    const date = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
    return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  if (!/[a-z]/i.test(compact)) return null;
  const folded = foldDate(compact);
  const named = NAMED_DATE.exec(folded);
  if (named) {
    const month = MONTHS[named[2]!];
    const [day, year] = [Number(named[1]), fullYear(named[3]!)];
    return month && isRealDate(year, month, day) ? iso(year, month, day) : null;
  }
  const monthOnly = MONTH_DATE.exec(folded);
  if (monthOnly) {
    const month = MONTHS[monthOnly[1]!];
    const year = Number(monthOnly[2]);
    return month ? iso(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate()) : null;
  }
  return null;
}

/** A due date written as a month only (`junio 2016`): it types as the month's last day, which validate notes. */
export function isMonthOnlyDate(text: string): boolean {
  return text.length <= MAX_TYPED_LENGTH && MONTH_DATE.test(foldDate(text)) && parseDate(text) !== null;
}

/** True for text shaped like a date even if it is not a real one (`31/02/2016`). */
export function looksLikeDate(text: string): boolean {
  if (text.length > MAX_TYPED_LENGTH) return false;
  // Every date form starts with a digit: most cells are rejected here, before any regex.
  const first = text.trimStart().charCodeAt(0);
  if (!(first >= 48 && first <= 57)) return false;
  const compact = text.trim().replace(/(\d)\s+(?=\d)/g, '$1');
  return DATE.test(compact) || ISO_DATE.test(compact);
}

const PERCENT = /^([+-]?\d+(?:[.,]\d+)?)\s*%?$/;

/** `100`, `35`, `35.00%`, `35,5 %` → number. */
export function parseProgress(text: string | null): number | null {
  if (text === null || text.length > MAX_TYPED_LENGTH) return null;
  const match = PERCENT.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]!.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}

export function looksLikePercent(text: string): boolean {
  return /%\s*$/.test(text.trim()) && parseProgress(text) !== null;
}

const MONTHS: Record<string, number> = {
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8,
  septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
  ene: 1, feb: 2, mar: 3, abr: 4, may: 5, jun: 6, jul: 7, ago: 8, sep: 9, sept: 9, oct: 10, nov: 11, dic: 12,
};

/** `Septiembre-2015`, `septiembre 2015`, `Sep/2015`, `2015-09` → `2015-09`. */
export function parseMonth(text: string | null): string | null {
  if (text === null) return null;
  if (text.length > MAX_TYPED_LENGTH) return null;
  // Every month form ends in a year (or is YYYY-MM); this cheap test spares the rest for most cells.
  if (!/\d{4}\s*$|^\s*\d{4}-\d{2}\s*$/.test(text)) return null;
  // Spaces collapsed: `\s*(?:\s)?\s*` below would backtrack quadratically over a long run of them.
  const clean = foldDate(text);
  const named = /^([a-z]+)\.?\s*(?:-|\/|\s|de\s+|del\s+)?\s*(\d{4})$/.exec(clean);
  if (named) {
    const month = MONTHS[named[1]!];
    return month ? `${named[2]}-${String(month).padStart(2, '0')}` : null;
  }
  const numeric = /^(\d{4})-(\d{2})$/.exec(clean);
  if (numeric && Number(numeric[2]) >= 1 && Number(numeric[2]) <= 12) return clean;
  return null;
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}
