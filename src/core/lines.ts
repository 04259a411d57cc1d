// The one shape every source reader (text, PDF, CSV) hands to the assembler:
// a physical line or table row, split into trimmed cells, with its provenance.
// A line of plain text is a row with one cell.

export interface SourceLine {
  cells: string[];
  /** 1-based line in a text or CSV source; the row in a workbook's sheet. */
  line?: number;
  /** Worksheet of a workbook source (its `line` is the row). */
  sheet?: string;
  /** Last line of a CSV row whose quoted cells span several lines. */
  lastLine?: number;
  /** 1-based page in a PDF source. */
  page?: number;
  /** Last page of a table row that a page break cut (its rest was read on the following pages). */
  lastPage?: number;
  /** Set by readers of positioned text (PDF) on text they found inside a table but could not place in a row or header. */
  unplaced?: boolean;
  /** Cells read by OCR: per cell (null when not OCR'd or empty), its least confident word. */
  ocr?: Array<OcrCell | null>;
}

/** How sure OCR was of a cell: its least confident word's confidence (0–100) and place (points from the page's top left). */
export interface OcrCell {
  confidence: number;
  x: number;
  y: number;
}

/** Split decoded text into tab-separated rows; never a CSV parser, since cells start with `"`. */
export function splitTextLines(text: string): SourceLine[] {
  const rows = text.split(/\r\n|\r|\n/);
  return rows.map((raw, index) => ({ cells: raw.split('\t').map((cell) => cell.trim()), line: index + 1 }));
}
