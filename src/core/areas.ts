// Responsible-area spelling variants (`Coordianción de Cobranza` ~
// `Coordinación de Cobranza`): the validator warns about them and reports
// group them under the common spelling.
import { foldAccents } from './text.js';

/** Case, accents and spacing do not make a different area. */
export function areaKey(name: string): string {
  return foldAccents(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Three rows of the distance table, reused from call to call (grown when a longer string comes). */
let rowsBuffer = new Int32Array(3 * 64);

/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions)
 * when it is at most `cap`, else `cap + 1`. Only the cells within `cap` of the
 * diagonal can hold such a distance, so only those are computed, in three rows
 * (i - 2, i - 1, i) of one reused buffer: time grows with the length times the
 * cap, not with the square of the length, and nothing is allocated per call.
 */
export function editDistance(a: string, b: string, cap = 3): number {
  const over = cap + 1;
  if (Math.abs(a.length - b.length) > cap) return over;
  const width = b.length + 1;
  if (rowsBuffer.length < 3 * width) rowsBuffer = new Int32Array(6 * width);
  const rows = rowsBuffer;
  rows.fill(over, 0, 3 * width);
  let before = 0;
  let previous = width;
  let current = 2 * width;
  for (let j = 0; j < width && j <= cap; j++) rows[previous + j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = i - cap > 1 ? i - cap : 1;
    const to = i + cap < b.length ? i + cap : b.length;
    rows[current] = i < over ? i : over;
    if (from > 1) rows[current + from - 1] = over;
    const ai = a.charCodeAt(i - 1);
    const aPrevious = i > 1 ? a.charCodeAt(i - 2) : -1;
    let rowMin = over;
    for (let j = from; j <= to; j++) {
      const bj = b.charCodeAt(j - 1);
      let value = rows[previous + j - 1]! + (ai === bj ? 0 : 1);
      const deletion = rows[previous + j]! + 1;
      if (deletion < value) value = deletion;
      const insertion = rows[current + j - 1]! + 1;
      if (insertion < value) value = insertion;
      if (j > 1 && ai === b.charCodeAt(j - 2) && aPrevious === bj) {
        const transposition = rows[before + j - 2]! + 1;
        if (transposition < value) value = transposition;
      }
      if (value > over) value = over;
      rows[current + j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > cap) return over;
    if (to + 1 < width) rows[current + to + 1] = over;
    const spare = before;
    before = previous;
    previous = current;
    current = spare;
  }
  const distance = rows[previous + b.length]!;
  return distance < over ? distance : over;
}

/** Typos two spellings may differ by: none under 8 characters, one under 16, else two (of the shorter key). */
const typoAllowance = (length: number): number => Math.min(2, Math.floor(length / 8));

/** Two area keys (see areaKey) a typo or two apart, relative to the length. */
function keysAreVariants(keyA: string, keyB: string): boolean {
  if (keyA === keyB) return true;
  const allowed = typoAllowance(Math.min(keyA.length, keyB.length));
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
  /** The last spelling (by its number) that took this leader as a candidate: each is compared once. */
  seenBy: number;
}

/**
 * Keys longer than this are not indexed (the index holds every half of a key
 * less one character); leaders of this length or more are also kept in a list
 * that long keys are compared with one by one. Real area names are far shorter.
 */
const LONGEST_INDEXED_KEY = 200;

/** Distinct spellings from which leaders are found through the index rather than one by one. */
const INDEX_FROM = 64;

const without = (text: string, index: number): string => text.slice(0, index) + text.slice(index + 1);

/** Where a leader is filed: each half of its key (`<` first, `>` second), whole (`=`) and less any one character (`-`). */
function halfEntries(key: string): Set<string> {
  const middle = key.length >> 1;
  const out = new Set<string>();
  for (const [part, half] of [['<', key.slice(0, middle)], ['>', key.slice(middle)]] as const) {
    out.add(`${part}=${half}`);
    for (let i = 0; i < half.length; i++) out.add(`${part}-${without(half, i)}`);
  }
  return out;
}

/**
 * Where a leader that is a variant of `key` must be filed. Keys a typo or two
 * apart have a half (of the leader's key) that is at most one typo from the
 * same stretch of the other key (two edits cannot both fall in both halves; a
 * transposition across the middle is one change in each), and two strings one
 * typo apart are equal once one character (or none) is left out of each.
 * The stretch is the start (or end) of `key`, one character longer or shorter
 * than the half of a leader's length, for each length the allowance permits.
 */
function probesOf(key: string, allowance: number): Set<string> {
  const out = new Set<string>();
  const add = (part: '<' | '>', piece: string): void => {
    out.add(`${part}=${piece}`);
    out.add(`${part}-${piece}`);
    for (let i = 0; i < piece.length; i++) {
      const shorter = without(piece, i);
      out.add(`${part}=${shorter}`);
      out.add(`${part}-${shorter}`);
    }
  };
  const starts = new Set<number>();
  const ends = new Set<number>();
  for (let length = key.length - allowance; length <= key.length + allowance; length++) {
    const middle = length >> 1;
    for (const delta of [-1, 0, 1]) {
      starts.add(middle + delta);
      ends.add(length - middle + delta);
    }
  }
  for (const size of starts) if (size > 0 && size <= key.length) add('<', key.slice(0, size));
  for (const size of ends) if (size > 0 && size <= key.length) add('>', key.slice(key.length - size));
  return out;
}

/**
 * Map every spelling in `names` (with repetitions) to its canonical spelling:
 * the most frequent one of its group, the first seen on a tie.
 *
 * A spelling joins the first leader (the spelling a group is known by) that
 * it is a variant of. Comparing it with every leader made so far was
 * quadratic in the distinct spellings (5,000 distinct names took 40 s), so the
 * leaders are filed by the halves of their keys (see probesOf) and a spelling
 * is compared only with the leaders filed where a variant of it would be (the
 * same answer, found in about 1 s). Leaders that share a half ("Dirección
 * General de …") are still all compared, so the time grows somewhat faster than
 * the number of distinct spellings; rows and documents that repeat a spelling
 * cost nothing more.
 */
export function canonicalAreas(names: readonly string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const canonical = new Map<string, string>();
  const byKey = new Map<string, Leader>();
  // Leaders that allow a typo, in order. Until there are INDEX_FROM of them a spelling is compared with each
  // (cheaper than probing, for the few areas of one report); from then on, through the index.
  const typoLeaders: Leader[] = [];
  let indexed = false;
  const filed = new Map<string, Leader[]>();
  const long: Leader[] = [];
  const file = (leader: Leader): void => {
    if (leader.key.length <= LONGEST_INDEXED_KEY) {
      for (const entry of halfEntries(leader.key)) {
        const list = filed.get(entry);
        if (list) list.push(leader);
        else filed.set(entry, [leader]);
      }
    }
    if (leader.key.length + 2 >= LONGEST_INDEXED_KEY) long.push(leader);
  };
  let spelling = 0;
  for (const name of byFrequency) {
    spelling++;
    const key = areaKey(name);
    let leader = byKey.get(key) ?? null;
    // Keys under 8 characters allow no typo: only the same key joins them.
    const allowance = typoAllowance(key.length);
    if (allowance > 0) {
      let candidates: Leader[] = typoLeaders;
      if (indexed) {
        candidates = [];
        const consider = (candidate: Leader): void => {
          if (candidate.seenBy === spelling) return;
          candidate.seenBy = spelling;
          candidates.push(candidate);
        };
        if (key.length <= LONGEST_INDEXED_KEY) {
          for (const probe of probesOf(key, allowance)) {
            for (const candidate of filed.get(probe) ?? []) {
              if (leader !== null && candidate.order >= leader.order) break;
              consider(candidate);
            }
          }
        }
        if (key.length + allowance >= LONGEST_INDEXED_KEY) for (const candidate of long) consider(candidate);
        candidates.sort((a, b) => a.order - b.order);
      }
      for (const candidate of candidates) {
        if (leader !== null && candidate.order >= leader.order) break;
        if (keysAreVariants(candidate.key, key)) {
          leader = candidate;
          break;
        }
      }
    }
    if (leader === null) {
      leader = { name, key, order: byKey.size, seenBy: spelling };
      byKey.set(key, leader);
      if (allowance > 0) {
        typoLeaders.push(leader);
        if (indexed) file(leader);
        else if (typoLeaders.length >= INDEX_FROM) {
          for (const each of typoLeaders) file(each);
          indexed = true;
        }
      }
    }
    canonical.set(name, leader.name);
  }
  return canonical;
}
