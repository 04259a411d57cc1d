// JSON of `asm report --history`: { rows: [...] }, English keys.
import type { History } from '../../core/diff.js';
import { inertJson } from '../../core/text.js';

export function renderHistoryJson(history: History): string {
  return `${inertJson(JSON.stringify(history, null, 2))}\n`;
}
