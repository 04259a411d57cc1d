// Page furniture: running heads and footers that repeat on every page (a
// report title, the agency's name, "Página 2 de 4"), and what browsers print
// in the margins (date and time, the page's address, "1/4"). They are dropped
// before the tables are read, so that none becomes a title, an institution,
// stray text or a table row.
//
// A line is furniture when it sits in the top or bottom margin band of its
// page, apart from the page's content (a gap above or below it), and either
// holds a known furniture form (a page number that says so, a print date, an
// address) or each of its runs repeats, same place and same text (digits
// aside), on at least half of the pages.
import { inlineText, type TextLine } from './geometry.js';
import { maxOf, pushAll } from '../../core/arrays.js';

/** Share of the page height, from either edge, where heads and footers live. */
const MARGIN_BAND = 0.15;

/** "Página 2 de 4", "Pág. 2": a page number that says so. */
const PAGE_NUMBER = /^(?:p[aá]gina|p[aá]g\.?|hoja|page)\s*\d{1,4}(?:\s*(?:de|of|\/)\s*\d{1,4})?$/i;
/** "2 / 4", "2 de 4", "- 2 -": a page number, or a cell's "142 de 240" (see isFurnitureRun). */
const BARE_PAGE_NUMBER = /^(?:(\d{1,4})\s*(?:de|of|\/)\s*(\d{1,4})|-\s*\d{1,4}\s*-)$/i;
/** A browser's print date ("11/24/26, 11:42 PM") and the page's address. */
const DATE_TIME = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\.?))?$/i;
/** The address of a page printed by a browser; a web address may also be a cell's text (see isFurnitureRun). */
const LOCAL_ADDRESS = /^(?:file|about|blob):\S*$/i;
const WEB_ADDRESS = /^https?:\/\/\S*$/i;
const BARE_NUMBER = /^\d{1,4}$/;
const TABLE_VALUE = /(?:^|\s)(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,3}(?:[.,]\d+)?\s?%)(?=\s|$)/;

/** Text that is furniture wherever it stands in a margin line; the line it is on is furniture too. */
function isFurnitureText(text: string): boolean {
  const trimmed = text.trim();
  return PAGE_NUMBER.test(trimmed) || DATE_TIME.test(trimmed) || LOCAL_ADDRESS.test(trimmed);
}

/** A run that is furniture when every run of its line is: a web address, a bare number or page number. */
function isFurnitureRun(text: string): boolean {
  const trimmed = text.trim();
  const bare = BARE_PAGE_NUMBER.exec(trimmed);
  if (bare && (bare[1] === undefined || Number(bare[1]) <= Number(bare[2]))) return true;
  return isFurnitureText(trimmed) || WEB_ADDRESS.test(trimmed) || BARE_NUMBER.test(trimmed);
}

interface Candidate {
  page: number;
  line: TextLine;
  segments: Array<{ key: string; text: string; left: number; right: number }>;
}

/** Runs of a line separated by wide gaps: a head's left, centre and right parts. */
function segmentsOf(line: TextLine): Candidate['segments'] {
  const out: Candidate['segments'] = [];
  let start = 0;
  for (let i = 1; i <= line.items.length; i++) {
    const prev = line.items[i - 1]!;
    const next = line.items[i];
    if (next && next.x - (prev.x + prev.width) <= 1.5 * next.size) continue;
    const items = line.items.slice(start, i);
    const text = inlineText(items);
    out.push({
      text,
      key: text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' '),
      left: items[0]!.x,
      right: maxOf(items, (item) => item.x + item.width),
    });
    start = i;
  }
  return out;
}

/** Lines in the margin bands that stand apart from the rest of the page. */
function marginLines(lines: readonly TextLine[], height: number): TextLine[] {
  const out: TextLine[] = [];
  const apart = (a: TextLine, b: TextLine): boolean => b.top - a.bottom >= Math.max(0.3 * Math.max(a.size, b.size), 1.5);
  // From the top: blocks closed by a gap, while inside the band.
  let block: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.bottom > MARGIN_BAND * height) break;
    block.push(line);
    const next = lines[i + 1];
    if (next && apart(line, next)) {
      pushAll(out, block);
      block = [];
    }
  }
  block = [];
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.top < (1 - MARGIN_BAND) * height) break;
    block.push(line);
    const prev = lines[i - 1];
    if (prev && apart(prev, line)) {
      pushAll(out, block);
      block = [];
    }
  }
  return out;
}

/** The furniture lines of each page (same objects as in `pages`). */
export function findFurniture(pages: ReadonlyArray<{ lines: readonly TextLine[]; height: number }>): Set<TextLine> {
  const candidates: Candidate[] = [];
  pages.forEach((page, index) => {
    for (const line of marginLines(page.lines, page.height)) candidates.push({ page: index, line, segments: segmentsOf(line) });
  });
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const repeats = (segment: Candidate['segments'][number], at: Candidate): boolean => {
    const seen = new Set<number>([at.page]);
    for (const other of candidates) {
      if (seen.has(other.page) || Math.abs(other.line.baseline - at.line.baseline) > 3) continue;
      const match = other.segments.some(
        (s) =>
          s.key === segment.key &&
          (Math.abs(s.left - segment.left) < 3 ||
            Math.abs(s.right - segment.right) < 3 ||
            Math.abs(s.left + s.right - segment.left - segment.right) < 6),
      );
      if (match) seen.add(other.page);
    }
    return seen.size >= needed;
  };
  const furniture = new Set<TextLine>();
  // The head of a one-page document repeats nowhere: its first line, no larger than the line after it and
  // far above it (a page header sits in the header margin, apart from the body). On longer documents
  // heads repeat, and a first line far above the rest may be content (a statement atop the last page).
  if (pages.length === 1) pages.forEach((page) => {
    const [first, next] = page.lines;
    if (!first || !next || first.bottom > MARGIN_BAND * page.height) return;
    if (first.size <= next.size + 0.1 && next.top - first.bottom >= Math.max(2.5 * first.size, 12)) furniture.add(first);
  });
  for (const candidate of candidates) {
    const { segments } = candidate;
    // A table row cut at the page's foot has dates and percentages: never furniture, whatever else it holds.
    if (segments.some((segment) => !isFurnitureText(segment.text) && TABLE_VALUE.test(segment.text))) continue;
    // A browser's head carries the page title beside the date: the date makes the line furniture.
    // A web address or a bare number is furniture only beside other furniture (a table row has both).
    if (
      segments.some((segment) => isFurnitureText(segment.text)) ||
      segments.every((segment) => isFurnitureRun(segment.text) || repeats(segment, candidate))
    ) {
      furniture.add(candidate.line);
    }
  }
  return furniture;
}
