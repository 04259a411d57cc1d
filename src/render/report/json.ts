// JSON of `asm report`: the Report object as built, averages at full precision.
import type { Report } from '../../core/report.js';
import { inertJson } from '../../core/text.js';

export function renderReportJson(report: Report): string {
  return `${inertJson(JSON.stringify(report, null, 2))}\n`;
}
