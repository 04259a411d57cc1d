// Pieces shared by the `asm diff` renderers: a change in words, the word diff
// as text, the summary line.
import type { Lang } from '../../core/diagnostics.js';
import { isRegression, type Change, type DiffResult, type WordPart } from '../../core/diff.js';
import { fill } from '../../text/diff.js';
import { oneLine, percent } from '../report/common.js';
import { truncate } from '../text.js';

export const kindLabel = (change: Change, lang: Lang): string => fill(lang, `kind.${change.kind}`);

/** The word diff as git's --word-diff writes it: `[-removed-]{+added+}`, each part through `mark`. */
export function wordDiffText(
  words: readonly WordPart[],
  mark: { removed: (text: string) => string; added: (text: string) => string; equal: (text: string) => string } = {
    removed: (text) => `[-${text}-]`,
    added: (text) => `{+${text}+}`,
    equal: (text) => text,
  },
): string {
  return words.map((part) => mark[part.op](part.text.replace(/\s+/g, ' '))).join('');
}

/** What changed, in one line (`35% → 70%`, `No. 4 → 3`, `2015-12-31 → 2016-06-30 (later)`…). */
export function changeDetail(change: Change, lang: Lang, words: (parts: readonly WordPart[]) => string = wordDiffText): string {
  const before = change.before;
  const after = change.after;
  switch (change.kind) {
    case 'new':
      return `${fill(lang, 'newAt', { to: percent(after?.average ?? null) })}: ${truncate(oneLine(after?.text ?? ''), 120)}`;
    case 'dropped-vigente':
    case 'dropped-concluded': {
      const key = before?.dueDate && change.kind === 'dropped-vigente' ? 'goneDue' : 'gone';
      return `${fill(lang, key, { from: percent(before?.average ?? null), due: before?.dueDate ?? '' })}: ${truncate(oneLine(before?.text ?? ''), 120)}`;
    }
    case 'concluded':
    case 'progress-increased':
    case 'progress-decreased':
      return fill(lang, 'progress', { from: percent(before?.average ?? null), to: percent(after?.average ?? null) });
    case 'due-date-moved':
      return (change.moves ?? [])
        .map((move) => fill(lang, 'moved', { from: move.from, to: move.to, direction: fill(lang, move.to > move.from ? 'later' : 'earlier') }))
        .join('; ');
    case 'renumbered':
      return fill(lang, 'renumbered', { from: before?.number ?? '—', to: after?.number ?? '—' });
    case 'activity-added':
    case 'activity-removed': {
      const list = (change.activities ?? []).map((activity) => truncate(oneLine(activity.description ?? '—'), 80)).join('; ');
      return fill(lang, 'activities', { count: (change.activities ?? []).length, list });
    }
    case 'text-changed':
      return change.words ? words(change.words) : `${oneLine(before?.text ?? '')} → ${oneLine(after?.text ?? '')}`;
  }
}

/** A regression that fails the run: not one of the kinds `--allow` let through. */
export const failsRun = (change: Change, result: DiffResult): boolean => isRegression(change, result.allowed ?? []);

export function regressionCount(result: DiffResult): number {
  return result.changes.filter((change) => failsRun(change, result)).length;
}

export function summaryLine(result: DiffResult, lang: Lang): string {
  const regressions = regressionCount(result);
  return result.changes.length === 1 ? fill(lang, 'summaryOne', { regressions }) : fill(lang, 'summary', { changes: result.changes.length, regressions });
}

/** `E007 2015-03 (file)`: one side of the comparison. */
export function sideLabel(side: DiffResult['from']): string {
  return `${side.reportMonth ?? '—'} (${side.file})`;
}
