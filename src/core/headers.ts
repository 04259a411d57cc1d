// Columns are mapped by header text, never by position: agencies vary accents,
// case, spacing, wording and order, and some omit columns.
import { foldAccents } from './text.js';

export const ASPECT_FIELDS = ['number', 'text', 'average', 'reportMonth'] as const;
export const ACTIVITY_FIELDS = [
  'description',
  'responsibleArea',
  'dueDate',
  'expectedResults',
  'evidence',
  'progress',
  'proofName',
  'proofLocation',
  'observations',
] as const;
/** Document-level columns, present only in the CSV that asm itself writes. */
export const DOCUMENT_FIELDS = [
  'docTitle',
  'docInstitution',
  'docType',
  'docClassification',
  'docProgramCode',
  'docProgramName',
  'docReportMonth',
  'docPeriod',
  'docStatement',
  'docSourceFile',
] as const;

export type AspectField = (typeof ASPECT_FIELDS)[number];
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];
/** A column of activity numbers (`1.1`, `1.2`): kept as the activity's `numberText`. */
export type ActivityNumberField = 'activityNumber';
export type ColumnKey = AspectField | ActivityField | DocumentField | ActivityNumberField;

/** Spanish headers asm writes (CSV, Markdown) when the source gives none. */
export const DEFAULT_HEADERS: Record<ColumnKey, string> = {
  number: 'No.',
  activityNumber: 'No. de Actividad',
  text: 'Aspecto Susceptible de Mejora',
  description: 'Actividades',
  responsibleArea: 'Área Responsable',
  dueDate: 'Fecha de Término',
  expectedResults: 'Resultados Esperados',
  evidence: 'Productos y/o Evidencias',
  progress: '% de Avance',
  proofName: 'Nombre del Documento Probatorio',
  proofLocation: 'Ubicación del Documento Probatorio',
  observations: 'Observaciones',
  reportMonth: 'Mes y Año',
  average: 'Promedio',
  docTitle: 'Título del Documento',
  docInstitution: 'Institución',
  docType: 'Tipo de Documento',
  docClassification: 'Clasificación',
  docProgramCode: 'Clave del Programa',
  docProgramName: 'Nombre del Programa',
  docReportMonth: 'Mes del Reporte',
  docPeriod: 'Periodo',
  docStatement: 'Declaración del Periodo',
  // asm's own workbook: the file each row was read from, so that several reports in one sheet read back apart.
  docSourceFile: 'Archivo de origen',
};

/** Lower case, no accents, punctuation as spaces (but `%` and `#` kept), single spaces. */
export function normalizeHeader(text: string): string {
  return foldAccents(text)
    .replace(/\((s|es)\)/g, '$1') // "Aspecto(s)" → "aspectos"
    .replace(/[^a-z0-9%#]+/g, ' ')
    .trim();
}

// The vocabulary: a header maps by the words it contains, so that an agency's
// own phrase ("Acciones a realizar", "Fecha compromiso (dd/mm/aaaa)", "Grado
// de avance") maps like the seed's. Headers are normalised first (lower case,
// no accents, punctuation as spaces). First match wins, so the more specific
// rules come first: "Avance promedio" is the average, not progress; "Fecha de
// reporte" the report month, not a due date; "Ubicación del documento
// probatorio" a location, not a document name.
const RULES: ReadonlyArray<readonly [ColumnKey, RegExp]> = [
  // asm's own CSV.
  ['docTitle', /^titulo del documento$/],
  ['docInstitution', /^institucion$/],
  ['docType', /^tipo de documento$/],
  ['docClassification', /^clasificacion$/],
  ['docProgramCode', /^clave del programa$/],
  ['docProgramName', /^nombre del programa$/],
  ['docReportMonth', /^mes del reporte$/],
  ['docPeriod', /^periodo( de evaluacion)?$/],
  ['docStatement', /^declaracion del periodo$/],
  ['docSourceFile', /^archivo de origen$/],
  // "No. de actividad", "Actividad No.": the activities' own numbers, before they read as activities.
  ['activityNumber', /^(no|num|numero|n|#|nro|clave)( de)?( la)? (actividad|accion)$|^(actividad|accion) (no|num|numero|n|#)$/],
  // "No.", "Núm.", "Número", "N°", "#", "No. de ASM", "Número de aspecto".
  ['number', /^(no|num|numero|n|#|nro)( de)?( (asm|aspectos?|recomendacion))?$/],
  ['average', /promedio|avance (general|global|total)( del asm| del aspecto)?$/],
  ['reportMonth', /^(mes y ano|mes ano|mes de reporte|fecha de reporte|mes|periodo de reporte)$/],
  ['text', /aspectos? susceptibles? de mejora|^aspectos?( s)?( de mejora)?$|^asm$|^(descripcion|nombre|texto)( del?)? (asm|aspecto)\b|^recomendaci(on|ones)\b|^hallazgos?\b/],
  ['progress', /avance|porcentaje|^%$|^% de cumplimiento$|grado de cumplimiento/],
  ['proofLocation', /ubicacion|liga|enlace|url|direccion electronica|sitio web/],
  ['proofName', /documento probatorio|documento aprobatorio|documento soporte|probatorio|identificacion del documento|nombre del documento/],
  ['responsibleArea', /responsable|unidad administrativa|^areas?$|^unidad$/],
  ['dueDate', /fecha|plazo|^termino\b|conclusion/],
  ['expectedResults', /resultados? esperados?|^resultados?$|^metas?$/],
  ['evidence', /productos|evidencias?|medios? de verificacion|entregables?/],
  ['description', /actividad|accion(es)?\b|^tareas?\b/],
  ['observations', /observacion|comentario|^notas?$/],
];

export function columnKeyFor(header: string): ColumnKey | null {
  const cached = keyCache.get(header);
  if (cached !== undefined) return cached;
  const normalized = normalizeHeader(header);
  const key = normalized === '' ? null : (RULES.find(([, pattern]) => pattern.test(normalized))?.[0] ?? null);
  if (keyCache.size < 4096) keyCache.set(header, key);
  return key;
}

/** Cells like `5`, `100` or `35%` recur on every row of a large file: map each text once. */
const keyCache = new Map<string, ColumnKey | null>();

export interface HeaderMapping {
  /** Field key for each cell index; null for unknown, empty or duplicated columns. */
  keys: Array<ColumnKey | null>;
  /** Header text as printed, per cell index. */
  headers: string[];
  /** Indexes of non-empty headers that map to no known field. */
  unknown: number[];
  /** Indexes of headers whose field an earlier column already took. */
  duplicates: number[];
}

/**
 * Recognise a table header row. It must name the ASM number and text plus at
 * least two more known columns, so a sentence that happens to say "avance" is
 * not mistaken for a header.
 */
export function mapHeader(cells: readonly string[]): HeaderMapping | null {
  // Cheap rejection of data rows (most rows of a large file): a header names the ASM number in a short cell.
  if (!cells.some((cell) => cell.length <= 40 && columnKeyFor(cell) === 'number')) return null;
  const keys: Array<ColumnKey | null> = [];
  const unknown: number[] = [];
  const duplicates: number[] = [];
  // Field → the column that has it. Of two columns for one field the better named keeps it (see closeness).
  const owner = new Map<ColumnKey, number>();
  cells.forEach((cell, index) => {
    const key = columnKeyFor(cell);
    keys.push(key);
    if (key === null) {
      if (cell.trim() !== '') unknown.push(index);
      return;
    }
    const held = owner.get(key);
    if (held === undefined) owner.set(key, index);
    else if (closeness(cell, key) > closeness(cells[held]!, key)) {
      keys[held] = null;
      duplicates.push(held);
      owner.set(key, index);
    } else {
      keys[index] = null;
      duplicates.push(index);
    }
  });
  duplicates.sort((a, b) => a - b);
  const seen = new Set(owner.keys());
  const tableKeys = [...seen].filter((key) => !key.startsWith('doc'));
  // asm's own CSV of a document whose periods have no ASM table names only No. and the ASM text.
  const asmCsv = seen.has('docPeriod') && seen.has('docInstitution');
  if (!seen.has('number') || !seen.has('text') || (tableKeys.length < 4 && !asmCsv)) return null;
  return { keys, headers: cells.map((cell) => cell.trim()), unknown, duplicates };
}

/** How well a header names its field: the wording asm writes itself first, then the header with fewer words. */
function closeness(header: string, key: ColumnKey): number {
  const normalized = normalizeHeader(header);
  if (normalized === normalizeHeader(DEFAULT_HEADERS[key])) return 100;
  return -normalized.split(' ').length;
}

/** True when the row is the same header again (it repeats after each page break). */
export function isRepeatedHeader(cells: readonly string[], mapping: HeaderMapping): boolean {
  const nonEmpty = cells.filter((cell) => cell.trim() !== '');
  if (nonEmpty.length < 2) return false;
  let known = knownHeaders.get(mapping);
  if (!known) {
    known = new Set(mapping.headers.map(normalizeHeader));
    knownHeaders.set(mapping, known);
  }
  const set = known;
  return nonEmpty.every((cell) => set.has(normalizeHeader(cell)));
}

/** Normalised headers per mapping, computed once rather than on every row. */
const knownHeaders = new WeakMap<HeaderMapping, Set<string>>();
