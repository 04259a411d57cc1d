// The seed (IMSS, E006, September 2015) against an expected JSON reviewed cell
// by cell against fixtures/seed-e006-2015-09.txt.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/index.js';
import type { AsmDocument } from '../src/index.js';
import { fixture, ROOT } from './helpers/cli.js';

const expected = JSON.parse(readFileSync(`${ROOT}/tests/expected/seed-e006-2015-09.json`, 'utf8'));

/** The document without provenance details that the expected file leaves out. */
function comparable(document: AsmDocument): unknown {
  return {
    title: document.title,
    institution: document.institution,
    documentType: document.documentType,
    classification: document.classification,
    program: document.program,
    reportMonth: document.reportMonth,
    periods: document.periods.map((period) => ({
      period: period.period,
      statement: period.statement,
      aspects: period.aspects.map(({ source, activities, ...aspect }) => ({
        ...aspect,
        activities: activities.map(({ source: _source, ...activity }) => activity),
        lines: source.lines,
      })),
    })),
  };
}

async function parseFixture(name: string): Promise<AsmDocument> {
  const path = fixture(name);
  return parseDocument(readFileSync(path), { file: path });
}

describe('seed document', () => {
  it('matches the hand-reviewed expected records, field by field', async () => {
    const document = await parseFixture('seed-e006-2015-09.txt');
    expect(comparable(document)).toEqual(expected);
  });

  it('has five periods; 2014-2015 holds ASMs 1–8 with their progress', async () => {
    const document = await parseFixture('seed-e006-2015-09.txt');
    expect(document.periods.map((p) => p.period)).toEqual(['2014-2015', '2013-2014', '2012-2013', '2011-2012', '2010-2011']);
    const aspects = document.periods[0]!.aspects;
    expect(aspects.map((a) => a.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(aspects.map((a) => a.activities[0]!.progress)).toEqual([100, 100, 100, 100, 35, 90, 100, 10]);
    for (const period of document.periods.slice(1)) {
      expect(period.aspects).toEqual([]);
      expect(period.statement).toMatch(/^No se identificaron aspectos susceptibles de mejora vigentes/);
    }
  });

  it('realigns line 24 into ASM 5: due date, progress, average, observations in order', async () => {
    const document = await parseFixture('seed-e006-2015-09.txt');
    const asm5 = document.periods[0]!.aspects[4]!;
    expect(asm5.activities[0]!.dueDate).toBe('2015-12-31');
    expect(asm5.average).toBe(35);
    const observations = asm5.activities[0]!.observations!;
    const line23 = observations.indexOf('Con base en las recomendaciones');
    const line24 = observations.indexOf('considerado actualizar');
    const line25 = observations.indexOf('En ellos se establece');
    expect(line23).toBe(0);
    expect(line24).toBeGreaterThan(line23);
    expect(line25).toBeGreaterThan(line24);
    expect(asm5.activities[0]!.source.fields?.observations).toEqual([23, 24, 25]);
  });

  it('merges the continuation after the page break into ASM 4 (line 22)', async () => {
    const document = await parseFixture('seed-e006-2015-09.txt');
    const asm4 = document.periods[0]!.aspects[3]!;
    expect(asm4.activities[0]!.observations).toMatch(/actos sustantivos" \(ACTIVIDAD 2\)\.$/);
    expect(asm4.source.lines).toEqual([19, 22]);
  });

  it('reports one cell-realigned warning per moved cell of line 24', async () => {
    const document = await parseFixture('seed-e006-2015-09.txt');
    expect(document.diagnostics.map((d) => [d.line, d.aspect, d.field, d.code, d.value])).toEqual([
      [24, 5, 'responsibleArea', 'cell-realigned', expect.stringMatching(/^lel establecido/)],
      [24, 5, 'dueDate', 'cell-realigned', '31/12/2015'],
      [24, 5, 'expectedResults', 'cell-realigned', '2015'],
      [24, 5, 'progress', 'cell-realigned', '35'],
      [24, 5, 'observations', 'cell-realigned', expect.stringMatching(/^considerado actualizar/)],
      [24, 5, 'average', 'cell-realigned', '35.00%'],
    ]);
    expect(document.diagnostics.every((d) => d.severity === 'warning' && d.period === '2014-2015')).toBe(true);
  });

  it('records the source, header and metadata', async () => {
    const document = await parseFixture('seed-e006-2015-09.txt');
    expect(document.schemaVersion).toBe(1);
    expect(document.source.format).toBe('text');
    expect(document.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(document.columns.map((c) => c.key)).toEqual([
      'number', 'text', 'description', 'responsibleArea', 'dueDate', 'expectedResults', 'evidence',
      'progress', 'proofName', 'proofLocation', 'observations', 'reportMonth', 'average',
    ]);
  });

  it('parses the same records from Windows-1252 with CRLF', async () => {
    const utf8 = await parseFixture('seed-e006-2015-09.txt');
    const cp1252 = await parseFixture('seed-e006-2015-09.cp1252-crlf.txt');
    expect(readFileSync(fixture('seed-e006-2015-09.cp1252-crlf.txt')).includes(0xe9)).toBe(true); // é in one byte
    expect(comparable(cp1252)).toEqual(comparable(utf8));
    expect(cp1252.title).toContain('ESPECÍFICOS');
  });
});
