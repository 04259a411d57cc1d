// Markdown of parsed documents: metadata, then one table per period.
import type { RenderEnv } from '../registry.js';
import type { AsmDocument } from '../../core/schema.js';
import type { Lang } from '../../core/diagnostics.js';
import { formatNumber, markdownInline as md, markdownTable } from '../text.js';
import { neutralizeData } from '../../core/text.js';
import { text } from '../../text/index.js';


// Every value from a document is escaped (md, markdownTable) and its controls made visible (neutralizeData).
export function renderDocumentsMarkdown(documents: readonly AsmDocument[], { lang }: RenderEnv): string {
  documents = neutralizeData(documents);
  const l = text('documents', lang).markdown;
  const parts: string[] = [];
  for (const document of documents) {
    const program = [document.program.code, document.program.name].filter(Boolean).join(' ');
    parts.push(`# ${md(document.title ?? document.source.file)}\n`);
    parts.push(`- ${l.institution}: ${md(document.institution ?? '—')}\n- ${l.program}: ${md(program || '—')}\n- ${l.month}: ${md(document.reportMonth ?? '—')}\n`);
    for (const period of document.periods) {
      parts.push(`## ${l.period} ${md(period.period)}\n`);
      if (period.statement) parts.push(`${md(period.statement)}\n`);
      if (period.aspects.length === 0) {
        if (!period.statement) parts.push(`${l.none}\n`);
        continue;
      }
      const rows = period.aspects.flatMap((aspect) =>
        aspect.activities.map((activity, index) => [
          index === 0 ? (aspect.numberText ?? '') : '',
          index === 0 ? (aspect.text ?? '') : '',
          activity.description,
          activity.responsibleArea,
          activity.dueDate ?? activity.dueDateText,
          activity.progress ?? activity.progressText,
          index === 0 ? formatNumber(aspect.average) : '',
        ]),
      );
      parts.push(markdownTable(l.header, rows));
    }
  }
  return parts.join('\n');
}
