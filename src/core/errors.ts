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
  | 'pdf-no-text';

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

export function isAsmInputError(error: unknown): error is AsmInputError {
  return error instanceof AsmInputError;
}
