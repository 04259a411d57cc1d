#!/usr/bin/env node
// How many PDFs of fixtures/corpus have each variation the reader must
// handle; exits 1 when one appears fewer than twice (or when fewer than five
// PDFs of three or more pages have rows cut by page breaks).
//
//   node scripts/corpus/coverage.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const manifest = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'corpus', 'manifest.json'), 'utf8'));

/** Each check: a label and the test a manifest entry passes. */
const CHECKS = [
  ...['writer', 'calc', 'chromium', 'wkhtmltopdf', 'reportlab'].map((p) => [`producer ${p}`, (e) => e.producer === p]),
  ...['top', 'middle', 'bottom'].map((a) => [`header cells ${a}-aligned`, (e) => e.headerAlign === a]),
  ...['top', 'middle', 'bottom'].map((a) => [`body cells ${a}-aligned`, (e) => e.bodyAlign === a]),
  ['row numbers aligned otherwise than the header "No."', (e) => e.numberAlign !== e.headerTextAlign],
  ...['grid', 'horizontal', 'box', 'none', 'filled-rects'].map((r) => [`ruling ${r}`, (e) => e.ruling === r]),
  ['merged ASM cells, ruled', (e) => e.merged && ['grid', 'horizontal', 'filled-rects'].includes(e.ruling)],
  ['merged ASM cells, unruled', (e) => e.merged && ['box', 'none'].includes(e.ruling)],
  ['header on the first page only (several pages)', (e) => !e.headerRepeat && e.pages > 1],
  ['header on the first page only, a head above the table on the next pages', (e) => !e.headerRepeat && e.pages > 1 && e.furniture.some((f) => f === 'running-head' || f === 'browser-header')],
  ['header repeated on every page', (e) => e.headerRepeat && e.pages > 1],
  ...['running-head', 'page-number', 'browser-header'].map((f) => [`furniture ${f}`, (e) => e.furniture.includes(f)]),
  ['signature block', (e) => e.signature],
  ...['letter', 'legal', 'a4'].map((p) => [`paper ${p}`, (e) => e.paper === p]),
  ...['landscape', 'portrait'].map((o) => [o, (e) => e.orientation === o]),
  ['page /Rotate', (e) => e.rotate !== 0],
  ...[6, 7, 8, 9, 10].map((size) => [`${size} pt text`, (e) => e.fontSize === size]),
  ...['line', 'word', 'glyph'].map((r) => [`text drawn ${r} by ${r}`, (e) => e.runs === r]),
  ['runs drawn in shuffled order', (e) => e.shuffled],
  ...['13 columns with Promedio', 'multi-activity', '10 renamed columns', '7 columns'].map((shape) => [`document: ${shape}`, (e) => e.shape.startsWith(shape) || e.shape.includes(shape)]),
];

let failed = false;
for (const [label, test] of CHECKS) {
  const count = manifest.filter(test).length;
  if (count < 2) failed = true;
  process.stdout.write(`${String(count).padStart(3)}  ${label}${count < 2 ? '   <-- fewer than 2' : ''}\n`);
}
const cut = manifest.filter((e) => e.pages >= 3 && e.rowsCutByPageBreak).length;
process.stdout.write(`${String(cut).padStart(3)}  PDFs of 3+ pages with rows cut by page breaks${cut < 5 ? '   <-- fewer than 5' : ''}\n`);
process.stdout.write(`${String(manifest.length).padStart(3)}  PDFs in all, ${manifest.reduce((sum, e) => sum + e.pages, 0)} pages\n`);
if (cut < 5) failed = true;
process.exitCode = failed ? 1 : 0;
