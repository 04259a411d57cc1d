// The workspace store: one pretty JSON file per institution, program and
// report month, so that report/vigentes/validate run with no file arguments
// and a git diff of the store shows what changed between reports.
import { existsSync, lstatSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import type { AsmDocument } from '../core/schema.js';
import { documentsFromData } from '../sources/json.js';
import { SCHEMA_VERSION } from '../core/version.js';
import { AsmInputError, jsonErrorPlace } from '../core/errors.js';
import { inertJson } from '../core/text.js';
import { foldCode } from '../core/report.js';
import { foldAccents } from '../core/text.js';

export function storeDirectory(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ?? env.ASM_STORE ?? '.asm';
}

/** Something is at `path`, even a dangling link (which existsSync calls absent). */
function isPresent(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** 8 hex digits of FNV-1a: a short name for a long text (no crypto import on the start-up path). */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

const SLUG_LENGTH = 60;

/**
 * The institution as a file-name part. A name longer than the part keeps a
 * hash of the whole name, so that two institutions whose names share their
 * first 60 slug characters never share a file.
 */
function slug(text: string | null): string {
  if (!text) return 'sin-dato';
  const value = foldAccents(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  if (value.length <= SLUG_LENGTH) return value || 'sin-dato';
  return `${value.slice(0, SLUG_LENGTH - 9).replace(/-+$/, '')}-${shortHash(value)}`;
}

/** Letters, digits and hyphens only (case kept): a value from a document cannot name a folder. */
function safePart(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'sin-dato';
}

/**
 * `instituto-mexicano-del-seguro-social__E006__2015-09.json`. Every part comes
 * from the document, so every part is reduced to safe characters: a program
 * code or a report month such as `2016-09/../../package` names no other place.
 * A part that is missing takes the document's hash: two reports without a
 * report month are two files, not one `sin-mes`.
 */
export function storeFileName(document: AsmDocument): string {
  const hash = (): string => document.source.sha256.slice(0, 8);
  const program = document.program.code ? safePart(document.program.code) : `sin-clave-${hash()}`;
  const month = document.reportMonth ? safePart(document.reportMonth) : `sin-mes-${hash()}`;
  return `${slug(document.institution)}__${program}__${month}.json`;
}

export interface StoreWrite {
  path: string;
  content: string;
  /** The source file of a different document this save replaces (same institution, program and month), else null. */
  replaces: string | null;
}

/** What saving would write, computed apart so that a command can fail before writing anything. */
export function prepareSave(directory: string, document: AsmDocument): StoreWrite {
  const path = join(directory, storeFileName(document));
  // The name is made of safe parts; this is the check that it stays in the store whatever changes later.
  if (dirname(resolve(path)) !== resolve(directory)) throw new Error(`store file outside the store: ${path}`);
  // A link in the store is never written through (it could point at any file the user may write).
  if (isPresent(path) && !lstatSync(path).isFile()) throw new AsmInputError('store-entry-not-file', path);
  return { path, content: `${inertJson(JSON.stringify(document, null, 2))}\n`, replaces: replacedSource(path, document) };
}

/** The source of the stored document at `path` when it is another document than `document` (its bytes differ). */
function replacedSource(path: string, document: AsmDocument): string | null {
  if (!isPresent(path)) return null;
  try {
    const stored = readStoreFile(path);
    return stored.source.sha256 === document.source.sha256 ? null : stored.source.file;
  } catch {
    return basename(path);
  }
}

export interface StoreEntry {
  path: string;
  document: AsmDocument;
}

/**
 * One store file, checked: a regular file (not a link to /etc/passwd, a FIFO
 * or a folder), JSON, of this schema version and shape. Errors name the file
 * and say where it is wrong, never what it holds.
 */
export function readStoreFile(path: string): AsmDocument {
  if (!lstatSync(path).isFile()) throw new AsmInputError('store-entry-not-file', path);
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new AsmInputError('invalid-json', path, jsonErrorPlace(error));
  }
  const version = (data as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (Array.isArray(data) || version !== SCHEMA_VERSION) throw new AsmInputError('invalid-json', path, 'schemaVersion');
  // The same reading as a JSON input: shape checked by zod, `extra` keys kept, strings cleaned.
  return documentsFromData(data, path)[0]!;
}

export function listStore(directory: string): StoreEntry[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      return { path, document: readStoreFile(path) };
    });
}

/** What `store remove SELECTOR` would remove: nothing, the entries it names, or an ambiguous prefix. */
export type RemovalMatch = { kind: 'none' } | { kind: 'entries'; entries: StoreEntry[] } | { kind: 'ambiguous'; candidates: string[] };

/**
 * Exact matches only: a path or file name, a program code (every report of
 * that program: `E006` and `E-006` alike), or a prefix of exactly one file
 * name. A prefix of several files is ambiguous: nothing is removed.
 */
export function matchStore(entries: readonly StoreEntry[], selector: string): RemovalMatch {
  const byPath = entries.filter((entry) => resolve(entry.path) === resolve(selector) || basename(entry.path) === selector);
  if (byPath.length > 0) return { kind: 'entries', entries: byPath };
  const code = foldCode(selector);
  const byCode = code ? entries.filter((entry) => foldCode(entry.document.program.code) === code) : [];
  if (byCode.length > 0) return { kind: 'entries', entries: byCode };
  const byPrefix = selector.length > 0 ? entries.filter((entry) => basename(entry.path).startsWith(selector)) : [];
  if (byPrefix.length === 1) return { kind: 'entries', entries: byPrefix };
  if (byPrefix.length > 1) return { kind: 'ambiguous', candidates: byPrefix.map((entry) => basename(entry.path)) };
  return { kind: 'none' };
}

export function removeEntries(entries: readonly StoreEntry[]): string[] {
  return entries.map((entry) => {
    unlinkSync(entry.path);
    return entry.path;
  });
}
