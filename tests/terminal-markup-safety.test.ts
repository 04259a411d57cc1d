// Text from documents reaches terminals, Markdown pages and spreadsheets
// (issue 11, findings 5 and 6): escape sequences (clear screen, OSC 52
// clipboard, OSC 8 links), C1 controls and bidi overrides must do nothing, and
// Markdown and CSV must show a cell as text, never as markup or a formula.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from './helpers/cli.js';
import { renderVigentesTable } from '../src/render/vigentes/table.js';
import { renderVigentesMarkdown } from '../src/render/vigentes/markdown.js';
import { plainStyle } from '../src/render/style.js';
import { listVigentes, isSelectionFailure } from '../src/core/report.js';
import { parseDocuments } from '../src/parse.js';

// Anything a terminal acts on: C0 but tab and LF, DEL, C1, bidi controls. (CR is allowed only in CSV line ends.)
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const ESC = '\u001b';
const OSC52 = `${ESC}]52;c;ZXZpbA==\u0007`;
const CLEAR = `${ESC}[2J${ESC}[H`;
const LINK = `${ESC}]8;;http://evil.example${ESC}\\clic${ESC}]8;;${ESC}\\`;

const HEADER =
  'Institución;Clave del Programa;Nombre del Programa;Mes del Reporte;Periodo;No.;Aspecto Susceptible de Mejora;Actividades;Área Responsable;Fecha de Término;% de Avance;=HYPERLINK("http://evil.example","x")';
const ROW = [
  `"IMSS${CLEAR}${OSC52}"`,
  'E006',
  'Recaudaci\u202Eon',
  '2016-09',
  '2015-2016',
  '1',
  `"Texto <img src=x onerror=alert(1)> [liga](http://evil.example) **negrita** ${LINK}\n# Encabezado inyectado\rfila"`,
  'Actividad | con tubo',
  'Coordinaci\u009B2Jón',
  '30/06/2016',
  '50',
  '=1+1',
].join(';');

function hostileCsv(): { dir: string; file: string } {
  const dir = tempDir();
  const file = join(dir, 'hostil.csv');
  writeFileSync(file, `${HEADER}\n${ROW}\n`);
  return { dir, file };
}

const AS_OF = ['--as-of', '2016-10-01'];

describe('control and bidi characters never reach the terminal', () => {
  const runs: Array<[string, string[]]> = [
    ['parse table', ['parse', '--no-save', '--format', 'table']],
    ['parse markdown', ['parse', '--no-save', '--format', 'markdown']],
    ['report table', ['report', ...AS_OF]],
    ['report markdown', ['report', ...AS_OF, '--format', 'markdown']],
    ['vigentes table', ['vigentes', ...AS_OF]],
    ['vigentes markdown', ['vigentes', ...AS_OF, '--format', 'markdown']],
    ['vigentes github', ['vigentes', ...AS_OF, '--format', 'github']],
    ['validate table', ['validate']],
    ['validate github', ['validate', '--format', 'github']],
    ['vigentes junit', ['vigentes', ...AS_OF, '--format', 'junit']],
    ['validate junit', ['validate', '--format', 'junit']],
  ];
  it.each(runs)('from a CSV source: %s', (_, args) => {
    const { dir, file } = hostileCsv();
    const result = runCli([...args, file], { cwd: dir });
    expect(result.status === 0 || result.status === 1).toBe(true);
    expect(result.stdout).toMatch(/E006|hostil\.csv/);
    expect(result.stdout).not.toMatch(UNSAFE);
    expect(result.stderr).not.toMatch(UNSAFE);
  });

  it('the cleaner says where it dropped them (control-character, with the line)', () => {
    const { dir, file } = hostileCsv();
    const json = JSON.parse(runCli(['parse', '--no-save', '--format', 'json', file], { cwd: dir }).stdout);
    expect(json[0].diagnostics.filter((d: { code: string }) => d.code === 'control-character').map((d: { line: number }) => d.line)).toEqual([2, 4]);
    // The escape sequences go whole (clear screen, OSC 52): no `[2J` or `]52;c;…` remnant is left in the text.
    expect(json[0].institution).toBe('IMSS');
    expect(json[0].program.name).toBe('Recaudacion');
  });

  it('from a JSON input with escapes in its strings, in every format that prints them', () => {
    const { dir, file } = hostileCsv();
    const clean = runCli(['parse', '--no-save', '--format', 'json', file], { cwd: dir }).stdout;
    const hostile = clean
      .replace('"Recaudacion"', JSON.stringify(`Recau${CLEAR}dacion\u202E\u009B31m`))
      .replace('"E006"', JSON.stringify(`E006${OSC52}`));
    const input = join(dir, 'hostil.json');
    writeFileSync(input, hostile);
    for (const args of [['parse', '--no-save', '--format', 'table'], ['parse', '--no-save', '--format', 'json'], ['report', ...AS_OF], ['vigentes', ...AS_OF, '--format', 'json']]) {
      const result = runCli([...args, input], { cwd: dir });
      expect(result.stdout, args.join(' ')).not.toMatch(UNSAFE);
      expect(result.stdout, args.join(' ')).toContain('Recau');
    }
  });

  it('a file name with an escape sequence is shown with a visible stand-in', () => {
    const dir = tempDir();
    const result = runCli(['vigentes', `informe${CLEAR}.txt`], { cwd: dir });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('asm: informe␛[2J␛[H.txt: no such file or directory.\n');
  });

  it('the renderers neutralise data handed to them by a program (not only what the sources cleaned)', async () => {
    const { file } = hostileCsv();
    const documents = await parseDocuments(readFileSync(file), { file });
    const list = listVigentes(documents, { asOf: '2016-10-01' });
    if (isSelectionFailure(list)) throw new Error('selection failed');
    const poisoned = { ...list, vigentes: list.vigentes.map((v) => ({ ...v, text: `${CLEAR}texto\u202E`, source: { ...v.source, file: `a${ESC}]8;;x${ESC}\\b` } })) };
    const table = renderVigentesTable(poisoned, { lang: 'en', style: plainStyle });
    expect(table).not.toMatch(UNSAFE);
    expect(table).toContain('␛[2J␛[Htexto�');
    expect(renderVigentesMarkdown(poisoned, { lang: 'en', style: plainStyle })).not.toMatch(UNSAFE);
  });
});

describe('Markdown shows document text as text', () => {
  it('no injected heading, HTML, link or table cell', () => {
    const { dir, file } = hostileCsv();
    for (const args of [['report', ...AS_OF, '--format', 'markdown'], ['vigentes', ...AS_OF, '--format', 'markdown'], ['parse', '--no-save', '--format', 'markdown']]) {
      const out = runCli([...args, file], { cwd: dir }).stdout;
      const lines = out.split('\n');
      expect(lines.some((line) => /^#+ Encabezado/.test(line)), args[0]).toBe(false);
      expect(out).not.toMatch(/(?<!\\)<img/);
      expect(out).not.toMatch(/(?<!\\)\[liga(?<!\\)\]/);
      expect(out).toContain('\\<img src=x onerror=alert(1)\\>');
      // Every row of a table has as many cell separators (unescaped pipes) as its header.
      const pipes = (line: string): number => line.match(/(?<!\\)\|/g)?.length ?? 0;
      let header = -1;
      for (const line of lines) {
        if (!line.startsWith('|')) header = -1;
        else if (header < 0) header = pipes(line);
        else expect(pipes(line), line).toBe(header);
      }
    }
  });
});

describe('CSV output cannot start a formula', () => {
  it('the header of an unknown column is escaped like a cell and reads back as it was', () => {
    const { dir, file } = hostileCsv();
    const csv = runCli(['parse', '--no-save', '--format', 'csv', file], { cwd: dir }).stdout;
    const { data } = Papa.parse<string[]>(csv.trim());
    expect(data[0]).toContain(`'=HYPERLINK("http://evil.example","x")`);
    expect(data[0]!.filter((cell) => /^[=+\-@]/.test(cell))).toEqual([]);
    expect(data[1]).toContain(`'=1+1`);
    const back = join(dir, 'back.csv');
    writeFileSync(back, csv);
    const reread = JSON.parse(runCli(['parse', '--no-save', '--format', 'json', back], { cwd: dir }).stdout);
    expect(reread[0].periods[0].aspects[0].activities[0].extra).toEqual({ '=HYPERLINK("http://evil.example","x")': '=1+1' });
  });
});
