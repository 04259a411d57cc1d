// Markdown of `asm report --history`: one table, every text escaped.
import type { RenderEnv } from '../registry.js';
import type { History } from '../../core/diff.js';
import { fill } from '../../text/diff.js';
import { averagePercent } from '../report/common.js';
import { markdownTable } from '../text.js';

export function renderHistoryMarkdown(history: History, { lang }: RenderEnv): string {
  if (history.rows.length === 0) return `${fill(lang, 'historyEmpty')}\n`;
  const header = [fill(lang, 'program'), fill(lang, 'period'), fill(lang, 'month'), fill(lang, 'aspects'), fill(lang, 'concluded'), fill(lang, 'vigentes'), fill(lang, 'average'), fill(lang, 'dueDatesMoved')];
  return markdownTable(
    header,
    history.rows.map((row) => [
      [row.program, row.institution].filter(Boolean).join(' · '),
      row.period,
      row.reportMonth ?? '—',
      row.aspectCount,
      row.concludedCount,
      row.vigenteCount,
      averagePercent(row.averageProgress),
      row.dueDatesMoved ?? '—',
    ]),
  );
}
