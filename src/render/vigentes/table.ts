// Terminal view of `asm vigentes`: grouped by program and period, one row per
// pending ASM (number, shortened text, progress bar coloured by status, due
// date, days overdue) and its responsible areas underneath. Fits `style.width`.
import type { RenderEnv } from '../registry.js';
import type { Lang } from '../../core/diagnostics.js';
import type { VigentesList } from '../../core/report.js';
import type { Style } from '../style.js';
import { truncate } from '../text.js';
import { asmRows, asmTextWidth, invalidSummary, programTitle, ROW_INDENT } from '../report/common.js';
import { neutralizeData } from '../../core/text.js';
import { pushAll } from '../../core/arrays.js';
import { text } from '../../text/index.js';



// Controls and bidi controls in the data are made visible before anything reaches a terminal.
export function renderVigentesTable(list: VigentesList, { lang, style }: RenderEnv): string {
  list = neutralizeData(list);
  const l = text('vigentes', lang).table;
  const width = Math.max(60, style.width);
  if (list.vigentes.length === 0) return `${l.empty(list.asOf)}\n`;
  const textWidth = asmTextWidth(width);
  const indent = ROW_INDENT;
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
    pushAll(out, asmRows({ ...vigente, number: vigente.number === null ? '—' : String(vigente.number) }, textWidth, style, lang, l.days));
    const areas = vigente.responsibleAreas.length > 0 ? vigente.responsibleAreas.join('; ') : l.noArea;
    out.push(`${indent}${style.dim(truncate(areas, width - 1 - indent.length))}`);
  }
  out.push('');
  out.push(l.total(list.vigentes.length, list.vigentes.filter((v) => v.overdue).length, list.asOf));
  const invalid = invalidSummary(list.invalidValueCount, lang);
  if (invalid) out.push(style.red(invalid));
  return `${out.join('\n')}\n`;
}
