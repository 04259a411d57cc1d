// The layers of src, checked on every run: every import (static, dynamic or
// type-only) points down. A new file lands in a layer by its folder; an arrow
// that runs back up fails here with the file and the import named.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');

// Lowest first. A module may import its own layer and any layer below it.
const LAYERS: Array<{ name: string; test: (path: string) => boolean }> = [
  { name: 'text', test: (p) => p.startsWith('text/') },
  { name: 'core', test: (p) => p.startsWith('core/') },
  { name: 'sources', test: (p) => p.startsWith('sources/') },
  { name: 'render', test: (p) => p.startsWith('render/') },
  { name: 'pipeline', test: (p) => p === 'parse.ts' },
  { name: 'cli', test: (p) => p.startsWith('cli/') },
  { name: 'library', test: (p) => p === 'index.ts' },
];

function layerOf(path: string): number {
  const index = LAYERS.findIndex((layer) => layer.test(path));
  if (index < 0) throw new Error(`src/${path} is in no layer: add its folder to LAYERS in tests/architecture.test.ts`);
  return index;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/** Relative module specifiers of a file: `from '…'`, `import('…')`, `export … from '…'`. */
function importsOf(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)'(\.{1,2}\/[^']+)'/gm)) found.push(match[1]!);
  return found;
}

const FILES = sourceFiles(SRC).map((file) => relative(SRC, file).split('\\').join('/'));

describe('the import graph of src', () => {
  it('finds the files and their imports (the check below would pass on nothing)', () => {
    expect(FILES.length).toBeGreaterThan(50);
    expect(importsOf(readFileSync(join(SRC, 'parse.ts'), 'utf8'))).toContain('./core/document.js');
    expect(importsOf("const m = await import('../render/x.js');\nimport type { A } from './a.js';")).toEqual(['../render/x.js', './a.js']);
  });

  it('has no arrow from a lower layer to a higher one', () => {
    const upward: string[] = [];
    for (const file of FILES) {
      const from = layerOf(file);
      for (const specifier of importsOf(readFileSync(join(SRC, file), 'utf8'))) {
        const target = relative(SRC, resolve(dirname(join(SRC, file)), specifier)).split('\\').join('/').replace(/\.js$/, '.ts');
        const to = layerOf(target);
        if (to > from) upward.push(`src/${file} (${LAYERS[from]!.name}) imports src/${target} (${LAYERS[to]!.name})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it('keeps core free of I/O, colour and the terminal', () => {
    const offenders = FILES.filter((file) => file.startsWith('core/')).filter((file) =>
      /from '(?:node:)?(?:fs|fs\/promises|child_process|chalk|cli-table3)'|process\.(?:stdout|stderr|exit)/.test(readFileSync(join(SRC, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
