// The progress bar (src/cli/progress.ts): its line, when it is shown at all,
// and that it leaves nothing behind. No timing assertions: time is injected.
import { describe, expect, it } from 'vitest';
import {
  CLEAR_LINE,
  formatRate,
  noProgress,
  outputIsJson,
  ProgressBar,
  progressWanted,
  renderProgress,
  startProgress,
} from '../src/cli/progress.js';
import { runCli, fixture } from './helpers/cli.js';

function fakeStream(isTTY = true, columns = 80): { isTTY: boolean; columns: number; written: string[]; write(text: string): boolean } {
  return {
    isTTY,
    columns,
    written: [],
    write(text: string) {
      this.written.push(text);
      return true;
    },
  };
}

describe('renderProgress', () => {
  it('shows the bar, files done/total, percent and rate', () => {
    const line = renderProgress(500, 2000, 2000, 80);
    expect(line).toBe(`asm [${'█'.repeat(8)}${'░'.repeat(22)}]  500/2000 files   25% · 250 files/s`);
  });

  it('fills the bar at the end and in Spanish speaks of archivos', () => {
    const line = renderProgress(20, 20, 4000, 80, 'es');
    expect(line).toContain(`[${'█'.repeat(30)}]`);
    expect(line).toContain('20/20 archivos');
    expect(line).toContain('100%');
    expect(line).toContain('5.00 archivos/s');
  });

  it('never exceeds the width, and drops the bar on a narrow terminal', () => {
    for (const width of [20, 30, 40, 50, 60, 80, 120]) {
      expect(renderProgress(1234, 2000, 3000, width).length, String(width)).toBeLessThan(width);
    }
    expect(renderProgress(3, 20, 1000, 30)).toBe('asm  3/20 files');
  });

  it('counts no more than the total and survives zero time', () => {
    expect(renderProgress(25, 20, 0, 80)).toContain('20/20 files');
    expect(renderProgress(0, 20, 0, 80)).toContain('0 files/s');
  });

  it('formats rates with sensible precision', () => {
    expect(formatRate(1234.4)).toBe('1234');
    expect(formatRate(45.67)).toBe('45.7');
    expect(formatRate(3.14159)).toBe('3.14');
    expect(formatRate(Number.NaN)).toBe('0');
  });
});

describe('progressWanted: terminal only, never JSON', () => {
  const tty = { isTTY: true };
  const pipe = { isTTY: false };
  const env = { TERM: 'xterm-256color' };

  it('shows on a terminal stderr with table output', () => {
    expect(progressWanted({ stderr: tty, stdout: tty, env }, { format: 'table' })).toBe(true);
    // asm parse with no --format prints a table on a terminal
    expect(progressWanted({ stderr: tty, stdout: tty, env }, {})).toBe(true);
    // a report piped into a file while the user watches stderr
    expect(progressWanted({ stderr: tty, stdout: pipe, env }, { format: 'markdown' })).toBe(true);
  });

  it('never when stderr is a pipe or a file', () => {
    expect(progressWanted({ stderr: pipe, stdout: tty, env }, { format: 'table' })).toBe(false);
    expect(progressWanted({ stderr: {}, stdout: tty, env }, { format: 'table' })).toBe(false);
  });

  it('never for JSON output: explicit, or parse’s default when piped or written to a file', () => {
    expect(progressWanted({ stderr: tty, stdout: pipe, env }, { format: 'json' })).toBe(false);
    expect(progressWanted({ stderr: tty, stdout: tty, env }, { format: 'json' })).toBe(false);
    expect(progressWanted({ stderr: tty, stdout: pipe, env }, {})).toBe(false);
    expect(progressWanted({ stderr: tty, stdout: tty, env }, { output: 'out.json' })).toBe(false);
    expect(outputIsJson({ format: 'csv', output: 'x.csv' }, true)).toBe(false);
  });

  it('never with TERM=dumb, in CI or with ASM_NO_PROGRESS', () => {
    expect(progressWanted({ stderr: tty, stdout: tty, env: { TERM: 'dumb' } }, { format: 'table' })).toBe(false);
    expect(progressWanted({ stderr: tty, stdout: tty, env: { CI: 'true' } }, { format: 'table' })).toBe(false);
    expect(progressWanted({ stderr: tty, stdout: tty, env: { ASM_NO_PROGRESS: '1' } }, { format: 'table' })).toBe(false);
    expect(progressWanted({ stderr: tty, stdout: tty, env: { CI: 'false' } }, { format: 'table' })).toBe(true);
  });
});

describe('ProgressBar', () => {
  it('stays silent during the first second, then draws in place, then erases itself', () => {
    let now = 0;
    const stream = fakeStream();
    const bar = new ProgressBar(10, stream, { now: () => now });
    now = 500;
    bar.tick();
    expect(stream.written).toEqual([]);
    now = 1200;
    bar.tick();
    expect(stream.written).toHaveLength(1);
    expect(stream.written[0]).toBe(`${CLEAR_LINE}${renderProgress(2, 10, 1200, 80)}`);
    now = 1250; // within 100 ms of the last draw: not redrawn
    bar.tick();
    expect(stream.written).toHaveLength(1);
    now = 1400;
    bar.tick();
    expect(stream.written.at(-1)).toContain(' 4/10 files');
    bar.finish();
    expect(stream.written.at(-1)).toBe(CLEAR_LINE);
    bar.finish();
    bar.tick();
    expect(stream.written.filter((text) => text === CLEAR_LINE)).toHaveLength(1);
  });

  it('writes nothing at all for a run shorter than the delay', () => {
    let now = 0;
    const stream = fakeStream();
    const bar = new ProgressBar(3, stream, { now: () => now });
    for (let i = 0; i < 3; i++) {
      now += 100;
      bar.tick();
    }
    bar.finish();
    expect(stream.written).toEqual([]);
  });

  it('fits the terminal width', () => {
    let now = 0;
    const stream = fakeStream(true, 40);
    const bar = new ProgressBar(2000, stream, { now: () => now, delayMs: 0 });
    now = 10;
    bar.tick(100);
    expect(stream.written[0]!.slice(CLEAR_LINE.length).length).toBeLessThan(40);
  });

  it('startProgress gives a no-op on a pipe or for a single file', () => {
    const io = { stdout: fakeStream(), stderr: fakeStream(), env: {} };
    expect(startProgress(100, { ...io, stderr: fakeStream(false) }, { format: 'table' })).toBe(noProgress);
    expect(startProgress(1, io, { format: 'table' })).toBe(noProgress);
    expect(startProgress(100, io, { format: 'table' })).toBeInstanceOf(ProgressBar);
  });
});

describe('the CLI on a pipe', () => {
  it('prints no progress escape codes on stderr (stderr is a pipe here)', () => {
    const result = runCli(['parse', fixture('report'), fixture('layouts'), '--no-save', '--format', 'csv']);
    expect(result.status).toBe(0);
    expect(result.stderr).not.toContain('\r');
    expect(result.stderr).not.toContain('\x1b[');
  });
});
