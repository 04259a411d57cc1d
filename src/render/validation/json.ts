// `asm validate --format json`: { valid, stats, documents: [{ source, valid, diagnostics }] } (`strict` is for
// the JUnit report, not part of it).
import type { ValidationReport } from '../../core/validation.js';
import { inertJson } from '../../core/text.js';

export function renderValidationJson(report: ValidationReport): string {
  return `${inertJson(JSON.stringify({ valid: report.valid, stats: report.stats, documents: report.documents }, null, 2))}\n`;
}
