// A document names its store file (institution, program code, report month):
// whatever those cells say, the file stays in the store (issue 11, finding 1).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './helpers/cli.js';
import { listing } from './helpers/files.js';

const CSV_HEADER = 'Institución;Clave del Programa;Mes del Reporte;Periodo;No.;Aspecto Susceptible de Mejora;Actividades;Área Responsable;Fecha de Término;% de Avance';

/** Runs `asm parse FILE` in a/b of a fresh folder and lists every file under the folder afterwards. */
function saveIn(name: string, content: string): { status: number | null; files: string[] } {
  const root = tempDir();
  const cwd = join(root, 'a', 'b');
  mkdirSync(cwd, { recursive: true });
  writeFileSync(join(cwd, name), content);
  const result = runCli(['parse', name, '--format', 'json'], { cwd });
  return { status: result.status, files: listing(root) };
}

describe('store file names from document values stay in the store', () => {
  it.each([
    ['a report month with path parts (CSV)', 'evil.csv', `${CSV_HEADER}\nIMSS;E006;2016-09/../../../package;2015-2016;1;Texto;Act;Área;30/06/2016;50\n`],
    ['a program code with path parts (CSV)', 'evil.csv', `${CSV_HEADER}\nIMSS;../../../x/E006;2016-09;2015-2016;1;Texto;Act;Área;30/06/2016;50\n`],
    ['an absolute program code (CSV)', 'evil.csv', `${CSV_HEADER}\nIMSS;/tmp/E006;2016-09;2015-2016;1;Texto;Act;Área;30/06/2016;50\n`],
  ])('%s', (_, name, content) => {
    const { status, files } = saveIn(name, content);
    expect(status).toBe(0);
    const stored = files.filter((file) => file.endsWith('.json'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^a\/b\/\.asm\/[A-Za-z0-9-]+__[A-Za-z0-9-]+__[A-Za-z0-9-]+\.json$/);
  });

  it('a program code with path parts in asm JSON input', () => {
    const seed = JSON.parse(runCli(['parse', fixture('seed-e006-2015-09.txt'), '--format', 'json', '--no-save']).stdout);
    seed[0].program.code = '../../../../x';
    seed[0].reportMonth = '../../y';
    const { status, files } = saveIn('evil.json', JSON.stringify(seed));
    expect(status).toBe(0);
    expect(files.filter((file) => file.endsWith('.json') && file !== 'a/b/evil.json')).toEqual([
      'a/b/.asm/instituto-mexicano-del-seguro-social__x__y.json',
    ]);
  });

  it('a report month column with path parts in a text table', () => {
    const text = readFileSync(fixture('seed-e006-2015-09.txt'), 'utf8').replace(/\tPromedio\n/g, '\tPromedio\tMes del Reporte\n').replace(/(\t100\.00%)\n/, '$1\t2015-09/../../../z\n');
    const { status, files } = saveIn('evil.txt', text);
    expect(status).toBe(0);
    const stored = files.filter((file) => file.startsWith('a/b/.asm/'));
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/^a\/b\/\.asm\/[a-z0-9-]+__E006__[A-Za-z0-9-]+\.json$/);
  });
});

describe('data keys from a document', () => {
  it.each(['constructor', '__proto__', 'toString'])('an unknown column headed %s is kept in extra, no crash', (header) => {
    const text = readFileSync(fixture('seed-e006-2015-09.txt'), 'utf8').replace(/\tObservaciones\t/g, `\t${header}\t`);
    const dir = tempDir();
    writeFileSync(join(dir, 'x.txt'), text);
    const result = runCli(['parse', 'x.txt', '--no-save', '--format', 'json'], { cwd: dir });
    expect(result.status).toBe(0);
    const [document] = JSON.parse(result.stdout);
    expect(Object.keys(document.periods[0].aspects[0].activities[0].extra)).toEqual([header]);
    // Read back as asm's own JSON (and so from the store), the key is still there.
    writeFileSync(join(dir, 'x.json'), result.stdout);
    const again = runCli(['parse', 'x.json', '--no-save', '--format', 'json'], { cwd: dir });
    expect(again.status).toBe(0);
    expect(Object.keys(JSON.parse(again.stdout)[0].periods[0].aspects[0].activities[0].extra)).toEqual([header]);
  });
});
