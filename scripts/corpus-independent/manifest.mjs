#!/usr/bin/env node
// Last step of scripts/corpus-independent/make.sh: fixtures/corpus-independent/manifest.json, one entry
// per PDF, for the tests to iterate. Pages and /Rotate are read from the PDF
// (pdfinfo); titleLines, headerLines and rowsCutByPageBreak come from the
// renderer where it lays the page out itself (reportlab; Calc for the first
// two), else from what the variant declares (seen on the rendered pages).
//
//   node scripts/corpus-independent/manifest.mjs fixtures/corpus-independent [WORK]
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOCUMENTS } from './documents.mjs';
import { VARIANTS } from './variants.mjs';

const [out, work = '/tmp/asm-corpus'] = process.argv.slice(2);
const manifestPath = join(out, 'manifest.json');
const previous = new Map(existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')).map((e) => [e.pdf, e]) : []);
const docs = new Map(DOCUMENTS.map((d) => [d.id, d]));

const entries = [];
for (const v of VARIANTS) {
  const pdf = `${v.name}.pdf`;
  const path = join(out, pdf);
  if (!existsSync(path)) {
    console.error(`manifest: ${pdf} missing`);
    process.exitCode = 1;
    continue;
  }
  const info = execFileSync('pdfinfo', ['-l', '1000', path], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)[1]);
  const rotations = [...info.matchAll(/^Page\s+\d+ rot:\s+(\d+)/gm)].map((m) => Number(m[1]));
  const rotate = rotations.every((r) => r === rotations[0]) ? rotations[0] : NaN;
  if (rotate !== v.rotate) {
    console.error(`manifest: ${pdf} has /Rotate ${rotations.join(',')}, variant says ${v.rotate}`);
    process.exitCode = 1;
  }
  const statsPath = join(work, `${v.name}.stats.json`);
  const stats = existsSync(statsPath) ? JSON.parse(readFileSync(statsPath, 'utf8')) : {};
  const old = previous.get(pdf) ?? {};
  const pick = (key) => stats[key] ?? v[key] ?? old[key];
  const doc = docs.get(v.doc);
  const multi = doc.periods.some((p) => (p.aspects ?? []).some((a) => a.activities.length > 1));
  const entry = {
    pdf,
    text: `${v.doc}.txt`,
    producer: v.producer,
    paper: v.paper,
    orientation: v.orientation,
    rotate,
    pages,
    ruling: v.ruling,
    headerAlign: v.headerAlign,
    headerLines: pick('headerLines'),
    bodyAlign: v.bodyAlign,
    numberAlign: v.numberAlign ?? 'left',
    headerNumberAlign: v.headerNumberAlign ?? 'left',
    headerRepeat: v.headerRepeat,
    merged: Boolean(v.merge && multi),
    runs: v.runs,
    shuffled: v.shuffled,
    fontSize: v.fontSize,
    furniture: v.furniture,
    signature: Boolean(v.signature && doc.signature),
    titleLines: pick('titleLines'),
    rowsCutByPageBreak: pick('rowsCutByPageBreak') ?? false,
  };
  for (const key of ['headerLines', 'titleLines']) {
    if (typeof entry[key] !== 'number') {
      console.error(`manifest: ${pdf}: ${key} unknown (declare it in variants.mjs)`);
      process.exitCode = 1;
    }
  }
  entries.push(entry);
}
writeFileSync(manifestPath, `${JSON.stringify(entries, null, 2)}\n`);
console.log(`manifest: ${entries.length} PDFs`);
