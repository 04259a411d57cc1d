#!/usr/bin/env node
// How many corpus PDFs show each layout variation (from fixtures/corpus-independent/manifest.json),
// and exit 1 if any variation the corpus promises appears in fewer than two PDFs.
//
//   node scripts/corpus-independent/coverage.mjs [manifest.json]
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const path = process.argv[2] ?? join(root, 'fixtures', 'corpus-independent', 'manifest.json');
const entries = JSON.parse(readFileSync(path, 'utf8'));

const tally = (key) => {
  const counts = new Map();
  for (const e of entries) for (const value of [e[key]].flat()) counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
  return counts;
};
for (const key of ['producer', 'paper', 'orientation', 'rotate', 'pages', 'ruling', 'headerAlign', 'headerLines', 'bodyAlign', 'headerRepeat', 'merged', 'runs', 'shuffled', 'fontSize', 'furniture', 'signature', 'titleLines', 'rowsCutByPageBreak']) {
  const counts = [...tally(key)].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
  console.log(`${key.padEnd(19)} ${counts.map(([v, n]) => `${v}: ${n}`).join(', ')}`);
}

const count = (test) => entries.filter(test).length;
// Each promised variation, with the least number of PDFs that must show it.
const required = [
  ...['writer', 'calc', 'chromium', 'wkhtmltopdf', 'reportlab'].map((p) => [`producer ${p}`, (e) => e.producer === p]),
  ...['letter', 'legal', 'a4'].map((p) => [`paper ${p}`, (e) => e.paper === p]),
  ...['landscape', 'portrait'].map((o) => [`orientation ${o}`, (e) => e.orientation === o]),
  ['pages with /Rotate 90', (e) => e.rotate === 90],
  ...['grid', 'horizontal', 'box', 'none', 'filled-rects'].map((r) => [`ruling ${r}`, (e) => e.ruling === r]),
  ...['top', 'middle', 'bottom'].map((a) => [`header cells ${a}-aligned`, (e) => e.headerAlign === a]),
  ...['top', 'middle', 'bottom'].map((a) => [`body cells ${a}-aligned`, (e) => e.bodyAlign === a]),
  ['header wrapping over 4+ lines', (e) => e.headerLines >= 4],
  ['header of 1-2 lines', (e) => e.headerLines <= 2],
  ['ASM number aligned unlike its header', (e) => e.numberAlign !== e.headerNumberAlign],
  ['merged cells, ruled table', (e) => e.merged && e.ruling !== 'none'],
  ['merged cells, unruled table', (e) => e.merged && e.ruling === 'none'],
  ['header repeated on every page', (e) => e.headerRepeat && e.pages > 1],
  ['header on the first page only', (e) => !e.headerRepeat && e.pages > 1],
  ['header on first page only, running head above the continuation', (e) => !e.headerRepeat && e.pages > 1 && e.furniture.includes('running-head')],
  ['running head', (e) => e.furniture.includes('running-head')],
  ['page numbers', (e) => e.furniture.includes('page-number')],
  ["browser's own header/footer", (e) => e.furniture.includes('browser-header')],
  ['signature block', (e) => e.signature],
  ['title over 2-3 lines', (e) => e.titleLines >= 2 && e.titleLines <= 3],
  ['text 6 pt', (e) => e.fontSize <= 6],
  ['text 10 pt', (e) => e.fontSize >= 10],
  ...['line', 'word', 'glyph'].map((r) => [`${r} runs`, (e) => e.runs === r]),
  ['shuffled runs', (e) => e.shuffled],
  ['3+ pages, rows cut by page breaks', (e) => e.pages >= 3 && e.rowsCutByPageBreak],
  ['3+ pages, rows cut, header repeated', (e) => e.pages >= 3 && e.rowsCutByPageBreak && e.headerRepeat],
  ['3+ pages, rows cut, header not repeated', (e) => e.pages >= 3 && e.rowsCutByPageBreak && !e.headerRepeat],
];
const minimum = { '3+ pages, rows cut by page breaks': 5 };
console.log('');
let missing = 0;
for (const [name, test] of required) {
  const n = count(test);
  const need = minimum[name] ?? 2;
  const ok = n >= need;
  if (!ok) missing++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${String(n).padStart(2)} ${name}${ok ? '' : ` (needs ${need})`}`);
}
console.log(`\n${entries.length} PDFs${missing ? `, ${missing} variation(s) short` : ', every variation at least twice'}`);
process.exit(missing ? 1 : 0);
