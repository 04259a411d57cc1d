// Fail closed: the assembler tells this ledger every line that looked like
// table data and whether it ended in a record. At the end it names the
// tables that were not read — a period whose table text gave no ASM, a
// period with more unplaced text than any statement, a page (PDF) or period
// (text) with more than a quarter of its table lines unplaced — so that
// `validate` says INVALID and `vigentes` refuses instead of "nothing pending".
import type { SourceLine } from './lines.js';
import type { PeriodDraft } from './assemble.js';

/** Characters of unplaced text under one period heading past which it cannot be a statement: its table was not read. */
const STRAY_PERIOD_TEXT = 2000;
/** Share of a page's (or period's) table lines that may go unplaced before its table counts as not read. */
const UNPLACED_SHARE = 0.25;

export interface UnreadTable {
  at: SourceLine;
  period: string | null;
  /** Unplaced lines and all table lines, when the share decided. */
  count?: number;
  expected?: string;
}

export class TableCoverage {
  private readonly tableLines = new Map<string, { lines: number; unplaced: number; at: SourceLine; period: string | null }>();
  private readonly unreadPeriods = new Map<PeriodDraft | null, SourceLine>();
  private readonly strayPeriods = new Map<PeriodDraft, { at: SourceLine; length: number }>();

  /** `byPage`: positions are PDF pages (counted per page), else source lines (counted per period). */
  constructor(private readonly byPage: boolean) {}

  /** A line of the table (header, repeated header or row) placed where it belongs. */
  placed(at: SourceLine, period: PeriodDraft | null): void {
    this.count(at, period, false);
  }

  /** Table text that went into no record. */
  unplaced(at: SourceLine, period: PeriodDraft | null): void {
    this.count(at, period, true);
    if (!this.unreadPeriods.has(period)) this.unreadPeriods.set(period, at);
  }

  /** Prose under a period heading that is neither a statement nor table text. */
  strayText(at: SourceLine, period: PeriodDraft, length: number): void {
    const stray = this.strayPeriods.get(period) ?? { at, length: 0 };
    stray.length += length;
    this.strayPeriods.set(period, stray);
  }

  /** The tables not read, once each per period and position. */
  unreadTables(): UnreadTable[] {
    const found: UnreadTable[] = [];
    const seen = new Set<string>();
    const add = (table: UnreadTable): void => {
      const key = `${table.period}|${this.byPage ? `p${table.at.page ?? ''}` : `l${table.at.line ?? ''}`}`;
      if (seen.has(key)) return;
      seen.add(key);
      found.push(table);
    };
    for (const [draft, at] of this.unreadPeriods) if (!draft || draft.aspects.length === 0) add({ at, period: draft?.period ?? null });
    for (const [draft, { at, length }] of this.strayPeriods) {
      if (length > STRAY_PERIOD_TEXT && draft.aspects.length === 0 && draft.statement === null && !this.unreadPeriods.has(draft)) {
        add({ at, period: draft.period });
      }
    }
    for (const entry of this.tableLines.values()) {
      if (entry.unplaced > UNPLACED_SHARE * entry.lines) {
        add({ at: entry.at, period: entry.period, count: entry.unplaced, expected: String(entry.lines) });
      }
    }
    return found;
  }

  private count(at: SourceLine, period: PeriodDraft | null, unplaced: boolean): void {
    const key = this.byPage ? `page ${at.page ?? 0}` : `period ${period?.period ?? ''}`;
    const entry = this.tableLines.get(key) ?? { lines: 0, unplaced: 0, at, period: period?.period ?? null };
    entry.lines++;
    if (unplaced) {
      if (entry.unplaced === 0) entry.at = at;
      entry.unplaced++;
    }
    this.tableLines.set(key, entry);
  }
}
