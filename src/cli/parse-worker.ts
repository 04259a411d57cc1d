// Child-process entry (bundled on its own as dist/cli/parse-worker.cjs, started
// by the ParsePool of parallel.ts with `fork(…, [memoryMb, timeoutMs])` and a
// V8 heap limit): parses the sources the pool sends, one at a time. It loads the
// parser only; pdf.js is loaded on the first PDF and then kept for the next.
//
// pdf.js blocks this process's event loop while it reads a page, so the limits
// are kept by a watchdog thread, which has an event loop of its own: every
// 50 ms it reads the resident memory of the whole process (ArrayBuffers
// included, where pdf.js inflates streams and where V8's heap limit does not
// reach) and the time spent on the current task, and past a limit writes the
// reason on stderr and kills the process. The pool turns that into a sentence.
// It also ends the process when asm is gone (its parent changed).
import { Worker } from 'node:worker_threads';
import { parseDocuments, type ParseOptions } from '../parse.js';
import type { PageContent } from '../sources/layout/geometry.js';
import { LIMIT_MARK, serializeError, type WorkerReply, type WorkerTask } from './parallel.js';

const send = process.send?.bind(process);
if (!send) throw new Error('parse-worker.cjs runs only as a child process of asm (ParsePool)');

const memoryMb = Number(process.argv[2]) || 1024;
const timeoutMs = Number(process.argv[3]) || 120_000;

// CommonJS evaluated in the thread: no bundle of its own for a dozen lines.
const WATCHDOG = `
const { parentPort, workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { memoryBytes, timeoutMs, mark } = workerData;
const parent = process.ppid;
let startedAt = 0;
parentPort.on('message', (time) => { startedAt = time; });
setInterval(() => {
  // asm is gone (killed, or ended) while pdf.js holds the event loop: 'disconnect' cannot run, so stop here.
  if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL');
  let reason = null;
  if (process.memoryUsage.rss() > memoryBytes) reason = 'memory';
  else if (startedAt > 0 && Date.now() - startedAt > timeoutMs) reason = 'time';
  if (reason === null) return;
  try { writeSync(2, '\\n' + mark + reason + '\\n'); } catch {}
  process.kill(process.pid, 'SIGKILL');
}, 50);
`;

const watchdog = new Worker(WATCHDOG, {
  eval: true,
  workerData: { memoryBytes: memoryMb * 1024 * 1024, timeoutMs, mark: LIMIT_MARK },
  // The watchdog needs almost nothing; it must not count much against the limit.
  resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 4 },
});
// The IPC channel keeps this process alive; the watchdog must not once the pool lets go.
watchdog.unref();

process.on('message', (task: WorkerTask) => {
  void (async () => {
    watchdog.postMessage(Date.now());
    let reply: WorkerReply;
    try {
      let ocrPages: Record<string, PageContent> | undefined;
      const ocr: ParseOptions['ocr'] = task.ocr && {
        ...task.ocr,
        // Each page done: the watchdog's clock starts again (the time limit is per page with OCR), and asm hears of it.
        onPage: (done, total) => {
          watchdog.postMessage(Date.now());
          send({ id: task.id, progress: [done, total] });
        },
        onResult: (pages) => {
          ocrPages = pages;
        },
      };
      const documents = await parseDocuments(task.bytes, { ...task.options, ...(ocr ? { ocr } : {}) });
      reply = { id: task.id, ok: true, documents, ...(ocrPages ? { ocrPages } : {}) };
    } catch (error) {
      reply = { id: task.id, ok: false, error: serializeError(error) };
    }
    watchdog.postMessage(0);
    send(reply);
  })();
});
// The pool closed or asm ended: nothing more will come.
process.on('disconnect', () => process.exit(0));
