// Markdown of `asm vigentes`, ready to paste: one table of the pending ASMs.
import type { RenderEnv } from '../registry.js';
import type { Lang } from '../../core/diagnostics.js';
import type { VigentesList } from '../../core/report.js';
import { markdownTable, truncate } from '../text.js';
import { neutralizeData } from '../../core/text.js';
import { invalidSummary, oneLine, progressWords, sourceLabel } from '../report/common.js';

const LABELS = {
  en: {
    title: 'Vigente ASMs', asOf: 'As of', empty: 'No vigente ASMs.',
    summary: (n: number, late: number) => `${n} vigente ${n === 1 ? 'ASM' : 'ASMs'}, ${late} overdue.`,
    head: ['Program', 'Institution', 'Period', 'No.', 'ASM', 'Average', 'Due date', 'Days overdue', 'Responsible areas', 'Source'],
  },
  es: {
    title: 'ASM vigentes', asOf: 'Fecha de corte', empty: 'No hay ASM vigentes.',
    summary: (n: number, late: number) => `${n} ASM ${n === 1 ? 'vigente' : 'vigentes'}, ${late} con atraso.`,
    head: ['Programa', 'Institución', 'Periodo', 'No.', 'ASM', 'Promedio', 'Fecha de término', 'Días de atraso', 'Áreas responsables', 'Fuente'],
  },
} as const;

// Every value from a document is escaped (markdownTable) and its controls made visible (neutralizeData).
export function renderVigentesMarkdown(list: VigentesList, { lang }: RenderEnv): string {
  list = neutralizeData(list);
  const l = LABELS[lang];
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
