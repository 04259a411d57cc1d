// JSON of `asm store`: the listing as an array.
import type { StoreListingEntry } from '../../core/store-listing.js';
import { inertJson } from '../../core/text.js';

export function renderStoreJson(entries: readonly StoreListingEntry[]): string {
  return `${inertJson(JSON.stringify(entries, null, 2))}\n`;
}
