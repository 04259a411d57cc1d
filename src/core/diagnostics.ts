// Problems found inside a usable document are data: one shape, stable codes,
// and one formatter (formatMessage) that writes every human message.
import type { Diagnostic, Severity } from './schema.js';
import { truncate } from './text.js';
import { fill, OCR_TEXT } from '../text/ocr.js';
import { pdfsplitText } from '../text/pdfsplit.js';
import { XLSX_DIAGNOSTICS } from '../text/xlsx.js';

export type Lang = 'es' | 'en';

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

type Catalogue = Record<Lang, (p: MessageParams) => string>;

/** Long values are cut in messages (the diagnostic's value keeps them whole). */
const cut = (value: string | undefined): string => truncate(value ?? '', 80);

/** Every code asm emits, with its severity and its message in both languages. */
export const DIAGNOSTIC_CODES = {
  // Raised by the parser.
  'cell-realigned': {
    severity: 'warning',
    en: (p) => `Cell "${p.value}" was in column "${p.from}" and was moved to "${p.to}"`,
    es: (p) => `La celda "${p.value}" estaba en la columna "${p.from}" y se movió a "${p.to}"`,
  },
  'stray-fragment': {
    severity: 'warning',
    en: (p) => `Fragment "${p.value}" could not be placed in "${p.field}", which already holds a value; kept as extra text`,
    es: (p) => `El fragmento "${p.value}" no cabe en "${p.field}", que ya tiene valor; se conserva como texto adicional`,
  },
  // Raised by the workbook reader.
  'formula-without-value': {
    severity: 'warning',
    en: (p) => XLSX_DIAGNOSTICS.en.formulaWithoutValue(p),
    es: (p) => XLSX_DIAGNOSTICS.es.formulaWithoutValue(p),
  },
  'orphan-row': {
    severity: 'warning',
    en: () => 'A row with an empty "No." cell comes before any ASM; kept as an ASM without number',
    es: () => 'Una fila con la celda "No." vacía aparece antes de cualquier ASM; se conserva como ASM sin número',
  },
  'header-residue': {
    severity: 'error',
    en: (p) => pdfsplitText.en['header-residue'].replace('{value}', cut(p.value)),
    es: (p) => pdfsplitText.es['header-residue'].replace('{value}', cut(p.value)),
  },
  'unmapped-required-column': {
    severity: 'error',
    en: (p) =>
      `No column is the required field "${p.field}", and column "${p.value}" holds text in ${p.count} of ${p.expected} activities: ` +
      'it is probably that field under a wording asm does not know (its cells are kept as extra text)',
    es: (p) =>
      `Ninguna columna es el campo obligatorio "${p.field}", y la columna "${p.value}" tiene texto en ${p.count} de ${p.expected} actividades: ` +
      'probablemente es ese campo con un nombre que asm no conoce (sus celdas se conservan como texto adicional)',
  },
  'unknown-column': {
    severity: 'warning',
    en: (p) => `Column "${p.value}" is not a known ASM column; its cells are kept as extra text`,
    es: (p) => `La columna "${p.value}" no es una columna ASM conocida; sus celdas se conservan como texto adicional`,
  },
  'duplicate-column': {
    severity: 'warning',
    en: (p) => `Column "${p.value}" repeats the field "${p.field}"; its cells are kept as extra text`,
    es: (p) => `La columna "${p.value}" repite el campo "${p.field}"; sus celdas se conservan como texto adicional`,
  },
  'ragged-row': {
    severity: 'warning',
    en: (p) => `Row has ${p.count} cells but the header has ${p.expected}`,
    es: (p) => `La fila tiene ${p.count} celdas pero el encabezado tiene ${p.expected}`,
  },
  'control-character': {
    severity: 'warning',
    en: () => 'Stray control characters were dropped from this line',
    es: () => 'Se eliminaron caracteres de control sueltos de esta línea',
  },
  'invalid-utf8': {
    severity: 'warning',
    en: () => 'Bytes on this line are not UTF-8 (the rest of the file is); they were replaced with "\uFFFD"',
    es: () => 'Hay bytes en esta línea que no son UTF-8 (el resto del archivo sí lo es); se reemplazaron por "\uFFFD"',
  },
  'missing-period': {
    severity: 'warning',
    en: () => 'Table rows appear before any "Periodo YYYY-YYYY" heading',
    es: () => 'Hay filas de tabla antes de cualquier encabezado "Periodo AAAA-AAAA"',
  },
  'stray-text': {
    severity: 'warning',
    en: (p) => `Text outside the table and not recognised: "${p.value}"`,
    es: (p) => `Texto fuera de la tabla que no se reconoce: "${p.value}"`,
  },
  'unplaced-table-text': {
    // Fail closed: table text that is in no record is an error, never a clean result.
    severity: 'error',
    en: (p) => `Table text was not placed in any record: "${cut(p.value)}"`,
    es: (p) => `Texto de tabla que no quedó en ningún registro: "${cut(p.value)}"`,
  },
  'table-not-read': {
    severity: 'error',
    en: (p) =>
      p.count !== undefined
        ? `The table could not be read: ${p.count} of ${p.expected} table lines were not placed in any record`
        : 'The table could not be read: this period holds table text but no ASM was read from it',
    es: (p) =>
      p.count !== undefined
        ? `No se pudo leer la tabla: ${p.count} de ${p.expected} líneas de tabla no quedaron en ningún registro`
        : 'No se pudo leer la tabla: el periodo tiene texto de tabla pero no se leyó ningún ASM',
  },
  // Raised by the validator.
  'invalid-date': {
    severity: 'error',
    en: (p) => `Due date "${p.value}" is not a valid calendar date (expected dd/mm/yyyy)`,
    es: (p) => `La fecha de término "${p.value}" no es una fecha válida (se espera dd/mm/aaaa)`,
  },
  'due-date-month-only': {
    severity: 'warning',
    en: (p) => `Due date "${p.value}" names a month only; it is taken as the month's last day, ${p.expected}`,
    es: (p) => `La fecha de término "${p.value}" solo indica el mes; se toma su último día, ${p.expected}`,
  },
  'progress-not-a-number': {
    severity: 'error',
    en: (p) => `${p.field === 'average' ? 'Average' : 'Progress'} "${p.value}" is not a number`,
    es: (p) => `${p.field === 'average' ? 'El promedio' : 'El avance'} "${p.value}" no es un número`,
  },
  'progress-out-of-range': {
    severity: 'error',
    en: (p) => `${p.field === 'average' ? 'Average' : 'Progress'} ${p.value} is outside 0–100`,
    es: (p) => `${p.field === 'average' ? 'El promedio' : 'El avance'} ${p.value} está fuera de 0–100`,
  },
  'average-mismatch': {
    severity: 'error',
    en: (p) => `Printed average ${p.value} differs from the mean of its activities' progress (${p.expected})`,
    es: (p) => `El promedio impreso ${p.value} difiere de la media del avance de sus actividades (${p.expected})`,
  },
  'missing-proof': {
    severity: 'error',
    en: () => 'Activity at 100% has neither a proof document name nor its location',
    es: () => 'Actividad al 100% sin nombre ni ubicación del documento probatorio',
  },
  'proof-incomplete': {
    severity: 'warning',
    en: (p) => `Activity at 100% lacks the proof document's ${p.field === 'proofName' ? 'name' : 'location'}`,
    es: (p) => `Actividad al 100% sin ${p.field === 'proofName' ? 'nombre' : 'ubicación'} del documento probatorio`,
  },
  'proof-not-available': {
    severity: 'warning',
    en: (p) => `Proof document ${p.field === 'proofName' ? 'name' : 'location'} is "${p.value}"`,
    es: (p) => `${p.field === 'proofName' ? 'El nombre' : 'La ubicación'} del documento probatorio es "${p.value}"`,
  },
  'missing-field': {
    severity: 'error',
    en: (p) => `Required field "${p.field}" is empty`,
    es: (p) => `El campo obligatorio "${p.field}" está vacío`,
  },
  'due-date-before-period': {
    severity: 'warning',
    en: (p) => `Due date ${p.value} is before the evaluation period ${p.expected} starts`,
    es: (p) => `La fecha de término ${p.value} es anterior al inicio del periodo ${p.expected}`,
  },
  'possible-truncation': {
    // `from`: the opening words when the cell starts mid-sentence; `to`: the closing words when it stops mid-word.
    severity: 'warning',
    en: (p) =>
      p.from && p.to
        ? p.from === p.to
          ? `Text seems cut in the source at both ends: "${p.from}"`
          : `Text seems cut in the source at both ends: "${p.from}" … "${p.to}"`
        : p.from
          ? `Text seems cut in the source: it starts mid-sentence, "${p.from}"`
          : `Text seems cut in the source: it stops mid-sentence, "${p.to ?? p.value}"`,
    es: (p) =>
      p.from && p.to
        ? p.from === p.to
          ? `El texto parece cortado en el origen por ambos extremos: "${p.from}"`
          : `El texto parece cortado en el origen por ambos extremos: "${p.from}" … "${p.to}"`
        : p.from
          ? `El texto parece cortado en el origen: empieza a media frase, "${p.from}"`
          : `El texto parece cortado en el origen: termina a media frase, "${p.to ?? p.value}"`,
  },
  'broken-url': {
    severity: 'warning',
    en: (p) => `URL looks broken: "${p.value}"${p.suggestion ? `; probably ${p.suggestion}` : ''}`,
    es: (p) => `La URL parece dañada: "${p.value}"${p.suggestion ? `; probablemente ${p.suggestion}` : ''}`,
  },
  'area-name-variant': {
    severity: 'warning',
    en: (p) => `Responsible area "${p.value}" looks like a misspelling of "${p.suggestion}"`,
    es: (p) => `El área responsable "${p.value}" parece una variante mal escrita de "${p.suggestion}"`,
  },
  'duplicate-aspect-number': {
    severity: 'error',
    en: (p) => `ASM number ${p.value} appears more than once in this period`,
    es: (p) => `El número de ASM ${p.value} aparece más de una vez en este periodo`,
  },
  'implausible-area': {
    // `other`: "copy" when the cell repeats the activity's own text, "long" when it reads like a sentence.
    severity: 'warning',
    en: (p) => {
      const v = (p.value ?? '').length > 50 ? `${(p.value ?? '').slice(0, 49).trimEnd()}…` : p.value;
      return `Responsible area does not look like an area name (${p.count} words${p.other === 'copy' ? ', repeating the activity text' : ''}): "${v}"`;
    },
    es: (p) => {
      const v = (p.value ?? '').length > 50 ? `${(p.value ?? '').slice(0, 49).trimEnd()}…` : p.value;
      return `El área responsable no parece un nombre de área (${p.count} palabras${p.other === 'copy' ? ', repite el texto de la actividad' : ''}): "${v}"`;
    },
  },
  'invalid-month': {
    severity: 'error',
    en: (p) => `"Mes y Año" cell "${p.value}" is not a month (expected e.g. Septiembre-2015)`,
    es: (p) => `La celda "Mes y Año" "${p.value}" no es un mes (se espera p. ej. Septiembre-2015)`,
  },
  'report-month-mismatch': {
    severity: 'warning',
    en: (p) => `"Mes y Año" ${p.value} differs from the month of the other ASMs of this period (${p.expected})`,
    es: (p) => `"Mes y Año" ${p.value} difiere del mes de los demás ASM de este periodo (${p.expected})`,
  },
  // Raised when a value was read by OCR (issue 16): an error in the No., date, progress and
  // average columns (see OCR_CRITICAL_FIELDS), a warning elsewhere.
  'low-confidence': {
    severity: 'warning',
    en: (p) => fill(p.confidence === undefined ? OCR_TEXT.en.lowConfidenceShape : OCR_TEXT.en.lowConfidence, { ...p, value: cut(p.value) }),
    es: (p) => fill(p.confidence === undefined ? OCR_TEXT.es.lowConfidenceShape : OCR_TEXT.es.lowConfidence, { ...p, value: cut(p.value) }),
  },
  'invalid-aspect-number': {
    severity: 'error',
    en: (p) => `ASM number "${p.value}" is not a number`,
    es: (p) => `El número de ASM "${p.value}" no es un número`,
  },
} satisfies Record<string, { severity: Severity } & Catalogue>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function severityOf(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_CODES[code].severity;
}

export function formatMessage(code: DiagnosticCode, params: MessageParams, lang: Lang): string {
  return DIAGNOSTIC_CODES[code][lang](params);
}

export interface DiagnosticInput extends MessageParams {
  code: DiagnosticCode;
  /** Instead of the code's own severity (low-confidence is an error in some columns only). */
  severity?: Severity;
  period?: string | null;
  aspect?: number | null;
  activity?: number | null;
  line?: number | null;
  page?: number | null;
  /** Worksheet of a workbook source; `line` is its row. */
  sheet?: string | null;
}

export function makeDiagnostic(input: DiagnosticInput, lang: Lang = 'en'): Diagnostic {
  const { code, severity, period = null, aspect = null, activity = null, line = null, page = null, sheet = null, ...params } = input;
  // Parameters beyond field, value and suggestion are kept so the message can be written again in another language.
  const { field, value, suggestion, ...more } = params;
  const extra = Object.fromEntries(Object.entries(more).filter(([, v]) => v !== undefined)) as Record<string, string | number>;
  return {
    code,
    severity: severity ?? severityOf(code),
    message: formatMessage(code, params, lang),
    period,
    aspect,
    activity,
    field: field ?? null,
    value: value ?? null,
    line,
    page,
    ...(sheet !== null ? { sheet } : {}),
    ...(suggestion ? { suggestion } : {}),
    ...(Object.keys(extra).length > 0 ? { params: extra } : {}),
  };
}

/** The same diagnostic with its message in `lang` (diagnostics read from JSON keep the language they were written in). */
export function localizeDiagnostic(diagnostic: Diagnostic, lang: Lang): Diagnostic {
  if (!Object.hasOwn(DIAGNOSTIC_CODES, diagnostic.code)) return diagnostic;
  const params: MessageParams = {
    ...(diagnostic.params ?? {}),
    ...(diagnostic.field !== null ? { field: diagnostic.field } : {}),
    ...(diagnostic.value !== null ? { value: diagnostic.value } : {}),
    ...(diagnostic.suggestion ? { suggestion: diagnostic.suggestion } : {}),
  };
  return { ...diagnostic, message: formatMessage(diagnostic.code as DiagnosticCode, params, lang) };
}
