// JSON of `asm diff`: { schemaVersion, from, to, changes }, keys and kinds in English.
import type { DiffResult } from '../../core/diff.js';
import { inertJson } from '../../core/text.js';

export function renderDiffJson(result: DiffResult): string {
  return `${inertJson(JSON.stringify(result, null, 2))}\n`;
}
