// Terminal view of `asm report --history`: per program and period, one row
// per report month (ASMs, concluded, vigentes, average progress, due dates
// moved since the month before), under a sparkline of the average progress.
import type { RenderEnv } from '../registry.js';
import type { History, HistoryRow } from '../../core/diff.js';
import { neutralizeData } from '../../core/text.js';
import { fill } from '../../text/diff.js';
import { averagePercent } from '../report/common.js';
import { truncate } from '../text.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** One block per value, 0 % → ▁, 100 % → █; a missing value is a space. */
export function sparkline(values: ReadonlyArray<number | null>): string {
  return values
    .map((value) => (value === null ? ' ' : BLOCKS[Math.round((Math.max(0, Math.min(100, value)) / 100) * (BLOCKS.length - 1))]))
    .join('');
}

export function groupHistory(rows: readonly HistoryRow[]): HistoryRow[][] {
  const groups: HistoryRow[][] = [];
  for (const row of rows) {
    const last = groups[groups.length - 1]?.[0];
    if (last && last.program === row.program && last.institution === row.institution && last.period === row.period) groups[groups.length - 1]!.push(row);
    else groups.push([row]);
  }
  return groups;
}

export function renderHistoryTable(history: History, { lang, style }: RenderEnv): string {
  history = neutralizeData(history);
  const width = Math.max(60, style.width);
  if (history.rows.length === 0) return `${fill(lang, 'historyEmpty')}\n`;
  const heads = [fill(lang, 'month'), fill(lang, 'aspects'), fill(lang, 'concluded'), fill(lang, 'vigentes'), fill(lang, 'average'), fill(lang, 'dueDatesMoved')];
  const widths = heads.map((head, index) => Math.max(head.length, index === 0 ? 7 : index === 4 ? 7 : 3));
  const line = (cells: string[]): string => `    ${cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join('  ')}`;
  const out: string[] = [];
  let program = '';
  for (const group of groupHistory(history.rows)) {
    const first = group[0]!;
    const key = `${first.institution}\u0000${first.program}`;
    if (key !== program) {
      if (program) out.push('');
      out.push(style.bold(truncate([first.program ?? first.file, first.programName, first.institution].filter(Boolean).join(' · '), width - 1)));
      program = key;
    }
    const averages = group.map((row) => row.averageProgress);
    const trend = fill(lang, 'trend', { first: averagePercent(averages[0] ?? null), last: averagePercent(averages[averages.length - 1] ?? null) });
    out.push(`  ${fill(lang, 'period')} ${first.period}  ${style.cyan(sparkline(averages))}  ${style.dim(trend)}`);
    out.push(style.dim(line(heads)));
    for (const row of group) {
      const moved = row.dueDatesMoved === null ? '—' : String(row.dueDatesMoved);
      out.push(
        line([row.reportMonth ?? '—', String(row.aspectCount), String(row.concludedCount), String(row.vigenteCount), averagePercent(row.averageProgress), row.dueDatesMoved ? style.yellow(moved.padStart(widths[5]!)) : moved]),
      );
    }
  }
  return `${out.join('\n')}\n`;
}
