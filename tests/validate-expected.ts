// The expected diagnostics of the validator's fixtures, shared by the library
// and the CLI tests: [line, ASM, field, code], in output order.
export type Entry = [line: number | null, aspect: number | null, field: string | null, code: string];

export const SEED = 'fixtures/seed-e006-2015-09.txt';
export const PROBLEMS = 'fixtures/validate/problems.txt';

/** What a careful reader raises on the seed, and nothing else. */
export const SEED_EXPECTED: Entry[] = [
  // ASM 1's location: `https://www.sistemas.hacienda.gob.m.// PASH/jsps/acceso.j`: host cut to `gob.m.`, a space in the path.
  [12, 1, 'proofLocation', 'broken-url'],
  // ASM 2's location: `https://www.sistema s.hacienda.gob.mx/ PASH/…`: spaces inside the host and the path.
  [15, 2, 'proofLocation', 'broken-url'],
  // ASM 3's location starts mid-sentence (`de Indicadores para…`) and stops inside a host (`…en la liga: https://www.sistema`).
  [16, 3, 'proofLocation', 'possible-truncation'],
  // ASM 3's observations start mid-sentence (`de la Actividad 1…`) and stop on `…de incorporación al` (quote left open).
  [16, 3, 'observations', 'possible-truncation'],
  // ASM 5's text is the tail of a longer one: `Internos (PAADI Inc` (a parenthesis left open, `Inc` cut from `Incorporación`).
  [23, 5, 'text', 'possible-truncation'],
  // ASM 5's activity stops mid-word: `…Actualizar los procedimientos de procedimien`.
  [23, 5, 'description', 'possible-truncation'],
  // ASM 5's responsible area is a garbled copy of its activity text (`rograma de Anual e e Actualización…`), 49 words.
  [23, 5, 'responsibleArea', 'implausible-area'],
  // Line 24 sits one column off; the parser moved six cells back into place (its own diagnostics).
  [24, 5, 'responsibleArea', 'cell-realigned'], // `lel establecido en el o Programa…` was under Actividades
  [24, 5, 'dueDate', 'cell-realigned'], // `31/12/2015` was under Área Responsable
  [24, 5, 'expectedResults', 'cell-realigned'], // `2015` was under Fecha de Término
  [24, 5, 'progress', 'cell-realigned'], // `35` was under Productos y/o Evidencias
  [24, 5, 'observations', 'cell-realigned'], // `considerado actualizar…` was under Ubicación
  [24, 5, 'average', 'cell-realigned'], // `35.00%` was under Mes y Año
  // ASM 7's area `Coordianción de Cobranza` is a typo of `Coordinación de Cobranza` (ASMs 6 and 8).
  [29, 7, 'responsibleArea', 'area-name-variant'],
  // ASM 7 is at 100% and its proof location is `N/A`.
  [29, 7, 'proofLocation', 'proof-not-available'],
  // ASM 8's activity starts mid-sentence and ends on a comma: `eficiente el pago de cuotas obrero- patrones y multas,`.
  [30, 8, 'description', 'possible-truncation'],
];
// Not raised, on purpose: ASMs 5, 6 and 8 have no proof but are below 100%; ASM 4's URL is well formed; all dates,
// percentages and averages agree; ASM 2–4's unbalanced quotes span cells of a quoted multi-line source cell.

/** One problem a line in fixtures/validate/problems.txt (line 27 has two). */
export const PROBLEMS_EXPECTED: Entry[] = [
  [11, 1, 'dueDate', 'invalid-date'], // 31/02/2016
  [12, 2, 'progress', 'progress-not-a-number'], // cincuenta
  [13, 3, 'progress', 'progress-out-of-range'], // 120
  [13, 3, 'average', 'progress-out-of-range'], // 120.00%
  [14, 4, 'average', 'average-mismatch'], // 60.00% printed, 80 computed
  [15, 5, null, 'missing-proof'], // 100%, no name, no location
  [16, 6, 'proofLocation', 'proof-incomplete'], // 100%, name only
  [17, 7, 'proofLocation', 'proof-not-available'], // N/A
  [18, 8, 'text', 'missing-field'], // empty ASM text
  [19, 9, 'responsibleArea', 'missing-field'], // empty area
  [20, 10, 'dueDate', 'due-date-before-period'], // 15/03/2014 in period 2015-2016
  [21, 11, 'observations', 'possible-truncation'], // `…tres requisitos de la`
  [22, 12, 'proofLocation', 'broken-url'], // `https://www.imss.gob.mx/ transparencia/formatos.pdf`
  [23, 13, 'responsibleArea', 'area-name-variant'], // Coordinacion de Cobranzza
  [24, 4, 'number', 'duplicate-aspect-number'], // second ASM 4
  [25, 14, 'reportMonth', 'invalid-month'], // Septembre-2016
  [26, 15, 'reportMonth', 'report-month-mismatch'], // Agosto-2016 in a September report
  [27, 16, 'dueDate', 'missing-field'], // empty due date
  [27, 16, 'progress', 'missing-field'], // empty progress
  [28, 17, 'description', 'missing-field'], // empty activity
  [29, 18, 'proofLocation', 'broken-url'], // `https://www.imss.gob.m.// transparencia/padron.xlsx`
  [30, 19, 'responsibleArea', 'implausible-area'], // the area repeats the activity text
  [31, 20, 'average', 'cell-realigned'], // 35.00% under Mes y Año
  [32, null, 'number', 'invalid-aspect-number'], // `2l`
];
