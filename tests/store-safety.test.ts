// The store under hostile documents and hostile folders (issue 11, findings 7
// and 8): distinct documents never share a file, a replacement is said,
// `store remove` removes exactly what it lists, store files are checked
// (shape, regular file) with sentences that never quote their content, and a
// closed pipe ends a run quietly.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, runCli, tempDir } from './helpers/cli.js';

const HEADER = 'Institución;Clave del Programa;Mes del Reporte;Periodo;No.;Aspecto Susceptible de Mejora;Actividades;Área Responsable;Fecha de Término;% de Avance';
const NO_MONTH_HEADER = 'Institución;Clave del Programa;Periodo;No.;Aspecto Susceptible de Mejora;Actividades;Área Responsable;Fecha de Término;% de Avance';
const SECRET = 'root:x:0:0:secreto-que-no-debe-salir';

function write(dir: string, name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const stored = (cwd: string): string[] => readdirSync(join(cwd, '.asm')).sort();

describe('distinct documents never share a store file', () => {
  it('two institutions whose names share their first 60 slug characters', () => {
    const cwd = tempDir();
    const long = 'Instituto Nacional para el Desarrollo de Capacidades del Sector Rural, Región';
    write(cwd, 'norte.csv', `${HEADER}\n${long} Norte;E006;2016-09;2015-2016;1;Texto;Act;Área;30/06/2016;50\n`);
    write(cwd, 'sur.csv', `${HEADER}\n${long} Sur;E006;2016-09;2015-2016;1;Otro texto;Act;Área;30/06/2016;70\n`);
    expect(runCli(['parse', 'norte.csv', 'sur.csv', '--format', 'json'], { cwd }).status).toBe(0);
    const files = stored(cwd);
    expect(files).toHaveLength(2);
    for (const file of files) expect(file).toMatch(/^instituto-nacional-para-el-desarrollo-de-capacidade-[0-9a-f]{8}__E006__2016-09\.json$/);
  });

  it('two reports of one program without a report month', () => {
    const cwd = tempDir();
    write(cwd, 'a.csv', `${NO_MONTH_HEADER}\nIMSS;E006;2015-2016;1;Texto;Act;Área;30/06/2016;50\n`);
    write(cwd, 'b.csv', `${NO_MONTH_HEADER}\nIMSS;E006;2015-2016;1;Texto;Act;Área;30/06/2016;80\n`);
    expect(runCli(['parse', 'a.csv', 'b.csv', '--format', 'json'], { cwd }).status).toBe(0);
    expect(stored(cwd)).toEqual([expect.stringMatching(/^imss__E006__sin-mes-[0-9a-f]{8}\.json$/), expect.stringMatching(/^imss__E006__sin-mes-[0-9a-f]{8}\.json$/)]);
  });

  it('a save that replaces another source’s document says so; the same document again does not', () => {
    const cwd = tempDir();
    write(cwd, 'marzo.csv', `${HEADER}\nIMSS;E006;2016-09;2015-2016;1;Texto;Act;Área;30/06/2016;50\n`);
    write(cwd, 'corregido.csv', `${HEADER}\nIMSS;E006;2016-09;2015-2016;1;Texto;Act;Área;30/06/2016;60\n`);
    expect(runCli(['parse', 'marzo.csv', '--format', 'json'], { cwd }).stderr).toBe('asm: saved E006 2016-09 in .asm/imss__E006__2016-09.json\n');
    expect(runCli(['parse', 'marzo.csv', '--format', 'json'], { cwd }).stderr).toBe('asm: saved E006 2016-09 in .asm/imss__E006__2016-09.json\n');
    expect(runCli(['parse', 'corregido.csv', '--format', 'json'], { cwd }).stderr).toBe(
      'asm: saved E006 2016-09 in .asm/imss__E006__2016-09.json, replacing the report read from marzo.csv\n',
    );
    // Two inputs of one run that land on one file: the second says it replaced the first.
    const both = runCli(['parse', 'marzo.csv', 'corregido.csv', '--format', 'json'], { cwd });
    expect(both.stderr.trim().split('\n')[1]).toBe('asm: saved E006 2016-09 in .asm/imss__E006__2016-09.json, replacing the report read from marzo.csv');
  });
});

describe('asm store remove matches exactly', () => {
  function fourReports(): string {
    const cwd = tempDir();
    const rows: Array<[string, string, string]> = [
      ['IMSS', 'E006', '2016-03'],
      ['IMSS', 'E006', '2016-09'],
      ['Comisión Nacional Forestal', 'S219', '2016-09'],
      ['Secretaría de Educación Pública', 'S072', '2017-03'],
    ];
    rows.forEach(([institution, code, month], index) => {
      write(cwd, `r${index}.csv`, `${HEADER}\n${institution};${code};${month};2015-2016;1;Texto;Act;Área;30/06/2016;50\n`);
    });
    expect(runCli(['parse', 'r0.csv', 'r1.csv', 'r2.csv', 'r3.csv', '--format', 'json'], { cwd }).status).toBe(0);
    expect(stored(cwd)).toHaveLength(4);
    return cwd;
  }

  it('a selector that is no code, file or unique prefix removes nothing (`n` removed all four before)', () => {
    const cwd = fourReports();
    const result = runCli(['store', 'remove', 'n'], { cwd });
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('asm: nothing removed; nothing in the store matches n\n');
    expect(stored(cwd)).toHaveLength(4);
  });

  it('an ambiguous prefix is refused (exit 2) and lists the candidates; nothing is removed', () => {
    const cwd = fourReports();
    const result = runCli(['store', 'remove', 'imss__E006__2016'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('asm: nothing removed; several stored files start with "imss__E006__2016": imss__E006__2016-03.json, imss__E006__2016-09.json\n');
    expect(stored(cwd)).toHaveLength(4);
  });

  it('a program code removes every report of it, each listed; a unique prefix and a file name remove one', () => {
    const cwd = fourReports();
    const byCode = runCli(['store', 'remove', 'e-006'], { cwd });
    expect(byCode.status).toBe(0);
    expect(byCode.stderr).toBe('asm: removed .asm/imss__E006__2016-03.json\nasm: removed .asm/imss__E006__2016-09.json\n');
    expect(runCli(['store', 'remove', 'comision'], { cwd }).stderr).toBe('asm: removed .asm/comision-nacional-forestal__S219__2016-09.json\n');
    expect(runCli(['store', 'remove', 'secretaria-de-educacion-publica__S072__2017-03.json'], { cwd }).status).toBe(0);
    expect(readdirSync(join(cwd, '.asm'))).toEqual([]);
  });

  it('one unmatched selector among good ones removes nothing', () => {
    const cwd = fourReports();
    expect(runCli(['store', 'remove', 'S219', 'X999'], { cwd }).status).toBe(1);
    expect(stored(cwd)).toHaveLength(4);
  });
});

describe('store files are checked, and never quoted', () => {
  function storeWith(name: string, make: (path: string) => void): string {
    const cwd = tempDir();
    expect(runCli(['parse', fixture('seed-e006-2015-09.txt'), '--format', 'json'], { cwd }).status).toBe(0);
    make(join(cwd, '.asm', name));
    return cwd;
  }

  it.each(['vigentes', 'report', 'validate'])('valid JSON of the wrong shape: a sentence naming the file (%s)', (command) => {
    const cwd = storeWith('otro.json', (path) => writeFileSync(path, JSON.stringify({ schemaVersion: 1, periods: 'no' })));
    const result = runCli([command], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^asm: \.asm\/otro\.json: not a JSON document written by asm \(.+\)\.\n$/);
    expect(result.stderr).not.toContain('Cannot read properties');
  });

  it('a link in the store is refused, not followed, and its target is never quoted', () => {
    const cwd = storeWith('passwd.json', (path) => {
      const secret = join(cwd_of(path), 'secret.txt');
      writeFileSync(secret, `${SECRET}\n`);
      symlinkSync(secret, path);
    });
    const result = runCli(['vigentes'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('asm: .asm/passwd.json: not a regular file; the store holds only files asm wrote (a link or folder there is refused, not followed).\n');
    expect(result.stderr).not.toContain('secreto');
  });

  it('a save onto a link in the store is refused and leaves the link’s target as it was', () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, '.asm'));
    const target = write(cwd, 'target.txt', SECRET);
    symlinkSync(target, join(cwd, '.asm', 'instituto-mexicano-del-seguro-social__E006__2015-09.json'));
    const result = runCli(['parse', fixture('seed-e006-2015-09.txt'), '--format', 'json'], { cwd });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(readFileSync(target, 'utf8')).toBe(SECRET);
  });

  it('JSON that does not parse (a store file, an input): the place, not the text', () => {
    const cwd = storeWith('roto.json', (path) => writeFileSync(path, `${SECRET}\n`));
    const store = runCli(['vigentes'], { cwd });
    expect(store.status).toBe(2);
    expect(store.stderr).toMatch(/^asm: \.asm\/roto\.json: not a JSON document written by asm \((position \d+|line \d+ column \d+|syntax)\)\.\n$/);
    const input = write(cwd, 'entrada.json', `{"a": ${SECRET}}`);
    const direct = runCli(['report', input], { cwd });
    expect(direct.status).toBe(2);
    expect(direct.stderr).not.toContain('secreto');
    expect(store.stderr).not.toContain('secreto');
  });
});

const cwd_of = (path: string): string => join(path, '..', '..');

describe('a closed pipe ends the run quietly', () => {
  it('asm parse … --format json | head -c 100: no stack trace, exit status of its own', () => {
    const files = readdirSync(fixture('corpus')).filter((name) => name.endsWith('.txt')).map((name) => fixture('corpus', name));
    const result = spawnSync('bash', ['-c', `node "${BIN}" parse "$@" --no-save --format json | head -c 100 > /dev/null; echo "asm exit \${PIPESTATUS[0]}" >&2`, 'asm', ...files], {
      encoding: 'utf8',
      cwd: tempDir(),
      env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8' },
    });
    expect(result.stderr).toBe('asm exit 0\n');
  });
});
