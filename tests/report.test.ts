// Library tests of src/core/report.ts and the report/vigentes renderers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { parseText } from '../src/parse.js';
import type { AsmDocument, Aspect } from '../src/core/schema.js';
import {
  aspectDue,
  buildReport,
  daysBetween,
  isIsoDate,
  isSelectionFailure,
  listVigentes,
  localIsoDate,
  selectDocuments,
  type Report,
  type VigentesList,
} from '../src/core/report.js';
import { renderReportTable } from '../src/render/report/table.js';
import { renderReportCsv } from '../src/render/report/csv.js';
import { renderReportMarkdown } from '../src/render/report/markdown.js';
import { renderVigentesTable } from '../src/render/vigentes/table.js';
import { renderVigentesCsv } from '../src/render/vigentes/csv.js';
import { renderVigentesGithub } from '../src/render/vigentes/github.js';
import { escapeData, escapeProperty } from '../src/render/github-escape.js';
import { renderVigentesMarkdown } from '../src/render/vigentes/markdown.js';
import { progressBar } from '../src/render/report/common.js';
import { plainStyle, type Style } from '../src/render/style.js';

const load = (path: string): AsmDocument => parseText(readFileSync(path, 'utf8'), { file: path });
const seed = load('fixtures/seed-e006-2015-09.txt');
const march = load('fixtures/report/conafor-s219-2016-03.txt');
const september = load('fixtures/report/conafor-s219-2016-09.txt');

function ok<T>(value: T | { error: unknown }): T {
  if (isSelectionFailure(value)) throw new Error(`unexpected failure: ${JSON.stringify(value.error)}`);
  return value as T;
}

describe('buildReport', () => {
  it('summarizes the seed period 2014-2015 as the issue says', () => {
    const report = ok<Report>(buildReport([seed], { period: '2014-2015', asOf: '2015-10-15' }));
    expect(report.programs).toHaveLength(1);
    const program = report.programs[0]!;
    expect(program).toMatchObject({ program: 'E006', institution: 'Instituto Mexicano del Seguro Social', reportMonth: '2015-09' });
    expect(program.periods).toHaveLength(1);
    const period = program.periods[0]!;
    expect(period).toMatchObject({ period: '2014-2015', aspectCount: 8, concludedCount: 5, vigenteCount: 3, averageProgress: 79.375 });
    expect(period.aspects.filter((a) => a.status === 'vigente').map((a) => a.number)).toEqual([5, 6, 8]);
    const eight = period.aspects.find((a) => a.number === 8)!;
    expect(eight).toMatchObject({ dueDate: '2015-06-30', overdue: true, daysOverdue: 107, source: { file: 'fixtures/seed-e006-2015-09.txt', line: 30 } });
  });

  it('merges area spelling variants in byArea (Coordianción ~ Coordinación de Cobranza)', () => {
    const period = ok<Report>(buildReport([seed], { period: '2014-2015' })).programs[0]!.periods[0]!;
    const cobranza = period.byArea.find((a) => a.area === 'Coordinación de Cobranza')!;
    expect(cobranza).toEqual({ area: 'Coordinación de Cobranza', aspectCount: 3, vigenteCount: 2, averageProgress: (90 + 100 + 10) / 3 });
    expect(period.byArea.some((a) => a.area === 'Coordianción de Cobranza')).toBe(false);
    const planeacion = period.byArea.find((a) => a.area === 'Coordinación de Planeación y Evaluación')!;
    expect(planeacion).toMatchObject({ aspectCount: 4, vigenteCount: 0, averageProgress: 100 });
  });

  it('keeps statement periods with null average and zero counts', () => {
    const report = ok<Report>(buildReport([seed]));
    const empty = report.programs[0]!.periods.find((p) => p.period === '2013-2014')!;
    expect(empty).toMatchObject({ aspectCount: 0, concludedCount: 0, vigenteCount: 0, averageProgress: null, byArea: [], aspects: [] });
    expect(empty.statement).toMatch(/^No se identificaron/);
    expect(report.asOf).toBeNull();
    expect(report.programs[0]!.periods[0]!.aspects.every((a) => !a.overdue && a.daysOverdue === null)).toBe(true);
  });

  it('counts a null average as vigente and leaves it out of the mean', () => {
    const period = ok<Report>(buildReport([september], { period: '2015-2016', asOf: '2016-10-15' })).programs[0]!.periods[0]!;
    expect(period).toMatchObject({ aspectCount: 4, concludedCount: 2, vigenteCount: 2 });
    expect(period.averageProgress).toBeCloseTo(280 / 3, 12);
    const four = period.aspects.find((a) => a.number === 4)!;
    expect(four).toMatchObject({ average: null, status: 'vigente', overdue: true, daysOverdue: 45 });
    const unidad = period.byArea.find((a) => a.area === 'Unidad de Planeación y Evaluación')!;
    expect(unidad).toMatchObject({ aspectCount: 2, vigenteCount: 1, averageProgress: 100 });
    const gerencia = period.byArea.find((a) => a.area === 'Gerencia de Desarrollo Forestal')!;
    expect(gerencia).toMatchObject({ aspectCount: 2, vigenteCount: 1, averageProgress: 90 });
  });

  it('reports several programs side by side, sorted by code', () => {
    const report = ok<Report>(buildReport([september, seed]));
    expect(report.programs.map((p) => [p.program, p.institution])).toEqual([
      ['E006', 'Instituto Mexicano del Seguro Social'],
      ['S219', 'Comisión Nacional Forestal'],
    ]);
  });

  it('returns a typed failure naming the existing periods for an unknown period', () => {
    const result = buildReport([seed], { period: '2020-2021' });
    expect(isSelectionFailure(result)).toBe(true);
    expect(result).toEqual({
      error: { code: 'unknown-period', period: '2020-2021', available: ['2014-2015', '2013-2014', '2012-2013', '2011-2012', '2010-2011'] },
    });
  });

  it('filters by program, institution and area, accent- and case-insensitively', () => {
    const both = [seed, september];
    expect(ok<Report>(buildReport(both, { program: 's-219' })).programs.map((p) => p.program)).toEqual(['S219']);
    expect(ok<Report>(buildReport(both, { institution: 'COMISION nacional' })).programs.map((p) => p.program)).toEqual(['S219']);
    const byArea = ok<Report>(buildReport(both, { area: 'planeacion', period: undefined }));
    expect(byArea.programs.map((p) => p.program)).toEqual(['E006', 'S219']);
    expect(byArea.programs[0]!.periods[0]!.aspectCount).toBe(4);
    expect(byArea.programs[1]!.periods[0]!.aspects.map((a) => a.number)).toEqual([2, 4]);
    expect(ok<Report>(buildReport(both, { area: 'cobranza' })).programs.map((p) => p.program)).toEqual(['E006']);
    expect(buildReport(both, { program: 'X999' })).toMatchObject({ error: { code: 'no-program' } });
  });
});

describe('selectDocuments', () => {
  it('keeps the most recent report month of each program, whatever the order', () => {
    for (const order of [[march, september], [september, march]]) {
      const selection = selectDocuments(order);
      expect(isSelectionFailure(selection)).toBe(false);
      if (!isSelectionFailure(selection)) expect(selection.documents.map((d) => d.reportMonth)).toEqual(['2016-09']);
    }
  });

  it('picks another month with report, and fails naming the months when none has it', () => {
    const selection = selectDocuments([march, september, seed], { report: '2016-03' });
    if (isSelectionFailure(selection)) throw new Error('failure');
    expect(selection.documents.map((d) => `${d.program.code} ${d.reportMonth}`)).toEqual(['S219 2016-03']);
    expect(selectDocuments([march, september], { report: '2017-03' })).toEqual({
      error: { code: 'unknown-report', report: '2017-03', available: ['2016-03', '2016-09'] },
    });
    const report = ok<Report>(buildReport([march, september], { report: '2016-03', period: '2015-2016' }));
    expect(report.programs[0]!.periods[0]!.averageProgress).toBe(60);
  });

  it('tells programs of different institutions apart', () => {
    const other: AsmDocument = { ...september, institution: 'Otra Institución', reportMonth: '2015-01' };
    const selection = selectDocuments([september, other]);
    if (isSelectionFailure(selection)) throw new Error('failure');
    expect(selection.documents).toHaveLength(2);
  });
});

describe('listVigentes', () => {
  it('lists ASMs 5, 6 and 8 of the seed', () => {
    const list = ok<VigentesList>(listVigentes([seed], { asOf: '2015-10-15' }));
    expect(list.asOf).toBe('2015-10-15');
    expect(list.vigentes.map((v) => [v.period, v.number])).toEqual([['2014-2015', 5], ['2014-2015', 6], ['2014-2015', 8]]);
    expect(list.vigentes.map((v) => [v.dueDate, v.overdue, v.daysOverdue])).toEqual([
      ['2015-12-31', false, null],
      ['2015-10-30', false, null],
      ['2015-06-30', true, 107],
    ]);
    expect(list.vigentes[1]).toMatchObject({
      program: 'E006',
      programName: 'Recaudación eficiente de ingresos obrero patronales',
      institution: 'Instituto Mexicano del Seguro Social',
      average: 90,
      responsibleAreas: ['Coordinación de Cobranza'],
      source: { file: 'fixtures/seed-e006-2015-09.txt', line: 26, page: null },
    });
  });

  it('lists nothing for 2013-2014 and only 8 with overdueOnly as of 2015-10-15', () => {
    expect(ok<VigentesList>(listVigentes([seed], { asOf: '2015-10-15', period: '2013-2014' })).vigentes).toEqual([]);
    const overdue = ok<VigentesList>(listVigentes([seed], { asOf: '2015-10-15', overdueOnly: true }));
    expect(overdue.vigentes.map((v) => v.number)).toEqual([8]);
    expect(listVigentes([seed], { asOf: '2015-10-15', period: '1999-2000' })).toMatchObject({ error: { code: 'unknown-period' } });
  });

  it('uses the newest report of a program', () => {
    const list = ok<VigentesList>(listVigentes([september, march], { asOf: '2016-10-15' }));
    expect(list.vigentes.map((v) => v.number)).toEqual([3, 4]);
    expect(list.vigentes[0]).toMatchObject({ dueDate: '2016-12-31', overdue: false, responsibleAreas: ['Gerencia de Desarrollo Forestal'] });
  });
});

describe('aspectDue', () => {
  const activity = (dueDate: string | null, progress: number | null) => ({
    description: null, responsibleArea: null, dueDate, dueDateText: dueDate, expectedResults: null, evidence: null, progress,
    progressText: progress === null ? null : String(progress), proofName: null, proofLocation: null, observations: null, source: {},
  });
  const aspect = (activities: ReturnType<typeof activity>[], average: number | null): Aspect => ({
    number: 1, numberText: '1', text: 'x', average, averageText: null, reportMonth: null, reportMonthText: null, activities, source: {},
  });

  it('takes the latest unfinished due date and counts days from the latest overdue one', () => {
    const a = aspect([activity('2015-01-31', 20), activity('2015-03-31', null), activity('2015-12-31', 100), activity('2016-06-30', 0)], 30);
    expect(aspectDue(a, '2015-04-10')).toEqual({ dueDate: '2016-06-30', overdue: true, daysOverdue: 10 });
    expect(aspectDue(a, '2015-01-31')).toEqual({ dueDate: '2016-06-30', overdue: false, daysOverdue: null });
    expect(aspectDue(a, null)).toEqual({ dueDate: '2016-06-30', overdue: false, daysOverdue: null });
  });

  it('falls back to the latest due date when every activity is finished', () => {
    expect(aspectDue(aspect([activity('2015-01-31', 100), activity('2015-05-31', 100)], 100), '2016-01-01')).toEqual({
      dueDate: '2015-05-31', overdue: false, daysOverdue: null,
    });
  });

  it('property: overdue iff an unfinished activity is due before asOf; days never negative', () => {
    const date = fc.date({ min: new Date('2010-01-01T00:00:00Z'), max: new Date('2020-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.option(date), fc.option(fc.integer({ min: 0, max: 100 }))), { maxLength: 6 }), date, (rows, asOf) => {
        const a = aspect(rows.map(([d, p]) => activity(d, p)), null);
        const due = aspectDue(a, asOf);
        const expected = rows.some(([d, p]) => d !== null && (p === null || p < 100) && d < asOf);
        expect(due.overdue).toBe(expected);
        if (due.overdue) expect(due.daysOverdue).toBeGreaterThan(0);
        else expect(due.daysOverdue).toBeNull();
      }),
    );
  });
});

describe('dates', () => {
  it('validates YYYY-MM-DD calendar dates', () => {
    expect(isIsoDate('2015-10-15')).toBe(true);
    expect(isIsoDate('2016-02-29')).toBe(true);
    expect(isIsoDate('2015-02-29')).toBe(false);
    expect(isIsoDate('31/12/2015')).toBe(false);
    expect(isIsoDate('2015-13-01')).toBe(false);
  });
  it('formats the local date and counts days across month ends', () => {
    expect(localIsoDate(new Date(2015, 9, 5, 23, 59))).toBe('2015-10-05');
    expect(daysBetween('2015-06-30', '2015-10-15')).toBe(107);
    expect(daysBetween('2016-02-28', '2016-03-01')).toBe(2);
  });
});

describe('renderers', () => {
  const report = ok<Report>(buildReport([seed, september], { asOf: '2016-10-15' }));
  const list = ok<VigentesList>(listVigentes([seed, september], { asOf: '2016-10-15' }));

  it('draws progress bars', () => {
    expect(progressBar(50)).toBe('█████░░░░░  50%');
    expect(progressBar(100)).toBe('██████████ 100%');
    expect(progressBar(null)).toBe('░░░░░░░░░░    —');
  });

  it('tables fit 80 columns and colour only through Style', () => {
    const tags: Style = {
      ...plainStyle,
      red: (s) => `<r>${s}</r>`,
      green: (s) => `<g>${s}</g>`,
      yellow: (s) => `<y>${s}</y>`,
    };
    for (const text of [renderReportTable(report, { lang: 'en', style: plainStyle }), renderVigentesTable(list, { lang: 'es', style: plainStyle })]) {
      for (const line of text.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);
    }
    const coloured = renderReportTable(report, { lang: 'en', style: tags });
    expect(coloured).toContain('<g>██████████ 100%</g>');
    expect(coloured).toContain('<r>█░░░░░░░░░  10%</r>');
    expect(coloured).toContain('<y>████████░░  80%</y>');
    expect(renderReportTable(report, { lang: 'en', style: plainStyle })).toContain('8 ASMs · 5 concluded · 3 vigentes · average 79.38%');
  });

  it('CSV is formula-escaped', () => {
    const evil: AsmDocument = structuredClone(september);
    evil.periods[0]!.aspects[3]!.text = '=HYPERLINK("http://x")';
    evil.periods[0]!.aspects[3]!.activities[0]!.responsibleArea = '+Área';
    const vigentes = ok<VigentesList>(listVigentes([evil], { asOf: '2016-10-15' }));
    const rows = Papa.parse<Record<string, string>>(renderVigentesCsv(vigentes).trim(), { header: true }).data;
    expect(rows[1]!.text).toBe('\'=HYPERLINK("http://x")');
    expect(rows[1]!.responsibleAreas).toBe("'+Área");
    const reportRows = Papa.parse<Record<string, string>>(renderReportCsv(ok<Report>(buildReport([evil]))).trim(), { header: true }).data;
    expect(reportRows.map((r) => r.area)).toContain("'+Área");
  });

  it('markdown tables escape pipes', () => {
    const piped: AsmDocument = structuredClone(september);
    piped.periods[0]!.aspects[3]!.text = 'a | b';
    expect(renderVigentesMarkdown(ok<VigentesList>(listVigentes([piped], { asOf: '2016-10-15' })), { lang: 'en', style: plainStyle })).toContain('a \\| b');
    expect(renderReportMarkdown(ok<Report>(buildReport([piped])), { lang: 'en', style: plainStyle })).toContain('a \\| b');
  });

  it('github commands escape data and properties', () => {
    expect(escapeData('100% a\r\nb')).toBe('100%25 a%0D%0Ab');
    expect(escapeProperty('a:b,c%')).toBe('a%3Ab%2Cc%25');
    const text = renderVigentesGithub(list, { lang: 'en', style: plainStyle });
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(list.vigentes.length);
    expect(lines[0]).toMatch(/^::warning file=fixtures\/seed-e006-2015-09\.txt,line=23,title=Vigente ASM E006 2014-2015 #5::/);
    const stdin = renderVigentesGithub({ asOf: '2016-01-01', invalidValueCount: 0, vigentes: [{ ...list.vigentes[0]!, source: { file: '-', line: 3, page: null } }] }, { lang: 'en', style: plainStyle });
    expect(stdin).toMatch(/^::warning title=/);
  });
});
