// GitHub Actions annotations for `asm diff`: one per ASM dropped while
// vigente, per due date moved and per progress that went down, at the ASM's
// line in the newer report (the older one for a dropped ASM). `::error` for a
// regression (what makes the exit code 1), `::notice` for a due date moved
// earlier. Escaping: ../github-escape.ts, shared with validate and vigentes.
import type { RenderEnv } from '../registry.js';
import { isRegression, type DiffResult } from '../../core/diff.js';
import { neutralizeData } from '../../core/text.js';
import { fill } from '../../text/diff.js';
import { escapeData, escapeProperty } from '../github-escape.js';
import { truncate } from '../text.js';
import { oneLine } from '../report/common.js';
import { changeDetail, failsRun, kindLabel } from './common.js';

const ANNOTATED = new Set(['dropped-vigente', 'due-date-moved', 'progress-decreased']);

export function renderDiffGithub(result: DiffResult, { lang }: RenderEnv): string {
  result = neutralizeData(result);
  const lines: string[] = [];
  for (const change of result.changes) {
    if (!ANNOTATED.has(change.kind)) continue;
    const properties: string[] = [];
    if (change.source.file !== '-') {
      properties.push(`file=${escapeProperty(change.source.file)}`);
      // A sheet's row is not a line of the file: it goes in the message, as validate writes it.
      if (change.source.line !== null && change.source.sheet === undefined) properties.push(`line=${change.source.line}`);
    }
    const title = fill(lang, 'annotationTitle', { kind: change.kind, program: change.program ?? '', period: change.period, number: change.number ?? '?' });
    properties.push(`title=${escapeProperty(title.replace(/\s+/g, ' '))}`);
    const text = change.after?.text ?? change.before?.text ?? '';
    const detail = change.kind === 'dropped-vigente' ? changeDetail(change, lang) : `${changeDetail(change, lang)}: ${truncate(oneLine(text), 200)}`;
    // A PDF has no lines: the page goes in the message.
    const page =
      change.source.line === null && change.source.page !== null
        ? ` (${fill(lang, 'page', { page: change.source.page })})`
        : change.source.sheet !== undefined && change.source.line !== null
          ? ` (${change.source.sheet}!${change.source.line})`
          : '';
    const message = `${kindLabel(change, lang)} (${result.from.reportMonth ?? '—'} → ${result.to.reportMonth ?? '—'}): ${detail}${page}`;
    // An allowed regression is still worth a look, but it does not fail the run: a warning.
    const level = failsRun(change, result) ? 'error' : isRegression(change) ? 'warning' : 'notice';
    lines.push(`::${level} ${properties.join(',')}::${escapeData(message)}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
