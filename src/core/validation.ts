// The result of `asm validate` as data, with --ignore and --strict applied:
// one entry per document, the verdict and the counts. Renderers read this shape.
import type { AsmDocument, Diagnostic } from './schema.js';
import type { Lang } from './diagnostics.js';
import { countDiagnostics, validateDocument } from './validate.js';

export interface DocumentValidation {
  /** The document's source file, as given when it was parsed (`-` for stdin). */
  source: string;
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ValidationReport {
  valid: boolean;
  /** Warnings made documents invalid too (--strict): a JUnit report then shows them as failures. Not part of the JSON output. */
  strict?: boolean;
  stats: { documents: number; errors: number; warnings: number };
  documents: DocumentValidation[];
}

export interface ValidationOptions {
  lang?: Lang;
  /** Codes to drop. */
  ignore?: readonly string[];
  /** Warnings make a document invalid too. */
  strict?: boolean;
}

export function validateDocuments(documents: readonly AsmDocument[], options: ValidationOptions = {}): ValidationReport {
  const ignore = new Set(options.ignore ?? []);
  let errors = 0;
  let warnings = 0;
  const results = documents.map((document): DocumentValidation => {
    const diagnostics = validateDocument(document, { lang: options.lang ?? 'en' }).filter((d) => !ignore.has(d.code));
    const counts = countDiagnostics(diagnostics);
    errors += counts.errors;
    warnings += counts.warnings;
    return {
      source: document.source.file,
      valid: counts.errors === 0 && (!options.strict || counts.warnings === 0),
      diagnostics,
    };
  });
  return {
    valid: results.every((result) => result.valid),
    strict: Boolean(options.strict),
    stats: { documents: results.length, errors, warnings },
    documents: results,
  };
}
