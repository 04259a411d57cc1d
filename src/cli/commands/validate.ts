// asm validate [files…]: check documents and print their diagnostics as a
// table, JSON or GitHub workflow annotations. With no files, every document
// in the store. Exit 0 no errors, 1 errors (warnings too with --strict),
// 2 unusable input or usage.
import type { Command } from 'commander';
import type { Register } from '../main.js';
import { UsageError } from '../context.js';
import { t } from '../i18n.js';
import { text } from '../../text/index.js';
import { finishInputs, loadDocumentsOrStore, stdinIsTerminal, type InputOptions } from '../inputs.js';
import { addInputOptions, addOutputOptions, emit, type OutputCommandOptions } from '../options.js';
import { DIAGNOSTIC_CODES } from '../../core/diagnostics.js';
import { validateDocuments } from '../../core/validation.js';

export interface ValidateCommandOptions extends InputOptions, OutputCommandOptions {
  ignore?: string[];
  strict?: boolean;
}

/** `--ignore a,b --ignore c` → [a, b, c]. */
function collectCodes(value: string, previous: string[] = []): string[] {
  return [...previous, ...value.split(',').map((code) => code.trim()).filter(Boolean)];
}

export const registerValidate: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const command = program
    .command('validate')
    .description(t('validateDescription', lang))
    .argument(`[${text('cli', lang).value.files}...]`, t('argFilesOrStore', lang))
    .option(`--ignore <${text('cli', lang).value.codes}>`, t('optIgnore', lang), collectCodes)
    .option('--strict', t('optStrict', lang));
  addOutputOptions(command, 'validation', lang, 'table');
  addInputOptions(command, lang, { allowUnread: false })
    .addHelpText('after', `\n${t('examples', lang)}\n${t('validateExamples', lang)}`)
    .action(
      run(async (files: string[], options: ValidateCommandOptions, cmd: Command) => {
        if (stdinIsTerminal(files, ctx)) {
          cmd.outputHelp({ error: true });
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
        await emit('validation', report, options, ctx);
        return finishInputs(failures, report.valid ? 0 : 1, ctx);
      }),
    );
};
