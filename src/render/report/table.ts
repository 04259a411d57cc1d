// Terminal view of `asm report`: per program and period a summary line, one
// row per ASM with its progress bar (coloured by status), due date and days
// overdue, and the breakdown by responsible area. Fits `style.width` columns
// (80 at least), colour only through Style.
import type { RenderEnv } from '../registry.js';
import type { Lang } from '../../core/diagnostics.js';
import type { PeriodSummary, Report } from '../../core/report.js';
import type { Style } from '../style.js';
import { truncate, wrap } from '../text.js';
import { asmHeaderRow, asmRows, asmTextWidth, average2, averagePercent, GAP, invalidSummary, pad, padStart, programTitle } from './common.js';
import { neutralizeData } from '../../core/text.js';
import { pushAll } from '../../core/arrays.js';
import { text } from '../../text/index.js';



function periodLines(period: PeriodSummary, lang: Lang, style: Style, width: number): string[] {
  const l = text('report', lang).table;
  const out: string[] = [];
  const heading = style.bold(`${l.period} ${period.period}`);
  if (period.aspectCount === 0) {
    out.push(`${heading} · ${l.none}`);
    if (period.statement) pushAll(out, wrap(period.statement, width - 3).map((line) => `  ${style.dim(line)}`));
    return out;
  }
  out.push(
    `${heading} · ${l.asms(period.aspectCount)} · ${period.concludedCount} ${l.concluded(period.concludedCount)} · ` +
      `${period.vigenteCount} ${l.vigentes(period.vigenteCount)} · ${l.average} ${averagePercent(period.averageProgress)}`,
  );
  // The average covers fewer ASMs than the period has: say how many, and why the rest are left out.
  if (period.averagedCount < period.aspectCount) {
    const why = [period.notReportedCount > 0 ? l.unknown(period.notReportedCount) : null, period.invalidCount > 0 ? l.invalid(period.invalidCount) : null];
    out.push(style.red(truncate(`  ${l.average} ${[l.over(period.averagedCount, period.aspectCount), ...why].filter(Boolean).join(' · ')}`, width - 1)));
  }
  if (period.vigenteCount === 0 && period.statement) pushAll(out, wrap(period.statement, width - 3).map((line) => `  ${style.dim(line)}`));
  const textWidth = asmTextWidth(width);
  out.push(style.dim(asmHeaderRow(l.head, textWidth)));
  for (const aspect of period.aspects) {
    const number = aspect.numberText ?? (aspect.number === null ? '—' : String(aspect.number));
    pushAll(out, asmRows({ ...aspect, number }, textWidth, style, lang, l.days));
  }
  const areaWidth = Math.max(12, width - 1 - (2 + 2 + 5 + 2 + 8 + 2 + 8));
  const [aArea, aCount, aVig, aAvg] = l.areaHead;
  out.push(style.dim(`  ${pad(aArea, areaWidth)}${GAP}${padStart(aCount, 5)}${GAP}${padStart(aVig, 8)}${GAP}${padStart(aAvg, 8)}`));
  for (const area of period.byArea) {
    const name = pad(truncate(area.area ?? l.noArea, areaWidth), areaWidth);
    out.push(
      `  ${name}${GAP}${padStart(String(area.aspectCount), 5)}${GAP}${padStart(String(area.vigenteCount), 8)}${GAP}${padStart(average2(area.averageProgress), 8)}`,
    );
  }
  return out;
}

// Controls and bidi controls in the data are made visible before anything reaches a terminal.
export function renderReportTable(report: Report, { lang, style }: RenderEnv): string {
  report = neutralizeData(report);
  const l = text('report', lang).table;
  const width = Math.max(60, style.width);
  if (report.programs.length === 0) return `${l.empty}\n`;
  const out: string[] = [];
  for (const program of report.programs) {
    out.push(style.bold(truncate(programTitle(program), width - 1)));
    const facts = [program.institution, program.reportMonth ? `${l.month} ${program.reportMonth}` : null, report.asOf ? `${l.asOf} ${report.asOf}` : null];
    out.push(truncate(facts.filter(Boolean).join(' · '), width - 1));
    for (const period of program.periods) {
      out.push('');
      pushAll(out, periodLines(period, lang, style, width));
    }
    out.push('');
  }
  const invalid = invalidSummary(report.invalidValueCount, lang);
  if (invalid) out.push(style.red(invalid), '');
  return `${out.join('\n')}`;
}
