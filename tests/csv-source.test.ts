// CSV/TSV exports from agencies: delimiter detected, Windows-1252, BOM, quoted
// multi-line cells, columns mapped by header text like the text parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type AsmDocument } from '../src/index.js';
import { fixture } from './helpers/cli.js';

async function parse(name: string): Promise<AsmDocument> {
  const path = fixture('csv', name);
  return parseDocument(readFileSync(path), { file: path });
}

const rows = (document: AsmDocument) =>
  document.periods[0]!.aspects.map((a) => [
    a.number,
    a.text,
    a.average,
    a.source.lines,
    a.activities.map((x) => [x.description, x.responsibleArea, x.dueDate, x.progress, x.proofName, x.observations]),
  ]);

describe('CSV source', () => {
  it('reads a semicolon CSV in Windows-1252 with CRLF and a quoted multi-line cell', async () => {
    const document = await parse('agencia-punto-y-coma.cp1252.csv');
    expect(document.source.format).toBe('csv');
    expect(rows(document)).toEqual([
      [1, 'Actualizar el diagnóstico del programa', 100, [2, 2],
        [['Elaborar el diagnóstico', 'Dirección de Planeación', '2016-06-30', 100, 'Diagnóstico 2016', 'Concluido; publicado']]],
      [2, 'Definir la población objetivo', 45.5, [3, 4], // the quoted cell spans lines 3 and 4
        [['Revisar la metodología\nde cuantificación', 'Dirección de Planeación', '2016-12-31', 45.5, null, 'En proceso']]],
    ]);
    // No "Periodo" column or heading: the rows still parse, with a warning.
    expect(document.diagnostics.map((d) => [d.code, d.line])).toEqual([['missing-period', 2]]);
  });

  it('reads a TSV with a UTF-8 BOM to the same records', async () => {
    const tsv = await parse('agencia.tsv');
    const csv = await parse('agencia-punto-y-coma.cp1252.csv');
    const strip = (document: AsmDocument) =>
      rows(document).map(([number, text, average, , activities]) => [
        number, text, average,
        (activities as unknown[][]).map((a) => a.map((v) => (typeof v === 'string' ? v.replace(/\s+/g, ' ') : v))),
      ]);
    expect(strip(tsv)).toEqual(strip(csv));
    expect(tsv.columns[0]).toEqual({ key: 'number', header: 'Núm.' });
  });
});
