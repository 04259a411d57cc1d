// PDF source: pdf.js (through pdf-parse) gives each page's text runs with
// their positions and the page's ruling lines (stroked paths and thin filled
// rectangles); the table reader (layout/reader.ts), which knows nothing of
// pdf.js, turns them into the lines and table rows a report is made of.
// Imported dynamically, only when a PDF is read, so that pdf.js is never
// loaded for text or CSV.

import { AsmInputError } from '../core/errors.js';
import type { SourceLine } from '../core/lines.js';
import type { PageContent, Rule, TextItem } from './layout/geometry.js';
import { readPages } from './layout/reader.js';

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
  const pages: PageContent[] = [];
  let textChars = 0;
  for (let number = 1; number <= doc.numPages; number++) {
    const page = await doc.getPage(number);
    try {
      const content = await pageContent(page, pdfjs);
      textChars += content.items.reduce((sum, item) => sum + item.str.length, 0);
      pages.push(content);
    } finally {
      page.cleanup();
    }
  }
  if (textChars === 0) throw new AsmInputError('pdf-no-text', file);
  return readPages(pages);
}

async function pageContent(page: PdfPage, pdfjs: PdfJs): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const items: TextItem[] = [];
  for (const raw of content.items) {
    if (!('str' in raw)) continue;
    const str = raw.str.replace(/\s+/g, ' ');
    if (str.trim() === '') continue;
    // Viewport coordinates: the page's /Rotate applied, y down, so text reads left to right.
    const m = pdfjs.Util.transform(viewport.transform, raw.transform) as number[];
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = m;
    // Only horizontal text makes table rows (a rotated stamp or margin note does not).
    if (a <= 0 || Math.abs(b) > 0.05 * a) continue;
    // Text drawn outside the page (clipped away) is not on it.
    if (x > viewport.width || y < 0 || y > viewport.height + 0.5 * Math.abs(d)) continue;
    const size = Math.hypot(c, d) || raw.height || 1;
    // Leading/trailing spaces shift the visible text; keep the x of the text.
    const lead = str.length - str.trimStart().length;
    const perChar = str.length > 0 ? raw.width / str.length : 0;
    items.push({
      str: str.trim(),
      x: x + lead * perChar,
      y,
      width: raw.width - (str.length - str.trim().length) * perChar,
      size,
      font: raw.fontName,
    });
  }
  const { rules, hidden } = await pageGraphics(page, pdfjs, viewport.transform as number[]);
  // A text item is hidden when a hidden run starts where it starts, with the same text (a visible run may sit right there).
  const isHidden = (item: TextItem): boolean =>
    hidden.some((h) => Math.abs(h.x - item.x) < 1 && Math.abs(h.y - item.y) < 1 && h.text !== '' && (item.str.startsWith(h.text) || h.text.startsWith(item.str)));
  const visible = hidden.length === 0 ? items : items.filter((item) => !isHidden(item));
  return { width: viewport.width, height: viewport.height, items: visible, rules };
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

interface Graphics {
  /** Horizontal and vertical ruling lines in viewport coordinates (y down). */
  rules: Rule[];
  /** Text runs that their clipping path hides: where they start (viewport coordinates) and their text. */
  hidden: Array<{ x: number; y: number; text: string }>;
}

type Clip = [number, number, number, number] | null;

/**
 * One walk of the page's drawing operations: ruling lines (stroked paths and
 * thin filled rectangles), and the text that is drawn but clipped away. Calc,
 * for one, draws a merged cell's whole text again on the next page and clips
 * it to the part of the cell that is there: the text layer has it, the page
 * does not show it.
 */
async function pageGraphics(page: PdfPage, pdfjs: PdfJs, viewportTransform: number[]): Promise<Graphics> {
  const { OPS } = pdfjs;
  const list = await page.getOperatorList();
  const rules: Rule[] = [];
  const hidden: Graphics['hidden'] = [];
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let clip: Clip = null;
  let clipPending = false;
  const stack: Array<{ ctm: Matrix; clip: Clip }> = [];
  // Text state: enough of it to know where each run starts.
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let fontSize = 1;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  const moveLine = (tx: number, ty: number): void => {
    tlm = multiply(tlm, [1, 0, 0, 1, tx, ty]);
    tm = tlm;
  };
  const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set<number>([OPS.fill, OPS.eoFill]);
  const toViewport = (x: number, y: number, m: Matrix = ctm): [number, number] => apply(multiply(viewportTransform, m), x, y);
  const push = (x1: number, y1: number, x2: number, y2: number): void => {
    const [ax, ay] = toViewport(x1, y1);
    const [bx, by] = toViewport(x2, y2);
    if (Math.abs(ay - by) < 1.5 && Math.abs(ax - bx) > 3) {
      rules.push({ kind: 'h', pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    } else if (Math.abs(ax - bx) < 1.5 && Math.abs(ay - by) > 3) {
      rules.push({ kind: 'v', pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  };
  const showText = (glyphs: unknown): void => {
    const [x, y] = toViewport(0, 0, multiply(ctm, tm));
    if (clip && (x < clip[0] - 1 || x > clip[2] + 1 || y < clip[1] - 1 || y > clip[3] + 1)) {
      const text = (Array.isArray(glyphs) ? glyphs : []).map((g) => (g && typeof g === 'object' ? ((g as { unicode?: string }).unicode ?? '') : '')).join('');
      hidden.push({ x, y, text: text.trim() });
    }
    // Advance over the run, so that a run drawn right after it starts in the right place.
    let advance = 0;
    for (const glyph of Array.isArray(glyphs) ? glyphs : []) {
      if (typeof glyph === 'number') advance -= (glyph / 1000) * fontSize;
      else if (glyph && typeof glyph === 'object') {
        const g = glyph as { width?: number; isSpace?: boolean };
        advance += ((g.width ?? 0) / 1000) * fontSize + charSpacing + (g.isSpace ? wordSpacing : 0);
      }
    }
    tm = multiply(tm, [1, 0, 0, 1, advance * hScale, 0]);
  };
  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, clip });
        break;
      case OPS.restore: {
        const state = stack.pop();
        ctm = state?.ctm ?? [1, 0, 0, 1, 0, 0];
        clip = state?.clip ?? null;
        break;
      }
      case OPS.transform:
        if (args) ctm = multiply(ctm, args as number[]);
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipPending = true;
        break;
      case OPS.beginText:
        tm = tlm = [1, 0, 0, 1, 0, 0];
        break;
      case OPS.setTextMatrix:
        if (args) tm = tlm = (args as number[]).slice(0, 6) as Matrix;
        break;
      case OPS.moveText:
        if (args) moveLine(Number(args[0]) || 0, Number(args[1]) || 0);
        break;
      case OPS.setLeadingMoveText:
        if (args) {
          leading = -(Number(args[1]) || 0);
          moveLine(Number(args[0]) || 0, Number(args[1]) || 0);
        }
        break;
      case OPS.setLeading:
        leading = Number(args?.[0]) || 0;
        break;
      case OPS.nextLine:
        moveLine(0, -leading);
        break;
      case OPS.setFont:
        fontSize = Number(args?.[1]) || 1;
        break;
      case OPS.setCharSpacing:
        charSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setWordSpacing:
        wordSpacing = Number(args?.[0]) || 0;
        break;
      case OPS.setHScale:
        hScale = (Number(args?.[0]) || 100) / 100;
        break;
      case OPS.nextLineShowText:
      case OPS.nextLineSetSpacingShowText:
        moveLine(0, -leading);
        showText(args?.[args.length - 1]);
        break;
      case OPS.showText:
      case OPS.showSpacedText:
        showText(args?.[0]);
        break;
      case OPS.constructPath: {
        if (!args) break;
        const paint = args[0] as number;
        const data = (args[1] as ArrayLike<number>[] | undefined)?.[0];
        if (!data) break;
        const paths = subpaths(data);
        if (clipPending) {
          clipPending = false;
          // The clip as a box in viewport coordinates (a rectangle, for the producers that clip text).
          const corners = paths.flat().map(([px, py]) => toViewport(px, py));
          if (corners.length > 0) {
            const box: Clip = [
              Math.min(...corners.map((c) => c[0])),
              Math.min(...corners.map((c) => c[1])),
              Math.max(...corners.map((c) => c[0])),
              Math.max(...corners.map((c) => c[1])),
            ];
            clip = clip ? [Math.max(clip[0], box[0]), Math.max(clip[1], box[1]), Math.min(clip[2], box[2]), Math.min(clip[3], box[3])] : box;
          }
        }
        const stroked = strokeOps.has(paint);
        if (!stroked && !fillOps.has(paint)) break;
        for (const points of paths) {
          if (stroked) {
            for (let k = 1; k < points.length; k++) push(points[k - 1]![0], points[k - 1]![1], points[k]![0], points[k]![1]);
            continue;
          }
          // Borders drawn as thin filled rectangles: the rectangle's long axis is the rule.
          const corners = points.map(([px, py]) => toViewport(px, py));
          const xs = corners.map((c) => c[0]);
          const ys = corners.map((c) => c[1]);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          if (y1 - y0 <= 2.5 && x1 - x0 > 3) rules.push({ kind: 'h', pos: (y0 + y1) / 2, from: x0, to: x1 });
          else if (x1 - x0 <= 2.5 && y1 - y0 > 3) rules.push({ kind: 'v', pos: (x0 + x1) / 2, from: y0, to: y1 });
        }
        break;
      }
    }
  }
  return { rules, hidden };
}

/** The points of each subpath of pdf.js path data (curves by their end points; a closed path back to its start). */
function subpaths(data: ArrayLike<number>): Array<Array<[number, number]>> {
  const out: Array<Array<[number, number]>> = [];
  let current: Array<[number, number]> = [];
  let k = 0;
  while (k < data.length) {
    const op = data[k++];
    if (op === 0) {
      if (current.length > 1) out.push(current);
      current = [[data[k] ?? 0, data[k + 1] ?? 0]];
      k += 2;
    } else if (op === 1) {
      current.push([data[k] ?? 0, data[k + 1] ?? 0]);
      k += 2;
    } else if (op === 2) {
      current.push([data[k + 4] ?? 0, data[k + 5] ?? 0]);
      k += 6;
    } else if (op === 3) {
      if (current.length > 0) current.push(current[0]!);
    } else break;
  }
  if (current.length > 1) out.push(current);
  return out;
}
