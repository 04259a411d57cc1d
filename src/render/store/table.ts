// The terminal table of `asm store`; an empty store prints nothing here (the command says so on stderr).
// It fits style.width: institution and file share what program, month and count leave, the institution
// wrapped at words, the stored file's path cut anywhere (it has no spaces).
import type { RenderEnv } from '../registry.js';
import type { StoreListingEntry } from '../../core/store-listing.js';
import { neutralizeData, wrap } from '../../core/text.js';
import { text } from '../../text/index.js';

/** `text` in pieces of at most `width` characters, one per line. */
function chunk(value: string, width: number): string {
  const lines: string[] = [];
  for (let start = 0; start < value.length; start += width) lines.push(value.slice(start, start + width));
  return lines.join('\n');
}

export async function renderStoreTable(entries: readonly StoreListingEntry[], { lang, style }: RenderEnv): Promise<string> {
  if (entries.length === 0) return '';
  const { default: Table } = await import('cli-table3');
  const head = [...text('store', lang).table.head];
  const rows = neutralizeData(entries).map((e) => [e.institution ?? '—', e.program ?? '—', e.reportMonth ?? '—', String(e.aspectCount), e.file]);
  // Content width of each column (without the one space of padding each side).
  // A label wraps at its spaces (`Mes del` / `reporte`) when the table is too wide with it on one line.
  const labelWidth = (label: string): number => Math.max(...label.split(' ').map((word) => word.length));
  const columnWidths = (measure: (label: string) => number): number[] =>
    head.map((label, column) => Math.max(measure(label), ...rows.map((row) => row[column]!.length)));
  // Five columns: six borders and two padding spaces each; one column spare so a terminal never wraps the line.
  const roomBeside = (widths: number[]): number => style.width - 1 - 6 - 2 * 5 - widths[1]! - widths[2]! - widths[3]!;
  let natural = columnWidths((label) => label.length);
  if (natural[0]! + natural[4]! > roomBeside(natural)) natural = columnWidths(labelWidth);
  const [institution, program, month, count, file] = natural as [number, number, number, number, number];
  const room = Math.max(16, roomBeside(natural));
  let fileWidth = file;
  let institutionWidth = institution;
  if (institution + file > room) {
    institutionWidth = Math.min(institution, Math.max(labelWidth(head[0]!), Math.floor(room * 0.4)));
    fileWidth = Math.max(8, room - institutionWidth);
    if (fileWidth > file) {
      institutionWidth += fileWidth - file;
      fileWidth = file;
    }
  }
  const widths = [institutionWidth, program, month, count, fileWidth];
  const table = new Table({ head, colWidths: widths.map((width) => width + 2), style: { head: [], border: [] }, wordWrap: true });
  for (const row of rows) {
    table.push([wrap(row[0]!, institutionWidth).join('\n'), row[1]!, row[2]!, row[3]!, chunk(row[4]!, fileWidth)]);
  }
  return `${table.toString()}\n`;
}
