// Spreadsheet formula injection: a cell that starts with = + - @, tab or CR
// (or their full-width forms) is written with a leading apostrophe, which
// asm removes again when it reads its own CSV back.
const DANGEROUS = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export function escapeFormula(cell: string): string {
  return DANGEROUS.test(cell) || (cell.startsWith("'") && DANGEROUS.test(cell.slice(1))) ? `'${cell}` : cell;
}

export function unescapeFormula(cell: string): string {
  return cell.startsWith("'") && (DANGEROUS.test(cell.slice(1)) || (cell[1] === "'" && DANGEROUS.test(cell.slice(2))))
    ? cell.slice(1)
    : cell;
}
