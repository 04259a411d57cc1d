// `asm validate` on a terminal: per document the source and its verdict, then
// `line | ASM | field | code | message` rows grouped by severity (errors
// first), then one summary line. Fits the width of the Style (80 columns at
// least); the message column wraps. Colour only through Style.
import type { RenderEnv } from '../registry.js';
import type { Diagnostic, Severity } from '../../core/schema.js';
import { fieldName, type Lang } from '../../core/diagnostics.js';
import type { Style } from '../style.js';
import type { ValidationReport } from '../../core/validation.js';
import { neutralizeData, wrap } from '../../core/text.js';
import { maxOf, pushAll } from '../../core/arrays.js';
import { text } from '../../text/index.js';


const pad = (text: string, width: number, right = false): string =>
  right ? text.padStart(width) : text.padEnd(width);

function position(diagnostic: Diagnostic, lang: Lang): string {
  if (diagnostic.line !== null) return diagnostic.sheet ? `${diagnostic.sheet}!${diagnostic.line}` : String(diagnostic.line);
  if (diagnostic.page !== null) return `${text('validation', lang).table.page}${diagnostic.page}`;
  return '—';
}

const GAP = '  ';

const cellsOf = (d: Diagnostic, lang: Lang): string[] => [position(d, lang), d.aspect === null ? '—' : String(d.aspect), d.field === null ? '—' : fieldName(d.field, lang), d.code];

/** Widths of the first four columns, shared by the groups of one document. */
function columnWidths(diagnostics: readonly Diagnostic[], lang: Lang): number[] {
  const rows = diagnostics.map((d) => cellsOf(d, lang));
  return text('validation', lang).table.header.slice(0, 4).map((label, i) => Math.max(label.length, maxOf(rows, (row) => row[i]!.length)));
}

function renderGroup(diagnostics: readonly Diagnostic[], severity: Severity, lang: Lang, style: Style, widths: readonly number[]): string[] {
  const l = text('validation', lang).table;
  const color = severity === 'error' ? style.red : style.yellow;
  const rows = diagnostics.map((d) => cellsOf(d, lang));
  const used = widths.reduce((sum, width) => sum + width, 0) + GAP.length * 4;
  const messageWidth = Math.max(20, style.width - used);
  const out: string[] = [];
  out.push(style.bold(color(`${severity === 'error' ? l.errors : l.warnings} (${diagnostics.length})`)));
  out.push(style.dim([...l.header.slice(0, 4).map((label, i) => pad(label, widths[i]!, i < 2)), l.header[4]].join(GAP)));
  diagnostics.forEach((diagnostic, index) => {
    const row = rows[index]!;
    const message = wrap(diagnostic.message, messageWidth, 6);
    if (message.length === 0) message.push('');
    const cells = row.map((cell, i) => {
      const padded = pad(cell, widths[i]!, i < 2);
      return i === 3 ? `${color(cell)}${padded.slice(cell.length)}` : padded;
    });
    out.push([...cells, message[0]!].join(GAP).trimEnd());
    const indent = ' '.repeat(used);
    for (const line of message.slice(1)) out.push(`${indent}${line}`);
  });
  return out;
}

// Controls and bidi controls in the data are made visible before anything reaches a terminal.
export function renderValidationTable(report: ValidationReport, { lang, style }: RenderEnv): string {
  report = neutralizeData(report);
  const l = text('validation', lang).table;
  const plural = (n: number, [one, many]: readonly [string, string]): string => `${n} ${n === 1 ? one : many}`;
  const out: string[] = [];
  for (const document of report.documents) {
    const verdict = document.valid ? style.bold(style.green(l.valid)) : style.bold(style.red(l.invalid));
    out.push(`${style.bold(document.source)}: ${verdict}`);
    if (document.diagnostics.length === 0) out.push(l.clean);
    const widths = columnWidths(document.diagnostics, lang);
    for (const severity of ['error', 'warning'] as const) {
      const group = document.diagnostics.filter((d) => d.severity === severity);
      if (group.length === 0) continue;
      out.push('');
      pushAll(out, renderGroup(group, severity, lang, style, widths));
    }
    out.push('');
  }
  const { documents, errors, warnings } = report.stats;
  const valid = report.documents.filter((d) => d.valid).length;
  const summary = l.summary(
    plural(documents, l.words.document),
    valid,
    documents - valid,
    plural(errors, l.words.error),
    plural(warnings, l.words.warning),
  );
  out.push(report.valid ? style.green(summary) : style.red(summary));
  return `${out.join('\n')}\n`;
}
