// Writes fixtures/hostile/pdf-bomb.pdf: a one-page PDF whose content stream
// inflates to 2 GiB of spaces (issue 11, finding 10). The stream is deflated
// twice (/Filter [/FlateDecode /FlateDecode]), so the committed file stays a
// few kilobytes while pdf.js, reading the page, inflates all of it into one
// growing ArrayBuffer (outside the V8 heap, so --max-old-space-size does not
// stop it). Deterministic: the same bytes every run.
//
//   node scripts/make-pdf-bomb.mjs [out.pdf] [--gib 2]
import { createDeflate, deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const gibIndex = args.indexOf('--gib');
const gib = gibIndex < 0 ? 2 : Number(args.splice(gibIndex, 2)[1]);
const out = args[0] ?? join(ROOT, 'fixtures', 'hostile', 'pdf-bomb.pdf');

/** Deflate `total` bytes of spaces without holding them: 64 MiB at a time through one stream. */
async function deflateSpaces(total) {
  const deflate = createDeflate({ level: 9 });
  const parts = [];
  deflate.on('data', (chunk) => parts.push(chunk));
  const done = new Promise((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  const chunk = Buffer.alloc(64 * 1024 * 1024, 0x20);
  for (let left = total; left > 0; left -= chunk.length) {
    const piece = left >= chunk.length ? chunk : chunk.subarray(0, left);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return Buffer.concat(parts);
}

const inflatedSize = Math.round(gib * 1024 ** 3);
const once = await deflateSpaces(inflatedSize);
const twice = deflateSync(once, { level: 9 });

const objects = [
  '<< /Type /Catalog /Pages 2 0 R >>',
  '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
  '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>',
];
const chunks = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
const offsets = [];
let length = chunks[0].length;
const push = (buffer) => {
  chunks.push(buffer);
  length += buffer.length;
};
objects.forEach((body, index) => {
  offsets.push(length);
  push(Buffer.from(`${index + 1} 0 obj\n${body}\nendobj\n`, 'latin1'));
});
offsets.push(length);
push(Buffer.from(`4 0 obj\n<< /Length ${twice.length} /Filter [/FlateDecode /FlateDecode] >>\nstream\n`, 'latin1'));
push(twice);
push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
const xref = length;
const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
push(
  Buffer.from(
    `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n${entries}trailer\n<< /Size ${offsets.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`,
    'latin1',
  ),
);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, Buffer.concat(chunks));
console.log(`${out}: ${length} bytes; content stream ${twice.length} bytes → ${once.length} → ${inflatedSize} bytes`);
