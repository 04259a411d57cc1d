// File system for the CLI: reading inputs and writing outputs atomically.
import { closeSync, lstatSync, mkdirSync, openSync, readdirSync, readFileSync, readlinkSync, readSync, renameSync, statSync, unlinkSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { AsmInputError } from '../core/errors.js';
import { pushAll } from '../core/arrays.js';
import { formatSize } from './limits.js';

export const SUPPORTED_EXTENSIONS = /\.(txt|md|text|csv|tsv|json|pdf|xlsx|xls)$/i;
/** Files read as bytes, never decoded as text first. */
const BINARY_EXTENSIONS = /\.(pdf|xlsx|xls)$/i;
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', '.asm']);

/** Expand directories (recursively, sorted) into the supported files inside. */
export function expandInputs(args: readonly string[], setAside?: (file: string, error: unknown) => void): string[] {
  const files: string[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push(arg);
      continue;
    }
    try {
      const stats = statOrThrow(arg);
      if (!stats.isDirectory()) {
        files.push(arg);
        continue;
      }
      const found = walk(arg, []);
      if (found.length === 0) throw new AsmInputError('no-supported-files', arg);
      pushAll(files, found);
    } catch (error) {
      // --keep-going: a missing file or an empty folder is one failed input, not the end of the run.
      if (!setAside) throw error;
      setAside(arg, error);
    }
  }
  return files;
}

/** Appends to `found` (a folder may hold more files than a push(...) call has room for arguments). */
function walk(directory: string, found: string[]): string[] {
  const entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name) && !entry.name.startsWith('.')) walk(path, found);
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
 *
 * At most `maxBytes` (--max-input-size): a regular file over it is refused by
 * its size before reading; a device, FIFO or socket (`/dev/zero`, `<(…)`) is
 * read with a running count and stopped at the limit.
 */
export function readInputFile(path: string, maxBytes = Number.POSITIVE_INFINITY): string | Uint8Array {
  const stats = statOrThrow(path);
  // Not a regular file, or one that reports no size (/proc): it may never end.
  if (!stats.isDirectory() && (!stats.isFile() || stats.size === 0)) return textOrBytes(path, readBounded(path, maxBytes));
  if (stats.size > maxBytes) throw tooLarge(path, maxBytes);
  let content: string | Uint8Array;
  try {
    if (BINARY_EXTENSIONS.test(path)) content = readFileSync(path);
    else {
      const text = readFileSync(path, 'utf8');
      // U+FFFD: not valid UTF-8 (or a real replacement character, rare): let the parser see the bytes.
      content = text.includes('\uFFFD') || /^[\s\uFEFF]*%PDF-/.test(text.slice(0, 1024)) ? readFileSync(path) : text;
    }
  } catch (error) {
    throw fileError(error, path);
  }
  // It grew after the stat (a string's length never exceeds its UTF-8 size).
  if (content.length > maxBytes) throw tooLarge(path, maxBytes);
  return content;
}

function tooLarge(path: string, maxBytes: number): AsmInputError {
  return new AsmInputError('input-too-large', path, formatSize(maxBytes));
}

/** Bytes read from a stream that is not a file as text when they are valid UTF-8 (see readInputFile). */
function textOrBytes(path: string, bytes: Buffer): string | Uint8Array {
  if (BINARY_EXTENSIONS.test(path)) return bytes;
  const text = bytes.toString('utf8');
  return text.includes('\uFFFD') || /^[\s\uFEFF]*%PDF-/.test(text.slice(0, 1024)) ? bytes : text;
}

/** Read up to `maxBytes` from a file of unknown size, in 1 MB steps; one byte more is refused. */
function readBounded(path: string, maxBytes: number): Buffer {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw fileError(error, path);
  }
  try {
    const step = Buffer.allocUnsafe(1024 * 1024);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, step, 0, step.length, null);
      } catch (error) {
        // A non-blocking descriptor with nothing yet (/dev/stdin on some pipes): wait a little and read again.
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (read === 0) break;
      total += read;
      if (total > maxBytes) throw tooLarge(path, maxBytes);
      chunks.push(Buffer.from(step.subarray(0, read)));
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof AsmInputError) throw error;
    throw fileError(error, path);
  } finally {
    closeSync(fd);
  }
}

/** Standard input, stopped with `input-too-large` once more than `maxBytes` have come. */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes = Number.POSITIVE_INFINITY, file = '-'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += buffer.length;
    // Leaving the loop destroys the stream: nothing more is read.
    if (total > maxBytes) throw tooLarge(file, maxBytes);
    chunks.push(buffer);
  }
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
