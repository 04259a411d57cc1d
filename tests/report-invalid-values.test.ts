// Values the validator rejects must not count in reports (issue 11, finding 4):
// a printed 120 % does not conclude an ASM, an ASM without a figure is "no
// progress reported", and a period average says how many ASMs it covers.
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../src/parse.js';
import { buildReport, listVigentes, isSelectionFailure } from '../src/core/report.js';
import { invalidProgressValues } from '../src/core/progress.js';
import { validateDocument } from '../src/core/validate.js';
import { readFileSync } from 'node:fs';
import { fixture, runCli } from './helpers/cli.js';

const PROBLEMS = fixture('validate', 'problems.txt');
const WORKING_PAPER = fixture('validate', 'documento-de-trabajo.txt');

async function problems() {
  return parseDocuments(readFileSync(PROBLEMS, 'utf8'), { file: PROBLEMS });
}

describe('invalid progress values in reports', () => {
  it('flags exactly the progress values the validator rejects as errors', async () => {
    const [document] = await problems();
    const fromValidator = validateDocument(document!)
      .filter((d) => d.severity === 'error' && (d.field === 'progress' || d.field === 'average') && d.code !== 'missing-field')
      .map((d) => `${d.aspect}:${d.activity ?? '-'}:${d.field}:${d.code}`)
      .sort();
    const fromReport = document!.periods
      .flatMap((period) => period.aspects.flatMap((aspect) => invalidProgressValues(aspect).map((v) => `${aspect.number}:${v.activity ?? '-'}:${v.field}:${v.code}`)))
      .sort();
    expect(fromReport).toEqual(fromValidator);
    expect(fromReport.length).toBeGreaterThanOrEqual(4);
  });

  it('the library: an ASM printed at 120 % is vigente and marked invalid, and left out of the average', async () => {
    const documents = await problems();
    const report = buildReport(documents, { asOf: '2016-10-01' });
    if (isSelectionFailure(report)) throw new Error('selection failed');
    const period = report.programs[0]!.periods[0]!;
    const third = period.aspects.find((aspect) => aspect.number === 3)!;
    expect(third).toMatchObject({ average: 120, status: 'vigente', progress: 'invalid' });
    expect(third.invalidValues).toEqual([
      { field: 'progress', activity: 1, value: '120', code: 'progress-out-of-range' },
      { field: 'average', activity: null, value: '120.00%', code: 'progress-out-of-range' },
    ]);
    expect(period.aspects.find((aspect) => aspect.number === 16)).toMatchObject({ progress: 'not-reported', status: 'vigente' });
    const counted = period.aspects.filter((aspect) => aspect.progress === 'reported');
    expect(period.averagedCount).toBe(counted.length);
    expect(period.averagedCount).toBe(period.aspectCount - period.invalidCount - period.notReportedCount);
    expect(period.averageProgress).toBeCloseTo(counted.reduce((sum, aspect) => sum + aspect.average!, 0) / counted.length, 10);
    expect(report.invalidValueCount).toBe(4);
    const list = listVigentes(documents, { asOf: '2016-10-01' });
    if (isSelectionFailure(list)) throw new Error('selection failed');
    expect(list.vigentes.map((v) => v.number)).toContain(3);
    expect(list.invalidValueCount).toBe(4);
  });

  it('asm report: not concluded, marked, and a line says how many values were not counted', () => {
    const result = runCli(['report', PROBLEMS, '--as-of', '2016-10-01']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/ {5}3 {2}Publicar indicadores trimestrale… {2}invalid value {4}2016-06-30/);
    expect(result.stdout).toContain('! invalid: activity 1 "120" outside 0–100');
    expect(result.stdout).toMatch(/ {4}16 {2}Revisar el reglamento de afiliac… {2}not reported /);
    expect(result.stdout).toMatch(/\n {2}average over 18 of 22 ASMs · 1 no progress reported · 3 invalid\n/);
    expect(result.stdout).toContain('4 progress values are invalid and not counted (see asm validate).');
    const json = JSON.parse(runCli(['report', PROBLEMS, '--as-of', '2016-10-01', '--format', 'json']).stdout);
    const period = json.programs[0].periods[0];
    expect(period.aspects.find((a: { number: number }) => a.number === 3).status).toBe('vigente');
    expect(period).toMatchObject({ averagedCount: 18, notReportedCount: 1, invalidCount: 3 });
  });

  it('asm vigentes lists the 120 % ASM (exit 1) and says so on stderr for JSON', () => {
    const result = runCli(['vigentes', PROBLEMS, '--as-of', '2016-10-01', '--format', 'json']);
    expect(result.status).toBe(1);
    const third = JSON.parse(result.stdout).vigentes.find((v: { number: number }) => v.number === 3);
    expect(third).toMatchObject({ progress: 'invalid', average: 120 });
    expect(result.stderr).toBe('asm: warning: 4 progress values are invalid and not counted (see asm validate).\n');
    const spanish = runCli(['vigentes', PROBLEMS, '--as-of', '2016-10-01', '--format', 'markdown', '--lang', 'es']);
    expect(spanish.stdout).toContain('| inválido: actividad 1 "120" fuera de 0–100; Promedio "120.00%" fuera de 0–100 |');
  });

  it('a working paper without any progress figure: "no progress reported", no average', () => {
    const result = runCli(['report', WORKING_PAPER, '--as-of', '2016-10-01', '--format', 'markdown']);
    expect(result.stdout).toContain('2 ASMs: 0 concluded, 2 vigentes; average progress —.');
    expect(result.stdout).toContain('The average covers 0 of 2 ASMs: 2 without progress reported, 0 with invalid values (not counted).');
    expect(result.stdout).toMatch(/\| 1 \| Actualizar el manual de cobranza\. \| no progress reported \| vigente/);
  });
});
