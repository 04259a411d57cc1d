// Text helpers that core and the renderers share.

/** Lower case without accents (`Coordinación` → `coordinacion`): how asm compares words, names and headers. */
export function foldAccents(text: string): string {
  // ASCII needs no decomposition, and most cells are ASCII.
  return (/[^\x00-\x7f]/.test(text) ? text.normalize('NFD').replace(/[\u0300-\u036f]/g, '') : text).toLowerCase();
}

/**
 * The one number format of asm: `50` → `50`, `79.375` → `79.38`, null → `—`;
 * `fixed` keeps the decimals on whole numbers (period averages: `80.00`),
 * `unit` follows the figure (`%`).
 */
export function formatNumber(value: number | null, { decimals = 2, fixed = false, unit = '' }: { decimals?: number; fixed?: boolean; unit?: string } = {}): string {
  if (value === null) return '—';
  return `${fixed || !Number.isInteger(value) ? value.toFixed(decimals) : String(value)}${unit}`;
}

/**
 * Greedy word wrap to `width` columns. A word longer than the column (a URL)
 * is cut, filling what is left of the line when at least 8 columns are; more
 * than `maxLines` lines end in an ellipsis.
 */
export function wrap(text: string, width: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let current = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    while (word.length > width) {
      const room = current === '' ? width : width - current.length - 1;
      if (room < 8) {
        lines.push(current);
        current = '';
        continue;
      }
      const head = word.slice(0, room);
      lines.push(current === '' ? head : `${current} ${head}`);
      current = '';
      word = word.slice(room);
    }
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current = `${current} ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '') lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1]!;
  kept[maxLines - 1] = `${last.length >= width ? last.slice(0, width - 1) : last}…`;
  return kept;
}

/** At most `width` characters, an ellipsis marking a cut. */
export { truncate } from '../text/format.js';

// Characters a terminal acts on rather than shows: C0 controls (ESC starts
// clear-screen, OSC 52 clipboard and OSC 8 link sequences), DEL, C1 controls
// (U+009B is a one-character CSI), and the bidi controls that reorder what a
// reader sees (U+202E "RIGHT-TO-LEFT OVERRIDE" and friends).
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// The same, but not tab, LF and CR, which JSON.stringify already escapes, plus the JavaScript line separators.
const JSON_UNSAFE = /[\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/g;

/** Bidi controls alone: sources drop them as they drop control characters. */
export const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * Text from a document, safe to print: every control and bidi control becomes
 * a visible stand-in (ESC → ␛, other C0 → its Control Picture, the rest → �),
 * so that an auditor sees that something was there and the terminal does nothing.
 */
export function neutralizeControls(text: string): string {
  if (!TERMINAL_UNSAFE.test(text)) return text;
  TERMINAL_UNSAFE.lastIndex = 0;
  // A Windows line end is a line end, not a stray CR.
  return text.replace(/\r\n/g, '\n').replace(TERMINAL_UNSAFE, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return '\uFFFD';
  });
}

/** A copy of `value` with neutralizeControls applied to every string in it (renderers take their model through this). */
export function neutralizeData<T>(value: T): T {
  if (typeof value === 'string') return neutralizeControls(value) as T;
  if (Array.isArray(value)) return value.map((item) => neutralizeData(item)) as T;
  if (value !== null && typeof value === 'object') {
    const copy: Record<string, unknown> = Object.create(Object.getPrototypeOf(value) === null ? null : Object.prototype);
    for (const [key, item] of Object.entries(value)) copy[neutralizeControls(key)] = neutralizeData(item);
    return copy as T;
  }
  return value;
}

/** JSON text whose C1, bidi and line-separator characters are written as \u escapes: the same data, inert on a terminal. */
export function inertJson(json: string): string {
  return json.replace(JSON_UNSAFE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
