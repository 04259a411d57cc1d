// asm store / asm store remove: what the workspace store holds.
import type { Register } from '../main.js';
import { message, UsageError } from '../context.js';
import { t } from '../i18n.js';
import { text } from '../../text/index.js';
import { listStore, matchStore, removeEntries, storeDirectory, type StoreEntry } from '../store.js';
import { summarizeStore } from '../../core/store-listing.js';
import { addOutputOptions, emit, type OutputCommandOptions } from '../options.js';

export const registerStore: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const { value } = text('cli', lang);
  const store = program
    .command('store')
    .description(t('storeDescription', lang))
    .option(`--store <${value.dir}>`, t('optStore', lang));
  addOutputOptions(store, 'store', lang, 'table')
    .addHelpText('after', `\n${t('examples', lang)}\n${t('storeExamples', lang)}`)
    .action(
      run(async (options: OutputCommandOptions & { store?: string }) => {
        const entries = summarizeStore(listStore(storeDirectory(options.store, ctx.env)));
        if (entries.length === 0) message(ctx, t('storeEmpty', lang));
        await emit('store', entries, options, ctx);
        return 0;
      }),
    );
  store
    .command('remove')
    .description(t('storeRemoveDescription', lang))
    .argument(`<${value.selectors}...>`, t('argSelectors', lang))
    .option(`--store <${value.dir}>`, t('optStore', lang))
    .action(
      run(async (selectors: string[], options: { store?: string }, command) => {
        const directory = storeDirectory(options.store ?? command.parent?.opts().store, ctx.env);
        const entries = listStore(directory);
        // Every selector is resolved before anything is deleted: one ambiguous or unmatched selector removes nothing.
        const chosen = new Map<string, StoreEntry>();
        const unmatched: string[] = [];
        for (const selector of selectors) {
          const match = matchStore(entries, selector);
          if (match.kind === 'ambiguous') throw new UsageError(`${t('ambiguousSelector', lang)} "${selector}": ${match.candidates.join(', ')}`);
          if (match.kind === 'none') unmatched.push(selector);
          else for (const entry of match.entries) chosen.set(entry.path, entry);
        }
        if (unmatched.length > 0) {
          message(ctx, `asm: ${t('nothingRemoved', lang)} ${unmatched.join(', ')}`);
          return 1;
        }
        for (const path of removeEntries([...chosen.values()])) message(ctx, `asm: ${t('removed', lang)} ${path}`);
        return 0;
      }),
    );
};
