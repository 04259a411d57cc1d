// The GitHub Actions job summary of `asm vigentes`, `asm validate`,
// `asm report` and `asm diff` (its Markdown view): Markdown with the counts and one table (vigentes,
// diagnostics, or periods), capped at `limit` rows and an "… and N more" line,
// in the run's language. A pure function: the CLI appends it to the file
// GITHUB_STEP_SUMMARY names (src/cli/summary.ts).
// Every value from a document is escaped (markdownTable) and its controls made visible (neutralizeData).
import type { Lang } from '../core/diagnostics.js';
import type { Report, VigentesList } from '../core/report.js';
import type { ValidationReport } from '../core/validation.js';
import type { DiffResult } from '../core/diff.js';
import { neutralizeData } from '../core/text.js';
import { CI_TEXT } from '../text/ci.js';
import { averagePercent, oneLine, progressWords, programTitle, sourceLabel } from './report/common.js';
import { markdownTable, truncate, type MarkdownValue } from './text.js';
import { renderDiffMarkdown } from './diff/markdown.js';
import { plainStyle } from './style.js';

export const SUMMARY_ROWS = 50;

export interface SummaryViews {
  vigentes: VigentesList;
  validation: ValidationReport;
  report: Report;
  diff: DiffResult;
}
export type SummaryView = keyof SummaryViews;

export function isSummaryView(view: string): view is SummaryView {
  return view === 'vigentes' || view === 'validation' || view === 'report' || view === 'diff';
}

/** The table, at most `limit` rows, then the line that says how many were left out. */
function cappedTable(head: readonly string[], rows: ReadonlyArray<ReadonlyArray<MarkdownValue>>, limit: number, lang: Lang): string {
  const table = markdownTable(head, rows.slice(0, limit));
  return rows.length > limit ? `${table}\n${CI_TEXT[lang].more(rows.length - limit)}\n` : table;
}

/** Vigentes, the most overdue first (the cap keeps the ones that matter most), then the rest in document order. */
export function vigentesSummary(list: VigentesList, lang: Lang, limit = SUMMARY_ROWS): string {
  list = neutralizeData(list);
  const words = CI_TEXT[lang];
  const parts = [`## ${words.summaryVigentesTitle}\n`, `${words.summaryAsOf}: ${list.asOf}\n`];
  const overdue = list.vigentes.filter((v) => v.overdue).length;
  const aspects = list.checked ? list.checked.reduce((sum, document) => sum + document.aspects.length, 0) : list.vigentes.length;
  const documents = list.checked ? list.checked.length : new Set(list.vigentes.map((v) => v.source.file)).size;
  parts.push(`${words.summaryVigentes(list.vigentes.length, overdue, aspects, documents)}\n`);
  if (list.vigentes.length === 0) {
    parts.push(`${words.summaryNoVigentes}\n`);
    return parts.join('\n');
  }
  const ordered = list.vigentes
    .map((vigente, index) => ({ vigente, index }))
    .sort((a, b) => (b.vigente.daysOverdue ?? -1) - (a.vigente.daysOverdue ?? -1) || a.index - b.index)
    .map(({ vigente }) => vigente);
  const rows = ordered.map((v) => [
    v.program,
    v.period,
    v.number,
    truncate(oneLine(v.text), 100),
    progressWords(v, lang),
    v.dueDate ?? '—',
    v.daysOverdue,
    { code: sourceLabel(v.source) },
  ]);
  parts.push(cappedTable(words.summaryVigentesHead, rows, limit, lang));
  return parts.join('\n');
}

/** Diagnostics of every document, errors first, each with its source line. */
export function validationSummary(report: ValidationReport, lang: Lang, limit = SUMMARY_ROWS): string {
  report = neutralizeData(report);
  const words = CI_TEXT[lang];
  const invalid = report.documents.filter((d) => !d.valid).length;
  const { documents, errors, warnings } = report.stats;
  const parts = [`## ${words.summaryValidateTitle}\n`, `${words.summaryValidation(documents, invalid, errors, warnings)}\n`];
  if (errors + warnings === 0) {
    parts.push(`${words.summaryValidationClean}\n`);
    return parts.join('\n');
  }
  const rows: MarkdownValue[][] = [];
  for (const severity of ['error', 'warning'] as const) {
    for (const document of report.documents) {
      for (const d of document.diagnostics) {
        if (d.severity !== severity) continue;
        const source = sourceLabel({ file: document.source, line: d.line, page: d.page, ...(d.sheet ? { sheet: d.sheet } : {}) });
        rows.push([words.severity[severity], { code: source }, d.aspect, d.field ?? '—', { code: d.code }, truncate(oneLine(d.message), 200)]);
      }
    }
  }
  parts.push(cappedTable(words.summaryValidationHead, rows, limit, lang));
  return parts.join('\n');
}

/** One row per program and period: counts, overdue vigentes and the average. */
export function reportSummary(report: Report, lang: Lang, limit = SUMMARY_ROWS): string {
  report = neutralizeData(report);
  const words = CI_TEXT[lang];
  const parts = [`## ${words.summaryReportTitle}\n`];
  if (report.asOf) parts.push(`${words.summaryAsOf}: ${report.asOf}\n`);
  const periods = report.programs.flatMap((program) => program.periods.map((period) => ({ program, period })));
  if (periods.length === 0) {
    parts.push(`${words.summaryReportEmpty}\n`);
    return parts.join('\n');
  }
  const aspects = periods.reduce((sum, { period }) => sum + period.aspectCount, 0);
  const vigentes = periods.reduce((sum, { period }) => sum + period.vigenteCount, 0);
  parts.push(`${words.summaryReport(report.programs.length, aspects, vigentes)}\n`);
  const rows = periods.map(({ program, period }) => [
    programTitle(program),
    program.reportMonth ?? '—',
    period.period,
    period.aspectCount,
    period.concludedCount,
    period.vigenteCount,
    period.aspects.filter((aspect) => aspect.status === 'vigente' && aspect.overdue).length,
    averagePercent(period.averageProgress),
  ]);
  parts.push(cappedTable(words.summaryReportHead, rows, limit, lang));
  return parts.join('\n');
}

/** `asm diff`: its Markdown (the two reports, one table of changes per period, the regressions counted). */
export function diffSummary(result: DiffResult, lang: Lang): string {
  return renderDiffMarkdown(neutralizeData(result), { lang, style: plainStyle });
}

export function jobSummary<V extends SummaryView>(view: V, data: SummaryViews[V], lang: Lang, limit = SUMMARY_ROWS): string {
  switch (view) {
    case 'vigentes':
      return vigentesSummary(data as VigentesList, lang, limit);
    case 'validation':
      return validationSummary(data as ValidationReport, lang, limit);
    case 'diff':
      return diffSummary(data as DiffResult, lang);
    default:
      return reportSummary(data as Report, lang, limit);
  }
}
