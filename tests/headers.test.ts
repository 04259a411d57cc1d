// Every agency's wording of the table header (issue 18): a header maps by the
// words it contains, with accents, case, singular or plural and extra words;
// and a required column lost to a wording asm does not know is an error.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { columnKeyFor, type ColumnKey } from '../src/core/headers.js';
import { DIAGNOSTIC_CODES } from '../src/core/diagnostics.js';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const VARIANTS: Array<[string, ColumnKey | null]> = [
  ['No.', 'number'], ['Núm.', 'number'], ['NÚMERO', 'number'], ['N°', 'number'], ['Nº', 'number'], ['#', 'number'],
  ['No. de ASM', 'number'], ['Número de aspecto', 'number'],
  ['No. de actividad', 'activityNumber'], ['Número de la actividad', 'activityNumber'], ['Actividad No.', 'activityNumber'],
  ['Aspecto Susceptible de Mejora', 'text'], ['Aspectos susceptibles de mejora', 'text'], ['Aspecto(s) Susceptible(s) de Mejora', 'text'],
  ['ASM', 'text'], ['Aspecto', 'text'], ['Recomendación', 'text'], ['Hallazgo', 'text'], ['Descripción del ASM', 'text'],
  ['Promedio del ASM', 'average'], ['Avance del ASM', 'progress'],
  ['Actividades', 'description'], ['Actividad', 'description'], ['Acciones', 'description'], ['Acciones de mejora', 'description'], ['Acción de mejora', 'description'], ['Acción', 'description'],
  ['Actividades a realizar', 'description'], ['Acciones a realizar', 'description'], ['Tareas', 'description'],
  ['Área Responsable', 'responsibleArea'], ['Unidad Responsable', 'responsibleArea'], ['Unidad administrativa responsable', 'responsibleArea'],
  ['Área', 'responsibleArea'], ['AREA RESPONSABLE', 'responsibleArea'],
  ['Fecha de Término', 'dueDate'], ['Fecha de término (dd/mm/aaaa)', 'dueDate'], ['Fecha compromiso', 'dueDate'],
  ['Fecha de conclusión', 'dueDate'], ['Plazo', 'dueDate'], ['Término', 'dueDate'],
  ['% de Avance', 'progress'], ['% de Avance de la Actividad', 'progress'], ['Porcentaje de avance (%)', 'progress'],
  ['Avance (%)', 'progress'], ['Grado de avance', 'progress'], ['Porcentaje', 'progress'], ['%', 'progress'],
  ['Promedio', 'average'], ['Avance promedio', 'average'], ['Avance general', 'average'], ['Avance global', 'average'],
  ['Resultados Esperados', 'expectedResults'], ['Resultado esperado', 'expectedResults'],
  ['Productos y/o Evidencias', 'evidence'], ['Evidencias', 'evidence'], ['Medios de verificación', 'evidence'],
  ['Nombre del Documento Probatorio', 'proofName'], ['Identificación del documento probatorio', 'proofName'], ['Documento soporte', 'proofName'],
  ['Ubicación del Documento Probatorio', 'proofLocation'], ['Ubicación del Documento Aprobatorio', 'proofLocation'], ['Liga', 'proofLocation'],
  ['Observaciones', 'observations'], ['Comentarios', 'observations'], ['Notas', 'observations'],
  ['Mes y Año', 'reportMonth'], ['Fecha de reporte', 'reportMonth'],
  // Not ASM columns: their cells go to extra with an unknown-column warning.
  ['Id', null], ['Columna extra', null], ['', null],
];

describe('header vocabulary', () => {
  it.each(VARIANTS)('%s → %s', (header, key) => {
    expect(columnKeyFor(header)).toBe(key);
  });

  // Property: a field's own words with filler around them (case, accents and punctuation varied) map to that field.
  const STEMS: Array<[ColumnKey, string[]]> = [
    ['description', ['Actividades', 'Acciones']],
    ['responsibleArea', ['Responsable', 'Unidad administrativa']],
    ['dueDate', ['Fecha', 'Plazo']],
    ['progress', ['Porcentaje de avance', 'Avance']],
    ['observations', ['Observaciones', 'Comentarios']],
    ['evidence', ['Evidencias', 'Productos']],
  ];
  const FILLER = ['de la', 'del ASM', '(dd/mm/aaaa)', 'comprometidas', 'de seguimiento', 'en el periodo', '*', '(1)', 'institucional'];
  it('property: a stem with filler words maps to its field', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...STEMS),
        fc.nat(),
        fc.subarray(FILLER, { maxLength: 2 }),
        fc.constantFrom('upper', 'lower', 'title'),
        ([key, stems], pick, filler, casing) => {
          const header = [stems[pick % stems.length]!, ...filler].join(' ');
          const cased = casing === 'upper' ? header.toUpperCase() : casing === 'lower' ? header.toLowerCase() : header;
          expect(columnKeyFor(cased)).toBe(key);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('a required column lost to an unknown wording', () => {
  it('is an error naming the header: validate INVALID, exit 1', () => {
    const cwd = tempDir();
    const text = readFileSync(fixture('seed-e006-2015-09.txt'), 'utf8').replace(/\tActividades\t/g, '\tLo que se compromete a hacer la dependencia\t');
    writeFileSync(join(cwd, 'perdida.txt'), text);
    const result = runCli(['validate', 'perdida.txt', '--format', 'json'], { cwd });
    expect(result.status).toBe(1);
    const diagnostics = JSON.parse(result.stdout).documents[0].diagnostics;
    expect(diagnostics.filter((d: { code: string }) => d.code === 'unmapped-required-column')).toEqual([
      expect.objectContaining({ severity: 'error', field: 'description', value: 'Lo que se compromete a hacer la dependencia' }),
    ]);
  });

  it('an agency that says "Acciones a realizar" has its activities read', () => {
    const cwd = tempDir();
    const text = readFileSync(fixture('seed-e006-2015-09.txt'), 'utf8').replace(/\tActividades\t/g, '\tAcciones a realizar\t');
    writeFileSync(join(cwd, 'acciones.txt'), text);
    const [document] = JSON.parse(runCli(['parse', 'acciones.txt', '--no-save', '--format', 'json'], { cwd }).stdout);
    expect(document.periods[0].aspects[0].activities[0].description).toMatch(/^La recomendación se incluirá/);
    expect(document.diagnostics.map((d: { code: string }) => d.code)).not.toContain('unknown-column');
  });
});

describe('the README documents every diagnostic code', () => {
  it('each code asm emits has a row in the README', () => {
    const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
    expect(Object.keys(DIAGNOSTIC_CODES).filter((code) => !readme.includes(`| \`${code}\` |`))).toEqual([]);
  });
});

describe('dates as agencies write them, through the CLI', () => {
  it('month names, a month alone (noted), an Excel serial', () => {
    const cwd = tempDir();
    const csv = [
      'Núm.;Aspecto;Acciones a realizar;Unidad Responsable;Fecha compromiso (dd/mm/aaaa);Grado de avance',
      '1;Actualizar el diagnóstico;Elaborar el documento;Dirección de Planeación;30 de junio de 2016;100',
      '2;Definir la población;Revisar la metodología;Dirección de Planeación;Junio de 2016;50',
      '3;Publicar la MIR;Cargar la MIR;Dirección de Planeación;42551;20',
    ].join('\n');
    writeFileSync(join(cwd, 'agencia.csv'), `${csv}\n`);
    const [document] = JSON.parse(runCli(['parse', 'agencia.csv', '--no-save', '--format', 'json'], { cwd }).stdout);
    const activities = document.periods[0].aspects.map((aspect: { activities: Array<{ dueDate: string; dueDateText: string }> }) => aspect.activities[0]);
    expect(activities.map((a: { dueDate: string }) => a.dueDate)).toEqual(['2016-06-30', '2016-06-30', '2016-06-30']);
    expect(activities[1].dueDateText).toBe('Junio de 2016');
    const diagnostics = JSON.parse(runCli(['validate', 'agencia.csv', '--format', 'json'], { cwd }).stdout).documents[0].diagnostics;
    expect(diagnostics.filter((d: { code: string }) => d.code === 'due-date-month-only').map((d: { aspect: number }) => d.aspect)).toEqual([2]);
    expect(diagnostics.map((d: { code: string }) => d.code)).not.toContain('invalid-date');
  });
});

describe('activities numbered 1.1, 1.2', () => {
  it('belong to ASM 1, in the No. column or at the start of the activity text; the sub-number is kept', () => {
    const cwd = tempDir();
    const csv = [
      'No.;Aspecto Susceptible de Mejora;Actividades;Área Responsable;Fecha de Término;% de Avance',
      '1.1;Actualizar el diagnóstico;Elaborar el documento;Dirección de Planeación;30/06/2016;100',
      '1.2;;Publicar el documento;Dirección de Planeación;30/09/2016;50',
      '2;Definir la población;2.1 Revisar la metodología;Dirección de Planeación;30/06/2016;50',
      ';;2.2 Publicar la metodología;Dirección de Planeación;30/09/2016;0',
    ].join('\n');
    writeFileSync(join(cwd, 'sub.csv'), `${csv}\n`);
    const [document] = JSON.parse(runCli(['parse', 'sub.csv', '--no-save', '--format', 'json'], { cwd }).stdout);
    const aspects = document.periods[0].aspects.map((aspect: { number: number; activities: Array<{ numberText?: string; description: string }> }) => [
      aspect.number,
      aspect.activities.map((activity) => [activity.numberText, activity.description]),
    ]);
    expect(aspects).toEqual([
      [1, [['1.1', 'Elaborar el documento'], ['1.2', 'Publicar el documento']]],
      [2, [['2.1', '2.1 Revisar la metodología'], ['2.2', '2.2 Publicar la metodología']]],
    ]);
  });
});

describe('a column of activity numbers', () => {
  it('keeps each activity\'s number, starts an activity per number, and survives asm\'s CSV', () => {
    const cwd = tempDir();
    const csv = [
      'No.;Aspecto Susceptible de Mejora;No. de actividad;Actividades;Área Responsable;Fecha de Término;% de Avance',
      '1;Actualizar el diagnóstico;1.1;Elaborar el documento;Dirección de Planeación;30/06/2016;100',
      ';;1.2;Publicar el documento;Dirección de Planeación;;',
      '2;Definir la población;2.1;Revisar la metodología;Dirección de Planeación;30/06/2016;50',
    ].join('\n');
    writeFileSync(join(cwd, 'act.csv'), `${csv}\n`);
    const numbers = (stdout: string): unknown =>
      JSON.parse(stdout)[0].periods[0].aspects.map((aspect: { number: number; activities: Array<{ numberText?: string; description: string }> }) => [
        aspect.number,
        aspect.activities.map((activity) => `${activity.numberText} ${activity.description}`),
      ]);
    const expected = [
      [1, ['1.1 Elaborar el documento', '1.2 Publicar el documento']],
      [2, ['2.1 Revisar la metodología']],
    ];
    expect(numbers(runCli(['parse', 'act.csv', '--no-save', '--format', 'json'], { cwd }).stdout)).toEqual(expected);
    writeFileSync(join(cwd, 'back.csv'), runCli(['parse', 'act.csv', '--no-save', '--format', 'csv'], { cwd }).stdout);
    expect(numbers(runCli(['parse', 'back.csv', '--no-save', '--format', 'json'], { cwd }).stdout)).toEqual(expected);
  });
});

describe('two headers for one field', () => {
  it('the better named keeps the field (asm\'s own wording, else fewer words); the other is a duplicate-column', () => {
    const cwd = tempDir();
    const text = readFileSync(fixture('seed-e006-2015-09.txt'), 'utf8').replace(/\tActividades\t/g, '\tAcciones de mejora comprometidas\tActividades\t');
    // The new column is inserted before Actividades on the header rows only; give each data row an empty cell there too.
    const lines = text.split('\n').map((line) => (/^\d+\t/.test(line) ? line.replace(/^(\d+\t[^\t]*\t)/, '$1\t') : line));
    writeFileSync(join(cwd, 'dos.txt'), lines.join('\n'));
    const [document] = JSON.parse(runCli(['parse', 'dos.txt', '--no-save', '--format', 'json'], { cwd }).stdout);
    expect(document.columns.find((c: { key: string }) => c.key === 'description').header).toBe('Actividades');
    expect(document.diagnostics.find((d: { code: string }) => d.code === 'duplicate-column')).toMatchObject({
      value: 'Acciones de mejora comprometidas',
      field: 'description',
    });
    expect(document.periods[0].aspects[0].activities[0].description).toMatch(/^La recomendación se incluirá/);
  });
});
