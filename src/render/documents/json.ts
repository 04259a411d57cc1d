// JSON of parsed documents: the records as typed, every document in one array.
import type { AsmDocument } from '../../core/schema.js';
import { inertJson } from '../../core/text.js';

export function renderDocumentsJson(documents: readonly AsmDocument[]): string {
  return `${inertJson(JSON.stringify(documents, null, 2))}\n`;
}
