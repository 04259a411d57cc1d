// Pieces of the HTML pages shared by `report` and `vigentes`: the facts at
// the top, a chart with its numbers table, the areas chart and the full
// table of ASMs and activities. Every value from a document goes through
// escapeHtml; nothing from a document becomes a link, an attribute name or
// a style.
import type { Lang } from '../../core/diagnostics.js';
import type { AspectSourceRef, InvalidValue, ProgressState, ReportActivity } from '../../core/report.js';
import { HTML_TEXT, type HtmlText } from '../../text/html.js';
import { invalidValuesText, percent } from '../report/common.js';
import { areaChart, type BarClass, type ProgressBar } from './charts.js';
import { escapeHtml as h, fileName } from './page.js';

export const textOf = (lang: Lang): HtmlText => HTML_TEXT[lang];

/** One ASM as the pages show it, from a report or a vigentes list. */
export interface AsmRow {
  program: string | null;
  institution: string | null;
  period: string;
  number: number | null;
  numberText?: string | null;
  text: string | null;
  average: number | null;
  progress: ProgressState;
  invalidValues: InvalidValue[];
  status: 'concluded' | 'vigente';
  overdue: boolean;
  daysOverdue: number | null;
  dueDate: string | null;
  responsibleAreas: string[];
  source: AspectSourceRef;
  activities?: ReportActivity[];
}

/** `informe.pdf, p. 3`, `informe.txt, line 12`, `informe.xlsx, line Hoja1!12`: the file's name, never its folder. */
export function sourceText(file: string, line: number | null, page: number | null, t: HtmlText, sheet?: string): string {
  const name = file === '-' ? t.stdin : fileName(file);
  if (line !== null) return `${name}, ${t.line} ${sheet !== undefined ? `${sheet}!` : ''}${line}`;
  if (page !== null) return `${name}, ${t.page} ${page}`;
  return name;
}

export function statusOf(row: Pick<AsmRow, 'status' | 'overdue'>, t: HtmlText): { cls: 'concluded' | 'vigente' | 'overdue'; text: string } {
  if (row.status === 'concluded') return { cls: 'concluded', text: t.statusConcluded };
  if (row.overdue) return { cls: 'overdue', text: t.statusOverdue };
  return { cls: 'vigente', text: t.statusVigente };
}

/** The figure of an ASM in words where there is none to count. */
export function averageText(row: Pick<AsmRow, 'average' | 'progress' | 'invalidValues'>, t: HtmlText, lang: Lang): string {
  if (row.progress === 'not-reported') return t.notReportedShort;
  if (row.progress === 'invalid') return `${t.invalidShort}: ${invalidValuesText(row.invalidValues, lang)}`;
  return percent(row.average);
}

export const numberOf = (row: Pick<AsmRow, 'number' | 'numberText'>): string => row.numberText ?? (row.number === null ? '—' : String(row.number));

export function barOf(row: AsmRow, label: string, t: HtmlText): ProgressBar {
  const status = statusOf(row, t);
  if (row.progress !== 'reported' || row.average === null) {
    return { label, value: null, cls: 'none' as BarClass, note: row.progress === 'invalid' ? t.invalidShort : t.notReportedShort };
  }
  return { label, value: row.average, cls: status.cls };
}

/** A definition list of the page's facts; values are arrays of plain text. */
export function facts(entries: ReadonlyArray<[string, readonly string[]]>): string {
  const items = entries.map(([term, values]) => `<dt>${h(term)}</dt><dd>${values.length > 0 ? values.map(h).join('<br>') : '—'}</dd>`);
  return `<dl class="facts">${items.join('')}</dl>`;
}

export const unique = (values: ReadonlyArray<string | null>): string[] => [...new Set(values.filter((v): v is string => v !== null && v !== ''))];

/** A table: header cells, then rows of [html, numeric?]. Cells are HTML already escaped by the caller. */
export function numbersTable(caption: string, head: readonly string[], rows: ReadonlyArray<ReadonlyArray<{ html: string; num?: boolean }>>, cls = 'numbers'): string {
  const headRow = `<tr>${head.map((cell, i) => `<th scope="col"${i > 0 && rows[0]?.[i]?.num ? ' class="num"' : ''}>${h(cell)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => `<tr>${row.map((cell) => `<td${cell.num ? ' class="num"' : ''}>${cell.html}</td>`).join('')}</tr>`).join('\n');
  return `<table class="${cls}"><caption class="note">${h(caption)}</caption><thead>${headRow}</thead><tbody>\n${body}\n</tbody></table>`;
}

/** A chart beside the table of its numbers. */
export function chartBlock(caption: string, svg: string, table: string): string {
  return `<div class="chart"><figure aria-label="${h(caption)}">${svg}</figure>${table}</div>`;
}

/** Vigentes and overdue ASMs per responsible area, most vigentes first. */
export function areaSection(rows: readonly AsmRow[], t: HtmlText, id: string): string {
  const groups = new Map<string, { vigentes: number; overdue: number; asms: number }>();
  for (const row of rows) {
    const areas = row.responsibleAreas.length > 0 ? row.responsibleAreas : [t.noArea];
    for (const area of areas) {
      const group = groups.get(area) ?? { vigentes: 0, overdue: 0, asms: 0 };
      group.asms += 1;
      if (row.status === 'vigente') group.vigentes += 1;
      if (row.status === 'vigente' && row.overdue) group.overdue += 1;
      groups.set(area, group);
    }
  }
  const areas = [...groups.entries()]
    .map(([label, g]) => ({ label, ...g }))
    .sort((a, b) => b.vigentes - a.vigentes || b.overdue - a.overdue || a.label.localeCompare(b.label));
  if (areas.length === 0) return '';
  const svg = areaChart(id, t.areasHeading, t.areasDesc(areas.length), areas, { vigentes: t.vigentes, overdue: t.overdue });
  const table = numbersTable(
    t.areasHeading,
    [t.area, t.vigentes, t.overdue, t.asms],
    areas.map((a) => [{ html: h(a.label) }, { html: String(a.vigentes), num: true }, { html: String(a.overdue), num: true }, { html: String(a.asms), num: true }]),
    'numbers areas-table',
  );
  return `<section id="areas"><h2>${h(t.areasHeading)}</h2>${chartBlock(t.areasHeading, svg, table)}</section>`;
}

function activityItem(activity: ReportActivity, file: string, t: HtmlText): string {
  const progress = activity.progress !== null ? percent(activity.progress) : (activity.progressText ?? '—');
  const meta = [
    activity.responsibleArea,
    activity.dueDate ?? activity.dueDateText ? `${t.activityDue} ${activity.dueDate ?? activity.dueDateText}` : null,
    `${t.progress} ${progress}`,
  ].filter((part): part is string => Boolean(part));
  const where = activity.line !== null || activity.page !== null ? ` <span class="src">(${h(sourceText(file, activity.line, activity.page, t, activity.sheet))})</span>` : '';
  const number = activity.numberText ? `${h(activity.numberText)} ` : '';
  return `<li>${number}${h(activity.description ?? '—')}<br><span class="note">${meta.map(h).join(' · ')}</span>${where}</li>`;
}

/** Every ASM with its activities: sortable and filterable by the page's script, complete without it. */
export function asmTable(rows: readonly AsmRow[], t: HtmlText, lang: Lang): string {
  const head = [t.program, t.period, t.number, t.asm, t.average, t.status, t.dueDate, t.daysOverdue, t.areas, t.activities, t.source];
  const numeric = new Set([2, 4, 7]);
  const headRow = `<tr>${head.map((cell, i) => `<th scope="col"${numeric.has(i) ? ' class="num"' : ''}>${h(cell)}</th>`).join('')}</tr>`;
  const body = rows.map((row) => {
    const status = statusOf(row, t);
    const activities = row.activities && row.activities.length > 0 ? `<ol>${row.activities.map((a) => activityItem(a, row.source.file, t)).join('')}</ol>` : '—';
    const cells = [
      `<td>${h(row.program ?? '—')}${row.institution ? `<br><span class="note">${h(row.institution)}</span>` : ''}</td>`,
      `<td>${h(row.period)}</td>`,
      `<td class="num" data-sort="${row.number ?? -1}">${h(numberOf(row))}</td>`,
      `<td class="text">${h(row.text ?? '—')}</td>`,
      `<td class="num" data-sort="${row.progress === 'reported' && row.average !== null ? row.average : -1}">${h(averageText(row, t, lang))}</td>`,
      `<td class="status-${status.cls}">${h(status.text)}</td>`,
      `<td>${h(row.dueDate ?? '—')}</td>`,
      `<td class="num" data-sort="${row.daysOverdue ?? -1}">${row.daysOverdue === null ? '' : String(row.daysOverdue)}</td>`,
      `<td>${row.responsibleAreas.map(h).join('<br>') || '—'}</td>`,
      `<td class="acts">${activities}</td>`,
      `<td class="src">${h(sourceText(row.source.file, row.source.line, row.source.page, t, row.source.sheet))}</td>`,
    ];
    return `<tr>${cells.join('')}</tr>`;
  });
  return (
    `<section id="asms"><h2>${h(t.tableHeading)}</h2><p class="note no-print">${h(t.tableNote)}</p>` +
    `<noscript><p class="note">${h(t.noScript)}</p></noscript>` +
    `<div class="wide"><table id="asm-table" data-filter-label="${h(t.filter)}" data-shown-label="${h(t.shown)}"><thead>${headRow}</thead><tbody>\n${body.join('\n')}\n</tbody></table></div></section>`
  );
}
