// The result of `asm validate` as data: one entry per document, the verdict
// and the counts. Every renderer of src/render/validation reads this shape.
import type { AsmDocument, Diagnostic } from '../../core/schema.js';
import type { Lang } from '../../core/diagnostics.js';
import { countDiagnostics, validateDocument } from '../../core/validate.js';

export interface DocumentValidation {
  /** The document's source file, as given when it was parsed (`-` for stdin). */
  source: string;
  valid: boolean;
  diagnostics: Diagnostic[];
}

export interface ValidationReport {
  valid: boolean;
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
    stats: { documents: results.length, errors, warnings },
    documents: results,
  };
}
