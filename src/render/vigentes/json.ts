// JSON of `asm vigentes`: `{ asOf, vigentes: [...] }` as listed.
import type { VigentesList } from '../../core/report.js';

export function renderVigentesJson(list: VigentesList): string {
  return `${JSON.stringify(list, null, 2)}\n`;
}
