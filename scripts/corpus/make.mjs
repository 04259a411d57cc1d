#!/usr/bin/env node
// Regenerates fixtures/corpus/: each document's text form (the expected
// records) and each PDF of VARIANTS, rendered by LibreOffice Writer (HTML),
// LibreOffice Calc (an .xlsx written by openpyxl), Chromium, wkhtmltopdf or
// python3-reportlab (scripts/corpus/draw.py). Run by hand (see README.md in
// fixtures/corpus); CI only reads the committed output.
//
//   node scripts/corpus/make.mjs [variant-name…]
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ASPECT_KEYS, DOCUMENTS, STATEMENT, cellOf } from './documents.mjs';
import { VARIANTS } from './variants.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const OUT = join(ROOT, 'fixtures', 'corpus');
const PYTHON = '/usr/bin/python3'; // Debian's, with python3-reportlab and python3-openpyxl
const PAPER_CM = { letter: [21.59, 27.94], legal: [21.59, 35.56], a4: [21.0, 29.7] };

const only = new Set(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'asm-corpus-'));
mkdirSync(OUT, { recursive: true });

try {
  for (const doc of DOCUMENTS) writeFileSync(join(OUT, `${doc.id}.txt`), textForm(doc));
  for (const variant of VARIANTS) {
    if (only.size > 0 && !only.has(variant.name)) continue;
    const doc = DOCUMENTS.find((d) => d.id === variant.doc);
    const pdf = join(work, `${variant.name}.pdf`);
    render(doc, variant, pdf);
    copyFileSync(pdf, join(OUT, `${variant.name}.pdf`));
    process.stdout.write(`${variant.name}.pdf\n`);
  }
  writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(VARIANTS.map(manifestEntry), null, 2)}\n`);
  if (only.size === 0) unreadable();
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * A PDF asm must refuse: D1 with its number column headed "Id" (a wording the
 * header vocabulary does not know), so no table header is found. Goes to
 * fixtures/unread/, beside the text cases of the fail-closed tests.
 */
function unreadable() {
  const d1 = DOCUMENTS.find((d) => d.id === 'd1');
  const doc = { ...d1, columns: d1.columns.map(([key, header, width]) => [key, key === 'number' ? 'Id' : header, width]) };
  const variant = { ...VARIANTS.find((v) => v.name === 'd1--writer-grid'), name: 'd1-id-header' };
  const pdf = join(work, 'd1-id-header.pdf');
  render(doc, variant, pdf);
  copyFileSync(pdf, join(ROOT, 'fixtures', 'unread', 'd1-id-header.pdf'));
}

/** The text form: what every PDF of the document must parse to (tab-separated table rows). */
function textForm(doc) {
  const lines = [`# ${doc.title}`, '', doc.institution, doc.docType, doc.program, ''];
  for (const period of doc.periods) {
    lines.push(`## Periodo ${period.period}`, '');
    if (!period.asms) {
      lines.push(STATEMENT, '');
      continue;
    }
    lines.push(doc.columns.map(([, header]) => header).join('\t'));
    for (const asm of period.asms) {
      asm.activities.forEach((activity, index) => lines.push(doc.columns.map(([key]) => cellOf(asm, activity, index, key)).join('\t')));
    }
    lines.push('');
  }
  for (const row of doc.signature ?? []) lines.push(row.join(' '));
  return `${lines.join('\n').trimEnd()}\n`;
}

function render(doc, variant, pdf) {
  const spec = join(work, `${variant.name}.json`);
  // Each activity carries its row's cells (cellOf), so the Python renderers do not decide them again.
  const withCells = {
    ...doc,
    periods: doc.periods.map((period) =>
      period.asms
        ? {
            ...period,
            asms: period.asms.map((asm) => ({
              ...asm,
              activities: asm.activities.map((activity, index) => ({ ...activity, cells: doc.columns.map(([key]) => cellOf(asm, activity, index, key)) })),
            })),
          }
        : period,
    ),
  };
  writeFileSync(spec, JSON.stringify({ doc: withCells, variant, statement: STATEMENT }));
  switch (variant.producer) {
    case 'writer': {
      const html = join(work, `${variant.name}.html`);
      writeFileSync(html, htmlOf(doc, variant));
      // "HTML (StarWriter)": Writer proper (not Writer/Web), which honours @page and has no blank first page.
      execFileSync('libreoffice', ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', work, html], {
        env: { ...process.env, HOME: work },
        stdio: 'ignore',
      });
      break;
    }
    case 'chromium': {
      const html = join(work, `${variant.name}.html`);
      writeFileSync(html, htmlOf(doc, variant));
      execFileSync('chromium', [
        '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', `--user-data-dir=${join(work, 'chromium')}`,
        ...(variant.browserFurniture ? [] : ['--no-pdf-header-footer']),
        `--print-to-pdf=${pdf}`, `file://${html}`,
      ], { stdio: 'ignore' });
      break;
    }
    case 'wkhtmltopdf': {
      const html = join(work, `${variant.name}.html`);
      writeFileSync(html, htmlOf(doc, variant));
      const furniture = [
        ...(variant.runningHead ? ['--header-center', `${doc.institution} · Seguimiento de ASM`, '--header-font-size', '7', '--header-spacing', '4'] : []),
        ...(variant.pageNumbers ? ['--footer-center', 'Página [page] de [topage]', '--footer-font-size', '7'] : []),
      ];
      execFileSync('wkhtmltopdf', [
        '--quiet', '--disable-smart-shrinking', '-s', { letter: 'Letter', legal: 'Legal', a4: 'A4' }[variant.paper],
        '-O', variant.orientation === 'landscape' ? 'Landscape' : 'Portrait', '-T', '18mm', '-B', '15mm', '-L', '10mm', '-R', '10mm',
        ...furniture, html, pdf,
      ], { stdio: 'ignore' });
      break;
    }
    case 'calc': {
      const xlsx = join(work, `${variant.name}.xlsx`);
      execFileSync(PYTHON, [join(HERE, 'xlsx.py'), spec, xlsx], { stdio: 'inherit' });
      execFileSync('libreoffice', ['--headless', '--convert-to', 'pdf', '--outdir', work, xlsx], { env: { ...process.env, HOME: work }, stdio: 'ignore' });
      break;
    }
    case 'reportlab':
      execFileSync(PYTHON, [join(HERE, 'draw.py'), spec, pdf], { stdio: 'inherit' });
      break;
    default:
      throw new Error(`unknown producer ${variant.producer}`);
  }
}

function esc(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function htmlOf(doc, v) {
  const [w, h] = PAPER_CM[v.paper];
  const [pw, ph] = v.orientation === 'landscape' ? [h, w] : [w, h];
  const size = v.fontSize;
  const borders = {
    grid: 'table.asm th, table.asm td { border: 0.5pt solid #000 }',
    horizontal: 'table.asm { border-top: 0.75pt solid #000 } table.asm th, table.asm td { border: none; border-bottom: 0.5pt solid #000 }',
    box: 'table.asm { border: 0.75pt solid #000 } table.asm th, table.asm td { border: none }',
    none: 'table.asm th, table.asm td { border: none }',
  }[v.ruling];
  const total = doc.columns.reduce((sum, [, , width]) => sum + width, 0);
  const widthOf = (width) => `${((100 * width) / total).toFixed(1)}%`;
  const headerCells = doc.columns
    .map(([, header, width]) => `<th width="${widthOf(width)}" align="${v.headerTextAlign}" valign="${v.headerAlign}">${esc(header)}</th>`)
    .join('');
  const parts = [];
  parts.push(`<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Seguimiento ASM ${esc(doc.program.replace(/^Programa( presupuestario)?:? /, '').split(' ')[0])}</title><style>
@page { size: ${pw}cm ${ph}cm; margin: 1.2cm }
body { font-family: 'Liberation Sans', Arial, sans-serif; font-size: ${size}pt; margin: 0 }
h1 { font-size: ${size + 3}pt; font-weight: bold; text-align: center; width: ${v.titleWidth ?? 60}%; margin: 0 auto 4pt auto }
p { font-size: ${size + 1}pt; margin: 0 0 2pt 0 }
p.centre { text-align: center }
h3 { font-size: ${size + 1}pt; font-weight: bold; margin: 8pt 0 4pt 0 }
table.asm { border-collapse: collapse; width: 100% }
table.asm th, table.asm td { padding: 2pt 3pt; font-size: ${size}pt; text-align: left; vertical-align: ${v.bodyAlign} }
table.asm th { font-weight: bold; background: #e4e4e4; text-align: ${v.headerTextAlign}; vertical-align: ${v.headerAlign} }
table.asm td.number { text-align: ${v.numberAlign} }
${borders}
${v.producer === 'wkhtmltopdf' ? 'table.asm tr { page-break-inside: avoid }' : ''}
table.signature { width: 100%; margin-top: 28pt; border-collapse: collapse }
table.signature td { text-align: center; font-size: ${size + 1}pt; border: none; padding: 1pt }
</style></head><body>`);
  parts.push(`<h1>${esc(doc.title)}</h1>`);
  parts.push(`<p class="centre" align="center">${esc(doc.institution)}</p>`);
  parts.push(`<p>${esc(doc.docType)}</p>`, `<p>${esc(doc.program)}</p>`);
  for (const period of doc.periods) {
    parts.push(`<h3>Periodo ${period.period}</h3>`);
    if (!period.asms) {
      parts.push(`<p>${esc(STATEMENT)}</p>`);
      continue;
    }
    const border = v.ruling === 'grid' ? ' border="1"' : ' border="0"';
    parts.push(`<table class="asm"${border} cellspacing="0" cellpadding="3">`);
    parts.push(v.headerRepeat ? `<thead><tr>${headerCells}</tr></thead><tbody>` : `<tbody><tr>${headerCells}</tr>`);
    for (const asm of period.asms) {
      const span = asm.activities.length;
      asm.activities.forEach((activity, index) => {
        const cells = [];
        for (const [key] of doc.columns) {
          const aspect = ASPECT_KEYS.has(key);
          if (v.merged && aspect && index > 0) continue; // under the rowspan of the first row
          const text = v.merged && aspect ? cellOf(asm, activity, 0, key) : cellOf(asm, activity, index, key);
          const rowspan = v.merged && aspect && span > 1 ? ` rowspan="${span}"` : '';
          const cls = key === 'number' ? ' class="number"' : '';
          cells.push(`<td${cls}${rowspan} valign="${v.bodyAlign}" align="${key === 'number' ? v.numberAlign : 'left'}">${esc(text)}</td>`);
        }
        parts.push(`<tr>${cells.join('')}</tr>`);
      });
    }
    parts.push('</tbody></table>');
  }
  if (doc.signature) {
    parts.push('<table class="signature" border="0">');
    for (const row of doc.signature) parts.push(`<tr>${row.map((cell) => `<td align="center">${esc(cell)}</td>`).join('')}</tr>`);
    parts.push('</table>');
  }
  parts.push('</body></html>');
  return parts.join('\n');
}

function manifestEntry(variant) {
  const pdf = join(OUT, `${variant.name}.pdf`);
  let pages = null;
  try {
    pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }))?.[1]);
  } catch {
    // not rendered in this run
  }
  const doc = DOCUMENTS.find((d) => d.id === variant.doc);
  return {
    pdf: `${variant.name}.pdf`,
    text: `${variant.doc}.txt`,
    shape: doc.shape,
    producer: variant.producer,
    paper: variant.paper,
    orientation: variant.orientation,
    rotate: variant.rotate ?? 0,
    pages,
    ruling: variant.ruling,
    headerAlign: variant.headerAlign,
    bodyAlign: variant.bodyAlign,
    numberAlign: variant.numberAlign,
    headerTextAlign: variant.headerTextAlign,
    headerRepeat: variant.headerRepeat,
    merged: Boolean(variant.merged) && doc.periods.some((p) => p.asms?.some((a) => a.activities.length > 1)),
    runs: variant.runs ?? 'line',
    shuffled: Boolean(variant.shuffled),
    fontSize: variant.fontSize,
    furniture: [
      ...(variant.browserFurniture ? ['browser-header', 'browser-footer'] : []),
      ...(variant.runningHead ? ['running-head'] : []),
      ...(variant.pageNumbers ? ['page-number'] : []),
    ],
    signature: Boolean(doc.signature),
    rowsCutByPageBreak: Boolean(variant.rowsCut),
  };
}
