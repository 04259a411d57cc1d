// Documents from other agencies: other wording, order and number of columns.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument, type AsmDocument } from '../src/index.js';
import { fixture } from './helpers/cli.js';

async function parse(name: string): Promise<AsmDocument> {
  const path = fixture('layouts', name);
  return parseDocument(readFileSync(path), { file: path });
}

const activityRows = (document: AsmDocument) =>
  document.periods.flatMap((p) =>
    p.aspects.flatMap((a) => a.activities.map((x) => [a.number, x.description, x.responsibleArea, x.dueDate, x.progress])),
  );

describe('multi-activity ASM (13 columns, other header wording)', () => {
  it('makes a new activity of each row without No. that brings its own date and progress', async () => {
    const document = await parse('multi-activity.txt');
    expect(activityRows(document)).toEqual([
      [1, 'Revisar el diagnóstico del programa', 'Dirección General de Planeación', '2017-03-31', 100],
      [1, 'Proponer la modificación de las Reglas de Operación', 'Dirección General de Planeación', '2017-06-30', 50],
      [1, 'Publicar las Reglas de Operación en el DOF', 'Unidad de Asuntos Jurídicos', '2017-12-31', 0],
      [2, 'Integrar los padrones de las cuatro vertientes', 'Dirección General de Padrones', '2017-02-28', 100],
    ]);
    const [asm1, asm2] = document.periods[0]!.aspects;
    expect(asm1!.average).toBe(50); // Promedio printed on the second activity row
    expect(asm1!.averageText).toBe('50.00%');
    expect(asm1!.source.lines).toEqual([9, 11]);
    expect(asm2!.activities[0]!.proofName).toBe('Padrón 2017');
    expect(asm2!.activities[0]!.proofLocation).toBe('Sistema SIIPP-G');
    expect(document.diagnostics).toEqual([]);
  });

  it('maps "Aspecto(s) Susceptible(s)", "% de Avance", "Identificación / Nombre…" and "Ubicación…/Aprobatorio"', async () => {
    const document = await parse('multi-activity.txt');
    expect(document.columns.map((c) => c.key)).toEqual([
      'number', 'text', 'description', 'responsibleArea', 'dueDate', 'expectedResults', 'evidence',
      'progress', 'proofName', 'proofLocation', 'observations', 'reportMonth', 'average',
    ]);
    expect(document.institution).toBe('Secretaría de Educación Pública');
    expect(document.program).toEqual({ code: 'S072', name: 'PROSPERA Programa de Inclusión Social' });
    expect(document.classification).toBe('institucionales');
    expect(document.reportMonth).toBe('2017-03');
  });
});

describe('row split by a page break', () => {
  it('joins a date, an identifier and a month cut by the break, and keeps the next period', async () => {
    const document = await parse('page-split.txt');
    const [asm1, asm2] = document.periods[0]!.aspects;
    const activity = asm1!.activities[0]!;
    expect(activity.dueDate).toBe('2015-06-30');
    expect(activity.dueDateText).toBe('30/06/2015');
    expect(activity.proofName).toBe('Nota_E001_2015');
    expect(activity.description).toBe('Elaborar la nota metodológica de cuantificación de poblaciones');
    expect(activity.observations).toBe('Se elaboró la nota metodológica y se publicó');
    expect(asm1!.reportMonth).toBe('2016-09');
    expect(asm1!.source.lines).toEqual([10, 13]);
    expect(asm2!.number).toBe(2);
    expect(document.periods.map((p) => [p.period, p.aspects.length])).toEqual([['2015-2016', 2], ['2014-2015', 0]]);
    expect(document.program.code).toBe('E014');
  });
});

describe('10 columns in another order, no Mes y Año nor Promedio', () => {
  it('maps by header text and averages the activities', async () => {
    const document = await parse('ten-columns.txt');
    expect(activityRows(document)).toEqual([
      [1, 'Elaborar el plan estratégico', 'Dirección de Planeación', '2016-07-15', 75.5],
      [1, 'Aprobar el plan en la Junta de Gobierno', 'Dirección de Planeación', '2016-11-30', 0],
      [2, 'Elaborar el manual de procesos', 'Subdirección de Procesos', '2016-12-31', 100],
    ]);
    const [asm1, asm2] = document.periods[0]!.aspects;
    expect(asm1!.average).toBe(37.75);
    expect(asm1!.averageText).toBeNull();
    expect(asm2!.average).toBe(100);
    expect(document.program).toEqual({
      code: 'U003',
      name: 'Innovación tecnológica para incrementar la productividad de las empresas',
    });
    expect(document.institution).toBe('Consejo Nacional de Ciencia y Tecnología');
    expect(document.reportMonth).toBeNull();
  });
});

describe('7-column "Documento de Trabajo" (no progress at all)', () => {
  it('types d-m-yyyy and d/m/yyyy dates and leaves progress and average null', async () => {
    const document = await parse('seven-columns.txt');
    expect(document.documentType).toBe('Documento de Trabajo');
    expect(document.classification).toBe('interinstitucionales');
    expect(document.program.code).toBe('S176');
    expect(activityRows(document)).toEqual([
      [1, 'Elaborar el documento de estrategia', 'Dirección de Cobertura', '2018-03-31', null],
      [1, 'Validar la estrategia con las delegaciones', 'Dirección de Cobertura', '2018-06-30', null],
      [2, 'Depurar registros duplicados', 'Dirección de Padrón', '2018-07-02', null],
    ]);
    expect(document.periods[0]!.aspects.map((a) => a.average)).toEqual([null, null]);
  });
});
