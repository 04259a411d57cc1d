// The GitHub Actions job summary (issue 17): with GITHUB_STEP_SUMMARY set,
// vigentes, validate and report append Markdown to that file in the run's
// language; stdout and the exit code do not change; unset, nothing is written.
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixture, runCli, tempDir } from './helpers/cli.js';
import { listing } from './helpers/files.js';
import { parseText } from '../src/parse.js';
import { isSelectionFailure, listVigentes } from '../src/core/report.js';
import { validateDocuments } from '../src/core/validation.js';
import { validationSummary, vigentesSummary } from '../src/render/summary.js';

const SEED = fixture('seed-e006-2015-09.txt');
const PROBLEMS = fixture('validate', 'problems.txt');
const AS_OF = ['--as-of', '2015-10-15'];

/** Runs asm in a fresh folder with GITHUB_STEP_SUMMARY pointing into it; returns the run and what the file holds. */
function withSummary(args: string[], before = ''): { status: number | null; stdout: string; stderr: string; summary: string; dir: string } {
  const dir = tempDir();
  const file = join(dir, 'step-summary.md');
  writeFileSync(file, before);
  const result = runCli(args, { cwd: dir, env: { GITHUB_STEP_SUMMARY: file } });
  return { ...result, summary: readFileSync(file, 'utf8'), dir };
}

describe('the job summary through the CLI', () => {
  it('vigentes: counts and the table, most overdue first; stdout and exit code as without it', () => {
    const args = ['vigentes', SEED, ...AS_OF, '--format', 'github'];
    const run = withSummary(args);
    const plain = runCli(args, { env: { GITHUB_STEP_SUMMARY: undefined } });
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(plain.stdout);
    expect(run.stderr).toBe('');
    expect(run.summary).toBe(
      [
        '## asm vigentes',
        '',
        'As of: 2015-10-15',
        '',
        '3 vigente ASMs, 1 overdue, of 8 ASMs in 1 document.',
        '',
        '| Program | Period | No. | ASM | Progress | Due date | Days overdue | Source |',
        '| --- | --- | --- | --- | --- | --- | --- | --- |',
        `| E006 | 2014-2015 | 8 | Difundir a través de la página de internet del Instituto información que facilite al patrón el cump… | 10% | 2015-06-30 | 107 | \`${SEED}:30\` |`,
        `| E006 | 2014-2015 | 5 | Internos (PAADI Inc | 35% | 2015-12-31 |  | \`${SEED}:23\` |`,
        `| E006 | 2014-2015 | 6 | Revisar los principales procedimientos que norman la actividad de recaudación para regular los proc… | 90% | 2015-10-30 |  | \`${SEED}:26\` |`,
        '',
        '',
      ].join('\n'),
    );
  });

  it('appends to what earlier steps wrote, and each run adds its own section', () => {
    const dir = tempDir();
    const file = join(dir, 'summary.md');
    writeFileSync(file, '# Earlier step\n');
    runCli(['vigentes', SEED, ...AS_OF, '--overdue'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: file } });
    runCli(['report', SEED, ...AS_OF], { cwd: dir, env: { GITHUB_STEP_SUMMARY: file } });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('# Earlier step\n## asm vigentes\n')).toBe(true);
    expect(text).toContain('1 vigente ASM, 1 overdue, of 8 ASMs in 1 document.');
    expect(text).toContain('\n## asm report\n\nAs of: 2015-10-15\n\n1 program, 8 ASMs, 3 vigentes.\n');
    expect(text).toContain('| E006 Recaudación eficiente de ingresos obrero patronales | 2015-09 | 2014-2015 | 8 | 5 | 3 | 1 | 79.38% |');
  });

  it('validate, in Spanish: the verdict in counts, errors before warnings, each with its line', () => {
    const run = withSummary(['validate', PROBLEMS, '--format', 'github', '--lang', 'es']);
    expect(run.status).toBe(1);
    const lines = run.summary.split('\n');
    expect(lines.slice(0, 5)).toEqual(['## asm validate', '', '1 documento revisado, 1 no válido: 14 errores, 10 advertencias.', '', '| Severidad | Fuente | ASM | Campo | Código | Mensaje |']);
    const rows = lines.filter((line) => line.startsWith('| error') || line.startsWith('| advertencia'));
    expect(rows).toHaveLength(24);
    expect(rows.findIndex((row) => row.startsWith('| advertencia'))).toBe(14);
    expect(rows[0]).toBe(`| error | \`${PROBLEMS}:11\` | 1 | dueDate | \`invalid-date\` | La fecha de término "31/02/2016" no es una fecha válida (se espera dd/mm/aaaa) |`);
  });

  it('with --output and JSON the summary is the same; report writes one too', () => {
    const run = withSummary(['validate', SEED, '--format', 'json', '-o', 'v.json']);
    expect(run.status).toBe(0);
    expect(run.summary).toContain('1 document checked, 0 invalid: 0 errors, 16 warnings.');
    expect(existsSync(join(run.dir, 'v.json'))).toBe(true);
    const report = withSummary(['report', SEED, '--format', 'json']);
    expect(report.status).toBe(0);
    expect(JSON.parse(report.stdout).programs).toHaveLength(1);
    expect(report.summary.startsWith('## asm report\n')).toBe(true);
  });

  it('unset (or empty): nothing is written anywhere, and stdout is the same', () => {
    const dir = tempDir();
    const withVar = withSummary(['vigentes', SEED, ...AS_OF]);
    for (const value of [undefined, '']) {
      const result = runCli(['vigentes', SEED, ...AS_OF], { cwd: dir, env: { GITHUB_STEP_SUMMARY: value } });
      expect(result.status).toBe(1);
      expect(result.stdout).toBe(withVar.stdout);
    }
    expect(listing(dir)).toEqual([]);
  });

  it('parse writes no summary (only vigentes, validate and report do)', () => {
    const run = withSummary(['parse', SEED, '--no-save', '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.summary).toBe('');
  });

  it('a summary file that cannot be written: one warning on stderr, the run and its exit code unchanged', () => {
    const dir = tempDir();
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const file = join(locked, 'summary.md');
    const result = runCli(['vigentes', SEED, ...AS_OF, '--format', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: file } });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n').filter(Boolean)).toHaveLength(3);
    // root writes anywhere: then the file is simply written.
    if (process.getuid?.() === 0) expect(readFileSync(file, 'utf8')).toContain('## asm vigentes');
    else expect(result.stderr).toBe(`asm: could not write the job summary (GITHUB_STEP_SUMMARY): ${file} (EACCES)\n`);
    const missing = join(dir, 'no-such-folder', 'summary.md');
    const again = runCli(['vigentes', SEED, ...AS_OF, '--format', 'github', '--lang', 'es'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: missing } });
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`asm: no se pudo escribir el resumen del trabajo (GITHUB_STEP_SUMMARY): ${missing} (ENOENT)\n`);
  });
});

describe('the summary builders', () => {
  const seed = parseText(readFileSync(SEED, 'utf8'), { file: 'seed.txt' });

  it('cap the table and say how many were left out', () => {
    const list = listVigentes([seed], { asOf: '2015-10-15' });
    if (isSelectionFailure(list)) throw new Error('selection failed');
    const text = vigentesSummary(list, 'en', 2);
    expect(text.split('\n').filter((line) => line.startsWith('| E006'))).toHaveLength(2);
    expect(text.endsWith('\n… and 1 more.\n')).toBe(true);
    expect(vigentesSummary(list, 'es', 1).endsWith('\n… y 2 más.\n')).toBe(true);
    expect(vigentesSummary(list, 'en')).not.toContain('more.');
    const report = validateDocuments([seed]);
    expect(validationSummary(report, 'en', 10).endsWith('\n… and 6 more.\n')).toBe(true);
  });

  it('escape document text as Markdown and make controls visible', () => {
    const list = listVigentes([seed], { asOf: '2015-10-15' });
    if (isSelectionFailure(list)) throw new Error('selection failed');
    const hostile = { ...list, vigentes: list.vigentes.map((v) => ({ ...v, text: '| x | <img src=x> **b** \u001b[2J\n# h' })) };
    const text = vigentesSummary(hostile, 'en');
    expect(text).toContain('| \\| x \\| \\<img src=x\\> \\*\\*b\\*\\* ␛\\[2J # h |');
    expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F]/);
  });

  it('say so when there is nothing', () => {
    const list = listVigentes([seed], { asOf: '2015-10-15', period: '2013-2014' });
    if (isSelectionFailure(list)) throw new Error('selection failed');
    expect(vigentesSummary(list, 'es')).toBe('## asm vigentes\n\nFecha de corte: 2015-10-15\n\n0 ASM vigentes, 0 con atraso, de 0 ASM en 1 documento.\n\nNo hay ASM vigentes.\n');
    const clean = validateDocuments([seed], { ignore: [...new Set(validateDocuments([seed]).documents[0]!.diagnostics.map((d) => d.code))] });
    expect(validationSummary(clean, 'en')).toBe('## asm validate\n\n1 document checked, 0 invalid: 0 errors, 0 warnings.\n\nNo problems found.\n');
  });
});
