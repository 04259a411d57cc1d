#!/usr/bin/env node
// In-process PDF timings for scripts/bench.mjs (prints one JSON object):
// - per fixture: asm's parseDocuments vs pdf-parse's bare getTable(), each
//   warmed once, then alternated ITER times; medians and ms per page;
// - batch: all the fixtures one after the other, alternated the same way;
// - text vs PDF: the seed as text vs seed-ruled.pdf through parseDocuments.
//   node scripts/bench-pdf.mjs ITER SEED_TEXT FILE.pdf...
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { parseDocuments } from '../dist/lib/parse.js';

const [iterArg, seedText, ...pdfs] = process.argv.slice(2);
const iterations = Number(iterArg) || 7;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

async function time(fn) {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const files = pdfs.map((path) => ({ path, name: basename(path), bytes: new Uint8Array(readFileSync(path)) }));

async function asmParse(file) {
  await parseDocuments(file.bytes, { file: file.name });
}
async function bareTable(file) {
  const parser = new PDFParse({ data: new Uint8Array(file.bytes) });
  try {
    await parser.getTable();
  } finally {
    await parser.destroy();
  }
}
async function pageCount(file) {
  const parser = new PDFParse({ data: new Uint8Array(file.bytes) });
  try {
    return (await parser.getInfo()).total;
  } finally {
    await parser.destroy();
  }
}

for (const file of files) file.pages = await pageCount(file);

// Warm-up: pdf.js, fonts code, JIT.
for (const file of files) {
  await asmParse(file);
  await bareTable(file);
}

const perFile = [];
for (const file of files) {
  const asm = [];
  const bare = [];
  for (let i = 0; i < iterations; i++) {
    asm.push(await time(() => asmParse(file)));
    bare.push(await time(() => bareTable(file)));
  }
  perFile.push({ name: file.name, pages: file.pages, asmMs: median(asm), getTableMs: median(bare) });
}

const batchAsm = [];
const batchBare = [];
for (let i = 0; i < iterations; i++) {
  batchAsm.push(await time(async () => { for (const file of files) await asmParse(file); }));
  batchBare.push(await time(async () => { for (const file of files) await bareTable(file); }));
}
const totalPages = files.reduce((sum, file) => sum + file.pages, 0);

// Text vs PDF on the same document.
const text = new Uint8Array(readFileSync(seedText));
const ruled = files.find((file) => file.name === 'seed-ruled.pdf');
let textVsPdf = null;
if (ruled) {
  const textTimes = [];
  const pdfTimes = [];
  for (let i = 0; i < 5; i++) await parseDocuments(text, { file: 'seed.txt' });
  for (let i = 0; i < iterations; i++) {
    // The text is fast: time a few parses together for a steadier figure.
    textTimes.push((await time(async () => { for (let k = 0; k < 20; k++) await parseDocuments(text, { file: 'seed.txt' }); })) / 20);
    pdfTimes.push(await time(() => asmParse(ruled)));
  }
  textVsPdf = { pages: ruled.pages, textMs: median(textTimes), pdfMs: median(pdfTimes) };
}

process.stdout.write(
  `${JSON.stringify({
    iterations,
    perFile,
    batch: { files: files.length, pages: totalPages, asmMs: median(batchAsm), getTableMs: median(batchBare) },
    textVsPdf,
  })}\n`,
);
