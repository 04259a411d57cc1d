// HTML of `asm report`: one self-contained page an evaluation unit can
// publish (issue 15). Header facts, a summary per program and period, the
// progress of each ASM, vigentes and overdue by area, the average across
// report months when there are several, and every ASM with its activities.
import type { RenderEnv } from '../registry.js';
import type { Report } from '../../core/report.js';
import { neutralizeData } from '../../core/text.js';
import { averagePercent, percent, programTitle } from '../report/common.js';
import { progressChart, timelineChart } from './charts.js';
import { areaSection, asmTable, averageText, barOf, chartBlock, facts, numberOf, numbersTable, statusOf, textOf, unique, type AsmRow } from './common.js';
import { escapeHtml as h, page } from './page.js';

export function renderReportHtml(input: Report, { lang }: RenderEnv): string {
  const report = neutralizeData(input);
  const t = textOf(lang);
  let chartId = 0;
  const nextId = (): string => `chart-${++chartId}`;
  const parts: string[] = [`<header><h1>${h(t.reportTitle)}</h1>`];
  parts.push(
    facts([
      [t.institutions, unique(report.programs.map((p) => p.institution))],
      [t.programs, unique(report.programs.map((p) => programTitle(p)))],
      [t.reportMonths, unique(report.programs.map((p) => p.reportMonth)).sort()],
      [t.asOf, [report.asOf ?? t.noAsOf]],
    ]),
  );
  parts.push(`<p class="note">${h(t.generated)}</p>`);
  if (report.invalidValueCount > 0) parts.push(`<p class="status-overdue">${h(t.invalidSummary(report.invalidValueCount))}</p>`);
  parts.push('</header><main>');
  if (report.programs.length === 0) {
    parts.push(`<p>${h(t.nothing)}</p></main>`);
    return page(lang, t.reportTitle, parts.join('\n'), { script: false });
  }

  // The rows of each period, made once (looking them up per chart was quadratic in the ASMs).
  const periodRows = new Map(
    report.programs.flatMap((program) =>
      program.periods.map((period): [object, AsmRow[]] => [
        period,
        period.aspects.map((aspect) => ({ ...aspect, program: program.program, institution: program.institution, period: period.period })),
      ]),
    ),
  );
  const rows: AsmRow[] = [...periodRows.values()].flat();

  // Summary per program and period.
  parts.push(`<section id="summary"><h2>${h(t.summaryHeading)}</h2>`);
  parts.push(
    numbersTable(
      t.summaryHeading,
      [t.program, t.institution, t.reportMonth, t.period, t.asms, t.concluded, t.vigentes, t.overdue, t.average, t.averagedOver, t.notReported, t.invalid],
      report.programs.flatMap((program) =>
        program.periods.map((period) => [
          { html: `${h(program.program ?? '—')}${program.programName ? `<br><span class="note">${h(program.programName)}</span>` : ''}` },
          { html: h(program.institution ?? '—') },
          { html: h(program.reportMonth ?? '—') },
          { html: h(period.period) },
          { html: String(period.aspectCount), num: true },
          { html: String(period.concludedCount), num: true },
          { html: String(period.vigenteCount), num: true },
          { html: String(period.aspects.filter((a) => a.overdue).length), num: true },
          { html: h(averagePercent(period.averageProgress)), num: true },
          { html: h(t.ofAsms(period.averagedCount, period.aspectCount)), num: true },
          { html: String(period.notReportedCount), num: true },
          { html: String(period.invalidCount), num: true },
        ]),
      ),
      'numbers summary-table',
    ),
  );
  for (const program of report.programs) {
    for (const period of program.periods) {
      if (period.aspectCount === 0 && period.statement) parts.push(`<p><strong>${h(`${programTitle(program)} · ${period.period}`)}:</strong> ${h(period.statement)}</p>`);
    }
  }
  parts.push('</section>');

  // Progress per ASM, one chart per program and period.
  parts.push(`<section id="progress"><h2>${h(t.progressHeading)}</h2>`);
  for (const program of report.programs) {
    for (const period of program.periods) {
      if (period.aspects.length === 0) continue;
      const caption = `${program.program ?? programTitle(program)}${program.institution ? ` (${program.institution})` : ''} · ${t.period} ${period.period}`;
      const ownRows = periodRows.get(period)!;
      const bars = ownRows.map((row) => barOf(row, `${t.asm} ${numberOf(row)}`, t));
      const svg = progressChart(nextId(), `${t.progressHeading}: ${caption}`, t.progressDesc(bars.length), bars);
      const table = numbersTable(
        caption,
        [t.number, t.average, t.status],
        ownRows.map((row) => [{ html: h(numberOf(row)) }, { html: h(averageText(row, t, lang)), num: true }, { html: h(statusOf(row, t).text) }]),
        'numbers progress-table',
      );
      parts.push(`<h3>${h(caption)}</h3>${chartBlock(caption, svg, table)}`);
    }
  }
  parts.push('</section>');

  parts.push(areaSection(rows, t, nextId()));

  // The average across report months, when a program has several.
  const history = report.history ?? [];
  const months = unique(history.flatMap((p) => p.points.map((point) => point.reportMonth))).sort();
  if (months.length > 1 && history.some((p) => p.points.length > 1)) {
    const series = history.map((p) => ({
      label: [p.program ?? '—', p.institution ? `(${p.institution})` : null].filter(Boolean).join(' '),
      points: p.points.filter((point) => point.reportMonth !== null).map((point) => ({ month: point.reportMonth!, value: point.averageProgress })),
    }));
    const svg = timelineChart(nextId(), t.timelineHeading, t.timelineDesc(series.length, months.length), months, series);
    const table = numbersTable(
      t.timelineHeading,
      [t.program, ...months],
      series.map((s) => [
        { html: h(s.label) },
        ...months.map((month) => {
          const point = s.points.find((p) => p.month === month);
          return { html: point ? h(percent(point.value === null ? null : Math.round(point.value * 100) / 100)) : '', num: true };
        }),
      ]),
      'numbers timeline-table',
    );
    parts.push(`<section id="timeline"><h2>${h(t.timelineHeading)}</h2>${chartBlock(t.timelineHeading, svg, table)}</section>`);
  }

  parts.push(asmTable(rows, t, lang));
  parts.push('</main>');
  return page(lang, t.reportTitle, parts.join('\n'));
}
