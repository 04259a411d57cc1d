// Build: the library with tsc (types + ESM for importers), the CLI with esbuild.
//
// The CLI is one CommonJS bundle (dist/cli/asm.cjs): Node loads CommonJS
// faster than an ESM module graph, and start-up is most of a CI run of
// `asm vigentes`. Heavy parts stay out of start-up: modules imported with
// `await import()` are inlined as lazily initialised code, and the big
// packages (pdf-parse, pdf.js, zod, papaparse, cli-table3, exceljs, SheetJS) are required from
// node_modules only when that code first runs.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

// commander requires node:child_process at load time but uses it only for
// executable subcommands, which asm has none of: hand it a getter that loads
// the module on first use, so start-up does not pay for it.
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander') ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => process.getBuiltinModule('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

// Every renderer of the registry (src/render/registry.ts) is a bundle of its
// own, dist/cli/render/<view>-<format>.cjs, required when a run first renders
// that view in that format: inlined, their code (HTML pages, workbooks, JUnit,
// diffs…) would be parsed by V8 on every start-up, and grew the CLI bundle by
// more than half. A renderer is a pure function of its data (no state shared
// with the CLI), so its own copy of the helpers it uses is harmless.
const REGISTRY = 'src/render/registry.ts';
const rendererName = (path) => relative('src/render', path).replace(/\.[jt]s$/, '').split('/').join('-');
const renderers = Object.fromEntries(
  [...readFileSync(REGISTRY, 'utf8').matchAll(/import\('(\.\/[^']+)\.js'\)/g)].map(([, path]) => {
    const source = `${resolve(dirname(REGISTRY), path)}.ts`;
    return [`render/${rendererName(relative('.', source))}`, source];
  }),
);
const separateRenderers = {
  name: 'separate-renderers',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\// }, (args) => {
      if (args.kind !== 'dynamic-import' || relative('.', args.importer) !== REGISTRY) return undefined;
      return { path: `./render/${rendererName(relative('.', resolve(dirname(args.importer), args.path)))}.cjs`, external: true };
    });
  },
};

rmSync('dist/cli', { recursive: true, force: true });
const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/cli',
  outExtension: { '.js': '.cjs' },
  plugins: [lazyChildProcess],
  external: ['pdf-parse', 'pdfjs-dist', 'zod', 'papaparse', 'cli-table3', 'diff', 'exceljs', '@e965/xlsx', 'tesseract.js', '@napi-rs/canvas', '@tesseract.js-data/spa'],
  // import.meta.url does not exist in CommonJS: give the code the bundle's own URL.
  define: { ASM_VERSION: JSON.stringify(version), 'import.meta.url': '__asmModuleUrl' },
  banner: { js: "const __asmModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  // Less source for V8 to parse at start-up (ASM_BUILD_READABLE=1 for profiling). No keepNames: its
  // __name calls on every closure cost 3% of a large run.
  minifyWhitespace: !process.env.ASM_BUILD_READABLE,
  minifySyntax: !process.env.ASM_BUILD_READABLE,
  logLevel: 'warning',
};
await Promise.all([
  build({ ...common, entryPoints: { asm: 'src/cli/main.ts' }, plugins: [...common.plugins, separateRenderers] }),
  build({ ...common, entryPoints: renderers }),
  // The child process that reads PDFs under memory and time limits (src/cli/parallel.ts), a bundle of its own.
  build({ ...common, entryPoints: { 'parse-worker': 'src/cli/parse-worker.ts' } }),
]);
// The library and its types; also the type check (a type error fails the build after the bundle is written).
execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'inherit' });
