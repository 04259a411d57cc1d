// CSV/TSV source: papaparse splits the cells (delimiter detected), then the
// rows go through the same header mapping and assembly as text.
import Papa from 'papaparse';
import type { SourceLine } from '../core/lines.js';
import { unescapeFormula } from '../core/formula.js';
import { mapHeader } from '../core/headers.js';

const DELIMITERS = [',', '\t', ';', '|'] as const;

/**
 * The delimiter whose split of one of the first rows is an ASM table header.
 * papaparse's own guess counts fields, and text cells with `;` or `|` (which a
 * comma CSV leaves unquoted) can fool it. Null: let papaparse guess.
 */
function delimiterOf(text: string): { delimiter: string } | null {
  for (const delimiter of DELIMITERS) {
    const { data } = Papa.parse<string[]>(text, { delimiter, preview: 30, skipEmptyLines: true });
    if (data.some((row) => mapHeader(row.map((cell) => unescapeFormula(cell.trim()))) !== null)) return { delimiter };
  }
  return null;
}

export function readCsvLines(text: string, file: string): SourceLine[] {
  void file;
  const lineStarts = [0];
  for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) lineStarts.push(index + 1);
  const lineAt = (offset: number): number => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const rows: SourceLine[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(text, {
    skipEmptyLines: false,
    ...(delimiterOf(text) ?? {}),
    step: (result) => {
      const cells = result.data.map((cell) => unescapeFormula(cell.trim()));
      // Skip leading whitespace so a row's line is where its first character is.
      while (rowStart < text.length && (text[rowStart] === '\n' || text[rowStart] === '\r')) rowStart++;
      const line = lineAt(rowStart);
      // A quoted cell with line breaks makes a row span several lines: record the last one too.
      const lastLine = lineAt(Math.max(rowStart, result.meta.cursor - 1));
      rows.push({ cells: cells.length === 0 ? [''] : cells, line, ...(lastLine > line ? { lastLine } : {}) });
      rowStart = result.meta.cursor;
    },
  });
  return rows;
}
