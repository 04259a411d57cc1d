// `asm diff --format junit|html` and `asm report --history --format html`:
// the CI and publishing formats of issues 15 and 17 for the views of issue 14.
// The JUnit is read back by an XML parser (failures are exactly the
// regressions that make the exit code 1, --allow included); the pages are
// self-contained, locked by the same CSP as the report page, escape a hostile
// text change, and their charts carry the figures of their tables.
// tests/browser/ opens the same pages in Chromium.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { buildHistory, diffDocuments, type DiffResult } from '../src/core/diff.js';
import { renderDiffJunit } from '../src/render/diff/junit.js';
import { renderDiffHtml } from '../src/render/html/diff.js';
import { renderHistoryHtml } from '../src/render/html/history.js';
import { renderDiffJson } from '../src/render/diff/json.js';
import { plainStyle } from '../src/render/style.js';
import { VIEWS_TEXT } from '../src/text/views.js';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const env = (lang: 'en' | 'es' = 'en') => ({ lang, style: plainStyle });
const load = (...parts: string[]): AsmDocument => parseText(readFileSync(fixture(...parts), 'utf8'), { file: parts[parts.length - 1]! });
const MONTHS = ['2015-03.txt', '2015-09.txt', '2016-03.txt', '2016-09.txt'];
const HOSTILE = ['hostile-s099-2016-09.txt', 'hostile-s099-2017-03.txt'];

/** A folder with the four E007 reports and the two hostile S099 reports. */
function workspace(): string {
  const cwd = tempDir();
  for (const name of MONTHS) copyFileSync(fixture('history', `imss-e007-${name}`), join(cwd, name));
  for (const name of HOSTILE) copyFileSync(fixture('html', name), join(cwd, name));
  return cwd;
}

// ------------------------------------------------------------------ JUnit

interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: string;
  failure?: { type: string; message: string; '#text': string };
  'system-out'?: string;
  skipped?: unknown;
}
interface Parsed {
  testsuites: {
    name: string;
    tests: string;
    failures: string;
    testsuite: Array<{ name: string; tests: string; failures: string; file?: string; properties: { property: Array<{ name: string; value: string }> }; testcase: TestCase[] }>;
  };
}

function parseJunit(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
  });
  return parser.parse(xml.replace(/^\uFEFF/, '')) as Parsed;
}

describe('asm diff --format junit', () => {
  it('one suite for the pair, one case per change; the regressions are the failures, the rest pass with their detail', async () => {
    const result = await diffDocuments(load('history', 'imss-e007-2015-03.txt'), load('history', 'imss-e007-2015-09.txt'));
    const parsed = parseJunit(renderDiffJunit(result, env()));
    const suites = parsed.testsuites.testsuite;
    expect(suites).toHaveLength(1);
    const [suite] = suites as [(typeof suites)[number]];
    expect(suite.name).toBe('E007 · Instituto Mexicano del Seguro Social: 2015-03 (imss-e007-2015-03.txt) → 2015-09 (imss-e007-2015-09.txt)');
    expect(suite.testcase).toHaveLength(result.changes.length);
    expect(suite.testcase.map((c) => c.classname.split(' ').pop())).toEqual(result.changes.map((c) => c.kind));
    const failed = suite.testcase.filter((c) => c.failure);
    expect(failed.map((c) => c.failure!.type)).toEqual(['progress-decreased', 'due-date-moved']);
    expect(failed[0]!.failure!.message).toBe('progress down: 50% → 45%');
    expect(failed[1]!.failure!['#text']).toContain('from 2015-03: 10% · 2015-12-31\nto 2015-09: 30% · 2016-06-30');
    expect([suite.failures, parsed.testsuites.failures, parsed.testsuites.tests]).toEqual(['2', '2', '9']);
    // Passing cases carry what changed in system-out, not a skip.
    for (const c of suite.testcase.filter((c) => !c.failure)) {
      expect(c.skipped).toBeUndefined();
      expect(c['system-out']).toMatch(/^[a-z ]+ \([a-z-]+\): /);
    }
    const text = suite.testcase.find((c) => c.classname.endsWith('text-changed'))!;
    expect(text['system-out']).toContain('[-objetivo-]{+atendida+}');
    expect([text.file, text.line]).toEqual(['imss-e007-2015-09.txt', '15']);
    expect(suite.properties.property).toContainEqual({ name: 'from-report-month', value: '2015-03' });
  });

  it('an allowed regression passes and says why; the JSON contract does not gain the allowed list', async () => {
    const result: DiffResult = {
      ...(await diffDocuments(load('history', 'imss-e007-2015-03.txt'), load('history', 'imss-e007-2015-09.txt'))),
      allowed: ['progress-decreased'],
    };
    const suite = parseJunit(renderDiffJunit(result, env('es'))).testsuites.testsuite[0]!;
    expect(suite.testcase.filter((c) => c.failure).map((c) => c.failure!.type)).toEqual(['due-date-moved']);
    const allowed = suite.testcase.find((c) => c.classname.endsWith('progress-decreased'))!;
    expect(allowed['system-out']).toContain('un retroceso, permitido con --allow progress-decreased');
    expect(suite.properties.property).toContainEqual({ name: 'allowed', value: 'progress-decreased' });
    expect(JSON.parse(renderDiffJson(result))).not.toHaveProperty('allowed');
  });

  it('through the CLI: exit 1 with failures, exit 0 and no failure when --allow covers them', () => {
    const cwd = workspace();
    const failing = runCli(['diff', '2015-03.txt', '2015-09.txt', '--format', 'junit'], { cwd });
    expect(failing.status).toBe(1);
    expect(failing.stderr).toBe('');
    expect(parseJunit(failing.stdout).testsuites.failures).toBe('2');
    const allowed = runCli(['diff', '2015-03.txt', '2015-09.txt', '--format', 'junit', '--allow', 'progress-decreased,due-date-moved'], { cwd });
    expect(allowed.status).toBe(0);
    const parsed = parseJunit(allowed.stdout);
    expect(parsed.testsuites.failures).toBe('0');
    expect(parsed.testsuites.testsuite[0]!.testcase).toHaveLength(9);
    // The JSON of the same run has no trace of --allow.
    const json = runCli(['diff', '2015-03.txt', '2015-09.txt', '--format', 'json', '--allow', 'progress-decreased'], { cwd });
    expect(Object.keys(JSON.parse(json.stdout))).toEqual(['schemaVersion', 'from', 'to', 'changes']);
  });

  it('no change: one passing case, so the report shows the pair was compared', () => {
    const cwd = workspace();
    const result = runCli(['diff', '2015-03.txt', '2015-03.txt', '--format', 'junit'], { cwd });
    expect(result.status).toBe(0);
    const suite = parseJunit(result.stdout).testsuites.testsuite[0]!;
    expect(suite.testcase).toHaveLength(1);
    expect(suite.testcase[0]!.name).toBe('no changes between the two reports');
    expect([suite.tests, suite.failures]).toEqual(['1', '0']);
  });

  it('a hostile text change is XML-escaped: markup stays text, controls never reach the XML', () => {
    const result = runCli(['diff', ...HOSTILE, '--format', 'junit'], { cwd: workspace() });
    expect(result.status).toBe(1);
    expect(result.stdout).not.toMatch(/<script|<b>|\u001b|]]>/);
    const suite = parseJunit(result.stdout).testsuites.testsuite[0]!;
    expect(suite.name).toContain('Instituto <b>Hostil</b> & Asociados');
    const text = suite.testcase.find((c) => c.classname.endsWith('text-changed'))!;
    expect(text['system-out']).toContain('{+y <b>depurar</b> +}el padrón{+ & "beneficiarios" ]]>');
    expect(text.name).toContain('<script>window.__pwned = [-1-]{+9+}</script>');
    const failure = suite.testcase.find((c) => c.failure)!.failure!;
    expect(failure.type).toBe('progress-decreased');
    expect(failure['#text']).toContain('ASM 1: <script>window.__pwned = 9</script>Publicar y <b>depurar</b>');
  });
});

// ------------------------------------------------------------------ HTML

/** What a page would load or leave: a tag with an attribute that fetches or navigates. */
const FETCHING = /<[a-z][^>]*\s(?:src|href|srcset|action|formaction|poster|data|xlink:href|background)\s*=/i;
const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const inline = (html: string, tag: string): string[] => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);

function expectSelfContained(html: string): void {
  expect(html.replace(/^\uFEFF/, '').startsWith('<!DOCTYPE html>')).toBe(true);
  expect(html).not.toMatch(FETCHING);
  expect(html).not.toMatch(/<(?:link|img|iframe|object|embed|base|form|script)\b/i);
  expect(inline(html, 'style').join('')).not.toMatch(/url\(|@import/i);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  expect(csp).toContain("default-src 'none'");
  const styles = inline(html, 'style');
  expect(styles).toHaveLength(1);
  expect(csp).toContain(`style-src ${hash(styles[0]!)}`);
}

/** The figures of the chart's points (per series) and of the table beside it (per row), in order. */
function chartAndTable(section: string): { points: string[][]; table: string[][] } {
  const points: string[][] = [];
  for (const m of section.matchAll(/<circle class="point" data-series="(\d+)" data-value="([^"]+)"/g)) (points[Number(m[1])] ??= []).push(`${m[2]}`);
  const body = /<table class="numbers timeline-table">[\s\S]*?<tbody>([\s\S]*?)<\/tbody>/.exec(section)![1]!;
  const table = [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<td class="num">([^<]*)<\/td>/g)].map((cell) => cell[1]!));
  return { points, table };
}

describe('asm diff --format html', () => {
  it('groups the changes by kind, before → after, and draws each progress at the figures of its table', async () => {
    const html = renderDiffHtml(await diffDocuments(load('history', 'imss-e007-2015-03.txt'), load('history', 'imss-e007-2015-09.txt')), env());
    expectSelfContained(html);
    expect([...html.matchAll(/<section id="kind-([a-z-]+)"/g)].map((m) => m[1])).toEqual([
      'concluded',
      'progress-increased',
      'progress-decreased',
      'due-date-moved',
      'activity-added',
      'text-changed',
    ]);
    expect(html).toContain('<h2>⚠ progress down (1)</h2>');
    expect(html).toContain('<del class="word">objetivo</del><ins class="word">atendida</ins>');
    const { points, table } = chartAndTable(/<section id="progress">[\s\S]*?<\/section>/.exec(html)![0]);
    expect(table).toEqual([
      ['40%', '100%'],
      ['20%', '35%'],
      ['50%', '45%'],
      ['10%', '30%'],
      ['60%', '80%'],
      ['0%', '20%'],
    ]);
    expect(points.map((series) => series.map((value) => `${value}%`))).toEqual(table);
  });

  it('escapes a hostile text change: its word diff is marked, its markup is text (library and CLI)', async () => {
    const cwd = workspace();
    const result = runCli(['diff', ...HOSTILE, '--format', 'html', '-o', 'cambios.html', '--lang', 'es'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('asm: escrito cambios.html\n');
    const library = renderDiffHtml(await diffDocuments(load('html', HOSTILE[0]!), load('html', HOSTILE[1]!)), env('es'));
    for (const html of [readFileSync(join(cwd, 'cambios.html'), 'utf8'), library]) {
      expectSelfContained(html);
      expect(html).not.toMatch(/<script|<b>|<img|<svg onload|\u001b/i);
      expect(html).toContain('&lt;script&gt;window.__pwned = <del class="word">1</del><ins class="word">9</ins>&lt;/script&gt;');
      expect(html).toContain('<ins class="word">y &lt;b&gt;depurar&lt;/b&gt; </ins>');
      expect(html).toContain('&amp; &quot;beneficiarios&quot; ]]&gt;');
      expect(html).toContain('Instituto &lt;b&gt;Hostil&lt;/b&gt; &amp; Asociados');
      expect(html).toContain('<title>Cambios entre dos reportes de seguimiento</title>');
    }
  });

  it('no change: a page that says so', () => {
    const cwd = workspace();
    const result = runCli(['diff', '2016-03.txt', '2016-03.txt', '--format', 'html'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<p>No changes between the two reports.</p>');
    expectSelfContained(result.stdout);
  });
});

describe('asm report --history --format html', () => {
  it('one chart per program: a line per period across the report months, the figures of the table beside it', () => {
    const cwd = workspace();
    const result = runCli(['report', '--history', ...MONTHS, '--format', 'html', '-o', 'historia.html'], { cwd });
    expect(result.status).toBe(0);
    const html = readFileSync(join(cwd, 'historia.html'), 'utf8');
    expectSelfContained(html);
    expect(html).toContain('<dt>Report months</dt><dd>2015-03<br>2015-09<br>2016-03<br>2016-09</dd>');
    const { points, table } = chartAndTable(html);
    // Periods newest first; 2013-2014 has no ASM (a statement) and so no point.
    expect(table).toEqual([
      ['', '', '5%', '18.33%'],
      ['30%', '51.67%', '62.08%', '80%'],
      ['—', '—', '—', '—'],
    ]);
    const rounded = (value: string): string => `${Math.round(Number(value) * 100) / 100}%`;
    expect(points.map((series) => series.map(rounded))).toEqual([['5%', '18.33%'], ['30%', '51.67%', '62.08%', '80%']]);
    expect(html).toMatch(/<tr><td>2014-2015<\/td><td>2015-09<\/td><td class="num">6<\/td><td class="num">1<\/td><td class="num">5<\/td><td class="num">51.67%<\/td><td class="num">1<\/td>/);
  });

  it('escapes a hostile program and institution, in Spanish', () => {
    const html = renderHistoryHtml(buildHistory(HOSTILE.map((name) => load('html', name))), env('es'));
    expectSelfContained(html);
    expect(html).not.toMatch(/<script|<b>/i);
    expect(html).toContain('S099 Programa &lt;script&gt;window.__pwned = 7&lt;/script&gt; de prueba · Instituto &lt;b&gt;Hostil&lt;/b&gt; &amp; Asociados');
    expect(html).toContain('<title>Avance promedio por mes de reporte</title>');
  });

  it('nothing matched: a page that says so', () => {
    expect(renderHistoryHtml({ rows: [] }, env())).toContain('<p>Nothing to show: no report matched.</p>');
  });
});

describe('the words of these views', () => {
  it('exist in Spanish and English, with the same keys and kinds of value', () => {
    const shape = (lang: 'en' | 'es') => Object.entries(VIEWS_TEXT[lang]).map(([key, value]) => `${key}:${typeof value}`).sort();
    expect(shape('es')).toEqual(shape('en'));
    expect(VIEWS_TEXT.es.diffTitle).not.toBe(VIEWS_TEXT.en.diffTitle);
  });
});
