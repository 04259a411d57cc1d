// asm parse <files…>: read sources, print them in a format, save them in the store.
import { Option } from 'commander';
import type { Register } from '../main.js';
import type { CliContext } from '../context.js';
import { message } from '../context.js';
import { t } from '../i18n.js';
import { finishInputs, loadInputs, stdinIsTerminal } from '../inputs.js';
import { jobsDescription, parseJobs } from '../parallel.js';
import { maxInputSizeDescription, parseSizeOption } from '../limits.js';
import { prepareSave, storeDirectory } from '../store.js';
import { writeFileAtomic } from '../files.js';
import { writeOutput } from '../output.js';
import { plainStyle } from '../../render/style.js';
import type { AsmDocument } from '../../core/schema.js';
import type { InputFormat } from '../../parse.js';
import { inertJson } from '../../core/text.js';

export interface ParseCommandOptions {
  format?: 'table' | 'json' | 'csv' | 'markdown';
  output?: string;
  bom: boolean;
  save: boolean;
  store?: string;
  inputFormat?: InputFormat;
  allowUnread?: boolean;
  keepGoing?: boolean;
}

/** Renderers load on demand: a JSON run never pays for cli-table3 or papaparse. */
export async function renderDocuments(
  documents: AsmDocument[],
  format: NonNullable<ParseCommandOptions['format']>,
  ctx: CliContext,
  styled: boolean,
): Promise<string> {
  switch (format) {
    case 'json':
      return `${inertJson(JSON.stringify(documents, null, 2))}\n`;
    case 'csv':
      return (await import('../../render/documents/csv.js')).renderCsv(documents);
    case 'markdown':
      return (await import('../../render/documents/markdown.js')).renderDocumentsMarkdown(documents, ctx.lang);
    case 'table': {
      const { renderDocumentsTable } = await import('../../render/documents/table.js');
      return renderDocumentsTable(documents, ctx.lang, styled ? ctx.style : { ...plainStyle, width: ctx.style.width });
    }
  }
}

export const registerParse: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  program
    .command('parse')
    .description(t('parseDescription', lang))
    .argument('<files...>', t('argFiles', lang))
    .addOption(new Option('-f, --format <format>', `${t('optFormat', lang)} (table on a terminal, json when piped)`).choices(['table', 'json', 'csv', 'markdown']))
    .option('-o, --output <file>', t('optOutput', lang))
    .option('--no-bom', t('optNoBom', lang))
    .option('--no-save', t('optNoSave', lang))
    .option('--store <dir>', t('optStore', lang))
    .addOption(new Option('--input-format <format>', t('optInputFormat', lang)).choices(['text', 'csv', 'pdf', 'json']))
    .option('--jobs <n>', jobsDescription(lang), parseJobs)
    .option('--max-input-size <size>', maxInputSizeDescription(lang), parseSizeOption)
    .option('--allow-unread', t('optAllowUnread', lang))
    .option('--keep-going', t('optKeepGoing', lang))
    .addHelpText(
      'after',
      `
${t('examples', lang)}
  $ asm parse informe.txt                      # table on a terminal, saved in .asm/
  $ asm parse informe.pdf --format json > informe.json
  $ asm parse reportes/ --format csv --output asm.csv
  $ cat informe.txt | asm parse - --no-save --format markdown`,
    )
    .action(
      run(async (files: string[], options: ParseCommandOptions, command) => {
        if (stdinIsTerminal(files, ctx)) {
          command.outputHelp({ error: true });
          return 2;
        }
        const { documents, failures } = await loadInputs(files, options, ctx);
        const format = options.format ?? (ctx.stdout.isTTY && !options.output ? 'table' : 'json');
        // Everything is rendered before anything is written: a failure leaves no partial output or store.
        const text = await renderDocuments(documents, format, ctx, ctx.color && !options.output);
        const directory = storeDirectory(options.store, ctx.env);
        const saves = options.save ? documents.map((document) => prepareSave(directory, document)) : [];
        writeOutput(text, options, ctx);
        // What each store file holds before a save: an earlier input of this run, or another source's document.
        const held = new Map<string, { file: string; sha256: string | null }>();
        documents.forEach((document, index) => {
          const save = saves[index];
          if (!save) return;
          writeFileAtomic(save.path, save.content);
          const before = held.get(save.path) ?? (save.replaces === null ? null : { file: save.replaces, sha256: null });
          held.set(save.path, { file: document.source.file, sha256: document.source.sha256 });
          const replaced = before && before.sha256 !== document.source.sha256 ? `, ${t('replacing', lang)} ${before.file}` : '';
          const label = [document.program.code, document.reportMonth].filter(Boolean).join(' ');
          message(ctx, `asm: ${t('saved', lang)} ${label || document.source.file} ${t('in', lang)} ${save.path}${replaced}`);
        });
        return finishInputs(failures, 0, ctx);
      }),
    );
};
