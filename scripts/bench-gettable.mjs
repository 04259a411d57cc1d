#!/usr/bin/env node
// Reference for the PDF benchmark (scripts/bench.mjs): pdf-parse's bare
// getTable() on the given PDFs, one after the other, as a whole process.
//   node scripts/bench-gettable.mjs FILE.pdf...
import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';

let tables = 0;
for (const path of process.argv.slice(2)) {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(path)) });
  try {
    const result = await parser.getTable();
    tables += result.pages.reduce((sum, page) => sum + page.tables.length, 0);
  } finally {
    await parser.destroy();
  }
}
if (process.env.BENCH_VERBOSE) process.stderr.write(`${tables} tables\n`);
