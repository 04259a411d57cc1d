// Markdown of `asm report`, ready to paste into an issue or a wiki: per program
// a heading and facts, per period a summary, the ASMs and the area breakdown.
import type { RenderEnv } from '../registry.js';
import type { Lang } from '../../core/diagnostics.js';
import type { Report } from '../../core/report.js';
import { markdownInline as md, markdownTable } from '../text.js';
import { neutralizeData } from '../../core/text.js';
import { average2, averagePercent, invalidSummary, oneLine, programTitle, progressWords } from './common.js';
import { text } from '../../text/index.js';


// Every value from a document is escaped (md, markdownTable) and its controls made visible (neutralizeData).
export function renderReportMarkdown(report: Report, { lang }: RenderEnv): string {
  report = neutralizeData(report);
  const l = text('report', lang).markdown;
  const parts: string[] = [`# ${l.title}\n`];
  if (report.asOf) parts.push(`${l.asOf}: ${report.asOf}\n`);
  if (report.programs.length === 0) parts.push(`${l.empty}\n`);
  for (const program of report.programs) {
    parts.push(`## ${md(programTitle(program))}\n`);
    parts.push(`- ${l.institution}: ${md(program.institution ?? '—')}\n- ${l.month}: ${md(program.reportMonth ?? '—')}\n`);
    for (const period of program.periods) {
      parts.push(`### ${l.period} ${md(period.period)}\n`);
      if (period.aspectCount === 0) {
        parts.push(`${period.statement ? md(period.statement) : l.none}\n`);
        continue;
      }
      parts.push(`${l.summary(period.aspectCount, period.concludedCount, period.vigenteCount, averagePercent(period.averageProgress))}\n`);
      if (period.averagedCount < period.aspectCount) {
        parts.push(`${l.over(period.averagedCount, period.aspectCount, period.notReportedCount, period.invalidCount)}\n`);
      }
      if (period.vigenteCount === 0 && period.statement) parts.push(`${md(period.statement)}\n`);
      parts.push(
        markdownTable(
          l.head,
          period.aspects.map((aspect) => [
            aspect.numberText ?? aspect.number,
            oneLine(aspect.text),
            progressWords(aspect, lang),
            aspect.status === 'concluded' ? l.concluded : aspect.overdue ? `${l.vigente}, ${l.overdue(aspect.daysOverdue ?? 0)}` : l.vigente,
            aspect.dueDate ?? '—',
            aspect.responsibleAreas.join('; '),
          ]),
        ),
      );
      parts.push(
        markdownTable(
          l.areaHead,
          period.byArea.map((area) => [area.area ?? l.noArea, area.aspectCount, area.vigenteCount, average2(area.averageProgress)]),
        ),
      );
    }
  }
  const invalid = invalidSummary(report.invalidValueCount, lang);
  if (invalid) parts.push(`${invalid}\n`);
  return parts.join('\n');
}
