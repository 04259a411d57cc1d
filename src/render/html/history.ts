// HTML of `asm report --history`: the timeline of each program as one
// self-contained page, in the style of the report page (same shell, CSP and
// chart code). Per program: the average progress of each evaluation period
// across report months as a line chart, with the same figures in a table
// beside it, then every row of the history (counts, average, due dates moved
// since the month before). No script: the page has nothing to sort.
import type { RenderEnv } from '../registry.js';
import type { History, HistoryRow } from '../../core/diff.js';
import { neutralizeData } from '../../core/text.js';
import { VIEWS_TEXT } from '../../text/views.js';
import { averagePercent, percent, programTitle } from '../report/common.js';
import { timelineChart } from './charts.js';
import { chartBlock, facts, numbersTable, unique } from './common.js';
import { escapeHtml as h, fileName, page } from './page.js';

/** The table's figure: the average rounded to two decimals, as the report page's timeline shows it. */
const rounded = (value: number | null): string => percent(value === null ? null : Math.round(value * 100) / 100);

export function renderHistoryHtml(input: History, { lang }: RenderEnv): string {
  const history = neutralizeData(input);
  const t = VIEWS_TEXT[lang];
  const rows = history.rows;
  const parts: string[] = [`<header><h1>${h(t.historyTitle)}</h1>`];
  parts.push(
    facts([
      [t.institutions, unique(rows.map((row) => row.institution))],
      [t.programs, unique(rows.map((row) => programTitle(row)))],
      [t.reportMonths, unique(rows.map((row) => row.reportMonth)).sort()],
    ]),
  );
  parts.push(`<p class="note">${h(t.generated)}</p></header><main>`);
  if (rows.length === 0) {
    parts.push(`<p>${h(t.noHistory)}</p></main>`);
    return page(lang, t.historyTitle, parts.join('\n'), { script: false });
  }

  // One group per program (and institution), in the order of the history.
  const groups = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    const key = `${row.institution ?? ''}\u0000${row.program ?? row.file}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  let index = 0;
  for (const group of groups.values()) {
    index += 1;
    const first = group[0]!;
    const title = `${programTitle(first)}${first.institution ? ` · ${first.institution}` : ''}`;
    parts.push(`<section class="program" id="program-${index}"><h2>${h(title)}</h2>`);
    const months = unique(group.map((row) => row.reportMonth)).sort();
    const periods = unique(group.map((row) => row.period));
    const series = periods.map((period) => ({
      label: `${t.period} ${period}`,
      points: group.filter((row) => row.period === period && row.reportMonth !== null).map((row) => ({ month: row.reportMonth!, value: row.averageProgress })),
    }));
    if (months.length > 0) {
      const caption = `${t.historyTitle}: ${title}`;
      const svg = timelineChart(`chart-${index}`, caption, t.timelineDesc(series.length, months.length), months, series);
      const table = numbersTable(
        caption,
        [t.period, ...months],
        series.map((s) => [
          { html: h(s.label) },
          ...months.map((month) => {
            const point = s.points.find((p) => p.month === month);
            return { html: point ? h(rounded(point.value)) : '', num: true };
          }),
        ]),
        'numbers timeline-table',
      );
      parts.push(chartBlock(caption, svg, table));
    }
    parts.push(`<h3>${h(t.rowsHeading)}</h3>`);
    parts.push(
      numbersTable(
        `${t.rowsHeading}: ${title}`,
        [t.period, t.reportMonth, t.asms, t.concluded, t.vigentes, t.average, t.dueDatesMoved, t.file],
        group.map((row) => [
          { html: h(row.period) },
          { html: h(row.reportMonth ?? '—') },
          { html: String(row.aspectCount), num: true },
          { html: String(row.concludedCount), num: true },
          { html: String(row.vigenteCount), num: true },
          { html: h(averagePercent(row.averageProgress)), num: true },
          { html: row.dueDatesMoved === null ? '—' : String(row.dueDatesMoved), num: true },
          { html: `<span class="src">${h(row.file === '-' ? '-' : fileName(row.file))}</span>` },
        ]),
        'numbers history-table',
      ),
    );
    parts.push('</section>');
  }
  parts.push('</main>');
  return page(lang, t.historyTitle, parts.join('\n'), { script: false });
}
