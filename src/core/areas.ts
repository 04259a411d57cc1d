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
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows.push(new Array<number>(b.length + 1).fill(0));
    rows[i]![0] = i;
  }
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
  }
  return rows[a.length]![b.length]!;
}

/** Two spellings of one area: a typo or two apart, relative to the length. */
export function isAreaVariant(a: string, b: string): boolean {
  const keyA = areaKey(a);
  const keyB = areaKey(b);
  if (keyA === keyB) return true;
  const allowed = Math.min(2, Math.floor(Math.min(keyA.length, keyB.length) / 8));
  return allowed > 0 && editDistance(keyA, keyB, allowed) <= allowed;
}

/**
 * Map every spelling in `names` (with repetitions) to its canonical spelling:
 * the most frequent one of its group, the first seen on a tie.
 */
export function canonicalAreas(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const canonical = new Map<string, string>();
  for (const name of byFrequency) {
    const leader = [...new Set(canonical.values())].find((candidate) => isAreaVariant(candidate, name));
    canonical.set(name, leader ?? name);
  }
  return canonical;
}
