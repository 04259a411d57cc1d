// Markdown of `asm diff`: a heading for the two reports, one table per period;
// the word diff as ~~removed~~ and **added**, every document text escaped.
import type { RenderEnv } from '../registry.js';
import type { DiffResult, WordPart } from '../../core/diff.js';
import { fill } from '../../text/diff.js';
import { markdownCode, markdownInline } from '../text.js';
import { changeDetail, failsRun, kindLabel, sideLabel, summaryLine } from './common.js';

/** Each part escaped, then marked: the marks are the only markup in the cell. */
function markdownWords(words: readonly WordPart[]): string {
  return words
    .map((part) => {
      const text = markdownInline(part.text);
      if (!text) return ' ';
      const before = /^\s/.test(part.text) ? ' ' : '';
      const after = /\s$/.test(part.text) ? ' ' : '';
      const marked = part.op === 'removed' ? `~~${text}~~` : part.op === 'added' ? `**${text}**` : text;
      return `${before}${marked}${after}`;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

export function renderDiffMarkdown(result: DiffResult, { lang }: RenderEnv): string {
  const title = fill(lang, 'title', { program: result.to.program ?? result.from.program ?? '—', institution: result.to.institution ?? result.from.institution ?? '—' });
  const out: string[] = [`## ${markdownInline(title)}`, '', markdownInline(fill(lang, 'fromTo', { from: sideLabel(result.from), to: sideLabel(result.to) })), ''];
  if (result.changes.length === 0) return `${out.join('\n')}${markdownInline(fill(lang, 'noChanges'))}\n`;
  const header = [fill(lang, 'number'), fill(lang, 'change'), 'kind', fill(lang, 'detail')];
  for (const period of [...new Set(result.changes.map((change) => change.period))]) {
    out.push(`### ${markdownInline(`${fill(lang, 'period')} ${period}`)}`, '');
    out.push(`| ${header.map(markdownInline).join(' | ')} |`, `| ${header.map(() => '---').join(' | ')} |`);
    for (const change of result.changes.filter((c) => c.period === period)) {
      const detail = change.kind === 'text-changed' && change.words ? markdownWords(change.words) : markdownInline(changeDetail(change, lang));
      const kind = markdownInline(`${failsRun(change, result) ? '⚠ ' : ''}${kindLabel(change, lang)}`);
      out.push(`| ${change.number ?? '—'} | ${kind} | ${markdownCode(change.kind)} | ${detail} |`);
    }
    out.push('');
  }
  out.push(markdownInline(summaryLine(result, lang)));
  return `${out.join('\n')}\n`;
}
