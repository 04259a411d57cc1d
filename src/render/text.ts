// Small text helpers shared by the renderers.

export { formatNumber, truncate, wrap } from '../core/text.js';

/** A cell shown as code (a file:line), literal whatever it holds. */
export interface MarkdownCode {
  code: string;
}

export type MarkdownValue = string | number | null | undefined | MarkdownCode;

/**
 * Text from a document as inline Markdown: one line (a newline or a lone CR
 * would end a table row or start a heading), and every character that makes
 * markup escaped: emphasis, links and images, code, raw HTML, table pipes,
 * and a heading, quote, list or rule marker at the start.
 */
export function markdownInline(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const escaped = line.replace(/[\\`*_[\]<>|~]/g, '\\$&');
  return escaped.replace(/^([#>+=-])/, '\\$1').replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2');
}

/** Inline code that holds `text` literally: fenced by more backticks than any run inside. */
export function markdownCode(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const longest = (line.match(/`+/g) ?? []).reduce((most, run) => Math.max(most, run.length), 0);
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${line.replace(/\|/g, '\\|')}${pad}${fence}`;
}

/** Markdown table cell: escaped text, or literal code. */
export function markdownCell(value: MarkdownValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') return markdownCode(value.code);
  return markdownInline(String(value));
}

export function markdownTable(header: readonly string[], rows: ReadonlyArray<ReadonlyArray<MarkdownValue>>): string {
  const lines = [
    `| ${header.map(markdownCell).join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
}

