// GitHub Actions workflow commands for `asm vigentes`: one
// `::warning file=…,line=…,title=…::message` per pending ASM, pointing at the
// ASM's first source line. Escaping: ../github-escape.ts, shared with validate.
import type { RenderEnv } from '../registry.js';
import type { Lang } from '../../core/diagnostics.js';
import type { Vigente, VigentesList } from '../../core/report.js';
import { oneLine, progressWords } from '../report/common.js';
import { truncate } from '../text.js';
import { neutralizeData } from '../../core/text.js';
import { text } from '../../text/index.js';
import { escapeData, escapeProperty } from '../github-escape.js';


// Controls and bidi controls in the data are made visible before anything reaches a terminal.
export function renderVigentesGithub(list: VigentesList, { lang }: RenderEnv): string {
  list = neutralizeData(list);
  const l = text('vigentes', lang).github;
  const lines = list.vigentes.map((v) => {
    const properties: string[] = [];
    if (v.source.file !== '-') {
      properties.push(`file=${escapeProperty(v.source.file)}`);
      if (v.source.line !== null && v.source.sheet === undefined) properties.push(`line=${v.source.line}`);
    }
    properties.push(`title=${escapeProperty(l.title(v))}`);
    const when = [v.dueDate ? l.due(v.dueDate) : l.noDue, v.daysOverdue !== null ? l.late(v.daysOverdue) : null].filter(Boolean).join(', ');
    // A workbook has no lines GitHub could show: its sheet and row go in the message, as validate writes them.
    const position = v.source.sheet !== undefined && v.source.line !== null ? ` (${v.source.sheet}!${v.source.line})` : '';
    const message = `${[v.program, v.period].filter(Boolean).join(' ')} ASM ${v.number ?? '?'} (${progressWords(v, lang)}; ${when}): ${truncate(oneLine(v.text), 300)}${position}`;
    return `::warning ${properties.join(',')}::${escapeData(message)}`;
  });
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
