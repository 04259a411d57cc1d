#!/usr/bin/env node
// Turns the seed's text (and a small invented second document) into the HTML
// that scripts/make-pdf-fixtures.sh hands to LibreOffice. See that script for
// how to remake the PDFs; this file only writes HTML (and multi-activity.txt).
//
//   node scripts/pdf-fixtures/make-html.mjs <seed.txt> <out-dir>
//
// Layout decisions (so the PDFs look like what an agency would publish):
// - Landscape Letter, Liberation Sans 7 pt, cells top- and left-aligned, header
//   in <thead> so Writer repeats it on every page.
// - Column widths are chosen so that dates (30/06/2015), codes (MIR_E006_2015)
//   and "Septiembre-2015" do not fit on one line and get cut mid-token, which a
//   reader has to join back without a space.
// - The seed's logical records are rebuilt from its rows: ASM 4's continuation
//   row (after a page break in the text) is merged into ASM 4's cells, so in the
//   PDF it is one row that the page break splits. ASM 5 is kept as the three
//   rows the text has (an ASM typed over several table rows, as Word tables
//   often are), with the shifted middle row moved one column right so that
//   31/12/2015 is in Fecha de Término, 35 in % de Avance and 35.00% in Promedio.
// - Where the seed has "X/ Y" or "X- Y" (a space after a slash or hyphen), that
//   space is written as a no-break space: a line break there would be
//   indistinguishable from a break inside one token, which readers join
//   without a space.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [seedPath, outDir] = process.argv.slice(2);
if (!seedPath || !outDir) {
  console.error('usage: make-html.mjs <seed.txt> <out-dir>');
  process.exit(2);
}

const esc = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/([/-]) /g, '$1&nbsp;');

const DATE = /^\d{2}\/\d{2}\/\d{4}$/;

/** Parse the seed text into blocks: {kind:'heading'|'para'|'table', ...}. */
function parseSeed(text) {
  const blocks = [];
  let table = null;
  for (const raw of text.split(/\r?\n/)) {
    const cells = raw.split('\t').map((c) => c.trim());
    if (cells.length > 1) {
      if (cells[0] === 'No.') {
        if (!table) {
          table = { kind: 'table', header: cells, records: [] };
          blocks.push(table);
        }
        continue;
      }
      let row = cells;
      // The shifted continuation row: a date in the Área column.
      if (DATE.test(row[3] ?? '') && !DATE.test(row[4] ?? '')) row = ['', ...row.slice(0, row.length - 1)];
      if (/^\d+$/.test(row[0])) table.records.push({ rows: [row] });
      else table.records.at(-1).rows.push(row);
      continue;
    }
    const line = raw.trim();
    if (line === '') continue; // blank lines are the text's page breaks
    table = null;
    const heading = /^(#+)\s*(.*)$/.exec(line);
    if (heading) blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
    else blocks.push({ kind: 'para', text: line });
  }
  return blocks;
}

/** ASM 4: continuation text appended to its cells; ASM 5 keeps its rows. */
function layoutRows(record) {
  const [first, ...rest] = record.rows;
  if (rest.length === 0) return [{ cells: first }];
  // A continuation that only carries observations (the text's page break)
  // belongs in the same cell; anything else stays a row of its own.
  const onlyTrailing = rest.every((row) => row.every((cell, i) => cell === '' || i === 10));
  if (onlyTrailing) {
    const cells = [...first];
    for (const row of rest) row.forEach((cell, i) => (cells[i] = cell ? (cells[i] ? `${cells[i]} ${cell}` : cell) : cells[i]));
    return [{ cells }];
  }
  return record.rows.map((cells) => ({ cells }));
}

const WIDTHS = [3, 10.5, 12.5, 7, 5, 8, 8, 5, 6, 10, 14, 6, 5];

function css(ruled) {
  const border = ruled ? 'border: 0.5pt solid #000000;' : 'border: none;';
  return `@page { size: 27.94cm 21.59cm; margin: 1cm }
body, h1, h2, h4, p, th, td { font-family: 'Liberation Sans', Arial, sans-serif }
body { font-size: 7pt }
h1 { font-size: 9pt; font-weight: bold; margin: 0 0 4pt 0 }
h2, h4 { font-size: 8pt; font-weight: bold; margin: 8pt 0 4pt 0 }
p { font-size: 8pt; margin: 0 0 2pt 0 }
table { border-collapse: collapse; width: 100% }
th, td { ${border} vertical-align: top; text-align: left; padding: 2pt; font-size: 7pt }
th { font-weight: bold }`;
}

function htmlTable(header, rows, ruled) {
  const head = header.map((h, i) => `<th width="${WIDTHS[i] ?? 5}%" align="left" valign="top">${esc(h)}</th>`).join('');
  const body = rows
    .map((row) => {
      const tds = [];
      row.cells.forEach((cell, i) => {
        if (row.skip?.includes(i)) return;
        const span = row.rowspan?.[i] ? ` rowspan="${row.rowspan[i]}"` : '';
        tds.push(`<td${span} align="left" valign="top">${esc(cell)}</td>`);
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('\n');
  const attrs = ruled ? ' border="1" cellspacing="0" cellpadding="3"' : ' border="0" cellspacing="0" cellpadding="3"';
  return `<table${attrs}>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody></table>`;
}

function html(blocks, ruled, title) {
  const parts = blocks.map((block) => {
    if (block.kind === 'heading') {
      const tag = block.level === 1 ? 'h1' : block.level <= 2 ? 'h2' : 'h4';
      return `<${tag}>${esc(block.text)}</${tag}>`;
    }
    if (block.kind === 'para') return `<p>${esc(block.text)}</p>`;
    return htmlTable(block.header, block.rows, ruled);
  });
  return `<!DOCTYPE html>\n<html lang="es"><head><meta charset="utf-8"><title>${esc(title)}</title>\n<style>\n${css(ruled)}\n</style></head>\n<body>\n${parts.join('\n')}\n</body></html>\n`;
}

// --- the seed ---------------------------------------------------------------
const seedBlocks = parseSeed(readFileSync(seedPath, 'utf8'));
for (const block of seedBlocks) if (block.kind === 'table') block.rows = block.records.flatMap(layoutRows);
writeFileSync(join(outDir, 'seed-ruled.html'), html(seedBlocks, true, 'seed ruled'));
writeFileSync(join(outDir, 'seed-borderless.html'), html(seedBlocks, false, 'seed borderless'));

// --- a second agency: one ASM with three activities (rowspan) ----------------
const HEADER = [
  'Núm.',
  'Aspecto Susceptible de Mejora',
  'Actividades',
  'Área Responsable',
  'Fecha de Término',
  'Resultados Esperados',
  'Productos y/o Evidencias',
  '% de Avance',
  'Identificación del Documento Probatorio',
  'Ubicación del Documento Probatorio',
  'Observaciones',
  'Mes y Año',
  'Promedio',
];
const AREA = 'Dirección General de Padrones de Beneficiarios';
const multiRecords = [
  {
    number: '1',
    text: 'Actualizar el diagnóstico del programa con información de la Encuesta Nacional de Ingresos y Gastos de los Hogares 2016.',
    month: 'Marzo-2017',
    average: '50.00%',
    activities: [
      ['Integrar un grupo de trabajo con la Dirección General de Análisis y Prospectiva.', AREA, '31/01/2017', 'Grupo de trabajo instalado.', 'Minuta de instalación.', '100', 'MIN_S072_2017_01', 'Archivo de la Dirección General de Padrones de Beneficiarios', 'El grupo quedó instalado el 20 de enero de 2017.'],
      ['Elaborar el documento de diagnóstico actualizado y someterlo a revisión.', AREA, '30/04/2017', 'Diagnóstico actualizado.', 'Documento de diagnóstico en versión preliminar.', '50', 'DIAG_S072_2017', 'http://www.gob.mx/prospera/documentos/diagnostico-2017', 'Se cuenta con una versión preliminar del capítulo de población potencial y objetivo.'],
      ['Publicar el diagnóstico en la página de internet de la dependencia.', 'Unidad de Comunicación Social', '30/06/2017', 'Diagnóstico publicado.', 'Liga de publicación.', '0', '', '', 'La publicación depende de la aprobación del diagnóstico.'],
    ],
  },
  {
    number: '2',
    text: 'Documentar los criterios de recertificación de las familias beneficiarias en las Reglas de Operación.',
    month: 'Marzo-2017',
    average: '100.00%',
    activities: [
      ['Incluir en las Reglas de Operación 2017 el procedimiento de recertificación y sus plazos.', 'Coordinación Nacional de PROSPERA', '31/12/2016', 'Reglas de Operación con criterios de recertificación.', 'Reglas de Operación publicadas en el Diario Oficial de la Federación.', '100', 'ROP_S072_2017', 'http://www.dof.gob.mx/nota_detalle.php?codigo=5468008', 'Las Reglas de Operación se publicaron el 29 de diciembre de 2016.'],
    ],
  },
  {
    number: '3',
    text: 'Medir la satisfacción de las beneficiarias con la atención recibida en las mesas de atención.',
    month: 'Marzo-2017',
    average: '25.00%',
    activities: [
      ['Diseñar y levantar una encuesta de satisfacción en una muestra de mesas de atención.', 'Dirección General de Atención y Operación', '15/11/2017', 'Encuesta levantada y resultados analizados.', 'Cuestionario, base de datos y reporte de resultados.', '25', 'ENC_S072_2017', 'En proceso', 'Se concluyó el diseño del cuestionario; el levantamiento iniciará en el segundo trimestre.'],
    ],
  },
];
const multiBlocks = [
  { kind: 'heading', level: 1, text: 'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS' },
  { kind: 'para', text: 'Secretaría de Desarrollo Social' },
  { kind: 'para', text: 'Avance al Documento de Trabajo:' },
  { kind: 'para', text: 'S-072 PROSPERA Programa de Inclusión Social' },
  { kind: 'heading', level: 4, text: 'Periodo 2016-2017' },
  { kind: 'table', header: HEADER, rows: [] },
  { kind: 'heading', level: 4, text: 'Periodo 2015-2016' },
  { kind: 'para', text: 'No se identificaron aspectos susceptibles de mejora vigentes, es decir, aspectos cuyo avance es menor al 100%.' },
];
const multiTable = multiBlocks[5];
const textLines = [];
for (const record of multiRecords) {
  record.activities.forEach((activity, k) => {
    const cells = [k === 0 ? record.number : '', k === 0 ? record.text : '', ...activity, k === 0 ? record.month : '', k === 0 ? record.average : ''];
    const n = record.activities.length;
    if (k === 0) multiTable.rows.push({ cells, rowspan: n > 1 ? { 0: n, 1: n, 11: n, 12: n } : undefined });
    else multiTable.rows.push({ cells, skip: [0, 1, 11, 12] });
    textLines.push(cells.join('\t'));
  });
}
writeFileSync(join(outDir, 'multi-activity.html'), html(multiBlocks, true, 'multi activity'));

// The same document as tab-separated text, laid out like the seed.
writeFileSync(join(outDir, 'multi-activity.txt'), textForm(multiBlocks, textLines));

// --- two tables on one page, drawn without lines (one per period) ------------
const twoBlocks = [
  ...multiBlocks.slice(0, 5),
  { kind: 'table', header: HEADER, rows: [] },
  { kind: 'heading', level: 4, text: 'Periodo 2015-2016' },
  { kind: 'table', header: HEADER, rows: [] },
];
const twoLines = [[], []];
const single = (record, activity, number) => [number, record.text, ...activity, record.month, `${Number(activity[5]).toFixed(2)}%`];
[multiRecords[1], multiRecords[2]].forEach((record, i) => twoLines[0].push(single(record, record.activities[0], String(i + 1))));
multiRecords[0].activities.forEach((activity, i) =>
  twoLines[1].push(single({ ...multiRecords[0], month: 'Marzo-2016' }, [...activity.slice(0, 2), activity[2].replace(/2017$/, '2016'), ...activity.slice(3)], String(i + 1))),
);
twoBlocks[5].rows = twoLines[0].map((cells) => ({ cells }));
twoBlocks[7].rows = twoLines[1].map((cells) => ({ cells }));
writeFileSync(join(outDir, 'two-periods.html'), html(twoBlocks, false, 'two periods'));
writeFileSync(
  join(outDir, 'two-periods.txt'),
  [
    '',
    `# ${twoBlocks[0].text}`,
    '',
    twoBlocks[1].text,
    twoBlocks[2].text,
    twoBlocks[3].text,
    '',
    `#### ${twoBlocks[4].text}`,
    '',
    HEADER.join('\t'),
    ...twoLines[0].map((cells) => cells.join('\t')),
    '',
    `#### ${twoBlocks[6].text}`,
    '',
    HEADER.join('\t'),
    ...twoLines[1].map((cells) => cells.join('\t')),
    '',
  ].join('\n'),
);

function textForm(blocks, rows) {
  return [
    '',
  `# ${blocks[0].text}`,
  '',
  blocks[1].text,
  blocks[2].text,
  blocks[3].text,
  '',
  `#### ${blocks[4].text}`,
  '',
  HEADER.join('\t'),
  ...rows,
  '',
  `#### ${blocks[6].text}`,
  '',
  blocks[7].text,
  '',
].join('\n');
}
