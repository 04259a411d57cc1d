// JSON of `asm report`: the Report object as built, averages at full precision.
import type { Report } from '../../core/report.js';

export function renderReportJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
