// HTML for the three HTML producers (LibreOffice Writer, Chromium,
// wkhtmltopdf), one function for all: a variant (scripts/corpus-independent/variants.mjs)
// chooses paper, ruling, alignments, header repetition, font size and page
// furniture; each producer honours a different subset of CSS, so the markup
// says things twice where needed (HTML attributes for Writer, CSS for the
// browsers).
import { tableRows } from './documents.mjs';

const PAPER = { letter: ['21.59cm', '27.94cm'], legal: ['21.59cm', '35.56cm'], a4: ['21cm', '29.7cm'] };

export const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const VALIGN = { top: 'top', middle: 'middle', bottom: 'bottom' };

function pageSize(v) {
  const [w, h] = PAPER[v.paper];
  return v.orientation === 'landscape' ? `${h} ${w}` : `${w} ${h}`;
}

function css(v) {
  // Unpatched-Qt wkhtmltopdf prints at 72/96 of the CSS size: compensate so the PDF shows v.fontSize.
  const k = v.producer === 'wkhtmltopdf' ? 4 / 3 : 1;
  const pt = (n) => `${+(n * k).toFixed(2)}pt`;
  const line = `${v.ruleWidth ?? '0.5pt'} solid #000`;
  const cell =
    v.ruling === 'grid' ? `border: ${line};` : v.ruling === 'horizontal' ? `border: none; border-top: ${line}; border-bottom: ${line};` : 'border: none;';
  const table = v.ruling === 'box' ? `border: ${line} !important; border-collapse: separate !important; border-spacing: 0;` : 'border: none;';
  const font = v.font ?? "'Liberation Sans', Arial, sans-serif";
  const margin = v.margin ?? '1cm';
  const marginBoxes = (v.marginBoxes ?? [])
    .map(([box, content]) => `@${box} { content: ${content}; font-family: ${font}; font-size: ${v.furnitureSize ?? 7}pt; }`)
    .join(' ');
  return `@page { size: ${pageSize(v)}; margin: ${margin}; ${marginBoxes} }
html, body { margin: 0; padding: 0 }
body, h1, h2, h3, p, th, td, div { font-family: ${font} }
body { font-size: ${pt(v.fontSize)} }
h1 { font-size: ${pt(v.titleSize ?? v.fontSize + 2)}; font-weight: bold; text-align: center; margin: 0 ${v.titleMargin ?? '4cm'} 4pt ${v.titleMargin ?? '4cm'} }
p.inst, p.type, p.prog { text-align: center; margin: 0 0 2pt 0; font-size: ${pt(v.fontSize + 1)} }
p.inst { font-weight: bold }
h3 { font-size: ${pt(v.fontSize + 1)}; font-weight: bold; margin: 8pt 0 4pt 0 }
p.stmt { font-size: ${pt(v.fontSize)}; margin: 0 0 4pt 0 }
table.asm { border-collapse: collapse; width: 100%; ${table} ${v.fixedLayout ? 'table-layout: fixed;' : ''} }
table.asm th, table.asm td { ${cell} padding: ${v.padding ?? pt(2)}; font-size: ${pt(v.fontSize)}; text-align: left; overflow-wrap: ${v.overflowWrap ?? 'break-word'} }
table.asm th { font-weight: bold; vertical-align: ${VALIGN[v.headerAlign]}; text-align: ${v.headerTextAlign ?? 'left'}; ${v.headerFill ? `background: ${v.headerFill};` : ''} }
table.asm td { vertical-align: ${VALIGN[v.bodyAlign]} }
table.asm th.num { text-align: ${v.headerNumberAlign ?? v.headerTextAlign ?? 'left'} }
table.asm td.num { text-align: ${v.numberAlign ?? 'left'} }
${v.rowAvoid ? 'tr { page-break-inside: avoid; break-inside: avoid }' : ''}
${v.headerRepeat ? 'thead { display: table-header-group }' : ''}
table.sig { width: 100%; margin-top: 28pt; border: none; border-collapse: collapse }
table.sig td { text-align: center; vertical-align: top; font-size: ${pt(v.fontSize + 1)}; padding: 0 12pt; width: 33% }
div.runhead { font-size: ${v.furnitureSize ?? 7}pt; text-align: right; color: #333 }
${v.extraCss ?? ''}`;
}

function headerRow(doc, v) {
  const widths = v.widths ?? [];
  const valign = VALIGN[v.headerAlign];
  const cells = doc.columns.map(([key, header], i) => {
    const cls = key === 'number' ? ' class="num"' : '';
    const align = key === 'number' ? (v.headerNumberAlign ?? v.headerTextAlign ?? 'left') : (v.headerTextAlign ?? 'left');
    const width = widths[i] ? ` width="${widths[i]}%"` : '';
    return `<th${cls}${width} align="${align}" valign="${valign}">${esc(header)}</th>`;
  });
  return `<tr>${cells.join('')}</tr>`;
}

function bodyRows(doc, period, v) {
  const rows = tableRows(doc, period);
  const aspectCols = new Set(doc.columns.map(([key], i) => (['number', 'text', 'reportMonth', 'average'].includes(key) ? i : -1)));
  const valign = VALIGN[v.bodyAlign];
  return rows
    .map((row) => {
      const tds = [];
      row.cells.forEach((cell, i) => {
        const merged = v.merge && aspectCols.has(i) && row.activityCount > 1;
        if (merged && row.activityIndex > 0) return;
        const span = merged ? ` rowspan="${row.activityCount}"` : '';
        const isNum = doc.columns[i][0] === 'number';
        const cls = isNum ? ' class="num"' : '';
        const align = isNum ? (v.numberAlign ?? 'left') : 'left';
        tds.push(`<td${cls}${span} align="${align}" valign="${valign}">${esc(cell)}</td>`);
      });
      return `<tr>${tds.join('')}</tr>`;
    })
    .join('\n');
}

function table(doc, period, v) {
  const attrs = v.ruling === 'grid' ? ' border="1"' : '';
  const head = headerRow(doc, v);
  const frame = v.producer !== 'wkhtmltopdf' && v.ruling === 'box' ? ' frame="box" rules="none"' : v.producer !== 'wkhtmltopdf' && v.ruling === 'horizontal' ? ' frame="hsides" rules="rows"' : '';
  const headPart = v.headerRepeat ? `<thead>${head}</thead>\n<tbody>` : `<tbody>\n${head}`;
  const open = `<table class="asm"${attrs}${frame} cellspacing="0" cellpadding="3" width="100%">\n${headPart}\n`;
  const close = '\n</tbody></table>';
  if (!v.chunks) return `${open}${bodyRows(doc, period, v)}${close}`;
  // wkhtmltopdf (unpatched Qt) neither repeats <thead> nor keeps a row on one
  // page: the table is cut into one table per page, each with its header, at
  // ASM boundaries (v.chunks = ASMs per page), as some agencies' generators do.
  const parts = [];
  let start = 0;
  for (const count of v.chunks) {
    const aspects = period.aspects.slice(start, start + count);
    start += count;
    if (aspects.length === 0) break;
    const piece = { ...period, aspects };
    parts.push(`${parts.length ? '<div style="page-break-before: always"></div>\n' : ''}${open}${bodyRows(doc, piece, v)}${close}`);
  }
  return parts.join('\n');
}

function signature(doc) {
  const rows = [0, 1, 2].map(
    (line) => `<tr>${doc.signature.map((block) => `<td align="center">${line === 1 ? '<br><br><br>' : ''}${esc(block[line])}</td>`).join('')}</tr>`,
  );
  return `<table class="sig" border="0" width="100%">\n${rows.join('\n')}\n</table>`;
}

/** Writer's own page header/footer markup (what its HTML export writes). */
function writerFurniture(v) {
  const parts = [];
  if (v.writerHeader) parts.push(`<div title="header"><p align="right" style="font-size: ${v.furnitureSize ?? 7}pt">${esc(v.writerHeader)}</p></div>`);
  if (v.writerFooter)
    parts.push(
      `<div title="footer"><p align="center" style="font-size: ${v.furnitureSize ?? 7}pt">Página <sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> de <sdfield type=DOCSTAT subtype=PAGE format=PAGE>1</sdfield></p></div>`,
    );
  return parts.join('\n');
}

export function html(doc, v) {
  const parts = [writerFurniture(v)];
  parts.push(`<h1>${esc(doc.title)}</h1>`);
  parts.push(`<p class="inst" align="center">${esc(doc.institution)}</p>`);
  parts.push(`<p class="type" align="center">${esc(doc.documentType)}</p>`);
  parts.push(`<p class="prog" align="center">${esc(doc.program)}</p>`);
  for (const period of doc.periods) {
    parts.push(`<h3>Periodo ${esc(period.period)}</h3>`);
    if (period.statement) parts.push(`<p class="stmt">${esc(period.statement)}</p>`);
    else parts.push(table(doc, period, v));
  }
  if (v.signature && doc.signature) parts.push(signature(doc));
  return `<!DOCTYPE html>
<html lang="es"><head><meta charset="utf-8"><title>${esc(v.htmlTitle ?? doc.title)}</title>
<style>
${css(v)}
</style></head>
<body>
${parts.filter(Boolean).join('\n')}
</body></html>
`;
}
