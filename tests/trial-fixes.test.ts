// Defects a new-user trial found, each through the library and the built CLI.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildReport,
  formatsOf,
  isSelectionFailure,
  listVigentes,
  parseDocument,
  parseText,
  plainStyle,
  render,
  reportSummary,
  validateDocument,
  validateDocuments,
  validationSummary,
  vigentesSummary,
} from '../src/index.js';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const ONE_LINE = fixture('trial', 'semarnat-s219-una-linea.txt');
const NO_CODE = fixture('trial', 'sin-clave.txt');

describe('program code on the title line', () => {
  it('reads `Avance al Documento de Trabajo: S219 Apoyos…` as program S219 and its name', async () => {
    const document = await parseDocument(readFileSync(ONE_LINE), { file: ONE_LINE });
    expect(document.program).toEqual({ code: 'S219', name: 'Apoyos para el Desarrollo Forestal Sustentable' });
    expect(document.documentType).toBe('Avance al Documento de Trabajo');
    expect(validateDocument(document).map((d) => d.code)).not.toContain('missing-program-code');
  });

  it('warns, in both languages, when a document with ASMs has no program code', async () => {
    const document = await parseDocument(readFileSync(NO_CODE), { file: NO_CODE });
    expect(document.program.code).toBeNull();
    const [en] = validateDocument(document).filter((d) => d.code === 'missing-program-code');
    expect(en).toMatchObject({ severity: 'warning', field: 'program' });
    expect(en!.message).toMatch(/program code/);
    const [es] = validateDocument(document, { lang: 'es' }).filter((d) => d.code === 'missing-program-code');
    expect(es!.message).toMatch(/clave del programa/);
  });

  it('CLI: the store finds the report by S219 (parse, then diff S219 and --program S219)', () => {
    const cwd = tempDir();
    const parsed = runCli(['parse', ONE_LINE, '--format', 'json'], { cwd });
    expect(parsed.status).toBe(0);
    expect(JSON.parse(parsed.stdout)[0].program.code).toBe('S219');
    const listing = runCli(['store', '--format', 'json'], { cwd });
    expect(listing.stdout).toContain('S219');
    expect(listing.stdout).not.toContain('sin-clave');
    const report = runCli(['report', '--program', 'S219', '--format', 'json'], { cwd });
    expect(report.status).toBe(0);
    expect(report.stdout).toContain('S219');
  });

  it('CLI: validate lists missing-program-code as a warning (exit 0)', () => {
    const result = runCli(['validate', NO_CODE, '--format', 'json']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('"missing-program-code"');
    expect(runCli(['validate', ONE_LINE, '--format', 'json']).stdout).not.toContain('missing-program-code');
  });
});

// A CSI or OSC sequence, and what is left of it if only its ESC is dropped.
const csi = fc
  .tuple(fc.array(fc.integer({ min: 0, max: 107 }), { minLength: 1, maxLength: 3 }), fc.constantFrom('m', 'J', 'H', 'K', 'A', 'q'))
  .map(([params, final]) => ({ sequence: `\u001b[${params.join(';')}${final}`, remnant: `[${params.join(';')}${final}` }));
const osc = fc
  .tuple(fc.constantFrom('0;', '2;', '8;;http://evil.example', '52;c;'), fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.constantFrom('\u0007', '\u001b\\'))
  .map(([kind, payload, end]) => ({ sequence: `\u001b]${kind}PWN${payload}${end}`, remnant: `PWN${payload}` }));
const escape = fc.oneof(csi, osc);
// Cell text (letters and spaces only: a remnant cannot come from the text itself) with sequences inside.
const cell = fc
  .tuple(fc.stringMatching(/^[A-Za-z ]{0,12}$/), escape, fc.stringMatching(/^[A-Za-z ]{0,12}$/))
  .map(([before, esc, after]) => ({ text: `Texto ${before}${esc.sequence}${after} fin`, remnant: esc.remnant }));

describe('escape sequences are dropped whole', () => {
  it('drops `ESC [31m`, `ESC [2J` and `ESC ]0;pwned BEL` whole, with a control-character warning', async () => {
    const document = await parseText(
      `Programa E006 Recaudación\n\nPeriodo 2015-2016\nNo.\tAspecto Susceptible de Mejora\tActividades\tÁrea Responsable\tFecha de Término\t% de Avance\tMes y Año\tPromedio\n` +
        `1\tMejorar \u001b[31mRojo\u001b[0m el padrón\u001b[2J.\tDepurar\u001b]0;pwned\u0007 registros.\tDirección\u001b]8;;http://x\u001b\\ de Padrones\t31/12/2016\t50\tSeptiembre-2016\t50\n`,
    );
    const aspect = document.periods[0]!.aspects[0]!;
    expect(aspect.text).toBe('Mejorar Rojo el padrón.');
    expect(aspect.activities[0]!.description).toBe('Depurar registros.');
    expect(aspect.activities[0]!.responsibleArea).toBe('Dirección de Padrones');
    expect(document.diagnostics.map((d) => d.code)).toContain('control-character');
  });

  it('property: no output of a document with escape sequences holds ESC or a CSI/OSC remnant', async () => {
    const views = ['table', 'json', 'csv', 'markdown'] as const;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 3 }), cell, async (rows, institution) => {
        const text =
          `${institution.text}\nPrograma E006 Recaudación\n\nPeriodo 2015-2016\nNo.\tAspecto Susceptible de Mejora\tActividades\tÁrea Responsable\tFecha de Término\t% de Avance\tMes y Año\tPromedio\n` +
          rows.map(([aspect, activity, area], index) => `${index + 1}\t${aspect.text}\t${activity.text}\t${area.text}\t31/12/2016\t50\tSeptiembre-2016\t50\n`).join('');
        const remnants = [institution, ...rows.flat()].map((c) => c.remnant);
        const document = await parseText(text);
        const env = { lang: 'es' as const, style: plainStyle };
        const validation = validateDocuments([document]);
        const vigentes = listVigentes([document], { asOf: '2016-10-01' });
        const report = buildReport([document], { asOf: '2016-10-01' });
        if (isSelectionFailure(vigentes) || isSelectionFailure(report)) throw new Error('no selection');
        const outputs: string[] = [];
        for (const format of views) outputs.push(String(await render('documents', format, [document], env)));
        for (const format of formatsOf('validation')) outputs.push(String(await render('validation', format, validation, env)));
        for (const format of formatsOf('vigentes')) if (format !== 'xlsx') outputs.push(String(await render('vigentes', format, vigentes, env)));
        for (const format of formatsOf('report')) if (format !== 'xlsx') outputs.push(String(await render('report', format, report, env)));
        outputs.push(validationSummary(validation, 'es'), vigentesSummary(vigentes, 'en'), reportSummary(report, 'en'));
        for (const output of outputs) {
          expect(output).not.toContain('\u001b');
          expect(output).not.toContain('\u241b'); // ␛, the stand-in for an ESC that reached a renderer
          for (const remnant of remnants) expect(output).not.toContain(remnant);
        }
      }),
      { numRuns: 25 },
    );
  }, 60_000);

  it('CLI: parse and validate of a text file with escape sequences print no remnant in any format', () => {
    const file = fixture('trial', 'escape-sequences.txt');
    for (const args of [
      ['parse', '--no-save', '--format', 'json'],
      ['parse', '--no-save', '--format', 'table'],
      ['validate', '--format', 'json'],
      ['validate', '--format', 'junit'],
      ['validate', '--format', 'github'],
      ['vigentes', '--as-of', '2016-10-01', '--format', 'github'],
    ]) {
      const result = runCli([...args, file]);
      const output = result.stdout + result.stderr;
      expect(output).not.toMatch(/\u001b|\u241b|\[31m|\[0m|\[2J|\]0;|pwned/);
      if (args[0] === 'parse') expect(output).toContain('Rojo');
    }
    expect(runCli(['validate', '--format', 'json', file]).stdout).toContain('"control-character"');
  });
});

describe('a URL or a formula at the end of a cell is not a cut word', () => {
  const FILE = fixture('trial', 'url-and-formula-cells.txt');
  const truncated = (codes: Array<{ code: string; aspect: number | null }>): Array<number | null> =>
    codes.filter((d) => d.code === 'possible-truncation').map((d) => d.aspect);

  it('library: `http://x`, `=HYPERLINK("http://x")` and an escaped formula are not possible-truncation; a cut host still is', async () => {
    const document = await parseDocument(readFileSync(FILE), { file: FILE });
    expect(truncated(validateDocument(document))).toEqual([4]);
  });

  it('CLI: validate --format json flags only the cut host', () => {
    const result = runCli(['validate', '--format', 'json', FILE]);
    expect(result.status).toBe(0);
    expect(truncated(JSON.parse(result.stdout).documents[0].diagnostics)).toEqual([4]);
  });
});

describe('counts are pluralised in both languages', () => {
  it('library: one ASM, one vigente, one day', async () => {
    const document = await parseDocument(readFileSync(ONE_LINE), { file: ONE_LINE });
    const table = String(await render('documents', 'table', [document], { lang: 'en', style: plainStyle }));
    expect(table).toContain('Period 2015-2016 · 1 ASM\n');
    const report = buildReport([document], { asOf: '2016-04-01' });
    if (isSelectionFailure(report)) throw new Error('no selection');
    const en = String(await render('report', 'markdown', report, { lang: 'en', style: plainStyle }));
    expect(en).toContain('1 ASM: 0 concluded, 1 vigente; average progress 35.00%.');
    expect(en).toContain('overdue 1 day |');
    const es = String(await render('report', 'markdown', report, { lang: 'es', style: plainStyle }));
    expect(es).toContain('1 ASM: 0 concluidos, 1 vigente; avance promedio 35.00%.');
    expect(es).toContain('atrasado 1 día |');
    expect(reportSummary(report, 'en')).toContain('1 program, 1 ASM, 1 vigente.');
  });

  it('CLI: parse table, vigentes table and report markdown say 1 ASM / 1 vigente / 1 día', () => {
    const parsed = runCli(['parse', '--no-save', '--format', 'table', ONE_LINE]);
    expect(parsed.stdout).toContain('· 1 ASM\n');
    expect(parsed.stdout).not.toMatch(/\b1 ASMs\b/);
    const report = runCli(['--lang', 'en', 'report', ONE_LINE, '--as-of', '2016-10-01', '--format', 'markdown']);
    expect(report.stdout).toContain('1 ASM: 0 concluded, 1 vigente;');
    const vigentes = runCli(['--lang', 'es', 'vigentes', ONE_LINE, '--as-of', '2016-04-01', '--format', 'github']);
    expect(vigentes.stdout).toMatch(/1 día de atraso/);
    expect(vigentes.stdout).not.toMatch(/1 días/);
  });
});

describe('asm diff with one file argument', () => {
  it('CLI: a file name or an existing file says diff needs two files or a program code (exit 2, one sentence)', () => {
    const cwd = tempDir();
    copyFileSync(ONE_LINE, join(cwd, 'informe'));
    mkdirSync(join(cwd, 'E006'));
    for (const [args, lang] of [[['diff', 'file.xlsx'], 'en'], [['diff', 'informe'], 'en'], [['diff', join('sub', 'S219')], 'en'], [['--lang', 'es', 'diff', 'file.xlsx'], 'es']] as const) {
      const result = runCli(args, { cwd });
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(lang === 'en' ? /is a file, not a program code: asm diff needs two report files/ : /es un archivo, no una clave de programa/);
      expect(result.stderr).not.toMatch(/no report of program|no hay reportes/);
    }
    // A program code still reads the store, even beside a folder of the same name.
    const code = runCli(['diff', 'E006'], { cwd });
    expect(code.status).toBe(2);
    expect(code.stderr).toMatch(/no report of program E006 in the store/);
  });
});

describe('the asm store table fits the terminal', () => {
  const entry = {
    institution: 'SECRETARÍA DE MEDIO AMBIENTE Y RECURSOS NATURALES',
    program: 'S219',
    reportMonth: '2016-09',
    aspectCount: 1,
    file: '.asm/secretaria-de-medio-ambiente-y-recursos-naturales__S219__2016-09.json',
  };

  it('library: no line wider than style.width, every character of the file still shown', async () => {
    for (const width of [60, 80, 120]) {
      const table = String(await render('store', 'table', [entry, { ...entry, program: null, institution: null }], { lang: 'es', style: { ...plainStyle, width } }));
      const lines = table.trimEnd().split('\n');
      for (const line of lines) expect(line.length).toBeLessThan(width);
      const fileColumn = lines.map((line) => line.split('│')[5]?.trim() ?? '').join('');
      expect(fileColumn).toContain(entry.file);
      expect(table).toContain('Archivo');
    }
  });

  it('CLI: asm store on a pipe (80 columns) prints no line wider than 80', () => {
    const cwd = tempDir();
    expect(runCli(['parse', ONE_LINE], { cwd }).status).toBe(0);
    const result = runCli(['store'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('S219');
    for (const line of result.stdout.trimEnd().split('\n')) expect(line.length).toBeLessThanOrEqual(80);
  });
});
