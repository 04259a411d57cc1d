// PDF source: text with positions from pdf.js (through pdf-parse), turned into
// the same SourceLines a text file gives. Imported dynamically, only when a PDF
// is read, so that pdf.js is never loaded for text or CSV.
//
// How a page is read:
// - Text items become lines (same baseline). Ruling lines come from the page's
//   stroked paths and thin filled rectangles.
// - The table header is found from a cell that names the ASM number ("No.",
//   "Núm."), its columns from the header's text clusters, and mapHeader must
//   accept it. Column edges are the vertical rules between the clusters, or,
//   for tables drawn without lines, the left edge of each header text.
// - Body text is cut into rows where the No. column has a number and, in ruled
//   tables, at horizontal rules (per column, so a cell merged across rows,
//   rowspan, keeps its text in its first row). Text before the first number on
//   a page continues the previous page's row: it is emitted with an empty No.
// - Each item goes to the column whose edges contain its left x; a cell's
//   lines are joined with a space, or with none where the line break cut a
//   token (30/06/201|5, MIR_E006_|2015, Septiembre-|2015).
// - Everything above the header or below the table is plain text, one
//   single-cell line per line (lines that wrap a paragraph are joined).

import { AsmInputError } from '../core/errors.js';
import { columnKeyFor, mapHeader } from '../core/headers.js';
import type { SourceLine } from '../core/lines.js';
import {
  cellContent,
  cutsToken,
  groupLines,
  inlineText,
  joinInline,
  type CellTail,
  type ColumnEdges,
  type Rule,
  type TextItem,
  type TextLine,
} from './pdf-layout.js';

/** Give up on a document pdf.js has not finished after this long. */
const TIMEOUT_MS = 60_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export async function readPdf(bytes: Uint8Array, file: string): Promise<SourceLine[]> {
  let timer: NodeJS.Timeout | undefined;
  let parser: InstanceType<typeof import('pdf-parse').PDFParse> | undefined;
  try {
    const { PDFParse } = await import('pdf-parse');
    const pdfjs: PdfJs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    // pdf.js keeps (and may transfer) the buffer it is given: hand it a copy.
    parser = new PDFParse({
      data: new Uint8Array(bytes),
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      // A content stream that does not parse is an error, not half a table.
      stopAtErrors: true,
    });
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new AsmInputError('pdf-damaged', file, 'pdf.js did not finish')), TIMEOUT_MS);
      timer.unref?.();
    });
    return await Promise.race([readDocument(parser, pdfjs, bytes, file), timeout]);
  } catch (error) {
    throw toInputError(error, file);
  } finally {
    clearTimeout(timer);
    parser?.destroy().catch(() => undefined);
  }
}

function toInputError(error: unknown, file: string): AsmInputError {
  if (error instanceof AsmInputError) return error;
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'PasswordException') return new AsmInputError('pdf-encrypted', file);
  return new AsmInputError('pdf-damaged', file, message.split('\n')[0]);
}

/** True when the file ends the way every complete PDF does (within its last KB). */
function hasEndOfFile(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return tail.includes('%%EOF');
}

async function readDocument(
  parser: InstanceType<typeof import('pdf-parse').PDFParse>,
  pdfjs: PdfJs,
  bytes: Uint8Array,
  file: string,
): Promise<SourceLine[]> {
  // pdf-parse loads the document (mapping pdf.js errors to named exceptions)
  // but keeps it private; its loader is the way to the page objects.
  const doc = await (parser as unknown as { load(): Promise<PdfDocument> }).load();
  if (!hasEndOfFile(bytes)) throw new AsmInputError('pdf-damaged', file, 'truncated: no %%EOF');
  if (doc.numPages < 1) throw new AsmInputError('pdf-damaged', file, 'no pages');
  const out: SourceLine[] = [];
  let textChars = 0;
  let carry: Carry | null = null;
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    try {
      const { items, rules } = await pageContent(page, pdfjs);
      textChars += items.reduce((sum, item) => sum + item.str.length, 0);
      const result = readPage(items, rules, number, carry);
      out.push(...result.lines);
      carry = result.carry;
    } finally {
      page.cleanup();
    }
  }
  if (textChars === 0) throw new AsmInputError('pdf-no-text', file);
  return out;
}

async function pageContent(page: PdfPage, pdfjs: PdfJs): Promise<{ items: TextItem[]; rules: Rule[] }> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const str = raw.str.replace(/\s+/g, ' ');
    if (str.trim() === '') continue;
    const m = pdfjs.Util.transform(viewport.transform, raw.transform) as number[];
    const x = m[4] ?? 0;
    const y = m[5] ?? 0;
    const size = Math.hypot(m[2] ?? 0, m[3] ?? 0) || raw.height || 1;
    // Leading/trailing spaces shift the visible text; keep the x of the text.
    const lead = str.length - str.trimStart().length;
    const perChar = str.length > 0 ? raw.width / str.length : 0;
    items.push({
      str: str.trim(),
      x: x + lead * perChar,
      y,
      width: raw.width - (str.length - str.trim().length) * perChar,
      size,
    });
  }
  const rules = await pageRules(page, pdfjs, viewport.transform as number[]);
  return { items, rules };
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: readonly number[], n: readonly number[]): Matrix {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [A = 1, B = 0, C = 0, D = 1, E = 0, F = 0] = n;
  return [a * A + c * B, b * A + d * B, a * C + c * D, b * C + d * D, a * E + c * F + e, b * E + d * F + f];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

/** Horizontal and vertical ruling lines in viewport coordinates (y down). */
async function pageRules(page: PdfPage, pdfjs: PdfJs, viewportTransform: number[]): Promise<Rule[]> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList();
  const rules: Rule[] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set<number>([OPS.fill, OPS.eoFill]);
  const push = (x1: number, y1: number, x2: number, y2: number): void => {
    const full = multiply(viewportTransform, ctm);
    const [ax, ay] = apply(full, x1, y1);
    const [bx, by] = apply(full, x2, y2);
    if (Math.abs(ay - by) < 1.5 && Math.abs(ax - bx) > 3) {
      rules.push({ kind: 'h', pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    } else if (Math.abs(ax - bx) < 1.5 && Math.abs(ay - by) > 3) {
      rules.push({ kind: 'v', pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
      const box = args[2] as ArrayLike<number> | undefined;
      if (strokeOps.has(paint) && data) {
        let k = 0;
        let cx = 0;
        let cy = 0;
        let sx = 0;
        let sy = 0;
        while (k < data.length) {
          const op = data[k++];
          if (op === 0) {
            cx = sx = data[k++] ?? 0;
            cy = sy = data[k++] ?? 0;
          } else if (op === 1) {
            const nx = data[k++] ?? 0;
            const ny = data[k++] ?? 0;
            push(cx, cy, nx, ny);
            cx = nx;
            cy = ny;
          } else if (op === 2) {
            cx = data[k + 4] ?? 0;
            cy = data[k + 5] ?? 0;
            k += 6;
          } else if (op === 3) {
            push(cx, cy, sx, sy);
            cx = sx;
            cy = sy;
          } else break;
        }
      } else if (fillOps.has(paint) && box && box.length >= 4) {
        // Borders drawn as thin filled rectangles.
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = Array.from(box);
        const w = x1 - x0;
        const h = y1 - y0;
        if (h <= 2.5 && w > 3) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
        else if (w <= 2.5 && h > 3) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
      }
    }
  }
  return rules;
}

// ---------------------------------------------------------------------------
// Page layout

interface PageResult {
  lines: SourceLine[];
  /** Set when the table runs to the bottom of this page. */
  carry: Carry | null;
}

/** What the next page needs from a table that runs on: its columns and its last row. */
interface Carry {
  columns: ColumnEdges;
  lastRow: SourceLine | null;
  tails: Array<CellTail | null>;
}

interface Header {
  top: number;
  bottom: number;
  columns: ColumnEdges;
  cells: string[];
}

const NUMBER = /^\d{1,3}(\.\d{1,3})*\.?$/;

function readPage(items: TextItem[], rules: Rule[], page: number, carry: Carry | null): PageResult {
  const hRules = rules.filter((rule) => rule.kind === 'h');
  const vRules = rules.filter((rule) => rule.kind === 'v');
  const out: SourceLine[] = [];
  let lines = groupLines(items);
  let incoming = carry;
  // A page may hold several tables (one per period): read one, then the rest.
  while (lines.length > 0) {
    const header = findHeader(lines, hRules, vRules);
    const columns = header?.columns ?? incoming?.columns;
    if (!columns) {
      out.push(...plainLines(lines, page));
      return { lines: out, carry: null };
    }
    const bodyTop = header ? header.bottom : -Infinity;
    const before = header ? lines.filter((line) => line.bottom <= header.top + 0.5) : [];
    // The table's ruled extent: vertical rules that reach the header.
    const gridBottom = tableGridBottom(vRules, columns, header?.top ?? -Infinity);
    const body: TextLine[] = [];
    const after: TextLine[] = [];
    let ended = false;
    for (const line of lines) {
      if (line.top < bodyTop - 0.5 || before.includes(line)) continue;
      if (!ended && (crossesColumns(line, columns) || (gridBottom !== null && line.top > gridBottom))) ended = true;
      (ended ? after : body).push(line);
    }
    out.push(...plainLines(before, page));
    if (header) out.push({ cells: header.cells, page });
    // Only a table that starts the page can continue the previous page's row.
    const table = tableRows(body, columns, hRules, bodyTop, page, before.length === 0 ? incoming : null);
    out.push(...table.rows);
    if (!ended) return { lines: out, carry: { columns, lastRow: table.rows.at(-1) ?? null, tails: table.tails } };
    if (after.length === lines.length) {
      // Nothing was taken (no header and the first line is no table row).
      out.push(...plainLines(after, page));
      return { lines: out, carry: null };
    }
    lines = after;
    incoming = null;
  }
  return { lines: out, carry: null };
}

function tableGridBottom(vRules: Rule[], columns: ColumnEdges, top: number): number | null {
  const inside = vRules.filter(
    (rule) => rule.pos >= columns.left - 3 && rule.pos <= columns.right + 3 && (top === -Infinity || rule.from <= top + 3),
  );
  if (inside.length < 2) return null;
  return Math.max(...inside.map((rule) => rule.to));
}

/** A line with a text item that runs over a column edge is not part of the table. */
function crossesColumns(line: TextLine, columns: ColumnEdges): boolean {
  for (const item of line.items) {
    const left = item.x;
    const right = item.x + item.width;
    if (left < columns.left - 3) return true;
    for (const edge of columns.edges) if (left < edge - 2 && right > edge + 3) return true;
  }
  return false;
}

function findHeader(lines: TextLine[], hRules: Rule[], vRules: Rule[]): Header | null {
  for (const line of lines) {
    for (const item of line.items) {
      if (columnKeyFor(item.str) !== 'number') continue;
      const header = headerAt(lines, line, item, hRules, vRules);
      if (header) return header;
    }
  }
  return null;
}

function headerAt(lines: TextLine[], first: TextLine, anchor: TextItem, hRules: Rule[], vRules: Rule[]): Header | null {
  const top = first.top;
  // The header ends at the first rule below its first line, or at the first
  // wide gap between lines, or where a row number appears under the anchor.
  const ruleBelow = hRules
    .filter((rule) => rule.pos > first.baseline + 0.5 && rule.from <= anchor.x + 1 && rule.to >= anchor.x + anchor.width - 1)
    .map((rule) => rule.pos)
    .sort((a, b) => a - b)[0];
  const start = lines.indexOf(first);
  const band: TextLine[] = [first];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    const prev = band[band.length - 1];
    if (!line || !prev) break;
    if (ruleBelow !== undefined) {
      if (line.top >= ruleBelow - 0.5) break;
    } else {
      const pitch = line.baseline - prev.baseline;
      if (pitch > 1.6 * Math.max(line.size, prev.size)) break;
      const underAnchor = line.items.find((item) => item.x < anchor.x + anchor.width + 2 && item.x + item.width > anchor.x - 2);
      if (underAnchor && NUMBER.test(underAnchor.str)) break;
    }
    band.push(line);
  }
  const headerItems = band.flatMap((line) => line.items);
  // Cluster header text into columns by horizontal overlap.
  const sorted = [...headerItems].sort((a, b) => a.x - b.x);
  const clusters: Array<{ left: number; right: number; items: TextItem[] }> = [];
  for (const item of sorted) {
    const last = clusters[clusters.length - 1];
    if (last && item.x <= last.right + 1) {
      last.right = Math.max(last.right, item.x + item.width);
      last.items.push(item);
    } else clusters.push({ left: item.x, right: item.x + item.width, items: [item] });
  }
  if (clusters.length < 4) return null;
  const cells = clusters.map((cluster) => joinInline(groupLines(cluster.items).map((line) => lineText(line))));
  if (!mapHeader(cells)) return null;
  const bandBottom = Math.max(...band.map((line) => line.bottom));
  const bottom = ruleBelow ?? bandBottom + 0.5;
  const edges: number[] = [];
  for (let k = 1; k < clusters.length; k++) {
    const left = clusters[k - 1];
    const right = clusters[k];
    if (!left || !right) continue;
    const rule = vRules
      .filter((v) => v.pos >= left.right - 1 && v.pos <= right.left + 1 && v.from <= bottom && v.to >= top)
      .sort((a, b) => b.pos - a.pos)[0];
    edges.push(rule ? rule.pos : right.left - 1);
  }
  const firstCluster = clusters[0];
  const lastCluster = clusters[clusters.length - 1];
  const leftRule = vRules.filter((v) => v.pos <= (firstCluster?.left ?? 0) + 1 && v.from <= bottom && v.to >= top).sort((a, b) => b.pos - a.pos)[0];
  const rightRule = vRules.filter((v) => v.pos >= (lastCluster?.right ?? 0) - 1 && v.from <= bottom && v.to >= top).sort((a, b) => a.pos - b.pos)[0];
  const left = leftRule ? leftRule.pos : (firstCluster?.left ?? 0) - 2;
  const right = rightRule ? rightRule.pos : Math.max(...lines.flatMap((line) => line.items.map((item) => item.x + item.width)));
  const numberColumn = clusters.findIndex((cluster) => cluster.items.includes(anchor));
  return { top, bottom, columns: { left, right, edges, numberColumn, ruled: vRules.length > 0 }, cells };
}

function lineText(line: TextLine): string {
  return inlineText(line.items);
}

/** Single-cell lines; a line that fills the width and wraps into the next is joined with it. */
function plainLines(lines: TextLine[], page: number): SourceLine[] {
  const out: SourceLine[] = [];
  if (lines.length === 0) return out;
  const right = Math.max(...lines.map((line) => line.right));
  let current: { text: string; line: TextLine } | null = null;
  for (const line of lines) {
    const text = lineText(line);
    if (current) {
      const prev = current.line;
      const firstWord = text.split(' ')[0] ?? '';
      const charWidth = prev.width / Math.max(1, lineText(prev).length);
      const wraps =
        Math.abs(line.size - prev.size) < 0.6 &&
        line.baseline - prev.baseline < 1.6 * line.size &&
        prev.right + charWidth * (firstWord.length + 1) > right - 1 &&
        Math.abs(line.left - prev.left) < 2;
      if (wraps) {
        current = { text: `${current.text} ${text}`, line };
        continue;
      }
      out.push({ cells: [current.text], page });
    }
    current = { text, line };
  }
  if (current) out.push({ cells: [current.text], page });
  return out;
}

/** Cut the body into rows: at row numbers (all columns) and at rules (the columns they cross). */
function tableRows(
  body: TextLine[],
  columns: ColumnEdges,
  hRules: Rule[],
  bodyTop: number,
  page: number,
  carry: Carry | null,
): { rows: SourceLine[]; tails: Array<CellTail | null> } {
  if (body.length === 0) return { rows: [], tails: [] };
  const count = columns.edges.length + 1;
  const bounds = [columns.left, ...columns.edges, columns.right];
  const columnOf = (x: number): number => {
    let k = 0;
    while (k < columns.edges.length && x + 1 >= (columns.edges[k] ?? Infinity)) k++;
    return k;
  };
  // Row starts: y and the columns they apply to.
  const starts: Array<{ y: number; cols: Set<number> | null }> = [{ y: -Infinity, cols: null }];
  for (const line of body) {
    const first = line.items.find((item) => columnOf(item.x) === columns.numberColumn);
    if (first && NUMBER.test(first.str) && first === line.items.filter((i) => columnOf(i.x) === columns.numberColumn)[0]) {
      starts.push({ y: line.top - 0.5, cols: null });
    }
  }
  for (const rule of hRules) {
    if (rule.pos <= bodyTop + 0.5) continue;
    const cols = new Set<number>();
    for (let k = 0; k < count; k++) {
      const a = bounds[k] ?? 0;
      const b = bounds[k + 1] ?? 0;
      const overlap = Math.min(b, rule.to) - Math.max(a, rule.from);
      if (overlap > 0.5 * (b - a)) cols.add(k);
    }
    if (cols.size > 0) starts.push({ y: rule.pos, cols });
  }
  starts.sort((a, b) => a.y - b.y);
  // Fragments per (row, column).
  const rows = new Map<number, Map<number, TextLine[]>>();
  for (const line of body) {
    for (const item of line.items) {
      const col = columnOf(item.x);
      const top = line.top;
      let row = 0;
      for (let r = starts.length - 1; r >= 0; r--) {
        const start = starts[r];
        if (start && start.y <= top && (start.cols === null || start.cols.has(col))) {
          row = r;
          break;
        }
      }
      let cells = rows.get(row);
      if (!cells) rows.set(row, (cells = new Map()));
      let fragments = cells.get(col);
      if (!fragments) cells.set(col, (fragments = []));
      const last = fragments[fragments.length - 1];
      if (last && Math.abs(last.baseline - line.baseline) < 0.5) {
        last.items.push(item);
        last.right = Math.max(last.right, item.x + item.width);
        last.width = last.right - last.left;
      } else {
        fragments.push({
          items: [item],
          baseline: line.baseline,
          top: line.top,
          bottom: line.bottom,
          left: item.x,
          right: item.x + item.width,
          width: item.width,
          size: item.size,
        });
      }
    }
  }
  const out: SourceLine[] = [];
  let tails: Array<CellTail | null> = [];
  for (const row of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = rows.get(row);
    if (!cells) continue;
    const texts: string[] = [];
    const rowTails: Array<CellTail | null> = [];
    for (let k = 0; k < count; k++) {
      const content = cellContent(cells.get(k) ?? [], bounds[k + 1] ?? Infinity);
      texts.push(content.text);
      rowTails.push(content.tail);
    }
    // The row the previous page ended with goes on here: a token its cells
    // ended with may have been cut by the page break ("30/06/20" | "15").
    if (row === 0 && carry?.lastRow && texts[columns.numberColumn] === '') {
      for (let k = 0; k < count; k++) {
        const tail = carry.tails[k];
        const text = texts[k] ?? '';
        const token = text.split(' ')[0] ?? '';
        if (!tail || token === '' || !cutsToken(tail.line, token, tail.full)) continue;
        carry.lastRow.cells[k] = `${carry.lastRow.cells[k] ?? ''}${token}`;
        texts[k] = text.slice(token.length).trim();
        if (texts[k] === '') rowTails[k] = null;
      }
    }
    if (texts.every((text) => text === '')) continue;
    out.push({ cells: texts, page });
    tails = rowTails;
  }
  return { rows: out, tails };
}
