// JSON of `asm vigentes`: `{ asOf, vigentes: [...], invalidValueCount }` as listed
// (`checked`, the ASMs a JUnit report shows as passing, is not part of it).
import type { VigentesList } from '../../core/report.js';
import { inertJson } from '../../core/text.js';

export function renderVigentesJson(list: VigentesList): string {
  return `${inertJson(JSON.stringify({ asOf: list.asOf, vigentes: list.vigentes, invalidValueCount: list.invalidValueCount }, null, 2))}\n`;
}
