// What `asm store` lists: one line per stored report. The store's reading is
// I/O (src/cli/store.ts); this is the pure summary of what it read.
import type { AsmDocument } from './schema.js';

export interface StoreListingEntry {
  institution: string | null;
  program: string | null;
  reportMonth: string | null;
  aspectCount: number;
  /** The stored file, relative to where asm runs. */
  file: string;
}

export function summarizeStore(entries: ReadonlyArray<{ path: string; document: AsmDocument }>): StoreListingEntry[] {
  return entries.map(({ path, document }) => ({
    institution: document.institution,
    program: document.program.code,
    reportMonth: document.reportMonth,
    aspectCount: document.periods.reduce((sum, period) => sum + period.aspects.length, 0),
    file: path,
  }));
}
