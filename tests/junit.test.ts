// --format junit (issue 17): what GitLab, Jenkins and Azure Pipelines read as
// a test report, read back here by an XML parser. The seed and a report with
// errors through the built CLI; a hostile document through the CLI and through
// the renderers; the escaping functions on their own.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './helpers/cli.js';
import { parseDocuments } from '../src/parse.js';
import { isSelectionFailure, listVigentes, type VigentesList } from '../src/core/report.js';
import { validateDocuments } from '../src/core/validation.js';
import { renderValidationJunit } from '../src/render/validation/junit.js';
import { renderVigentesJunit } from '../src/render/vigentes/junit.js';
import { plainStyle } from '../src/render/style.js';
import { xmlAttribute, xmlChars, xmlText } from '../src/render/xml.js';

const SEED = fixture('seed-e006-2015-09.txt');
const PROBLEMS = fixture('validate', 'problems.txt');
const AS_OF = ['--as-of', '2015-10-15'];

// Characters XML 1.0 does not allow anywhere in a document, even as references.
const XML_FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

interface Failure {
  type: string;
  message: string;
  '#text': string;
}
interface TestCase {
  name: string;
  classname: string;
  file?: string;
  line?: string;
  failure?: Failure;
  skipped?: { message: string };
}
interface TestSuite {
  name: string;
  tests: string;
  failures: string;
  errors: string;
  skipped: string;
  file?: string;
  properties?: { property: Array<{ name: string; value: string }> };
  testcase?: TestCase[];
}
interface Junit {
  testsuites: { name: string; tests: string; failures: string; errors: string; skipped: string; testsuite?: TestSuite[] };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  htmlEntities: true,
  isArray: (name) => ['testsuite', 'testcase', 'property'].includes(name),
});

/** Well-formed, only characters XML allows, and parsed. */
function readJunit(xml: string): Junit {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n')).toBe(true);
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).not.toMatch(XML_FORBIDDEN);
  return parser.parse(xml) as Junit;
}

const cases = (suite: TestSuite): TestCase[] => suite.testcase ?? [];

describe('asm vigentes --format junit', () => {
  it('the seed: one suite, one case per ASM, the three vigentes fail with due date and days overdue', () => {
    const result = runCli(['vigentes', SEED, ...AS_OF, '--format', 'junit']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('');
    const junit = readJunit(result.stdout);
    expect(junit.testsuites).toMatchObject({ name: 'asm vigentes', tests: '8', failures: '3', errors: '0', skipped: '0' });
    const [suite, ...others] = junit.testsuites.testsuite!;
    expect(others).toEqual([]);
    expect(suite).toMatchObject({ name: SEED, tests: '8', failures: '3', file: SEED });
    expect(suite!.properties!.property).toEqual([
      { name: 'as-of', value: '2015-10-15' },
      { name: 'program', value: 'E006' },
      { name: 'institution', value: 'Instituto Mexicano del Seguro Social' },
      { name: 'report-month', value: '2015-09' },
    ]);
    expect(cases(suite!).map((c) => [c.name.slice(0, 16), c.line, c.failure?.type ?? 'pass'])).toEqual([
      ['2014-2015 ASM 1:', '12', 'pass'],
      ['2014-2015 ASM 2:', '15', 'pass'],
      ['2014-2015 ASM 3:', '16', 'pass'],
      ['2014-2015 ASM 4:', '19', 'pass'],
      ['2014-2015 ASM 5:', '23', 'vigente'],
      ['2014-2015 ASM 6:', '26', 'vigente'],
      ['2014-2015 ASM 7:', '29', 'pass'],
      ['2014-2015 ASM 8:', '30', 'overdue'],
    ]);
    for (const c of cases(suite!)) expect(c).toMatchObject({ classname: 'E006 2014-2015', file: SEED });
    const asm8 = cases(suite!)[7]!.failure!;
    expect(asm8.message).toBe('ASM 8 overdue: 10%; due 2015-06-30, 107 days overdue');
    expect(asm8['#text']).toContain(`${SEED}:30\nas of 2015-10-15`);
    expect(cases(suite!)[4]!.failure!.message).toBe('ASM 5 vigente: 35%; due 2015-12-31');
  });

  it('--overdue: the ASMs not overdue pass; in Spanish with --lang es', () => {
    const result = runCli(['vigentes', SEED, ...AS_OF, '--overdue', '--format', 'junit', '--lang', 'es']);
    expect(result.status).toBe(1);
    const suite = readJunit(result.stdout).testsuites.testsuite![0]!;
    expect(suite).toMatchObject({ tests: '8', failures: '1' });
    expect(cases(suite).filter((c) => c.failure).map((c) => c.failure!.message)).toEqual(['ASM 8 atrasado: 10%; término 2015-06-30, 107 días de atraso']);
  });

  it('nothing vigente: every case passes and the exit code is 0', () => {
    const result = runCli(['vigentes', SEED, '--as-of', '2015-10-15', '--period', '2013-2014', '--format', 'junit']);
    expect(result.status).toBe(0);
    expect(readJunit(result.stdout).testsuites).toMatchObject({ tests: '0', failures: '0' });
  });

  it('one suite per document, each with its own cases', () => {
    const other = fixture('report', 'conafor-s219-2016-09.txt');
    const result = runCli(['vigentes', SEED, other, '--as-of', '2017-01-01', '--format', 'junit']);
    const suites = readJunit(result.stdout).testsuites.testsuite!;
    expect(suites.map((s) => s.name)).toEqual([SEED, other]);
    expect(suites.map((s) => s.properties!.property.find((p) => p.name === 'program')!.value)).toEqual(['E006', 'S219']);
    for (const suite of suites) expect(cases(suite).every((c) => c.file === suite.name)).toBe(true);
  });
});

describe('asm validate --format junit', () => {
  it('a report with errors: a failure per error (type = code), a skipped case per warning, exit 1', () => {
    const result = runCli(['validate', PROBLEMS, '--format', 'junit']);
    expect(result.status).toBe(1);
    const junit = readJunit(result.stdout);
    expect(junit.testsuites).toMatchObject({ name: 'asm validate', tests: '24', failures: '14', errors: '0', skipped: '10' });
    const suite = junit.testsuites.testsuite![0]!;
    expect(suite).toMatchObject({ name: PROBLEMS, tests: '24', failures: '14', skipped: '10', file: PROBLEMS });
    const first = cases(suite)[0]!;
    expect(first).toMatchObject({ name: 'line 11 · ASM 1 · dueDate · invalid-date', classname: PROBLEMS, file: PROBLEMS, line: '11' });
    expect(first.failure).toMatchObject({ type: 'invalid-date', message: 'Due date "31/02/2016" is not a valid calendar date (expected dd/mm/yyyy)' });
    expect(first.failure!['#text']).toContain(`${PROBLEMS}:11\n2015-2016 ASM 1 · dueDate\nvalue: 31/02/2016`);
    const warning = cases(suite).find((c) => c.name.endsWith('broken-url'))!;
    expect(warning.failure).toBeUndefined();
    expect(warning.skipped!.message).toMatch(/^warning: does not fail the run without --strict · broken-url: URL looks broken/);
    // The JSON and the JUnit count the same findings.
    const json = JSON.parse(runCli(['validate', PROBLEMS, '--format', 'json']).stdout);
    expect(json.stats).toEqual({ documents: 1, errors: 14, warnings: 10 });
    expect(json).not.toHaveProperty('strict');
  });

  it('--strict: warnings are failures too, as the exit code says', () => {
    const result = runCli(['validate', SEED, '--strict', '--format', 'junit']);
    expect(result.status).toBe(1);
    expect(readJunit(result.stdout).testsuites).toMatchObject({ tests: '16', failures: '16', skipped: '0' });
    const relaxed = runCli(['validate', SEED, '--format', 'junit']);
    expect(relaxed.status).toBe(0);
    expect(readJunit(relaxed.stdout).testsuites).toMatchObject({ tests: '16', failures: '0', skipped: '16' });
  });

  it('a document without diagnostics is one passing case', () => {
    const result = runCli(['validate', SEED, '--ignore', 'cell-realigned,broken-url,area-name-variant,possible-truncation,implausible-area,proof-not-available,stray-fragment,proof-incomplete', '--format', 'junit']);
    const junit = readJunit(result.stdout);
    expect(result.status).toBe(0);
    expect(cases(junit.testsuites.testsuite![0]!)).toEqual([{ name: 'no problems found', classname: SEED, file: SEED }]);
  });

  it('--output writes the same XML to a file', () => {
    const dir = tempDir();
    const out = join(dir, 'asm.xml');
    const result = runCli(['validate', PROBLEMS, '--format', 'junit', '-o', out, '--no-bom'], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(runCli(['validate', PROBLEMS, '--format', 'junit']).stdout);
  });
});

// A document whose every text tries to break out of the XML: markup, entities, quotes, a CDATA end, controls.
const HEADER = 'Institución;Clave del Programa;Nombre del Programa;Mes del Reporte;Periodo;No.;Aspecto Susceptible de Mejora;Actividades;Área Responsable;Fecha de Término;% de Avance';
const HOSTILE_TEXT = `<![CDATA[x]]> </failure><testcase name="pwned"/> & &amp; "comillas" 'apóstrofo' <script>`;
const HOSTILE_ROW = ['IMSS & <Asociados>', 'E006', 'Recaudación "eficiente"', '2016-09', '2015-2016', '1', `"${HOSTILE_TEXT.replace(/"/g, '""')}"`, 'Actividad <b>', 'Coordinación & Cobranza', '30/06/2016', '50'].join(';');

describe('every text of a hostile document is escaped', () => {
  it('through the CLI: the texts read back exactly, no element is injected', () => {
    const dir = tempDir();
    const name = `inf<o>rme & "x" 'y'\u001b[2J.csv`;
    writeFileSync(join(dir, name), `${HEADER}\n${HOSTILE_ROW}\n`);
    const vigentes = runCli(['vigentes', name, '--as-of', '2016-10-01', '--format', 'junit'], { cwd: dir });
    expect(vigentes.status).toBe(1);
    const junit = readJunit(vigentes.stdout);
    const suite = junit.testsuites.testsuite![0]!;
    // The file name's ESC is shown as a visible stand-in, as on every other output.
    const shown = `inf<o>rme & "x" 'y'␛[2J.csv`;
    expect(suite.name).toBe(shown);
    expect(cases(suite)).toHaveLength(1);
    const only = cases(suite)[0]!;
    expect(only.name).toBe(`2015-2016 ASM 1: ${HOSTILE_TEXT}`);
    expect(only.file).toBe(shown);
    expect(only.failure!['#text']).toContain(`2015-2016 ASM 1: ${HOSTILE_TEXT}`);
    expect(only.failure!['#text']).toContain('IMSS & <Asociados>');
    expect(suite.properties!.property).toContainEqual({ name: 'institution', value: 'IMSS & <Asociados>' });
    expect(vigentes.stdout).not.toContain('<testcase name="pwned"');
    expect(vigentes.stdout).not.toContain('<script>');

    const validate = runCli(['validate', name, '--format', 'junit'], { cwd: dir });
    const suites = readJunit(validate.stdout).testsuites.testsuite!;
    expect(suites[0]!.name).toBe(shown);
    expect(cases(suites[0]!).every((c) => c.classname === shown)).toBe(true);
  });

  it('through the renderers: controls become visible stand-ins, characters XML forbids are removed', async () => {
    const documents = await parseDocuments(Buffer.from(`${HEADER}\n${HOSTILE_ROW}\n`), { file: 'hostil.csv' });
    const list = listVigentes(documents, { asOf: '2016-10-01' });
    if (isSelectionFailure(list)) throw new Error('selection failed');
    // A program may hand the renderer anything: NUL, ESC, a C1 control, a bidi override, U+FFFE, a lone surrogate, CR and LF.
    const poison = `a\u0000b\u0001c\u001b[31md\u009be\u202Ef\uFFFEg\uD800h\r\ni\tj & <k> "l"`;
    const poisoned: VigentesList = {
      ...list,
      vigentes: list.vigentes.map((v) => ({ ...v, text: poison, institution: poison, source: { ...v.source, file: poison } })),
      checked: list.checked!.map((d) => ({ ...d, file: poison, institution: poison, aspects: d.aspects.map((a) => ({ ...a, text: poison })) })),
    };
    const xml = renderVigentesJunit(poisoned, { lang: 'en', style: plainStyle });
    const suite = readJunit(xml).testsuites.testsuite![0]!;
    // neutralizeControls makes CRLF one LF, as on every other output.
    const expected = 'a␀b␁c␛[31md�e�fgh\ni\tj & <k> "l"';
    expect(suite.file).toBe(expected);
    expect(suite.properties!.property).toContainEqual({ name: 'institution', value: expected });
    // Attributes keep CR, LF and tab (written as references), except in a case name, whose text is one line.
    expect(cases(suite)[0]!.file).toBe(expected);
    expect(cases(suite)[0]!.name).toBe('2015-2016 ASM 1: a␀b␁c␛[31md�e�fgh i j & <k> "l"');
    expect(cases(suite)[0]!.failure!['#text']).toContain('a␀b␁c␛[31md�e�fgh');

    const report = validateDocuments(documents);
    const hostileReport = { ...report, documents: report.documents.map((d) => ({ ...d, source: poison, diagnostics: d.diagnostics.map((g) => ({ ...g, message: poison })) })) };
    const validation = readJunit(renderValidationJunit(hostileReport, { lang: 'es', style: plainStyle }));
    expect(validation.testsuites.testsuite![0]!.name).toBe(expected);
  });
});

describe('the XML escaping functions', () => {
  it('escape markup in text and, in attributes, quotes and whitespace that a parser would fold', () => {
    expect(xmlText(`a < b && c > d ]]> "q" 'a'`)).toBe(`a &lt; b &amp;&amp; c &gt; d ]]&gt; "q" 'a'`);
    expect(xmlText('line\r\nnext')).toBe('line&#13;\nnext');
    expect(xmlAttribute(`<"a" & 'b'>\t\r\n`)).toBe('&lt;&quot;a&quot; &amp; &apos;b&apos;&gt;&#9;&#13;&#10;');
  });

  it('remove exactly the characters XML 1.0 forbids', () => {
    const forbidden = ['\u0000', '\u0001', '\u0008', '\u000B', '\u000C', '\u000E', '\u001F', '\uD800', '\uDFFF', '\uFFFE', '\uFFFF'];
    for (const char of forbidden) expect(xmlChars(`x${char}y`), char.codePointAt(0)!.toString(16)).toBe('xy');
    const allowed = '\t\n\r \u007F\u0085\u00A0\uD7FF\uE000\uFFFD\u{10000}\u{1F600}\u{10FFFF}ñÁ';
    expect(xmlChars(allowed)).toBe(allowed);
    // A well-formed surrogate pair is one allowed character; its halves alone are not.
    expect(xmlChars('\uD83D\uDE00 \uD83D \uDE00')).toBe('\uD83D\uDE00  ');
  });
});
