// Column edges of a table, and where its body ends.
//
// Edges come from the vertical rules that run between two header columns
// (a grid), or else from whitespace: the gutter between two header columns
// starts as the gap between their header texts and narrows to what the body
// text leaves free (Camelot's stream mode and Nurminen's text edges work from
// the same idea: columns are where text never is).
import type { ColumnKey } from '../../core/headers.js';
import { periodFromHeading } from '../../core/table-text.js';
import { maxOf } from '../../core/arrays.js';
import { inlineText, phrasesOf, type Rule, type TextLine } from './geometry.js';
import type { HeaderBand } from './header.js';

export interface Columns {
  /** x of the edge between column k and k + 1. */
  edges: number[];
  /** The table's horizontal extent. */
  left: number;
  right: number;
  keys: Array<ColumnKey | null>;
  /** Index of the ASM number column. */
  number: number;
}

/**
 * Between two columns: a vertical rule, or the space no text of the table has
 * covered so far (intervals, left to right; the edge is the middle of the widest).
 */
interface Gutter {
  rule: number | null;
  free: Array<[number, number]>;
}

export interface TableFrame {
  columns: Columns;
  gutters: Gutter[];
  /** The header's cells as printed. */
  header: string[];
}

export function frameFromHeader(band: HeaderBand, vRules: readonly Rule[]): TableFrame {
  const crossing = vRules.filter((rule) => rule.from <= band.top + 2 && rule.to >= band.bottom - 2);
  const gutters: Gutter[] = [];
  for (let k = 0; k + 1 < band.columns.length; k++) {
    const a = band.columns[k]!;
    const b = band.columns[k + 1]!;
    const rule = crossing
      .filter((r) => r.pos >= a.right - 1 && r.pos <= b.left + 1)
      .sort((r, s) => Math.abs(r.pos - (a.right + b.left) / 2) - Math.abs(s.pos - (a.right + b.left) / 2))[0];
    gutters.push(rule ? { rule: rule.pos, free: [] } : { rule: null, free: [[a.right, Math.max(a.right, b.left)]] });
  }
  const first = band.columns[0]!;
  const last = band.columns[band.columns.length - 1]!;
  const leftRule = crossing.filter((r) => r.pos <= first.left + 1).sort((r, s) => s.pos - r.pos)[0];
  const rightRule = crossing.filter((r) => r.pos >= last.right - 1).sort((r, s) => r.pos - s.pos)[0];
  const keys = band.mapping.keys;
  const columns: Columns = {
    edges: gutters.map(edgeOf),
    left: leftRule?.pos ?? first.left,
    right: rightRule?.pos ?? last.right,
    keys,
    number: Math.max(0, keys.indexOf('number')),
  };
  return { columns, gutters, header: band.cells };
}

/** A frame carried to the next page: its gutters as they ended. */
export function carriedFrame(frame: TableFrame): TableFrame {
  return {
    ...frame,
    columns: { ...frame.columns, edges: frame.gutters.map(edgeOf) },
    gutters: frame.gutters.map((g) => ({ rule: g.rule, free: g.free.map(([lo, hi]) => [lo, hi] as [number, number]) })),
  };
}

function edgeOf(gutter: Gutter): number {
  if (gutter.rule !== null) return gutter.rule;
  const [lo, hi] = widest(gutter.free) ?? [0, 0];
  return (lo + hi) / 2;
}

function widest(free: ReadonlyArray<[number, number]>): [number, number] | null {
  let best: [number, number] | null = null;
  for (const interval of free) if (!best || interval[1] - interval[0] > best[1] - best[0]) best = interval;
  return best;
}

/** The free intervals left once the line's text is taken out. */
function subtract(free: ReadonlyArray<[number, number]>, line: TextLine): Array<[number, number]> {
  let out = free.map(([lo, hi]) => [lo, hi] as [number, number]);
  for (const item of line.items) {
    const left = item.x;
    const right = item.x + item.width;
    const next: Array<[number, number]> = [];
    for (const [lo, hi] of out) {
      if (right <= lo || left >= hi) next.push([lo, hi]);
      else {
        if (left > lo) next.push([lo, left]);
        if (right < hi) next.push([right, hi]);
      }
    }
    out = next;
  }
  return out;
}

export function columnOf(columns: Columns, x: number): number {
  let k = 0;
  while (k < columns.edges.length && x + 0.5 >= columns.edges[k]!) k++;
  return k;
}

const STATEMENT = /^no se identificaron aspectos/i;
const SIGNER_START = /^(?:elabor|revis|autoriz|valid|aprob|vo|atentamente)/i;
const SIGNER = /^(Elabor[oó]|Revis[oó]|Autoriz[oó]|Valid[oó]|Aprob[oó]|Vo\.?\s?Bo\.?|Atentamente|ELABOR[OÓ]|REVIS[OÓ]|AUTORIZ[OÓ]|VALID[OÓ]|APROB[OÓ]|VO\.?\s?BO\.?|ATENTAMENTE)(:.*)?$/;

/** Lines that are never table rows: a period heading, the no-ASM statement, a signature block's head. */
export function endsTable(line: TextLine): boolean {
  const text = inlineText(line.items);
  if (periodFromHeading(text) !== null || STATEMENT.test(text)) return true;
  // "Elaboró   Revisó   Autorizó", or "Elaboró: Lic. …": every run of the line a signer's word
  // (a cell that starts "Revisó la MIR…" is table text).
  if (!SIGNER_START.test(text)) return false;
  const runs = phrasesOf(line, 1.5).map((phrase) => inlineText(phrase.items));
  return runs.every((run) => SIGNER.test(run)) && (runs.length > 1 || /^\S+$|:/.test(runs[0] ?? ''));
}

/**
 * Whether the line leaves no room for a column edge: a run across a rule, or
 * no whitespace wider than a word space where a gutter still has some (a
 * paragraph, not a table row).
 */
export function crossesFrame(line: TextLine, frame: TableFrame): boolean {
  for (const gutter of frame.gutters) {
    if (gutter.rule !== null) {
      const x = gutter.rule;
      if (line.items.some((item) => item.x < x - 1.5 && item.x + item.width > x + 1.5)) return true;
      continue;
    }
    const before = widest(gutter.free);
    if (!before) continue;
    // Most lines do not reach into a gutter at all.
    const [lo, hi] = [gutter.free[0]![0], gutter.free[gutter.free.length - 1]![1]];
    if (!line.items.some((item) => item.x < hi && item.x + item.width > lo)) continue;
    const room = Math.max(0.8, Math.min(0.5 * (before[1] - before[0]), 0.2 * line.size));
    const after = widest(subtract(gutter.free, line));
    if (!after || after[1] - after[0] < room) return true;
  }
  return false;
}

/** Body text narrows each whitespace gutter to the space it leaves free. */
function narrow(frame: TableFrame, line: TextLine): void {
  for (const gutter of frame.gutters) {
    if (gutter.rule !== null || gutter.free.length === 0) continue;
    const [lo, hi] = [gutter.free[0]![0], gutter.free[gutter.free.length - 1]![1]];
    if (!line.items.some((item) => item.x < hi && item.x + item.width > lo)) continue;
    gutter.free = subtract(gutter.free, line).filter(([from, to]) => to - from >= 0.8);
  }
  frame.columns.edges = frame.gutters.map(edgeOf);
  frame.columns.left = Math.min(frame.columns.left, line.left);
  frame.columns.right = Math.max(frame.columns.right, line.right);
}

export interface BodyWalk {
  /** Index after the last body line. */
  end: number;
  /** True when the table ran to the end of the page (it may go on overleaf). */
  open: boolean;
}

/**
 * The body of a table from lines[start]: up to a line that cannot be a table
 * row (a heading, a statement, a signature), a line that crosses the columns,
 * the next header band, the bottom of the grid, or a gap wider than any
 * between the table's rows.
 */
export function walkBody(
  lines: readonly TextLine[],
  start: number,
  frame: TableFrame,
  options: { headerStarts: ReadonlySet<number>; vRules: readonly Rule[]; top: number },
): BodyWalk {
  const first = lines[start];
  const gridBottom = gridBottomOf(options.vRules, frame.columns, first?.top ?? options.top, first?.bottom ?? options.top);
  let previous: TextLine | null = null;
  let widestGap = 0;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (options.headerStarts.has(i) || endsTable(line)) return { end: i, open: false };
    if (gridBottom !== null && line.top > gridBottom - 0.5) return { end: i, open: false };
    if (crossesFrame(line, frame)) return { end: i, open: false };
    if (previous && gridBottom === null) {
      const gap = line.top - previous.bottom;
      // Spreadsheet rows keep their height whatever they hold, so a wide gap
      // ends the table only when the line after it does not fill its columns.
      if (gap > Math.max(2.5 * line.size, 2 * widestGap) && columnsFilled(line, frame.columns) < 3) {
        return { end: i, open: false };
      }
      widestGap = Math.max(widestGap, gap);
    }
    narrow(frame, line);
    previous = !previous || line.bottom > previous.bottom ? line : previous;
  }
  return { end: lines.length, open: true };
}

/** How many of the table's columns the line has text in. */
function columnsFilled(line: TextLine, columns: Columns): number {
  return new Set(line.items.map((item) => columnOf(columns, item.x + item.width / 2))).size;
}

/**
 * The lowest point of the vertical rules that bound the table's columns from
 * its top through its first body line: the grid's bottom. (Rules that box the
 * header alone end above the body.)
 */
function gridBottomOf(vRules: readonly Rule[], columns: Columns, top: number, firstBottom: number): number | null {
  const inside = vRules.filter(
    (rule) => rule.pos >= columns.left - 4 && rule.pos <= columns.right + 4 && rule.from <= top + 4 && rule.to > firstBottom + 1,
  );
  if (inside.length < 2) return null;
  return maxOf(inside, (rule) => rule.to);
}
