// Messages of the diagnostics, by code, and the names of the record fields
// they point at. Core's formatMessage (src/core/diagnostics.ts) is the one
// place that turns a diagnostic's data into one of these sentences. Shape and
// folding: see ./index.ts.
import { truncate } from './format.js';
import { fill, OCR_TEXT } from './ocr.js';
import { XLSX_DIAGNOSTICS } from './xlsx.js';

/** What a message may use of a diagnostic: its field and value, and the parameters kept in `params`. */
export interface MessageParams {
  field?: string;
  value?: string;
  from?: string;
  to?: string;
  expected?: string;
  suggestion?: string;
  other?: string;
  count?: number;
  /** OCR: the word confidence (0–100) and where the word is on the page, in points. */
  confidence?: number;
  x?: number;
  y?: number;
}

/** Long values are cut in messages (the diagnostic's value keeps them whole). */
const cut = (value: string | undefined): string => truncate(value ?? '', 80);

/** Field names as a Spanish reader calls them (JSON keys stay English). */
const FIELDS_ES: Record<string, string> = {
  number: 'número',
  text: 'aspecto',
  average: 'promedio',
  reportMonth: 'mes y año',
  description: 'actividad',
  responsibleArea: 'área responsable',
  dueDate: 'fecha de término',
  expectedResults: 'resultados',
  evidence: 'evidencias',
  progress: 'avance',
  proofName: 'probatorio',
  proofLocation: 'ubicación',
  observations: 'observaciones',
};
/** A field's Spanish name; a header text that is no field is shown as it is. */
const field = (name: string | undefined): string => (name === undefined ? '' : Object.hasOwn(FIELDS_ES, name) ? FIELDS_ES[name]! : name);

export default {
  en: {
    /** The name of a record field in tables and messages: its JSON key. */
    field: (name: string) => name,
    messages: {
      // Raised by the parser.
      'cell-realigned': (p: MessageParams) => `Cell "${p.value}" was in column "${p.from}" and was moved to "${p.to}"`,
      'stray-fragment': (p: MessageParams) => `Fragment "${p.value}" could not be placed in "${p.field}", which already holds a value; kept as extra text`,
      // Raised by the workbook reader.
      'formula-without-value': (p: MessageParams) => XLSX_DIAGNOSTICS.en.formulaWithoutValue(p),
      'hidden-sheet-skipped': (p: MessageParams) => XLSX_DIAGNOSTICS.en.hiddenSheetSkipped(p),
      'html-table-read': (_p: MessageParams) => XLSX_DIAGNOSTICS.en.htmlTableRead,
      'sheet-continues-table': (p: MessageParams) => XLSX_DIAGNOSTICS.en.sheetContinuesTable(p),
      'progress-ambiguous-fraction': (p: MessageParams) => XLSX_DIAGNOSTICS.en.progressAmbiguousFraction(p),
      'orphan-row': (_p: MessageParams) => 'A row with an empty "No." cell comes before any ASM; kept as an ASM without number',
      'header-residue': (p: MessageParams) =>
        `Text "${cut(p.value)}" below the table header has no ASM number and no date, progress or average: it reads as the rest of a wrapped header cell, not as an ASM, and was left out of the records`,
      'unmapped-required-column': (p: MessageParams) =>
          `No column is the required field "${p.field}", and column "${p.value}" holds text in ${p.count} of ${p.expected} activities: ` +
          'it is probably that field under a wording asm does not know (its cells are kept as extra text)',
      'unknown-column': (p: MessageParams) => `Column "${p.value}" is not a known ASM column; its cells are kept as extra text`,
      'duplicate-column': (p: MessageParams) => `Column "${p.value}" repeats the field "${p.field}"; its cells are kept as extra text`,
      'ragged-row': (p: MessageParams) => `Row has ${p.count} cells but the header has ${p.expected}`,
      'control-character': (_p: MessageParams) => 'Stray control characters were dropped from this line',
      'invalid-utf8': (_p: MessageParams) => 'Bytes on this line are not UTF-8 (the rest of the file is); they were replaced with "\uFFFD"',
      'missing-period': (_p: MessageParams) => 'Table rows appear before any "Periodo YYYY-YYYY" heading',
      'stray-text': (p: MessageParams) => `Text outside the table and not recognised: "${p.value}"`,
      'unplaced-table-text': (p: MessageParams) => `Table text was not placed in any record: "${cut(p.value)}"`,
      'table-not-read': (p: MessageParams) =>
          p.count !== undefined
            ? `The table could not be read: ${p.count} of ${p.expected} table lines were not placed in any record`
            : 'The table could not be read: this period holds table text but no ASM was read from it',
      // Raised by the validator.
      'invalid-date': (p: MessageParams) => `Due date "${p.value}" is not a valid calendar date (expected dd/mm/yyyy)`,
      'due-date-month-only': (p: MessageParams) => `Due date "${p.value}" names a month only; it is taken as the month's last day, ${p.expected}`,
      'progress-not-a-number': (p: MessageParams) => `${p.field === 'average' ? 'Average' : 'Progress'} "${p.value}" is not a number`,
      'progress-out-of-range': (p: MessageParams) => `${p.field === 'average' ? 'Average' : 'Progress'} ${p.value} is outside 0–100`,
      'average-mismatch': (p: MessageParams) => `Printed average ${p.value} differs from the mean of its activities' progress (${p.expected})`,
      'missing-proof': (_p: MessageParams) => 'Activity at 100% has neither a proof document name nor its location',
      'proof-incomplete': (p: MessageParams) => `Activity at 100% lacks the proof document's ${p.field === 'proofName' ? 'name' : 'location'}`,
      'proof-not-available': (p: MessageParams) => `Proof document ${p.field === 'proofName' ? 'name' : 'location'} is "${p.value}"`,
      'missing-field': (p: MessageParams) => `Required field "${p.field}" is empty`,
      'due-date-before-period': (p: MessageParams) => `Due date ${p.value} is before the evaluation period ${p.expected} starts`,
      'possible-truncation': (p: MessageParams) =>
          p.from && p.to
            ? p.from === p.to
              ? `Text seems cut in the source at both ends: "${p.from}"`
              : `Text seems cut in the source at both ends: "${p.from}" … "${p.to}"`
            : p.from
              ? `Text seems cut in the source: it starts mid-sentence, "${p.from}"`
              : `Text seems cut in the source: it stops mid-sentence, "${p.to ?? p.value}"`,
      'broken-url': (p: MessageParams) => `URL looks broken: "${p.value}"${p.suggestion ? `; probably ${p.suggestion}` : ''}`,
      'area-name-variant': (p: MessageParams) => `Responsible area "${p.value}" looks like a misspelling of "${p.suggestion}"`,
      'duplicate-aspect-number': (p: MessageParams) => `ASM number ${p.value} appears more than once in this period`,
      'implausible-area': (p: MessageParams) => {
          const v = (p.value ?? '').length > 50 ? `${(p.value ?? '').slice(0, 49).trimEnd()}…` : p.value;
          return `Responsible area does not look like an area name (${p.count} words${p.other === 'copy' ? ', repeating the activity text' : ''}): "${v}"`;
        },
      'invalid-month': (p: MessageParams) => `"Mes y Año" cell "${p.value}" is not a month (expected e.g. Septiembre-2015)`,
      'report-month-mismatch': (p: MessageParams) => `"Mes y Año" ${p.value} differs from the month of the other ASMs of this period (${p.expected})`,
      'missing-program-code': (_p: MessageParams) =>
        'No program code (a letter and three digits, such as E006 or S219) was found above the table: the report is stored as "sin-clave" and `--program`/`asm diff CODE` cannot find it',
      // Raised when a value was read by OCR (issue 16).
      'low-confidence': (p: MessageParams) =>
        fill(p.confidence === undefined ? OCR_TEXT.en.lowConfidenceShape : OCR_TEXT.en.lowConfidence, { ...p, value: cut(p.value) }),
      'invalid-aspect-number': (p: MessageParams) => `ASM number "${p.value}" is not a number`,
    },
  },
  es: {
    field: (name: string) => field(name),
    messages: {
      // Raised by the parser.
      'cell-realigned': (p: MessageParams) => `La celda "${p.value}" estaba en la columna "${p.from}" y se movió a "${p.to}"`,
      'stray-fragment': (p: MessageParams) => `El fragmento "${p.value}" no cabe en "${field(p.field)}", que ya tiene valor; se conserva como texto adicional`,
      // Raised by the workbook reader.
      'formula-without-value': (p: MessageParams) => XLSX_DIAGNOSTICS.es.formulaWithoutValue(p),
      'hidden-sheet-skipped': (p: MessageParams) => XLSX_DIAGNOSTICS.es.hiddenSheetSkipped(p),
      'html-table-read': (_p: MessageParams) => XLSX_DIAGNOSTICS.es.htmlTableRead,
      'sheet-continues-table': (p: MessageParams) => XLSX_DIAGNOSTICS.es.sheetContinuesTable(p),
      'progress-ambiguous-fraction': (p: MessageParams) => XLSX_DIAGNOSTICS.es.progressAmbiguousFraction(p),
      'orphan-row': (_p: MessageParams) => 'Una fila con la celda "No." vacía aparece antes de cualquier ASM; se conserva como ASM sin número',
      'header-residue': (p: MessageParams) =>
        `El texto "${cut(p.value)}" bajo el encabezado de la tabla no tiene número de ASM ni fecha, avance o promedio: parece el resto de una celda de encabezado partida, no un ASM, y se dejó fuera de los registros`,
      'unmapped-required-column': (p: MessageParams) =>
          `Ninguna columna es el campo obligatorio "${field(p.field)}", y la columna "${p.value}" tiene texto en ${p.count} de ${p.expected} actividades: ` +
          'probablemente es ese campo con un nombre que asm no conoce (sus celdas se conservan como texto adicional)',
      'unknown-column': (p: MessageParams) => `La columna "${p.value}" no es una columna ASM conocida; sus celdas se conservan como texto adicional`,
      'duplicate-column': (p: MessageParams) => `La columna "${p.value}" repite el campo "${field(p.field)}"; sus celdas se conservan como texto adicional`,
      'ragged-row': (p: MessageParams) => `La fila tiene ${p.count} celdas pero el encabezado tiene ${p.expected}`,
      'control-character': (_p: MessageParams) => 'Se eliminaron caracteres de control sueltos de esta línea',
      'invalid-utf8': (_p: MessageParams) => 'Hay bytes en esta línea que no son UTF-8 (el resto del archivo sí lo es); se reemplazaron por "\uFFFD"',
      'missing-period': (_p: MessageParams) => 'Hay filas de tabla antes de cualquier encabezado "Periodo AAAA-AAAA"',
      'stray-text': (p: MessageParams) => `Texto fuera de la tabla que no se reconoce: "${p.value}"`,
      'unplaced-table-text': (p: MessageParams) => `Texto de tabla que no quedó en ningún registro: "${cut(p.value)}"`,
      'table-not-read': (p: MessageParams) =>
          p.count !== undefined
            ? `No se pudo leer la tabla: ${p.count} de ${p.expected} líneas de tabla no quedaron en ningún registro`
            : 'No se pudo leer la tabla: el periodo tiene texto de tabla pero no se leyó ningún ASM',
      // Raised by the validator.
      'invalid-date': (p: MessageParams) => `La fecha de término "${p.value}" no es una fecha válida (se espera dd/mm/aaaa)`,
      'due-date-month-only': (p: MessageParams) => `La fecha de término "${p.value}" solo indica el mes; se toma su último día, ${p.expected}`,
      'progress-not-a-number': (p: MessageParams) => `${p.field === 'average' ? 'El promedio' : 'El avance'} "${p.value}" no es un número`,
      'progress-out-of-range': (p: MessageParams) => `${p.field === 'average' ? 'El promedio' : 'El avance'} ${p.value} está fuera de 0–100`,
      'average-mismatch': (p: MessageParams) => `El promedio impreso ${p.value} difiere de la media del avance de sus actividades (${p.expected})`,
      'missing-proof': (_p: MessageParams) => 'Actividad al 100% sin nombre ni ubicación del documento probatorio',
      'proof-incomplete': (p: MessageParams) => `Actividad al 100% sin ${p.field === 'proofName' ? 'nombre' : 'ubicación'} del documento probatorio`,
      'proof-not-available': (p: MessageParams) => `${p.field === 'proofName' ? 'El nombre' : 'La ubicación'} del documento probatorio es "${p.value}"`,
      'missing-field': (p: MessageParams) => `El campo obligatorio "${field(p.field)}" está vacío`,
      'due-date-before-period': (p: MessageParams) => `La fecha de término ${p.value} es anterior al inicio del periodo ${p.expected}`,
      'possible-truncation': (p: MessageParams) =>
          p.from && p.to
            ? p.from === p.to
              ? `El texto parece cortado en el origen por ambos extremos: "${p.from}"`
              : `El texto parece cortado en el origen por ambos extremos: "${p.from}" … "${p.to}"`
            : p.from
              ? `El texto parece cortado en el origen: empieza a media frase, "${p.from}"`
              : `El texto parece cortado en el origen: termina a media frase, "${p.to ?? p.value}"`,
      'broken-url': (p: MessageParams) => `La URL parece dañada: "${p.value}"${p.suggestion ? `; probablemente ${p.suggestion}` : ''}`,
      'area-name-variant': (p: MessageParams) => `El área responsable "${p.value}" parece una variante mal escrita de "${p.suggestion}"`,
      'duplicate-aspect-number': (p: MessageParams) => `El número de ASM ${p.value} aparece más de una vez en este periodo`,
      'implausible-area': (p: MessageParams) => {
          const v = (p.value ?? '').length > 50 ? `${(p.value ?? '').slice(0, 49).trimEnd()}…` : p.value;
          return `El área responsable no parece un nombre de área (${p.count} palabras${p.other === 'copy' ? ', repite el texto de la actividad' : ''}): "${v}"`;
        },
      'invalid-month': (p: MessageParams) => `La celda "Mes y Año" "${p.value}" no es un mes (se espera p. ej. Septiembre-2015)`,
      'report-month-mismatch': (p: MessageParams) => `"Mes y Año" ${p.value} difiere del mes de los demás ASM de este periodo (${p.expected})`,
      'missing-program-code': (_p: MessageParams) =>
        'No se encontró la clave del programa (una letra y tres dígitos, como E006 o S219) antes de la tabla: el informe se guarda como "sin-clave" y `--program`/`asm diff CLAVE` no lo encuentran',
      // Raised when a value was read by OCR (issue 16).
      'low-confidence': (p: MessageParams) =>
        fill(p.confidence === undefined ? OCR_TEXT.es.lowConfidenceShape : OCR_TEXT.es.lowConfidence, { ...p, value: cut(p.value) }),
      'invalid-aspect-number': (p: MessageParams) => `El número de ASM "${p.value}" no es un número`,
    },
  },
};
