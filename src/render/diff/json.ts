// JSON of `asm diff`: { schemaVersion, from, to, changes }, keys and kinds in English.
import type { DiffResult } from '../../core/diff.js';
import { inertJson } from '../../core/text.js';

export function renderDiffJson(input: DiffResult): string {
  // `allowed` (from --allow) is for the renderers that tell regressions; the JSON contract stays { schemaVersion, from, to, changes }.
  const { allowed: _allowed, ...result } = input;
  return `${inertJson(JSON.stringify(result, null, 2))}\n`;
}
