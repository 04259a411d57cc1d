// PDF parsing in child processes: a pool of `node dist/cli/parse-worker.cjs`
// processes, each holding only the parser and, once a PDF arrives, pdf.js (no
// commander, renderers or zod). A process, not a thread, so that a hostile PDF
// can be stopped: pdf.js blocks the event loop while it inflates a stream, and
// it inflates into ArrayBuffers, which worker threads' resourceLimits do not
// count. Each process has a V8 heap limit and a watchdog thread of its own
// (parse-worker.ts) that kills it when its resident memory passes the limit or
// a PDF takes longer than the timeout (issue 11, finding 10). Text inputs never
// come here: they parse faster in the main process than a copy would take.
import { availableParallelism, totalmem } from 'node:os';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ChildProcess } from 'node:child_process';
import type { AsmDocument } from '../core/schema.js';
import type { ParseOptions } from '../parse.js';
import { AsmInputError, type InputErrorCode } from '../core/errors.js';
import { text } from '../text/index.js';
import { DEFAULT_PDF_MEMORY_MB, DEFAULT_PDF_TIMEOUT_S, type PdfLimits } from './limits.js';
import type { OcrRequest } from './ocr.js';
import type { PageContent } from '../sources/layout/geometry.js';

/**
 * Threads for PDF parsing by default: one core fewer than the machine has.
 * V8's own compiler and GC threads already keep about one core busy while
 * pdf.js runs (measured: 1.4 cores of CPU for one parsing thread), so on
 * 2 cores a second parsing thread only competes with them (see docs/performance.md).
 */
export function defaultJobs(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * A bad `--jobs` value. Its code is commander's, so that a command using
 * parseJobs as the option's parser reports it like any invalid option value
 * (exit 2) without this module importing commander (kept off the start-up path).
 */
export class JobsValueError extends Error {
  readonly code = 'commander.invalidArgument';
  readonly exitCode = 2;
}

/** `--jobs N` / ASM_JOBS: a whole number from 1 to 256. */
export function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isInteger(n) || n < 1 || n > 256) {
    throw new JobsValueError(text('cli', 'en').usage.jobsValue(value));
  }
  return n;
}

/** Jobs from the option, else ASM_JOBS, else the core count. A bad ASM_JOBS is ignored. */
export function resolveJobs(option: number | undefined, env: NodeJS.ProcessEnv): number {
  if (option !== undefined) return option;
  const fromEnv = env.ASM_JOBS;
  if (fromEnv) {
    try {
      return parseJobs(fromEnv);
    } catch {
      // fall through to the default
    }
  }
  return defaultJobs();
}

/** Processes working in parallel for a run: none (one at a time) for a single PDF or one job, else min(jobs, PDFs). */
export function workerCount(jobs: number, pdfCount: number): number {
  if (jobs < 2 || pdfCount < 2) return 0;
  return Math.min(jobs, pdfCount);
}

/**
 * The most PDF-reading processes a run starts, whatever --jobs says: the core
 * count, and no more processes than the machine's memory holds at their
 * memory limit each (`--jobs 200` started 200 threads and took 7 GB).
 */
export function maxJobs(memoryMb: number = DEFAULT_PDF_MEMORY_MB): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / (memoryMb * 1024 * 1024))));
}

/** Processes for a run that reads `pdfCount` PDFs: at least one (every PDF is read in a child process), at most maxJobs. */
export function processCount(jobs: number, pdfCount: number, memoryMb: number = DEFAULT_PDF_MEMORY_MB): number {
  return Math.max(1, workerCount(Math.min(jobs, maxJobs(memoryMb)), pdfCount));
}

/** The worker bundle next to the CLI bundle (dist/cli), or one folder up when called from a nested build. */
export function defaultWorkerUrl(base: string = import.meta.url): URL {
  const here = new URL('./parse-worker.cjs', base);
  if (existsSync(here)) return here;
  return new URL('../parse-worker.cjs', base);
}

// Messages between the pool and a worker process.
export interface WorkerTask {
  id: number;
  bytes: Uint8Array;
  options: Omit<ParseOptions, 'ocr'>;
  /** --ocr / --ocr-all: data only; the worker makes the callbacks. */
  ocr?: OcrRequest;
}

export type WorkerReply =
  | { id: number; ok: true; documents: AsmDocument[]; ocrPages?: Record<string, PageContent> }
  | { id: number; ok: false; error: SerializedError }
  // OCR: a page done (done of total); the task's timers start again.
  | { id: number; progress: [number, number] };

/** What a caller of ParsePool.parse hears of an OCR run. */
export interface OcrHooks {
  request: OcrRequest;
  onPage?: (done: number, total: number) => void;
  /** The pages recognised in this run, for the cache. */
  onResult?: (pages: Record<string, PageContent>) => void;
}

export interface SerializedError {
  name: string;
  message: string;
  code?: InputErrorCode;
  file?: string;
  detail?: string;
}

export function serializeError(error: unknown): SerializedError {
  if (error instanceof AsmInputError) {
    return { name: error.name, message: error.message, code: error.code, file: error.file, ...(error.detail ? { detail: error.detail } : {}) };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

/** The same error on this side: AsmInputError stays an AsmInputError (exit 2, one sentence). */
export function deserializeError(error: SerializedError): Error {
  if (error.name === 'AsmInputError' && error.code && error.file !== undefined) return new AsmInputError(error.code, error.file, error.detail);
  const out = new Error(error.message);
  out.name = error.name;
  return out;
}

interface Pending {
  task: WorkerTask;
  hooks?: OcrHooks;
  resolve: (documents: AsmDocument[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  child: ChildProcess;
  busy: Pending | null;
  /** The end of the process's stderr: the watchdog's reason, or V8's out-of-memory message. */
  stderr: string;
  /** The parent's own timer, a little later than the process's watchdog, in case that one could not act. */
  timer: NodeJS.Timeout | null;
  timedOut: boolean;
}

/** What the watchdog of parse-worker.ts writes on stderr before it kills its process. */
export const LIMIT_MARK = 'asm-parse-worker-limit:';

/**
 * A fixed-size pool; processes start on demand (so a pool of N with fewer
 * tasks starts fewer) and take one task at a time. Results come back per task,
 * so the caller keeps input order. A process that dies while it reads is
 * replaced for the next task; its task is rejected with `pdf-memory-limit` or
 * `pdf-time-limit` when a limit killed it.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private localBusy = false;

  /**
   * `size` parsers in all. With `local`, one of them is this thread (no
   * limits: the library's way, for trusted input or tests); the CLI passes
   * none, so every PDF is read in a child process under `limits`.
   */
  constructor(
    readonly size: number,
    private readonly workerUrl: URL = defaultWorkerUrl(),
    private readonly local?: (bytes: Uint8Array, options: ParseOptions) => Promise<AsmDocument[]>,
    readonly limits: PdfLimits = { memoryMb: DEFAULT_PDF_MEMORY_MB, timeoutMs: DEFAULT_PDF_TIMEOUT_S * 1000 },
  ) {
    if (size < 1) throw new RangeError('pool size must be at least 1');
  }

  private get workerLimit(): number {
    return this.local ? this.size - 1 : this.size;
  }

  /** Parse one source in a child process (the bytes are copied to it; the caller's buffer is left alone). */
  parse(bytes: Uint8Array, options: Omit<ParseOptions, 'ocr'>, hooks?: OcrHooks): Promise<AsmDocument[]> {
    if (this.closed) return Promise.reject(new Error('parse pool is closed'));
    return new Promise((resolve, reject) => {
      const task: WorkerTask = { id: this.nextId++, bytes, options, ...(hooks ? { ocr: hooks.request } : {}) };
      this.queue.push({ task, ...(hooks ? { hooks } : {}), resolve, reject });
      this.dispatch();
    });
  }

  /** Processes started so far. */
  get started(): number {
    return this.slots.length;
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      if (this.local && !this.localBusy) {
        this.runLocally(this.queue.shift()!, this.local);
        continue;
      }
      let slot = this.slots.find((s) => s.busy === null);
      if (!slot) {
        if (this.slots.length >= this.workerLimit) return;
        slot = this.spawn();
      }
      const next = this.queue.shift()!;
      this.send(slot, next);
    }
  }

  private send(slot: Slot, next: Pending): void {
    slot.busy = next;
    slot.timedOut = false;
    // A running task keeps this process alive; an idle child does not (see spawn).
    slot.child.ref();
    this.arm(slot);
    // A failed send means the process is gone: its 'exit' rejects the task.
    slot.child.send(next.task, (error) => {
      if (error && slot.busy === next) slot.child.kill('SIGKILL');
    });
  }

  /** The parent's own time limit for the slot's task, started again on each OCR page. */
  private arm(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = setTimeout(() => {
      slot.timedOut = true;
      slot.child.kill('SIGKILL');
    }, this.limits.timeoutMs + 2000);
    slot.timer.unref();
  }

  private runLocally(next: Pending, local: NonNullable<ParsePool['local']>): void {
    this.localBusy = true;
    // Later, so that the caller can queue the rest of its inputs (and processes start) first.
    setImmediate(() => {
      local(next.task.bytes, next.task.options)
        .then(next.resolve, next.reject)
        .finally(() => {
          this.localBusy = false;
          if (!this.closed) this.dispatch();
        });
    });
  }

  private spawn(): Slot {
    // Loaded on first use: runs without PDFs never pay for child_process.
    const { fork } = process.getBuiltinModule('node:child_process');
    const { memoryMb, timeoutMs } = this.limits;
    const child = fork(fileURLToPath(this.workerUrl), [String(memoryMb), String(timeoutMs)], {
      // Not this process's flags (--inspect, a larger heap): the heap limit is the memory limit.
      execArgv: [`--max-old-space-size=${memoryMb}`],
      serialization: 'advanced',
      // stdout unused; stderr kept, not shown: a crash must end in one sentence, not V8's report.
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const slot: Slot = { child, busy: null, stderr: '', timer: null, timedOut: false };
    child.unref();
    child.channel?.unref();
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (text: string) => {
      slot.stderr = (slot.stderr + text).slice(-8192);
    });
    (child.stderr as unknown as { unref?: () => void } | null)?.unref?.();
    const finish = (): Pending | null => {
      const pending = slot.busy;
      slot.busy = null;
      if (slot.timer) clearTimeout(slot.timer);
      slot.timer = null;
      return pending;
    };
    child.on('message', (reply: WorkerReply) => {
      if (slot.busy?.task.id !== reply.id) return;
      if ('progress' in reply) {
        this.arm(slot);
        slot.busy.hooks?.onPage?.(reply.progress[0], reply.progress[1]);
        return;
      }
      const pending = finish()!;
      child.unref();
      if (reply.ok && reply.ocrPages) pending.hooks?.onResult?.(reply.ocrPages);
      if (reply.ok) pending.resolve(reply.documents);
      else pending.reject(deserializeError(reply.error));
      if (!this.closed) this.dispatch();
    });
    let gone = false;
    const lost = (error: Error | null, code: number | null, signal: NodeJS.Signals | null): void => {
      if (gone) return;
      gone = true;
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const pending = finish();
      if (pending && !this.closed) pending.reject(error ?? this.stopError(slot, pending, code, signal));
      if (!this.closed) this.dispatch();
    };
    child.on('error', (error) => {
      lost(error, null, null);
      child.kill('SIGKILL');
    });
    // 'close' rather than 'exit': by then stderr has been read to its end (the watchdog's reason is in it).
    child.on('close', (code, signal) => lost(null, code, signal));
    this.slots.push(slot);
    return slot;
  }

  /** Why a process died while it read a PDF, as the error its task gets. */
  private stopError(slot: Slot, pending: Pending, code: number | null, signal: NodeJS.Signals | null): Error {
    const file = pending.task.options.file ?? '-';
    const marks = slot.stderr;
    if (marks.includes(`${LIMIT_MARK}time`) || slot.timedOut) {
      return new AsmInputError('pdf-time-limit', file, String(this.limits.timeoutMs / 1000));
    }
    // The watchdog's kill, V8 at its heap limit, or the system's out-of-memory killer (SIGKILL from outside).
    if (marks.includes(`${LIMIT_MARK}memory`) || /heap out of memory|Reached heap limit|Allocation failed/i.test(marks) || signal === 'SIGKILL') {
      return new AsmInputError('pdf-memory-limit', file, String(this.limits.memoryMb));
    }
    return new Error(`the process reading ${file} stopped (${signal ?? `exit code ${code}`})`);
  }

  /** Stop every process; tasks still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('parse pool is closed');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    const slots = this.slots.splice(0);
    await Promise.all(
      slots.map((slot) => {
        slot.busy?.reject(error);
        slot.busy = null;
        if (slot.timer) clearTimeout(slot.timer);
        const { child } = slot;
        if (child.exitCode !== null || child.signalCode !== null) return undefined;
        return new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          // An idle child is unreferenced: without this, the event loop could end before its exit is seen.
          child.ref();
          child.kill('SIGKILL');
        });
      }),
    );
  }
}
