// `asm report --format xlsx`: the summary per program and period, the areas
// and the ASMs as sheets (see xlsx-sheets.ts).
import type { Report } from '../../core/report.js';
import type { RenderEnv } from '../registry.js';
import { writeWorkbook } from '../xlsx.js';
import { reportSheets } from './xlsx-sheets.js';

export function renderReportXlsx(report: Report, { lang }: RenderEnv): Promise<Uint8Array> {
  return writeWorkbook(reportSheets(report, lang));
}
