// Inputs of every command: files, directories and `-`, or the store when no
// file is named. All inputs are read before anything is written, so one
// unusable input fails the run with nothing written, unless --keep-going: then
// the usable ones are used and the others listed at the end (exit 2).
import type { AsmDocument } from '../core/schema.js';
import { detectFormat, parseDocuments, type InputFormat } from '../parse.js';
import { AsmInputError, unreadTableError, unsureOcrError } from '../core/errors.js';
import { pushAll } from '../core/arrays.js';
import type { CliContext } from './context.js';
import { message, UsageError } from './context.js';
import { expandInputs, readInputFile, readStream } from './files.js';
import { listStore, storeDirectory } from './store.js';
import { inputErrorMessage, t } from './i18n.js';
import { ParsePool, processCount, resolveJobs, type OcrHooks } from './parallel.js';
import { resolveMaxInputSize, resolvePdfLimits } from './limits.js';
import { startProgress } from './progress.js';

export interface InputOptions {
  inputFormat?: InputFormat;
  store?: string;
  /** --allow-unread: documents whose table could not be read are used as read, with a warning on stderr. */
  allowUnread?: boolean;
  /** validate reports unread tables itself: no refusal and no warning. */
  reportsUnread?: boolean;
  /** --keep-going: an unusable input is set aside (see InputFailure) instead of failing the run. */
  keepGoing?: boolean;
  /** --jobs: PDFs parsed at once (default from ASM_JOBS or the cores). */
  jobs?: number;
  /** --max-input-size in bytes (default from ASM_MAX_INPUT_SIZE or 256 MB). */
  maxInputSize?: number;
  /** --ocr: PDF pages without a text layer are read with OCR. */
  ocr?: boolean;
  /** --ocr-all: every PDF page is read with OCR. */
  ocrAll?: boolean;
  /** parse without --no-save: OCR results are kept in the store's cache too. */
  save?: boolean;
}

/** An input --keep-going set aside, with the error that makes it unusable. */
export interface InputFailure {
  file: string;
  error: unknown;
}

export interface LoadedInputs {
  documents: AsmDocument[];
  /** Always empty without --keep-going (the first failure is thrown instead). */
  failures: InputFailure[];
}


export async function loadInputs(files: readonly string[], options: InputOptions, ctx: CliContext): Promise<LoadedInputs> {
  const unreachable: InputFailure[] = [];
  const paths = expandInputs(files, options.keepGoing ? (file, error) => unreachable.push({ file, error }) : undefined);
  // Commands may pass more than InputOptions: the output format/file (for the progress bar).
  const extra = options as InputOptions & { format?: unknown; output?: unknown };
  const maxBytes = resolveMaxInputSize(options.maxInputSize, ctx.env, ctx.lang);
  // Every PDF is parsed in a child process, under a memory limit and a timeout (a decompression bomb stops
  // there); several PDFs in min(--jobs, PDFs, cores) processes. Everything else in this thread.
  const pdfCount = paths.filter((path) => options.inputFormat === 'pdf' || /\.pdf$/i.test(path)).length;
  let pool: ParsePool | null = null;
  const pdfPool = (): ParsePool => {
    if (pool) return pool;
    const limits = resolvePdfLimits(ctx.env, ctx.lang);
    return (pool = new ParsePool(processCount(resolveJobs(options.jobs, ctx.env), pdfCount, limits.memoryMb), undefined, undefined, limits));
  };
  const progress = startProgress(paths.length, { stdout: ctx.stdout, stderr: ctx.stderr, env: ctx.env, lang: ctx.lang }, extra);
  // OCR (issue 16): its module only when asked for; pages in parallel share --jobs with the PDF processes.
  const ocrMode = options.ocrAll ? 'all' : options.ocr ? 'missing' : null;
  const ocr = ocrMode ? await import('./ocr.js') : null;
  const ocrProgress = ocr ? new ocr.OcrProgress({ stdout: ctx.stdout, stderr: ctx.stderr, env: ctx.env }, ctx.lang) : null;
  const ocrHooks = (bytes: Uint8Array, path: string): OcrHooks | undefined => {
    if (!ocr || !ocrMode) return undefined;
    const store = storeDirectory(options.store, ctx.env);
    const sha256 = process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
    const cached = ocr.readOcrCache(store, sha256);
    // --jobs shared between the PDF processes; in each, as many tesseract workers as its memory limit holds
    // (measured: about 700 MB for one worker on a 300-dpi page, 160 MB more for each further worker).
    const pool = pdfPool();
    const fits = Math.max(1, Math.floor((pool.limits.memoryMb - 700) / 160) + 1);
    const jobs = Math.max(1, Math.min(fits, Math.floor(resolveJobs(options.jobs, ctx.env) / pool.size)));
    return {
      request: { mode: ocrMode, jobs, pageTimeoutMs: ocr.ocrPageTimeoutMs(ctx.env), ...(cached ? { cached } : {}) },
      onPage: (done, total) => ocrProgress?.page(path, done, total),
      // A parse that saves keeps what OCR read, so that the next run of the same scan reads it from there.
      onResult: (pages) => {
        if (options.save) ocr.writeOcrCache(store, sha256, pages);
      },
    };
  };
  // Per input, in input order: documents, or a child process's promise of them.
  const results: Array<{ path: string; parsed: AsmDocument[] | Promise<AsmDocument[]> }> = [];
  const failures: InputFailure[] = [];
  let failure: { error: unknown } | null = null;
  try {
    for (const path of paths) {
      const parseOptions = { file: path, lang: ctx.lang, ...(options.inputFormat ? { format: options.inputFormat } : {}) };
      try {
        const content = path === '-' ? await readStream(ctx.stdin, maxBytes) : readInputFile(path, maxBytes);
        if ((options.inputFormat ?? detectFormat(content, path)) === 'pdf') {
          // Valid UTF-8 read as text encodes back to the very same bytes.
          const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
          const pending = pdfPool().parse(bytes, parseOptions, ocrHooks(bytes, path)).then((documents) => {
            for (const document of documents) void document.source.sha256; // see below: no bytes kept
            progress.tick();
            return documents;
          });
          pending.catch(() => undefined); // awaited below, in input order
          results.push({ path, parsed: pending });
        } else {
          const parsed = await parseDocuments(content, parseOptions);
          // Hash now in a batch, so that no document keeps its input bytes alive (text is kept by the records anyway).
          if (paths.length > 1 && typeof content !== 'string') for (const document of parsed) void document.source.sha256;
          results.push({ path, parsed });
          progress.tick();
        }
      } catch (error) {
        if (options.keepGoing) {
          failures.push({ file: path, error });
          progress.tick();
          continue;
        }
        // Later inputs cannot matter: the error reported is the first in input order.
        failure = { error };
        break;
      }
    }
    const documents: AsmDocument[] = [];
    for (const result of results) {
      let parsed: AsmDocument[];
      try {
        parsed = await result.parsed;
        checkUnread(parsed, options, ctx);
      } catch (error) {
        if (!options.keepGoing) throw error;
        failures.push({ file: result.path, error });
        continue;
      }
      // A loop, not push(...parsed): one JSON input may hold more documents than a call has room for arguments.
      pushAll(documents, parsed);
    }
    if (failure) throw failure.error;
    // Files that could not be found first, then the others in input order, whichever way (this thread or a child process) each failed.
    const order = new Map(paths.map((path, index) => [path, index]));
    failures.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
    return { documents, failures: [...unreachable, ...failures] };
  } finally {
    progress.finish();
    ocrProgress?.finish();
    await (pool as ParsePool | null)?.close();
  }
}

/** Files given → parse them; none → every document in the store. */
export async function loadDocumentsOrStore(files: readonly string[], options: InputOptions, ctx: CliContext): Promise<LoadedInputs> {
  if (files.length > 0) return loadInputs(files, options, ctx);
  const entries = listStore(storeDirectory(options.store, ctx.env));
  if (entries.length === 0) throw new UsageError(t('noInputs', ctx.lang));
  const documents = entries.map((entry) => entry.document);
  checkUnread(documents, options, ctx);
  return { documents, failures: [] };
}

/**
 * --keep-going, at the end of a run whose output is written: one line per
 * input set aside, with its sentence, on stderr. The exit code is 2 when any
 * input failed, else `code`.
 */
export function finishInputs(failures: readonly InputFailure[], code: number, ctx: CliContext): number {
  if (failures.length === 0) return code;
  message(ctx, `asm: ${t('inputsFailed', ctx.lang)} (${failures.length}):`);
  for (const { file, error } of failures) {
    const sentence =
      error instanceof AsmInputError
        ? inputErrorMessage(error.code, error.file, ctx.lang, error.detail)
        : `${file}: ${t('unexpected', ctx.lang)}: ${error instanceof Error ? error.message : String(error)}`;
    message(ctx, `  ${sentence}`);
  }
  return 2;
}

/** Fail closed: a table asm could not read, or digits OCR is unsure of, must not pass for a report with nothing pending. */
export function checkUnread(documents: readonly AsmDocument[], options: InputOptions, ctx: CliContext): void {
  if (options.reportsUnread) return;
  for (const document of documents) {
    const error = unreadTableError(document) ?? unsureOcrError(document);
    if (!error) continue;
    if (!options.allowUnread) throw error;
    message(ctx, `asm: ${t('warning', ctx.lang)}: ${inputErrorMessage(error.code, error.file, ctx.lang, error.detail).replace(/;[^;]*$/, '.')}`);
  }
}

export function stdinIsTerminal(files: readonly string[], ctx: CliContext): boolean {
  return files.includes('-') && Boolean(ctx.stdin.isTTY);
}

export { AsmInputError };
