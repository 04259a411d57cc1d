// `asm validate --format json`: { valid, stats, documents: [{ source, valid, diagnostics }] }.
import type { ValidationReport } from '../../core/validation.js';
import { inertJson } from '../../core/text.js';

export function renderValidationJson(report: ValidationReport): string {
  return `${inertJson(JSON.stringify(report, null, 2))}\n`;
}
