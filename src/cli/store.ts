// The workspace store: one pretty JSON file per institution, program and
// report month, so that report/vigentes/validate run with no file arguments
// and a git diff of the store shows what changed between reports.
import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AsmDocument } from '../core/schema.js';
import { SCHEMA_VERSION } from '../core/version.js';
import { AsmInputError } from '../core/errors.js';
import { inertJson } from '../core/text.js';

export function storeDirectory(option: string | undefined, env: NodeJS.ProcessEnv): string {
  return option ?? env.ASM_STORE ?? '.asm';
}

function slug(text: string | null): string {
  if (!text) return 'sin-dato';
  const value = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return value || 'sin-dato';
}

/** Letters, digits and hyphens only (case kept): a value from a document cannot name a folder. */
function safePart(text: string): string {
  return text.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'sin-dato';
}

/**
 * `instituto-mexicano-del-seguro-social__E006__2015-09.json`. Every part comes
 * from the document, so every part is reduced to safe characters: a program
 * code or a report month such as `2016-09/../../package` names no other place.
 */
export function storeFileName(document: AsmDocument): string {
  const program = document.program.code ? safePart(document.program.code) : `sin-clave-${document.source.sha256.slice(0, 8)}`;
  const month = document.reportMonth ? safePart(document.reportMonth) : 'sin-mes';
  return `${slug(document.institution)}__${program}__${month}.json`;
}

export interface StoreWrite {
  path: string;
  content: string;
}

/** What saving would write, computed apart so that a command can fail before writing anything. */
export function prepareSave(directory: string, document: AsmDocument): StoreWrite {
  const path = join(directory, storeFileName(document));
  // The name is made of safe parts; this is the check that it stays in the store whatever changes later.
  if (dirname(resolve(path)) !== resolve(directory)) throw new Error(`store file outside the store: ${path}`);
  return { path, content: `${inertJson(JSON.stringify(document, null, 2))}\n` };
}

export interface StoreEntry {
  path: string;
  document: AsmDocument;
}

export function listStore(directory: string): StoreEntry[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const path = join(directory, name);
      let document: AsmDocument;
      try {
        document = JSON.parse(readFileSync(path, 'utf8')) as AsmDocument;
      } catch (error) {
        throw new AsmInputError('invalid-json', path, (error as Error).message);
      }
      if (document?.schemaVersion !== SCHEMA_VERSION) throw new AsmInputError('invalid-json', path, 'schemaVersion');
      return { path, document };
    });
}

const fold = (text: string | null): string =>
  (text ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Remove entries whose file name, program code or institution matches one of `selectors`. */
export function removeFromStore(directory: string, selectors: readonly string[]): string[] {
  const removed: string[] = [];
  for (const entry of listStore(directory)) {
    const { document } = entry;
    const matches = selectors.some((selector) => {
      const wanted = fold(selector);
      return (
        resolve(entry.path) === resolve(selector) ||
        fold(entry.path).endsWith(wanted) ||
        fold(document.program.code) === wanted ||
        (wanted.length > 2 && fold(document.institution).includes(wanted))
      );
    });
    if (matches) {
      unlinkSync(entry.path);
      removed.push(entry.path);
    }
  }
  return removed;
}
