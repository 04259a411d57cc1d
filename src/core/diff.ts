// What changed between two follow-up reports of one program (`asm diff`), and
// the timeline of a program over its report months (`asm report --history`).
// Pure: documents in, changes out; no I/O, no clock. The word diff of a
// changed text comes from jsdiff (`diff`), loaded only when a text changed.
import type { Activity, AsmDocument, Aspect } from './schema.js';
import { aspectDue, foldCode, foldText, isVigente, sourceRef, type AspectSourceRef } from './report.js';
import { mean } from './values.js';
import { progressState } from './progress.js';

/** Every kind of change, a stable code (JSON, CSV, `--allow`). */
export const CHANGE_KINDS = [
  'new',
  'concluded',
  'progress-increased',
  'progress-decreased',
  'dropped-vigente',
  'dropped-concluded',
  'due-date-moved',
  'activity-added',
  'activity-removed',
  'text-changed',
  'renumbered',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** The kinds that make `asm diff` exit 1 (due-date-moved only when a date moved later). */
export const REGRESSION_KINDS = ['dropped-vigente', 'progress-decreased', 'due-date-moved'] as const satisfies readonly ChangeKind[];
export type RegressionKind = (typeof REGRESSION_KINDS)[number];

export interface ReportRef {
  file: string;
  format: string;
  sha256: string;
  institution: string | null;
  program: string | null;
  programName: string | null;
  reportMonth: string | null;
}

/** One ASM as one report has it. */
export interface AspectState {
  number: number | null;
  text: string | null;
  average: number | null;
  status: 'concluded' | 'vigente';
  /** Latest due date of its unfinished activities (of all, when every one is finished). */
  dueDate: string | null;
  activityCount: number;
}

export interface WordPart {
  op: 'equal' | 'added' | 'removed';
  text: string;
}

export interface ActivityRef {
  description: string | null;
  dueDate: string | null;
  progress: number | null;
}

export interface DueDateMove {
  description: string | null;
  from: string;
  to: string;
}

export interface Change {
  program: string | null;
  institution: string | null;
  period: string;
  /** The newer report's number, or the older one's when the ASM is gone. */
  number: number | null;
  kind: ChangeKind;
  before: AspectState | null;
  after: AspectState | null;
  /** Where the ASM is: in the newer report, or in the older one when it is gone. */
  source: AspectSourceRef;
  /** text-changed: the word diff from the older text to the newer (null until words are filled in). */
  words?: WordPart[] | null;
  /** due-date-moved: `later` when any activity's date moved later (a regression), else `earlier`. */
  direction?: 'later' | 'earlier';
  /** due-date-moved: each activity whose date moved. */
  moves?: DueDateMove[];
  /** activity-added / activity-removed. */
  activities?: ActivityRef[];
}

export interface DiffResult {
  schemaVersion: 1;
  from: ReportRef;
  to: ReportRef;
  changes: Change[];
  /**
   * The regression kinds the run allows (`asm diff --allow`), set by the CLI
   * so that the outputs that tell regressions (JUnit, HTML) agree with the
   * exit code. Not part of the JSON contract: the JSON view leaves it out.
   */
  allowed?: string[];
}

/** Whether a change makes `asm diff` exit 1, unless its kind is allowed. */
export function isRegression(change: Change, allow: readonly string[] = []): boolean {
  if (allow.includes(change.kind)) return false;
  if (change.kind === 'due-date-moved') return change.direction === 'later';
  return change.kind === 'dropped-vigente' || change.kind === 'progress-decreased';
}

// ---------------------------------------------------------------- matching

const words = (text: string | null): Set<string> => new Set(foldText(text).split(/[^a-z0-9]+/).filter((word) => word.length > 2));

/** Dice coefficient of two word sets: 1 for the same words, 0 for none shared. */
function dice(left: ReadonlySet<string>, right: ReadonlySet<string>): number {
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return (2 * shared) / (left.size + right.size);
}

/** Dice coefficient of the two texts' words (longer than two letters, folded): 1 for the same words, 0 for none shared. */
export function textSimilarity(a: string | null, b: string | null): number {
  const left = words(a);
  const right = words(b);
  if (left.size === 0 && right.size === 0) return foldText(a) === foldText(b) ? 1 : 0;
  return dice(left, right);
}

/** Above this, two texts are one ASM (or activity) reworded. */
const SIMILAR = 0.6;
/**
 * Pairs of leftover items compared by similarity at most: the reworded-text
 * pass is quadratic, and a hostile report of 40,000 ASMs must not make it
 * run for hours (the exact passes are linear and still match every item they can).
 */
const SIMILARITY_PAIRS = 250_000;

/**
 * Pairs of (older, newer) items that are the same thing, in four passes:
 * same number and same text; same text under another number (renumbered);
 * a similar text, the same number first; then the same number whatever the
 * text. A number that matches but whose text another item has is followed by
 * the text, not the number.
 */
function matchItems<T>(
  before: readonly T[],
  after: readonly T[],
  key: (item: T) => number | null,
  text: (item: T) => string | null,
): { pairs: Array<[T, T]>; removed: T[]; added: T[] } {
  const left = new Set(before);
  const right = new Set(after);
  const pairs: Array<[T, T]> = [];
  const take = (a: T, b: T): void => {
    pairs.push([a, b]);
    left.delete(a);
    right.delete(b);
  };
  const folded = new Map<T, string>([...before, ...after].map((item) => [item, foldText(text(item))]));
  /**
   * An exact pass: each newer item takes the first unmatched older item with
   * its key, through an index and a cursor per key (linear, even when a
   * hostile report gives every ASM the same text).
   */
  const exact = (keyOf: (item: T) => string | null): void => {
    const index = new Map<string, { items: T[]; next: number }>();
    for (const a of before) {
      if (!left.has(a)) continue;
      const k = keyOf(a);
      if (k === null) continue;
      const entry = index.get(k);
      if (entry) entry.items.push(a);
      else index.set(k, { items: [a], next: 0 });
    }
    for (const b of after) {
      if (!right.has(b)) continue;
      const k = keyOf(b);
      const entry = k === null ? undefined : index.get(k);
      if (!entry) continue;
      while (entry.next < entry.items.length && !left.has(entry.items[entry.next]!)) entry.next++;
      if (entry.next < entry.items.length) take(entry.items[entry.next++]!, b);
    }
  };
  const textKey = (item: T): string | null => (folded.get(item) ? folded.get(item)! : null);
  exact((item) => (textKey(item) === null ? null : `${key(item)}\u0000${textKey(item)}`));
  exact(textKey);
  if (left.size > 0 && right.size > 0 && left.size * right.size <= SIMILARITY_PAIRS) {
    const wordSets = new Map<T, Set<string>>([...left, ...right].map((item) => [item, words(text(item))]));
    for (const b of after) {
      if (!right.has(b)) continue;
      let best: T | undefined;
      let bestScore = -1;
      for (const a of left) {
        const score = dice(wordSets.get(a)!, wordSets.get(b)!) + (key(a) === key(b) ? 1 : 0);
        if (score - (key(a) === key(b) ? 1 : 0) >= SIMILAR && score > bestScore) {
          best = a;
          bestScore = score;
        }
      }
      if (best !== undefined) take(best, b);
    }
  }
  exact((item) => (key(item) === null ? null : String(key(item))));
  const order = new Map(after.map((item, index) => [item, index]));
  return { pairs: pairs.sort((x, y) => order.get(x[1])! - order.get(y[1])!), removed: before.filter((a) => left.has(a)), added: after.filter((b) => right.has(b)) };
}

// ---------------------------------------------------------------- changes

export function reportRef(document: AsmDocument): ReportRef {
  return {
    file: document.source.file,
    format: document.source.format,
    sha256: document.source.sha256,
    institution: document.institution,
    program: document.program.code,
    programName: document.program.name,
    reportMonth: document.reportMonth,
  };
}

function state(aspect: Aspect): AspectState {
  return {
    number: aspect.number,
    text: aspect.text,
    average: aspect.average,
    status: isVigente(aspect) ? 'vigente' : 'concluded',
    dueDate: aspectDue(aspect, null).dueDate,
    activityCount: aspect.activities.length,
  };
}

const activityRef = (activity: Activity): ActivityRef => ({ description: activity.description, dueDate: activity.dueDate, progress: activity.progress });

/** The changes of one ASM found in both reports. */
function aspectChanges(older: Aspect, newer: Aspect, base: Omit<Change, 'kind'>): Change[] {
  const changes: Change[] = [];
  const add = (kind: ChangeKind, extra: Partial<Change> = {}): void => {
    changes.push({ ...base, kind, ...extra });
  };
  if (older.number !== newer.number) add('renumbered');
  if (foldText(older.text) !== foldText(newer.text)) add('text-changed', { words: null });
  const was = base.before!;
  const is = base.after!;
  // Concluded says more than progress-increased: one entry, not two.
  if (was.status === 'vigente' && is.status === 'concluded') add('concluded');
  else if (was.average !== null && is.average !== null && is.average > was.average) add('progress-increased');
  else if (was.average !== null && is.average !== null && is.average < was.average) add('progress-decreased');
  const activities = matchItems(
    older.activities,
    newer.activities,
    () => null,
    (activity) => activity.description,
  );
  // Activities of a one-activity ASM are one activity however reworded.
  if (activities.pairs.length === 0 && older.activities.length === 1 && newer.activities.length === 1) {
    activities.pairs.push([older.activities[0]!, newer.activities[0]!]);
    activities.removed.length = 0;
    activities.added.length = 0;
  }
  const moves: DueDateMove[] = [];
  for (const [a, b] of activities.pairs) {
    if (a.dueDate !== null && b.dueDate !== null && a.dueDate !== b.dueDate) moves.push({ description: b.description, from: a.dueDate, to: b.dueDate });
  }
  if (moves.length > 0) add('due-date-moved', { direction: moves.some((move) => move.to > move.from) ? 'later' : 'earlier', moves });
  if (activities.added.length > 0) add('activity-added', { activities: activities.added.map(activityRef) });
  if (activities.removed.length > 0) add('activity-removed', { activities: activities.removed.map(activityRef) });
  return changes;
}

/** The order changes are listed in within one ASM: what an auditor reads first. */
const KIND_ORDER = new Map<ChangeKind, number>(
  (['dropped-vigente', 'progress-decreased', 'due-date-moved', 'concluded', 'progress-increased', 'new', 'dropped-concluded', 'renumbered', 'text-changed', 'activity-added', 'activity-removed'] as const).map(
    (kind, index) => [kind, index],
  ),
);

/**
 * Every change from `from` (the older report) to `to`, one entry per ASM and
 * kind, by period (the newer report's order, then periods only the older one
 * has) and ASM number. Text changes carry `words: null`: `diffDocuments` fills
 * them in.
 */
export function compareDocuments(from: AsmDocument, to: AsmDocument): DiffResult {
  const changes: Change[] = [];
  const program = to.program.code ?? from.program.code;
  const institution = to.institution ?? from.institution;
  const periods = [...new Set([...to.periods.map((p) => p.period), ...from.periods.map((p) => p.period)])];
  for (const period of periods) {
    const older = from.periods.find((p) => p.period === period)?.aspects ?? [];
    const newer = to.periods.find((p) => p.period === period)?.aspects ?? [];
    const matched = matchItems(older, newer, (aspect) => aspect.number, (aspect) => aspect.text);
    const found: Change[] = [];
    for (const [a, b] of matched.pairs) {
      found.push(...aspectChanges(a, b, { program, institution, period, number: b.number, before: state(a), after: state(b), source: sourceRef(to, b) }));
    }
    for (const b of matched.added) found.push({ program, institution, period, number: b.number, kind: 'new', before: null, after: state(b), source: sourceRef(to, b) });
    for (const a of matched.removed) {
      const before = state(a);
      const kind = before.status === 'vigente' ? 'dropped-vigente' : 'dropped-concluded';
      found.push({ program, institution, period, number: a.number, kind, before, after: null, source: sourceRef(from, a) });
    }
    found.sort((x, y) => (x.number ?? Infinity) - (y.number ?? Infinity) || KIND_ORDER.get(x.kind)! - KIND_ORDER.get(y.kind)!);
    changes.push(...found);
  }
  return { schemaVersion: 1, from: reportRef(from), to: reportRef(to), changes };
}

const WORD_DIFF_MAX_EDITS = 2_000;
const WORD_DIFF_TIMEOUT_MS = 500;

/** Word diff with jsdiff, spaces kept with their words. */
export type WordDiffer = (before: string, after: string) => WordPart[];

export async function loadWordDiffer(): Promise<WordDiffer> {
  const { diffWordsWithSpace } = await import('diff');
  return (before, after) => {
    // Bounded: two long unrelated texts (hostile, or a cell that swallowed a page) are one removal and one addition.
    const parts = diffWordsWithSpace(before, after, { maxEditLength: WORD_DIFF_MAX_EDITS, timeout: WORD_DIFF_TIMEOUT_MS });
    if (!parts) return [...(before ? [{ op: 'removed' as const, text: before }] : []), ...(after ? [{ op: 'added' as const, text: after }] : [])];
    return parts.map((part) => ({ op: part.added ? 'added' : part.removed ? 'removed' : 'equal', text: part.value }));
  };
}

/** The text changes' word diffs, filled in with `differ` (jsdiff is loaded only when some text changed and no differ is given). */
export async function fillWordDiffs(result: DiffResult, differ?: WordDiffer): Promise<DiffResult> {
  const pending = result.changes.filter((change) => change.kind === 'text-changed' && !change.words);
  if (pending.length === 0) return result;
  const wordDiff = differ ?? (await loadWordDiffer());
  for (const change of pending) change.words = wordDiff(change.before?.text ?? '', change.after?.text ?? '');
  return result;
}

/** compareDocuments with the word diffs of changed texts. */
export async function diffDocuments(from: AsmDocument, to: AsmDocument, differ?: WordDiffer): Promise<DiffResult> {
  return fillWordDiffs(compareDocuments(from, to), differ);
}

/** The same program (by folded code), when both reports name one. */
export function sameProgram(a: AsmDocument, b: AsmDocument): boolean {
  return !a.program.code || !b.program.code || foldCode(a.program.code) === foldCode(b.program.code);
}

// ---------------------------------------------------------------- history

export interface HistoryRow {
  institution: string | null;
  program: string | null;
  programName: string | null;
  period: string;
  reportMonth: string | null;
  file: string;
  aspectCount: number;
  concludedCount: number;
  vigenteCount: number;
  /** Mean of the ASM averages that are figures; null when none is. */
  averageProgress: number | null;
  /** ASMs of this period whose due date moved since the program's previous report month (null for its first). */
  dueDatesMoved: number | null;
}

export interface History {
  rows: HistoryRow[];
}

export interface HistoryOptions {
  /** Program code (folded, substring, like `asm report --program`). */
  program?: string;
  /** Institution name (folded substring). */
  institution?: string;
  period?: string;
}

/**
 * One row per program, period and report month (of two documents of one
 * month, the first given), in month order within each program: ASM count, concluded, vigentes, average progress, and the due
 * dates moved since the month before (`compareDocuments` of the two).
 */
export function buildHistory(documents: readonly AsmDocument[], options: HistoryOptions = {}): History {
  const program = options.program ? foldCode(options.program) : '';
  const institution = options.institution ? foldText(options.institution) : '';
  const groups = new Map<string, AsmDocument[]>();
  for (const document of documents) {
    if (program && !foldCode(document.program.code).includes(program)) continue;
    if (institution && !foldText(document.institution).includes(institution)) continue;
    const key = `${foldText(document.institution)}\u0000${foldCode(document.program.code ?? `#${document.source.sha256}`)}`;
    const group = groups.get(key);
    if (group) group.push(document);
    else groups.set(key, [document]);
  }
  const ordered = [...groups.values()].sort(
    (a, b) => (a[0]!.program.code ?? '').localeCompare(b[0]!.program.code ?? '') || foldText(a[0]!.institution).localeCompare(foldText(b[0]!.institution)),
  );
  const rows: HistoryRow[] = [];
  for (const group of ordered) {
    // One document per report month, the first given (as `asm report` selects): two sources of one month are one report.
    const seen = new Set<string>();
    const unique = group.filter((document) => document.reportMonth === null || (!seen.has(document.reportMonth) && Boolean(seen.add(document.reportMonth))));
    const months = unique.sort((a, b) => (a.reportMonth ?? '').localeCompare(b.reportMonth ?? ''));
    const periodRows: HistoryRow[] = [];
    months.forEach((document, index) => {
      const moved = index === 0 ? null : compareDocuments(months[index - 1]!, document).changes.filter((change) => change.kind === 'due-date-moved');
      for (const period of document.periods) {
        if (options.period !== undefined && period.period !== options.period) continue;
        const states = period.aspects.map(state);
        const concluded = states.filter((s) => s.status === 'concluded').length;
        periodRows.push({
          institution: document.institution,
          program: document.program.code,
          programName: document.program.name,
          period: period.period,
          reportMonth: document.reportMonth,
          file: document.source.file,
          aspectCount: states.length,
          concludedCount: concluded,
          vigenteCount: states.length - concluded,
          // As `asm report` counts them: valid figures only.
          averageProgress: mean(period.aspects.filter((a) => a.average !== null && progressState(a) === 'reported').map((a) => a.average!)),
          dueDatesMoved: moved === null ? null : moved.filter((change) => change.period === period.period).length,
        });
      }
    });
    // Within a program: by period (newest first, as reports list them), then month.
    periodRows.sort((a, b) => b.period.localeCompare(a.period) || (a.reportMonth ?? '').localeCompare(b.reportMonth ?? ''));
    rows.push(...periodRows);
  }
  return { rows };
}
