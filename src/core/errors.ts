import type { AsmDocument } from './schema.js';

// Unusable input is the only thing asm throws for. Everything wrong *inside* a
// usable document is a Diagnostic instead (see diagnostics.ts).

export type InputErrorCode =
  | 'file-not-found'
  | 'file-not-readable'
  | 'is-directory'
  | 'no-supported-files'
  | 'empty-file'
  | 'binary-file'
  | 'no-asm-content'
  | 'csv-no-asm-columns'
  | 'invalid-json'
  | 'pdf-encrypted'
  | 'pdf-damaged'
  | 'pdf-no-text'
  // OCR (issue 16): a page over its time limit (detail "page N, S"); the OCR packages missing.
  | 'ocr-time-limit'
  | 'ocr-unavailable'
  // A No., date, progress or average OCR is unsure of (a low-confidence error): detail "page N".
  | 'ocr-unsure'
  | 'xlsx-unreadable'
  | 'table-not-read'
  | 'table-text-unplaced'
  | 'store-entry-not-file'
  // Resource limits (issue 11, finding 10); the detail is the limit as printed ("256 MB", "1024", "120").
  | 'input-too-large'
  | 'pdf-memory-limit'
  | 'pdf-time-limit';

/** One clear sentence about an input asm cannot use; `file` is the path as the user gave it. */
export class AsmInputError extends Error {
  override readonly name = 'AsmInputError';
  constructor(
    readonly code: InputErrorCode,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${file}: ${code}${detail ? ` (${detail})` : ''}`);
  }
}

/**
 * A document whose table could not be read (`table-not-read`), or with any
 * table text placed in no record (`unplaced-table-text`), is unusable for
 * commands that act on its records: a lost row would make a clean result. The
 * first such place, as an error whose detail is "page N" or "line N".
 */
export function unreadTableError(document: AsmDocument): AsmInputError | null {
  const unread = document.diagnostics.find((d) => d.code === 'table-not-read');
  const diagnostic = unread ?? document.diagnostics.find((d) => d.code === 'unplaced-table-text');
  if (!diagnostic) return null;
  const line = diagnostic.sheet ? `${diagnostic.sheet}!${diagnostic.line}` : diagnostic.line;
  const detail = diagnostic.page !== null ? `page ${diagnostic.page}` : diagnostic.line !== null ? `line ${line}` : undefined;
  return new AsmInputError(unread ? 'table-not-read' : 'table-text-unplaced', document.source.file, detail);
}

/**
 * A document with a No., date, progress or average that OCR is unsure of (a
 * low-confidence error) is unusable for commands that act on its records: a
 * 10 % read as 100 % must not let `vigentes` pass. The first such place.
 */
export function unsureOcrError(document: AsmDocument): AsmInputError | null {
  const diagnostic = document.diagnostics.find((d) => d.code === 'low-confidence' && d.severity === 'error');
  if (!diagnostic) return null;
  return new AsmInputError('ocr-unsure', document.source.file, diagnostic.page !== null ? `page ${diagnostic.page}` : undefined);
}

export function isAsmInputError(error: unknown): error is AsmInputError {
  return error instanceof AsmInputError;
}

/** Where JSON.parse stopped ("position 12", "line 3 column 5"), without the text V8 quotes from the file. */
export function jsonErrorPlace(error: unknown): string {
  const text = error instanceof Error ? error.message : '';
  const place = /(line \d+ column \d+)|(position \d+)/.exec(text);
  if (place) return place[0];
  return /end of (JSON )?input/i.test(text) ? 'unexpected end' : 'syntax';
}
