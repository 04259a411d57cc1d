// OCR source (issue 16): pages of a PDF that have no text layer (scans) are
// rendered to an image by pdf.js on @napi-rs/canvas, straightened, and read in
// Spanish by tesseract.js with the model of @tesseract.js-data/spa, taken from
// node_modules (nothing is downloaded, nothing is cached outside asm's store).
// The recognised words, with their boxes and confidences, and the ruling lines
// found in the image (long runs of dark pixels) are a PageContent like any
// other: the same table reader (layout/reader.ts) turns them into rows.
// Everything here is loaded only when a run asks for OCR.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AsmInputError } from '../core/errors.js';
import { stripControls } from '../core/decode.js';
import { OCR_MIN_CONFIDENCE } from '../core/assemble.js';
import type { PageContent, Rule, TextItem } from './layout/geometry.js';

/** Default time limit for one page (render and recognition), in ms (ASM_OCR_PAGE_TIMEOUT, seconds, in the CLI). */
export const OCR_PAGE_TIMEOUT_MS = 60_000;
// Rendering resolution: tesseract reads 10-point text best at about 300 dpi.
import { OCR_DPI } from './ocr-engine.js';
export { OCR_DPI, OCR_ENGINE } from './ocr-engine.js';

export type OcrMode = 'missing' | 'all';

export interface OcrOptions {
  /** `missing`: pages with no text layer (--ocr); `all`: every page (--ocr-all). */
  mode: OcrMode;
  /** Pages recognised at once (one tesseract worker each); default 1. */
  jobs?: number;
  /** Time limit per page, in ms. */
  pageTimeoutMs?: number;
  /** Pages already recognised (the store's cache), by page number, made by OCR_ENGINE. */
  cached?: Record<string, PageContent>;
  /** Told of each page once it is recognised (or taken from `cached`). */
  onPage?: (done: number, total: number) => void;
  /** Handed every page recognised in this run (not those from `cached`), for the cache. */
  onResult?: (pages: Record<string, PageContent>) => void;
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type Tesseract = typeof import('tesseract.js');
type TesseractWorker = Awaited<ReturnType<Tesseract['createWorker']>>;
type Canvas = import('@napi-rs/canvas').Canvas;

interface Engine {
  pdfjs: PdfJs;
  canvas: typeof import('@napi-rs/canvas');
  tesseract: Tesseract;
  langPath: string;
}

async function loadEngine(file: string): Promise<Engine> {
  try {
    const require = createRequire(import.meta.url);
    const [pdfjs, canvas, tesseract] = await Promise.all([
      import('pdfjs-dist/legacy/build/pdf.mjs'),
      import('@napi-rs/canvas'),
      import('tesseract.js'),
    ]);
    // The LSTM-only model ("best_int"): what OEM.LSTM_ONLY uses, a quarter of the full model's size.
    const langPath = join(dirname(require.resolve('@tesseract.js-data/spa/package.json')), '4.0.0_best_int');
    return { pdfjs, canvas, tesseract: (tesseract as unknown as { default?: Tesseract }).default ?? tesseract, langPath };
  } catch (error) {
    throw new AsmInputError('ocr-unavailable', file, error instanceof Error ? error.message.split('\n')[0] : undefined);
  }
}

/**
 * The pages `numbers` of the PDF, recognised: each as the table reader's input,
 * in page units (points, y down) like a text layer's. Pages in parallel on
 * `jobs` tesseract workers; each under its own time limit.
 */
export async function ocrPages(bytes: Uint8Array, file: string, numbers: readonly number[], options: OcrOptions): Promise<Map<number, PageContent>> {
  const out = new Map<number, PageContent>();
  const todo: number[] = [];
  let done = 0;
  // Told at once: the first page takes seconds (the engine loads), and the counter shows the run has begun.
  options.onPage?.(0, numbers.length);
  for (const number of numbers) {
    const cached = options.cached?.[String(number)];
    if (cached) {
      out.set(number, cached);
      options.onPage?.(++done, numbers.length);
    } else todo.push(number);
  }
  if (todo.length === 0) return out;
  const engine = await loadEngine(file);
  const limit = options.pageTimeoutMs ?? OCR_PAGE_TIMEOUT_MS;
  const doc = await engine.pdfjs.getDocument({
    data: new Uint8Array(bytes),
    verbosity: engine.pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
  }).promise;
  const fresh: Record<string, PageContent> = {};
  const workers: TesseractWorker[] = [];
  try {
    const queue = [...todo];
    const count = Math.max(1, Math.min(options.jobs ?? 1, queue.length));
    const run = async (): Promise<void> => {
      const worker = await newWorker(engine);
      workers.push(worker);
      for (let number = queue.shift(); number !== undefined; number = queue.shift()) {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new AsmInputError('ocr-time-limit', file, `page ${number}, ${limit / 1000}`)), limit);
        });
        try {
          const page = await Promise.race([readPage(engine, doc, worker, number), timeout]);
          out.set(number, page);
          fresh[String(number)] = page;
          options.onPage?.(++done, numbers.length);
        } catch (error) {
          // The run ends: no other page is started, and every worker (this one mid-page, perhaps) is ended below.
          queue.length = 0;
          throw error;
        } finally {
          clearTimeout(timer);
        }
      }
    };
    await Promise.all(Array.from({ length: count }, run));
    options.onResult?.(fresh);
    return out;
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate().catch(() => undefined)));
    await doc.destroy().catch(() => undefined);
  }
}

async function newWorker(engine: Engine): Promise<TesseractWorker> {
  const { tesseract } = engine;
  const worker = await tesseract.createWorker('spa', tesseract.OEM.LSTM_ONLY, {
    langPath: engine.langPath,
    gzip: true,
    // Nothing written anywhere: asm keeps its own cache of results in the store.
    cacheMethod: 'none',
  });
  // A uniform block of text: table cells are read one line after another, with their boxes.
  await worker.setParameters({ tessedit_pageseg_mode: tesseract.PSM.SINGLE_BLOCK, preserve_interword_spaces: '1' });
  return worker;
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

async function readPage(engine: Engine, doc: PdfDocument, worker: TesseractWorker, number: number): Promise<PageContent> {
  const page = await doc.getPage(number);
  try {
    const scale = OCR_DPI / 72;
    const unit = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale });
    const width = Math.ceil(viewport.width);
    const height = Math.ceil(viewport.height);
    const rendered = engine.canvas.createCanvas(width, height);
    const context = rendered.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    await page.render({ canvasContext: context as unknown as CanvasRenderingContext2D, viewport, canvas: rendered as unknown as HTMLCanvasElement }).promise;
    // A scan is rarely straight: turn it so that its lines are level before reading rows and rules.
    const angle = skewAngle(grey(rendered), width, height);
    const image = Math.abs(angle) < 0.05 ? rendered : rotated(engine, rendered, angle);
    const pixels = grey(image);
    const found = findRules(pixels, width, height, scale);
    eraseRules(image, found);
    const rules = toPageRules(found, scale);
    const png = image.toBuffer('image/png');
    const result = await worker.recognize(png, {}, { blocks: true, text: false });
    await rereadDigits(engine, worker, png, result.data as OcrData);
    return { width: unit.width, height: unit.height, items: wordsOf(result.data as OcrData, scale), rules };
  } finally {
    page.cleanup();
  }
}

/** One byte of luminance per pixel. */
function grey(canvas: Canvas): Uint8Array {
  const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
  const out = new Uint8Array(canvas.width * canvas.height);
  for (let i = 0, j = 0; j < out.length; i += 4, j++) out[j] = (data[i]! * 77 + data[i + 1]! * 150 + data[i + 2]! * 29) >> 8;
  return out;
}

/** A pixel darker than this is ink (grey ruling lines included: they render at about 128). */
const DARK = 180;
/** Ruling lines are often thin and grey, and smoothed over two rows of pixels: lighter still. Only long runs count. */
const RULE_DARK = 215;

/**
 * The skew of a page in degrees (positive: its lines go down to the right),
 * from −3° to 3°: the angle at which the rows of dark pixels, sampled along
 * slanted lines, are the most uneven (text lines and rules line up).
 */
export function skewAngle(pixels: Uint8Array, width: number, height: number): number {
  const step = 8;
  const columns: number[] = [];
  for (let x = 0; x < width; x += step) columns.push(x);
  let best = 0;
  let bestScore = -1;
  for (let tenth = -30; tenth <= 30; tenth++) {
    const slope = Math.tan((tenth / 10) * (Math.PI / 180));
    let score = 0;
    for (let y = 0; y < height; y += 3) {
      let dark = 0;
      for (const x of columns) {
        const yy = Math.round(y + slope * x);
        if (yy >= 0 && yy < height && pixels[yy * width + x]! < DARK) dark++;
      }
      score += dark * dark;
    }
    if (score > bestScore || (score === bestScore && Math.abs(tenth) < Math.abs(best * 10))) {
      bestScore = score;
      best = tenth / 10;
    }
  }
  return best;
}

function rotated(engine: Engine, source: Canvas, angle: number): Canvas {
  const { width, height } = source;
  const out = engine.canvas.createCanvas(width, height);
  const context = out.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.translate(width / 2, height / 2);
  context.rotate((-angle * Math.PI) / 180);
  context.translate(-width / 2, -height / 2);
  context.drawImage(source, 0, 0);
  return out;
}

/** A ruling line in image pixels, with its thickness. */
export interface PixelRule {
  kind: 'h' | 'v';
  pos: number;
  from: number;
  to: number;
  thickness: number;
}

/**
 * Ruling lines of a scanned grid: runs of dark pixels at least a quarter of an
 * inch long (no letter is), gaps of a pixel or two bridged (noise, JPEG),
 * neighbouring rows (a line is a few pixels thick) merged. In image pixels.
 */
export function findRules(pixels: Uint8Array, width: number, height: number, scale: number): PixelRule[] {
  const minRun = Math.round(0.25 * 72 * scale);
  const rules: PixelRule[] = [];
  const collect = (kind: 'h' | 'v', lines: number, length: number, at: (line: number, k: number) => number): void => {
    const open: Array<{ sum: number; from: number; to: number; first: number; last: number; count: number }> = [];
    const close = (keep: (s: (typeof open)[number]) => boolean): void => {
      for (let i = open.length - 1; i >= 0; i--) {
        if (keep(open[i]!)) continue;
        const s = open.splice(i, 1)[0]!;
        // A dark band much thicker than a line is a filled area or a photo, not a rule.
        if (s.last - s.first < 0.04 * 72 * scale) rules.push({ kind, pos: s.sum / s.count + 0.5, from: s.from, to: s.to, thickness: s.last - s.first + 1 });
      }
    };
    for (let line = 0; line < lines; line++) {
      let start = -1;
      let gap = 0;
      for (let k = 0; k <= length; k++) {
        const dark = k < length && pixels[at(line, k)]! < RULE_DARK;
        if (dark) {
          if (start < 0) start = k;
          gap = 0;
        } else if (start >= 0 && (++gap > 2 || k === length)) {
          const end = k - gap + 1;
          if (end - start >= minRun) {
            const match = open.find((s) => s.last >= line - 1 && end > s.from && start < s.to);
            if (match) {
              match.sum += line;
              match.count++;
              match.last = line;
              match.from = Math.min(match.from, start);
              match.to = Math.max(match.to, end);
            } else open.push({ sum: line, from: start, to: end, first: line, last: line, count: 1 });
          }
          start = -1;
          gap = 0;
        }
      }
      close((s) => s.last >= line - 1);
    }
    close(() => false);
  };
  collect('h', height, width, (y, x) => y * width + x);
  collect('v', width, height, (x, y) => y * width + x);
  return rules;
}

/** Rules in page units, for the table reader. */
function toPageRules(rules: readonly PixelRule[], scale: number): Rule[] {
  return rules.map((r) => ({ kind: r.kind, pos: r.pos / scale, from: r.from / scale, to: r.to / scale }));
}

/** The image with its ruling lines painted white: tesseract reads the text of a grid's cells better without the grid. */
function eraseRules(image: Canvas, rules: readonly PixelRule[]): void {
  const context = image.getContext('2d');
  context.fillStyle = '#ffffff';
  for (const r of rules) {
    const half = r.thickness / 2 + 1.5;
    if (r.kind === 'h') context.fillRect(r.from - 1, r.pos - half, r.to - r.from + 2, 2 * half);
    else context.fillRect(r.pos - half, r.from - 1, 2 * half, r.to - r.from + 2);
  }
}

/** A word that may be a number misread as letters: short, unsure, and only digits or their look-alikes (o) for 0), T for 1). */
const DIGIT_LIKE = /^[0-9OoIilT|()SZB%.,/-]+$/;
const NUMERIC = /^(\d{1,3}([.,]\d+)?%?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,3}(\.\d{1,3})*\.?)$/;

/**
 * Digits matter most (a No., a date, a progress): each unsure word that could
 * be a number is read again on its own, with only digits and their signs
 * allowed; the new reading is kept when it is a number and the first was not
 * (o) → 0), or when it is surer. Its confidence stays below the threshold (the
 * low-confidence diagnostic still asks for a look at the scan).
 */
async function rereadDigits(engine: Engine, worker: TesseractWorker, png: Buffer, data: OcrData): Promise<void> {
  const candidates: OcrWord[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        for (const word of line.words) {
          const text = word.text.trim();
          // Unsure, or with a bracket or bar no number or word has (o) is a 0 with a stroke beside it).
          if ((word.confidence < OCR_MIN_CONFIDENCE || /[()|]/.test(text)) && text.length <= 10 && DIGIT_LIKE.test(text) && (/\d/.test(text) || text.length <= 2)) candidates.push(word);
        }
      }
    }
  }
  if (candidates.length === 0) return;
  const { PSM } = engine.tesseract;
  await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_WORD, tessedit_char_whitelist: '0123456789%./-' });
  try {
    for (const word of candidates.slice(0, 200)) {
      const pad = 6;
      const { x0, y0, x1, y1 } = word.bbox;
      const rectangle = { left: Math.max(0, x0 - pad), top: Math.max(0, y0 - pad), width: x1 - x0 + 2 * pad, height: y1 - y0 + 2 * pad };
      const again = await worker.recognize(png, { rectangle }, { text: true });
      const text = (again.data.text ?? '').trim();
      if (NUMERIC.test(text) && (!NUMERIC.test(word.text.trim()) || again.data.confidence > word.confidence)) {
        word.text = text;
        // Still a guess: it stays under the threshold, so the cell still gets its low-confidence diagnostic.
        word.confidence = Math.min(again.data.confidence, word.confidence, OCR_MIN_CONFIDENCE - 1);
      }
    }
  } finally {
    await worker.setParameters({ tessedit_pageseg_mode: PSM.SINGLE_BLOCK, tessedit_char_whitelist: '' });
  }
}

interface OcrData {
  blocks?: Array<{ paragraphs: Array<{ lines: OcrLine[] }> }> | null;
}

interface OcrWord {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  baseline?: { x0: number; y0: number; x1: number; y1: number };
}
interface OcrLine {
  words: OcrWord[];
  baseline?: { x0: number; y0: number; x1: number; y1: number };
  bbox: { x0: number; y0: number; x1: number; y1: number };
  rowAttributes?: { row_height?: number; descenders?: number };
}

/** Tesseract's words as text items: in page units, baseline y, the line's height as size; rule fragments read as | dropped. */
export function wordsOf(data: OcrData, scale: number): TextItem[] {
  const items: TextItem[] = [];
  for (const block of data.blocks ?? []) {
    for (const paragraph of block.paragraphs) {
      for (const line of paragraph.lines) {
        const height = line.rowAttributes?.row_height ?? line.bbox.y1 - line.bbox.y0;
        for (const word of line.words) {
          // Cleaned like a text layer's words: no control, bidi or invisible characters; grid lines read as | [ ] dropped.
          const text = stripControls(word.text.normalize('NFKC'))
            .replace(/^[|[\]]+|[|[\]]+$/g, '')
            .trim();
          if (text === '' || !/[\p{L}\p{N}%$]/u.test(text)) continue;
          // Specks and remnants of an erased rule read as a letter or two, with little confidence.
          if (text.length <= 2 && word.confidence < 40 && !/\d/.test(text)) continue;
          const { x0, x1, y1 } = word.bbox;
          // The line's baseline where the word is (a word's own box ends lower under g, p, q, y).
          const b = line.baseline;
          const middle = (x0 + x1) / 2;
          const base = b && b.x1 > b.x0 ? b.y0 + ((b.y1 - b.y0) * (middle - b.x0)) / (b.x1 - b.x0) : y1;
          items.push({
            str: text,
            x: x0 / scale,
            y: base / scale,
            width: (x1 - x0) / scale,
            size: Math.max(4, height / scale),
            font: 'ocr',
            confidence: Math.max(0, Math.min(100, word.confidence)),
          });
        }
      }
    }
  }
  return items;
}
