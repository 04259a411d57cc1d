// asm report [files…]: per program and period, counts, concluded/vigentes,
// average progress and a breakdown by responsible area. Shared option
// handling for `asm vigentes` lives here too.
import { Command, Option } from 'commander';
import type { Register } from '../main.js';
import type { CliContext } from '../context.js';
import { message, UsageError } from '../context.js';
import { invalidSummary } from '../../render/report/common.js';
import { t } from '../i18n.js';
import { jobsDescription, parseJobs } from '../parallel.js';
import { finishInputs, loadDocumentsOrStore, stdinIsTerminal } from '../inputs.js';
import { maxInputSizeDescription, parseSizeOption } from '../limits.js';
import type { InputFormat } from '../../parse.js';
import {
  buildReport,
  isIsoDate,
  isSelectionFailure,
  localIsoDate,
  PERIOD_PATTERN,
  REPORT_MONTH_PATTERN,
  type SelectionError,
} from '../../core/report.js';

export interface SelectionCommandOptions {
  period?: string;
  report?: string;
  program?: string;
  institution?: string;
  area?: string;
  asOf?: string;
  store?: string;
  inputFormat?: InputFormat;
  allowUnread?: boolean;
  keepGoing?: boolean;
}

/** The options `asm report` and `asm vigentes` share. */
export function addSelectionOptions(command: Command, ctx: CliContext): Command {
  const lang = ctx.lang;
  return command
    .argument('[files...]', t('argFilesOrStore', lang))
    .option('--period <YYYY-YYYY>', t('optPeriod', lang))
    .option('--report <YYYY-MM>', t('optReport', lang))
    .option('--program <CODE>', t('optProgramFilter', lang))
    .option('--institution <TEXT>', t('optInstitutionFilter', lang))
    .option('--area <TEXT>', t('optAreaFilter', lang))
    .option('--as-of <YYYY-MM-DD>', t('optAsOf', lang))
    .option('--store <dir>', t('optStore', lang))
    .addOption(new Option('--input-format <format>', t('optInputFormat', lang)).choices(['text', 'csv', 'pdf', 'json']))
    .option('--jobs <n>', jobsDescription(lang), parseJobs)
    .option('--max-input-size <size>', maxInputSizeDescription(lang), parseSizeOption)
    .option('--allow-unread', t('optAllowUnread', lang))
    .option('--keep-going', t('optKeepGoing', lang));
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

type ReportFormat = 'table' | 'json' | 'csv' | 'markdown';

export const registerReport: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const command = program.command('report').description(t('reportDescription', lang));
  addSelectionOptions(command, ctx)
    .addOption(new Option('-f, --format <format>', t('optFormat', lang)).choices(['table', 'json', 'csv', 'markdown']).default('table'))
    .addHelpText(
      'after',
      lang === 'es'
        ? `
${t('examples', lang)}
  $ asm parse informe-e006.txt                 # guarda el documento en .asm/
  $ asm report                                 # todos los programas del almacén
  $ asm report --period 2014-2015              # solo un periodo
  $ asm report reportes/ --program E006 --format markdown > resumen.md
  $ asm report --report 2015-03 --format json  # el reporte de marzo en lugar del más reciente
  $ asm report --area "cobranza" --format csv > por-area.csv`
        : `
${t('examples', lang)}
  $ asm parse report-e006.txt                  # saves the document in .asm/
  $ asm report                                 # every program in the store
  $ asm report --period 2014-2015              # one period only
  $ asm report reports/ --program E006 --format markdown > summary.md
  $ asm report --report 2015-03 --format json  # the March report instead of the newest
  $ asm report --area "cobranza" --format csv > by-area.csv`,
    )
    .action(
      run(async (files: string[], options: SelectionCommandOptions & { format: ReportFormat }, cmd: Command) => {
        if (stdinIsTerminal(files, ctx)) {
          cmd.outputHelp({ error: true });
          return 2;
        }
        const asOf = validateSelectionOptions(options, ctx);
        const { documents, failures } = await loadDocumentsOrStore(files, options, ctx);
        const report = buildReport(documents, { ...selectionFilters(options), asOf });
        if (isSelectionFailure(report)) throw new UsageError(selectionErrorMessage(report.error, ctx));
        // Renderers load on demand (start-up budget): JSON never pays for papaparse.
        switch (options.format) {
          case 'json':
            ctx.stdout.write((await import('../../render/report/json.js')).renderReportJson(report));
            break;
          case 'csv':
            ctx.stdout.write((await import('../../render/report/csv.js')).renderReportCsv(report));
            break;
          case 'markdown':
            ctx.stdout.write((await import('../../render/report/markdown.js')).renderReportMarkdown(report, lang));
            break;
          case 'table':
            ctx.stdout.write((await import('../../render/report/table.js')).renderReportTable(report, lang, ctx.style));
            break;
        }
        // The table and Markdown say it themselves; JSON and CSV readers learn it here.
        if (options.format === 'json' || options.format === 'csv') warnInvalidValues(report.invalidValueCount, ctx);
        return finishInputs(failures, 0, ctx);
      }),
    );
};
