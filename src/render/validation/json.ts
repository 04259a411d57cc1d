// `asm validate --format json`: { valid, stats, documents: [{ source, valid, diagnostics }] }.
import type { ValidationReport } from './report.js';

export function renderValidationJson(report: ValidationReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
