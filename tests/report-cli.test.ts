// `asm report` and `asm vigentes` through the built binary (bin/asm.js →
// dist/cli): every format, exit codes, the store, several programs and two
// reports of one program. Inputs are copied into a fresh folder so that the
// file names in the output are short and stable.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { BIN, fixture, runCli, tempDir } from './helpers/cli.js';

const ANSI = /\u001b\[/;
const SEED = 'seed.txt';
const MARCH = 's219-2016-03.txt';
const SEPTEMBER = 's219-2016-09.txt';

/** A fresh folder holding the fixtures under short names. */
function workspace(): string {
  const cwd = tempDir();
  copyFileSync(fixture('seed-e006-2015-09.txt'), join(cwd, SEED));
  copyFileSync(fixture('report', 'conafor-s219-2016-03.txt'), join(cwd, MARCH));
  copyFileSync(fixture('report', 'conafor-s219-2016-09.txt'), join(cwd, SEPTEMBER));
  return cwd;
}

const widest = (text: string): number => Math.max(...text.split('\n').map((line) => [...line].length));

function localToday(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

beforeAll(() => {
  if (!existsSync(BIN) || !existsSync(join(BIN, '..', '..', 'dist', 'cli', 'asm.cjs'))) throw new Error('run `npm run build` first');
});

describe('asm report', () => {
  it('JSON for the seed period 2014-2015: 8 ASMs, 5 concluded, 3 vigentes, average 79.375', () => {
    const cwd = workspace();
    const result = runCli(['report', SEED, '--period', '2014-2015', '--format', 'json', '--as-of', '2015-10-15'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const report = JSON.parse(result.stdout);
    expect(report.asOf).toBe('2015-10-15');
    expect(report.programs).toHaveLength(1);
    expect(report.programs[0]).toMatchObject({
      program: 'E006',
      programName: 'Recaudación eficiente de ingresos obrero patronales',
      institution: 'Instituto Mexicano del Seguro Social',
      reportMonth: '2015-09',
    });
    expect(report.programs[0].periods).toHaveLength(1);
    const period = report.programs[0].periods[0];
    expect(period).toMatchObject({ period: '2014-2015', statement: null, aspectCount: 8, concludedCount: 5, vigenteCount: 3, averageProgress: 79.375 });
    expect(period.byArea).toContainEqual({ area: 'Coordinación de Cobranza', aspectCount: 3, vigenteCount: 2, averageProgress: 200 / 3 });
    expect(period.aspects.find((a: { number: number }) => a.number === 8)).toMatchObject({
      status: 'vigente', dueDate: '2015-06-30', overdue: true, daysOverdue: 107, source: { file: SEED, line: 30, page: null },
    });
  });

  it('table (the default): bars, due dates, days overdue, two-decimal averages, 80 columns, no colour', () => {
    const cwd = workspace();
    const result = runCli(['report', SEED, '--period', '2014-2015', '--as-of', '2015-10-15'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toContain('E006 Recaudación eficiente de ingresos obrero patronales');
    expect(out).toContain('Instituto Mexicano del Seguro Social · report month 2015-09 · as of 2015-10-15');
    expect(out).toContain('Period 2014-2015 · 8 ASMs · 5 concluded · 3 vigentes · average 79.38%');
    expect(out).toMatch(/ {5}8 {2}Difundir a través de la página.* {2}█░░░░░░░░░ {2}10% {2}2015-06-30 {4}107 d\n/);
    expect(out).toMatch(/ {5}6 {2}Revisar los principales.* {2}█████████░ {2}90% {2}2015-10-30\n/);
    expect(out).toMatch(/ {5}1 {2}Modificar el objetivo.* {2}██████████ 100% {2}2015-06-30\n/);
    expect(out).toMatch(/Coordinación de Cobranza +3 +2 +66\.67\n/);
    expect(out).not.toMatch(ANSI);
    expect(widest(out)).toBeLessThanOrEqual(80);
    expect(out).not.toContain('2013-2014');
  });

  it('table shows the declared statement of periods with no ASMs, in Spanish with --lang es', () => {
    const result = runCli(['--lang', 'es', 'report', SEED, '--as-of', '2015-10-15'], { cwd: workspace() });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Periodo 2014-2015 · 8 ASM · 5 concluidos · 3 vigentes · promedio 79.38%');
    expect(result.stdout).toContain('Periodo 2013-2014 · sin ASM\n  No se identificaron aspectos susceptibles de mejora vigentes');
    expect(widest(result.stdout)).toBeLessThanOrEqual(80);
  });

  it('CSV: a row per period and per area, full precision', () => {
    const result = runCli(['report', SEED, '--period', '2014-2015', '--format', 'csv'], { cwd: workspace() });
    expect(result.status).toBe(0);
    const parsed = Papa.parse<Record<string, string>>(result.stdout.trim(), { header: true });
    expect(parsed.meta.fields).toEqual([
      'institution', 'program', 'programName', 'reportMonth', 'period', 'area', 'aspectCount', 'concludedCount', 'vigenteCount', 'averageProgress', 'statement',
      'averagedCount', 'notReportedCount', 'invalidCount',
    ]);
    expect(parsed.data[0]).toMatchObject({ program: 'E006', period: '2014-2015', area: '', aspectCount: '8', concludedCount: '5', vigenteCount: '3', averageProgress: '79.375', averagedCount: '8', notReportedCount: '0', invalidCount: '0' });
    expect(parsed.data.slice(1).map((row) => row.area)).toEqual([
      'Coordinación de Planeación y Evaluación',
      expect.stringMatching(/^rograma de Anual/),
      'Coordinación de Cobranza',
    ]);
    expect(result.stdout).toContain('\r\n');
  });

  it('Markdown ready to paste', () => {
    const result = runCli(['report', SEED, '--format', 'markdown', '--as-of', '2015-10-15'], { cwd: workspace() });
    expect(result.status).toBe(0);
    const out = result.stdout;
    expect(out).toMatch(/^# ASM report\n/);
    expect(out).toContain('## E006 Recaudación eficiente de ingresos obrero patronales');
    expect(out).toContain('### Period 2014-2015');
    expect(out).toContain('8 ASMs: 5 concluded, 3 vigentes; average progress 79.38%.');
    expect(out).toContain('| No. | ASM | Average | Status | Due date | Responsible areas |');
    expect(out).toMatch(/\| 8 \| Difundir a través .* \| 10% \| vigente, overdue 107 days \| 2015-06-30 \| Coordinación de Cobranza \|/);
    expect(out).toContain('| Coordinación de Cobranza | 3 | 2 | 66.67 |');
    expect(out).toContain('### Period 2013-2014\n\nNo se identificaron');
  });

  it('several programs of different institutions side by side', () => {
    const result = runCli(['report', SEED, SEPTEMBER, '--format', 'json'], { cwd: workspace() });
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report.programs.map((p: { program: string; institution: string }) => [p.program, p.institution])).toEqual([
      ['E006', 'Instituto Mexicano del Seguro Social'],
      ['S219', 'Comisión Nacional Forestal'],
    ]);
    const s219 = report.programs[1].periods[0];
    expect(s219).toMatchObject({ period: '2015-2016', aspectCount: 4, concludedCount: 2, vigenteCount: 2 });
    expect(s219.averageProgress).toBeCloseTo(280 / 3, 12);
    expect(s219.byArea).toEqual([
      { area: 'Gerencia de Desarrollo Forestal', aspectCount: 2, vigenteCount: 1, averageProgress: 90 },
      { area: 'Unidad de Planeación y Evaluación', aspectCount: 2, vigenteCount: 1, averageProgress: 100 },
    ]);
    const table = runCli(['report', SEED, SEPTEMBER, '--as-of', '2016-10-15'], { cwd: workspace() });
    expect(table.stdout).toContain('S219 Apoyos para el Desarrollo Forestal Sustentable');
    expect(table.stdout).toMatch(/ {5}4 {2}Integrar un padrón.* {2}not reported {5}2016-08-31 {5}45 d\n/);
    // ASM 4 has no progress figure: the period average says it covers 3 of the 4 (issue 11, finding 4).
    expect(table.stdout).toContain('\n  average over 3 of 4 ASMs · 1 no progress reported\n');
    expect(widest(table.stdout)).toBeLessThanOrEqual(80);
  });

  it('two reports of one program: the newer wins, in either order; --report picks the older', () => {
    const cwd = workspace();
    for (const files of [[MARCH, SEPTEMBER], [SEPTEMBER, MARCH]]) {
      const result = runCli(['report', ...files, '--format', 'json', '--period', '2015-2016'], { cwd });
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout);
      expect(report.programs).toHaveLength(1);
      expect(report.programs[0].reportMonth).toBe('2016-09');
      expect(report.programs[0].periods[0].aspectCount).toBe(4);
    }
    const older = runCli(['report', MARCH, SEPTEMBER, '--format', 'json', '--report', '2016-03'], { cwd });
    expect(older.status).toBe(0);
    const report = JSON.parse(older.stdout);
    expect(report.programs[0].reportMonth).toBe('2016-03');
    expect(report.programs[0].periods[0]).toMatchObject({ aspectCount: 3, concludedCount: 1, vigenteCount: 2, averageProgress: 60 });
    const missing = runCli(['report', MARCH, SEPTEMBER, '--report', '2017-03'], { cwd });
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toBe('asm: no program has a report of month 2017-03; report months found: 2016-03, 2016-09.\n');
  });

  it('filters: --program, --institution and --area, accent- and case-insensitive', () => {
    const cwd = workspace();
    const programs = (args: string[]): string[] => {
      const result = runCli(['report', SEED, SEPTEMBER, '--format', 'json', ...args], { cwd });
      expect(result.status).toBe(0);
      return JSON.parse(result.stdout).programs.map((p: { program: string }) => p.program);
    };
    expect(programs(['--program', 's219'])).toEqual(['S219']);
    expect(programs(['--institution', 'COMISION'])).toEqual(['S219']);
    expect(programs(['--area', 'cobranza'])).toEqual(['E006']);
    expect(programs(['--area', 'PLANEACION'])).toEqual(['E006', 'S219']);
    const none = runCli(['report', SEED, '--program', 'X999'], { cwd });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe('asm: no document matches --program X999; programs found: E006 (Instituto Mexicano del Seguro Social).\n');
  });

  it('an unknown --period exits 2 naming the periods that exist', () => {
    const result = runCli(['report', SEED, '--period', '2020-2021'], { cwd: workspace() });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('asm: no input has period 2020-2021; periods found: 2014-2015, 2013-2014, 2012-2013, 2011-2012, 2010-2011.\n');
  });

  it('a --period, --report or --as-of of the wrong form exits 2 with the accepted form', () => {
    const cwd = workspace();
    const period = runCli(['report', SEED, '--period', '2014'], { cwd });
    expect(period.status).toBe(2);
    expect(period.stdout).toBe('');
    expect(period.stderr).toBe('asm: invalid value for --period: "2014"; the accepted form is YYYY-YYYY, e.g. 2014-2015.\n');
    const report = runCli(['report', SEED, '--report', '2015-9'], { cwd });
    expect(report.status).toBe(2);
    expect(report.stderr).toContain('YYYY-MM');
    const format = runCli(['report', SEED, '--format', 'github'], { cwd });
    expect(format.status).toBe(2);
    const spanish = runCli(['--lang', 'es', 'report', SEED, '--period', '2014'], { cwd });
    expect(spanish.stderr).toBe('asm: valor no válido para --period: "2014"; la forma aceptada es AAAA-AAAA, p. ej. 2014-2015.\n');
  });

  it('unusable input exits 2 with one sentence', () => {
    const cwd = workspace();
    const result = runCli(['report', 'missing.txt'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('asm: missing.txt: no such file or directory.\n');
    const empty = runCli(['report'], { cwd });
    expect(empty.status).toBe(2);
    expect(empty.stderr).toContain('store is empty');
  });

  it('help has examples', () => {
    const result = runCli(['report', '--help']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('$ asm report --period 2014-2015');
    const es = runCli(['--lang', 'es', 'report', '--help']);
    expect(es.stdout).toContain('Ejemplos:');
  });
});

describe('asm vigentes', () => {
  it('lists ASMs 5, 6 and 8 of the seed and exits 1 (table)', () => {
    const result = runCli(['vigentes', SEED, '--as-of', '2015-10-15'], { cwd: workspace() });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const out = result.stdout;
    expect(out).toContain('E006 Recaudación eficiente de ingresos obrero patronales · Instituto Mexicano');
    expect(out).toContain('  Period 2014-2015\n');
    expect([...out.matchAll(/^ {2,5}(\d+) {2}/gm)].map((m) => m[1])).toEqual(['5', '6', '8']);
    expect(out).toMatch(/ {5}8 {2}Difundir .* {2}█░░░░░░░░░ {2}10% {2}2015-06-30 {4}107 d\n {8}Coordinación de Cobranza\n/);
    expect(out).toContain('3 vigente ASMs, 1 overdue, as of 2015-10-15.');
    expect(out).not.toMatch(ANSI);
    expect(widest(out)).toBeLessThanOrEqual(80);
  });

  it('JSON with every field; as-of defaults to the local date', () => {
    const result = runCli(['vigentes', SEED, '--format', 'json'], { cwd: workspace() });
    expect(result.status).toBe(1);
    const list = JSON.parse(result.stdout);
    expect(list.asOf).toBe(localToday());
    expect(list.vigentes.map((v: { number: number }) => v.number)).toEqual([5, 6, 8]);
    const at = JSON.parse(runCli(['vigentes', SEED, '--format', 'json', '--as-of', '2015-10-15'], { cwd: workspace() }).stdout);
    expect(at.vigentes[2]).toEqual({
      program: 'E006',
      programName: 'Recaudación eficiente de ingresos obrero patronales',
      institution: 'Instituto Mexicano del Seguro Social',
      period: '2014-2015',
      number: 8,
      text: 'Difundir a través de la página de internet del Instituto información que facilite al patrón el cumplimiento de sus obligaciones.',
      average: 10,
      progress: 'reported',
      invalidValues: [],
      dueDate: '2015-06-30',
      overdue: true,
      daysOverdue: 107,
      responsibleAreas: ['Coordinación de Cobranza'],
      source: { file: SEED, line: 30, page: null },
    });
    expect(at.vigentes[0]).toMatchObject({ number: 5, dueDate: '2015-12-31', overdue: false, daysOverdue: null });
  });

  it('--period 2013-2014 lists nothing and exits 0, in every format', () => {
    const cwd = workspace();
    const json = runCli(['vigentes', SEED, '--period', '2013-2014', '--format', 'json', '--as-of', '2015-10-15'], { cwd });
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ asOf: '2015-10-15', vigentes: [], invalidValueCount: 0 });
    const table = runCli(['vigentes', SEED, '--period', '2013-2014', '--as-of', '2015-10-15'], { cwd });
    expect(table.status).toBe(0);
    expect(table.stdout).toBe('No vigente ASMs as of 2015-10-15.\n');
    const github = runCli(['vigentes', SEED, '--period', '2013-2014', '--format', 'github'], { cwd });
    expect(github.status).toBe(0);
    expect(github.stdout).toBe('');
    const csv = runCli(['vigentes', SEED, '--period', '2013-2014', '--format', 'csv'], { cwd });
    expect(csv.status).toBe(0);
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(1);
    const md = runCli(['vigentes', SEED, '--period', '2013-2014', '--format', 'markdown', '--as-of', '2015-10-15'], { cwd });
    expect(md.status).toBe(0);
    expect(md.stdout).toBe('# Vigente ASMs\n\nAs of: 2015-10-15\n\nNo vigente ASMs.\n');
  });

  it('--overdue --as-of 2015-10-15 lists 8 only', () => {
    const result = runCli(['vigentes', SEED, '--overdue', '--as-of', '2015-10-15', '--format', 'json'], { cwd: workspace() });
    expect(result.status).toBe(1);
    expect(JSON.parse(result.stdout).vigentes.map((v: { number: number }) => v.number)).toEqual([8]);
    const early = runCli(['vigentes', SEED, '--overdue', '--as-of', '2015-06-30', '--format', 'json'], { cwd: workspace() });
    expect(early.status).toBe(0);
    expect(JSON.parse(early.stdout).vigentes).toEqual([]);
  });

  it('--exit-zero keeps 0 for reporting-only jobs', () => {
    const result = runCli(['vigentes', SEED, '--exit-zero', '--format', 'json'], { cwd: workspace() });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).vigentes).toHaveLength(3);
  });

  it('github: one ::warning per vigente at the ASM source line', () => {
    const result = runCli(['vigentes', SEED, '--format', 'github', '--as-of', '2015-10-15'], { cwd: workspace() });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      '::warning file=seed.txt,line=23,title=Vigente ASM E006 2014-2015 #5::E006 2014-2015 ASM 5 (35%25; due 2015-12-31): Internos (PAADI Inc',
    );
    expect(lines[2]).toBe(
      '::warning file=seed.txt,line=30,title=Vigente ASM E006 2014-2015 #8::E006 2014-2015 ASM 8 (10%25; due 2015-06-30, 107 days overdue): ' +
        'Difundir a través de la página de internet del Instituto información que facilite al patrón el cumplimiento de sus obligaciones.',
    );
  });

  it('github escapes property values (file names with , and :)', () => {
    const cwd = workspace();
    copyFileSync(join(cwd, SEED), join(cwd, 'e006, sept:2015.txt'));
    const result = runCli(['vigentes', 'e006, sept:2015.txt', '--format', 'github', '--overdue', '--as-of', '2015-10-15'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::warning file=e006%2C sept%3A2015\.txt,line=30,title=Vigente ASM E006 2014-2015 #8::/);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(1);
  });

  it('CSV: one row per vigente, formula-escaped', () => {
    const cwd = workspace();
    const parsed = JSON.parse(runCli(['parse', SEED, '--no-save', '--format', 'json'], { cwd }).stdout);
    parsed[0].periods[0].aspects[7].text = '=HYPERLINK("http://evil","x")';
    parsed[0].periods[0].aspects[7].activities[0].responsibleArea = '@Cobranza';
    writeFileSync(join(cwd, 'evil.json'), JSON.stringify(parsed));
    const result = runCli(['vigentes', 'evil.json', '--format', 'csv', '--as-of', '2015-10-15'], { cwd });
    expect(result.status).toBe(1);
    const rows = Papa.parse<Record<string, string>>(result.stdout.trim(), { header: true }).data;
    expect(rows).toHaveLength(3);
    expect(rows.map((r) => r.number)).toEqual(['5', '6', '8']);
    expect(rows[2]).toMatchObject({
      program: 'E006', period: '2014-2015', text: '\'=HYPERLINK("http://evil","x")', average: '10', dueDate: '2015-06-30',
      overdue: 'true', daysOverdue: '107', responsibleAreas: "'@Cobranza", file: SEED, line: '30',
    });
    expect(rows[1]).toMatchObject({ overdue: 'false', daysOverdue: '' });
  });

  it('Markdown table ready to paste', () => {
    const result = runCli(['vigentes', SEED, SEPTEMBER, '--format', 'markdown', '--as-of', '2016-10-15'], { cwd: workspace() });
    expect(result.status).toBe(1);
    const out = result.stdout;
    expect(out).toMatch(/^# Vigente ASMs\n\nAs of: 2016-10-15\n\n5 vigente ASMs, 4 overdue\.\n/);
    expect(out).toContain('| Program | Institution | Period | No. | ASM | Average | Due date | Days overdue | Responsible areas | Source |');
    expect(out).toContain(
      '| S219 | Comisión Nacional Forestal | 2015-2016 | 4 | Integrar un padrón único de beneficiarios de los apoyos forestales. | no progress reported | 2016-08-31 | 45 | Unidad de Planeación y Evaluación | `s219-2016-09.txt:15` |',
    );
  });

  it('several programs and two reports of one program: the newer wins', () => {
    const result = runCli(['vigentes', MARCH, SEED, SEPTEMBER, '--format', 'json', '--as-of', '2016-10-15'], { cwd: workspace() });
    expect(result.status).toBe(1);
    const list = JSON.parse(result.stdout);
    expect(list.vigentes.map((v: { program: string; number: number; source: { file: string } }) => `${v.program} ${v.number} ${v.source.file}`)).toEqual([
      `E006 5 ${SEED}`,
      `E006 6 ${SEED}`,
      `E006 8 ${SEED}`,
      `S219 3 ${SEPTEMBER}`,
      `S219 4 ${SEPTEMBER}`,
    ]);
    const table = runCli(['vigentes', MARCH, SEED, SEPTEMBER, '--as-of', '2016-10-15'], { cwd: workspace() });
    expect(table.stdout).toContain('S219 Apoyos para el Desarrollo Forestal Sustentable · Comisión Nacional Forest…\n  Period 2015-2016\n');
    expect(widest(table.stdout)).toBeLessThanOrEqual(80);
    const older = runCli(['vigentes', MARCH, SEPTEMBER, '--report', '2016-03', '--format', 'json', '--as-of', '2016-04-01'], { cwd: workspace() });
    expect(JSON.parse(older.stdout).vigentes.map((v: { number: number }) => v.number)).toEqual([1, 3]);
  });

  it('usage errors exit 2: --as-of 31/12/2015, --period 2014, unknown period', () => {
    const cwd = workspace();
    const asOf = runCli(['vigentes', SEED, '--as-of', '31/12/2015'], { cwd });
    expect(asOf.status).toBe(2);
    expect(asOf.stdout).toBe('');
    expect(asOf.stderr).toBe('asm: invalid value for --as-of: "31/12/2015"; the accepted form is YYYY-MM-DD, e.g. 2015-10-15.\n');
    const period = runCli(['vigentes', SEED, '--period', '2014'], { cwd });
    expect(period.status).toBe(2);
    expect(period.stderr).toContain('YYYY-YYYY');
    const unknown = runCli(['vigentes', SEED, '--period', '1999-2000'], { cwd });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toBe('asm: no input has period 1999-2000; periods found: 2014-2015, 2013-2014, 2012-2013, 2011-2012, 2010-2011.\n');
    const format = runCli(['vigentes', SEED, '--format', 'xml'], { cwd });
    expect(format.status).toBe(2);
  });

  it('reads standard input with -', () => {
    const input = readFileSync(fixture('seed-e006-2015-09.txt'));
    const result = runCli(['vigentes', '-', '--format', 'github', '--as-of', '2015-10-15', '--overdue'], { input });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::warning title=Vigente ASM E006 2014-2015 #8::/);
  });
});

describe('the store: asm parse, then report and vigentes with no file arguments', () => {
  it('works in a fresh folder', () => {
    const cwd = workspace();
    const parsed = runCli(['parse', SEED], { cwd });
    expect(parsed.status).toBe(0);
    expect(parsed.stderr).toContain('asm: saved E006 2015-09');

    const report = runCli(['report', '--period', '2014-2015', '--format', 'json'], { cwd });
    expect(report.status).toBe(0);
    expect(report.stderr).toBe('');
    expect(JSON.parse(report.stdout).programs[0].periods[0]).toMatchObject({ aspectCount: 8, concludedCount: 5, vigenteCount: 3, averageProgress: 79.375 });

    const table = runCli(['report', '--period', '2014-2015'], { cwd });
    expect(table.status).toBe(0);
    expect(table.stdout).toContain('Period 2014-2015 · 8 ASMs · 5 concluded · 3 vigentes · average 79.38%');

    const vigentes = runCli(['vigentes', '--as-of', '2015-10-15', '--format', 'json'], { cwd });
    expect(vigentes.status).toBe(1);
    const list = JSON.parse(vigentes.stdout);
    expect(list.vigentes.map((v: { number: number }) => v.number)).toEqual([5, 6, 8]);
    expect(list.vigentes[0].source.file).toBe(SEED);

    const tableVigentes = runCli(['vigentes', '--as-of', '2015-10-15'], { cwd });
    expect(tableVigentes.status).toBe(1);
    expect(tableVigentes.stdout).toContain('3 vigente ASMs, 1 overdue, as of 2015-10-15.');
  });

  it('holds two reports of one program and uses the newer; --store picks another folder', () => {
    const cwd = workspace();
    for (const file of [SEPTEMBER, MARCH]) expect(runCli(['parse', file, '--store', 'informes', '--format', 'json'], { cwd }).status).toBe(0);
    const report = runCli(['report', '--store', 'informes', '--format', 'json'], { cwd });
    expect(report.status).toBe(0);
    const programs = JSON.parse(report.stdout).programs;
    expect(programs.map((p: { program: string; reportMonth: string }) => `${p.program} ${p.reportMonth}`)).toEqual(['S219 2016-09']);
    const older = runCli(['vigentes', '--store', 'informes', '--report', '2016-03', '--format', 'json', '--as-of', '2016-04-01'], { cwd });
    expect(older.status).toBe(1);
    expect(JSON.parse(older.stdout).vigentes.map((v: { number: number }) => v.number)).toEqual([1, 3]);
    const defaultStore = runCli(['vigentes'], { cwd });
    expect(defaultStore.status).toBe(2);
    expect(defaultStore.stderr).toBe('asm: no input files given and the store is empty; run `asm parse FILE` first\n');
  });
});
