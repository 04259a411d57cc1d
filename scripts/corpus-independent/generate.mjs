#!/usr/bin/env node
// Step 1 of scripts/corpus-independent/make.sh: writes the expected text forms to
// fixtures/corpus-independent/<doc>.txt and, for every variant, the producer's input to
// WORK: <name>.html (writer, chromium, wkhtmltopdf) or <name>.json (calc,
// reportlab: the document, its table rows and the variant, read by the Python
// renderers). Also WORK/jobs.tsv: one "name<TAB>producer<TAB>options" line per PDF.
//
//   node scripts/corpus-independent/generate.mjs WORK [name-filter]
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENTS, tableRows, textForm } from './documents.mjs';
import { VARIANTS } from './variants.mjs';
import { html } from './render-html.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const [work, filter] = process.argv.slice(2);
if (!work) {
  console.error('usage: generate.mjs WORK [name-filter]');
  process.exit(2);
}
mkdirSync(work, { recursive: true });
const out = join(root, 'fixtures', 'corpus-independent');
mkdirSync(out, { recursive: true });

const byId = new Map(DOCUMENTS.map((doc) => [doc.id, doc]));
for (const doc of DOCUMENTS) writeFileSync(join(out, `${doc.id}.txt`), textForm(doc));

const jobs = [];
for (const v of VARIANTS) {
  if (filter && !v.name.includes(filter)) continue;
  const doc = byId.get(v.doc);
  if (['writer', 'chromium', 'wkhtmltopdf'].includes(v.producer)) {
    writeFileSync(join(work, `${v.name}.html`), html(doc, v));
  } else {
    const periods = doc.periods.map((p) => ({ period: p.period, statement: p.statement ?? null, rows: p.aspects ? tableRows(doc, p) : null }));
    const spec = { doc: { ...doc, periods }, variant: v };
    writeFileSync(join(work, `${v.name}.json`), JSON.stringify(spec, null, 1));
  }
  const options = v.producer === 'wkhtmltopdf' ? wkOptions(v) : v.producer === 'chromium' && !v.browserHeader ? '--no-pdf-header-footer' : '';
  jobs.push([v.name, v.producer, options].join('\t'));
}
writeFileSync(join(work, 'jobs.tsv'), `${jobs.join('\n')}\n`);

function wkOptions(v) {
  const size = { letter: 'Letter', legal: 'Legal', a4: 'A4' }[v.paper];
  const orient = v.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  const m = v.wkMargin ?? '10mm';
  return `--disable-smart-shrinking -s ${size} -O ${orient} -T ${m} -B ${m} -L ${m} -R ${m}`;
}
