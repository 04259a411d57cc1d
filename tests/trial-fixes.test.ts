// Defects a new-user trial found, each through the library and the built CLI.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, validateDocument } from '../src/index.js';
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
