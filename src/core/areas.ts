// Responsible-area spelling variants (`Coordianción de Cobranza` ~
// `Coordinación de Cobranza`): the validator warns about them and reports
// group them under the common spelling.

/** Case, accents and spacing do not make a different area. */
export function areaKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions), capped for speed. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  // Three rows of the table (i - 2, i - 1, i), not the whole table: this runs once per pair of spellings.
  const width = b.length + 1;
  let before = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = Infinity;
    for (let j = 1; j < width; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cap) return cap + 1;
    [before, previous, current] = [previous, current, before];
  }
  return previous[b.length]!;
}

/** Two area keys (see areaKey) a typo or two apart, relative to the length. */
function keysAreVariants(keyA: string, keyB: string): boolean {
  if (keyA === keyB) return true;
  const allowed = Math.min(2, Math.floor(Math.min(keyA.length, keyB.length) / 8));
  return allowed > 0 && editDistance(keyA, keyB, allowed) <= allowed;
}

/** Two spellings of one area: a typo or two apart, relative to the length. */
export function isAreaVariant(a: string, b: string): boolean {
  return keysAreVariants(areaKey(a), areaKey(b));
}

interface Leader {
  name: string;
  key: string;
  /** Leaders in the order they were made: a spelling joins the first one it is a variant of. */
  order: number;
}

/**
 * Map every spelling in `names` (with repetitions) to its canonical spelling:
 * the most frequent one of its group, the first seen on a tie.
 *
 * Each distinct spelling is keyed once and compared only with the leaders
 * whose keys could be a typo or two away (the same key, or keys within two
 * characters of its length), not with every group made so far: the work grows
 * with the distinct spellings, not with the rows or documents they come from.
 */
export function canonicalAreas(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const canonical = new Map<string, string>();
  const byKey = new Map<string, Leader>();
  const byLength = new Map<number, Leader[]>();
  for (const name of byFrequency) {
    const key = areaKey(name);
    let leader = byKey.get(key) ?? null;
    // Keys shorter than 8 characters allow no typo: only the same key joins them.
    if (key.length >= 8) {
      for (let length = key.length - 2; length <= key.length + 2; length++) {
        for (const candidate of byLength.get(length) ?? []) {
          if (leader !== null && candidate.order >= leader.order) break;
          if (keysAreVariants(candidate.key, key)) {
            leader = candidate;
            break;
          }
        }
      }
    }
    if (leader === null) {
      leader = { name, key, order: byKey.size };
      byKey.set(key, leader);
      const bucket = byLength.get(key.length);
      if (bucket) bucket.push(leader);
      else byLength.set(key.length, [leader]);
    }
    canonical.set(name, leader.name);
  }
  return canonical;
}
