// Terminal view of parsed documents: a header block per document and one
// wrapped table per period that fits the terminal width (80 columns at least).
import type { RenderEnv } from '../registry.js';
import Table from 'cli-table3';
import type { AsmDocument } from '../../core/schema.js';
import type { Lang } from '../../core/diagnostics.js';
import type { Style } from '../style.js';
import { formatNumber, wrap } from '../text.js';
import { neutralizeData } from '../../core/text.js';
import { pushAll } from '../../core/arrays.js';
import { text } from '../../text/index.js';


function progressColor(style: Style, value: number | null): (text: string) => string {
  if (value === null) return style.red;
  return value >= 100 ? style.green : style.yellow;
}

// Controls and bidi controls in the data are made visible before anything reaches a terminal.
export function renderDocumentsTable(documents: readonly AsmDocument[], { lang, style }: RenderEnv): string {
  documents = neutralizeData(documents);
  const l = text('documents', lang).table;
  const out: string[] = [];
  // Fixed columns + the ASM text taking what is left; borders take 6 characters.
  const fixed = [5, 0, 20, 12, 10];
  const textWidth = Math.max(20, style.width - 1 - fixed.reduce((sum, width) => sum + width, 0) - 6);
  const widths = fixed.map((width) => width || textWidth);
  for (const document of documents) {
    const program = [document.program.code, document.program.name].filter(Boolean).join(' ');
    out.push(style.bold(wrap(document.title ?? document.source.file, style.width - 1).join('\n')));
    pushAll(out, wrap(`${l.institution}: ${document.institution ?? '—'}`, style.width - 1));
    pushAll(out, wrap(`${l.program}: ${program || '—'}`, style.width - 1));
    out.push(`${l.month}: ${document.reportMonth ?? '—'}`);
    if (document.diagnostics.length > 0) out.push(style.dim(l.diagnostics(document.diagnostics.length)));
    for (const period of document.periods) {
      out.push('');
      out.push(style.bold(`${l.period} ${period.period}`) + style.dim(` · ${l.aspects(period.aspects.length)}`));
      if (period.statement) pushAll(out, wrap(period.statement, style.width - 1));
      if (period.aspects.length === 0) continue;
      const table = new Table({
        head: [...l.header],
        colWidths: widths,
        wordWrap: true,
        wrapOnWordBoundary: true,
        style: { head: [], border: [] },
      });
      for (const aspect of period.aspects) {
        const areas = [...new Set(aspect.activities.map((a) => a.responsibleArea).filter(Boolean))].join('; ');
        const dues = aspect.activities.map((a) => a.dueDate ?? a.dueDateText ?? '—').join('\n');
        const color = progressColor(style, aspect.average);
        table.push([aspect.numberText ?? '—', aspect.text ?? '—', areas || '—', dues, color(`${formatNumber(aspect.average)}%`)]);
      }
      out.push(table.toString());
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
