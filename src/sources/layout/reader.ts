// The table reader: positioned text and ruling lines of each page in, the
// lines a report is made of out (plain text lines, table headers and table
// rows as cells), each with its page. It knows nothing of pdf.js, so any
// source of positioned words (OCR, say) can use it.
//
// Per page: furniture is dropped (furniture.ts); header bands are found
// (header.ts); each table's columns come from its header, or from the table
// the previous page ended in (a header on the first page only); its body runs
// to where a line cannot be a row (columns.ts) and is cut into rows
// (rows.ts). A row cut by the page break is carried over and joined with its
// rest at the top of the next page.
import type { SourceLine } from '../../core/lines.js';
import { maxOf, minOf, pushAll } from '../../core/arrays.js';
import { groupLines, inlineText, joinTouchingRuns, phrasesOf, type PageContent, type TextItem, type TextLine } from './geometry.js';
import { findFurniture } from './furniture.js';
import { findHeaderBands, splitByBody, type HeaderBand } from './header.js';
import { carriedFrame, columnOf, crossesFrame, endsTable, frameFromHeader, walkBody, type TableFrame } from './columns.js';
import { normaliseRules } from './rules.js';
import { bodyRows, rowCells, type Row } from './rows.js';

const NUMBER = /^\d{1,3}(\.\d{1,3})*\.?$/;

interface State {
  /** The columns of the last table read, kept for its continuation. */
  frame: TableFrame | null;
  /** The table ran to the bottom of the previous page. */
  open: boolean;
  /** That table's last row, which the page break may have cut. */
  carry: Row | null;
}

export function readPages(pages: readonly PageContent[]): SourceLine[] {
  const pageLines = pages.map((page) => groupLines(joinTouchingRuns(page.items)));
  const furniture = findFurniture(pageLines.map((lines, index) => ({ lines, height: pages[index]!.height })));
  const state: State = { frame: null, open: false, carry: null };
  const out: SourceLine[] = [];
  pages.forEach((page, index) => {
    const lines = pageLines[index]!.filter((line) => !furniture.has(line));
    readPage(lines, page, index + 1, state, out);
  });
  flushCarry(state, out);
  return out;
}

function readPage(lines: readonly TextLine[], page: PageContent, number: number, state: State, out: SourceLine[]): void {
  const { h, v } = normaliseRules(page.rules);
  const bands = findHeaderBands(lines, h, v);
  const bandAt = new Map<number, HeaderBand>(bands.map((band) => [lines.indexOf(band.lines[0]!), band]));
  const headerStarts = new Set(bandAt.keys());
  const plain: TextLine[] = [];
  const plainOut: SourceLine[] = [];
  // The width of the page's text, tables included: what a title spans before it wraps.
  const textWidth = lines.length > 0 ? maxOf(lines, (l) => l.right) - minOf(lines, (l) => l.left) : 0;
  const flushPlain = (): void => {
    const lines = plainLines(plain.splice(0), number, textWidth);
    pushAll(plainOut, lines);
    pushAll(out, lines);
  };
  let awaiting = state.open; // the top of a page whose previous page ended inside a table
  const heads: TextLine[] = [];
  let i = 0;
  const readTable = (frame: TableFrame, start: number, continues: boolean): void => {
    const walk = walkBody(lines, start, frame, { headerStarts, vRules: v, top: lines[start]?.top ?? 0 });
    const rows = bodyRows(lines.slice(start, walk.end), frame.columns, h, { page: number, continues, open: walk.open });
    if (state.carry) {
      const first = rows[0];
      if (continues && first && (!state.carry.anchored || !first.anchored)) rows[0] = joinRows(state.carry, first);
      else if (continues || !first) rows.unshift(state.carry);
      else out.push(toLine(state.carry, frame));
      state.carry = null;
    }
    if (walk.open) state.carry = rows.pop() ?? null;
    for (const row of rows) out.push(toLine(row, frame));
    state.frame = carriedFrame(frame);
    state.open = walk.open;
    i = walk.end;
  };

  while (i < lines.length) {
    const line = lines[i]!;
    const found = bandAt.get(i);
    if (found) {
      flushPlain();
      const start = lines.indexOf(found.lines[found.lines.length - 1]!) + 1;
      const band = splitByBody(found, bodySample(lines, start, headerStarts));
      // The header repeated over a table that goes on adds nothing (and would come before the rest of the cut row).
      const repeated = awaiting && state.frame?.header.join('\t') === band.cells.join('\t');
      if (!repeated) out.push({ cells: band.cells, page: number });
      readTable(frameFromHeader(band, v), start, awaiting);
      awaiting = false;
      continue;
    }
    const frame = state.frame;
    if (frame && awaiting) {
      // A running head above the rest of the table is furniture; a heading or paragraph ends the table.
      if (endsTable(line)) {
        awaiting = false;
        state.open = false;
        pushAll(plain, heads.splice(0));
        flushCarry(state, out);
        continue;
      }
      // Lines of the page's top band before the rest of the table are its running head, dropped if the table
      // does go on below them; other lines are kept as text.
      if (crossesFrame(line, frame) || (line.bottom < 0.15 * page.height && lines[i + 1] && lines[i + 1]!.top - line.bottom >= 2 * line.size)) {
        (line.bottom < 0.15 * page.height ? heads : plain).push(line);
        i++;
        continue;
      }
      heads.length = 0;
      flushPlain();
      readTable(frame, i, true);
      awaiting = false;
      continue;
    }
    if (frame && startsRow(line, frame) && !endsTable(line) && !crossesFrame(line, frame)) {
      // Rows under a heading that ended the table: the same columns go on without a header.
      flushCarry(state, out);
      flushPlain();
      readTable(frame, i, false);
      continue;
    }
    if (awaiting) {
      awaiting = false;
      pushAll(plain, heads.splice(0));
      flushCarry(state, out);
    }
    plain.push(line);
    i++;
  }
  flushPlain();
  // Text between table lines nobody placed is table text too (the cells of a table whose header was not found).
  const tabular = plainOut.flatMap((line, index) => (line.unplaced ? [index] : []));
  if (tabular.length >= 3) for (let k = tabular[0]!; k <= tabular[tabular.length - 1]!; k++) plainOut[k]!.unplaced = true;
}

/** The lines a table's body may hold after a header: up to a heading, a statement, a signature, the next header or a wide gap. */
function bodySample(lines: readonly TextLine[], start: number, headerStarts: ReadonlySet<number>): TextLine[] {
  const out: TextLine[] = [];
  for (let i = start; i < lines.length && out.length < 120; i++) {
    const line = lines[i]!;
    const previous = out[out.length - 1];
    if (headerStarts.has(i) || endsTable(line) || (previous && line.top - previous.bottom > 3 * line.size)) break;
    out.push(line);
  }
  return out;
}

function startsRow(line: TextLine, frame: TableFrame): boolean {
  const first = line.items.find((item) => columnOf(frame.columns, item.x) === frame.columns.number);
  return first !== undefined && first === line.items[0] && NUMBER.test(first.str.trim());
}

function flushCarry(state: State, out: SourceLine[]): void {
  if (state.carry && state.frame) out.push(toLine(state.carry, state.frame));
  state.carry = null;
}

function joinRows(before: Row, after: Row): Row {
  return {
    cells: before.cells.map((lines, k) => [...lines, ...(after.cells[k] ?? [])]),
    page: before.page,
    lastPage: after.lastPage,
    anchored: before.anchored || after.anchored,
  };
}

function toLine(row: Row, frame: TableFrame): SourceLine {
  const ocr = ocrCells(row);
  return {
    cells: rowCells(row, frame.columns),
    page: row.page,
    ...(row.lastPage !== row.page ? { lastPage: row.lastPage } : {}),
    ...(ocr ? { ocr } : {}),
  };
}

/** Per cell, its least confident OCR'd word (confidence and place); none for a row of a text layer. */
function ocrCells(row: Row): SourceLine['ocr'] {
  let any = false;
  const cells = row.cells.map((lines) => {
    let least: TextItem | null = null;
    for (const line of lines) {
      for (const item of line.items) if (item.confidence !== undefined && (!least || item.confidence < least.confidence!)) least = item;
    }
    if (!least) return null;
    any = true;
    return { confidence: least.confidence!, x: least.x, y: least.y - least.size };
  });
  return any ? cells : undefined;
}

/**
 * Text outside tables, one single-cell line per line, except that a line
 * wrapped onto the next is joined with it: a left-aligned paragraph whose line
 * reached the right edge, or a centred title whose line is nearly as wide as
 * the page's text (same font and size, close together).
 */
function plainLines(lines: readonly TextLine[], page: number, textWidth: number): SourceLine[] {
  const out: SourceLine[] = [];
  if (lines.length === 0) return out;
  const right = maxOf(lines, (line) => line.right);
  let current: { text: string; line: TextLine; widest: number } | null = null;
  const push = (): void => {
    if (!current) return;
    out.push({ cells: [current.text], page, ...(looksTabular(current.line) ? { unplaced: true } : {}) });
  };
  for (const line of lines) {
    const text = inlineText(line.items);
    if (current) {
      const prev = current.line;
      const sameFace = Math.abs(line.size - prev.size) < 0.6 && line.items[0]?.font === prev.items[0]?.font;
      const close = line.baseline - prev.baseline < 1.6 * line.size;
      const firstWord = text.split(' ')[0] ?? '';
      const charWidth = (prev.right - prev.left) / Math.max(1, inlineText(prev.items).length);
      const leftWrap = Math.abs(line.left - prev.left) < 2 && prev.right + charWidth * (firstWord.length + 1) > right - 1;
      // Centred lines (same middle, different left edges) go on a title when both are in capitals, as
      // titles are, or when the next line's first word would not have fitted on this one (the run's
      // widest line gives the wrap width: a title may wrap at less than the page's) and this one is wide
      // on the page (a stack of short centred lines, institution over program, is no title).
      const prevWidth = prev.right - prev.left;
      const capitals = isCapitals(current.text);
      const centred = Math.abs(line.left + line.right - prev.left - prev.right) < 6 && Math.abs(line.left - prev.left) > 2;
      const wraps =
        prevWidth + charWidth * (firstWord.length + 1) > Math.max(current.widest, line.right - line.left) - 1 &&
        prevWidth >= 0.3 * textWidth;
      const centreWrap = centred && (capitals ? isCapitals(text) : wraps);
      // Lines laid out in columns (a signature block) are not one paragraph.
      const columnar = phrasesOf(line, 1.5).length > 1 || phrasesOf(prev, 1.5).length > 1;
      if (sameFace && close && !columnar && (leftWrap || centreWrap)) {
        current = { text: `${current.text} ${text}`, line, widest: Math.max(current.widest, line.right - line.left) };
        continue;
      }
      push();
    }
    current = { text, line, widest: line.right - line.left };
  }
  push();
  return out;
}

/** Text mostly in capital letters (a title). */
function isCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && letters.replace(/\p{Lu}/gu, '').length <= 0.1 * letters.length;
}

/** A date as a cell holds it, alone in its run. */
const DATE_RUN = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/**
 * Table text nobody placed: a line laid out in four or more separate runs (a
 * signature block has up to three), or in three or more where one is a date
 * on its own, as a due date's cell is (a row left below its table). Justified
 * prose spreads every word apart, so some run must hold two words or more.
 */
function looksTabular(line: TextLine): boolean {
  if (phrasesOf(line, 1.5).length >= 4) return true;
  const runs = phrasesOf(line, 0.8).map((phrase) => inlineText(phrase.items));
  return runs.length >= 3 && runs.some((run) => DATE_RUN.test(run)) && runs.some((run) => run.includes(' '));
}
