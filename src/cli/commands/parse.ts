// asm parse <files…>: read sources, print them in a format, save them in the store.
import type { Register } from '../main.js';
import { message } from '../context.js';
import { t } from '../i18n.js';
import { text } from '../../text/index.js';
import { finishInputs, loadInputs, stdinIsTerminal, type InputOptions } from '../inputs.js';
import { prepareSave, storeDirectory } from '../store.js';
import { writeFileAtomic } from '../files.js';
import { addInputOptions, addOutputOptions, emit, type OutputCommandOptions } from '../options.js';

export interface ParseCommandOptions extends InputOptions, Partial<OutputCommandOptions> {
  save: boolean;
}

export const registerParse: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const command = program.command('parse').description(t('parseDescription', lang)).argument(`<${text('cli', lang).value.files}...>`, t('argFiles', lang));
  addOutputOptions(command, 'documents', lang);
  command.option('--no-save', t('optNoSave', lang));
  addInputOptions(command, lang)
    .addHelpText('after', `\n${t('examples', lang)}\n${t('parseExamples', lang)}`)
    .action(
      run(async (files: string[], options: ParseCommandOptions, cmd) => {
        if (stdinIsTerminal(files, ctx)) {
          cmd.outputHelp({ error: true });
          return 2;
        }
        const { documents, failures } = await loadInputs(files, options, ctx);
        // Table on a terminal, JSON when piped or written to a file.
        const format = options.format ?? (ctx.stdout.isTTY && !options.output ? 'table' : 'json');
        // The store writes are prepared (and refused) before any output, and made after it: a failure leaves no partial output or store.
        const directory = storeDirectory(options.store, ctx.env);
        const saves = options.save ? documents.map((document) => prepareSave(directory, document)) : [];
        await emit('documents', documents, { ...options, format }, ctx);
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
