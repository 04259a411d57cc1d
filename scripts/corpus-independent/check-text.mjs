#!/usr/bin/env node
// Checks that each fixtures/corpus-independent/<doc>.txt parses (with asm's text parser,
// `npm run build` first) to exactly the content of scripts/corpus-independent/documents.mjs:
// every ASM, activity and field, and no diagnostic but the signature lines'
// stray-text. Exit 1 on any difference.
//
//   node scripts/corpus-independent/check-text.mjs
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOCUMENTS, ASPECT_KEYS } from './documents.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
let failures = 0;
const fail = (doc, message) => {
  failures++;
  console.error(`${doc.id}: ${message}`);
};
const norm = (v) => (v === null || v === undefined ? '' : String(v));

for (const doc of DOCUMENTS) {
  const file = join(root, 'fixtures', 'corpus-independent', `${doc.id}.txt`);
  const out = execFileSync('node', [join(root, 'bin', 'asm.js'), 'parse', file, '--no-save', '--format', 'json'], { encoding: 'utf8' });
  const [parsed] = JSON.parse(out);
  if (parsed.title !== doc.title) fail(doc, `title ${JSON.stringify(parsed.title)}`);
  if (parsed.institution !== doc.institution) fail(doc, `institution ${JSON.stringify(parsed.institution)}`);
  if (parsed.documentType !== doc.documentType) fail(doc, `documentType ${parsed.documentType}`);
  const code = /([A-Z])-(\d{3}) (.*)$/.exec(doc.program);
  if (parsed.program.code !== code[1] + code[2] || parsed.program.name !== code[3]) fail(doc, `program ${JSON.stringify(parsed.program)}`);
  const keys = parsed.columns.map((c) => c.key);
  if (keys.join() !== doc.columns.map(([k]) => k).join()) fail(doc, `columns ${keys}`);
  if (parsed.periods.length !== doc.periods.length) fail(doc, `${parsed.periods.length} periods`);
  doc.periods.forEach((period, p) => {
    const got = parsed.periods[p];
    if (!got) return;
    if (got.period !== period.period) fail(doc, `period ${got.period}`);
    if (norm(got.statement) !== norm(period.statement)) fail(doc, `statement of ${period.period}`);
    const aspects = period.aspects ?? [];
    if (got.aspects.length !== aspects.length) fail(doc, `${period.period}: ${got.aspects.length} aspects`);
    aspects.forEach((aspect, a) => {
      const ga = got.aspects[a];
      if (!ga) return;
      const asText = { number: ga.numberText, text: ga.text, reportMonth: ga.reportMonthText, average: ga.averageText };
      for (const key of ASPECT_KEYS) {
        if (!doc.columns.some(([k]) => k === key)) continue;
        if (norm(asText[key]) !== norm(aspect[key])) fail(doc, `ASM ${aspect.number} ${key}: ${JSON.stringify(asText[key])}`);
      }
      if (ga.activities.length !== aspect.activities.length) fail(doc, `ASM ${aspect.number}: ${ga.activities.length} activities`);
      aspect.activities.forEach((activity, i) => {
        const gi = ga.activities[i];
        if (!gi) return;
        for (const [key] of doc.columns) {
          if (ASPECT_KEYS.has(key)) continue;
          const value = gi[`${key}Text`] ?? gi[key];
          if (norm(value) !== norm(activity[key])) fail(doc, `ASM ${aspect.number}.${i + 1} ${key}: ${JSON.stringify(value)} != ${JSON.stringify(activity[key])}`);
        }
      });
    });
  });
  const signature = new Set((doc.signature ?? []).flat());
  for (const d of parsed.diagnostics) {
    if (d.code === 'stray-text' && signature.has(d.value ?? d.params?.value)) continue;
    fail(doc, `diagnostic ${JSON.stringify(d)}`);
  }
  console.log(`${doc.id}: ${parsed.periods.length} periods, ${parsed.periods.reduce((n, p) => n + p.aspects.length, 0)} ASMs, ${parsed.periods.reduce((n, p) => n + p.aspects.reduce((m, a) => m + a.activities.length, 0), 0)} activities, ${parsed.diagnostics.length} diagnostics`);
}
if (failures) {
  console.error(`${failures} difference(s)`);
  process.exit(1);
}
