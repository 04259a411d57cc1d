// Markdown of `asm vigentes`, ready to paste: one table of the pending ASMs.
import type { RenderEnv } from '../registry.js';
import type { Lang } from '../../core/diagnostics.js';
import type { VigentesList } from '../../core/report.js';
import { markdownTable, truncate } from '../text.js';
import { neutralizeData } from '../../core/text.js';
import { invalidSummary, oneLine, progressWords, sourceLabel } from '../report/common.js';
import { text } from '../../text/index.js';


// Every value from a document is escaped (markdownTable) and its controls made visible (neutralizeData).
export function renderVigentesMarkdown(list: VigentesList, { lang }: RenderEnv): string {
  list = neutralizeData(list);
  const l = text('vigentes', lang).markdown;
  const parts = [`# ${l.title}\n`, `${l.asOf}: ${list.asOf}\n`];
  if (list.vigentes.length === 0) {
    parts.push(`${l.empty}\n`);
    return parts.join('\n');
  }
  parts.push(`${l.summary(list.vigentes.length, list.vigentes.filter((v) => v.overdue).length)}\n`);
  parts.push(
    markdownTable(
      l.head,
      list.vigentes.map((v) => [
        v.program,
        v.institution,
        v.period,
        v.number,
        truncate(oneLine(v.text), 120),
        progressWords(v, lang),
        v.dueDate ?? '—',
        v.daysOverdue,
        truncate(v.responsibleAreas.join('; '), 80),
        { code: sourceLabel(v.source) },
      ]),
    ),
  );
  const invalid = invalidSummary(list.invalidValueCount, lang);
  if (invalid) parts.push(`${invalid}\n`);
  return parts.join('\n');
}
