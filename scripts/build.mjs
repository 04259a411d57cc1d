// Build: the library with tsc (types + ESM for importers), the CLI as one
// esbuild bundle. The bundle is ESM with code splitting so that PDF reading,
// zod and other heavy parts load only when a command needs them.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

rmSync('dist/cli', { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // pdf-parse/pdfjs-dist are big and only needed for PDFs: load them from node_modules at run time.
  external: ['pdf-parse', 'pdfjs-dist'],
  // commander and others are CommonJS: give the ESM bundle a real `require`.
  banner: { js: "import { createRequire as __asmCreateRequire } from 'node:module'; const require = __asmCreateRequire(import.meta.url);" },
  define: { ASM_VERSION: JSON.stringify(version) },
  logLevel: 'warning',
};
await Promise.all([
  build({
    ...common,
    entryPoints: { asm: 'src/cli/main.ts' },
    outdir: 'dist/cli',
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  }),
  // The worker thread of parallel PDF parsing (src/cli/parallel.ts): a bundle
  // of its own, built apart so that it shares no chunk with the CLI (the CLI's
  // start-up path stays as it is). It loads the parser only; the PDF reader,
  // CSV and JSON readers (zod) are its own lazy chunks, and pdf.js stays
  // external, loaded on the worker's first PDF.
  build({
    ...common,
    entryPoints: { 'parse-worker': 'src/cli/parse-worker.ts' },
    outdir: 'dist/cli',
    splitting: true,
    chunkNames: 'chunks/worker-[name]-[hash]',
  }),
]);
// The library and its types; also the type check (a type error fails the build after the bundle is written).
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
