// asm report [files…]: per program and period, counts, concluded/vigentes,
// average progress and a breakdown by responsible area. Shared option
// handling for `asm vigentes` lives here too.
import type { Command } from 'commander';
import type { Register } from '../main.js';
import type { CliContext } from '../context.js';
import { message, UsageError } from '../context.js';
import { invalidSummary } from '../../render/report/common.js';
import { t } from '../i18n.js';
import { text } from '../../text/index.js';
import { HTML_TEXT } from '../../text/html.js';
import { finishInputs, loadDocumentsOrStore, stdinIsTerminal, type InputOptions } from '../inputs.js';
import { addInputOptions, addOutputOptions, emit, formatTellsInvalidValues, formatWantsDetails, type OutputCommandOptions } from '../options.js';
import { fill } from '../../text/diff.js';
import { formatsOf } from '../../render/registry.js';
import {
  availablePeriods,
  selectDocuments,
  buildReport,
  isIsoDate,
  isSelectionFailure,
  localIsoDate,
  PERIOD_PATTERN,
  REPORT_MONTH_PATTERN,
  type SelectionError,
} from '../../core/report.js';

export interface SelectionCommandOptions extends InputOptions, OutputCommandOptions {
  period?: string;
  report?: string;
  program?: string;
  institution?: string;
  area?: string;
  asOf?: string;
}

/** The options `asm report` and `asm vigentes` share: the selection, the inputs, the output. */
export function addSelectionOptions(command: Command, view: 'report' | 'vigentes', ctx: CliContext): Command {
  const lang = ctx.lang;
  const { value } = text('cli', lang);
  command
    .argument(`[${value.files}...]`, t('argFilesOrStore', lang))
    .option(`--period <${value.period}>`, t('optPeriod', lang))
    .option(`--report <${value.month}>`, t('optReport', lang))
    .option(`--program <${value.code}>`, t('optProgramFilter', lang))
    .option(`--institution <${value.text}>`, t('optInstitutionFilter', lang))
    .option(`--area <${value.text}>`, t('optAreaFilter', lang))
    .option(`--as-of <${value.date}>`, t('optAsOf', lang));
  addOutputOptions(command, view, lang, 'table');
  return addInputOptions(command, lang);
}

/** Checks the forms of --period, --report and --as-of; returns the as-of date (today's local date by default). */
export function validateSelectionOptions(options: SelectionCommandOptions, ctx: CliContext, now: Date = new Date()): string {
  const lang = ctx.lang;
  const bad = (flag: string, value: string, form: 'formPeriod' | 'formReport' | 'formDate'): UsageError =>
    new UsageError(`${t('invalidChoice', lang)} ${flag}: "${value}"; ${t(form, lang)}.`);
  if (options.period !== undefined && !PERIOD_PATTERN.test(options.period)) throw bad('--period', options.period, 'formPeriod');
  if (options.report !== undefined && !REPORT_MONTH_PATTERN.test(options.report)) throw bad('--report', options.report, 'formReport');
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) throw bad('--as-of', options.asOf, 'formDate');
  return options.asOf ?? localIsoDate(now);
}

export function selectionErrorMessage(error: SelectionError, ctx: CliContext): string {
  const lang = ctx.lang;
  const list = (items: readonly string[]): string => (items.length > 0 ? items.join(', ') : t('noneFound', lang));
  switch (error.code) {
    case 'unknown-period':
      return `${t('unknownPeriod', lang)} ${error.period}; ${t('periodsFound', lang)}: ${list(error.available)}.`;
    case 'unknown-report':
      return `${t('unknownReport', lang)} ${error.report}; ${t('reportsFound', lang)}: ${list(error.available)}.`;
    case 'no-program': {
      const filters = [error.program ? `--program ${error.program}` : null, error.institution ? `--institution "${error.institution}"` : null];
      return `${t('noProgramMatch', lang)} ${filters.filter(Boolean).join(' ')}; ${t('programsFound', lang)}: ${list(error.available)}.`;
    }
  }
}

/** Invalid progress values are not counted: say so on stderr where the output cannot (JSON, CSV, annotations). */
export function warnInvalidValues(count: number, ctx: CliContext): void {
  const summary = invalidSummary(count, ctx.lang);
  if (summary) message(ctx, `asm: ${t('warning', ctx.lang)}: ${summary}`);
}

export function selectionFilters(options: SelectionCommandOptions): { period?: string; report?: string; program?: string; institution?: string; area?: string } {
  const out: { period?: string; report?: string; program?: string; institution?: string; area?: string } = {};
  for (const key of ['period', 'report', 'program', 'institution', 'area'] as const) {
    if (options[key] !== undefined) out[key] = options[key];
  }
  return out;
}

export const registerReport: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const command = program.command('report').description(t('reportDescription', lang));
  addSelectionOptions(command, 'report', ctx)
    .option('--history', fill(lang, 'optHistory'))
    .addHelpText('after', `\n${t('examples', lang)}\n${t('reportExamples', lang)}\n${HTML_TEXT[lang].helpExample}`)
    .action(
      run(async (files: string[], options: SelectionCommandOptions & { history?: boolean }, cmd: Command) => {
        if (stdinIsTerminal(files, ctx)) {
          cmd.outputHelp({ error: true });
          return 2;
        }
        const asOf = validateSelectionOptions(options, ctx);
        if (options.history && options.report !== undefined) throw new UsageError(`${fill(lang, 'historyReportMonth')}.`);
        const { documents, failures } = await loadDocumentsOrStore(files, options, ctx);
        if (options.history) {
          if (options.area !== undefined) throw new UsageError(`${fill(lang, 'historyArea')}.`);
          if (!formatsOf('history').includes(options.format)) throw new UsageError(`${fill(lang, 'historyFormat', { format: options.format, formats: formatsOf('history').join(', ') })}.`);
          const { report: _month, area: _area, ...filters } = selectionFilters(options);
          // Unknown program, institution or period: the same sentence and exit 2 as a plain report.
          const selection = selectDocuments(documents, filters);
          if (isSelectionFailure(selection)) throw new UsageError(selectionErrorMessage(selection.error, ctx));
          const periods = availablePeriods(documents.filter((d) => selection.documents.some((s) => s.program.code === d.program.code && s.institution === d.institution)));
          if (filters.period !== undefined && !periods.includes(filters.period)) {
            throw new UsageError(selectionErrorMessage({ code: 'unknown-period', period: filters.period, available: periods }, ctx));
          }
          // Loaded only for --history: a plain report does not pay for the diff code.
          const { buildHistory } = await import('../../core/diff.js');
          await emit('history', buildHistory(documents, filters), options, ctx);
          return finishInputs(failures, 0, ctx);
        }
        const report = buildReport(documents, { ...selectionFilters(options), asOf, details: formatWantsDetails('report', options.format) });
        if (isSelectionFailure(report)) throw new UsageError(selectionErrorMessage(report.error, ctx));
        await emit('report', report, options, ctx);
        if (!formatTellsInvalidValues('report', options.format)) warnInvalidValues(report.invalidValueCount, ctx);
        return finishInputs(failures, 0, ctx);
      }),
    );
};
