// A progress bar on stderr for long runs (many files, big PDFs): files done,
// total and rate, redrawn in place and erased at the end, so that nothing of
// it stays on the screen or reaches a file. Shown only when stderr is a
// terminal, never for JSON output, and only once a run has taken over a second.
import { text } from '../text/index.js';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

export interface ProgressDecision {
  stderr: { isTTY?: boolean };
  stdout: { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
}

/** The command options that matter here (asm parse: no format means json when piped or with --output). */
export interface OutputOptions {
  format?: unknown;
  output?: unknown;
}

/** True when the command's output is JSON (explicitly, or parse's default away from a terminal). */
export function outputIsJson(options: OutputOptions, stdoutIsTTY: boolean): boolean {
  if (options.format === 'json') return true;
  return options.format === undefined && (Boolean(options.output) || !stdoutIsTTY);
}

/**
 * A bar only on a terminal: never when stderr is a pipe or a file, never for
 * JSON output, never with TERM=dumb, in CI, or with ASM_NO_PROGRESS set.
 */
export function progressWanted(io: ProgressDecision, options: OutputOptions): boolean {
  if (!io.stderr.isTTY) return false;
  if (outputIsJson(options, Boolean(io.stdout.isTTY))) return false;
  const { env } = io;
  if (env.TERM === 'dumb') return false;
  if (env.CI && env.CI !== '0' && env.CI !== 'false') return false;
  if (env.ASM_NO_PROGRESS && env.ASM_NO_PROGRESS !== '0') return false;
  return true;
}

export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond) || perSecond <= 0) return '0';
  if (perSecond >= 100) return String(Math.round(perSecond));
  if (perSecond >= 10) return perSecond.toFixed(1);
  return perSecond.toFixed(2);
}

/**
 * One line of the bar, at most `width` characters:
 * `asm [██████░░░░░░░░░░░░]  624/2000 files  31% · 512 files/s`.
 */
export function renderProgress(done: number, total: number, elapsedMs: number, width = 80, lang: 'es' | 'en' = 'en'): string {
  const label = text('cli', lang).bar;
  const shown = Math.min(Math.max(done, 0), total);
  const fraction = total > 0 ? shown / total : 1;
  const percent = `${Math.floor(fraction * 100)}%`;
  const rate = elapsedMs > 0 ? (shown * 1000) / elapsedMs : 0;
  const count = `${String(shown).padStart(String(total).length)}/${total} ${label.files}`;
  const tail = ` ${count}  ${percent.padStart(4)} · ${formatRate(rate)} ${label.perSecond}`;
  const prefix = 'asm ';
  const room = width - 1 - prefix.length - tail.length - 2;
  if (room < 5) return `${prefix}${count}`.slice(0, Math.max(0, width - 1));
  const barWidth = Math.min(30, room);
  const filled = Math.round(fraction * barWidth);
  return `${prefix}[${'█'.repeat(filled)}${'░'.repeat(barWidth - filled)}]${tail}`;
}

/** Erase the current line (carriage return, then erase to end of line). */
export const CLEAR_LINE = '\r\x1b[K';

export interface ProgressOptions {
  /** Show nothing before this many milliseconds have passed (default 1000). */
  delayMs?: number;
  /** Redraw at most this often (default 100 ms). */
  intervalMs?: number;
  lang?: 'es' | 'en';
  now?: () => number;
}

export interface ProgressReporter {
  /** One more file done. */
  tick(count?: number): void;
  /** Erase the bar (if it was ever drawn). Idempotent. */
  finish(): void;
}

export const noProgress: ProgressReporter = { tick() {}, finish() {} };

export class ProgressBar implements ProgressReporter {
  private done = 0;
  private drawnAt = -Infinity;
  private visible = false;
  private finished = false;
  private readonly start: number;
  private readonly now: () => number;
  private readonly delayMs: number;
  private readonly intervalMs: number;
  private readonly lang: 'es' | 'en';

  constructor(
    private readonly total: number,
    private readonly stream: ProgressStream,
    options: ProgressOptions = {},
  ) {
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
    this.delayMs = options.delayMs ?? 1000;
    this.intervalMs = options.intervalMs ?? 100;
    this.lang = options.lang ?? 'en';
  }

  tick(count = 1): void {
    if (this.finished) return;
    this.done += count;
    const now = this.now();
    const elapsed = now - this.start;
    if (elapsed < this.delayMs || now - this.drawnAt < this.intervalMs) return;
    this.drawnAt = now;
    this.visible = true;
    const width = Math.max(20, Math.min(this.stream.columns || 80, 120));
    this.stream.write(`${CLEAR_LINE}${renderProgress(this.done, this.total, elapsed, width, this.lang)}`);
  }

  finish(): void {
    if (this.finished) return;
    this.finished = true;
    if (this.visible) this.stream.write(CLEAR_LINE);
  }
}

/** A bar for `total` files when progressWanted says so (and there is more than one file), else a no-op. */
export function startProgress(
  total: number,
  io: ProgressDecision & { stderr: ProgressStream; lang?: 'es' | 'en' },
  options: OutputOptions,
  progressOptions: ProgressOptions = {},
): ProgressReporter {
  if (total < 2 || !progressWanted(io, options)) return noProgress;
  return new ProgressBar(total, io.stderr, { ...(io.lang ? { lang: io.lang } : {}), ...progressOptions });
}
