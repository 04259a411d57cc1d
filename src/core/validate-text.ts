// Cells the source visibly cut: the PDF → text conversion of these reports
// splits long cells over rows and sometimes loses a piece, leaving a cell that
// starts mid-sentence (`eficiente el pago…`) or stops mid-word
// (`…de procedimien`, `Internos (PAADI Inc`). The checks are deliberately
// narrow: a title without a final full stop is not a cut.
import type { FoundUrl } from './validate-urls.js';
import { foldAccents } from './text.js';

/** Words a Spanish sentence never ends with. */
const FUNCTION_WORDS = new Set([
  'a', 'al', 'ante', 'con', 'de', 'del', 'desde', 'e', 'el', 'en', 'entre', 'hacia', 'hasta', 'la', 'las', 'lo',
  'los', 'mediante', 'o', 'para', 'por', 'que', 'se', 'sin', 'sobre', 'su', 'sus', 'u', 'un', 'una', 'unos', 'unas',
  'y', 'cuyo', 'cuya', 'cual', 'cuales', 'como', 'donde', 'cuando', 'según', 'segun', 'tras',
]);

/** How often each word (lower case, no accents) occurs in the document's free text. */
export type WordIndex = Map<string, number>;

const fold = foldAccents;

export function wordIndex(texts: readonly string[]): WordIndex {
  const index: WordIndex = new Map();
  for (const text of texts)
    for (const word of text.match(/\p{L}+/gu) ?? []) index.set(fold(word), (index.get(fold(word)) ?? 0) + 1);
  return index;
}

/**
 * The index's words in code-unit order, built once per index: the words that
 * start with a given prefix are then one contiguous run, found by binary search
 * instead of a scan of every word for every cell (quadratic in a long report).
 */
const sortedWords = new WeakMap<WordIndex, string[]>();

function wordsInOrder(words: WordIndex): string[] {
  let sorted = sortedWords.get(words);
  // (Built again if a caller added words to the index since.)
  if (!sorted || sorted.length !== words.size) {
    sorted = [...words.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    sortedWords.set(words, sorted);
  }
  return sorted;
}

/** `procedimien` when the document also has `procedimientos` but never `procedimien` on its own. */
function isCutWord(word: string, words: WordIndex): boolean {
  if (word.length < 2 || word === word.toUpperCase()) return false;
  const folded = fold(word);
  if ((words.get(folded) ?? 0) > 1) return false;
  // Is there a word at least two letters longer that starts with it? Those words follow `folded` in order;
  // before the first long one come at most `folded` itself and `folded` plus one letter.
  const sorted = wordsInOrder(words);
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < folded) low = middle + 1;
    else high = middle;
  }
  for (let i = low; i < sorted.length && sorted[i]!.startsWith(folded); i++) if (sorted[i]!.length >= folded.length + 2) return true;
  return false;
}

function unbalanced(text: string): boolean {
  const count = (re: RegExp): number => text.match(re)?.length ?? 0;
  return count(/\(/g) > count(/\)/g) || count(/"/g) % 2 === 1 || count(/[“«]/g) > count(/[”»]/g);
}

export interface Truncation {
  /** The cell starts mid-sentence. */
  start: boolean;
  /** The cell stops mid-word or mid-sentence. */
  end: boolean;
}

/**
 * The letters at the end of `text` (what `/\p{L}+$/u` matches), found by scanning
 * back: that regular expression retries from every letter of every earlier run,
 * quadratic on a long run of letters.
 */
function trailingLetters(text: string): string {
  let start = text.length;
  while (start > 0) {
    const width = start >= 2 && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!) ? 2 : 1;
    if (!/^\p{L}$/u.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return text.slice(start);
}

// A spreadsheet formula (`=HYPERLINK("http://x")`, `'=SUMA(A1)` as an export escaped it) is code, not prose:
// neither its opening nor its ending says anything about a cut.
const FORMULA = /^'*[=+@\uFF1D\uFF0B\uFF20]\s*[\p{L}_][\p{L}\d_.]*\s*\(/u;

/** Where `text` looks cut, or null. `urls` are the URLs found in it (a cell may end inside a URL's host). */
export function truncationOf(text: string, words: WordIndex, urls: readonly FoundUrl[] = []): Truncation | null {
  const clean = text.trim();
  if (clean === '' || FORMULA.test(clean)) return null;
  const firstToken = clean.split(/\s+/)[0]!;
  // A lower-case word opening a cell is the tail of a sentence (URLs, `e.g.`, file names are not words).
  const start = /^\p{Ll}\p{L}*[,;:]?$/u.test(firstToken);

  let end = false;
  const lastUrl = urls[urls.length - 1];
  if (lastUrl?.atEnd) {
    // Only a host of several labels is cut (`www.sistemas.hacienda.gob.m`); `http://x` or `http://intranet` is whole.
    end = lastUrl.hostOnly && lastUrl.reason === 'host' && !/\s/.test(lastUrl.text) && lastUrl.host.includes('.');
  } else if (/[,;:\-–(]$/.test(clean)) {
    end = true;
  } else if (/\p{L}$/u.test(clean)) {
    const lastWord = trailingLetters(clean);
    const isWholeToken = /(^|[\s("“«])\p{L}+$/u.test(clean);
    end =
      (isWholeToken && lastWord === lastWord.toLowerCase() && FUNCTION_WORDS.has(lastWord)) ||
      unbalanced(clean) ||
      (isWholeToken && isCutWord(lastWord, words));
  }
  return start || end ? { start, end } : null;
}
