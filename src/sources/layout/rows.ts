// Rows of a table body, from the page's geometry.
//
// A cell's text belongs to the row whose extent holds it, whatever its
// vertical alignment. Row extents come from:
// - horizontal rules, per column (a missing rule between two cells of one
//   column is a merged cell: Camelot's lattice reads spanning cells the same way);
// - whitespace: a horizontal band that no cell's text crosses separates rows;
// - anchors: each activity row holds a No., a due date or a progress value;
//   between two anchors with no separator yet, the band crossed by the fewest
//   cells is the boundary (only merged cells, which span rows, cross it).
// An ASM number merged over several activity rows of an unruled table sits in
// the middle (or at the top or bottom) of its rows: it is moved to the first of
// them, choosing the grouping of rows that fits the alignment best.
import { parseDate } from '../../core/values.js';
import { maxOf, minOf } from '../../core/arrays.js';
import { cellText, inlineText, lineOf, type Rule, type TextItem, type TextLine } from './geometry.js';
import { columnOf, type Columns } from './columns.js';
import { spans } from './rules.js';

export interface Row {
  /** Lines of text per column, in reading order (a row cut by a page break holds both pages' lines). */
  cells: TextLine[][];
  page: number;
  lastPage: number;
  /** Holds a No., a due date or a progress value. */
  anchored: boolean;
}

const ASPECT_KEYS = new Set(['number', 'text', 'average', 'reportMonth']);
const NUMBER = /^\d{1,3}(\.\d{1,3})*\.?$/;
const DATE_START = /^\d{1,2}\s*[/.-]\s*\d{1,2}/;
const PROGRESS = /^\d{1,3}(?:[.,]\d+)?\s*%?$/;

interface Span {
  top: number;
  bottom: number;
}

export interface BodyOptions {
  page: number;
  /** The table went on from the previous page. */
  continues: boolean;
  /** The table runs on to the next page (its last row may be cut). */
  open: boolean;
}

export function bodyRows(body: readonly TextLine[], columns: Columns, hRules: readonly Rule[], options: BodyOptions): Row[] {
  if (body.length === 0) return [];
  const count = columns.edges.length + 1;
  const bounds = (k: number): [number, number] => [
    k === 0 ? columns.left : columns.edges[k - 1]!,
    k === count - 1 ? columns.right : columns.edges[k]!,
  ];
  const region: Span = { top: minOf(body, (l) => l.top) - 0.5, bottom: maxOf(body, (l) => l.bottom) + 0.5 };

  // The part of each body line in each column.
  const fragments: TextLine[][] = Array.from({ length: count }, () => []);
  for (const line of body) {
    const parts = new Map<number, TextItem[]>();
    for (const item of line.items) {
      const k = columnOf(columns, item.x);
      const list = parts.get(k);
      if (list) list.push(item);
      else parts.set(k, [item]);
    }
    for (const [k, items] of parts) fragments[k]!.push(lineOf(items, line.baseline));
  }

  // Horizontal rules inside the body, per column.
  const ruleSeps = Array.from({ length: count }, (_, k) => {
    const [left, right] = bounds(k);
    return hRules
      .filter((rule) => rule.pos > region.top + 0.5 && rule.pos < region.bottom - 0.5 && spans(rule, left, right))
      .map((rule) => rule.pos)
      .sort((a, b) => a - b);
  });
  const ruleBetween = (k: number, top: number, bottom: number): boolean => ruleSeps[k]!.some((y) => y > top && y < bottom);

  // Blocks: a cell's visible text, lines as close together as the lines of a
  // paragraph (the body's usual line gap); the padding between two rows is wider.
  const lineGap = median(fragments.flatMap((list) => list.slice(1).map((fragment, i) => fragment.top - list[i]!.bottom)));
  const blocks: Array<Span & { column: number }> = [];
  fragments.forEach((list, k) => {
    let block: (Span & { column: number }) | null = null;
    for (const fragment of list) {
      const limit = Math.min(lineGap, 0.3 * fragment.size) + Math.max(0.25 * fragment.size, 1);
      if (block && fragment.top - block.bottom <= limit && !ruleBetween(k, block.bottom, fragment.top)) {
        block.bottom = Math.max(block.bottom, fragment.bottom);
        continue;
      }
      block = { top: fragment.top, bottom: fragment.bottom, column: k };
      blocks.push(block);
    }
  });

  // Anchors: where a No., a due date or a progress value starts. Two anchors of one column are two rows.
  const anchorFragments = new Set<TextLine>();
  const numberAnchors: Array<Span & { fragment: TextLine }> = [];
  const anchorColumns: Span[][] = [];
  const keyColumn = (key: string): number => columns.keys.indexOf(key as never);
  for (const fragment of fragments[columns.number] ?? []) {
    if (!NUMBER.test(inlineText(fragment.items))) continue;
    anchorFragments.add(fragment);
    numberAnchors.push({ top: fragment.top, bottom: fragment.bottom, fragment });
  }
  anchorColumns.push(numberAnchors);
  const dateColumn = keyColumn('dueDate');
  if (dateColumn >= 0) {
    const list = fragments[dateColumn]!;
    const spans: Span[] = [];
    anchorColumns.push(spans);
    for (let i = 0; i < list.length; i++) {
      let text = inlineText(list[i]!.items);
      if (!DATE_START.test(text)) continue;
      anchorFragments.add(list[i]!);
      const span: Span = { top: list[i]!.top, bottom: list[i]!.bottom };
      // A date cut by the line break ("30/06/201" + "5") is one anchor.
      while (parseDate(text) === null && i + 1 < list.length && /^[\d/.-]+$/.test(inlineText(list[i + 1]!.items))) {
        i++;
        text += inlineText(list[i]!.items);
        span.bottom = list[i]!.bottom;
      }
      spans.push(span);
    }
  }
  const progressColumn = keyColumn('progress');
  if (progressColumn >= 0) {
    const spans: Span[] = [];
    anchorColumns.push(spans);
    for (const fragment of fragments[progressColumn]!) {
      if (!PROGRESS.test(inlineText(fragment.items))) continue;
      anchorFragments.add(fragment);
      spans.push({ top: fragment.top, bottom: fragment.bottom });
    }
  }

  const isAspect = (column: number): boolean => ASPECT_KEYS.has(columns.keys[column] ?? '');
  // Separators: rules, then bands no text crosses, then between anchors still together.
  const separators: number[] = [...new Set(ruleSeps.flat())];
  const allRules = separators.slice();
  // In a table ruled across, rows are between the rules (and, where two anchors share a ruled band,
  // parted by the anchors below): a wider gap between two lines of a ruled cell parts nothing.
  const ruledAcross = ruleSeps.some((list, k) => list.length > 0 && !isAspect(k));
  const union = ruledAcross ? [] : mergeSpans(blocks);
  for (let i = 1; i < union.length; i++) {
    const [top, bottom] = [union[i - 1]!.bottom, union[i]!.top];
    // A hair between two lines (a producer's rounding) is no band; the padding between two rows is.
    if (bottom - top > 1 && !allRules.some((y) => y >= top - 1 && y <= bottom + 1)) separators.push((top + bottom) / 2);
  }
  for (const anchors of anchorColumns) {
    for (let i = 1; i < anchors.length; i++) {
      const [top, bottom] = [anchors[i - 1]!.bottom, anchors[i]!.top];
      if (separators.some((y) => y > top && y < bottom)) continue;
      const found = leastCrossed(blocks, fragments, isAspect, top, bottom);
      if (found) separators.push(found.y);
    }
  }
  // At a page's top, the rest of the row the page break cut comes before the first anchor; at its foot,
  // the start of a row whose anchors went overleaf comes after the last. Where merged cells run through
  // both, a gap wider than a paragraph's parts them.
  const paragraphGap = Math.max(lineGap, 0) + 1;
  // The cut row's part holds activity cells (an ASM cell taller than its row's activities is no row part).
  const lines = fragments.flatMap((list, k) => (isAspect(k) ? [] : list));
  const firstBottom = minOf(lines, (f) => f.bottom);
  const lastTop = maxOf(lines, (f) => f.top);
  for (const anchors of anchorColumns) {
    const first = anchors[0];
    const last = anchors[anchors.length - 1];
    // Searched below the first such line and above the last: a boundary must have a row part on its far side.
    if (options.continues && first && !separators.some((y) => y < first.top)) {
      const found = leastCrossed(blocks, fragments, isAspect, firstBottom, first.top);
      if (found && found.room > paragraphGap) separators.push(found.y);
    }
    if (options.open && last && !separators.some((y) => y > last.bottom)) {
      const found = leastCrossed(blocks, fragments, isAspect, last.bottom, lastTop);
      if (found && found.room > paragraphGap) separators.push(found.y);
    }
  }
  const global = dedupe(separators);
  const rowOfY = (y: number): number => rowIndexOf(global, y);

  // Each column's lines go to their rows; a merged aspect cell (ruled) goes to the first row it spans.
  const rows: TextLine[][][] = Array.from({ length: global.length + 1 }, () => Array.from({ length: count }, () => []));
  const anchoredRows = new Set<number>();
  const rowOfFragment = new Map<TextLine, number>();
  fragments.forEach((list, k) => {
    const mergedAspect = ASPECT_KEYS.has(columns.keys[k] ?? '') && ruleSeps[k]!.length > 0;
    list.forEach((fragment, i) => {
      let y = (fragment.top + fragment.bottom) / 2;
      // A line the row's rule runs through (a spreadsheet that let a cell's text overflow its row, as Calc
      // prints a row too short for it) belongs to the cell above, when it goes on from that cell's lines.
      const through = ruleSeps[k]!.find((rule) => rule > fragment.top + 0.1 * fragment.size && rule < fragment.baseline);
      const above = list[i - 1];
      if (through !== undefined && above && above.bottom < through && fragment.top - above.bottom <= Math.max(lineGap, 0) + 0.5 * fragment.size) {
        y = through - 0.5;
      }
      let row = rowOfY(y);
      if (mergedAspect) {
        const start = ruleSeps[k]!.filter((s) => s < y).at(-1);
        row = start === undefined ? 0 : rowOfY(start + 0.5);
      }
      rows[row]![k]!.push(fragment);
      rowOfFragment.set(fragment, row);
      if (anchorFragments.has(fragment)) anchoredRows.add(row);
    });
  });

  if (ruleSeps[columns.number]!.length === 0 && numberAnchors.length > 0) {
    groupNumbers(rows, numberAnchors, rowOfFragment, anchoredRows, blocks, global, columns, options);
    // The moved number anchors its new row.
    for (const anchor of numberAnchors) anchoredRows.add(rowOfFragment.get(anchor.fragment)!);
  }

  const out: Row[] = [];
  rows.forEach((cells, index) => {
    if (cells.every((lines) => lines.length === 0)) return;
    for (const lines of cells) lines.sort((a, b) => a.baseline - b.baseline);
    out.push({ cells, page: options.page, lastPage: options.page, anchored: anchoredRows.has(index) });
  });
  return out;
}

/** Overlapping spans merged, top to bottom. */
function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.top - b.top);
  const out: Span[] = [];
  for (const span of sorted) {
    const last = out[out.length - 1];
    if (last && span.top < last.bottom) last.bottom = Math.max(last.bottom, span.bottom);
    else out.push({ top: span.top, bottom: span.bottom });
  }
  return out;
}

function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}

function dedupe(values: readonly number[]): number[] {
  const out: number[] = [];
  for (const value of [...values].sort((a, b) => a - b)) if (out.length === 0 || value - out[out.length - 1]! > 1) out.push(value);
  return out;
}

/**
 * Where between top and bottom to put a row boundary: the place that cuts the
 * fewest cells, ASM cells (merged over activity rows, they may span the
 * boundary) weighing less than activity cells, and of those the one with the
 * most whitespace in the cells it does cut: a band between cells, or the gap
 * between two lines of a cell whose text runs on into the next row's (the
 * padding between two rows is wider than a paragraph's line gap).
 */
function leastCrossed(
  blocks: ReadonlyArray<Span & { column: number }>,
  fragments: readonly TextLine[][],
  aspect: (column: number) => boolean,
  top: number,
  bottom: number,
): { y: number; room: number } | null {
  if (bottom <= top) return null;
  const ys: number[] = [];
  const points = [top, bottom];
  for (const block of blocks) {
    if (block.top > top && block.top < bottom) points.push(block.top);
    if (block.bottom > top && block.bottom < bottom) points.push(block.bottom);
  }
  points.sort((a, b) => a - b);
  for (let i = 1; i < points.length; i++) if (points[i]! > points[i - 1]!) ys.push((points[i]! + points[i - 1]!) / 2);
  for (const list of fragments) {
    for (let i = 1; i < list.length; i++) {
      const y = (list[i]!.top + list[i - 1]!.bottom) / 2;
      if (list[i]!.top > list[i - 1]!.bottom && y > top && y < bottom) ys.push(y);
    }
  }
  /** Whitespace at y inside a column's text: 0 within a line, else the gap between the lines around it. */
  const whitespace = (column: number, y: number): number => {
    const list = fragments[column]!;
    let above = -Infinity;
    let below = Infinity;
    for (const fragment of list) {
      if (fragment.top < y && fragment.bottom > y) return 0;
      if (fragment.bottom <= y) above = Math.max(above, fragment.bottom);
      else below = Math.min(below, fragment.top);
    }
    return below - above;
  };
  let best: { y: number; cost: number; room: number } | null = null;
  for (const y of ys) {
    let cost = 0;
    let room = Infinity;
    let above = top;
    let below = bottom;
    for (const block of blocks) {
      const crosses = block.top < y && block.bottom > y;
      if (aspect(block.column)) {
        if (crosses) cost += 1;
        continue;
      }
      if (crosses) {
        cost += 10;
        room = Math.min(room, whitespace(block.column, y));
      } else if (block.bottom <= y) above = Math.max(above, block.bottom);
      else below = Math.min(below, block.top);
    }
    if (room === Infinity) room = below - above;
    if (!best || cost < best.cost || (cost === best.cost && room > best.room)) best = { y, cost, room };
  }
  return best && { y: best.y, room: best.room };
}

/**
 * Where an ASM's number sits in its rows: at the top, middle or bottom of all of
 * them (a cell merged over them), or in its first row, aligned within that row
 * (not merged: the ASM's cells are on its first activity row only).
 */
type Alignment = 'middle' | 'top' | 'bottom' | 'first-row';

/**
 * Unruled tables with an ASM number merged over its activity rows: group the
 * rows under the numbers so that each number sits where its alignment puts it
 * in its group, without cutting an aspect cell (its text spans the group) or
 * putting two of one aspect column's cells in one group, and move the number
 * to the group's first row. A group starts at an anchored row.
 */
function groupNumbers(
  rows: TextLine[][][],
  numbers: ReadonlyArray<Span & { fragment: TextLine }>,
  rowOf: Map<TextLine, number>,
  anchored: ReadonlySet<number>,
  blocks: ReadonlyArray<Span & { column: number }>,
  separators: readonly number[],
  columns: Columns,
  options: BodyOptions,
): void {
  const rowCount = rows.length;
  const anchorRows = numbers.map((n) => rowOf.get(n.fragment)!);
  for (let j = 1; j < anchorRows.length; j++) if (anchorRows[j]! <= anchorRows[j - 1]!) return; // two numbers in a row: nothing to group
  // Content extent of each row, from its activity cells (else any cell).
  const extent = rows.map((cells) => {
    let lines = cells.filter((_, k) => !ASPECT_KEYS.has(columns.keys[k] ?? '')).flat();
    if (lines.length === 0) lines = cells.flat();
    if (lines.length === 0) return null;
    return { top: minOf(lines, (l) => l.top), bottom: maxOf(lines, (l) => l.bottom) };
  });
  const firstTop = (from: number, to: number): number | null => {
    for (let r = from; r <= to; r++) if (extent[r]) return extent[r]!.top;
    return null;
  };
  const lastBottom = (from: number, to: number): number | null => {
    for (let r = to; r >= from; r--) if (extent[r]) return extent[r]!.bottom;
    return null;
  };
  // A boundary before row r may not cut an aspect cell's text.
  const cuts = (r: number): boolean => {
    if (r <= 0 || r >= rowCount) return false;
    const y = separators[r - 1]!;
    return blocks.some((b) => b.column !== columns.number && ASPECT_KEYS.has(columns.keys[b.column] ?? '') && b.top < y && b.bottom > y);
  };
  // A merged aspect cell is one block per group: two Promedio or two ASM texts in one group mean two ASMs.
  const aspectBlockRows = blocks
    .filter((b) => b.column !== columns.number && ASPECT_KEYS.has(columns.keys[b.column] ?? ''))
    .map((b) => ({ column: b.column, row: rowIndexOf(separators, (b.top + b.bottom) / 2) }));
  const duplicates = (start: number, end: number): number => {
    const seen = new Map<number, number>();
    for (const b of aspectBlockRows) if (b.row >= start && b.row <= end) seen.set(b.column, (seen.get(b.column) ?? 0) + 1);
    let extra = 0;
    for (const n of seen.values()) extra += n - 1;
    return extra;
  };
  const last = (() => {
    for (let r = rowCount - 1; r >= 0; r--) if (extent[r]) return r;
    return rowCount - 1;
  })();
  const cost = (mode: Alignment, j: number, start: number, end: number): number => {
    const anchor = numbers[j]!;
    const top = firstTop(start, end);
    const bottom = lastBottom(start, end);
    if (top === null || bottom === null) return 0;
    const cutOff = j === numbers.length - 1 && options.open; // its rows may go on overleaf
    const penalty = 1000 * duplicates(start, end);
    if (mode === 'top') return penalty + Math.abs(anchor.top - top);
    if (mode === 'first-row') {
      const row = extent[start];
      return row ? penalty + Math.abs((anchor.top + anchor.bottom) / 2 - (row.top + row.bottom) / 2) : penalty;
    }
    if (cutOff) return penalty;
    if (mode === 'bottom') return penalty + Math.abs(anchor.bottom - bottom);
    return penalty + Math.abs((anchor.top + anchor.bottom) / 2 - (top + bottom) / 2);
  };
  let best: { total: number; starts: number[] } | null = null;
  // Ties go to the reading of rows with their ASM's cells on the first (first-row), as a text form has them:
  // a number centred in a row between two rows without one fits "merged over the three" just as well. A
  // merged ASM text taller than one row settles it the other way (no group may cut it).
  for (const mode of ['first-row', 'middle', 'top', 'bottom'] as const) {
    // best[s]: least cost of groups 0..j with group j starting at row s.
    let table = new Map<number, { total: number; starts: number[] }>();
    // A group starts at a row with a date, a progress or its number: a row with neither goes on the row before it.
    const starts = (from: number, to: number): number[] => range(from, to).filter((r) => r === to || anchored.has(r));
    const firstChoices = options.continues ? starts(0, anchorRows[0]!) : [0];
    for (const s of firstChoices) table.set(s, { total: cuts(s) ? 1e6 : 0, starts: [s] });
    for (let j = 1; j < numbers.length; j++) {
      const next = new Map<number, { total: number; starts: number[] }>();
      for (const s of starts(anchorRows[j - 1]! + 1, anchorRows[j]!)) {
        for (const [previous, entry] of table) {
          const total = entry.total + cost(mode, j - 1, previous, s - 1) + (cuts(s) ? 1e6 : 0);
          const current = next.get(s);
          if (!current || total < current.total) next.set(s, { total, starts: [...entry.starts, s] });
        }
      }
      table = next;
    }
    for (const [start, entry] of table) {
      const total = entry.total + cost(mode, numbers.length - 1, start, Math.max(start, last));
      if (!best || total < best.total) best = { total, starts: entry.starts };
    }
  }
  if (!best) return;
  best.starts.forEach((start, j) => {
    const from = anchorRows[j]!;
    if (start === from) return;
    const fragment = numbers[j]!.fragment;
    const cells = rows[from]![columns.number]!;
    cells.splice(cells.indexOf(fragment), 1);
    rows[start]![columns.number]!.push(fragment);
    rowOf.set(fragment, start);
  });
}

function rowIndexOf(separators: readonly number[], y: number): number {
  let index = 0;
  while (index < separators.length && separators[index]! < y) index++;
  return index;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** A row's cells as text. */
export function rowCells(row: Row, columns: Columns): string[] {
  const count = columns.edges.length + 1;
  return row.cells.map((lines, k) => cellText(lines, k === count - 1 ? columns.right : columns.edges[k]!, k === 0 ? columns.left : columns.edges[k - 1]!));
}
