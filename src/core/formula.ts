// Spreadsheet formula injection: a cell that starts with = + - @, tab or CR
// (or their full-width forms) is written with a leading apostrophe, which
// asm removes again when it reads its own CSV back. Cells that already start
// with apostrophes before such a character get one more, so that reading back
// (which removes exactly one) always gives the original text.
const DANGEROUS = /^'*[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;
const ESCAPED = /^'+[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function escapeFormula(cell: string): string {
  return DANGEROUS.test(cell) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return ESCAPED.test(cell) ? cell.slice(1) : cell;
}
