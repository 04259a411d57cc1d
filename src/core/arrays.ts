// Loops for what would otherwise spread an array into a call. `push(...items)`
// and `Math.max(...values)` pass every element as an argument, and V8 has
// room for only about 100,000 of them (fewer in a deep stack): beyond that the
// call throws "RangeError: Maximum call stack size exceeded". Wherever the
// array's length comes from the data (documents, rows, lines of a page, wrapped
// lines of a long cell), use these instead.

/** Append every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** `Math.min(...items.map(value))` without the spread: Infinity when empty, NaN when a value is NaN. */
export function minOf<T>(items: Iterable<T>, value: (item: T) => number): number {
  let best = Infinity;
  for (const item of items) {
    const v = value(item);
    if (Number.isNaN(v)) return NaN;
    if (v < best) best = v;
  }
  return best;
}

/** `Math.max(...items.map(value))` without the spread: -Infinity when empty, NaN when a value is NaN. */
export function maxOf<T>(items: Iterable<T>, value: (item: T) => number): number {
  let best = -Infinity;
  for (const item of items) {
    const v = value(item);
    if (Number.isNaN(v)) return NaN;
    if (v > best) best = v;
  }
  return best;
}
