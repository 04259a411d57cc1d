// The validator: a parsed document → diagnostics, as data. Pure: no I/O, no
// clock, no locale. Each rule reads the typed value *and* the original text
// beside it, and places its diagnostic on the source line (or PDF page) of the
// offending fragment, or on the record's first line when the value is missing.
import type { Activity, Aspect, AsmDocument, Diagnostic, Period, SourceSpan } from './schema.js';
import { localizeDiagnostic, makeDiagnostic, type DiagnosticInput, type Lang } from './diagnostics.js';
import { canonicalAreas } from './areas.js';
import { isMonthOnlyDate, mean } from './values.js';
import { AVERAGE_TOLERANCE } from './progress.js';
import { findUrls, type FoundUrl } from './validate-urls.js';
import { truncationOf, wordIndex, type WordIndex } from './validate-text.js';
import { foldAccents, formatNumber } from './text.js';

export interface ValidateOptions {
  /** Language of the validator's messages (parser diagnostics keep the language they were parsed in). */
  lang?: Lang;
}

/** Tolerance of `average-mismatch`, in percentage points: one constant for the validator and the reports. */
export { AVERAGE_TOLERANCE };

/** Cells that say "there is no such document". */
const NOT_AVAILABLE = /^(n\s*\/\s*a|n\.?\s*a\.?|no aplica|no disponible|sin documento|ninguno|[-–—]+)$/i;

/** Free-text fields checked for cut text and broken URLs, in column order. */
const ACTIVITY_TEXT_FIELDS = ['description', 'responsibleArea', 'expectedResults', 'evidence', 'proofName', 'proofLocation', 'observations'] as const;
type ActivityTextField = (typeof ACTIVITY_TEXT_FIELDS)[number];

/** Column order, used to sort diagnostics that share a line. */
const FIELD_ORDER = [
  'number', 'text', 'description', 'responsibleArea', 'dueDate', 'expectedResults', 'evidence', 'progress',
  'proofName', 'proofLocation', 'observations', 'reportMonth', 'average',
];

const blank = (text: string | null | undefined): boolean => text === null || text === undefined || text.trim() === '';

/** Shorten a quoted value for a message; the diagnostic's `value` keeps the full text. */
export function excerpt(text: string, max = 60, where: 'start' | 'end' = 'start'): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  return where === 'start' ? `${clean.slice(0, max - 1).trimEnd()}…` : `…${clean.slice(clean.length - max + 1).trimStart()}`;
}

interface Position {
  line: number | null;
  page: number | null;
}

class Positions {
  constructor(private readonly kind: 'line' | 'page') {}

  private wrap(value: number | null | undefined): Position {
    const n = value ?? null;
    return this.kind === 'line' ? { line: n, page: null } : { line: null, page: n };
  }

  /** First position of a record. */
  start(span: SourceSpan): Position {
    return this.wrap(this.kind === 'line' ? span.lines?.[0] : span.pages?.[0]);
  }

  /** Position of a field's first (or last) fragment; the record's first position when the field has none. */
  field(span: SourceSpan, key: string, which: 'first' | 'last' = 'first'): Position {
    const positions = span.fields?.[key];
    if (!positions || positions.length === 0) return this.start(span);
    return this.wrap(which === 'first' ? positions[0] : positions[positions.length - 1]);
  }
}

interface Context {
  document: AsmDocument;
  lang: Lang;
  pos: Positions;
  out: Diagnostic[];
  hasProgress: boolean;
  /** The table has this column (documents without a recorded header count as having all). */
  hasColumn: (key: string) => boolean;
  words: WordIndex;
  /** Hosts of the well-formed URLs of the document, to repair broken ones (each once, in order of first use). */
  hosts: string[];
  /** The repair of each broken URL text seen so far: a report repeats the same broken link on many rows. */
  repairs: Map<string, string | null>;
  /** The "Mes y Año" most ASMs of each period share, counted once per period (not once per ASM). */
  commonMonths: Map<Period, string | null>;
}

interface Where {
  period: Period;
  aspect: Aspect;
  activityIndex?: number;
}

function emit(ctx: Context, where: Where, position: Position, input: Omit<DiagnosticInput, 'period' | 'aspect' | 'activity' | 'line' | 'page'>): void {
  // A workbook's rows are numbered per sheet: the record's sheet goes beside its row.
  const sheet = (where.activityIndex === undefined ? undefined : where.aspect.activities[where.activityIndex]?.source.sheet) ?? where.aspect.source.sheet;
  ctx.out.push(
    makeDiagnostic(
      {
        ...input,
        period: where.period.period,
        aspect: where.aspect.number,
        activity: where.activityIndex === undefined ? null : where.activityIndex + 1,
        line: position.line,
        page: position.page,
        ...(sheet !== undefined && position.line !== null ? { sheet } : {}),
      },
      ctx.lang,
    ),
  );
}


/** "2014-2015" → "2014-01-01": the first day of the evaluation period. */
export function periodStart(period: string): string | null {
  const match = /^(\d{4})/.exec(period.trim());
  return match ? `${match[1]}-01-01` : null;
}

// ---------------------------------------------------------------- rules

function checkAspect(ctx: Context, period: Period, aspect: Aspect): void {
  const where: Where = { period, aspect };
  const span = aspect.source;
  if (aspect.numberText !== null && aspect.number === null) {
    emit(ctx, where, ctx.pos.field(span, 'number'), { code: 'invalid-aspect-number', field: 'number', value: aspect.numberText });
  }
  if (blank(aspect.text)) {
    if (ctx.hasColumn('text')) emit(ctx, where, ctx.pos.start(span), { code: 'missing-field', field: 'text' });
  } else checkText(ctx, where, span, 'text', aspect.text!);

  // Mes y Año
  if (!blank(aspect.reportMonthText) && aspect.reportMonth === null) {
    emit(ctx, where, ctx.pos.field(span, 'reportMonth'), { code: 'invalid-month', field: 'reportMonth', value: aspect.reportMonthText! });
  } else {
    const common = ctx.commonMonths.get(period) ?? null;
    if (aspect.reportMonth && common && aspect.reportMonth !== common) {
      emit(ctx, where, ctx.pos.field(span, 'reportMonth'), {
        code: 'report-month-mismatch',
        field: 'reportMonth',
        value: aspect.reportMonthText ?? aspect.reportMonth,
        expected: common,
      });
    }
  }

  aspect.activities.forEach((activity, index) => checkActivity(ctx, { period, aspect, activityIndex: index }, activity));

  // Promedio
  if (aspect.averageText !== null && !blank(aspect.averageText)) {
    const position = ctx.pos.field(span, 'average');
    const printed = aspect.average;
    if (printed === null) {
      emit(ctx, where, position, { code: 'progress-not-a-number', field: 'average', value: aspect.averageText });
    } else if (printed < 0 || printed > 100) {
      emit(ctx, where, position, { code: 'progress-out-of-range', field: 'average', value: aspect.averageText });
    } else {
      const progress = aspect.activities.map((activity) => activity.progress);
      if (progress.length > 0 && progress.every((value): value is number => value !== null)) {
        const expected = mean(progress)!;
        if (Math.abs(expected - printed) > AVERAGE_TOLERANCE) {
          emit(ctx, where, position, { code: 'average-mismatch', field: 'average', value: aspect.averageText, expected: formatNumber(expected) });
        }
      }
    }
  }
}

/** The "Mes y Año" most ASMs of a period share (a strict majority), or null. */
function commonMonth(period: Period): string | null {
  const counts = new Map<string, number>();
  for (const aspect of period.aspects) if (aspect.reportMonth) counts.set(aspect.reportMonth, (counts.get(aspect.reportMonth) ?? 0) + 1);
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  for (const [month, n] of counts) if (n * 2 > total) return month;
  return null;
}

function checkActivity(ctx: Context, where: Where, activity: Activity): void {
  const span = activity.source;
  const start = ctx.pos.start(span);
  // A value is required only where the table has its column: a narrower table is the report's format, not a gap.
  const missing = (field: string): void => {
    if (ctx.hasColumn(field)) emit(ctx, where, start, { code: 'missing-field', field });
  };

  if (blank(activity.description)) missing('description');

  // Responsible area: present, and an area name rather than a copy of other text.
  let areaImplausible = false;
  if (blank(activity.responsibleArea)) missing('responsibleArea');
  else {
    const reason = implausibleArea(activity.responsibleArea!, [activity.description, where.aspect.text, activity.expectedResults]);
    if (reason) {
      areaImplausible = true;
      emit(ctx, where, ctx.pos.field(span, 'responsibleArea'), {
        code: 'implausible-area',
        field: 'responsibleArea',
        value: activity.responsibleArea!,
        other: reason,
        count: wordsOf(activity.responsibleArea!).length,
      });
    }
  }

  // Due date.
  if (blank(activity.dueDateText)) missing('dueDate');
  else {
    const position = ctx.pos.field(span, 'dueDate');
    if (activity.dueDate === null) {
      emit(ctx, where, position, { code: 'invalid-date', field: 'dueDate', value: activity.dueDateText! });
    } else {
      if (isMonthOnlyDate(activity.dueDateText!)) {
        emit(ctx, where, position, { code: 'due-date-month-only', field: 'dueDate', value: activity.dueDateText!, expected: activity.dueDate });
      }
      const startDate = periodStart(where.period.period);
      if (startDate && activity.dueDate < startDate) {
        emit(ctx, where, position, { code: 'due-date-before-period', field: 'dueDate', value: activity.dueDateText!, expected: where.period.period });
      }
    }
  }

  // Progress (only documents that report it: an "Avance" or a table with the column).
  if (blank(activity.progressText)) {
    if (ctx.hasProgress) emit(ctx, where, start, { code: 'missing-field', field: 'progress' });
  } else {
    const position = ctx.pos.field(span, 'progress');
    if (activity.progress === null) {
      emit(ctx, where, position, { code: 'progress-not-a-number', field: 'progress', value: activity.progressText! });
    } else if (activity.progress < 0 || activity.progress > 100) {
      emit(ctx, where, position, { code: 'progress-out-of-range', field: 'progress', value: activity.progressText! });
    }
  }

  // Proof of a finished activity.
  if (activity.progress !== null && activity.progress >= 100) checkProof(ctx, where, activity);

  // Free text: cut cells and broken URLs.
  for (const field of ACTIVITY_TEXT_FIELDS) {
    const value = activity[field];
    if (blank(value)) continue;
    if (field === 'responsibleArea' && areaImplausible) continue;
    checkText(ctx, where, span, field, value!);
  }

  // Area spelling variants are checked document-wide (see checkAreas).
}

function checkProof(ctx: Context, where: Where, activity: Activity): void {
  const span = activity.source;
  const state = (value: string | null): 'missing' | 'na' | 'present' | 'absent' =>
    blank(value) ? 'missing' : NOT_AVAILABLE.test(value!.trim()) ? 'na' : 'present';
  // Without either proof column the report cannot show proof; with one, only that one is asked for.
  const hasName = ctx.hasColumn('proofName');
  const hasLocation = ctx.hasColumn('proofLocation');
  if (!hasName && !hasLocation) return;
  const name = hasName ? state(activity.proofName) : 'absent';
  const location = hasLocation ? state(activity.proofLocation) : 'absent';
  if (name !== 'present' && location !== 'present') {
    emit(ctx, where, ctx.pos.start(span), { code: 'missing-proof' });
    return;
  }
  for (const [field, status, value] of [
    ['proofName', name, activity.proofName],
    ['proofLocation', location, activity.proofLocation],
  ] as const) {
    if (status === 'missing') emit(ctx, where, ctx.pos.start(span), { code: 'proof-incomplete', field });
    if (status === 'na') emit(ctx, where, ctx.pos.field(span, field), { code: 'proof-not-available', field, value: value! });
  }
}

/** Cut text and broken URLs in one free-text cell. */
function checkText(ctx: Context, where: Where, span: SourceSpan, field: ActivityTextField | 'text', value: string): void {
  const urls = findUrls(value);
  const cut = truncationOf(value, ctx.words, urls);
  if (cut) {
    const position = ctx.pos.field(span, field, cut.end ? 'last' : 'first');
    emit(ctx, where, position, {
      code: 'possible-truncation',
      field,
      value,
      // Short cells cut at both ends are quoted once, whole.
      from: cut.start ? excerpt(value, cut.end && value.length <= 80 ? 80 : 40, 'start') : undefined,
      to: cut.end ? excerpt(value, cut.start && value.length <= 80 ? 80 : 40, 'end') : undefined,
    });
  }
  for (const url of urls) {
    if (!url.broken) continue;
    // A URL cut at the very end of a cut cell is part of that truncation, not a separate problem.
    if (cut?.end && url.atEnd && url.reason === 'host') continue;
    emit(ctx, where, ctx.pos.field(span, field, 'first'), {
      code: 'broken-url',
      field,
      value: url.text,
      suggestion: repairUrl(url, ctx) ?? undefined,
    });
  }
}

function repairUrl(url: FoundUrl, ctx: Context): string | null {
  // The repair depends only on the URL's text and the document's hosts.
  if (!ctx.repairs.has(url.text)) ctx.repairs.set(url.text, url.repair(ctx.hosts));
  return ctx.repairs.get(url.text)!;
}

// ---------------------------------------------------------------- areas

const wordsOf = (text: string): string[] =>
  foldAccents(text)
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Why a responsible-area cell is not an area name, or null when it looks like one. */
export function implausibleArea(area: string, others: ReadonlyArray<string | null>): 'copy' | 'long' | null {
  const words = wordsOf(area);
  // `{3}`, not `{3,}`: the same test, without retrying a long run of letters from each of its letters.
  const sentence = /[a-záéíóúñ]{3}\.\s+[A-ZÁÉÍÓÚÑ]/.test(area);
  // Real area names ("Coordinación de Planeación y Evaluación", "Unidad de Incorporación al Seguro Social",
  // two of them joined) stay well under this; sentences do not.
  if (words.length > 24 || sentence) return words.length >= 6 && copies(words, others) ? 'copy' : 'long';
  // An organisational unit named in the activity text ("…normados por la Unidad de Incorporación…") is still an area.
  if (ORG_UNIT.test(words.join(' '))) return null;
  if (words.length >= 6 && copies(words, others)) return 'copy';
  return null;
}

/** First words of the names of organisational units. */
const ORG_UNIT =
  /^(coordinacion|coordinaciones|coordinador|unidad|unidades|direccion|direcciones|director|subdireccion|subdirector|jefatura|jefe|division|departamento|area|areas|oficina|secretaria|subsecretaria|titular|gerencia|comite|organo|delegacion|delegaciones|consejo|dependencia)\b/;

/** At least 30% of the word trigrams of `words` appear in one of `others`. */
function copies(words: string[], others: ReadonlyArray<string | null>): boolean {
  const trigrams = (list: string[]): string[] => list.slice(0, -2).map((word, i) => `${word} ${list[i + 1]} ${list[i + 2]}`);
  const own = trigrams(words);
  const elsewhere = new Set(others.flatMap((text) => (text ? trigrams(wordsOf(text)) : [])));
  const shared = own.filter((gram) => elsewhere.has(gram)).length;
  return own.length > 0 && shared / own.length >= 0.3;
}

function checkAreas(ctx: Context, skip: ReadonlySet<Activity>): void {
  const names: string[] = [];
  for (const period of ctx.document.periods)
    for (const aspect of period.aspects)
      for (const activity of aspect.activities)
        if (!blank(activity.responsibleArea) && !skip.has(activity)) names.push(activity.responsibleArea!.trim());
  const canonical = canonicalAreas(names);
  for (const period of ctx.document.periods)
    for (const aspect of period.aspects)
      aspect.activities.forEach((activity, index) => {
        if (blank(activity.responsibleArea) || skip.has(activity)) return;
        const name = activity.responsibleArea!.trim();
        const common = canonical.get(name);
        if (common && common !== name) {
          emit(ctx, { period, aspect, activityIndex: index }, ctx.pos.field(activity.source, 'responsibleArea'), {
            code: 'area-name-variant',
            field: 'responsibleArea',
            value: activity.responsibleArea!,
            suggestion: common,
          });
        }
      });
}

function checkDuplicateNumbers(ctx: Context, period: Period): void {
  const seen = new Map<number, Aspect>();
  for (const aspect of period.aspects) {
    if (aspect.number === null) continue;
    const first = seen.get(aspect.number);
    if (!first) {
      seen.set(aspect.number, aspect);
      continue;
    }
    emit(ctx, { period, aspect }, ctx.pos.field(aspect.source, 'number'), {
      code: 'duplicate-aspect-number',
      field: 'number',
      value: aspect.numberText ?? String(aspect.number),
    });
  }
}

// ---------------------------------------------------------------- entry

function diagnosticPosition(diagnostic: Diagnostic): number {
  return diagnostic.line ?? diagnostic.page ?? 0;
}

/** Sort: by line (or page), then ASM (document order), column, activity, code; document-level first. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[], document?: AsmDocument): Diagnostic[] {
  const aspectOrder = new Map<string, number>();
  // Document order as a running count (a period may hold more than any fixed stride of ASMs).
  let rank = 0;
  for (const period of document?.periods ?? [])
    for (const aspect of period.aspects) {
      const key = `${period.period}\u0000${aspect.number}`;
      if (!aspectOrder.has(key)) aspectOrder.set(key, rank);
      rank++;
    }
  const aspectRank = (d: Diagnostic): number =>
    d.aspect === null ? -1 : (aspectOrder.get(`${d.period}\u0000${d.aspect}`) ?? d.aspect);
  const fieldRank = (d: Diagnostic): number => {
    const index = d.field === null ? -1 : FIELD_ORDER.indexOf(d.field);
    return index < 0 && d.field !== null ? FIELD_ORDER.length : index;
  };
  return diagnostics
    .map((diagnostic, index) => ({ diagnostic, index }))
    .sort(
      (a, b) =>
        diagnosticPosition(a.diagnostic) - diagnosticPosition(b.diagnostic) ||
        aspectRank(a.diagnostic) - aspectRank(b.diagnostic) ||
        fieldRank(a.diagnostic) - fieldRank(b.diagnostic) ||
        (a.diagnostic.activity ?? 0) - (b.diagnostic.activity ?? 0) ||
        (a.diagnostic.code < b.diagnostic.code ? -1 : a.diagnostic.code > b.diagnostic.code ? 1 : 0) ||
        a.index - b.index,
    )
    .map(({ diagnostic }) => diagnostic);
}

/**
 * Check a parsed document. Returns the parser's diagnostics (already in
 * `document.diagnostics`) plus the validator's, sorted by source position.
 */
export function validateDocument(document: AsmDocument, options: ValidateOptions = {}): Diagnostic[] {
  const aspects = document.periods.flatMap((period) => period.aspects);
  const activities = aspects.flatMap((aspect) => aspect.activities);
  const allText = [
    ...aspects.map((aspect) => aspect.text),
    ...activities.flatMap((activity) => ACTIVITY_TEXT_FIELDS.map((field) => activity[field])),
  ].filter((text): text is string => !blank(text));
  // Each host once: repairing a broken URL compares it with every host, so a host per row would be quadratic.
  const hosts = new Set<string>();
  for (const text of allText) for (const url of findUrls(text)) if (!url.broken) hosts.add(url.host);
  const columnKeys = new Set(document.columns.map((column) => column.key));
  const ctx: Context = {
    document,
    lang: options.lang ?? 'en',
    pos: new Positions(document.source.format === 'pdf' ? 'page' : 'line'),
    out: [],
    hasProgress: document.documentType === 'Avance al Documento de Trabajo' || columnKeys.has('progress'),
    hasColumn: (key) => document.columns.length === 0 || columnKeys.has(key),
    words: wordIndex(allText),
    hosts: [...hosts],
    repairs: new Map(),
    commonMonths: new Map(document.periods.map((period) => [period, commonMonth(period)])),
  };
  for (const period of document.periods) {
    for (const aspect of period.aspects) checkAspect(ctx, period, aspect);
    checkDuplicateNumbers(ctx, period);
  }
  const implausible = new Set(
    activities.filter((activity) => !blank(activity.responsibleArea) && implausibleArea(activity.responsibleArea!, [])),
  );
  // Areas flagged as copies of other text do not take part in the spelling vote either.
  for (const aspect of aspects)
    for (const activity of aspect.activities)
      if (!blank(activity.responsibleArea) && implausibleArea(activity.responsibleArea!, [activity.description, aspect.text, activity.expectedResults]))
        implausible.add(activity);
  checkAreas(ctx, implausible);
  // Without its program code a report is stored under `sin-clave` and no `--program`/`asm diff CODE` finds it.
  if (aspects.length > 0 && blank(document.program.code)) ctx.out.push(makeDiagnostic({ code: 'missing-program-code', field: 'program' }, ctx.lang));
  // The parser's diagnostics were written in the language of the parse: write them in this run's.
  const parsed = document.diagnostics.map((diagnostic) => localizeDiagnostic(diagnostic, options.lang ?? 'en'));
  return sortDiagnostics([...parsed, ...ctx.out], document);
}

/** Counts of a diagnostic list. */
export function countDiagnostics(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const diagnostic of diagnostics) if (diagnostic.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
