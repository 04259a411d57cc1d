// Encodings of real files (issue 11, finding 9): one bad byte in a UTF-8 file
// must not turn the whole file into Windows-1252 mojibake, and UTF-16 files
// (Excel's "Unicode text", with or without BOM) are read, not called binary.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeBytes, utf16Of } from '../src/core/decode.js';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const SEED = fixture('seed-e006-2015-09.txt');
const seedText = readFileSync(SEED, 'utf8');

/** Records of a parse, without the source (its file name and hash differ by design). */
function records(file: string, cwd: string): unknown {
  const result = runCli(['parse', file, '--no-save', '--format', 'json'], { cwd });
  expect(result.status, result.stderr).toBe(0);
  const [document] = JSON.parse(result.stdout);
  return { institution: document.institution, program: document.program, periods: document.periods };
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let index = 0; index < le.length; index += 2) [le[index], le[index + 1]] = [le[index + 1]!, le[index]!];
  return le;
}

describe('a UTF-8 file with a few bytes that are not UTF-8', () => {
  const lines = seedText.split('\n');
  const badLine = lines.findIndex((line) => line.startsWith('3\t')) + 1;

  function withBadByte(): { cwd: string; file: string } {
    const cwd = tempDir();
    // One Windows-1252 "é" (0xE9) pasted into ASM 3's text, as a copy from an old workbook leaves it.
    const before = Buffer.from(lines.slice(0, badLine - 1).join('\n') + '\n', 'utf8');
    const line = Buffer.from(lines[badLine - 1]!, 'utf8');
    const cut = line.indexOf(Buffer.from('Modificar'));
    const after = Buffer.from('\n' + lines.slice(badLine).join('\n'), 'utf8');
    const file = join(cwd, 'uno-malo.txt');
    writeFileSync(file, Buffer.concat([before, line.subarray(0, cut), Buffer.from([0xe9]), line.subarray(cut), after]));
    return { cwd, file };
  }

  it('stays UTF-8: no mojibake anywhere, the bad byte replaced, a warning with its line', () => {
    const { cwd, file } = withBadByte();
    const result = runCli(['parse', file, '--no-save', '--format', 'json'], { cwd });
    const [document] = JSON.parse(result.stdout);
    expect(document.program.name).toBe('Recaudación eficiente de ingresos obrero patronales');
    expect(result.stdout).not.toMatch(/Ã|Â/);
    const third = document.periods[0].aspects.find((aspect: { number: number }) => aspect.number === 3);
    expect(third.text.startsWith('\uFFFDModificar')).toBe(true);
    expect(document.diagnostics.filter((d: { code: string }) => d.code === 'invalid-utf8').map((d: { line: number }) => d.line)).toEqual([badLine]);
    const validate = runCli(['validate', file], { cwd });
    expect(validate.stdout).toContain('invalid-utf8');
  });

  it('Windows-1252 files are still Windows-1252', () => {
    const decoded = decodeBytes(readFileSync(fixture('seed-e006-2015-09.cp1252-crlf.txt')));
    expect(decoded.encoding).toBe('windows-1252');
    expect(decoded.text).toContain('Recaudación');
    expect(decoded.invalidByteLines).toEqual([]);
  });
});

describe('UTF-16', () => {
  const cases: Array<[string, Buffer, 'utf-16le' | 'utf-16be']> = [
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(seedText, 'utf16le')]), 'utf-16le'],
    ['UTF-16LE without BOM', Buffer.from(seedText, 'utf16le'), 'utf-16le'],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(seedText)]), 'utf-16be'],
    ['UTF-16BE without BOM', utf16be(seedText), 'utf-16be'],
  ];
  it.each(cases)('%s reads to the same records as the UTF-8 file', (_, bytes, encoding) => {
    expect(utf16Of(bytes)).toBe(encoding);
    const cwd = tempDir();
    const file = join(cwd, 'unicode.txt');
    writeFileSync(file, bytes);
    expect(records(file, cwd)).toEqual(records(SEED, cwd));
  });

  it('a UTF-16 CSV, as Excel saves "Unicode text" (tabs, no BOM mark needed)', () => {
    const cwd = tempDir();
    const csv = 'No.\tAspecto Susceptible de Mejora\tActividades\tÁrea Responsable\tFecha de Término\t% de Avance\n1\tActualizar el diagnóstico\tElaborar el diagnóstico\tDirección de Planeación\t30/06/2016\t100\n';
    const file = join(cwd, 'excel.csv');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv, 'utf16le')]));
    const result = runCli(['parse', file, '--no-save', '--format', 'json'], { cwd });
    expect(result.status, result.stderr).toBe(0);
    expect(JSON.parse(result.stdout)[0].periods[0].aspects[0]).toMatchObject({ text: 'Actualizar el diagnóstico' });
  });

  it('binary files are still binary', () => {
    expect(utf16Of(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]))).toBeNull();
    const result = runCli(['parse', fixture('unusable', 'image.txt'), '--no-save']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/binary file/);
  });
});
