#!/usr/bin/env node
// Memory reference for scripts/bench.mjs: the heap the parsed records of a
// corpus hold by themselves (parse every file, keep the documents, collect
// garbage, compare). Run with --expose-gc; prints one JSON object.
//   node --expose-gc scripts/bench-records.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocuments } from '../dist/lib/parse.js';

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path, out);
    else if (/\.(txt|md|csv|tsv)$/i.test(entry.name)) out.push(path);
  }
  return out;
}

const gc = globalThis.gc;
if (!gc) throw new Error('run with node --expose-gc');
const files = walk(process.argv[2], []);
// Load the parser's code before the first measurement.
await parseDocuments(readFileSync(files[0]), { file: files[0] });
gc();
gc();
const before = process.memoryUsage().heapUsed;
const documents = [];
for (const path of files) documents.push(...(await parseDocuments(readFileSync(path), { file: path })));
gc();
gc();
const after = process.memoryUsage().heapUsed;
const records = documents.reduce((sum, d) => sum + d.periods.reduce((s, p) => s + p.aspects.reduce((a, x) => a + x.activities.length, 0), 0), 0);
process.stdout.write(
  `${JSON.stringify({ files: files.length, documents: documents.length, activities: records, recordsHeapBytes: after - before, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`,
);
