// The library's entry point: bytes or text of one source → typed document(s).
// It sits above core and the source readers and picks the reader; no file
// system here: callers hand in the bytes and the name to report.
import type { AsmDocument, SourceFormat } from './core/schema.js';
import { AsmInputError } from './core/errors.js';
import { cleanText, decodeBytes, looksBinary, looksBinaryText, utf16Of, type DecodedText } from './core/decode.js';
import { buildDocument, controlDiagnostics, textDocument } from './core/document.js';
import { makeDiagnostic } from './core/diagnostics.js';
import type { Lang } from './core/diagnostics.js';
import type { OcrOptions } from './sources/ocr.js';

export type { OcrOptions };

export type InputFormat = SourceFormat | 'json';

export interface ParseOptions {
  /** Name to report in `source.file` and in errors; `-` for stdin. */
  file?: string;
  /** Skip the content/extension guess. */
  format?: InputFormat;
  /** Language of diagnostic messages (JSON keys and codes are always English). */
  lang?: Lang;
  /**
   * Read PDF pages with OCR (issue 16): `mode` 'missing' for pages without a
   * text layer (a scan), 'all' for every page. Without it a scan is refused (pdf-no-text).
   */
  ocr?: OcrOptions;
}

const PDF_MAGIC = '%PDF-';
/** A ZIP (.xlsx) or an OLE compound file (.xls): a workbook whatever its name. */
const WORKBOOK_MAGIC = /^(PK\x03\x04|\xD0\xCF\x11\xE0)/;

/** The format by content (a PDF or a workbook is recognised whatever its name), then by extension. */
export function detectFormat(input: Uint8Array | string, file = ''): InputFormat {
  const head = typeof input === 'string' ? input.slice(0, 1024) : new TextDecoder('latin1').decode(input.subarray(0, 1024));
  if (head.replace(/^[\s\uFEFF\u00EF\u00BB\u00BF]+/, '').startsWith(PDF_MAGIC)) return 'pdf';
  if (WORKBOOK_MAGIC.test(head)) return 'xlsx';
  if (/\.(csv|tsv)$/i.test(file)) return 'csv';
  const firstChar = head.replace(/^[\s\uFEFF\u00EF\u00BB\u00BF]+/, '')[0];
  if (firstChar !== '[') return 'text';
  const start = typeof input === 'string' ? input.slice(0, 4096) : new TextDecoder().decode(input.subarray(0, 4096));
  return /"schemaVersion"/.test(start) ? 'json' : 'text';
}

/**
 * `source` with `sha256` computed on first read and then kept. Loading
 * node:crypto is a fifth of a CI run's start-up, and `asm vigentes` never
 * reads the hash; JSON output and the store do. Callers that hold many
 * documents read from bytes read the hash at once, so that the bytes are not kept.
 */
function sourceOf(file: string, format: AsmDocument['source']['format'], bytesOf: () => Uint8Array): AsmDocument['source'] {
  let digest: string | undefined;
  let pending: (() => Uint8Array) | undefined = bytesOf;
  const source = { file, format } as AsmDocument['source'];
  return Object.defineProperty(source, 'sha256', {
    enumerable: true,
    configurable: true,
    get(): string {
      if (digest === undefined) {
        digest = process.getBuiltinModule('node:crypto').createHash('sha256').update(pending!()).digest('hex');
        pending = undefined;
      }
      return digest;
    },
    set(value: string) {
      digest = value;
      pending = undefined;
    },
  });
}

/**
 * Parse one source into documents (one, except for asm's own JSON, which may
 * hold several). Bytes are decoded here (UTF-8 or Windows-1252); a string is
 * taken as text already decoded, and its UTF-8 encoding is what `sha256` hashes.
 */
export async function parseDocuments(input: Uint8Array | string, options: ParseOptions = {}): Promise<AsmDocument[]> {
  const file = options.file ?? '-';
  const lang = options.lang ?? 'en';
  const format = options.format ?? detectFormat(input, file);
  if (typeof input === 'string') {
    // A PDF given as text can only have been read as Latin-1; take its bytes back that way.
    if (format === 'pdf') return parseDocuments(Uint8Array.from(input, (c) => c.charCodeAt(0) & 0xff), options);
    // A workbook read as text was valid UTF-8 (or Latin-1 from detectFormat's callers): its UTF-8 encoding is its bytes.
    if (format === 'xlsx') return parseDocuments(new TextEncoder().encode(input), options);
    if (input.length === 0) throw new AsmInputError('empty-file', file);
    // UTF-16 of ASCII text is valid UTF-8 full of NULs: take its bytes back (lossless) and decode them as UTF-16.
    if (input.includes('\0')) {
      const bytes = new TextEncoder().encode(input);
      if (utf16Of(bytes)) return parseDocuments(bytes, options);
    }
    if (looksBinaryText(input)) throw new AsmInputError('binary-file', file);
    return parseDecoded(cleanText(input), format, file, lang, () => new TextEncoder().encode(input));
  }
  if (format === 'pdf') {
    const { readPdf } = await import('./sources/pdf.js');
    const lines = await readPdf(input, file, options.ocr ? { ocr: options.ocr } : {});
    return [buildDocument(lines, sourceOf(file, 'pdf', () => input), [], lang)];
  }
  if (input.length === 0) throw new AsmInputError('empty-file', file);
  if (format === 'xlsx') {
    const { readWorkbook } = await import('./sources/xlsx.js');
    const { documents, diagnostics } = await readWorkbook(input, file, lang);
    return documents.map((lines, index) => withReaderAspects(buildDocument(lines, sourceOf(file, 'xlsx', () => input), index === 0 ? diagnostics : [], lang)));
  }
  if (looksBinary(input) && !utf16Of(input)) throw new AsmInputError('binary-file', file);
  return parseDecoded(decodeBytes(input), format, file, lang, () => input);
}

async function parseDecoded(
  decoded: DecodedText,
  format: InputFormat,
  file: string,
  lang: Lang,
  bytesOf: () => Uint8Array,
): Promise<AsmDocument[]> {
  if (decoded.text.trim() === '') throw new AsmInputError('empty-file', file);
  if (format === 'json') {
    const { readJsonDocuments } = await import('./sources/json.js');
    return readJsonDocuments(decoded.text, file);
  }
  if (format === 'csv') {
    const { readCsvLines } = await import('./sources/csv.js');
    const lines = readCsvLines(decoded.text, file);
    return [buildDocument(lines, sourceOf(file, 'csv', bytesOf), controlDiagnostics(decoded, lang), lang)];
  }
  if (isHtmlText(decoded.text)) {
    // A web page (a portal's "Excel" download is often an HTML table saved as .xls): its tables, read as rows.
    const { htmlLines } = await import('./sources/html-table.js');
    const note = makeDiagnostic({ code: 'html-table-read' }, lang);
    return [buildDocument(htmlLines(decoded.text), sourceOf(file, 'text', bytesOf), [note, ...controlDiagnostics(decoded, lang)], lang)];
  }
  return [textDocument(decoded, sourceOf(file, 'text', bytesOf), lang)];
}

/** Whether decoded text is an HTML page rather than a text report (kept here: the HTML reader loads only for one). */
function isHtmlText(text: string): boolean {
  return /^\s*(?:<!doctype html|<html[\s>]|<table[\s>])/i.test(text.slice(0, 512));
}

/** Parse one source that holds exactly one document (text, CSV or PDF). */
export async function parseDocument(input: Uint8Array | string, options: ParseOptions = {}): Promise<AsmDocument> {
  const documents = await parseDocuments(input, options);
  return documents[0]!;
}

/** Synchronous parse of text already in memory (no PDF). */
export function parseText(text: string, options: Omit<ParseOptions, 'format'> = {}): AsmDocument {
  const file = options.file ?? '-';
  return textDocument(cleanText(text), sourceOf(file, 'text', () => new TextEncoder().encode(text)), options.lang ?? 'en');
}

/**
 * The workbook reader's diagnostics (a formula without value, control characters, a fraction typed as text) know
 * their sheet and row only: the ASM whose rows hold that row is theirs, as the assembler's diagnostics are.
 */
function withReaderAspects(document: AsmDocument): AsmDocument {
  for (const diagnostic of document.diagnostics) {
    if (diagnostic.aspect !== null || diagnostic.line === null || !diagnostic.sheet) continue;
    for (const period of document.periods) {
      const aspect = period.aspects.find(
        (a) => a.source.sheet === diagnostic.sheet && a.source.lines && a.source.lines[0] <= diagnostic.line! && diagnostic.line! <= a.source.lines[1],
      );
      if (!aspect) continue;
      diagnostic.aspect = aspect.number;
      diagnostic.period ??= period.period;
      break;
    }
  }
  return document;
}
