// The library's entry point: bytes or text of one source → typed document(s).
// No file system here: callers hand in the bytes and the name to report.
import type { AsmDocument, Period, SourceFormat } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import { AsmInputError } from './errors.js';
import { cleanText, decodeBytes, looksBinary, looksBinaryText, utf16Of, type DecodedText } from './decode.js';
import { splitTextLines, type SourceLine } from './lines.js';
import { assemble } from './assemble.js';
import type { HeaderMapping } from './headers.js';
import { toPeriod } from './records.js';
import { extractMetadata } from './metadata.js';
import { makeDiagnostic, type Lang } from './diagnostics.js';

export type InputFormat = SourceFormat | 'json';

export interface ParseOptions {
  /** Name to report in `source.file` and in errors; `-` for stdin. */
  file?: string;
  /** Skip the content/extension guess. */
  format?: InputFormat;
  /** Language of diagnostic messages (JSON keys and codes are always English). */
  lang?: Lang;
}

const PDF_MAGIC = '%PDF-';

/** The format by content (a PDF is recognised whatever its name), then by extension. */
export function detectFormat(input: Uint8Array | string, file = ''): InputFormat {
  const head = typeof input === 'string' ? input.slice(0, 1024) : new TextDecoder('latin1').decode(input.subarray(0, 1024));
  if (head.replace(/^[\s\uFEFF\u00EF\u00BB\u00BF]+/, '').startsWith(PDF_MAGIC)) return 'pdf';
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
    const { readPdf } = await import('../sources/pdf.js');
    const lines = await readPdf(input, file);
    return [buildDocument(lines, sourceOf(file, 'pdf', () => input), [], lang)];
  }
  if (input.length === 0) throw new AsmInputError('empty-file', file);
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
    const { readJsonDocuments } = await import('../sources/json.js');
    return readJsonDocuments(decoded.text, file);
  }
  if (format === 'csv') {
    const { readCsvLines } = await import('../sources/csv.js');
    const lines = readCsvLines(decoded.text, file);
    return [buildDocument(lines, sourceOf(file, 'csv', bytesOf), controlDiagnostics(decoded, lang), lang)];
  }
  return [textDocument(decoded, sourceOf(file, 'text', bytesOf), lang)];
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

/** One warning per line the decoder replaced bytes on or the cleaner dropped characters from (text and CSV alike). */
function controlDiagnostics(decoded: DecodedText, lang: Lang): AsmDocument['diagnostics'] {
  return [
    ...decoded.invalidByteLines.map((line) => makeDiagnostic({ code: 'invalid-utf8', line }, lang)),
    ...decoded.controlCharacterLines.map((line) => makeDiagnostic({ code: 'control-character', line }, lang)),
  ];
}

function textDocument(decoded: DecodedText, source: AsmDocument['source'], lang: Lang): AsmDocument {
  return buildDocument(splitTextLines(decoded.text), source, controlDiagnostics(decoded, lang), lang);
}

function buildDocument(
  lines: readonly SourceLine[],
  source: AsmDocument['source'],
  extraDiagnostics: AsmDocument['diagnostics'],
  lang: Lang,
): AsmDocument {
  const assembled = assemble(lines, lang);
  if (!assembled.mapping && assembled.periods.length === 0) {
    throw new AsmInputError(source.format === 'csv' ? 'csv-no-asm-columns' : 'no-asm-content', source.file);
  }
  const kind = assembled.positionKind;
  const periods = assembled.periods.map((period) => toPeriod(period, kind));
  const mapping = assembled.mapping;
  const metadata = extractMetadata(
    assembled.preamble,
    assembled.documentFields,
    periods,
    mapping?.keys.includes('progress') ?? false,
  );
  const columns = mapping
    ? mapping.headers
        .map((header, index) => ({ key: mapping.keys[index] ?? 'extra', header }))
        .filter((column) => column.header !== '' && !column.key.startsWith('doc'))
    : [];
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    ...metadata,
    columns,
    periods,
    diagnostics: [...extraDiagnostics, ...assembled.diagnostics, ...lostColumns(mapping, periods, lang)],
  };
}

/**
 * Fail closed on a column lost to an unknown wording: with no header mapped to
 * the activities, an unknown column that holds text in most activities is
 * very likely them ("Acciones comprometidas por la dependencia"). Without this
 * every activity would have no description and validate would say VALID.
 */
function lostColumns(mapping: HeaderMapping | null, periods: readonly Period[], lang: Lang): AsmDocument['diagnostics'] {
  if (!mapping || mapping.keys.includes('description')) return [];
  const activities = periods.flatMap((period) => period.aspects.flatMap((aspect) => aspect.activities));
  if (activities.length === 0) return [];
  for (const index of mapping.unknown) {
    const header = mapping.headers[index]!;
    const filled = activities.filter((activity) => /\p{L}{3}/u.test(activity.extra?.[header] ?? '')).length;
    if (filled * 2 > activities.length) {
      return [
        makeDiagnostic({ code: 'unmapped-required-column', field: 'description', value: header, count: filled, expected: String(activities.length) }, lang),
      ];
    }
  }
  return [];
}
