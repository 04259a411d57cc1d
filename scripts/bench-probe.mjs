#!/usr/bin/env node
// How many cores this process really gets right now (part of npm run bench):
// one busy worker thread, then N at once doing N times the work. Prints the
// effective parallelism (N when the machine is idle, less when other processes
// hold cores), which figure (d) needs to be read right.
//   node scripts/bench-probe.mjs [N]
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

const n = Number(process.argv[2]) || availableParallelism();
const spin = "let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; require('node:worker_threads').parentPort.postMessage(x);";
function busy(threads) {
  return new Promise((resolve) => {
    const start = performance.now();
    let done = 0;
    for (let k = 0; k < threads; k++) {
      const worker = new Worker(spin, { eval: true });
      worker.on('message', () => {
        void worker.terminate();
        if (++done === threads) resolve(performance.now() - start);
      });
    }
  });
}
const one = await busy(1);
const many = await busy(n);
process.stdout.write(`${JSON.stringify({ threads: n, oneMs: one, manyMs: many, effective: (n * one) / many })}\n`);
