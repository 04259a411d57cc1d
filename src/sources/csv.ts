// CSV/TSV source: papaparse splits the cells (delimiter detected), then the
// rows go through the same header mapping and assembly as text.
import Papa from 'papaparse';
import type { SourceLine } from '../core/lines.js';
import { unescapeFormula } from '../core/formula.js';

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
    step: (result) => {
      const cells = result.data.map((cell) => unescapeFormula(cell.trim()));
      // Skip leading whitespace so a row's line is where its first character is.
      while (rowStart < text.length && (text[rowStart] === '\n' || text[rowStart] === '\r')) rowStart++;
      rows.push({ cells: cells.length === 0 ? [''] : cells, line: lineAt(rowStart) });
      rowStart = result.meta.cursor;
    },
  });
  return rows;
}
