// Markdown of parsed documents: metadata, then one table per period.
import type { AsmDocument } from '../../core/schema.js';
import type { Lang } from '../../core/diagnostics.js';
import { formatNumber, markdownTable } from '../text.js';

const LABELS = {
  en: { institution: 'Institution', program: 'Program', month: 'Report month', period: 'Period', none: 'No ASMs.',
    header: ['No.', 'ASM', 'Activity', 'Responsible area', 'Due date', 'Progress', 'Average'] },
  es: { institution: 'Institución', program: 'Programa', month: 'Mes del reporte', period: 'Periodo', none: 'Sin ASM.',
    header: ['No.', 'ASM', 'Actividad', 'Área responsable', 'Fecha de término', 'Avance', 'Promedio'] },
} as const;

export function renderDocumentsMarkdown(documents: readonly AsmDocument[], lang: Lang): string {
  const l = LABELS[lang];
  const parts: string[] = [];
  for (const document of documents) {
    const program = [document.program.code, document.program.name].filter(Boolean).join(' ');
    parts.push(`# ${document.title ?? document.source.file}\n`);
    parts.push(`- ${l.institution}: ${document.institution ?? '—'}\n- ${l.program}: ${program || '—'}\n- ${l.month}: ${document.reportMonth ?? '—'}\n`);
    for (const period of document.periods) {
      parts.push(`## ${l.period} ${period.period}\n`);
      if (period.statement) parts.push(`${period.statement}\n`);
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
