// asm diff and history through the library: the four E007 report months of
// fixtures/history (text and CSV), every change kind, the renumbering trap,
// word diffs from jsdiff, regressions and --allow, the timeline, and every
// renderer of the two views with hostile text.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildHistory,
  CHANGE_KINDS,
  compareDocuments,
  diffDocuments,
  isRegression,
  parseDocument,
  plainStyle,
  render,
  formatsOf,
  type AsmDocument,
  type Change,
  type DiffResult,
} from '../src/index.js';
import Papa from 'papaparse';

const load = (name: string): Promise<AsmDocument> => parseDocument(readFileSync(`fixtures/history/${name}`), { file: `fixtures/history/${name}` });
const brief = (result: DiffResult): string[] => result.changes.map((c) => `${c.period} ${c.number} ${c.kind}`);
const env = { lang: 'en' as const, style: { ...plainStyle, width: 100 } };

let m1503: AsmDocument, m1509: AsmDocument, m1509csv: AsmDocument, m1603: AsmDocument, m1609: AsmDocument;
beforeAll(async () => {
  [m1503, m1509, m1509csv, m1603, m1609] = (await Promise.all(
    ['imss-e007-2015-03.txt', 'imss-e007-2015-09.txt', 'imss-e007-2015-09.csv', 'imss-e007-2016-03.txt', 'imss-e007-2016-09.txt'].map(load),
  )) as [AsmDocument, AsmDocument, AsmDocument, AsmDocument, AsmDocument];
});

describe('diffDocuments over the E007 history', () => {
  it('March → September 2015 (text → CSV): concluded, up, down, a due date moved later, a text reworded, an activity added', async () => {
    const result = await diffDocuments(m1503, m1509csv);
    expect(result.schemaVersion).toBe(1);
    expect(result.from).toMatchObject({ program: 'E007', reportMonth: '2015-03', format: 'text' });
    expect(result.to).toMatchObject({ program: 'E007', reportMonth: '2015-09', format: 'csv' });
    expect(brief(result)).toEqual([
      '2014-2015 1 concluded',
      '2014-2015 2 progress-increased',
      '2014-2015 3 progress-decreased',
      '2014-2015 4 due-date-moved',
      '2014-2015 4 progress-increased',
      '2014-2015 5 progress-increased',
      '2014-2015 5 text-changed',
      '2014-2015 6 progress-increased',
      '2014-2015 6 activity-added',
    ]);
    const moved = result.changes.find((c) => c.kind === 'due-date-moved')!;
    expect(moved.direction).toBe('later');
    expect(moved.moves).toEqual([{ description: expect.stringContaining('manual del proceso de supervisión'), from: '2015-12-31', to: '2016-06-30' }]);
    const down = result.changes.find((c) => c.kind === 'progress-decreased')!;
    expect([down.before?.average, down.after?.average]).toEqual([50, 45]);
    expect(result.changes.find((c) => c.kind === 'activity-added')!.activities).toEqual([
      { description: 'Levantar la encuesta en una muestra de guarderías de las 35 delegaciones.', dueDate: '2016-09-30', progress: 20 },
    ]);
  });

  it('the word diff of a changed text is jsdiff’s: the equal and removed parts give the old text, the equal and added parts the new', async () => {
    const change = (await diffDocuments(m1503, m1509)).changes.find((c) => c.kind === 'text-changed')!;
    const words = change.words!;
    expect(words.filter((p) => p.op !== 'added').map((p) => p.text).join('')).toBe(change.before!.text);
    expect(words.filter((p) => p.op !== 'removed').map((p) => p.text).join('')).toBe(change.after!.text);
    expect(words).toContainEqual({ op: 'removed', text: 'objetivo' });
    expect(words).toContainEqual({ op: 'added', text: 'atendida' });
    // compareDocuments alone leaves the word diff to be filled in (no jsdiff load).
    expect(compareDocuments(m1503, m1509).changes.find((c) => c.kind === 'text-changed')!.words).toBeNull();
  });

  it('September 2015 → March 2016: ASM 3 is dropped while vigente and old ASM 4 now numbered 3 is followed by its text', async () => {
    const result = await diffDocuments(m1509csv, m1603);
    expect(brief(result)).toEqual([
      '2015-2016 1 new',
      '2015-2016 2 new',
      '2014-2015 1 dropped-concluded',
      '2014-2015 2 progress-increased',
      '2014-2015 3 dropped-vigente',
      '2014-2015 3 progress-increased',
      '2014-2015 3 renumbered',
      '2014-2015 5 concluded',
      '2014-2015 6 progress-increased',
      '2014-2015 6 activity-added',
    ]);
    const dropped = result.changes.find((c) => c.kind === 'dropped-vigente')!;
    expect(dropped.before).toMatchObject({ number: 3, average: 45, status: 'vigente', dueDate: '2015-09-30' });
    expect(dropped.before!.text).toMatch(/^Revisar los indicadores de Fin y Propósito/);
    expect(dropped.after).toBeNull();
    expect(dropped.source).toEqual({ file: 'fixtures/history/imss-e007-2015-09.csv', line: expect.any(Number), page: null });
    const renumbered = result.changes.find((c) => c.kind === 'renumbered')!;
    expect([renumbered.before!.number, renumbered.after!.number, renumbered.number]).toEqual([4, 3, 3]);
    expect(renumbered.after!.text).toBe(renumbered.before!.text);
    // Followed by text, the renumbered ASM's progress is its own (30 → 45), not the dropped one's (45 → 45).
    const up = result.changes.find((c) => c.kind === 'progress-increased' && c.number === 3)!;
    expect([up.before!.average, up.after!.average]).toEqual([30, 45]);
    expect(result.changes.filter((c) => isRegression(c)).map((c) => c.kind)).toEqual(['dropped-vigente']);
  });

  it('March → September 2016: a due date moved earlier is not a regression, an activity removed, a new ASM, a concluded one gone', async () => {
    const result = await diffDocuments(m1603, m1609);
    expect(brief(result)).toEqual([
      '2015-2016 1 progress-increased',
      '2015-2016 2 text-changed',
      '2015-2016 3 new',
      '2014-2015 2 concluded',
      '2014-2015 3 due-date-moved',
      '2014-2015 3 progress-increased',
      '2014-2015 5 dropped-concluded',
      '2014-2015 6 progress-increased',
      '2014-2015 6 activity-removed',
    ]);
    const moved = result.changes.find((c) => c.kind === 'due-date-moved')!;
    expect(moved.direction).toBe('earlier');
    expect(isRegression(moved)).toBe(false);
    expect(result.changes.some((c) => isRegression(c))).toBe(false);
    expect(result.changes.find((c) => c.kind === 'activity-removed')!.activities![0]!.description).toMatch(/^Levantar la encuesta/);
  });

  it('the three diffs hold every change kind', async () => {
    const kinds = new Set<string>();
    for (const [a, b] of [[m1503, m1509], [m1509, m1603], [m1603, m1609]] as const) for (const c of compareDocuments(a, b).changes) kinds.add(c.kind);
    expect([...kinds].sort()).toEqual([...CHANGE_KINDS].sort());
  });

  it('one report read from text, from CSV and from a reportlab PDF has no change; a report compared with itself neither', async () => {
    expect(compareDocuments(m1509, m1509csv).changes).toEqual([]);
    const pdf = await load('imss-e007-2016-09.pdf');
    expect(pdf.source.format).toBe('pdf');
    expect(compareDocuments(m1609, pdf).changes).toEqual([]);
    expect(brief(compareDocuments(m1603, pdf))).toEqual(brief(compareDocuments(m1603, m1609)));
    expect(compareDocuments(m1603, m1603).changes).toEqual([]);
  });

  it('isRegression: dropped-vigente, progress-decreased and a due date moved later, each unless allowed', () => {
    const base = { program: 'E007', institution: null, period: '2014-2015', number: 1, before: null, after: null, source: { file: 'x', line: null, page: null } };
    const change = (kind: Change['kind'], extra: Partial<Change> = {}): Change => ({ ...base, kind, ...extra });
    expect(isRegression(change('dropped-vigente'))).toBe(true);
    expect(isRegression(change('progress-decreased'))).toBe(true);
    expect(isRegression(change('due-date-moved', { direction: 'later' }))).toBe(true);
    expect(isRegression(change('due-date-moved', { direction: 'earlier' }))).toBe(false);
    expect(isRegression(change('dropped-concluded'))).toBe(false);
    expect(isRegression(change('dropped-vigente'), ['dropped-vigente'])).toBe(false);
    expect(isRegression(change('progress-decreased'), ['dropped-vigente'])).toBe(true);
  });
});

describe('at scale and on hostile text', () => {
  /** A document like `base` whose period 2014-2015 holds `count` ASMs made by `make`. */
  function synthetic(base: AsmDocument, count: number, make: (i: number) => { number: number; text: string; average: number }): AsmDocument {
    const document = structuredClone(base);
    const period = document.periods.find((p) => p.period === '2014-2015')!;
    const template = period.aspects[0]!;
    period.aspects = Array.from({ length: count }, (_, i) => ({ ...structuredClone(template), ...make(i) }));
    return document;
  }

  it('two reports of 20,000 ASMs, every one renumbered: linear matching, in seconds', () => {
    const older = synthetic(m1503, 20_000, (i) => ({ number: i + 1, text: `Aspecto ${i} de la evaluación externa número ${i * 7}`, average: 50 }));
    const newer = synthetic(m1503, 20_000, (i) => ({ number: i + 2, text: `Aspecto ${i} de la evaluación externa número ${i * 7}`, average: 60 }));
    const started = performance.now();
    const result = compareDocuments(older, newer);
    expect(performance.now() - started).toBeLessThan(10_000);
    const kinds = result.changes.filter((c) => c.period === '2014-2015').map((c) => c.kind);
    expect(kinds.filter((k) => k === 'renumbered')).toHaveLength(20_000);
    expect(kinds.filter((k) => k === 'progress-increased')).toHaveLength(20_000);
    expect(kinds.filter((k) => k === 'new' || k.startsWith('dropped'))).toEqual([]);
  });

  it('20,000 ASMs with one same text: still linear', () => {
    const older = synthetic(m1503, 20_000, (i) => ({ number: i + 1, text: 'Mismo texto', average: 50 }));
    const newer = synthetic(m1503, 20_000, (i) => ({ number: 20_000 - i, text: 'Mismo texto', average: 50 }));
    const started = performance.now();
    const result = compareDocuments(older, newer);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.changes.filter((c) => c.period === '2014-2015' && c.kind !== 'renumbered')).toEqual([]);
  });

  it('a word diff of two long unrelated texts is bounded: one removal and one addition', async () => {
    const words = (seed: string): string => Array.from({ length: 30_000 }, (_, i) => `${seed}${(i * 7919) % 30_011}`).join(' ');
    const older = synthetic(m1503, 1, () => ({ number: 1, text: words('a'), average: 10 }));
    const newer = synthetic(m1503, 1, () => ({ number: 1, text: words('b'), average: 10 }));
    const started = performance.now();
    const change = (await diffDocuments(older, newer)).changes.find((c) => c.kind === 'text-changed')!;
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(change.words).toEqual([
      { op: 'removed', text: older.periods[0]!.aspects[0]!.text },
      { op: 'added', text: newer.periods[0]!.aspects[0]!.text },
    ]);
  });
});

describe('buildHistory', () => {
  it('one row per period and report month, in month order, with the due dates moved since the month before', () => {
    const history = buildHistory([m1609, m1503, m1603, m1509csv]);
    const rows = history.rows.filter((row) => row.period === '2014-2015');
    expect(rows.map((r) => [r.reportMonth, r.aspectCount, r.concludedCount, r.vigenteCount, r.dueDatesMoved])).toEqual([
      ['2015-03', 6, 0, 6, null],
      ['2015-09', 6, 1, 5, 1],
      ['2016-03', 4, 1, 3, 0],
      ['2016-09', 3, 1, 2, 1],
    ]);
    expect(rows.map((r) => r.averageProgress)).toEqual([30, expect.closeTo(51.667, 2), expect.closeTo(62.08, 2), 80]);
    expect(history.rows.filter((row) => row.period === '2015-2016').map((r) => r.reportMonth)).toEqual(['2016-03', '2016-09']);
    expect(buildHistory([m1503], { program: 'E006' }).rows).toEqual([]);
    // Two sources of one month: one row, from the first given.
    const twice = buildHistory([m1503, m1509csv, m1509], { period: '2014-2015' }).rows;
    expect(twice.map((r) => [r.reportMonth, r.file])).toEqual([
      ['2015-03', 'fixtures/history/imss-e007-2015-03.txt'],
      ['2015-09', 'fixtures/history/imss-e007-2015-09.csv'],
    ]);
    expect(buildHistory([m1503, m1509], { period: '2014-2015' }).rows).toHaveLength(2);
  });
});

describe('the diff and history views', () => {
  it('are registered with the formats the CLI offers', () => {
    expect(formatsOf('diff')).toEqual(['table', 'json', 'csv', 'markdown', 'github', 'xlsx', 'junit', 'html']);
    expect(formatsOf('history')).toEqual(['table', 'json', 'csv', 'markdown', 'html']);
  });

  it('render every format of a real diff', async () => {
    const result = await diffDocuments(m1509csv, m1603);
    const table = String(await render('diff', 'table', result, env));
    expect(table).toContain('dropped while vigente  45% → gone (was due 2015-09-30)');
    expect(table).toMatch(/ !3 {2}dropped while vigente/);
    expect(table).toContain('renumbered');
    expect(table).toContain('10 changes · regressions: 1');
    const es = String(await render('diff', 'table', result, { ...env, lang: 'es' }));
    expect(es).toContain('desaparece vigente');
    expect(es).toContain('retrocesos: 1');
    expect(JSON.parse(String(await render('diff', 'json', result, env)))).toEqual(JSON.parse(JSON.stringify(result)));
    const csv = Papa.parse<Record<string, string>>(String(await render('diff', 'csv', result, env)), { header: true, skipEmptyLines: true });
    expect(csv.data).toHaveLength(10);
    expect(csv.data.find((row) => row.kind === 'dropped-vigente')).toMatchObject({ number: '3', regression: 'true', beforeAverage: '45', afterAverage: '' });
    const markdown = String(await render('diff', 'markdown', result, env));
    expect(markdown).toContain('| 3 | ⚠ dropped while vigente | `dropped-vigente` |');
    const github = String(await render('diff', 'github', result, env)).trimEnd().split('\n');
    expect(github).toEqual([expect.stringMatching(/^::error file=fixtures\/history\/imss-e007-2015-09\.csv,line=\d+,title=dropped-vigente%3A E007 2014-2015 ASM 3::dropped while vigente/)]);
  });

  it('escape hostile text in every format', async () => {
    const hostile = structuredClone(m1609);
    const aspect = hostile.periods.find((p) => p.period === '2014-2015')!.aspects.find((a) => a.number === 2)!;
    aspect.text = '=HYPERLINK("http://x") \u001b[2J| **negrita** <b>\n# título';
    const result = await diffDocuments(m1603, hostile);
    expect(result.changes.some((c) => c.kind === 'text-changed' && c.number === 2)).toBe(true);
    const table = String(await render('diff', 'table', result, env));
    expect(table).not.toContain('\u001b');
    expect(table).toContain('␛[2J');
    const markdown = String(await render('diff', 'markdown', result, env));
    expect(markdown).toContain('\\*\\*negrita\\*\\*');
    expect(markdown).toContain('\\<b\\>');
    expect(markdown).toContain('\\|');
    expect(markdown.split('\n').some((line) => line.startsWith('# título'))).toBe(false);
    const csv = String(await render('diff', 'csv', result, env));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")`);
    const json = String(await render('diff', 'json', result, env));
    expect(json).not.toContain('\u001b');
  });

  it('history: a sparkline per program and period in the table; json and csv rows', async () => {
    const history = buildHistory([m1503, m1509, m1603, m1609]);
    const table = String(await render('history', 'table', history, env));
    expect(table).toContain('Period 2014-2015  ▃▅▅▇  average progress 30.00% → 80.00%');
    expect(table).toMatch(/2015-09 +6 +1 +5 +51\.67% +1/);
    expect(JSON.parse(String(await render('history', 'json', history, env))).rows).toHaveLength(history.rows.length);
    const csv = Papa.parse<Record<string, string>>(String(await render('history', 'csv', history, env)), { header: true, skipEmptyLines: true });
    expect(csv.data[0]).toMatchObject({ program: 'E007', period: '2015-2016', reportMonth: '2016-03', aspectCount: '2', dueDatesMoved: '0' });
    expect(String(await render('history', 'markdown', history, { ...env, lang: 'es' }))).toContain('| Programa | Periodo | Mes |');
  });
});
