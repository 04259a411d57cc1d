// Geometry helpers for the PDF reader (src/sources/pdf.ts): text items grouped
// into lines, and the joining of a cell's wrapped lines. No pdf.js here.

/** A run of text in viewport coordinates (y grows downwards, y is the baseline). */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size. */
  size: number;
}

export interface TextLine {
  items: TextItem[];
  baseline: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  width: number;
  size: number;
}

/** A ruling line: horizontal at y = pos from x = from to x = to, or vertical. */
export interface Rule {
  kind: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
}

export interface ColumnEdges {
  left: number;
  right: number;
  /** x of the edge between column k and k + 1. */
  edges: number[];
  /** Index of the column of the ASM number. */
  numberColumn: number;
  ruled: boolean;
}

/** Items on (nearly) the same baseline form a line, sorted left to right; lines top to bottom. */
export function groupLines(items: readonly TextItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.y - last.baseline) < 0.35 * Math.min(item.size, last.size)) {
      last.items.push(item);
      continue;
    }
    lines.push({ items: [item], baseline: item.y, top: 0, bottom: 0, left: 0, right: 0, width: 0, size: 0 });
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    line.size = Math.max(...line.items.map((item) => item.size));
    line.top = line.baseline - line.size;
    line.bottom = line.baseline + 0.25 * line.size;
    line.left = Math.min(...line.items.map((item) => item.x));
    line.right = Math.max(...line.items.map((item) => item.x + item.width));
    line.width = line.right - line.left;
  }
  return lines;
}

/** Text of items on one line: a space where there is a visible gap. */
export function inlineText(items: readonly TextItem[]): string {
  let text = '';
  let right = -Infinity;
  for (const item of items) {
    if (text !== '' && item.x - right > 0.15 * item.size && !text.endsWith(' ')) text += ' ';
    text += item.str;
    right = Math.max(right, item.x + item.width);
  }
  return text.trim();
}

/** Join lines of plain text with spaces. */
export function joinInline(lines: readonly string[]): string {
  return lines.filter((line) => line !== '').join(' ').replace(/\s+/g, ' ').trim();
}

const TOKEN_START = /^[\p{L}\p{N}]/u;

/**
 * Whether the break between two lines of a cell cut a token, so that they join
 * without a space. `full` says the first line reaches the cell's right edge
 * (a break forced by width, not by a space).
 */
export function cutsToken(prev: string, next: string, full: boolean): boolean {
  if (prev === '' || next === '') return false;
  const lastToken = prev.slice(prev.lastIndexOf(' ') + 1);
  const single = !prev.includes(' ');
  // "Septiembre-" + "2015", "MIR_E006_" + "2015", "gob.mx/" + "PASH": breaks
  // allowed after a hyphen or slash, or a forced one after an underscore.
  if (/[-/_]$/.test(lastToken) && lastToken.length > 1 && TOKEN_START.test(next)) return true;
  // A URL broken after "?", "&", "=" or "#" ("nota_detalle.php?" + "codigo=5").
  if (/[?&=#]$/.test(lastToken) && /[./_]\S/.test(lastToken) && /^\S/.test(next)) return true;
  if (!full) return false;
  if (isCodeLike(lastToken) && /^[\p{L}\p{N}./_-]/u.test(next)) return true;
  if (!single) return false;
  // A token wider than the cell, cut where the line was full:
  // "30/06/201" + "5", "MIR_E006_20" + "15", "Septiembre" + "-2015".
  if (/\d$/.test(lastToken) && /^\p{N}/u.test(next)) return true;
  if (/[\d_/]/.test(lastToken) && /\d$/.test(lastToken) && TOKEN_START.test(next)) return true;
  if (/^[-/_.]\S/.test(next)) return true;
  return false;
}

/** A URL, path or code ("www.x.gob.", "PASH/jsps/acce", "9000/USE/U"): cut, not wrapped, when its line is full. */
function isCodeLike(token: string): boolean {
  if (/[)\]"”',;:]$/.test(token)) return false;
  return /:\/\/|www\./i.test(token) || /[./_][^./_]*[./_]/.test(token.slice(0, -1));
}

/** The last line of a cell, and whether it reached the cell's right edge. */
export interface CellTail {
  line: string;
  full: boolean;
}

export function cellContent(fragments: readonly TextLine[], right: number): { text: string; tail: CellTail | null } {
  let text = '';
  let prevLine = '';
  let prevFull = false;
  for (const fragment of fragments) {
    const line = inlineText(fragment.items);
    if (line === '') continue;
    if (text === '') text = line;
    else text += cutsToken(prevLine, line, prevFull) ? line : ` ${line}`;
    prevLine = line;
    prevFull = fragment.right >= right - 1.6 * fragment.size;
  }
  return { text: text.replace(/\s+/g, ' ').trim(), tail: prevLine === '' ? null : { line: prevLine, full: prevFull } };
}
