// asm vigentes [files…]: the pending ASMs, for people and for CI. Exit 0 when
// the list is empty, 1 when it is not (unless --exit-zero), 2 for unusable
// input or usage.
import { Command, Option } from 'commander';
import type { Register } from '../main.js';
import { UsageError } from '../context.js';
import { t } from '../i18n.js';
import { finishInputs, loadDocumentsOrStore, stdinIsTerminal } from '../inputs.js';
import { isSelectionFailure, listVigentes } from '../../core/report.js';
import {
  addSelectionOptions,
  selectionErrorMessage,
  selectionFilters,
  validateSelectionOptions,
  warnInvalidValues,
  type SelectionCommandOptions,
} from './report.js';

type VigentesFormat = 'table' | 'json' | 'csv' | 'markdown' | 'github';

interface VigentesCommandOptions extends SelectionCommandOptions {
  format: VigentesFormat;
  overdue?: boolean;
  exitZero?: boolean;
}

export const registerVigentes: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const command = program.command('vigentes').description(t('vigentesDescription', lang));
  addSelectionOptions(command, ctx)
    .option('--overdue', t('optOverdue', lang))
    .option('--exit-zero', t('optExitZero', lang))
    .addOption(
      new Option('-f, --format <format>', t('optFormat', lang)).choices(['table', 'json', 'csv', 'markdown', 'github']).default('table'),
    )
    .addHelpText(
      'after',
      lang === 'es'
        ? `
${t('examples', lang)}
  $ asm vigentes                               # ASM pendientes del almacén; sale con 1 si hay alguno
  $ asm vigentes informe.txt --period 2014-2015
  $ asm vigentes --overdue --as-of 2015-10-15  # solo los atrasados a esa fecha
  $ asm vigentes --format github               # anotaciones ::warning en GitHub Actions
  $ asm vigentes --format csv --exit-zero > vigentes.csv

Códigos de salida: 0 sin vigentes, 1 hay vigentes, 2 entrada inutilizable o uso incorrecto.`
        : `
${t('examples', lang)}
  $ asm vigentes                               # pending ASMs in the store; exit 1 if any
  $ asm vigentes report.txt --period 2014-2015
  $ asm vigentes --overdue --as-of 2015-10-15  # only those overdue on that date
  $ asm vigentes --format github               # ::warning annotations in GitHub Actions
  $ asm vigentes --format csv --exit-zero > vigentes.csv

Exit codes: 0 no vigentes, 1 vigentes listed, 2 unusable input or usage.`,
    )
    .action(
      run(async (files: string[], options: VigentesCommandOptions, cmd: Command) => {
        if (stdinIsTerminal(files, ctx)) {
          cmd.outputHelp({ error: true });
          return 2;
        }
        const asOf = validateSelectionOptions(options, ctx);
        const { documents, failures } = await loadDocumentsOrStore(files, options, ctx);
        const list = listVigentes(documents, { ...selectionFilters(options), asOf, overdueOnly: Boolean(options.overdue) });
        if (isSelectionFailure(list)) throw new UsageError(selectionErrorMessage(list.error, ctx));
        // Renderers load on demand (start-up budget): JSON never pays for papaparse.
        switch (options.format) {
          case 'json':
            ctx.stdout.write((await import('../../render/vigentes/json.js')).renderVigentesJson(list));
            break;
          case 'csv':
            ctx.stdout.write((await import('../../render/vigentes/csv.js')).renderVigentesCsv(list));
            break;
          case 'markdown':
            ctx.stdout.write((await import('../../render/vigentes/markdown.js')).renderVigentesMarkdown(list, lang));
            break;
          case 'github':
            ctx.stdout.write((await import('../../render/vigentes/github.js')).renderVigentesGithub(list, lang));
            break;
          case 'table':
            ctx.stdout.write((await import('../../render/vigentes/table.js')).renderVigentesTable(list, lang, ctx.style));
            break;
        }
        if (options.format === 'json' || options.format === 'csv' || options.format === 'github') warnInvalidValues(list.invalidValueCount, ctx);
        return finishInputs(failures, list.vigentes.length > 0 && !options.exitZero ? 1 : 0, ctx);
      }),
    );
};
