// Assembler: source lines → periods, ASMs and activities as text fragments with
// provenance. Header mapping, repeated headers, continuation rows, new
// activities and realignment happen here; typing happens in records.ts.
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
import { applyMoves, planRealignment, TYPED_KEYS } from './realign.js';
import { parseDate, parseMonth, parseProgress } from './values.js';

export interface Fragment {
  text: string;
  positions: number[];
  /** The last characters of `text`, kept apart so that a join never re-reads a long text. */
  tail?: string;
}

export interface ActivityDraft {
  fields: Partial<Record<ActivityField, Fragment>>;
  extra: Record<string, Fragment>;
  positions: number[];
  /** `1.2` when the document numbers activities in the `No.` column. */
  numberText?: string;
}

export interface AspectDraft {
  numberText: string | null;
  text: Fragment | null;
  average: Fragment | null;
  reportMonth: Fragment | null;
  activities: ActivityDraft[];
  positions: number[];
}

export interface PeriodDraft {
  period: string;
  statement: string | null;
  aspects: AspectDraft[];
  positions: number[];
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

const PERIOD_HEADING = /^#*\s*periodo\s*(?:de evaluacion)?\s*:?\s*(\d{4})\s*[-–—/]\s*(\d{4})\b/;
// "No se identificaron aspectos susceptibles de mejora vigentes…" and other agencies' ways of saying a period has none.
const STATEMENT = /^no (?:se identificaron|se (?:registraron|reportan|comprometieron|derivaron)|hubo|hay|existen|se cuenta con)\b.{0,60}?\b(?:aspectos susceptibles de mejora|asm)\b/;
const PAGE_NUMBER = /^(pagina|pag\.?|hoja)?\s*\d+(\s*(de|\/)\s*\d+)?$/;

function plain(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
}

export function periodFromHeading(text: string): string | null {
  // Runs of spaces collapsed first: the optional parts between `\s*` would otherwise backtrack quadratically.
  const match = PERIOD_HEADING.exec(plain(text).replace(/\s+/g, ' '));
  return match ? `${match[1]}-${match[2]}` : null;
}

/** What a period heading line says after its years (`Periodo 2015-2016 1 Aspecto … 10%` → `1 Aspecto … 10%`). */
function headingRest(text: string): string {
  const normalized = plain(text).replace(/\s+/g, ' ');
  const match = PERIOD_HEADING.exec(normalized);
  return match ? normalized.slice(match[0].length).trim() : '';
}

/**
 * A cut token (`30/06/201` + `5`) joins without a space; text joins with one.
 * Only the end of the text before matters (`tail`): reading all of a long field
 * on every join would be quadratic, and so would `[_/]\S*$` over a run of slashes.
 */
function joinSeparator(tail: string, after: string, typed: boolean): '' | ' ' {
  const token = lastToken(tail);
  if (typed && /[\d/-]$/.test(token) && /^\d/.test(after)) return '';
  // An identifier cut by a page break: `MIR_E006_20` + `15`.
  if (/[_/]/.test(token) && /[\d_/-]$/.test(token) && /^\d/.test(after)) return '';
  return ' ';
}

const JOIN_TAIL = 200;

/** Characters of unplaced text under one period heading past which it cannot be a statement: its table was not read. */
const STRAY_PERIOD_TEXT = 2000;

/** The text after the last white space (the whole text when it has none). */
function lastToken(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start);
}

// A date anywhere in a line, and a percentage: the marks of table text.
const DATE_IN_TEXT = /(?:^|[^\d/.-])\d{1,2}\s?[/.-]\s?\d{1,2}\s?[/.-]\s?\d{4}(?![\d/])/g;
const PERCENT_IN_TEXT = /(?:^|[^\d.,])\d{1,3}(?:[.,]\d{1,2})?\s?%/;
const PROGRESS_TOKEN = /(?:^|\s)(?:100|\d{1,2})(?:[.,]\d{1,2})?(?=\s|$)/;

/**
 * Text that reads like an ASM table row: two dates, or a date with a
 * percentage or a bare progress number. A title, a cut-off date or a
 * signature's date alone is not table text.
 */
export function looksLikeTableText(line: string): boolean {
  // A row's dates and percentages come early: a huge line is judged by its start (linear time either way).
  const text = line.length > 8192 ? line.slice(0, 8192) : line;
  if (namesTableColumns(text)) return true;
  const dates = text.match(DATE_IN_TEXT);
  if (!dates) return false;
  if (dates.length >= 2) return true;
  if (PERCENT_IN_TEXT.test(text)) return true;
  return PROGRESS_TOKEN.test(text.replace(DATE_IN_TEXT, ' '));
}

const COLUMN_STEMS = [
  /aspectos? susceptibles?/,
  /actividad|acciones/,
  /responsable/,
  /fecha/,
  /avance/,
  /evidencia|productos/,
  /observacion/,
  /promedio/,
  /probatorio/,
];

/**
 * A table header written as one line of text: it names four or more ASM
 * columns, and little else (a paragraph that explains the columns, "Los
 * porcentajes de avance de cada actividad… productos… promedio…", is prose).
 */
function namesTableColumns(text: string): boolean {
  if (text.length > 600) return false;
  const plainText = plain(text);
  let found = 0;
  for (const stem of COLUMN_STEMS) if (stem.test(plainText)) found++;
  const words = plainText.split(/\s+/).filter((word) => word.length > 2).length;
  return found >= 4 && words <= 4 * found;
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

/**
 * A cheap test that spares header matching for data rows: a header has at
 * least four short cells and none starts with a digit (a data row's No. does).
 */
function couldBeHeader(cells: readonly string[]): boolean {
  let filled = 0;
  for (const cell of cells) {
    if (cell === '') continue;
    const first = cell.charCodeAt(0);
    if (cell.length > 120 || (first >= 48 && first <= 57)) return false;
    filled++;
  }
  return filled >= 4;
}

export function assemble(lines: readonly SourceLine[], lang: Lang): AssembledTable {
  const positionKind = lines.some((line) => line.page !== undefined) ? 'pages' : 'lines';
  const positionOf = (line: SourceLine): number => (positionKind === 'pages' ? line.page : line.line) ?? 0;
  /** Where a diagnostic points: the page of a PDF, the line of a text. */
  const diagnosticPosition = (at: SourceLine): { page: number | null } | { line: number | null } =>
    positionKind === 'pages' ? { page: at.page ?? null } : { line: at.line ?? null };
  const result: AssembledTable = {
    positionKind,
    preamble: [],
    mapping: null,
    periods: [],
    documentFields: {},
    diagnostics: [],
  };
  let period: PeriodDraft | null = null;
  let aspect: AspectDraft | null = null;
  let activity: ActivityDraft | null = null;
  let statementOpen = false;
  let tableSeen = false;
  /** The header row as printed: its repetitions after page breaks are usually identical. */
  let headerText = '';

  // Fail closed: table lines that end in no record are counted per page (PDF) or
  // per period (text), and a period whose table text gave no ASM is remembered.
  const tableLines = new Map<string, { lines: number; unplaced: number; at: SourceLine; period: string | null }>();
  const unreadPeriods = new Map<PeriodDraft | null, SourceLine>();
  // Periods with much text that went nowhere (more than any statement is): with no ASM and no statement, their
  // content was not read. A sentence or two of prose ("No hubo ASM en este periodo") stays a stray-text warning.
  const strayPeriods = new Map<PeriodDraft, { at: SourceLine; length: number }>();
  const countTableLine = (at: SourceLine, unplaced: boolean): void => {
    const key = positionKind === 'pages' ? `page ${at.page ?? 0}` : `period ${period?.period ?? ''}`;
    const entry = tableLines.get(key) ?? { lines: 0, unplaced: 0, at, period: period?.period ?? null };
    entry.lines++;
    if (unplaced) {
      if (entry.unplaced === 0) entry.at = at;
      entry.unplaced++;
    }
    tableLines.set(key, entry);
  };

  const diagnose = (input: DiagnosticInput, at: SourceLine): void => {
    const position = diagnosticPosition(at);
    const aspectNumber = aspect?.numberText && /^\d+$/.test(aspect.numberText) ? Number(aspect.numberText) : null;
    result.diagnostics.push(
      makeDiagnostic({ period: period?.period ?? null, aspect: aspectNumber, ...position, ...input }, lang),
    );
  };

  const openPeriod = (name: string, at: SourceLine): PeriodDraft => {
    const existing = result.periods.find((p) => p.period === name);
    aspect = null;
    activity = null;
    if (existing) return existing;
    const created: PeriodDraft = { period: name, statement: null, aspects: [], positions: [positionOf(at)] };
    result.periods.push(created);
    return created;
  };

  const addTo = (fragment: Fragment | null, text: string, at: number, typed = false): Fragment => {
    if (!fragment) return { text, positions: [at] };
    const tail = fragment.tail ?? fragment.text.slice(-JOIN_TAIL);
    const separator = fragment.text === '' ? '' : joinSeparator(tail, text, typed);
    fragment.text = fragment.text + separator + text;
    fragment.tail = (tail + separator + text).slice(-JOIN_TAIL);
    // Rows come in source order, so a position already there is the last one (no scan of a long list).
    if (fragment.positions[fragment.positions.length - 1] !== at) fragment.positions.push(at);
    return fragment;
  };

  const unplacedTableText = (text: string, at: SourceLine): void => {
    diagnose({ code: 'unplaced-table-text', value: text }, at);
    countTableLine(at, true);
    if (!unreadPeriods.has(period)) unreadPeriods.set(period, at);
  };

  const handlePlainLine = (text: string, at: SourceLine): void => {
    const heading = periodFromHeading(text);
    if (heading) {
      period = openPeriod(heading, at);
      statementOpen = false;
      // A row on the heading's own line (a PDF or a copy that lost its line breaks) is table text, not a heading.
      if (looksLikeTableText(headingRest(text))) unplacedTableText(text, at);
      return;
    }
    const normalized = plain(text);
    if (STATEMENT.test(normalized)) {
      period ??= openPeriod('', at);
      period.statement = text;
      statementOpen = !/[.…]$/.test(text);
      return;
    }
    if (statementOpen && period?.statement) {
      period.statement = `${period.statement} ${text}`;
      statementOpen = !/[.…]$/.test(text);
      return;
    }
    if (looksLikeTableText(text)) {
      unplacedTableText(text, at);
      return;
    }
    if (!period && !tableSeen) {
      result.preamble.push(text);
      return;
    }
    if (PAGE_NUMBER.test(normalized)) return;
    diagnose({ code: 'stray-text', value: text }, at);
    if (period) {
      const stray = strayPeriods.get(period) ?? { at, length: 0 };
      stray.length += text.length;
      strayPeriods.set(period, stray);
    }
  };

  const handleHeader = (mapping: HeaderMapping, at: SourceLine): void => {
    result.mapping = mapping;
    headerText = at.cells.join('\t');
    tableSeen = true;
    for (const index of mapping.unknown) diagnose({ code: 'unknown-column', value: mapping.headers[index]! }, at);
    for (const index of mapping.duplicates) {
      const header = mapping.headers[index]!;
      diagnose({ code: 'duplicate-column', value: header, field: columnKeyFor(header) ?? header }, at);
    }
  };

  const handleRow = (source: SourceLine, mapping: HeaderMapping): void => {
    const at = positionOf(source);
    let cells = source.cells;

    // Document-level columns (asm's own CSV) come first: they may open a period.
    const cellOf = (key: ColumnKey): string => {
      const index = mapping.keys.indexOf(key);
      return index < 0 ? '' : (cells[index] ?? '');
    };
    for (const [index, key] of mapping.keys.entries()) {
      if (key?.startsWith('doc') && cells[index]) result.documentFields[key as DocumentField] ??= cells[index]!;
    }
    const rowPeriod = cellOf('docPeriod');
    if (rowPeriod && rowPeriod !== period?.period) period = openPeriod(rowPeriod, source);
    const rowStatement = cellOf('docStatement');
    if (rowStatement && period) period.statement = rowStatement;
    const hasAsmCells = cells.some((cell, index) => cell !== '' && !mapping.keys[index]?.startsWith('doc'));
    if (!hasAsmCells) return;

    if (!period) {
      diagnose({ code: 'missing-period' }, source);
      period = openPeriod('', source);
    }
    // Activities numbered `1.1`, `1.2` in the No. column belong to ASM 1; the sub-number stays on the activity.
    const printedNumber = cellOf('number');
    const subNumber = /^(\d+)\s*\.\s*\d+$/.exec(printedNumber);
    const numberText = subNumber ? subNumber[1]! : printedNumber;
    const filled = (key: ColumnKey): boolean => {
      if (numberText !== '') return false; // a new ASM row continues nothing
      if (key === 'average') return aspect?.average ? isTypedValue(key, aspect.average.text) : false;
      if (key === 'reportMonth') return aspect?.reportMonth ? isTypedValue(key, aspect.reportMonth.text) : false;
      if (key === 'text') return Boolean(aspect?.text);
      const fragment = activity?.fields[key as ActivityField];
      if (!fragment) return false;
      return TYPED_KEYS.has(key) ? isTypedValue(key, fragment.text) : true;
    };

    // asm's own CSV (it has the document columns) holds records already placed: its cells never move,
    // or reading it back would realign what the first parse deliberately left in place.
    const moves = mapping.keys.includes('docPeriod') ? [] : planRealignment(cells, mapping.keys, filled);
    const original = cells;
    if (moves.length > 0) cells = applyMoves(cells, moves);

    const rowValue = (key: ColumnKey): string => {
      const index = mapping.keys.indexOf(key);
      return index < 0 ? '' : (cells[index] ?? '');
    };
    const hasActivityCells = ACTIVITY_FIELDS.some((key) => rowValue(key) !== '');
    const startsAspect = (): boolean => {
      if (numberText === '') return false;
      if (!aspect || aspect.numberText !== numberText) return true;
      const text = rowValue('text');
      return text !== '' && text !== aspect.text?.text; // same number, other text: a duplicate, not a new activity
    };
    // A row without `No.` that brings its own due date (and progress, where the
    // document has that column) while the open activity has them: a new activity.
    const bringsOwnSchedule = (): boolean => {
      const rowHas = (key: ActivityField): boolean => isTypedValue(key, rowValue(key));
      const openHas = (key: ActivityField): boolean => {
        const fragment = activity?.fields[key];
        return fragment ? isTypedValue(key, fragment.text) : false;
      };
      if (!rowHas('dueDate') || !openHas('dueDate')) return false;
      return !mapping.keys.includes('progress') || (rowHas('progress') && openHas('progress'));
    };

    let newActivity: boolean;
    if (startsAspect()) {
      aspect = { numberText, text: null, average: null, reportMonth: null, activities: [], positions: [] };
      period.aspects.push(aspect);
      newActivity = true;
    } else if (!aspect) {
      diagnose({ code: 'orphan-row' }, source);
      aspect = { numberText: null, text: null, average: null, reportMonth: null, activities: [], positions: [] };
      period.aspects.push(aspect);
      newActivity = true;
    } else if (numberText !== '') {
      newActivity = hasActivityCells; // the ASM number repeated on each of its activity rows
    } else {
      // A row with an activity number of its own (`1.2` under `1.1`) is the next activity.
      const activityNumber = rowValue('activityNumber').replace(/\s+/g, '');
      newActivity = !activity || bringsOwnSchedule() || (activityNumber !== '' && activityNumber !== activity.numberText);
    }
    const current: AspectDraft = aspect;
    if (newActivity || !activity) {
      // Keys of `extra` are header texts from the document: no prototype for "constructor" or "__proto__" to hit.
      activity = { fields: {}, extra: Object.create(null) as ActivityDraft['extra'], positions: [] };
      if (subNumber) activity.numberText = printedNumber.replace(/\s+/g, '');
      current.activities.push(activity);
    }
    const open: ActivityDraft = activity;
    const last = positionKind === 'lines' ? source.lastLine : source.lastPage;
    for (const position of last && last !== at ? [at, last] : [at]) {
      if (current.positions[current.positions.length - 1] !== position) current.positions.push(position);
      if (open.positions[open.positions.length - 1] !== position) open.positions.push(position);
    }

    // Reported once the row's ASM is known. Trailing empty extra cells are harmless.
    const width = mapping.headers.length;
    const lastFilled = original.reduce((last, cell, index) => (cell !== '' ? index : last), -1);
    if (original.length < width || lastFilled >= width) {
      diagnose({ code: 'ragged-row', count: original.length, expected: String(width), activity: current.activities.length }, source);
    }

    for (const move of moves) {
      diagnose(
        {
          code: 'cell-realigned',
          value: original[move.from]!,
          from: mapping.headers[move.from] ?? `#${move.from + 1}`,
          to: mapping.headers[move.to] ?? `#${move.to + 1}`,
          field: mapping.keys[move.to] ?? undefined,
          activity: current.activities.length,
        },
        source,
      );
    }

    cells.forEach((cell, index) => {
      if (cell === '') return;
      const key = mapping.keys[index];
      if (key === 'number' || key?.startsWith('doc')) return;
      if (key === 'activityNumber') {
        open.numberText = cell.replace(/\s+/g, '');
        return;
      }
      if (key === undefined || key === null) {
        const header = mapping.headers[index] || `#${index + 1}`;
        open.extra[header] = addTo(open.extra[header] ?? null, cell, at);
        return;
      }
      const typed = TYPED_KEYS.has(key);
      if (key === 'text' || key === 'average' || key === 'reportMonth') {
        const existing = current[key];
        if (existing?.text === cell && numberText !== '') return; // ASM cells repeated on each activity row
        if (existing && typed && isTypedValue(key, existing.text)) {
          if (sameTypedValue(key, existing.text, cell)) return;
          strayFragment(key, cell);
          return;
        }
        current[key] = addTo(existing, cell, at, typed);
        return;
      }
      const field = key as ActivityField;
      const existing = open.fields[field];
      if (existing && typed && isTypedValue(key, existing.text)) {
        strayFragment(key, cell);
        return;
      }
      open.fields[field] = addTo(existing ?? null, cell, at, typed);
    });

    function strayFragment(key: ColumnKey, cell: string): void {
      const name = `${mapping.headers[mapping.keys.indexOf(key)] ?? key} (fragment)`;
      open.extra[name] = addTo(open.extra[name] ?? null, cell, at);
      diagnose({ code: 'stray-fragment', field: key, value: cell, activity: current.activities.length }, source);
    }
  };

  for (const line of lines) {
    const nonEmpty = line.cells.filter((cell) => cell !== '');
    if (nonEmpty.length === 0) continue;
    if (line.unplaced) {
      unplacedTableText(nonEmpty.join(' | '), line);
      continue;
    }
    if (line.cells.length === 1 || (nonEmpty.length === 1 && line.cells[0] !== '' && !result.mapping)) {
      handlePlainLine(nonEmpty[0]!, line);
      continue;
    }
    statementOpen = false;
    if (couldBeHeader(line.cells)) {
      if (result.mapping && (line.cells.join('\t') === headerText || isRepeatedHeader(line.cells, result.mapping))) {
        countTableLine(line, false);
        continue;
      }
      const mapping = mapHeader(line.cells);
      if (mapping) {
        handleHeader(mapping, line);
        countTableLine(line, false);
        continue;
      }
    }
    if (result.mapping) {
      handleRow(line, result.mapping);
      countTableLine(line, false);
    } else if (line.cells.length >= 3 || looksLikeTableText(nonEmpty.join(' '))) unplacedTableText(nonEmpty.join(' | '), line);
    else diagnose({ code: 'stray-text', value: nonEmpty.join(' | ') }, line);
  }

  // A period whose table text gave no ASM, and a page (or period) with more than a quarter of its table lines unplaced.
  const notRead = new Set<string>();
  const tableNotRead = (at: SourceLine, periodName: string | null, params: { count?: number; expected?: string }): void => {
    const position = diagnosticPosition(at);
    const key = `${periodName}|${JSON.stringify(position)}`;
    if (notRead.has(key)) return;
    notRead.add(key);
    result.diagnostics.push(makeDiagnostic({ code: 'table-not-read', period: periodName, ...position, ...params }, lang));
  };
  for (const [draft, at] of unreadPeriods) if (!draft || draft.aspects.length === 0) tableNotRead(at, draft?.period ?? null, {});
  for (const [draft, { at, length }] of strayPeriods) {
    if (length > STRAY_PERIOD_TEXT && draft.aspects.length === 0 && draft.statement === null && !unreadPeriods.has(draft)) {
      tableNotRead(at, draft.period, {});
    }
  }
  for (const entry of tableLines.values()) {
    if (entry.unplaced > 0.25 * entry.lines) tableNotRead(entry.at, entry.period, { count: entry.unplaced, expected: String(entry.lines) });
  }
  return result;
}
