// Parallel PDF parsing: a pool of worker threads, each running the separate
// bundle dist/cli/parse-worker.cjs (the parser and, once a PDF arrives, pdf.js;
// no commander, renderers or zod). Text inputs never come here: they parse
// faster in the main thread than a copy to a worker would take.
import { availableParallelism } from 'node:os';
import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import type { AsmDocument } from '../core/schema.js';
import type { ParseOptions } from '../core/parse.js';
import { AsmInputError, type InputErrorCode } from '../core/errors.js';

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
    throw new JobsValueError(`"${value}": expected a whole number from 1 to 256.`);
  }
  return n;
}

/** Help text of the `--jobs <n>` option. */
export function jobsDescription(lang: 'es' | 'en'): string {
  return lang === 'es'
    ? 'hilos que leen PDF en paralelo (por defecto: los núcleos menos uno; 1 = sin hilos de trabajo)'
    : 'threads reading PDFs in parallel (default: the number of cores minus one; 1 = no worker threads)';
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

/** Workers for a run: none for a single PDF or one job, else min(jobs, PDFs). */
export function workerCount(jobs: number, pdfCount: number): number {
  if (jobs < 2 || pdfCount < 2) return 0;
  return Math.min(jobs, pdfCount);
}

/** The worker bundle next to the CLI bundle (dist/cli), or one folder up when called from a nested build. */
export function defaultWorkerUrl(base: string = import.meta.url): URL {
  const here = new URL('./parse-worker.cjs', base);
  if (existsSync(here)) return here;
  return new URL('../parse-worker.cjs', base);
}

// Messages between the pool and a worker.
export interface WorkerTask {
  id: number;
  bytes: Uint8Array;
  options: ParseOptions;
}

export type WorkerReply =
  | { id: number; ok: true; documents: AsmDocument[] }
  | { id: number; ok: false; error: SerializedError };

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
  transfer: ArrayBuffer[];
  resolve: (documents: AsmDocument[]) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  busy: Pending | null;
}

/**
 * A fixed-size pool; workers start on demand (so a pool of N with fewer tasks
 * starts fewer) and take one task at a time. Results come back per task, so the
 * caller keeps input order.
 */
export class ParsePool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private nextId = 1;
  private closed = false;
  private localBusy = false;

  /**
   * `size` threads in all. With `local`, one of them is this thread: it starts
   * at once, while each worker first pays for loading and warming up pdf.js
   * (about a second of CPU), so a pool is never slower than no pool.
   */
  constructor(
    readonly size: number,
    private readonly workerUrl: URL = defaultWorkerUrl(),
    private readonly local?: (bytes: Uint8Array, options: ParseOptions) => Promise<AsmDocument[]>,
  ) {
    if (size < 1) throw new RangeError('pool size must be at least 1');
  }

  private get workerLimit(): number {
    return this.local ? this.size - 1 : this.size;
  }

  /** Parse one source in a worker. The bytes are moved to the worker when they own their buffer. */
  parse(bytes: Uint8Array, options: ParseOptions): Promise<AsmDocument[]> {
    if (this.closed) return Promise.reject(new Error('parse pool is closed'));
    const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    const payload = owned ? bytes : new Uint8Array(bytes);
    return new Promise((resolve, reject) => {
      this.queue.push({
        task: { id: this.nextId++, bytes: payload, options },
        transfer: [payload.buffer as ArrayBuffer],
        resolve,
        reject,
      });
      this.dispatch();
    });
  }

  /** Workers started so far. */
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
      slot.busy = next;
      slot.worker.ref();
      slot.worker.postMessage(next.task, next.transfer);
    }
  }

  private runLocally(next: Pending, local: NonNullable<ParsePool['local']>): void {
    this.localBusy = true;
    // Later, so that the caller can queue the rest of its inputs (and workers start) first.
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
    // Loaded on first use: runs without PDFs never pay for worker_threads.
    const { Worker: WorkerThread } = process.getBuiltinModule('node:worker_threads');
    const worker: Worker = new WorkerThread(this.workerUrl);
    const slot: Slot = { worker, busy: null };
    worker.on('message', (reply: WorkerReply) => {
      const pending = slot.busy;
      if (!pending || pending.task.id !== reply.id) return;
      slot.busy = null;
      // An idle worker must not keep the process alive.
      worker.unref();
      if (reply.ok) pending.resolve(reply.documents);
      else pending.reject(deserializeError(reply.error));
      this.dispatch();
    });
    const lost = (error: Error): void => {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      const pending = slot.busy;
      slot.busy = null;
      pending?.reject(error);
      if (!this.closed) this.dispatch();
    };
    worker.on('error', (error) => lost(error instanceof Error ? error : new Error(String(error))));
    worker.on('exit', (code) => {
      if (!this.closed) lost(new Error(`parse worker stopped (exit code ${code})`));
    });
    this.slots.push(slot);
    return slot;
  }

  /** Stop every worker; tasks still queued or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    const error = new Error('parse pool is closed');
    for (const pending of this.queue.splice(0)) pending.reject(error);
    const slots = this.slots.splice(0);
    for (const slot of slots) slot.busy?.reject(error);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }
}
