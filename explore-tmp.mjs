import { readFileSync } from 'node:fs';
import { PDFParse } from 'pdf-parse';
const t0 = performance.now();
const data = new Uint8Array(readFileSync(process.argv[2]));
const parser = new PDFParse({ data });
const doc = await parser.load();
console.log('pages', doc.numPages, (performance.now()-t0).toFixed(0));
const page = await doc.getPage(Number(process.argv[3] ?? 1));
const vp = page.getViewport({ scale: 1 });
const tc = await page.getTextContent();
for (const it of tc.items.slice(0, Number(process.argv[4] ?? 60))) {
  if (!('str' in it)) continue;
  const [x, y] = vp.convertToViewportPoint(it.transform[4], it.transform[5]);
  console.log(x.toFixed(1), y.toFixed(1), it.width.toFixed(1), it.height.toFixed(1), it.hasEOL, JSON.stringify(it.str), it.fontName);
}
const ops = await page.getOperatorList();
const { OPS } = await import('pdfjs-dist/legacy/build/pdf.mjs');
const names = Object.fromEntries(Object.entries(OPS).map(([k,v])=>[v,k]));
const counts = {};
for (let i=0;i<ops.fnArray.length;i++){ counts[names[ops.fnArray[i]]]=(counts[names[ops.fnArray[i]]]||0)+1; }
console.log(counts);
let n=0;
for (let i=0;i<ops.fnArray.length && n<8;i++){ if (ops.fnArray[i]===OPS.constructPath){ n++; console.log(JSON.stringify(ops.argsArray[i], (k,v)=> v instanceof Float32Array? Array.from(v): v)); } if (ops.fnArray[i]===OPS.transform) console.log('transform', ops.argsArray[i]); }
console.log('ms', (performance.now()-t0).toFixed(0));
await parser.destroy();
