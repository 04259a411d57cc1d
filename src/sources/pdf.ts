// PDF source: pdf.js (through pdf-parse) gives each page's text runs with
// their positions and the page's ruling lines (stroked paths and thin filled
// rectangles); the table reader (layout/reader.ts), which knows nothing of
// pdf.js, turns them into the lines and table rows a report is made of.
// Imported dynamically, only when a PDF is read, so that pdf.js is never
// loaded for text or CSV.

import { stripControls } from '../core/decode.js';
import { AsmInputError } from '../core/errors.js';
import type { SourceLine } from '../core/lines.js';
import type { PageContent, Rule, TextItem } from './layout/geometry.js';
import { readPages } from './layout/reader.js';
import type { OcrOptions } from './ocr.js';

/** Give up on a document pdf.js has not finished after this long. */
const TIMEOUT_MS = 60_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

export interface PdfReadOptions {
  /** --ocr / --ocr-all: pages without a text layer (or all) are recognised (sources/ocr.ts) instead of refused. */
  ocr?: OcrOptions;
}

export async function readPdf(bytes: Uint8Array, file: string, options: PdfReadOptions = {}): Promise<SourceLine[]> {
  const pages = await readPdfPages(bytes, file, { allowNoText: Boolean(options.ocr) });
  const ocr = options.ocr;
  if (ocr) {
    // A page with no text layer is one with no text drawn on it.
    const numbers = pages.flatMap((page, index) => (ocr.mode === 'all' || page.items.length === 0 ? [index + 1] : []));
    if (numbers.length > 0) {
      const { ocrPages } = await import('./ocr.js');
      const read = await ocrPages(bytes, file, numbers, ocr);
      for (const [number, page] of read) pages[number - 1] = page;
    }
  }
  return readPages(pages);
}

/**
 * Each page's positioned words and ruling lines: what the table reader (or
 * another one) starts from. A PDF with no text at all is refused
 * (`pdf-no-text`) unless `allowNoText` (the caller recognises its pages).
 */
export async function readPdfPages(bytes: Uint8Array, file: string, { allowNoText = false }: { allowNoText?: boolean } = {}): Promise<PageContent[]> {
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
    return await Promise.race([readDocument(parser, pdfjs, bytes, file, allowNoText), timeout]);
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
  allowNoText: boolean,
): Promise<PageContent[]> {
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
  if (textChars === 0 && !allowNoText) throw new AsmInputError('pdf-no-text', file);
  return pages;
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

/** A matrix argument as pdf.js gives it: six numbers, or an array or typed array of them. */
function matrixOf(value: unknown): Matrix | null {
  if (!value || typeof value !== 'object') return null;
  const list = Array.from(value as ArrayLike<unknown>);
  const numbers = list.length === 1 && list[0] && typeof list[0] === 'object' ? Array.from(list[0] as ArrayLike<unknown>) : list;
  if (numbers.length < 6 || numbers.slice(0, 6).some((n) => typeof n !== 'number' || !Number.isFinite(n))) return null;
  return numbers.slice(0, 6) as Matrix;
}

type Clip = [number, number, number, number] | null;

/** A glyph as pdf.js hands it over in a showText operation. */
interface Glyph {
  unicode?: string;
  width?: number;
  isSpace?: boolean;
}

/**
 * One walk of the page's drawing operations gives all the reader needs, in
 * viewport coordinates (the page's /Rotate applied, y down):
 * - text runs, word by word, where each glyph is drawn (the text state of the
 *   PDF: text and line matrices, font size and matrix, character and word
 *   spacing, horizontal scale), so that glyphs drawn in any order, or runs
 *   joined in drawing order, are placed by position;
 * - ruling lines: stroked segments and thin filled rectangles;
 * - nothing of the text a clipping path hides (Calc, for one, draws a merged
 *   cell's text again on the next page and clips it to the part shown there).
 * pdf.js's own text layer would read the page a second time: this is one read.
 */
async function pageContent(page: PdfPage, pdfjs: PdfJs): Promise<PageContent> {
  const { OPS } = pdfjs;
  const viewport = page.getViewport({ scale: 1 });
  const viewportTransform = viewport.transform as number[];
  const list = await page.getOperatorList();
  const items: TextItem[] = [];
  const rules: Rule[] = [];
  const strokeOps = new Set<number>([OPS.stroke, OPS.closeStroke, OPS.fillStroke, OPS.eoFillStroke, OPS.closeFillStroke, OPS.closeEOFillStroke]);
  const fillOps = new Set<number>([OPS.fill, OPS.eoFill]);
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  let device: Matrix = multiply(viewportTransform, ctm);
  const setCtm = (m: Matrix): void => {
    ctm = m;
    device = multiply(viewportTransform, ctm);
  };
  let clip: Clip = null;
  let clipPending = false;
  const stack: Array<{ ctm: Matrix; clip: Clip }> = [];
  let tm: Matrix = [1, 0, 0, 1, 0, 0];
  let tlm: Matrix = [1, 0, 0, 1, 0, 0];
  let leading = 0;
  let fontName = '';
  let fontSize = 1;
  let fontScale = 0.001;
  let charSpacing = 0;
  let wordSpacing = 0;
  let hScale = 1;
  const fontScales = new Map<string, number>();
  const moveLine = (tx: number, ty: number): void => {
    tlm = [tlm[0], tlm[1], tlm[2], tlm[3], tlm[4] + tx * tlm[0] + ty * tlm[2], tlm[5] + tx * tlm[1] + ty * tlm[3]];
    tm = tlm;
  };
  const popState = (): void => {
    const state = stack.pop();
    setCtm(state?.ctm ?? [1, 0, 0, 1, 0, 0]);
    clip = state?.clip ?? null;
  };
  const toViewport = (x: number, y: number): [number, number] => apply(device, x, y);
  /** The box [left, top, right, bottom] around points, in viewport coordinates. */
  // (A loop, not Math.min(...): a hostile path may hold more points than a call has room for arguments.)
  const boxOf = (points: ReadonlyArray<[number, number]>): Clip => {
    if (points.length === 0) return null;
    const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [px, py] of points) {
      const [x, y] = toViewport(px, py);
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
    return box;
  };
  const pushRule = (x1: number, y1: number, x2: number, y2: number): void => {
    const [ax, ay] = toViewport(x1, y1);
    const [bx, by] = toViewport(x2, y2);
    if (Math.abs(ay - by) < 1.5 && Math.abs(ax - bx) > 3) {
      rules.push({ kind: 'h', pos: (ay + by) / 2, from: Math.min(ax, bx), to: Math.max(ax, bx) });
    } else if (Math.abs(ax - bx) < 1.5 && Math.abs(ay - by) > 3) {
      rules.push({ kind: 'v', pos: (ax + bx) / 2, from: Math.min(ay, by), to: Math.max(ay, by) });
    }
  };

  /** Draws a showText run: each glyph where the text matrix puts it, words as items. */
  const showText = (glyphs: unknown): void => {
    if (!Array.isArray(glyphs)) return;
    // The run's direction and size on the page: only text that reads left to right makes table rows.
    const trm = multiply(device, tm);
    const size = Math.hypot(trm[2], trm[3]) * fontSize;
    const horizontal = trm[0] > 0 && Math.abs(trm[1]) <= 0.05 * trm[0];
    let word: TextItem | null = null;
    const flush = (): void => {
      // Text drawn in a PDF gets the cleaning text files get: no control, bidi or invisible characters.
      const str = word ? stripControls(word.str.normalize('NFKC')).trim() : '';
      if (word && str !== '') items.push({ ...word, str });
      word = null;
    };
    for (const glyph of glyphs as Array<Glyph | number | null>) {
      if (typeof glyph === 'number') {
        const shift = (-glyph / 1000) * fontSize * hScale;
        tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + shift * tm[0], tm[5] + shift * tm[1]];
        // A kerning nudge keeps the word; a gap (TJ spacing instead of a space glyph) ends it.
        if (Math.abs(shift) > 0.1 * fontSize) flush();
        continue;
      }
      if (!glyph) continue;
      const advance = ((glyph.width ?? 0) * fontScale * fontSize + charSpacing + (glyph.isSpace ? wordSpacing : 0)) * hScale;
      const text = glyph.unicode ?? '';
      // (isSpace says the code is 32, which word spacing applies to; a subset font may draw any glyph there.)
      if (horizontal && text.trim() !== '') {
        const [x, y] = toViewport(tm[4], tm[5]);
        const [x2] = toViewport(tm[4] + advance * tm[0], tm[5] + advance * tm[1]);
        const visible = !clip || (x >= clip[0] - 1 && x <= clip[2] + 1 && y >= clip[1] - 1 && y <= clip[3] + 1);
        if (!visible) flush();
        else if (word && Math.abs(x - (word.x + word.width)) < 0.05 * size && Math.abs(y - word.y) < 0.1 * size) {
          word.str += text;
          word.width = x2 - word.x;
        } else {
          flush();
          word = { str: text, x, y, width: x2 - x, size, font: fontName };
        }
      } else flush();
      tm = [tm[0], tm[1], tm[2], tm[3], tm[4] + advance * tm[0], tm[5] + advance * tm[1]];
    }
    flush();
  };

  for (let i = 0; i < list.fnArray.length; i++) {
    const fn = list.fnArray[i];
    const args = list.argsArray[i] as unknown[] | null;
    switch (fn) {
      case OPS.save:
        stack.push({ ctm, clip });
        break;
      case OPS.restore:
      case OPS.paintFormXObjectEnd:
        popState();
        break;
      case OPS.transform: {
        const m = matrixOf(args);
        if (m) setCtm(multiply(ctm, m));
        break;
      }
      // A form XObject draws in its own space, inside the page's.
      case OPS.paintFormXObjectBegin:
        stack.push({ ctm, clip });
        {
          const m = matrixOf(args?.[0]);
          if (m) setCtm(multiply(ctm, m));
        }
        break;
      case OPS.clip:
      case OPS.eoClip:
        clipPending = true;
        break;
      case OPS.beginText:
        tm = tlm = [1, 0, 0, 1, 0, 0];
        break;
      case OPS.setTextMatrix: {
        const m = matrixOf(args);
        if (m) tm = tlm = m;
        break;
      }
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
      case OPS.setFont: {
        fontName = String(args?.[0] ?? '');
        fontSize = Number(args?.[1]) || 1;
        let scale = fontScales.get(fontName);
        if (scale === undefined) {
          scale = 0.001;
          try {
            const font = page.commonObjs.get(fontName) as { fontMatrix?: number[] } | undefined;
            scale = font?.fontMatrix?.[0] ?? 0.001;
          } catch {
            // a font pdf.js did not load: the usual 1/1000 em
          }
          fontScales.set(fontName, scale);
        }
        fontScale = scale;
        break;
      }
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
        moveLine(0, -leading);
        showText(args?.[0]);
        break;
      case OPS.nextLineSetSpacingShowText:
        wordSpacing = Number(args?.[0]) || 0;
        charSpacing = Number(args?.[1]) || 0;
        moveLine(0, -leading);
        showText(args?.[2]);
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
          const box = boxOf(paths.flat());
          if (box) clip = clip ? [Math.max(clip[0], box[0]), Math.max(clip[1], box[1]), Math.min(clip[2], box[2]), Math.min(clip[3], box[3])] : box;
        }
        const stroked = strokeOps.has(paint);
        if (!stroked && !fillOps.has(paint)) break;
        for (const points of paths) {
          if (stroked) {
            for (let k = 1; k < points.length; k++) pushRule(points[k - 1]![0], points[k - 1]![1], points[k]![0], points[k]![1]);
            continue;
          }
          // Borders drawn as thin filled rectangles: the rectangle's long axis is the rule.
          const box = boxOf(points);
          if (!box) continue;
          const [x0, y0, x1, y1] = box;
          if (y1 - y0 <= 2.5 && x1 - x0 > 3) rules.push({ kind: 'h', pos: (y0 + y1) / 2, from: x0, to: x1 });
          else if (x1 - x0 <= 2.5 && y1 - y0 > 3) rules.push({ kind: 'v', pos: (x0 + x1) / 2, from: y0, to: y1 });
        }
        break;
      }
    }
  }
  // Text drawn outside the page is not on it.
  const onPage = items.filter((item) => item.x <= viewport.width && item.y >= 0 && item.y <= viewport.height + 0.5 * item.size);
  return { width: viewport.width, height: viewport.height, items: onPage, rules };
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
