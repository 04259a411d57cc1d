// Reports over parsed documents: which documents count (the newest report of
// each program, filters), period summaries (`asm report`) and the list of
// pending ASMs (`asm vigentes`). Pure functions: no I/O, no clock — the caller
// hands in the as-of date.
import type { Activity, AsmDocument, Aspect } from './schema.js';
import { canonicalAreas } from './areas.js';
import { invalidProgressValues, progressState, type InvalidValue, type ProgressState } from './progress.js';
import { foldAccents } from './text.js';
import { isRealDate, mean } from './values.js';

export type { InvalidValue, ProgressState } from './progress.js';

// ---------------------------------------------------------------- options

export interface ReportFilters {
  /** Program code, e.g. `E006` (`E-006` works too); case- and accent-insensitive substring. */
  program?: string;
  /** Institution name; case- and accent-insensitive substring. */
  institution?: string;
  /** Responsible area; an ASM matches when one of its activities' areas contains it (case- and accent-insensitive). */
  area?: string;
}

export interface SelectOptions extends ReportFilters {
  /** `YYYY-MM`: use this report month of each program instead of the most recent one. */
  report?: string;
}

export interface ReportOptions extends SelectOptions {
  /** `YYYY-YYYY`: only this evaluation period. */
  period?: string;
  /** `YYYY-MM-DD`: date against which due dates are compared; without it nothing is overdue. */
  asOf?: string;
  /** Also carry each ASM's activities and each program's history across report months (the HTML page shows them). */
  details?: boolean;
}

export interface VigentesOptions extends SelectOptions {
  /** `YYYY-MM-DD`, required: today's local date in the CLI. */
  asOf: string;
  period?: string;
  /** Only ASMs with an unfinished activity due before `asOf`. */
  overdueOnly?: boolean;
  /** Also carry each ASM's activities and the documents listed (the HTML page shows them). */
  details?: boolean;
}

// ---------------------------------------------------------------- results

/** Why a selection is unusable; the CLI turns it into exit 2 with one sentence. */
export type SelectionError =
  | { code: 'unknown-period'; period: string; available: string[] }
  | { code: 'unknown-report'; report: string; available: string[] }
  | { code: 'no-program'; program: string | null; institution: string | null; available: string[] };

export interface SelectionFailure {
  error: SelectionError;
}

export interface AspectSourceRef {
  /** `source.file` of the document (`-` for standard input). */
  file: string;
  /** First source line of the ASM (text and CSV sources), else null. */
  line: number | null;
  /** First page of the ASM (PDF sources), else null. */
  page: number | null;
  /** Worksheet of a workbook source; `line` is then its row. */
  sheet?: string;
}

export type AspectStatus = 'concluded' | 'vigente';

export interface ReportAspect {
  number: number | null;
  numberText: string | null;
  text: string | null;
  average: number | null;
  /** `concluded` only for a valid average of 100 or more: an invalid or missing figure is vigente. */
  status: AspectStatus;
  /** Whether the average is a figure a report can count, missing, or built on invalid values. */
  progress: ProgressState;
  /** The progress cells the validator rejects (empty unless `progress` is `invalid`). */
  invalidValues: InvalidValue[];
  /** Canonical spellings of the activities' responsible areas, in order of appearance. */
  responsibleAreas: string[];
  /** Latest due date among unfinished activities; when every activity is finished, the latest due date of all. */
  dueDate: string | null;
  /** Some unfinished activity (progress < 100 or none) is due before the as-of date. */
  overdue: boolean;
  /** Days from the latest overdue due date to the as-of date; null when not overdue. */
  daysOverdue: number | null;
  source: AspectSourceRef;
  /** Only with `details`. */
  activities?: ReportActivity[];
}

/** One activity of an ASM as a report shows it (only with `details`). */
export interface ReportActivity {
  numberText: string | null;
  description: string | null;
  /** Canonical spelling. */
  responsibleArea: string | null;
  dueDate: string | null;
  dueDateText: string | null;
  progress: number | null;
  progressText: string | null;
  /** Lines or pages of the activity in its source. */
  line: number | null;
  page: number | null;
  /** Worksheet of a workbook source; `line` is then its row. */
  sheet?: string;
}

/** A program's average progress in each of its report months (only with `details`). */
export interface ProgramHistory {
  program: string | null;
  institution: string | null;
  points: HistoryPoint[];
}

export interface HistoryPoint {
  reportMonth: string | null;
  aspectCount: number;
  vigenteCount: number;
  averageProgress: number | null;
  averagedCount: number;
}

export interface AreaSummary {
  area: string | null;
  aspectCount: number;
  vigenteCount: number;
  averageProgress: number | null;
}

export interface PeriodSummary {
  period: string;
  statement: string | null;
  aspectCount: number;
  concludedCount: number;
  vigenteCount: number;
  /** Mean of the ASM averages that are valid figures (`progress: reported`); null when there is none. Full precision. */
  averageProgress: number | null;
  /** ASMs the average covers: "79.38 % over 7 of 8 ASMs". */
  averagedCount: number;
  /** ASMs without a progress figure (a "Documento de Trabajo" has none). */
  notReportedCount: number;
  /** ASMs with a progress value the validator rejects; counted as vigente, never as concluded. */
  invalidCount: number;
  byArea: AreaSummary[];
  aspects: ReportAspect[];
}

export interface ProgramReport {
  /** Program code, e.g. `E006`. */
  program: string | null;
  programName: string | null;
  institution: string | null;
  reportMonth: string | null;
  periods: PeriodSummary[];
}

export interface Report {
  asOf: string | null;
  programs: ProgramReport[];
  /** Progress values, over every ASM reported, that the validator rejects and the report did not count. */
  invalidValueCount: number;
  /** Per program, every report month given (only with `details`), oldest first. */
  history?: ProgramHistory[];
}

export interface Vigente {
  program: string | null;
  programName: string | null;
  institution: string | null;
  period: string;
  number: number | null;
  text: string | null;
  average: number | null;
  progress: ProgressState;
  invalidValues: InvalidValue[];
  dueDate: string | null;
  overdue: boolean;
  daysOverdue: number | null;
  responsibleAreas: string[];
  source: AspectSourceRef;
  /** Only with `details`. */
  activities?: ReportActivity[];
}

export interface VigentesList {
  asOf: string;
  vigentes: Vigente[];
  /** Progress values, over the vigentes listed, that the validator rejects. */
  invalidValueCount: number;
  /**
   * Every selected document with every ASM the selection looked at, listed or
   * not, in document order: what a JUnit report shows as test cases (a listed
   * ASM fails, the others pass). Not part of the JSON output; absent in lists
   * made by hand.
   */
  checked?: CheckedDocument[];
}

export interface CheckedDocument {
  file: string;
  program: string | null;
  programName: string | null;
  institution: string | null;
  reportMonth: string | null;
  aspects: CheckedAspect[];
}

export interface CheckedAspect {
  period: string;
  number: number | null;
  text: string | null;
  average: number | null;
  /** Index of this ASM in `vigentes`, or null when it is not listed (concluded, or not overdue with overdueOnly). */
  vigente: number | null;
  source: AspectSourceRef;
}

export function isSelectionFailure(value: unknown): value is SelectionFailure {
  return typeof value === 'object' && value !== null && 'error' in value;
}

// ---------------------------------------------------------------- helpers

/** Case, accents and spacing folded away. */
export function foldText(text: string | null | undefined): string {
  return foldAccents(text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A program code folded for comparison: `E-006`, `e006` and `E 006` are one code. */
export const foldCode = (text: string | null | undefined): string => foldText(text).replace(/[^a-z0-9]/g, '');

export const PERIOD_PATTERN = /^\d{4}-\d{4}$/;
export const REPORT_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  return isRealDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** `YYYY-MM-DD` of a Date in the local time zone (what "today" means to the user). */
export function localIsoDate(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function dayNumber(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`). */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}


/**
 * An ASM is vigente while its average is below 100. A null average counts as
 * vigente, and so does an average built on invalid values (a printed 120 %):
 * nothing the validator rejects can conclude an ASM.
 */
export function isVigente(aspect: Aspect, invalid: readonly InvalidValue[] = invalidProgressValues(aspect)): boolean {
  return invalid.length > 0 || aspect.average === null || aspect.average < 100;
}

// A progress over 100 is invalid, not a finished activity.
const unfinished = (activity: Activity): boolean => activity.progress === null || activity.progress < 100 || activity.progress > 100;

const latest = (dates: ReadonlyArray<string | null>): string | null =>
  dates.reduce<string | null>((best, date) => (date !== null && (best === null || date > best) ? date : best), null);

/** Due date and lateness of one ASM as of a date (see ReportAspect). */
export function aspectDue(aspect: Aspect, asOf: string | null): Pick<ReportAspect, 'dueDate' | 'overdue' | 'daysOverdue'> {
  const pending = aspect.activities.filter(unfinished);
  const dueDate = latest(pending.map((a) => a.dueDate)) ?? latest(aspect.activities.map((a) => a.dueDate));
  const lateDue = asOf === null ? null : latest(pending.map((a) => (a.dueDate !== null && a.dueDate < asOf ? a.dueDate : null)));
  return {
    dueDate,
    overdue: lateDue !== null,
    daysOverdue: lateDue !== null && asOf !== null ? daysBetween(lateDue, asOf) : null,
  };
}

function programKey(document: AsmDocument): string {
  const program = document.program.code ?? `#${document.source.sha256}`;
  return `${foldText(document.institution)}\u0000${foldCode(program)}`;
}

function programLabel(document: AsmDocument): string {
  return [document.program.code ?? document.source.file, document.institution ? `(${document.institution})` : null]
    .filter(Boolean)
    .join(' ');
}

const compareMonth = (a: string | null, b: string | null): number => (a ?? '').localeCompare(b ?? '');

// ---------------------------------------------------------------- selection

export type Selection = { documents: AsmDocument[] } | SelectionFailure;

/**
 * The documents a report is about: program and institution filters applied,
 * then one document per program (institution + code): the one of report month
 * `options.report`, else the most recent one (the first given on a tie).
 * Sorted by program code, then institution.
 */
export function selectDocuments(documents: readonly AsmDocument[], options: SelectOptions = {}): Selection {
  const program = options.program ? foldCode(options.program) : '';
  const institution = options.institution ? foldText(options.institution) : '';
  const filtered = documents.filter(
    (document) =>
      (!program || foldCode(document.program.code).includes(program)) &&
      (!institution || foldText(document.institution).includes(institution)),
  );
  if (filtered.length === 0 && (program || institution)) {
    const available = [...new Set(documents.map(programLabel))].sort();
    return { error: { code: 'no-program', program: options.program ?? null, institution: options.institution ?? null, available } };
  }
  // Appended in place: copying the group for each document was quadratic in a program's reports.
  const groups = new Map<string, AsmDocument[]>();
  for (const document of filtered) {
    const key = programKey(document);
    const group = groups.get(key);
    if (group) group.push(document);
    else groups.set(key, [document]);
  }
  const chosen: AsmDocument[] = [];
  for (const group of groups.values()) {
    if (options.report) {
      const match = group.find((document) => document.reportMonth === options.report);
      if (match) chosen.push(match);
    } else {
      chosen.push(group.reduce((best, document) => (compareMonth(document.reportMonth, best.reportMonth) > 0 ? document : best)));
    }
  }
  if (options.report && chosen.length === 0) {
    const available = [...new Set(filtered.map((d) => d.reportMonth).filter((m): m is string => m !== null))].sort();
    return { error: { code: 'unknown-report', report: options.report, available } };
  }
  // Each document's institution folded once, not twice per comparison.
  const institutions = new Map(chosen.map((document) => [document, foldText(document.institution)]));
  chosen.sort(
    (a, b) =>
      (a.program.code ?? '').localeCompare(b.program.code ?? '') || institutions.get(a)!.localeCompare(institutions.get(b)!),
  );
  return { documents: chosen };
}

/** Periods present in the documents, in order of first appearance. */
export function availablePeriods(documents: readonly AsmDocument[]): string[] {
  return [...new Set(documents.flatMap((document) => document.periods.map((period) => period.period)))];
}

interface Prepared {
  documents: AsmDocument[];
  canonical: Map<string, string>;
}

function prepare(documents: readonly AsmDocument[], options: SelectOptions & { period?: string }): Prepared | SelectionFailure {
  const selection = selectDocuments(documents, options);
  if (isSelectionFailure(selection)) return selection;
  const periods = availablePeriods(selection.documents);
  if (options.period !== undefined && !periods.includes(options.period)) {
    return { error: { code: 'unknown-period', period: options.period, available: periods } };
  }
  const areas = selection.documents.flatMap((document) =>
    document.periods.flatMap((period) =>
      period.aspects.flatMap((aspect) => aspect.activities.map((a) => a.responsibleArea).filter((a): a is string => a !== null)),
    ),
  );
  return { documents: selection.documents, canonical: canonicalAreas(areas) };
}

function areasOf(aspect: Aspect, canonical: Map<string, string>): string[] {
  const names = aspect.activities
    .map((activity) => activity.responsibleArea)
    .filter((area): area is string => area !== null && area.trim() !== '')
    .map((area) => canonical.get(area) ?? area);
  return [...new Set(names)];
}

function matchesArea(aspect: Aspect, canonical: Map<string, string>, area: string | undefined): boolean {
  if (!area) return true;
  const wanted = foldText(area);
  return aspect.activities.some(
    (activity) =>
      activity.responsibleArea !== null &&
      (foldText(activity.responsibleArea).includes(wanted) || foldText(canonical.get(activity.responsibleArea)).includes(wanted)),
  );
}

/** Where an ASM starts in its document: file, first line (or sheet row) or page. */
export function sourceRef(document: AsmDocument, aspect: Aspect): AspectSourceRef {
  return {
    file: document.source.file,
    line: aspect.source.lines?.[0] ?? null,
    page: aspect.source.pages?.[0] ?? null,
    ...(aspect.source.sheet !== undefined ? { sheet: aspect.source.sheet } : {}),
  };
}

function reportActivity(activity: Activity, canonical: Map<string, string>): ReportActivity {
  const area = activity.responsibleArea;
  return {
    numberText: activity.numberText ?? null,
    description: activity.description,
    responsibleArea: area === null ? null : (canonical.get(area) ?? area),
    dueDate: activity.dueDate,
    dueDateText: activity.dueDateText,
    progress: activity.progress,
    progressText: activity.progressText,
    line: activity.source.lines?.[0] ?? null,
    page: activity.source.pages?.[0] ?? null,
    ...(activity.source.sheet !== undefined ? { sheet: activity.source.sheet } : {}),
  };
}

const activitiesOf = (aspect: Aspect, canonical: Map<string, string>): ReportActivity[] =>
  aspect.activities.map((activity) => reportActivity(activity, canonical));

function reportAspect(document: AsmDocument, aspect: Aspect, canonical: Map<string, string>, asOf: string | null, details = false): ReportAspect {
  const invalidValues = invalidProgressValues(aspect);
  return {
    number: aspect.number,
    numberText: aspect.numberText,
    text: aspect.text,
    average: aspect.average,
    status: isVigente(aspect, invalidValues) ? 'vigente' : 'concluded',
    progress: progressState(aspect, invalidValues),
    invalidValues,
    responsibleAreas: areasOf(aspect, canonical),
    ...aspectDue(aspect, asOf),
    source: sourceRef(document, aspect),
    ...(details ? { activities: activitiesOf(aspect, canonical) } : {}),
  };
}

function summarizeAreas(aspects: readonly ReportAspect[]): AreaSummary[] {
  const groups = new Map<string | null, ReportAspect[]>();
  for (const aspect of aspects) {
    const areas = aspect.responsibleAreas.length > 0 ? aspect.responsibleAreas : [null];
    for (const area of areas) {
      const group = groups.get(area);
      if (group) group.push(aspect);
      else groups.set(area, [aspect]);
    }
  }
  return [...groups.entries()].map(([area, group]) => ({
    area,
    aspectCount: group.length,
    vigenteCount: group.filter((a) => a.status === 'vigente').length,
    averageProgress: mean(countedAverages(group)),
  }));
}

/** The averages a report may count: valid figures only. */
function countedAverages(aspects: readonly ReportAspect[]): number[] {
  const values: number[] = [];
  for (const aspect of aspects) if (aspect.progress === 'reported' && aspect.average !== null) values.push(aspect.average);
  return values;
}

// ---------------------------------------------------------------- report

/**
 * Per program and period: counts, mean progress and a breakdown by
 * responsible area. With `area`, only the matching ASMs are counted and
 * programs with none are left out.
 */
export function buildReport(documents: readonly AsmDocument[], options: ReportOptions = {}): Report | SelectionFailure {
  const prepared = prepare(documents, options);
  if (isSelectionFailure(prepared)) return prepared;
  const { canonical } = prepared;
  const asOf = options.asOf ?? null;
  const programs: ProgramReport[] = [];
  const reported: AsmDocument[] = [];
  let invalidValueCount = 0;
  for (const document of prepared.documents) {
    const periods: PeriodSummary[] = [];
    let matched = 0;
    for (const period of document.periods) {
      if (options.period !== undefined && period.period !== options.period) continue;
      const aspects = period.aspects
        .filter((aspect) => matchesArea(aspect, canonical, options.area))
        .map((aspect) => reportAspect(document, aspect, canonical, asOf, options.details));
      matched += aspects.length;
      const vigenteCount = aspects.filter((a) => a.status === 'vigente').length;
      const averages = countedAverages(aspects);
      const invalid = aspects.filter((a) => a.progress === 'invalid');
      for (const aspect of invalid) invalidValueCount += aspect.invalidValues.length;
      periods.push({
        period: period.period,
        statement: period.statement,
        aspectCount: aspects.length,
        concludedCount: aspects.length - vigenteCount,
        vigenteCount,
        averageProgress: mean(averages),
        averagedCount: averages.length,
        notReportedCount: aspects.filter((a) => a.progress === 'not-reported').length,
        invalidCount: invalid.length,
        byArea: summarizeAreas(aspects),
        aspects,
      });
    }
    if (periods.length === 0 || (options.area && matched === 0)) continue;
    reported.push(document);
    programs.push({
      program: document.program.code,
      programName: document.program.name,
      institution: document.institution,
      reportMonth: document.reportMonth,
      periods,
    });
  }
  if (!options.details) return { asOf, programs, invalidValueCount };
  return { asOf, programs, invalidValueCount, history: programHistory(documents, reported, canonical, options) };
}

/**
 * Each reported program's average in every report month given up to the one
 * reported, oldest first:
 * the same filters (period, area) and the same counting as the report, one
 * document per month (the first given, as the selection does).
 */
function programHistory(
  documents: readonly AsmDocument[],
  reported: readonly AsmDocument[],
  canonical: Map<string, string>,
  options: ReportOptions,
): ProgramHistory[] {
  const groups = new Map<string, Map<string | null, AsmDocument>>(reported.map((document) => [programKey(document), new Map()]));
  for (const document of documents) {
    const months = groups.get(programKey(document));
    if (months && !months.has(document.reportMonth)) months.set(document.reportMonth, document);
  }
  return reported.map((chosen) => {
    // Up to the month reported: with --report 2016-03 the history stops there too.
    const months = [...groups.get(programKey(chosen))!.values()]
      .filter((document) => compareMonth(document.reportMonth, chosen.reportMonth) <= 0)
      .sort((a, b) => compareMonth(a.reportMonth, b.reportMonth));
    return {
      program: chosen.program.code,
      institution: chosen.institution,
      points: months.map((document) => {
        const aspects = document.periods
          .filter((period) => options.period === undefined || period.period === options.period)
          .flatMap((period) => period.aspects)
          .filter((aspect) => matchesArea(aspect, canonical, options.area))
          .map((aspect) => reportAspect(document, aspect, canonical, null));
        const averages = countedAverages(aspects);
        return {
          reportMonth: document.reportMonth,
          aspectCount: aspects.length,
          vigenteCount: aspects.filter((a) => a.status === 'vigente').length,
          averageProgress: mean(averages),
          averagedCount: averages.length,
        };
      }),
    };
  });
}

// ---------------------------------------------------------------- vigentes

/** Every vigente ASM (average < 100 or null) of the selected documents, in document order. */
export function listVigentes(documents: readonly AsmDocument[], options: VigentesOptions): VigentesList | SelectionFailure {
  const prepared = prepare(documents, options);
  if (isSelectionFailure(prepared)) return prepared;
  const { canonical } = prepared;
  const vigentes: Vigente[] = [];
  const checked: CheckedDocument[] = [];
  let invalidValueCount = 0;
  for (const document of prepared.documents) {
    const aspects: CheckedAspect[] = [];
    checked.push({
      file: document.source.file,
      program: document.program.code,
      programName: document.program.name,
      institution: document.institution,
      reportMonth: document.reportMonth,
      aspects,
    });
    for (const period of document.periods) {
      if (options.period !== undefined && period.period !== options.period) continue;
      for (const aspect of period.aspects) {
        if (!matchesArea(aspect, canonical, options.area)) continue;
        const invalidValues = invalidProgressValues(aspect);
        const listed = isVigente(aspect, invalidValues) ? aspectDue(aspect, options.asOf) : null;
        const due = listed && (!options.overdueOnly || listed.overdue) ? listed : null;
        aspects.push({
          period: period.period,
          number: aspect.number,
          text: aspect.text,
          average: aspect.average,
          vigente: due ? vigentes.length : null,
          source: sourceRef(document, aspect),
        });
        if (!due) continue;
        vigentes.push({
          program: document.program.code,
          programName: document.program.name,
          institution: document.institution,
          period: period.period,
          number: aspect.number,
          text: aspect.text,
          average: aspect.average,
          progress: progressState(aspect, invalidValues),
          invalidValues,
          ...due,
          responsibleAreas: areasOf(aspect, canonical),
          source: sourceRef(document, aspect),
          ...(options.details ? { activities: activitiesOf(aspect, canonical) } : {}),
        });
        invalidValueCount += invalidValues.length;
      }
    }
  }
  return { asOf: options.asOf, vigentes, invalidValueCount, checked };
}
