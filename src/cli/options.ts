// Options that several commands share, declared and defaulted once (the
// csv-parse way: normalise once, then trust). Each command adds the groups it
// takes; the values reach `loadInputs` and `emit` as declared here.
import { Option, type Command } from 'commander';
import type { CliContext } from './context.js';
import { message, UsageError } from './context.js';
import { t, type Lang } from './i18n.js';
import { parseJobs } from './parallel.js';
import { parseSizeOption } from './limits.js';
import { text } from '../text/index.js';
import { writeFileAtomic } from './files.js';
import { appendJobSummary } from './summary.js';
import { plainStyle } from '../render/style.js';
import { formatEntry, formatsOf, render, type ViewName, type Views } from '../render/registry.js';
import type { InputFormat } from '../parse.js';

export const INPUT_FORMATS: readonly InputFormat[] = ['text', 'csv', 'pdf', 'json', 'xlsx'];

export interface OutputCommandOptions {
  format: string;
  output?: string;
  /** false with --no-bom. */
  bom?: boolean;
}

/**
 * An option's parser whose refusal is worded in the run's language (commander
 * puts the option's name in front of it).
 */
function refusingIn<T>(parse: (value: string) => T, why: (value: string) => string): (value: string) => T {
  return (value) => {
    try {
      return parse(value);
    } catch (error) {
      if (error instanceof Error && (error as { code?: string }).code === 'commander.invalidArgument') error.message = why(value);
      throw error;
    }
  };
}

/** Where documents come from and how far asm goes with them: --store, --input-format, --jobs, --max-input-size, --ocr, --ocr-all, --allow-unread, --keep-going. */
export function addInputOptions(command: Command, lang: Lang, { allowUnread = true }: { allowUnread?: boolean } = {}): Command {
  const { value, usage } = text('cli', lang);
  command
    .option(`--store <${value.dir}>`, t('optStore', lang))
    .addOption(new Option(`--input-format <${value.format}>`, t('optInputFormat', lang)).choices(INPUT_FORMATS))
    .option(`--jobs <${value.n}>`, t('optJobs', lang), refusingIn(parseJobs, usage.jobsValue))
    .option(`--max-input-size <${value.size}>`, t('optMaxInputSize', lang), refusingIn(parseSizeOption, usage.sizeValue))
    .option('--ocr', text('ocr', lang).optOcr)
    .option('--ocr-all', text('ocr', lang).optOcrAll);
  // validate reports an unread table as an error instead of refusing the document: it has no --allow-unread.
  if (allowUnread) command.option('--allow-unread', t('optAllowUnread', lang));
  return command.option('--keep-going', t('optKeepGoing', lang));
}

/**
 * -f/--format with the view's registered formats, -o/--output and --no-bom.
 * With no `defaultFormat` the command decides (parse: table on a terminal, JSON when piped).
 */
export function addOutputOptions(command: Command, view: ViewName, lang: Lang, defaultFormat?: string): Command {
  const { value } = text('cli', lang);
  const format = new Option(`-f, --format <${value.format}>`, t(defaultFormat === undefined ? 'optFormatAuto' : 'optFormat', lang)).choices(formatsOf(view));
  if (defaultFormat !== undefined) format.default(defaultFormat);
  return command.addOption(format).option(`-o, --output <${value.file}>`, t('optOutput', lang)).option('--no-bom', t('optNoBom', lang));
}

/**
 * Renders a view and writes it: to stdout, or to --output atomically, with a
 * UTF-8 BOM for text formats (spreadsheets then show accents) unless
 * --no-bom; binary formats need --output and never get a BOM. Colour only on
 * a terminal: never in a file. In GitHub Actions (GITHUB_STEP_SUMMARY set),
 * vigentes, validate and report also append a job summary.
 */
export async function emit<V extends ViewName>(view: V, data: Views[V], options: OutputCommandOptions, ctx: CliContext): Promise<void> {
  const entry = formatEntry(view, options.format);
  if (entry.binary && !options.output) throw new UsageError(`${t('binaryNeedsOutput', ctx.lang)} (--format ${options.format} -o FILE).`);
  const style = options.output ? { ...plainStyle, width: ctx.style.width } : ctx.style;
  const output = await render(view, options.format, data, { lang: ctx.lang, style });
  if (!options.output) ctx.stdout.write(output);
  else {
    const bom = typeof output === 'string' && options.bom !== false ? '\uFEFF' : '';
    writeFileAtomic(options.output, typeof output === 'string' ? `${bom}${output}` : output);
    message(ctx, `asm: ${t('wrote', ctx.lang)} ${options.output}`);
  }
  await appendJobSummary(view, data, ctx);
}

/** Whether the rendered output says how many progress values were invalid; when not, the command says it on stderr. */
export function formatTellsInvalidValues(view: ViewName, format: string): boolean {
  return Boolean(formatEntry(view, format).tellsInvalidValues);
}

/** Whether the format shows activities and history, which core builds only when asked (`details`). */
export function formatWantsDetails(view: ViewName, format: string): boolean {
  return Boolean(formatEntry(view, format).details);
}
