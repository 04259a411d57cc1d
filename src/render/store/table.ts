// The terminal table of `asm store`; an empty store prints nothing here (the command says so on stderr).
import type { RenderEnv } from '../registry.js';
import type { StoreListingEntry } from '../../core/store-listing.js';
import { neutralizeData } from '../../core/text.js';
import { text } from '../../text/index.js';

export async function renderStoreTable(entries: readonly StoreListingEntry[], { lang }: RenderEnv): Promise<string> {
  if (entries.length === 0) return '';
  const { default: Table } = await import('cli-table3');
  const table = new Table({ head: [...text('store', lang).table.head], style: { head: [], border: [] }, wordWrap: true });
  for (const e of neutralizeData(entries)) table.push([e.institution ?? '—', e.program ?? '—', e.reportMonth ?? '—', e.aspectCount, e.file]);
  return `${table.toString()}\n`;
}
