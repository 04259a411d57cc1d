// File system for the CLI: reading inputs and writing outputs atomically.
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AsmInputError } from '../core/errors.js';

export const SUPPORTED_EXTENSIONS = /\.(txt|md|text|csv|tsv|json|pdf)$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.asm']);

/** Expand directories (recursively, sorted) into the supported files inside. */
export function expandInputs(args: readonly string[]): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    const stats = statOrThrow(arg);
    if (!stats.isDirectory()) {
      files.push(arg);
      continue;
    }
    const found = walk(arg);
    if (found.length === 0) throw new AsmInputError('no-supported-files', arg);
    files.push(...found);
  }
  return files;
}

function walk(directory: string): string[] {
  const found: string[] = [];
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) found.push(...walk(path));
    } else if (SUPPORTED_EXTENSIONS.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

function statOrThrow(path: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw fileError(error, path);
  }
}

function fileError(error: unknown, path: string): AsmInputError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return new AsmInputError('file-not-readable', path);
  if (code === 'EISDIR') return new AsmInputError('is-directory', path);
  return new AsmInputError('file-not-found', path);
}

/**
 * A file's content: text when it is valid UTF-8, else its bytes (Windows-1252,
 * PDFs, binary files), for the parser to decode or refuse. Node reads UTF-8
 * natively several times faster than it fills a Buffer, and most reports are UTF-8.
 */
export function readInputFile(path: string): string | Uint8Array {
  try {
    if (/\.pdf$/i.test(path)) return readFileSync(path);
    const text = readFileSync(path, 'utf8');
    // U+FFFD: not valid UTF-8 (or a real replacement character, rare): let the parser see the bytes.
    if (text.includes('\uFFFD') || /^[\s\uFEFF]*%PDF-/.test(text.slice(0, 1024))) return readFileSync(path);
    return text;
  } catch (error) {
    throw fileError(error, path);
  }
}

export async function readStream(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Write through a temporary file in the same folder and rename it into place:
 * readers and concurrent writers see the old file or the new one, never a mix.
 */
let temporaryCounter = 0;

/**
 * Writes `content` to `path`. A regular file (or a new one) is replaced
 * atomically: a temporary file in the same folder, then a rename. A symlink's
 * target is replaced, not the link. A character device or a FIFO (`/dev/null`,
 * `/dev/stdout`, a named pipe) is written straight into: renaming over it would
 * turn it into a file. A directory is refused.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  let target = linkTarget(path);
  try {
    const stat = statSync(target);
    if (stat.isDirectory()) throw new AsmInputError('is-directory', path);
    if (stat.isCharacterDevice() || stat.isFIFO() || stat.isSocket()) {
      writeFileSync(target, content);
      return;
    }
  } catch (error) {
    if (error instanceof AsmInputError) throw error;
    // Nothing there yet (or a dangling link): a new regular file.
  }
  replaceAtomically(target, content);
}

/** Where a path leads through its symlinks, even to a file that does not exist yet. */
function linkTarget(path: string): string {
  let current = path;
  for (let hops = 0; hops < 32; hops++) {
    try {
      if (!lstatSync(current).isSymbolicLink()) return current;
    } catch {
      return current;
    }
    current = resolve(dirname(current), readlinkSync(current));
  }
  return current;
}

function replaceAtomically(path: string, content: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  // Unique per process and call; node:crypto is not worth its load time here.
  const temporary = `${path}.${process.pid}.${(temporaryCounter++).toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp`;
  try {
    writeFileSync(temporary, content);
    if (process.env.ASM_TEST_FAIL_BEFORE_RENAME === '1') throw new Error('injected failure before rename');
    renameSync(temporary, path);
  } catch (error) {
    try {
      unlinkSync(temporary);
    } catch {
      // already gone
    }
    throw error;
  }
}
