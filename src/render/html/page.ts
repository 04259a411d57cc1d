// The shell of asm's HTML pages: one self-contained file. The style sheet and
// the one script are constants, allowed by their SHA-256 in a strict
// Content-Security-Policy: nothing else runs, nothing is fetched (default-src
// 'none'), so a `<script>` smuggled past the escaping would still not run.
import { createHash } from 'node:crypto';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text for an element or a quoted attribute: every character that makes markup escaped. */
export function escapeHtml(text: string | number | null | undefined): string {
  if (text === null || text === undefined) return '';
  return String(text).replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

/** The file name of a source, never the folder it was read from (`-` stays as is). */
export function fileName(file: string): string {
  const parts = file.split(/[\\/]/);
  return parts[parts.length - 1] || file;
}

export const STYLE = `
:root{--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--concluded:#1a7f37;--vigente:#b08800;--overdue:#cf222e;--accent:#0969da;--bg:#fff}
*{box-sizing:border-box}
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",Arial,sans-serif;color:var(--ink);background:var(--bg);margin:0 auto;max-width:1200px;padding:24px}
h1{font-size:1.6em;margin:0 0 .3em}h2{font-size:1.25em;margin:1.6em 0 .5em;border-bottom:1px solid var(--line);padding-bottom:.2em}h3{font-size:1.05em;margin:1.2em 0 .4em}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:.15em 1em;margin:.5em 0 1em}.facts dt{color:var(--muted)}.facts dd{margin:0}
.note{color:var(--muted);font-size:.9em}
table{border-collapse:collapse;margin:.4em 0 1em;font-size:.92em}
th,td{border:1px solid var(--line);padding:.3em .5em;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.chart{display:flex;flex-wrap:wrap;gap:1.5em;align-items:flex-start;margin:.5em 0 1.2em}
.chart figure{margin:0;flex:1 1 480px;max-width:640px}.chart figcaption{font-weight:600;margin-bottom:.3em}
.chart table{flex:0 1 auto}
svg{max-width:100%;height:auto;font:12px system-ui,Arial,sans-serif}
svg .axis{stroke:#8c959f;stroke-width:1}svg .grid{stroke:#eaeef2;stroke-width:1}
svg .concluded{fill:var(--concluded)}svg .vigente{fill:var(--vigente)}svg .overdue{fill:var(--overdue)}svg .none{fill:#8c959f}
svg .count-vigentes{fill:var(--vigente)}svg .count-overdue{fill:var(--overdue)}
svg text{fill:var(--ink)}svg .series{fill:none;stroke-width:2}
.legend{display:flex;gap:1em;flex-wrap:wrap;font-size:.9em;margin:.2em 0}.swatch{display:inline-block;width:.9em;height:.9em;vertical-align:-.1em;margin-right:.3em}
.swatch.concluded{background:var(--concluded)}.swatch.vigente{background:var(--vigente)}.swatch.overdue{background:var(--overdue)}.swatch.none{background:#8c959f}
.status-concluded{color:var(--concluded)}.status-overdue{color:var(--overdue);font-weight:600}.status-vigente{color:#7d6200}
.wide{overflow-x:auto}#asm-table{width:100%}#asm-table td.text{min-width:13em}#asm-table td.acts{min-width:17em}#asm-table ol{margin:0;padding-left:1.3em}#asm-table li{margin:.15em 0}
#asm-table th button{font:inherit;font-weight:600;background:none;border:0;padding:0;cursor:pointer;color:inherit;text-align:left}
#asm-table th button::after{content:" \\2195";color:var(--muted)}
#asm-table th[aria-sort=ascending] button::after{content:" \\2191"}#asm-table th[aria-sort=descending] button::after{content:" \\2193"}
.controls{margin:.5em 0}.controls input{font:inherit;padding:.25em .4em;min-width:20em}
.src{white-space:nowrap;color:var(--muted)}
ins.word{background:#dafbe1;color:#116329;text-decoration:underline}del.word{background:#ffebe9;color:#82071e;text-decoration:line-through}
.regression{color:var(--overdue);font-weight:600}
@page{size:landscape;margin:10mm}
@media print{
body{max-width:none;padding:0;font-size:10pt}
.controls,.no-print{display:none}.wide{overflow:visible}
#asm-table tr[hidden]{display:table-row}
h2{break-after:avoid}figure,.chart table,tr{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`;

// Sorting and filtering of #asm-table. Written without document text (its
// labels come from the table's data attributes), so its hash never changes.
export const SCRIPT = `
(function(){
var table=document.getElementById('asm-table');if(!table)return;
var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
function fold(s){return s.normalize('NFD').replace(/[\\u0300-\\u036f]/g,'').toLowerCase();}
function key(row,i){var c=row.cells[i];var v=c.getAttribute('data-sort');return v===null?c.textContent.trim():v;}
function cmp(a,b){var x=Number(a),y=Number(b);if(a!==''&&b!==''&&!isNaN(x)&&!isNaN(y))return x-y;return a.localeCompare(b);}
var heads=table.tHead.rows[0].cells;
Array.prototype.forEach.call(heads,function(th,i){
  var b=document.createElement('button');b.type='button';
  while(th.firstChild)b.appendChild(th.firstChild);th.appendChild(b);
  b.addEventListener('click',function(){
    var dir=th.getAttribute('aria-sort')==='ascending'?'descending':'ascending';
    Array.prototype.forEach.call(heads,function(h){h.removeAttribute('aria-sort');});
    th.setAttribute('aria-sort',dir);
    var sorted=rows.slice().sort(function(r,s){var d=cmp(key(r,i),key(s,i));return dir==='ascending'?d:-d;});
    sorted.forEach(function(r){body.appendChild(r);});
  });
});
var box=document.createElement('div');box.className='controls';
var label=document.createElement('label');label.textContent=table.getAttribute('data-filter-label')+' ';
var input=document.createElement('input');input.type='search';input.id='asm-filter';label.appendChild(input);
var count=document.createElement('span');count.id='asm-count';count.setAttribute('aria-live','polite');
box.appendChild(label);box.appendChild(document.createTextNode(' '));box.appendChild(count);
table.parentNode.insertBefore(box,table);
var texts=rows.map(function(r){return fold(r.textContent);});
function update(){var q=fold(input.value.trim()),n=0;
  rows.forEach(function(r,j){var show=q===''||texts[j].indexOf(q)>=0;r.hidden=!show;if(show)n++;});
  count.textContent=n+' / '+rows.length+' '+table.getAttribute('data-shown-label');}
input.addEventListener('input',update);update();
})();
`;

const sha256 = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The policy of every page: only the page's own style and script, nothing from anywhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${sha256(STYLE)}`,
  `script-src ${sha256(SCRIPT)}`,
  "img-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function page(lang: string, title: string, body: string, { script = true }: { script?: boolean } = {}): string {
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    body,
    script ? `<script>${SCRIPT}</script>` : '',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
