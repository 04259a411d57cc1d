// Pieces shared by the report and vigentes renderers: progress bars, status
// colours, padding and wrapping for fixed-width terminal layouts.
import type { Style } from '../style.js';
import { formatNumber, truncate } from '../text.js';
import type { AspectSourceRef, InvalidValue, ProgressState } from '../../core/report.js';
import type { Lang } from '../../core/diagnostics.js';
import { text as catalogueText } from '../../text/index.js';

export const BAR_CELLS = 10;

/** `█████░░░░░ 50%` (plain text; colour it with statusColor). */
export function progressBar(average: number | null, cells = BAR_CELLS): string {
  const value = average === null ? 0 : Math.max(0, Math.min(100, average));
  const filled = average === null ? 0 : Math.round((value / 100) * cells);
  return `${'█'.repeat(filled)}${'░'.repeat(cells - filled)} ${percent(average).padStart(4)}`;
}

/** `35%`, `79.38%`, `—`. */
export const percent = (value: number | null): string => formatNumber(value, { unit: '%' });

/** Period averages: always two decimals. */
export const average2 = (value: number | null): string => formatNumber(value, { fixed: true });

/** A period average with its sign: `79.38%`, or `—` when no ASM has a figure. */
export const averagePercent = (value: number | null): string => formatNumber(value, { fixed: true, unit: '%' });

/** Green when concluded, red when overdue, invalid or without any progress figure, yellow otherwise. */
export function statusColor(style: Style, aspect: { average: number | null; overdue: boolean; progress: ProgressState }): (text: string) => string {
  if (aspect.progress !== 'reported' || aspect.overdue) return style.red;
  if (aspect.average !== null && aspect.average >= 100) return style.green;
  return style.yellow;
}

// What a report says instead of a figure it cannot count (issue 11: an invalid 120 % is not "concluded").

interface ProgressValues {
  average: number | null;
  progress: ProgressState;
  invalidValues: readonly InvalidValue[];
}

/** The progress of an ASM in words: `35%`, `no progress reported`, `invalid: Promedio "120%" outside 0–100`. */
export function progressWords(values: ProgressValues, lang: Lang): string {
  const words = catalogueText('report', lang).words;
  if (values.progress === 'not-reported') return words.notReported;
  if (values.progress === 'invalid') return `${words.invalid}: ${invalidValuesText(values.invalidValues, lang)}`;
  return percent(values.average);
}

/** `Promedio "120%" outside 0–100; activity 2 "abc" not a number`. */
export function invalidValuesText(invalid: readonly InvalidValue[], lang: Lang): string {
  const words = catalogueText('report', lang).words;
  return invalid
    .map((value) => `${value.activity === null ? words.average : words.activity(value.activity)} "${truncate(oneLine(value.value), 20)}" ${words.reasons[value.code]}`)
    .join('; ');
}

/** The closing line of a report or list with invalid values, or null. */
export function invalidSummary(count: number, lang: Lang): string | null {
  return count > 0 ? catalogueText('report', lang).words.summary(count) : null;
}

export function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

export function padStart(text: string, width: number): string {
  return text.length >= width ? text : ' '.repeat(width - text.length) + text;
}

/** One line for a table cell: spacing collapsed. */
export function oneLine(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

export function sourceLabel(source: AspectSourceRef): string {
  if (source.line !== null) return `${source.file}:${source.sheet !== undefined ? `${source.sheet}!` : ''}${source.line}`;
  if (source.page !== null) return `${source.file}#page=${source.page}`;
  return source.file;
}

export function programTitle(program: { program: string | null; programName: string | null }): string {
  return [program.program, program.programName].filter(Boolean).join(' ') || '—';
}

// The ASM row shared by the report and vigentes tables: No. · text · bar · due date · days overdue.
const NUMBER = 4;
const BAR = 15;
const DUE = 10;
const LATE = 7;
export const GAP = '  ';
export const ROW_INDENT = ' '.repeat(2 + NUMBER + 2);

/** Width left for the ASM text in a row of `width` columns. */
export function asmTextWidth(width: number): number {
  return Math.max(12, width - 1 - (2 + NUMBER + 2 + 2 + BAR + 2 + DUE + 2 + LATE));
}

export function asmHeaderRow(head: readonly string[], textWidth: number): string {
  const [no = '', asm = '', bar = '', due = '', late = ''] = head;
  return `  ${padStart(no, NUMBER)}${GAP}${pad(asm, textWidth)}${GAP}${pad(bar, BAR)}${GAP}${pad(due, DUE)}${GAP}${padStart(late, LATE)}`.trimEnd();
}

export interface AsmRowValues extends ProgressValues {
  number: string;
  text: string | null;
  overdue: boolean;
  dueDate: string | null;
  daysOverdue: number | null;
}

/** One ASM row; an ASM without a countable figure shows why instead of a bar, and its invalid values on the next line. */
export function asmRows(values: AsmRowValues, textWidth: number, style: Style, lang: Lang, days: string): string[] {
  const number = padStart(truncate(values.number, NUMBER), NUMBER);
  const text = pad(truncate(oneLine(values.text) || '—', textWidth), textWidth);
  const shown = values.progress === 'reported' ? progressBar(values.average) : pad(catalogueText('report', lang).words.short[values.progress], BAR);
  const bar = statusColor(style, values)(shown);
  const due = pad(values.dueDate ?? '—', DUE);
  const late = values.daysOverdue !== null ? style.red(padStart(`${values.daysOverdue} ${days}`, LATE)) : '';
  const rows = [`  ${number}${GAP}${text}${GAP}${bar}${GAP}${due}${GAP}${late}`.trimEnd()];
  if (values.progress === 'invalid') {
    const width = textWidth + 2 + BAR + 2 + DUE + 2 + LATE;
    rows.push(`${ROW_INDENT}${style.red(truncate(`! ${catalogueText('report', lang).words.invalid}: ${invalidValuesText(values.invalidValues, lang)}`, width))}`);
  }
  return rows;
}
