// Assembler: source lines → periods, ASMs and activities as text fragments with
// provenance. Header mapping, repeated headers, continuation rows, new
// activities and realignment happen here; typing happens in records.ts. The
// state of the walk (the open period, ASM and activity) is the Assembler's,
// and each kind of line has its own step.
import type { Diagnostic } from './schema.js';
import type { SourceLine } from './lines.js';
import { makeDiagnostic, type DiagnosticInput, type Lang } from './diagnostics.js';
import {
  ACTIVITY_FIELDS,
  isRepeatedHeader,
  mapHeader,
  columnKeyFor,
  type ActivityField,
  type ColumnKey,
  type DocumentField,
  type HeaderMapping,
} from './headers.js';
import { applyMoves, planRealignment, TYPED_KEYS, type Move } from './realign.js';
import { parseDate, parseMonth, parseProgress } from './values.js';
import { appendFragment, type Fragment } from './fragment.js';
import { couldBeHeader, headingRest, isPageNumber, isStatement, looksLikeTableText, periodFromHeading, plain } from './table-text.js';
import { TableCoverage } from './coverage.js';

/** Below this word confidence (tesseract's 0–100) an OCR'd cell gets a low-confidence diagnostic. */
export const OCR_MIN_CONFIDENCE = 90;
/** Columns where an OCR misread changes a verdict: low-confidence is an error there. */
export const OCR_CRITICAL_FIELDS: ReadonlySet<string> = new Set(['number', 'activityNumber', 'dueDate', 'progress', 'average']);
const ASPECT_LEVEL: ReadonlySet<string> = new Set(['number', 'text', 'average', 'reportMonth']);

/** The post-check of OCR'd digits: the cell is a value of its column as a whole (no stray letter read into it). */
function validOcrValue(key: string, cell: string): boolean {
  const text = cell.trim();
  if (key === 'number' || key === 'activityNumber') return /^\d{1,3}(\.\d{1,3})*\.?$/.test(text);
  if (key === 'dueDate') return parseDate(text) !== null;
  if (key === 'progress' || key === 'average') return /^\d{1,3}(?:[.,]\d+)?\s*%?$/.test(text) && (parseProgress(text) ?? 101) <= 100;
  return true;
}


export interface ActivityDraft {
  fields: Partial<Record<ActivityField, Fragment>>;
  extra: Record<string, Fragment>;
  positions: number[];
  /** `1.2` when the document numbers activities in the `No.` column. */
  numberText?: string;
  /** Worksheet of a workbook source where the activity starts. */
  sheet?: string;
}

export interface AspectDraft {
  numberText: string | null;
  text: Fragment | null;
  average: Fragment | null;
  reportMonth: Fragment | null;
  activities: ActivityDraft[];
  positions: number[];
  sheet?: string;
}

export interface PeriodDraft {
  period: string;
  statement: string | null;
  aspects: AspectDraft[];
  positions: number[];
  sheet?: string;
}

export interface AssembledTable {
  /** Whether positions are source lines or PDF pages. */
  positionKind: 'lines' | 'pages';
  /** Single-cell lines before the first period heading or table: title, institution, program… */
  preamble: string[];
  mapping: HeaderMapping | null;
  periods: PeriodDraft[];
  /** Document-level values found in asm's own CSV columns. */
  documentFields: Partial<Record<DocumentField, string>>;
  diagnostics: Diagnostic[];
}

function sameTypedValue(key: ColumnKey, a: string, b: string): boolean {
  if (key === 'dueDate') return parseDate(a) === parseDate(b);
  if (key === 'reportMonth') return parseMonth(a) === parseMonth(b);
  return parseProgress(a) === parseProgress(b);
}

function isTypedValue(key: ColumnKey, text: string): boolean {
  if (key === 'dueDate') return parseDate(text) !== null;
  if (key === 'reportMonth') return parseMonth(text) !== null;
  return parseProgress(text) !== null;
}

export function assemble(lines: readonly SourceLine[], lang: Lang): AssembledTable {
  const assembler = new Assembler(lines.some((line) => line.page !== undefined) ? 'pages' : 'lines', lang);
  for (const line of lines) assembler.line(line);
  return assembler.finish();
}

/** What one data row says before it is placed: its ASM number, and its cells once realigned. */
interface RowPlan {
  source: SourceLine;
  mapping: HeaderMapping;
  /** The position recorded for the row (its line, or its page). */
  at: number;
  /** The ASM number (`1` for a row numbered `1.2`); '' for a continuation row. */
  numberText: string;
  /** `1.2` when the No. column numbers the activity. */
  subNumber: string | null;
  original: readonly string[];
  cells: readonly string[];
  moves: Move[];
}

class Assembler {
  private readonly result: AssembledTable;
  private readonly coverage: TableCoverage;
  private period: PeriodDraft | null = null;
  private aspect: AspectDraft | null = null;
  private activity: ActivityDraft | null = null;
  /** A statement whose sentence has not ended yet continues on the next line. */
  private statementOpen = false;
  private tableSeen = false;
  /** The header row as printed: its repetitions after page breaks are usually identical. */
  private headerText = '';

  constructor(
    private readonly positionKind: 'lines' | 'pages',
    private readonly lang: Lang,
  ) {
    this.result = { positionKind, preamble: [], mapping: null, periods: [], documentFields: {}, diagnostics: [] };
    this.coverage = new TableCoverage(positionKind === 'pages');
  }

  line(line: SourceLine): void {
    const nonEmpty = line.cells.filter((cell) => cell !== '');
    if (nonEmpty.length === 0) return;
    if (line.unplaced) {
      this.unplacedTableText(nonEmpty.join(' | '), line);
      return;
    }
    if (line.cells.length === 1 || (nonEmpty.length === 1 && line.cells[0] !== '' && !this.result.mapping)) {
      this.plainLine(nonEmpty[0]!, line);
      return;
    }
    this.statementOpen = false;
    if (couldBeHeader(line.cells)) {
      const mapping = this.result.mapping;
      if (mapping && (line.cells.join('\t') === this.headerText || isRepeatedHeader(line.cells, mapping))) {
        this.coverage.placed(line, this.period);
        return;
      }
      const found = mapHeader(line.cells);
      if (found) {
        this.header(found, line);
        this.coverage.placed(line, this.period);
        return;
      }
    }
    if (this.result.mapping) {
      if (this.row(line, this.result.mapping)) this.coverage.placed(line, this.period);
      else this.coverage.unplaced(line, this.period);
    } else if (line.cells.length >= 3 || looksLikeTableText(nonEmpty.join(' '))) this.unplacedTableText(nonEmpty.join(' | '), line);
    else this.diagnose({ code: 'stray-text', value: nonEmpty.join(' | ') }, line);
  }

  finish(): AssembledTable {
    for (const table of this.coverage.unreadTables()) {
      const { at, period, ...params } = table;
      this.result.diagnostics.push(makeDiagnostic({ code: 'table-not-read', period, ...this.diagnosticPosition(at), ...params }, this.lang));
    }
    return this.result;
  }

  // ------------------------------------------------------------ lines of one cell

  /** A heading, a statement, the preamble, a page number, or stray text. */
  private plainLine(text: string, at: SourceLine): void {
    const heading = periodFromHeading(text);
    if (heading) {
      this.period = this.openPeriod(heading, at);
      this.statementOpen = false;
      // A row on the heading's own line (a PDF or a copy that lost its line breaks) is table text, not a heading.
      if (looksLikeTableText(headingRest(text))) this.unplacedTableText(text, at);
      return;
    }
    const normalized = plain(text);
    if (isStatement(normalized)) {
      this.period ??= this.openPeriod('', at);
      this.period.statement = text;
      this.statementOpen = !/[.…]$/.test(text);
      return;
    }
    if (this.statementOpen && this.period?.statement) {
      this.period.statement = `${this.period.statement} ${text}`;
      this.statementOpen = !/[.…]$/.test(text);
      return;
    }
    if (looksLikeTableText(text)) {
      this.unplacedTableText(text, at);
      return;
    }
    if (!this.period && !this.tableSeen) {
      this.result.preamble.push(text);
      return;
    }
    if (isPageNumber(normalized)) return;
    this.diagnose({ code: 'stray-text', value: text }, at);
    if (this.period) this.coverage.strayText(at, this.period, text.length);
  }

  private header(mapping: HeaderMapping, at: SourceLine): void {
    this.result.mapping = mapping;
    this.headerText = at.cells.join('\t');
    this.tableSeen = true;
    for (const index of mapping.unknown) this.diagnose({ code: 'unknown-column', value: mapping.headers[index]! }, at);
    for (const index of mapping.duplicates) {
      const header = mapping.headers[index]!;
      this.diagnose({ code: 'duplicate-column', value: header, field: columnKeyFor(header) ?? header }, at);
    }
  }

  // ------------------------------------------------------------ data rows

  /** Places a data row; false when it went into no record (it then counts against the table's coverage). */
  private row(source: SourceLine, mapping: HeaderMapping): boolean {
    if (!this.documentColumns(source, mapping)) return true;
    if (!this.period) {
      this.diagnose({ code: 'missing-period' }, source);
      this.period = this.openPeriod('', source);
    }
    const plan = this.planRow(source, mapping);
    // Before any ASM, a row with no number and nothing typed (no digit anywhere: no date, progress or
    // average) is what a wrapped header left below itself: it is no ASM (fail closed: said, not kept).
    if (!this.aspect && plan.numberText === '' && source.cells.every((cell) => !/\d/.test(cell))) {
      this.diagnose({ code: 'header-residue', value: source.cells.filter((cell) => cell !== '').join(' | ') }, source);
      return false;
    }
    const aspect = this.placeRow(plan, this.period);
    const activity = this.activity!;
    this.reportRowShape(plan, aspect);
    this.placeCells(plan, aspect, activity);
    if (source.ocr) this.checkOcr(source, mapping, aspect);
    return true;
  }

  /**
   * Cells read by OCR (issue 16): each one whose least confident word is below
   * OCR_MIN_CONFIDENCE, or a No., date, progress or average that is not a valid
   * value of its column (digits matter most: a 10 % read as 100 % must not pass),
   * gets a low-confidence diagnostic with its page and place: an error in those
   * columns, a warning elsewhere.
   */
  private checkOcr(source: SourceLine, mapping: HeaderMapping, aspect: AspectDraft): void {
    source.cells.forEach((cell, index) => {
      const read = source.ocr?.[index];
      const key = mapping.keys[index];
      if (!read || cell === '' || !key || key.startsWith('doc')) return;
      const critical = OCR_CRITICAL_FIELDS.has(key);
      const low = read.confidence < OCR_MIN_CONFIDENCE;
      if (!low && !(critical && !validOcrValue(key, cell))) return;
      this.diagnose(
        {
          code: 'low-confidence',
          severity: critical ? 'error' : 'warning',
          field: key,
          value: cell,
          ...(low ? { confidence: Math.round(read.confidence) } : {}),
          x: Math.round(read.x),
          y: Math.round(read.y),
          activity: ASPECT_LEVEL.has(key) ? null : aspect.activities.length,
        },
        source,
      );
    });
  }

  /**
   * Document-level columns (asm's own CSV) come first: they may open a period or
   * give its statement. Whether the row has any ASM cell besides them.
   */
  private documentColumns(source: SourceLine, mapping: HeaderMapping): boolean {
    const cells = source.cells;
    const cellOf = (key: ColumnKey): string => {
      const index = mapping.keys.indexOf(key);
      return index < 0 ? '' : (cells[index] ?? '');
    };
    for (const [index, key] of mapping.keys.entries()) {
      if (key?.startsWith('doc') && cells[index]) this.result.documentFields[key as DocumentField] ??= cells[index]!;
    }
    const rowPeriod = cellOf('docPeriod');
    if (rowPeriod && rowPeriod !== this.period?.period) this.period = this.openPeriod(rowPeriod, source);
    const rowStatement = cellOf('docStatement');
    if (rowStatement && this.period) this.period.statement = rowStatement;
    return cells.some((cell, index) => cell !== '' && !mapping.keys[index]?.startsWith('doc'));
  }

  /** The row's ASM number and its cells, realigned into the columns the open ASM and activity still lack. */
  private planRow(source: SourceLine, mapping: HeaderMapping): RowPlan {
    const original = source.cells;
    const numberIndex = mapping.keys.indexOf('number');
    const printedNumber = numberIndex < 0 ? '' : (original[numberIndex] ?? '');
    // Activities numbered `1.1`, `1.2` in the No. column belong to ASM 1; the sub-number stays on the activity.
    const sub = /^(\d+)\s*\.\s*\d+$/.exec(printedNumber);
    const numberText = sub ? sub[1]! : printedNumber;
    const filled = (key: ColumnKey): boolean => {
      if (numberText !== '') return false; // a new ASM row continues nothing
      if (key === 'average') return this.aspect?.average ? isTypedValue(key, this.aspect.average.text) : false;
      if (key === 'reportMonth') return this.aspect?.reportMonth ? isTypedValue(key, this.aspect.reportMonth.text) : false;
      if (key === 'text') return Boolean(this.aspect?.text);
      const fragment = this.activity?.fields[key as ActivityField];
      if (!fragment) return false;
      return TYPED_KEYS.has(key) ? isTypedValue(key, fragment.text) : true;
    };
    // asm's own CSV (it has the document columns) holds records already placed: its cells never move,
    // or reading it back would realign what the first parse deliberately left in place.
    const moves = mapping.keys.includes('docPeriod') ? [] : planRealignment(original, mapping.keys, filled);
    return {
      source,
      mapping,
      at: this.positionOf(source),
      numberText,
      subNumber: sub ? printedNumber.replace(/\s+/g, '') : null,
      original,
      cells: moves.length > 0 ? applyMoves(original, moves) : original,
      moves,
    };
  }

  /** Opens a new ASM or a new activity when the row starts one; the open activity is the row's afterwards. */
  private placeRow(plan: RowPlan, period: PeriodDraft): AspectDraft {
    const { mapping, numberText } = plan;
    const rowValue = (key: ColumnKey): string => {
      const index = mapping.keys.indexOf(key);
      return index < 0 ? '' : (plan.cells[index] ?? '');
    };
    const open = this.activity;
    const startsAspect = (): boolean => {
      if (numberText === '') return false;
      if (!this.aspect || this.aspect.numberText !== numberText) return true;
      const text = rowValue('text');
      return text !== '' && text !== this.aspect.text?.text; // same number, other text: a duplicate, not a new activity
    };
    // A row without `No.` that brings its own due date (and progress, where the
    // document has that column) while the open activity has them: a new activity.
    const bringsOwnSchedule = (): boolean => {
      const rowHas = (key: ActivityField): boolean => isTypedValue(key, rowValue(key));
      const openHas = (key: ActivityField): boolean => {
        const fragment = open?.fields[key];
        return fragment ? isTypedValue(key, fragment.text) : false;
      };
      if (!rowHas('dueDate') || !openHas('dueDate')) return false;
      return !mapping.keys.includes('progress') || (rowHas('progress') && openHas('progress'));
    };

    let newActivity: boolean;
    const sheet = plan.source.sheet === undefined ? {} : { sheet: plan.source.sheet };
    if (startsAspect()) {
      this.aspect = { numberText, text: null, average: null, reportMonth: null, activities: [], positions: [], ...sheet };
      period.aspects.push(this.aspect);
      newActivity = true;
    } else if (!this.aspect) {
      this.diagnose({ code: 'orphan-row' }, plan.source);
      this.aspect = { numberText: null, text: null, average: null, reportMonth: null, activities: [], positions: [], ...sheet };
      period.aspects.push(this.aspect);
      newActivity = true;
    } else if (numberText !== '') {
      newActivity = ACTIVITY_FIELDS.some((key) => rowValue(key) !== ''); // the ASM number repeated on each of its activity rows
    } else {
      // A row with an activity number of its own (`1.2` under `1.1`) is the next activity.
      const activityNumber = rowValue('activityNumber').replace(/\s+/g, '');
      newActivity = !open || bringsOwnSchedule() || (activityNumber !== '' && activityNumber !== open.numberText);
    }
    const aspect: AspectDraft = this.aspect;
    if (newActivity || !this.activity) {
      // Keys of `extra` are header texts from the document: no prototype for "constructor" or "__proto__" to hit.
      this.activity = { fields: {}, extra: Object.create(null) as ActivityDraft['extra'], positions: [], ...sheet };
      if (plan.subNumber) this.activity.numberText = plan.subNumber;
      aspect.activities.push(this.activity);
    }
    const activity = this.activity;
    const last = this.positionKind === 'lines' ? plan.source.lastLine : plan.source.lastPage;
    for (const position of last && last !== plan.at ? [plan.at, last] : [plan.at]) {
      if (aspect.positions[aspect.positions.length - 1] !== position) aspect.positions.push(position);
      if (activity.positions[activity.positions.length - 1] !== position) activity.positions.push(position);
    }
    return aspect;
  }

  /** Reported once the row's ASM is known: a row of another width, and every cell moved. Trailing empty extra cells are harmless. */
  private reportRowShape(plan: RowPlan, aspect: AspectDraft): void {
    const { original, mapping, source } = plan;
    const width = mapping.headers.length;
    const lastFilled = original.reduce((last, cell, index) => (cell !== '' ? index : last), -1);
    if (original.length < width || lastFilled >= width) {
      this.diagnose({ code: 'ragged-row', count: original.length, expected: String(width), activity: aspect.activities.length }, source);
    }
    for (const move of plan.moves) {
      this.diagnose(
        {
          code: 'cell-realigned',
          value: original[move.from]!,
          from: mapping.headers[move.from] ?? `#${move.from + 1}`,
          to: mapping.headers[move.to] ?? `#${move.to + 1}`,
          field: mapping.keys[move.to] ?? undefined,
          activity: aspect.activities.length,
        },
        source,
      );
    }
  }

  /** Each cell into its field: ASM fields, activity fields, the activity number, or extra text under its header. */
  private placeCells(plan: RowPlan, aspect: AspectDraft, activity: ActivityDraft): void {
    const { mapping, at, numberText, source } = plan;
    const strayFragment = (key: ColumnKey, cell: string): void => {
      const name = `${mapping.headers[mapping.keys.indexOf(key)] ?? key} (fragment)`;
      activity.extra[name] = appendFragment(activity.extra[name] ?? null, cell, at);
      this.diagnose({ code: 'stray-fragment', field: key, value: cell, activity: aspect.activities.length }, source);
    };
    plan.cells.forEach((cell, index) => {
      if (cell === '') return;
      const key = mapping.keys[index];
      if (key === 'number' || key?.startsWith('doc')) return;
      if (key === 'activityNumber') {
        activity.numberText = cell.replace(/\s+/g, '');
        return;
      }
      if (key === undefined || key === null) {
        const header = mapping.headers[index] || `#${index + 1}`;
        activity.extra[header] = appendFragment(activity.extra[header] ?? null, cell, at);
        return;
      }
      const typed = TYPED_KEYS.has(key);
      if (key === 'text' || key === 'average' || key === 'reportMonth') {
        const existing = aspect[key];
        if (existing?.text === cell && numberText !== '') return; // ASM cells repeated on each activity row
        if (existing && typed && isTypedValue(key, existing.text)) {
          if (!sameTypedValue(key, existing.text, cell)) strayFragment(key, cell);
          return;
        }
        aspect[key] = appendFragment(existing, cell, at, typed);
        return;
      }
      const field = key as ActivityField;
      const existing = activity.fields[field];
      if (existing && typed && isTypedValue(key, existing.text)) {
        strayFragment(key, cell);
        return;
      }
      activity.fields[field] = appendFragment(existing ?? null, cell, at, typed);
    });
  }

  // ------------------------------------------------------------ shared steps

  private positionOf(line: SourceLine): number {
    return (this.positionKind === 'pages' ? line.page : line.line) ?? 0;
  }

  /** Where a diagnostic points: the page of a PDF, the line of a text, the sheet and row of a workbook. */
  private diagnosticPosition(at: SourceLine): { page: number | null } | { line: number | null; sheet?: string } {
    if (this.positionKind === 'pages') return { page: at.page ?? null };
    return at.sheet === undefined ? { line: at.line ?? null } : { line: at.line ?? null, sheet: at.sheet };
  }

  private diagnose(input: DiagnosticInput, at: SourceLine): void {
    const numberText = this.aspect?.numberText;
    const aspectNumber = numberText && /^\d+$/.test(numberText) ? Number(numberText) : null;
    this.result.diagnostics.push(
      makeDiagnostic({ period: this.period?.period ?? null, aspect: aspectNumber, ...this.diagnosticPosition(at), ...input }, this.lang),
    );
  }

  private openPeriod(name: string, at: SourceLine): PeriodDraft {
    const existing = this.result.periods.find((p) => p.period === name);
    this.aspect = null;
    this.activity = null;
    if (existing) return existing;
    const created: PeriodDraft = {
      period: name,
      statement: null,
      aspects: [],
      positions: [this.positionOf(at)],
      ...(at.sheet === undefined ? {} : { sheet: at.sheet }),
    };
    this.result.periods.push(created);
    return created;
  }

  private unplacedTableText(text: string, at: SourceLine): void {
    this.diagnose({ code: 'unplaced-table-text', value: text }, at);
    this.coverage.unplaced(at, this.period);
  }
}
