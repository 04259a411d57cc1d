// HTML of `asm diff`: the comparison of two reports as one self-contained
// page, in the style of the report page (same shell, CSP and chart code):
// header facts, the count of changes by kind, the progress of each ASM before
// → after as a chart with its numbers table, then the changes grouped by kind,
// each with its state before and after; a changed text is shown as its word
// diff, removed words in <del>, added in <ins>, every word escaped. No script:
// the page has nothing to sort.
import type { RenderEnv } from '../registry.js';
import { CHANGE_KINDS, isRegression, type AspectState, type Change, type DiffResult, type WordPart } from '../../core/diff.js';
import type { Lang } from '../../core/diagnostics.js';
import { neutralizeData } from '../../core/text.js';
import { VIEWS_TEXT, type ViewsText } from '../../text/views.js';
import { HTML_TEXT } from '../../text/html.js';
import { percent, programTitle } from '../report/common.js';
import { changeDetail, kindLabel } from '../diff/common.js';
import { timelineChart } from './charts.js';
import { chartBlock, facts, numbersTable, sourceText } from './common.js';
import { escapeHtml as h, fileName, page } from './page.js';

/** The word diff as marked, escaped HTML: the marks are the only markup. */
export function wordDiffHtml(words: readonly WordPart[]): string {
  return words
    .map((part) => {
      const text = h(part.text);
      if (part.op === 'removed') return `<del class="word">${text}</del>`;
      if (part.op === 'added') return `<ins class="word">${text}</ins>`;
      return text;
    })
    .join('');
}

function stateHtml(state: AspectState | null, t: ViewsText, lang: Lang): string {
  if (!state) return '—';
  const html = HTML_TEXT[lang];
  const status = state.status === 'concluded' ? html.statusConcluded : html.statusVigente;
  return [`${h(percent(state.average))} · <span class="status-${state.status}">${h(status)}</span>`, state.dueDate ? h(`${html.activityDue} ${state.dueDate}`) : null]
    .filter(Boolean)
    .join('<br>');
}

const PROGRESS_KINDS = new Set(['concluded', 'progress-increased', 'progress-decreased']);

export function renderDiffHtml(input: DiffResult, { lang }: RenderEnv): string {
  const result = neutralizeData(input);
  const t = VIEWS_TEXT[lang];
  const allowed = result.allowed ?? [];
  const fails = (change: Change): boolean => isRegression(change, allowed);
  const side = (ref: DiffResult['from']): string[] => [`${ref.reportMonth ?? '—'} · ${ref.file === '-' ? HTML_TEXT[lang].stdin : fileName(ref.file)}`];
  const regressions = result.changes.filter(fails).length;
  const parts: string[] = [`<header><h1>${h(t.diffTitle)}</h1>`];
  parts.push(
    facts([
      [t.program, [programTitle({ program: result.to.program ?? result.from.program, programName: result.to.programName ?? result.from.programName })]],
      [t.institution, [result.to.institution ?? result.from.institution ?? '—']],
      [t.fromReport, side(result.from)],
      [t.toReport, side(result.to)],
      [t.changes, [String(result.changes.length)]],
      [t.regressions, [String(regressions)]],
    ]),
  );
  parts.push(`<p class="note">${h(t.generated)}</p></header><main>`);
  if (result.changes.length === 0) {
    parts.push(`<p>${h(t.noDiffChanges)}</p></main>`);
    return page(lang, t.diffTitle, parts.join('\n'), { script: false });
  }

  // How many changes of each kind, in the stable order of the kinds.
  const kinds = CHANGE_KINDS.map((kind) => ({ kind, changes: result.changes.filter((change) => change.kind === kind) })).filter((group) => group.changes.length > 0);
  const regressionCell = (changes: readonly Change[]): string => {
    const failing = changes.filter(fails).length;
    const allowedCount = changes.filter((change) => isRegression(change) && !fails(change)).length;
    if (failing > 0) return `<span class="regression">${h(t.yes)} (${failing})</span>`;
    return allowedCount > 0 ? h(t.allowedShort) : h(t.no);
  };
  parts.push(`<section id="kinds"><h2>${h(t.byKindHeading)}</h2>`);
  parts.push(
    numbersTable(
      t.byKindHeading,
      [t.kind, t.code, t.count, t.regression],
      kinds.map(({ kind, changes }) => [
        { html: h(kindLabel(changes[0]!, lang)) },
        { html: `<code>${h(kind)}</code>` },
        { html: String(changes.length), num: true },
        { html: regressionCell(changes) },
      ]),
      'numbers kinds-table',
    ),
  );
  parts.push('</section>');

  // Progress before → after of each ASM whose average changed: one line per ASM across the two months.
  const moved = result.changes.filter((change) => PROGRESS_KINDS.has(change.kind) && change.before?.average != null && change.after?.average != null);
  if (moved.length > 0) {
    const fromMonth = result.from.reportMonth ?? t.fromReport;
    const toMonth = result.to.reportMonth ?? t.toReport;
    const months = fromMonth === toMonth ? [t.fromReport, t.toReport] : [fromMonth, toMonth];
    const series = moved.map((change) => ({
      label: `${change.period} · ${t.asm} ${change.number ?? '?'}`,
      points: [
        { month: months[0]!, value: change.before!.average },
        { month: months[1]!, value: change.after!.average },
      ],
    }));
    const svg = timelineChart('chart-1', t.progressHeading, t.progressDesc(series.length), months, series);
    const table = numbersTable(
      t.progressHeading,
      [t.asm, `${t.before} (${months[0]})`, `${t.after} (${months[1]})`],
      series.map((s) => [{ html: h(s.label) }, ...s.points.map((p) => ({ html: h(percent(p.value)), num: true }))]),
      'numbers timeline-table',
    );
    parts.push(`<section id="progress"><h2>${h(t.progressHeading)}</h2>${chartBlock(t.progressHeading, svg, table)}</section>`);
  }

  // The changes, grouped by kind.
  const html = HTML_TEXT[lang];
  for (const { kind, changes } of kinds) {
    const label = kindLabel(changes[0]!, lang);
    const flag = changes.some(fails) ? '⚠ ' : '';
    const head = [t.period, t.number, t.text, t.before, t.after, t.detail, t.source];
    const rows = changes.map((change) => {
      const detail = change.kind === 'text-changed' && change.words ? `<span class="words">${wordDiffHtml(change.words)}</span>` : h(changeDetail(change, lang));
      const note = fails(change) ? `<br><span class="regression">${h(t.regression)}</span>` : isRegression(change) ? `<br><span class="note">${h(t.allowedShort)}</span>` : '';
      const text = change.kind === 'text-changed' ? (change.after?.text ?? '') : (change.after?.text ?? change.before?.text ?? '');
      return (
        `<tr${fails(change) ? ' class="regression-row"' : ''}>` +
        `<td>${h(change.period)}</td>` +
        `<td class="num">${h(change.number ?? '—')}</td>` +
        `<td class="text">${h(text || '—')}</td>` +
        `<td>${stateHtml(change.before, t, lang)}</td>` +
        `<td>${stateHtml(change.after, t, lang)}</td>` +
        `<td class="detail">${detail}${note}</td>` +
        `<td class="src">${h(sourceText(change.source.file, change.source.line, change.source.page, html, change.source.sheet))}</td>` +
        '</tr>'
      );
    });
    const note = kind === 'text-changed' ? `<p class="note">${h(t.wordDiffNote)}</p>` : '';
    parts.push(
      `<section id="kind-${kind}" class="kind"><h2>${h(`${flag}${label} (${changes.length})`)}</h2>${note}` +
        `<div class="wide"><table class="changes"><thead><tr>${head.map((cell, i) => `<th scope="col"${i === 1 ? ' class="num"' : ''}>${h(cell)}</th>`).join('')}</tr></thead>` +
        `<tbody>\n${rows.join('\n')}\n</tbody></table></div></section>`,
    );
  }
  parts.push('</main>');
  return page(lang, t.diffTitle, parts.join('\n'), { script: false });
}
