// Realignment of shifted table rows. PDF text extraction sometimes drops an
// empty cell, so the rest of the row sits one column off (seed line 24). The
// typed cells (dates, percentages, months) say where the row should be.
import type { ColumnKey } from './headers.js';
import { looksLikeDate, looksLikePercent, parseMonth, parseProgress } from './values.js';
import { maxOf } from './arrays.js';

type CellKind = 'date' | 'percent' | 'number' | 'month';

const ACCEPTS: Record<CellKind, ReadonlyArray<ColumnKey>> = {
  date: ['dueDate'],
  percent: ['average', 'progress'],
  number: ['progress', 'average'],
  month: ['reportMonth'],
};

export const TYPED_KEYS: ReadonlySet<ColumnKey> = new Set(['dueDate', 'progress', 'average', 'reportMonth']);

export function cellKind(text: string): CellKind | null {
  // Typed cells are short and end in a digit (dates, numbers, months with their year) or `%`:
  // most cells are rejected here, before any regular expression runs.
  if (text === '' || text.length > 40) return null;
  const last = text.charCodeAt(text.length - 1);
  if (!(last >= 48 && last <= 57) && last !== 37 /* % */ && last !== 32) return null;
  if (looksLikeDate(text)) return 'date';
  if (looksLikePercent(text)) return 'percent';
  if (/^\d{1,3}(?:[.,]\d+)?$/.test(text)) {
    const value = parseProgress(text);
    return value !== null && value <= 100 ? 'number' : null;
  }
  if (parseMonth(text) !== null) return 'month';
  return null;
}

export interface Move {
  from: number;
  to: number;
}

/**
 * Decide how to move the cells of `cells` so that typed values land in columns
 * that accept them. `isOpenFieldFilled(key)` says whether the record this row
 * continues already has a value there (a typed field already set must not be
 * a move target). Returns the moves, empty when the row is in place.
 */
export function planRealignment(
  cells: readonly string[],
  keys: ReadonlyArray<ColumnKey | null>,
  isOpenFieldFilled: (key: ColumnKey) => boolean,
): Move[] {
  const misplaced: Array<{ index: number; kind: CellKind }> = [];
  cells.forEach((cell, index) => {
    const key = keys[index];
    // Document columns of asm's own CSV (`Mes del Reporte: 2015-09`) stay where they are.
    if (key === 'number' || key === 'activityNumber' || key === undefined || key?.startsWith('doc')) return;
    const kind = cellKind(cell);
    if (kind && (key === null || !ACCEPTS[kind].includes(key))) misplaced.push({ index, kind });
  });
  if (misplaced.length === 0) return [];

  const nearest = (index: number, kind: CellKind, taken: ReadonlySet<number>): number | null => {
    let best: number | null = null;
    keys.forEach((key, target) => {
      if (key === null || !ACCEPTS[kind].includes(key) || taken.has(target) || isOpenFieldFilled(key)) return;
      if (best === null || Math.abs(target - index) < Math.abs(best - index)) best = target;
    });
    return best;
  };

  const offsets = misplaced.map(({ index, kind }) => {
    const target = nearest(index, kind, new Set());
    return target === null ? null : target - index;
  });
  const offset = offsets[0];
  if (offset !== null && offset !== undefined && offsets.every((o) => o === offset)) {
    const whole = wholeRowMoves(cells, keys, offset, isOpenFieldFilled);
    if (whole) return whole;
  }
  return cellByCellMoves(cells, keys, misplaced, nearest);
}

/** Move every cell from the first non-empty one after `No.` by `offset`, if the result is consistent. */
function wholeRowMoves(
  cells: readonly string[],
  keys: ReadonlyArray<ColumnKey | null>,
  offset: number,
  isOpenFieldFilled: (key: ColumnKey) => boolean,
): Move[] | null {
  const numberIndex = keys.indexOf('number');
  const start = cells.findIndex((cell, index) => index > numberIndex && cell !== '');
  if (start < 0) return null;
  const moves: Move[] = [];
  for (let index = start; index < cells.length; index++) {
    const cell = cells[index]!;
    if (cell === '') continue;
    const target = index + offset;
    const key = keys[target];
    if (key === undefined || key === null || key === 'number' || key === 'activityNumber') return null;
    const kind = cellKind(cell);
    if (kind && !ACCEPTS[kind].includes(key)) return null;
    if (!kind && TYPED_KEYS.has(key)) return null;
    if (TYPED_KEYS.has(key) && isOpenFieldFilled(key)) return null;
    moves.push({ from: index, to: target });
  }
  return moves;
}

function cellByCellMoves(
  cells: readonly string[],
  keys: ReadonlyArray<ColumnKey | null>,
  misplaced: ReadonlyArray<{ index: number; kind: CellKind }>,
  nearest: (index: number, kind: CellKind, taken: ReadonlySet<number>) => number | null,
): Move[] {
  // A target is taken while a cell is there: a misplaced cell that finds no
  // target stays, and must not be overwritten by another one moving in.
  const taken = new Set<number>();
  cells.forEach((cell, index) => {
    if (cell !== '') taken.add(index);
  });
  const moves: Move[] = [];
  for (const { index, kind } of misplaced) {
    const target = nearest(index, kind, taken);
    if (target === null || keys[target] === undefined) continue;
    taken.delete(index);
    taken.add(target);
    moves.push({ from: index, to: target });
  }
  return moves;
}

/** Apply moves to a copy of the row. */
export function applyMoves(cells: readonly string[], moves: readonly Move[]): string[] {
  const width = Math.max(cells.length, maxOf(moves, (move) => move.to + 1));
  const result = Array.from({ length: width }, (_, index) => cells[index] ?? '');
  for (const move of moves) result[move.from] = '';
  for (const move of moves) result[move.to] = cells[move.from]!;
  return result;
}
