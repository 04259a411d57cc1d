// Positioned text and ruling lines: the input of the table reader, whoever
// produced them (pdf.js today, OCR later). Coordinates are page units with y
// growing downwards; an item's y is its baseline. No pdf.js here.

/** A run of text: a line, a word or a single glyph, as the producer drew it. */
export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the text), in page units. */
  size: number;
  /** The producer's font name; only compared for equality (bold and regular differ). */
  font?: string;
  /** Set by OCR: how sure the recogniser was of this word, 0–100. */
  confidence?: number;
}

/** A ruling line: horizontal at y = pos from x = from to x = to, or vertical at x = pos. */
export interface Rule {
  kind: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
}

/** One page as the reader sees it. */
export interface PageContent {
  width: number;
  height: number;
  items: TextItem[];
  rules: Rule[];
}

export interface TextLine {
  items: TextItem[];
  baseline: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  size: number;
}

export function lineOf(items: TextItem[], baseline = items[0]?.y ?? 0): TextLine {
  let size = 0;
  let left = Infinity;
  let right = -Infinity;
  for (const item of items) {
    size = Math.max(size, item.size);
    left = Math.min(left, item.x);
    right = Math.max(right, item.x + item.width);
  }
  return { items, baseline, top: baseline - size, bottom: baseline + 0.25 * size, left, right, size };
}

/** Items on (nearly) the same baseline form a line, sorted left to right; lines top to bottom. */
export function groupLines(items: readonly TextItem[]): TextLine[] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextItem[][] = [];
  let baseline = -Infinity;
  let size = 0;
  for (const item of sorted) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(item.y - baseline) < 0.35 * Math.min(item.size, size)) {
      last.push(item);
      continue;
    }
    groups.push([item]);
    baseline = item.y;
    size = item.size;
  }
  return groups.map((group) => lineOf(group.sort((a, b) => a.x - b.x)));
}

/**
 * Glyph-by-glyph and word-by-word producers draw runs in any order: join the
 * runs of a line that touch (no visible gap) into one item, by position. This
 * is what turns "C","o","o","r","d" into "Coord"; a gap the width of a space
 * keeps two items apart (inlineText puts the space back).
 */
export function joinTouchingRuns(items: readonly TextItem[]): TextItem[] {
  const out: TextItem[] = [];
  for (const line of groupLines(items)) {
    let current: TextItem | null = null;
    for (const item of line.items) {
      if (
        current &&
        item.x - (current.x + current.width) < 0.1 * Math.min(item.size, current.size) &&
        item.x - (current.x + current.width) > -0.3 * item.size &&
        Math.abs(item.size - current.size) < 0.5 &&
        item.font === current.font
      ) {
        current.str += item.str;
        current.width = Math.max(current.width, item.x + item.width - current.x);
        if (item.confidence !== undefined && !(item.confidence >= (current.confidence ?? Infinity))) current.confidence = item.confidence;
        continue;
      }
      if (current) out.push(current);
      current = { ...item, y: line.baseline };
    }
    if (current) out.push(current);
  }
  return out;
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
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Runs of a line separated by more than a word space: the phrases of a line.
 * Two cells side by side are two phrases (unless the producer left less than
 * a space between them, which the column edges then settle).
 */
export function phrasesOf(line: TextLine, gap = 0.45): TextLine[] {
  const out: TextLine[] = [];
  let current: TextItem[] = [];
  let right = -Infinity;
  for (const item of line.items) {
    if (current.length > 0 && item.x - right > gap * item.size) {
      out.push(lineOf(current, line.baseline));
      current = [];
    }
    current.push(item);
    right = Math.max(right, item.x + item.width);
  }
  if (current.length > 0) out.push(lineOf(current, line.baseline));
  return out;
}

const TOKEN_START = /^[\p{L}\p{N}]/u;

/**
 * Whether the break between two lines of a cell cut a token, so that they join
 * without a space. `full` says the first line reaches the cell's right edge
 * (a break forced by width, not by a space).
 */
export function cutsToken(prev: string, next: string, full: boolean, token?: string): boolean {
  if (prev === '' || next === '') return false;
  // The token as joined so far (a URL cut over three lines is one token by its third).
  const lastToken = token ?? prev.slice(prev.lastIndexOf(' ') + 1);
  const single = !prev.includes(' ');
  // A URL cut after a dot ("https://www." + "gob.mx"): a sentence's full stop is followed by a capital.
  if (/:\/\/|^www\./i.test(lastToken) && /\.$/.test(lastToken) && /^[\p{Ll}\p{N}]/u.test(next)) return true;
  // "Septiembre-" + "2015", "MIR_E006_" + "2015", "gob.mx/" + "PASH": breaks
  // allowed after a hyphen or slash, or a forced one after an underscore.
  if (/[-/_]$/.test(lastToken) && lastToken.length > 1 && TOKEN_START.test(next)) return true;
  // A URL broken after "?", "&", "=" or "#" ("nota_detalle.php?" + "codigo=5").
  if (/[?&=#]$/.test(lastToken) && /[./_]\S/.test(lastToken) && /^\S/.test(next)) return true;
  // A number whose percent sign went to the next line: "100.00" + "%" (a percent sign starts no word).
  if (/\d$/.test(lastToken) && /^%(?:\s|$)/.test(next)) return true;
  // A number cut after its decimal point, alone on both lines: "100." + "00%".
  if (single && /^\d+[.,]$/.test(lastToken) && /^\d+\s?%?$/.test(next)) return true;
  if (!full) return false;
  if (isCodeLike(lastToken) && /^[\p{L}\p{N}./_-]/u.test(next)) return true;
  if (!single) return false;
  // A token wider than the cell, cut where the line was full:
  // "30/06/201" + "5", "MIR_E006_20" + "15", "Septiembre" + "-2015".
  if (/\d$/.test(lastToken) && /^\p{N}/u.test(next)) return true;
  // An identifier with underscores is one token wherever the line cut it: "SIS_BRIGADA" + "S_2017".
  if (lastToken.includes('_') && /^[\p{L}\p{N}_]/u.test(next)) return true;
  if (/[\d_/]/.test(lastToken) && /\d$/.test(lastToken) && TOKEN_START.test(next)) return true;
  if (/^[-/_.]\S/.test(next)) return true;
  // A token cut after an opening bracket or quote, which no word ends with: '=HYPERLINK("' + 'http://…'.
  if (/(?:[([{¿¡“«<]|[(=[{]["'])$/.test(lastToken) && /^\S/.test(next)) return true;
  // A word wider than the cell, broken without a hyphen (Word and Writer do):
  // "metodológic" + "a validada", "coordinació" + "n con", "beneficiarios" + ".".
  if (/^[.,;:!?)\]»”]/.test(next) && /\p{L}$/u.test(lastToken)) return true;
  // "Septiembr" + "e-2017": the piece is glued to a number or a hyphen, so it is no word of its own.
  // ("y/o" is a word of its own: a short word glued to a letter is not a piece.)
  const glued = /^(\p{Ll}+)([-/_]?\d|[-/_])/u.exec(next);
  if (glued && /\p{L}$/u.test(lastToken) && (/\d/.test(glued[2]!) || !SHORT_WORDS.has(glued[1]!))) return true;
  const piece = /^\p{Ll}+/u.exec(next)?.[0];
  if (piece && /\p{Ll}$/u.test(lastToken)) {
    if (piece.length <= 2 && !SHORT_WORDS.has(piece)) return true;
    if (!/[aeiouáéíóúünsrldzjyx]$/i.test(lastToken)) return true;
  }
  return false;
}

/** Spanish words of one or two letters: a line may start with them after a full line. */
const SHORT_WORDS = new Set(
  'a e o u y de la el en lo al se su un no ni ya es le me te mi tu si sí da va ha he ir ve ti yo os las los del con por'.split(' '),
);

/** A URL, path or code ("www.x.gob.", "PASH/jsps/acce", "9000/USE/U"): cut, not wrapped, when its line is full. */
function isCodeLike(token: string): boolean {
  if (/[)\]"”',;:]$/.test(token)) return false;
  return /:\/\/|www\./i.test(token) || /[./_][^./_]*[./_]/.test(token.slice(0, -1));
}

/**
 * The text of a cell from its lines, top to bottom: joined with a space, or
 * with none where the line break cut a token. `right` is the cell's right edge;
 * `left`, where known, its left edge (then a word wider than the cell, broken
 * where its line was full, is rejoined: see forcedBreak).
 */
export function cellText(lines: readonly TextLine[], right: number, left?: number): string {
  let text = '';
  let prevLine = '';
  let prevFull = false;
  let prev: TextLine | null = null;
  const content = left === undefined ? null : contentBox(lines, left, right);
  for (const line of lines) {
    const current = inlineText(line.items);
    if (current === '') continue;
    if (text === '') text = current;
    else {
      const cut = cutsToken(prevLine, current, prevFull, text.slice(text.lastIndexOf(' ') + 1)) || (content !== null && forcedBreak(prev!, line, content));
      text += cut ? current : ` ${current}`;
    }
    prevLine = current;
    prevFull = line.right >= right - 1.6 * line.size;
    prev = line;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** Where a cell's text may run: its edges less the padding its producer left on the left (taken as the same on the right). */
function contentBox(lines: readonly TextLine[], left: number, right: number): { left: number; right: number } | null {
  const textLeft = Math.min(...lines.map((line) => line.left));
  const textRight = Math.max(...lines.map((line) => line.right));
  if (!Number.isFinite(textLeft) || !(right > left)) return null;
  const padding = Math.max(0, textLeft - left);
  // Text that ran past the guessed padding shows where the cell's text really ends.
  return { left: textLeft, right: Math.max(textRight, right - padding) };
}

/**
 * A break inside one word, by geometry (how a typesetter breaks, as
 * reportlab's splitLongWords and LibreOffice do): a word is split only when it
 * is wider than the cell, and then its first piece fills the line. So the
 * break cut a word when the line ends at the cell's text edge (less than a
 * character short of it) and its last token with the next line's first is
 * wider than the cell could hold. The next piece goes on the word (it starts
 * with no capital, and is no short word of its own, "de", "la", a normal wrap).
 */
function forcedBreak(prev: TextLine, line: TextLine, content: { left: number; right: number }): boolean {
  const last = prev.items[prev.items.length - 1];
  const first = line.items[0];
  if (!last || !first) return false;
  const lastText = last.str.trimEnd();
  const firstText = first.str.trimStart();
  const lastToken = lastText.slice(lastText.lastIndexOf(' ') + 1);
  const firstToken = firstText.split(' ')[0] ?? '';
  if (!/[\p{L}\p{N}]$/u.test(lastToken) || !/^[\p{Ll}\p{N}]/u.test(firstToken)) return false;
  const lastChar = last.width / Math.max(1, last.str.length);
  const firstChar = first.width / Math.max(1, first.str.length);
  // Short of the edge by less than the next letter needs (the widest letters are half again the average).
  if (prev.right < content.right - 1.5 * Math.max(lastChar, firstChar)) return false;
  const width = lastChar * lastToken.length + firstChar * firstToken.length;
  // (A piece that fills the next line alone goes on beyond it: "c" + "osto-efectivi" + "dad".)
  const goesOn = !firstText.includes(' ') && line.items.length === 1 && line.right >= content.right - 1.5 * Math.max(lastChar, firstChar);
  if (!goesOn && width <= content.right - content.left + 0.25 * Math.min(lastChar, firstChar)) return false;
  // Geometry allows a break inside a word; it does not tell "institución" + "académica" (two words that
  // happened to fill the line) from "c" + "osto-efectivi". The pieces do: a short word ending the line
  // ("de", "le") is taken as a word; else the first piece must end as no Spanish word does ("efectivi",
  // "Cuestionari", "c"), or the second begin as none does ("ntos"), or be a letter or two of no word ("s").
  const before = lastToken.toLowerCase();
  const after = firstToken.toLowerCase().replace(/[.,;:!?)\]»”]+$/u, '');
  if (SHORT_WORDS.has(before)) return false;
  const oddEnd = !/[aeoáéíóúnsrldzjyx\d]$/u.test(before);
  const oddStart = /^[bcdfghjklmnñpqrstvwxz]{2}/u.test(after) && !/^(?:[bcfgkpt][lr]|dr|tr|ch|ll|qu|ps)/u.test(after);
  const piece = after.length <= 2 && !SHORT_WORDS.has(after);
  return oddEnd || oddStart || piece;
}
