// Three invented agencies whose reports use other wordings, orders and forms
// (issue 18): 13, 11 and 12 columns, one institutional document, a cut-off
// line instead of Mes y Año, month-name dates, Excel serial dates, activities
// numbered 1.1. Read field by field, through the library and the built CLI.
// tests/expected/agencies.json was checked value by value against the fixtures.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocuments } from '../src/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { fixture, runCli } from './helpers/cli.js';

const EXPECTED = JSON.parse(readFileSync(new URL('./expected/agencies.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const NAMES = Object.keys(EXPECTED);

/** The fields the expected file holds: everything but sources and diagnostics. */
function fieldsOf(document: AsmDocument): unknown {
  return {
    institution: document.institution,
    documentType: document.documentType,
    classification: document.classification,
    reportMonth: document.reportMonth,
    program: document.program,
    periods: document.periods.map((period) => ({
      period: period.period,
      aspects: period.aspects.map((aspect) => ({
        number: aspect.number,
        text: aspect.text,
        average: aspect.average,
        reportMonth: aspect.reportMonth,
        activities: aspect.activities.map(({ source: _source, ...rest }) => ({ ...rest, ...(rest.extra ? { extra: { ...rest.extra } } : {}) })),
      })),
    })),
  };
}

describe('reports of other agencies', () => {
  it.each(NAMES)('%s: every field, through the library', async (name) => {
    const file = fixture('agencies', name);
    const [document] = await parseDocuments(new Uint8Array(readFileSync(file)), { file });
    expect(fieldsOf(document!)).toEqual(EXPECTED[name]);
    expect(document!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it.each(NAMES)('%s: the same through the built CLI, and VALID', (name) => {
    const file = fixture('agencies', name);
    const parsed = runCli(['parse', file, '--no-save', '--format', 'json']);
    expect(parsed.status).toBe(0);
    expect(fieldsOf(JSON.parse(parsed.stdout)[0])).toEqual(EXPECTED[name]);
    expect(runCli(['validate', file]).status).toBe(0);
  });

  it('what issue 18 asked for, one by one', () => {
    const conagua = EXPECTED['conagua-k007-2017-03.txt'] as { reportMonth: string; periods: Array<{ aspects: Array<{ activities: Array<{ dueDate: string; description: string }> }> }> };
    // "Información al 31 de marzo de 2017" gives the report month; "Acciones a realizar" are the activities.
    expect(conagua.reportMonth).toBe('2017-03');
    expect(conagua.periods[0]!.aspects.map((a) => a.activities[0]!.dueDate)).toEqual(['2016-06-30', '2016-09-30', '2016-12-31']);
    const isssp = EXPECTED['isssp-e045-2018-03.txt'] as { documentType: string; reportMonth: string; periods: Array<{ aspects: Array<{ number: number; activities: Array<{ numberText: string }> }> }> };
    expect(isssp.documentType).toBe('Avance del Documento Institucional');
    expect(isssp.reportMonth).toBe('2018-03');
    expect(isssp.periods[0]!.aspects.map((a) => [a.number, a.activities.map((x) => x.numberText)])).toEqual([[1, ['1.1', '1.2']], [2, ['2.1']]]);
    const sep = EXPECTED['sep-s247-2016-09.csv'] as { periods: Array<{ aspects: Array<{ activities: Array<{ dueDate: string; progress: number }> }> }> };
    expect(sep.periods[0]!.aspects.map((a) => [a.activities[0]!.dueDate, a.activities[0]!.progress])).toEqual([['2016-06-30', 100], ['2016-09-30', 45.5]]);
  });
});
