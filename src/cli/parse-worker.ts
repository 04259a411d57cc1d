// Worker-thread entry (bundled on its own as dist/cli/parse-worker.cjs): parses
// the sources the ParsePool (parallel.ts) sends it, one at a time. It loads the
// parser only; pdf.js is loaded on the first PDF and then kept for the next.
import { parentPort } from 'node:worker_threads';
import { parseDocuments } from '../core/parse.js';
import { serializeError, type WorkerReply, type WorkerTask } from './parallel.js';

const port = parentPort;
if (!port) throw new Error('parse-worker.js runs only as a worker thread');

port.on('message', (task: WorkerTask) => {
  void (async () => {
    let reply: WorkerReply;
    try {
      reply = { id: task.id, ok: true, documents: await parseDocuments(task.bytes, task.options) };
    } catch (error) {
      reply = { id: task.id, ok: false, error: serializeError(error) };
    }
    port.postMessage(reply);
  })();
});
