#!/usr/bin/env node
// Baseline for the text-throughput benchmark (scripts/bench.mjs): a plain Node
// script that only reads the same files as `asm report DIR` (recursively, in
// name order), decodes them and splits them into lines and tab-separated cells.
//   node scripts/bench-baseline-read.mjs DIR...
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.(txt|md|csv|tsv)$/i.test(entry.name)) out.push(path);
  }
  return out;
}

let files = 0;
let lines = 0;
let cells = 0;
for (const dir of process.argv.slice(2)) {
  for (const path of walk(dir, [])) {
    const text = readFileSync(path, 'utf8');
    for (const line of text.split(/\r?\n/)) {
      lines++;
      cells += line.split('\t').length;
    }
    files++;
  }
}
if (process.env.BENCH_VERBOSE) process.stderr.write(`${files} files, ${lines} lines, ${cells} cells\n`);
