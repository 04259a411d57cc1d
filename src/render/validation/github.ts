// `asm validate --format github`: one GitHub Actions workflow command per
// diagnostic, `::error file=PATH,line=N::message` (warnings likewise), so a
// pull request shows each one on its source line. Escaping: ../github-escape.ts,
// shared with vigentes.
import type { RenderEnv } from '../registry.js';
import type { Diagnostic } from '../../core/schema.js';
import type { Lang } from '../../core/diagnostics.js';
import type { ValidationReport } from '../../core/validation.js';
import { neutralizeData } from '../../core/text.js';
import { text } from '../../text/index.js';
import { escapeData, escapeProperty } from '../github-escape.js';

/** `ASM 5 · responsibleArea · implausible-area: message` (page appended for PDF sources). */
function annotationText(diagnostic: Diagnostic, lang: Lang): string {
  const where = [diagnostic.aspect === null ? null : `ASM ${diagnostic.aspect}`, diagnostic.field, diagnostic.code]
    .filter((part): part is string => part !== null)
    .join(' · ');
  const page =
    diagnostic.line === null && diagnostic.page !== null
      ? ` (${text('validation', lang).github.page} ${diagnostic.page})`
      : diagnostic.sheet && diagnostic.line !== null
        ? ` (${diagnostic.sheet}!${diagnostic.line})`
        : '';
  return `${where}: ${diagnostic.message}${page}`;
}

// Controls and bidi controls in the data are made visible before anything reaches a terminal.
export function renderValidationGithub(report: ValidationReport, { lang }: RenderEnv): string {
  report = neutralizeData(report);
  const lines: string[] = [];
  for (const document of report.documents) {
    for (const diagnostic of document.diagnostics) {
      const properties: string[] = [];
      if (document.source !== '-') {
        properties.push(`file=${escapeProperty(document.source)}`);
        // A workbook has no lines GitHub could show: its sheet and row go in the message instead.
        if (diagnostic.line !== null && !diagnostic.sheet) properties.push(`line=${diagnostic.line}`);
      }
      const head = properties.length > 0 ? `::${diagnostic.severity} ${properties.join(',')}` : `::${diagnostic.severity}`;
      lines.push(`${head}::${escapeData(annotationText(diagnostic, lang))}`);
    }
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
