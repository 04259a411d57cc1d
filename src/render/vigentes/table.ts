// Terminal view of `asm vigentes`: grouped by program and period, one row per
// pending ASM (number, shortened text, progress bar coloured by status, due
// date, days overdue) and its responsible areas underneath. Fits `style.width`.
import type { Lang } from '../../core/diagnostics.js';
import type { Vigente, VigentesList } from '../../core/report.js';
import type { Style } from '../style.js';
import { truncate } from '../text.js';
import { oneLine, pad, padStart, progressBar, programTitle, statusColor } from '../report/common.js';

const LABELS = {
  en: {
    period: 'Period', days: 'd', empty: (asOf: string) => `No vigente ASMs as of ${asOf}.`,
    total: (n: number, late: number, asOf: string) => `${n} vigente ${n === 1 ? 'ASM' : 'ASMs'}, ${late} overdue, as of ${asOf}.`,
    noArea: '(no responsible area)',
  },
  es: {
    period: 'Periodo', days: 'd', empty: (asOf: string) => `No hay ASM vigentes al ${asOf}.`,
    total: (n: number, late: number, asOf: string) => `${n} ASM ${n === 1 ? 'vigente' : 'vigentes'}, ${late} con atraso, al ${asOf}.`,
    noArea: '(sin área responsable)',
  },
} as const;

const NUMBER = 4;
const BAR = 15;
const DUE = 10;
const LATE = 7;
const GAP = '  ';

export function renderVigentesTable(list: VigentesList, lang: Lang, style: Style): string {
  const l = LABELS[lang];
  const width = Math.max(60, style.width);
  if (list.vigentes.length === 0) return `${l.empty(list.asOf)}\n`;
  const textWidth = Math.max(12, width - 1 - (2 + NUMBER + 2 + 2 + BAR + 2 + DUE + 2 + LATE));
  const indent = ' '.repeat(2 + NUMBER + 2);
  const out: string[] = [];
  let programKey = '';
  let periodKey = '';
  for (const vigente of list.vigentes) {
    const key = `${vigente.institution}\u0000${vigente.program}`;
    if (key !== programKey) {
      if (programKey) out.push('');
      out.push(style.bold(truncate([programTitle(vigente), vigente.institution].filter(Boolean).join(' · '), width - 1)));
      programKey = key;
      periodKey = '';
    }
    if (vigente.period !== periodKey) {
      out.push(`  ${l.period} ${vigente.period}`);
      periodKey = vigente.period;
    }
    out.push(row(vigente, textWidth, style, l.days));
    const areas = vigente.responsibleAreas.length > 0 ? vigente.responsibleAreas.join('; ') : l.noArea;
    out.push(`${indent}${style.dim(truncate(areas, width - 1 - indent.length))}`);
  }
  out.push('');
  out.push(l.total(list.vigentes.length, list.vigentes.filter((v) => v.overdue).length, list.asOf));
  return `${out.join('\n')}\n`;
}

function row(vigente: Vigente, textWidth: number, style: Style, days: string): string {
  const number = padStart(vigente.number === null ? '—' : truncate(String(vigente.number), NUMBER), NUMBER);
  const text = pad(truncate(oneLine(vigente.text) || '—', textWidth), textWidth);
  const bar = statusColor(style, vigente)(progressBar(vigente.average));
  const due = pad(vigente.dueDate ?? '—', DUE);
  const late = vigente.daysOverdue !== null ? style.red(padStart(`${vigente.daysOverdue} ${days}`, LATE)) : '';
  return `  ${number}${GAP}${text}${GAP}${bar}${GAP}${due}${GAP}${late}`.trimEnd();
}
