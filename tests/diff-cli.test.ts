// `asm diff` and `asm report --history` through the built binary (bin/asm.js →
// dist/cli): files of two formats, the store (two newest months, --from/--to,
// an ambiguous program code), every format and exit code, NO_COLOR, usage
// errors, and the store keeping every report month without a silent overwrite.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BIN, fixture, runCli, tempDir } from './helpers/cli.js';

const ANSI = /\u001b\[/;
const M = ['2015-03.txt', '2015-09.csv', '2016-03.txt', '2016-09.txt'];

/** A fresh folder holding the four E007 reports under short names. */
function workspace(): string {
  const cwd = tempDir();
  for (const name of M) copyFileSync(fixture('history', `imss-e007-${name}`), join(cwd, name));
  return cwd;
}

/** A workspace whose store (.asm) holds the four report months. */
function storeWorkspace(): string {
  const cwd = workspace();
  const result = runCli(['parse', ...M, '--format', 'json'], { cwd });
  expect(result.status).toBe(0);
  return cwd;
}

beforeAll(() => {
  if (!existsSync(BIN) || !existsSync(join(BIN, '..', '..', 'dist', 'cli', 'asm.cjs'))) throw new Error('run `npm run build` first');
});

describe('asm diff OLD NEW', () => {
  it('table: text → CSV, exit 1 for a progress down and a due date moved later, no colour with NO_COLOR', () => {
    const result = runCli(['diff', '2015-03.txt', '2015-09.csv'], { cwd: workspace() });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain('E007 · Instituto Mexicano del Seguro Social');
    expect(result.stdout).toMatch(/ !3 {2}progress down +50% → 45%/);
    expect(result.stdout).toMatch(/ !4 {2}due date moved +2015-12-31 → 2016-06-30 \(later\)/);
    expect(result.stdout).toContain('[-objetivo-]{+atendida+}');
    expect(result.stdout).toContain('9 changes · regressions: 2');
  });

  it('--allow turns each regression kind off (repeatable, or comma-separated)', () => {
    const cwd = workspace();
    expect(runCli(['diff', '2015-03.txt', '2015-09.csv', '--allow', 'progress-decreased'], { cwd }).status).toBe(1);
    expect(runCli(['diff', '2015-03.txt', '2015-09.csv', '--allow', 'progress-decreased', '--allow', 'due-date-moved'], { cwd }).status).toBe(0);
    expect(runCli(['diff', '2015-03.txt', '2015-09.csv', '--allow', 'progress-decreased,due-date-moved'], { cwd }).status).toBe(0);
    expect(runCli(['diff', '2015-09.csv', '2016-03.txt'], { cwd }).status).toBe(1);
    expect(runCli(['diff', '2015-09.csv', '2016-03.txt', '--allow', 'dropped-vigente'], { cwd }).status).toBe(0);
  });

  it('an allowed regression does not look like a failure: a warning annotation, no mark in the table or Markdown, not counted', () => {
    const cwd = workspace();
    const args = ['diff', '2015-03.txt', '2015-09.csv', '--allow', 'due-date-moved'];
    const github = runCli([...args, '--format', 'github'], { cwd });
    expect(github.status).toBe(1); // the progress down still fails
    expect(github.stdout).toMatch(/^::error [^\n]*title=progress-decreased/m);
    expect(github.stdout).toMatch(/^::warning [^\n]*title=due-date-moved/m);
    const table = runCli(args, { cwd });
    expect(table.stdout).toMatch(/ !3 {2}progress down/);
    expect(table.stdout).toMatch(/ {2}4 {2}due date moved/);
    expect(table.stdout).toContain('regressions: 1');
    const markdown = runCli([...args, '--format', 'markdown'], { cwd }).stdout;
    expect(markdown).toMatch(/\| ⚠ progress down \|/);
    expect(markdown).toMatch(/\| due date moved \|/);
  });

  it('exit 0 without a regression: a due date moved earlier is not one', () => {
    const result = runCli(['diff', '2016-03.txt', '2016-09.txt', '--lang', 'es'], { cwd: workspace() });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('2016-06-30 → 2016-05-31 (antes)');
    expect(result.stdout).toContain('9 cambios · retrocesos: 0');
  });

  it('a PDF against a text report: the same changes and exit code as the text form of the same month, pages instead of lines', () => {
    const cwd = workspace();
    copyFileSync(fixture('history', 'imss-e007-2016-09.pdf'), join(cwd, '2016-09.pdf'));
    const fromText = runCli(['diff', '2016-03.txt', '2016-09.txt', '--format', 'json'], { cwd });
    const fromPdf = runCli(['diff', '2016-03.txt', '2016-09.pdf', '--format', 'json'], { cwd });
    expect([fromText.status, fromPdf.status]).toEqual([0, 0]);
    const kinds = (stdout: string): string[] => JSON.parse(stdout).changes.map((c: { number: number; kind: string }) => `${c.number} ${c.kind}`);
    expect(kinds(fromPdf.stdout)).toEqual(kinds(fromText.stdout));
    const pdfNew = JSON.parse(fromPdf.stdout).changes.find((c: { kind: string }) => c.kind === 'new');
    expect(pdfNew.source).toEqual({ file: '2016-09.pdf', line: null, page: 1 });
    const back = runCli(['diff', '2016-09.pdf', '2016-03.txt', '--format', 'github'], { cwd });
    expect(back.status).toBe(1);
    expect(back.stdout).toMatch(/^::error file=2016-09\.pdf,title=dropped-vigente%3A E007 2015-2016 ASM 3::.* \(page 1\)$/m);
  });

  it('json: the documented shape, one entry per ASM and kind', () => {
    const result = runCli(['diff', '2015-09.csv', '2016-03.txt', '--format', 'json'], { cwd: workspace() });
    expect(result.status).toBe(1);
    const data = JSON.parse(result.stdout);
    expect(Object.keys(data)).toEqual(['schemaVersion', 'from', 'to', 'changes']);
    expect(data.schemaVersion).toBe(1);
    expect(data.from).toMatchObject({ file: '2015-09.csv', format: 'csv', program: 'E007', reportMonth: '2015-09' });
    expect(data.to).toMatchObject({ file: '2016-03.txt', format: 'text', reportMonth: '2016-03' });
    const dropped = data.changes.find((c: { kind: string }) => c.kind === 'dropped-vigente');
    expect(dropped).toMatchObject({ program: 'E007', period: '2014-2015', number: 3, before: { number: 3, average: 45, status: 'vigente' }, after: null });
    expect(data.changes.find((c: { kind: string }) => c.kind === 'renumbered')).toMatchObject({ number: 3, before: { number: 4 }, after: { number: 3 } });
  });

  it('csv, markdown and github', () => {
    const cwd = workspace();
    const csv = runCli(['diff', '2015-03.txt', '2015-09.csv', '--format', 'csv'], { cwd });
    expect(csv.status).toBe(1);
    const rows = Papa.parse<Record<string, string>>(csv.stdout, { header: true, skipEmptyLines: true }).data;
    expect(rows.map((row) => row.kind)).toContain('text-changed');
    expect(rows.find((row) => row.kind === 'progress-decreased')).toMatchObject({ number: '3', regression: 'true', beforeAverage: '50', afterAverage: '45' });
    const markdown = runCli(['diff', '2015-03.txt', '2015-09.csv', '--format', 'markdown'], { cwd });
    expect(markdown.stdout).toContain('### Period 2014-2015');
    expect(markdown.stdout).toContain('y la población ~~objetivo~~**atendida** del programa');
    const github = runCli(['diff', '2015-03.txt', '2015-09.csv', '--format', 'github'], { cwd });
    expect(github.status).toBe(1);
    const lines = github.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^::error file=2015-09\.csv,line=\d+,title=progress-decreased%3A E007 2014-2015 ASM 3::progress down/);
    expect(lines[1]).toMatch(/^::error file=2015-09\.csv,line=\d+,title=due-date-moved%3A E007 2014-2015 ASM 4::/);
  });

  it('in GitHub Actions, appends its Markdown to the job summary; stdout and the exit code unchanged', () => {
    const cwd = workspace();
    const summary = join(cwd, 'summary.md');
    writeFileSync(summary, '# before\n');
    const result = runCli(['diff', '2015-09.csv', '2016-03.txt', '--format', 'github'], { cwd, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=2015-09\.csv,line=\d+,title=dropped-vigente/);
    const text = readFileSync(summary, 'utf8');
    expect(text.startsWith('# before\n## E007 · Instituto Mexicano del Seguro Social')).toBe(true);
    expect(text).toContain('| 3 | ⚠ dropped while vigente | `dropped-vigente` |');
    expect(text).toContain('10 changes · regressions: 1');
  });

  it('-o writes the file, with a BOM for a text format', () => {
    const cwd = workspace();
    const result = runCli(['diff', '2015-03.txt', '2015-09.csv', '--format', 'csv', '-o', 'cambios.csv'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(readFileSync(join(cwd, 'cambios.csv'), 'utf8').startsWith('\uFEFFinstitution,program,period,number,kind')).toBe(true);
  });

  it('usage errors and unusable input: one sentence, exit 2, no stack trace', () => {
    const cwd = workspace();
    copyFileSync(fixture('seed-e006-2015-09.txt'), join(cwd, 'seed.txt'));
    const cases: Array<[string[], RegExp]> = [
      [['diff'], /give two report files \(OLD NEW\) or one program code/],
      [['diff', '2015-03.txt', '2015-09.csv', '--allow', 'new'], /invalid value for --allow: "new"; accepted: dropped-vigente, progress-decreased, due-date-moved/],
      [['diff', '2015-03.txt', '2015-09.csv', '--from', '2015-03'], /--from, --to and --institution choose report months in the store/],
      [['diff', 'E007', '--from', '2015-3'], /invalid value for --from: "2015-3"; expected YYYY-MM/],
      [['diff', 'seed.txt', '2015-09.csv'], /different programs \(E006 and E007\)/],
      [['diff', 'no-such.txt', '2015-09.csv'], /no-such\.txt: no such file or directory/],
      [['diff', '2015-03.txt', '2015-09.csv', '--format', 'pdf'], /argument 'pdf' is invalid/],
      [['diff', '2015-03.txt', '2015-09.csv', '--format', 'xlsx'], /this format is binary and is not written to the terminal/],
    ];
    for (const [args, pattern] of cases) {
      const result = runCli(args, { cwd });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout, args.join(' ')).toBe('');
      expect(result.stderr, args.join(' ')).toMatch(pattern);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('reads one of the two reports from standard input (-)', () => {
    const cwd = workspace();
    const result = runCli(['diff', '2015-09.csv', '-', '--format', 'json'], { cwd, input: readFileSync(join(cwd, '2016-03.txt')) });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).to).toMatchObject({ file: '-', reportMonth: '2016-03' });
  });

  it('warns when the first report is the newer', () => {
    const result = runCli(['diff', '2016-09.txt', '2016-03.txt'], { cwd: workspace() });
    expect(result.stderr).toContain('warning: the first report (2016-09) is newer than the second (2016-03)');
  });
});

describe('asm diff CODE (the store)', () => {
  it('the two newest report months by default; --from/--to choose others', () => {
    const cwd = storeWorkspace();
    const newest = runCli(['diff', 'E007', '--format', 'json'], { cwd });
    expect(newest.status).toBe(0);
    const data = JSON.parse(newest.stdout);
    expect([data.from.reportMonth, data.to.reportMonth]).toEqual(['2016-03', '2016-09']);
    const chosen = runCli(['diff', 'e-007', '--from', '2015-09', '--to', '2016-03', '--format', 'json'], { cwd });
    expect(chosen.status).toBe(1);
    expect(JSON.parse(chosen.stdout).changes.map((c: { kind: string }) => c.kind)).toContain('dropped-vigente');
    const toOnly = runCli(['diff', 'E007', '--to', '2015-09', '--format', 'json'], { cwd });
    expect(JSON.parse(toOnly.stdout).from.reportMonth).toBe('2015-03');
  });

  it('exit 2 for an unknown program or month, one month only, or --from after --to', () => {
    const cwd = storeWorkspace();
    const cases: Array<[string[], RegExp]> = [
      [['diff', 'E044'], /no report of program E044 in the store; programs found: E007/],
      [['diff', 'E007', '--from', '2014-09'], /no report of 2014-09 in the store; report months found: 2015-03, 2015-09, 2016-03, 2016-09/],
      [['diff', 'E007', '--from', '2016-09', '--to', '2015-03'], /--from 2016-09 is not before --to 2015-03/],
      [['diff', 'E007', '--from', '2016-03', '--to', '2016-03'], /the same report month \(2016-03\)/],
    ];
    for (const [args, pattern] of cases) {
      const result = runCli(args, { cwd });
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(pattern);
    }
    const single = workspace();
    runCli(['parse', '2015-03.txt'], { cwd: single });
    const one = runCli(['diff', 'E007'], { cwd: single });
    expect(one.status).toBe(2);
    expect(one.stderr).toMatch(/only one report month in the store \(2015-03\)/);
  });

  it('a program code held by two institutions is ambiguous: exit 2 listing them, --institution chooses', () => {
    const cwd = storeWorkspace();
    for (const month of ['2016-03', '2016-09']) {
      const text = readFileSync(fixture('history', `imss-e007-${month}.txt`), 'utf8').replace('Instituto Mexicano del Seguro Social', 'Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado');
      writeFileSync(join(cwd, `issste-${month}.txt`), text);
    }
    expect(runCli(['parse', 'issste-2016-03.txt', 'issste-2016-09.txt'], { cwd }).status).toBe(0);
    const ambiguous = runCli(['diff', 'E007'], { cwd });
    expect(ambiguous.status).toBe(2);
    expect(ambiguous.stderr).toMatch(
      /program E007 is held by several institutions in the store; choose one with --institution: "Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado", "Instituto Mexicano del Seguro Social"/,
    );
    const imss = runCli(['diff', 'E007', '--institution', 'seguro social', '--from', '2015-03', '--format', 'json'], { cwd });
    expect(imss.status).toBe(1);
    expect(JSON.parse(imss.stdout).to.file).toBe('2016-09.txt');
    const issste = runCli(['diff', 'E007', '--institution', 'ISSSTE Trabajadores del Estado', '--format', 'json'], { cwd });
    expect(issste.status).toBe(2);
    const issste2 = runCli(['diff', 'E007', '--institution', 'Trabajadores del Estado', '--format', 'json'], { cwd });
    expect(issste2.status).toBe(0);
    expect(JSON.parse(issste2.stdout).to.file).toBe('issste-2016-09.txt');
  });
});

describe('the store keeps every report month', () => {
  it('one file per month; a second source of one month replaces the first and says which was kept', () => {
    const cwd = workspace();
    copyFileSync(fixture('history', 'imss-e007-2015-09.txt'), join(cwd, '2015-09.txt'));
    const first = runCli(['parse', '2015-03.txt', '2015-09.txt', '2016-03.txt', '2016-09.txt'], { cwd });
    expect(first.status).toBe(0);
    expect(readdirSync(join(cwd, '.asm')).sort()).toEqual(['2015-03', '2015-09', '2016-03', '2016-09'].map((m) => `instituto-mexicano-del-seguro-social__E007__${m}.json`));
    const second = runCli(['parse', '2015-09.csv'], { cwd });
    expect(second.status).toBe(0);
    expect(second.stderr).toMatch(/saved E007 2015-09 in \.asm\/instituto-mexicano-del-seguro-social__E007__2015-09\.json, replacing the report read from 2015-09\.txt/);
    const stored = JSON.parse(readFileSync(join(cwd, '.asm', 'instituto-mexicano-del-seguro-social__E007__2015-09.json'), 'utf8'));
    expect(stored.source.file).toBe('2015-09.csv');
    expect(readdirSync(join(cwd, '.asm'))).toHaveLength(4);
  });
});

describe('asm report --history', () => {
  it('table with a sparkline per program and period, from the store', () => {
    const cwd = storeWorkspace();
    const result = runCli(['report', '--history'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toMatch(ANSI);
    expect(result.stdout).toContain('E007 · Servicios de guardería · Instituto Mexicano del Seguro Social');
    expect(result.stdout).toContain('Period 2014-2015  ▃▅▅▇  average progress 30.00% → 80.00%');
    expect(result.stdout).toMatch(/2016-09 +3 +1 +2 +80\.00% +1/);
  });

  it('json and csv over files, --program and --period', () => {
    const cwd = workspace();
    const json = runCli(['report', '--history', ...M, '--period', '2014-2015', '--format', 'json'], { cwd });
    expect(json.status).toBe(0);
    const rows = JSON.parse(json.stdout).rows;
    expect(rows.map((r: { reportMonth: string; dueDatesMoved: number | null }) => [r.reportMonth, r.dueDatesMoved])).toEqual([
      ['2015-03', null],
      ['2015-09', 1],
      ['2016-03', 0],
      ['2016-09', 1],
    ]);
    const csv = runCli(['report', '--history', ...M, '--program', 'E007', '--format', 'csv'], { cwd });
    expect(csv.status).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('institution,program,programName,period,reportMonth,aspectCount,concludedCount,vigenteCount,averageProgress,dueDatesMoved,file');
  });

  it('exit 2 for an unknown program or period, and with --report', () => {
    const cwd = storeWorkspace();
    expect(runCli(['report', '--history', '--program', 'E044'], { cwd }).stderr).toMatch(/E044/);
    expect(runCli(['report', '--history', '--program', 'E044'], { cwd }).status).toBe(2);
    const period = runCli(['report', '--history', '--period', '2010-2011'], { cwd });
    expect(period.status).toBe(2);
    expect(period.stderr).toMatch(/2010-2011/);
    // --history is written in every format of asm report, html included (tests/diff-views.test.ts).
    const html = runCli(['report', '--history', '--format', 'html'], { cwd });
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<title>Average progress across report months<\/title>/);
    const month = runCli(['report', '--history', '--report', '2015-09'], { cwd });
    expect(month.status).toBe(2);
    expect(month.stderr).toMatch(/--report chooses one report month; --history shows them all/);
  });
});
