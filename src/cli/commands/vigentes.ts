// asm vigentes [files…]: the pending ASMs, for people and for CI. Exit 0 when
// the list is empty, 1 when it is not (unless --exit-zero), 2 for unusable
// input or usage.
import type { Command } from 'commander';
import type { Register } from '../main.js';
import { UsageError } from '../context.js';
import { t } from '../i18n.js';
import { finishInputs, loadDocumentsOrStore, stdinIsTerminal } from '../inputs.js';
import { emit, formatTellsInvalidValues, formatWantsDetails } from '../options.js';
import { isSelectionFailure, listVigentes } from '../../core/report.js';
import {
  addSelectionOptions,
  selectionErrorMessage,
  selectionFilters,
  validateSelectionOptions,
  warnInvalidValues,
  type SelectionCommandOptions,
} from './report.js';

interface VigentesCommandOptions extends SelectionCommandOptions {
  overdue?: boolean;
  exitZero?: boolean;
}

export const registerVigentes: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const command = program.command('vigentes').description(t('vigentesDescription', lang));
  addSelectionOptions(command, 'vigentes', ctx)
    .option('--overdue', t('optOverdue', lang))
    .option('--exit-zero', t('optExitZero', lang))
    .addHelpText('after', `\n${t('examples', lang)}\n${t('vigentesExamples', lang)}`)
    .action(
      run(async (files: string[], options: VigentesCommandOptions, cmd: Command) => {
        if (stdinIsTerminal(files, ctx)) {
          cmd.outputHelp({ error: true });
          return 2;
        }
        const asOf = validateSelectionOptions(options, ctx);
        const { documents, failures } = await loadDocumentsOrStore(files, options, ctx);
        const list = listVigentes(documents, {
          ...selectionFilters(options),
          asOf,
          overdueOnly: Boolean(options.overdue),
          details: formatWantsDetails('vigentes', options.format),
        });
        if (isSelectionFailure(list)) throw new UsageError(selectionErrorMessage(list.error, ctx));
        await emit('vigentes', list, options, ctx);
        if (!formatTellsInvalidValues('vigentes', options.format)) warnInvalidValues(list.invalidValueCount, ctx);
        return finishInputs(failures, list.vigentes.length > 0 && !options.exitZero ? 1 : 0, ctx);
      }),
    );
};
