// HTML of `asm vigentes`: the pending ASMs as one self-contained page
// (issue 15): header facts, the progress of each vigente ASM, vigentes and
// overdue by area, and every vigente with its activities.
import type { RenderEnv } from '../registry.js';
import type { VigentesList } from '../../core/report.js';
import { neutralizeData } from '../../core/text.js';
import { programTitle } from '../report/common.js';
import { progressChart } from './charts.js';
import { areaSection, asmTable, averageText, barOf, chartBlock, facts, numberOf, numbersTable, statusOf, textOf, unique, type AsmRow } from './common.js';
import { escapeHtml as h, page } from './page.js';

export function renderVigentesHtml(input: VigentesList, { lang }: RenderEnv): string {
  const list = neutralizeData(input);
  const t = textOf(lang);
  // The documents looked at (listVigentes gives them; a list made by hand may not).
  const documents = list.checked ?? [];
  const rows: AsmRow[] = list.vigentes.map((v) => ({ ...v, status: 'vigente' }));
  const parts: string[] = [`<header><h1>${h(t.vigentesTitle)}</h1>`];
  parts.push(
    facts([
      [t.institutions, unique(documents.length > 0 ? documents.map((d) => d.institution) : list.vigentes.map((v) => v.institution))],
      [t.programs, unique(documents.length > 0 ? documents.map((d) => programTitle(d)) : list.vigentes.map((v) => programTitle(v)))],
      [t.reportMonths, unique(documents.map((d) => d.reportMonth)).sort()],
      [t.asOf, [list.asOf]],
    ]),
  );
  parts.push(`<p class="note">${h(t.generated)}</p>`);
  parts.push(`<p><strong>${h(t.vigentesSummary(rows.length, rows.filter((r) => r.overdue).length))}</strong></p>`);
  if (list.invalidValueCount > 0) parts.push(`<p class="status-overdue">${h(t.invalidSummary(list.invalidValueCount))}</p>`);
  parts.push('</header><main>');
  if (rows.length === 0) {
    parts.push(`<p>${h(t.noVigentes)}</p></main>`);
    return page(lang, t.vigentesTitle, parts.join('\n'), { script: false });
  }
  const label = (row: AsmRow): string => `${row.program ?? '—'} ${row.period} · ${numberOf(row)}`;
  const bars = rows.map((row) => barOf(row, label(row), t));
  const svg = progressChart('chart-1', t.progressHeading, t.progressDesc(bars.length), bars);
  const table = numbersTable(
    t.progressHeading,
    [t.program, t.period, t.number, t.average, t.status],
    rows.map((row) => [
      { html: h(row.program ?? '—') },
      { html: h(row.period) },
      { html: h(numberOf(row)) },
      { html: h(averageText(row, t, lang)), num: true },
      { html: h(statusOf(row, t).text) },
    ]),
    'numbers progress-table',
  );
  parts.push(`<section id="progress"><h2>${h(t.progressHeading)}</h2>${chartBlock(t.progressHeading, svg, table)}</section>`);
  parts.push(areaSection(rows, t, 'chart-2'));
  parts.push(asmTable(rows, t, lang));
  parts.push('</main>');
  return page(lang, t.vigentesTitle, parts.join('\n'));
}
