// JSON of `asm vigentes`: `{ asOf, vigentes: [...] }` as listed.
import type { VigentesList } from '../../core/report.js';
import { inertJson } from '../../core/text.js';

export function renderVigentesJson(list: VigentesList): string {
  return `${inertJson(JSON.stringify(list, null, 2))}\n`;
}
