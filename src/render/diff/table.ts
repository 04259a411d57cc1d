// Terminal view of `asm diff`: the two reports, then per period one row per
// change (ASM number, what changed, the detail wrapped to the width), a `!` on
// regressions, and a summary line. Colour only through `style`.
import type { RenderEnv } from '../registry.js';
import type { DiffResult } from '../../core/diff.js';
import { neutralizeData } from '../../core/text.js';
import { fill } from '../../text/diff.js';
import { truncate, wrap } from '../text.js';
import { changeDetail, failsRun, kindLabel, summaryLine, wordDiffText } from './common.js';

export function renderDiffTable(result: DiffResult, { lang, style }: RenderEnv): string {
  // Controls and bidi controls in the data are made visible before anything reaches a terminal.
  result = neutralizeData(result);
  const width = Math.max(60, style.width);
  const out: string[] = [];
  const to = result.to;
  const title = fill(lang, 'title', { program: to.program ?? result.from.program ?? '—', institution: to.institution ?? result.from.institution ?? '—' });
  out.push(style.bold(truncate(title, width - 1)));
  out.push(truncate(`  ${result.from.reportMonth ?? '—'}  ${result.from.file}`, width - 1));
  out.push(truncate(`→ ${to.reportMonth ?? '—'}  ${to.file}`, width - 1));
  if (result.changes.length === 0) return `${out.join('\n')}\n\n${fill(lang, 'noChanges')}\n`;
  const kindWidth = Math.max(fill(lang, 'change').length, ...result.changes.map((change) => kindLabel(change, lang).length));
  const numberWidth = 4;
  const lead = 2 + numberWidth + 2 + kindWidth + 2;
  const detailWidth = Math.max(20, width - 1 - lead);
  // Colour the word diff only after wrapping, so escape codes never count as width.
  const marks = { removed: (text: string) => `[-${text}-]`, added: (text: string) => `{+${text}+}`, equal: (text: string) => text };
  // A marked run may wrap over lines: the open mark is carried from line to line.
  let open: 'added' | 'removed' | null = null;
  const paint = (line: string): string => {
    let painted = '';
    for (const piece of line.split(/(\[-|-\]|\{\+|\+\})/)) {
      if (piece === '[-') open = 'removed';
      else if (piece === '{+') open = 'added';
      const color = open === 'removed' ? style.red : open === 'added' ? style.green : (text: string) => text;
      painted += piece ? color(piece) : '';
      if (piece === '-]' || piece === '+}') open = null;
    }
    return painted;
  };
  let period = '';
  for (const change of result.changes) {
    if (change.period !== period) {
      period = change.period;
      out.push('', style.bold(`${fill(lang, 'period')} ${period}`));
      out.push(style.dim(`  ${fill(lang, 'number').padEnd(numberWidth)}  ${fill(lang, 'change').padEnd(kindWidth)}  ${fill(lang, 'detail')}`));
    }
    const regression = failsRun(change, result);
    const detail = changeDetail(change, lang, (words) => wordDiffText(words, marks));
    const lines = wrap(detail, detailWidth);
    const number = `${regression ? '!' : ' '}${change.number ?? '—'}`.padStart(numberWidth);
    const kind = kindLabel(change, lang).padEnd(kindWidth);
    open = null;
    lines.forEach((line, index) => {
      const body = change.kind === 'text-changed' ? paint(line) : line;
      if (index === 0) out.push(`  ${regression ? style.red(number) : number}  ${regression ? style.red(kind) : kind}  ${body}`);
      else out.push(`${' '.repeat(lead)}${body}`);
    });
  }
  out.push('', summaryLine(result, lang));
  return `${out.join('\n')}\n`;
}
