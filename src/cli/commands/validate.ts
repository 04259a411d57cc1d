// asm validate [files…]: check documents and print their diagnostics as a
// table, JSON or GitHub workflow annotations. With no files, every document
// in the store. Exit 0 no errors, 1 errors (warnings too with --strict),
// 2 unusable input or usage.
import { Option, type Command } from 'commander';
import type { Register } from '../main.js';
import { UsageError } from '../context.js';
import { t } from '../i18n.js';
import { jobsDescription, parseJobs } from '../parallel.js';
import { maxInputSizeDescription, parseSizeOption } from '../limits.js';
import { finishInputs, loadDocumentsOrStore, stdinIsTerminal } from '../inputs.js';
import type { InputFormat } from '../../parse.js';
import { DIAGNOSTIC_CODES } from '../../core/diagnostics.js';
import { validateDocuments } from '../../core/validation.js';
import { renderValidationTable } from '../../render/validation/table.js';
import { renderValidationJson } from '../../render/validation/json.js';
import { renderValidationGithub } from '../../render/validation/github.js';

export interface ValidateCommandOptions {
  format: 'table' | 'json' | 'github';
  ignore?: string[];
  strict?: boolean;
  store?: string;
  inputFormat?: InputFormat;
  keepGoing?: boolean;
}

/** `--ignore a,b --ignore c` → [a, b, c]. */
function collectCodes(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((code) => code.trim()).filter(Boolean)];
}

export const registerValidate: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  program
    .command('validate')
    .description(t('validateDescription', lang))
    .argument('[files...]', t('argFilesOrStore', lang))
    .option('--ignore <codes>', t('optIgnore', lang), collectCodes)
    .addOption(new Option('-f, --format <format>', t('optFormat', lang)).choices(['table', 'json', 'github']).default('table'))
    .option('--strict', t('optStrict', lang))
    .option('--store <dir>', t('optStore', lang))
    .addOption(new Option('--input-format <format>', t('optInputFormat', lang)).choices(['text', 'csv', 'pdf', 'json']))
    .option('--jobs <n>', jobsDescription(lang), parseJobs)
    .option('--max-input-size <size>', maxInputSizeDescription(lang), parseSizeOption)
    .option('--keep-going', t('optKeepGoing', lang))
    .addHelpText('after', `\n${t('examples', lang)}\n${t('validateExamples', lang)}`)
    .action(
      run(async (files: string[], options: ValidateCommandOptions, command: Command) => {
        if (stdinIsTerminal(files, ctx)) {
          command.outputHelp({ error: true });
          return 2;
        }
        const ignore = options.ignore ?? [];
        const unknown = ignore.filter((code) => !Object.hasOwn(DIAGNOSTIC_CODES, code));
        if (unknown.length > 0) {
          throw new UsageError(
            `${t('unknownCode', lang)}: ${unknown.join(', ')} (${t('accepted', lang)}: ${Object.keys(DIAGNOSTIC_CODES).join(', ')})`,
          );
        }
        // validate reports an unread table as an error (INVALID) instead of refusing the document.
        const { documents, failures } = await loadDocumentsOrStore(files, { ...options, reportsUnread: true }, ctx);
        const report = validateDocuments(documents, { lang, ignore, strict: Boolean(options.strict) });
        switch (options.format) {
          case 'json':
            ctx.stdout.write(renderValidationJson(report));
            break;
          case 'github':
            ctx.stdout.write(renderValidationGithub(report, lang));
            break;
          case 'table':
            ctx.stdout.write(renderValidationTable(report, lang, ctx.style));
            break;
        }
        return finishInputs(failures, report.valid ? 0 : 1, ctx);
      }),
    );
};
