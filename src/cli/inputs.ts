// Inputs of every command: files, directories and `-`, or the store when no
// file is named. All inputs are read before anything is written, so one
// unusable input fails the run with nothing written.
import type { AsmDocument } from '../core/schema.js';
import { parseDocuments, type InputFormat } from '../core/parse.js';
import { AsmInputError } from '../core/errors.js';
import type { CliContext } from './context.js';
import { UsageError } from './context.js';
import { expandInputs, readInputFile, readStream } from './files.js';
import { listStore, storeDirectory } from './store.js';
import { t } from './i18n.js';

export interface InputOptions {
  inputFormat?: InputFormat;
  store?: string;
}

export async function loadDocuments(files: readonly string[], options: InputOptions, ctx: CliContext): Promise<AsmDocument[]> {
  const paths = expandInputs(files);
  const documents: AsmDocument[] = [];
  for (const path of paths) {
    const bytes = path === '-' ? await readStream(ctx.stdin) : readInputFile(path);
    const parseOptions = { file: path, lang: ctx.lang, ...(options.inputFormat ? { format: options.inputFormat } : {}) };
    documents.push(...(await parseDocuments(bytes, parseOptions)));
  }
  return documents;
}

/** Files given → parse them; none → every document in the store. */
export async function loadDocumentsOrStore(files: readonly string[], options: InputOptions, ctx: CliContext): Promise<AsmDocument[]> {
  if (files.length > 0) return loadDocuments(files, options, ctx);
  const entries = listStore(storeDirectory(options.store, ctx.env));
  if (entries.length === 0) throw new UsageError(t('noInputs', ctx.lang));
  return entries.map((entry) => entry.document);
}

export function stdinIsTerminal(files: readonly string[], ctx: CliContext): boolean {
  return files.includes('-') && Boolean(ctx.stdin.isTTY);
}

export { AsmInputError };
