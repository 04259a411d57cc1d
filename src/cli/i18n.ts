// Human text of the CLI in Spanish and English. Diagnostic messages live in
// core/diagnostics.ts; JSON keys and codes are never translated.
import type { InputErrorCode } from '../core/errors.js';
import type { Lang } from '../core/diagnostics.js';
import { fill, OCR_TEXT } from '../text/ocr.js';
import { XLSX_CLI } from '../text/xlsx.js';

export type { Lang };

/** `--lang` wins; else LC_ALL, then LANG: es* → Spanish, anything else → English. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if (flag === 'es' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LANG || '';
  return /^es/i.test(locale) ? 'es' : 'en';
}

/** " on page 2" / " near line 14" from an error's detail ("page 2", "line 14"). */
function position(detail: string | undefined, lang: Lang): string {
  const match = /^(page|line) ((?:.+!)?\d+)$/.exec(detail ?? '');
  if (!match) return '';
  if (match[1] === 'page') return lang === 'es' ? ` de la página ${match[2]}` : ` on page ${match[2]}`;
  return lang === 'es' ? ` cerca de la línea ${match[2]}` : ` near line ${match[2]}`;
}

/** "page 3, 60" → { page: '3', seconds: '60' }. */
function ocrLimit(detail: string | undefined): { page?: string; seconds?: string } {
  const match = /^page (\d+), ([\d.]+)$/.exec(detail ?? '');
  return match ? { page: match[1], seconds: match[2] } : {};
}

const INPUT_ERRORS: Record<InputErrorCode, Record<Lang, (file: string, detail?: string) => string>> = {
  'file-not-found': {
    en: (f) => `${f}: no such file or directory.`,
    es: (f) => `${f}: no existe el archivo o directorio.`,
  },
  'file-not-readable': {
    en: (f) => `${f}: the file cannot be read (permission denied).`,
    es: (f) => `${f}: no se puede leer el archivo (permiso denegado).`,
  },
  'is-directory': {
    en: (f) => `${f}: is a directory.`,
    es: (f) => `${f}: es un directorio.`,
  },
  'no-supported-files': {
    en: (f) => `${f}: the directory holds no .txt, .md, .csv, .tsv, .json, .pdf, .xlsx or .xls file.`,
    es: (f) => `${f}: el directorio no contiene archivos .txt, .md, .csv, .tsv, .json, .pdf, .xlsx ni .xls.`,
  },
  'xlsx-unreadable': {
    en: (f, d) => `${f}: ${XLSX_CLI.en.unreadableWorkbook}${d ? ` (${d})` : ''}.`,
    es: (f, d) => `${f}: ${XLSX_CLI.es.unreadableWorkbook}${d ? ` (${d})` : ''}.`,
  },
  'empty-file': { en: (f) => `${f}: the file is empty.`, es: (f) => `${f}: el archivo está vacío.` },
  'binary-file': {
    en: (f) => `${f}: this is a binary file, not a text, CSV or PDF report.`,
    es: (f) => `${f}: es un archivo binario, no un reporte de texto, CSV o PDF.`,
  },
  'no-asm-content': {
    en: (f) => `${f}: no ASM table header and no "Periodo YYYY-YYYY" heading found; is this an ASM follow-up report?`,
    es: (f) => `${f}: no se encontró encabezado de tabla ASM ni "Periodo AAAA-AAAA"; ¿es un reporte de seguimiento de ASM?`,
  },
  'csv-no-asm-columns': {
    en: (f) => `${f}: the CSV header has no ASM columns (it needs at least "No." and "Aspecto Susceptible de Mejora").`,
    es: (f) => `${f}: el encabezado del CSV no tiene columnas ASM (necesita al menos "No." y "Aspecto Susceptible de Mejora").`,
  },
  'invalid-json': {
    en: (f, d) => `${f}: not a JSON document written by asm${d ? ` (${d})` : ''}.`,
    es: (f, d) => `${f}: no es un documento JSON escrito por asm${d ? ` (${d})` : ''}.`,
  },
  'pdf-encrypted': {
    en: (f) => `${f}: the PDF is encrypted; remove the password first (e.g. qpdf --decrypt).`,
    es: (f) => `${f}: el PDF está cifrado; quite la contraseña primero (p. ej. qpdf --decrypt).`,
  },
  'pdf-damaged': {
    en: (f) => `${f}: the PDF is damaged or truncated and cannot be read.`,
    es: (f) => `${f}: el PDF está dañado o truncado y no se puede leer.`,
  },
  'table-not-read': {
    en: (f, d) => `${f}: could not read the table${position(d, 'en')}; --allow-unread carries on with what was read.`,
    es: (f, d) => `${f}: no se pudo leer la tabla${position(d, 'es')}; --allow-unread continúa con lo que se leyó.`,
  },
  'store-entry-not-file': {
    en: (f) => `${f}: not a regular file; the store holds only files asm wrote (a link or folder there is refused, not followed).`,
    es: (f) => `${f}: no es un archivo regular; el almacén solo guarda archivos escritos por asm (un enlace o carpeta ahí se rechaza, no se sigue).`,
  },
  'table-text-unplaced': {
    en: (f, d) => `${f}: table text${position(d, 'en')} is in no record; --allow-unread carries on with what was read.`,
    es: (f, d) => `${f}: hay texto de tabla${position(d, 'es')} que no quedó en ningún registro; --allow-unread continúa con lo que se leyó.`,
  },
  'pdf-no-text': {
    en: (f) => fill(OCR_TEXT.en.noText, { file: f }),
    es: (f) => fill(OCR_TEXT.es.noText, { file: f }),
  },
  'ocr-time-limit': {
    en: (f, d) => fill(OCR_TEXT.en.timeLimit, { file: f, ...ocrLimit(d) }),
    es: (f, d) => fill(OCR_TEXT.es.timeLimit, { file: f, ...ocrLimit(d) }),
  },
  'ocr-unsure': {
    en: (f, d) => fill(OCR_TEXT.en.unsure, { file: f, place: position(d, 'en') }),
    es: (f, d) => fill(OCR_TEXT.es.unsure, { file: f, place: position(d, 'es') }),
  },
  'ocr-unavailable': {
    en: (f) => fill(OCR_TEXT.en.engineMissing, { file: f }),
    es: (f) => fill(OCR_TEXT.es.engineMissing, { file: f }),
  },
  'input-too-large': {
    en: (f, d) => `${f}: the input is larger than the limit of ${d} (--max-input-size).`,
    es: (f, d) => `${f}: la entrada supera el límite de ${d} (--max-input-size).`,
  },
  'pdf-memory-limit': {
    en: (f, d) => `${f}: reading the PDF needed more than ${d} MB of memory (a decompression bomb?); ASM_PDF_MEMORY_MB raises the limit.`,
    es: (f, d) => `${f}: leer el PDF necesitó más de ${d} MB de memoria (¿una bomba de descompresión?); ASM_PDF_MEMORY_MB sube el límite.`,
  },
  'pdf-time-limit': {
    en: (f, d) => `${f}: reading the PDF took longer than ${d} s; ASM_PDF_TIMEOUT raises the limit.`,
    es: (f, d) => `${f}: leer el PDF tardó más de ${d} s; ASM_PDF_TIMEOUT sube el límite.`,
  },
};

export function inputErrorMessage(code: InputErrorCode, file: string, lang: Lang, detail?: string): string {
  return INPUT_ERRORS[code][lang](file, detail);
}

const TEXT = {
  programDescription: {
    en: 'Parse, validate and report on ASM ("Aspectos Susceptibles de Mejora") follow-up reports.',
    es: 'Lee, valida y resume reportes de seguimiento de Aspectos Susceptibles de Mejora (ASM).',
  },
  optLang: { en: 'language of messages: es or en (default from LANG)', es: 'idioma de los mensajes: es o en (por omisión, según LANG)' },
  optNoColor: { en: 'never colour the output', es: 'nunca colorear la salida' },
  optFormat: { en: 'output format', es: 'formato de salida' },
  optOutput: { en: 'write the output to FILE (atomically) instead of stdout', es: 'escribir la salida en FILE (de forma atómica) en lugar de stdout' },
  optNoBom: { en: 'no UTF-8 BOM in files written with --output', es: 'sin BOM UTF-8 en archivos escritos con --output' },
  optNoSave: { en: 'do not save the parsed documents in the store', es: 'no guardar los documentos en el almacén' },
  optStore: { en: 'store folder (default .asm, or ASM_STORE)', es: 'carpeta del almacén (por omisión .asm, o ASM_STORE)' },
  optAllowUnread: {
    en: 'carry on when a table, or some of its text, could not be read (its diagnostics stay in the output)',
    es: 'continuar aunque no se haya podido leer una tabla o parte de su texto (sus diagnósticos quedan en la salida)',
  },
  optKeepGoing: {
    en: 'use the usable inputs when some are not, list the others at the end (exit 2)',
    es: 'usar las entradas utilizables aunque otras no lo sean, y listar estas al final (sale con 2)',
  },
  inputsFailed: { en: 'inputs that could not be used', es: 'entradas que no se pudieron usar' },
  optInputFormat: {
    en: `read inputs as this format instead of guessing (${XLSX_CLI.en.inputFormatXlsx})`,
    es: `leer las entradas con este formato en lugar de adivinarlo (${XLSX_CLI.es.inputFormatXlsx})`,
  },
  parseDescription: {
    en: 'parse reports (text, CSV, PDF, Excel or asm JSON) into typed records',
    es: 'convierte reportes (texto, CSV, PDF, Excel o JSON de asm) en registros tipados',
  },
  argFiles: { en: 'files, directories, or - for standard input', es: 'archivos, directorios o - para la entrada estándar' },
  schemaDescription: { en: 'print the JSON Schema of the document model', es: 'imprime el JSON Schema del modelo de documento' },
  storeDescription: { en: 'list the documents saved in the store', es: 'lista los documentos guardados en el almacén' },
  storeRemoveDescription: {
    en: 'remove saved documents by program code, file name or institution',
    es: 'elimina documentos guardados por clave de programa, nombre de archivo o institución',
  },
  examples: { en: 'Examples:', es: 'Ejemplos:' },
  optVersion: { en: 'print the version', es: 'muestra la versión' },
  optHelp: { en: 'show help for the command', es: 'muestra la ayuda del comando' },
  topExamples: {
    en: `  $ asm parse informe.pdf                 # read a report, save it in .asm/
  $ asm validate --format github          # check every saved report (exit 1 on errors)
  $ asm report --period 2014-2015         # summary and period averages
  $ asm vigentes --overdue                # pending ASMs past their due date (exit 1 if any)
  $ asm <command> --help                  # options and examples of one command`,
    es: `  $ asm parse informe.pdf                 # lee un reporte y lo guarda en .asm/
  $ asm validate --format github          # revisa los reportes guardados (sale con 1 si hay errores)
  $ asm report --period 2014-2015         # resumen y promedios del periodo
  $ asm vigentes --overdue                # ASM pendientes con fecha vencida (sale con 1 si hay)
  $ asm <comando> --help                  # opciones y ejemplos de un comando`,
  },
  saved: { en: 'saved', es: 'guardado' },
  warning: { en: 'warning', es: 'advertencia' },
  in: { en: 'in', es: 'en' },
  wrote: { en: 'wrote', es: 'escrito' },
  binaryNeedsOutput: { en: 'this format is binary and is not written to the terminal; name a file', es: 'este formato es binario y no se escribe en la terminal; indique un archivo' },
  removed: { en: 'removed', es: 'eliminado' },
  storeEmpty: { en: 'The store is empty', es: 'El almacén está vacío' },
  nothingRemoved: { en: 'nothing removed; nothing in the store matches', es: 'no se eliminó nada; nada en el almacén coincide con' },
  ambiguousSelector: { en: 'nothing removed; several stored files start with', es: 'no se eliminó nada; varios archivos del almacén empiezan con' },
  replacing: { en: 'replacing the report read from', es: 'en lugar del reporte leído de' },
  noInputs: {
    en: 'no input files given and the store is empty; run `asm parse FILE` first',
    es: 'no se indicaron archivos y el almacén está vacío; ejecute antes `asm parse ARCHIVO`',
  },
  invalidChoice: { en: 'invalid value for', es: 'valor no válido para' },
  accepted: { en: 'accepted', es: 'valores aceptados' },
  unexpected: { en: 'unexpected error', es: 'error inesperado' },
  due: { en: 'Due', es: 'Término' },
  area: { en: 'Area', es: 'Área' },
  progress: { en: 'Progress', es: 'Avance' },
  // asm report / asm vigentes
  reportDescription: {
    en: 'summarize ASMs per program and period: counts, concluded, vigentes, average progress, by area',
    es: 'resume los ASM por programa y periodo: número, concluidos, vigentes, avance promedio, por área',
  },
  vigentesDescription: {
    en: 'list the vigente (pending) ASMs; exit 1 when there is any (for CI)',
    es: 'lista los ASM vigentes (pendientes); termina con 1 si hay alguno (para CI)',
  },
  argFilesOrStore: {
    en: 'files, directories, or - for standard input (default: every document in the store)',
    es: 'archivos, directorios o - para la entrada estándar (por omisión: todos los documentos del almacén)',
  },
  optPeriod: { en: 'only this evaluation period, YYYY-YYYY', es: 'solo este periodo de evaluación, AAAA-AAAA' },
  optReport: {
    en: 'use the report of this month, YYYY-MM (default: the most recent of each program)',
    es: 'usar el reporte de este mes, AAAA-MM (por omisión: el más reciente de cada programa)',
  },
  optProgramFilter: { en: 'only programs whose code contains CODE', es: 'solo programas cuya clave contenga CODE' },
  optInstitutionFilter: { en: 'only institutions whose name contains TEXT', es: 'solo instituciones cuyo nombre contenga TEXT' },
  optAreaFilter: { en: 'only ASMs with a responsible area containing TEXT', es: 'solo ASM con un área responsable que contenga TEXT' },
  optAsOf: { en: 'date for overdue checks, YYYY-MM-DD (default: today)', es: 'fecha para calcular atrasos, AAAA-MM-DD (por omisión: hoy)' },
  optOverdue: { en: 'only ASMs with an unfinished activity past its due date', es: 'solo ASM con una actividad sin concluir y fecha de término vencida' },
  optExitZero: { en: 'exit 0 even when vigentes are listed (reporting-only jobs)', es: 'terminar con 0 aunque haya vigentes (trabajos solo de reporte)' },
  formPeriod: { en: 'the accepted form is YYYY-YYYY, e.g. 2014-2015', es: 'la forma aceptada es AAAA-AAAA, p. ej. 2014-2015' },
  formReport: { en: 'the accepted form is YYYY-MM, e.g. 2015-09', es: 'la forma aceptada es AAAA-MM, p. ej. 2015-09' },
  formDate: { en: 'the accepted form is YYYY-MM-DD, e.g. 2015-10-15', es: 'la forma aceptada es AAAA-MM-DD, p. ej. 2015-10-15' },
  unknownPeriod: { en: 'no input has period', es: 'ninguna entrada tiene el periodo' },
  periodsFound: { en: 'periods found', es: 'periodos encontrados' },
  unknownReport: { en: 'no program has a report of month', es: 'ningún programa tiene un reporte del mes' },
  reportsFound: { en: 'report months found', es: 'meses de reporte encontrados' },
  noProgramMatch: { en: 'no document matches', es: 'ningún documento coincide con' },
  programsFound: { en: 'programs found', es: 'programas encontrados' },
  noneFound: { en: '(none)', es: '(ninguno)' },
  optFormatAuto: { en: 'output format (default: table on a terminal, json when piped or with --output)', es: 'formato de salida (por omisión: table en una terminal, json por tubería o con --output)' },
  parseExamples: {
    en: `  $ asm parse informe.txt                      # table on a terminal, saved in .asm/
  $ asm parse informe.pdf --format json > informe.json
  $ asm parse reportes/ --format csv --output asm.csv
  $ asm parse reportes/ --format xlsx -o asm.xlsx   # one workbook, a row per activity
  $ cat informe.txt | asm parse - --no-save --format markdown`,
    es: `  $ asm parse informe.txt                      # tabla en la terminal, guardado en .asm/
  $ asm parse informe.pdf --format json > informe.json
  $ asm parse reportes/ --format csv --output asm.csv
  $ asm parse reportes/ --format xlsx -o asm.xlsx   # un libro, una fila por actividad
  $ cat informe.txt | asm parse - --no-save --format markdown`,
  },
  reportExamples: {
    en: `  $ asm parse report-e006.txt                  # saves the document in .asm/
  $ asm report                                 # every program in the store
  $ asm report --period 2014-2015              # one period only
  $ asm report reports/ --program E006 --format markdown > summary.md
  $ asm report --report 2015-03 --format json  # the March report instead of the newest
  $ asm report --area "cobranza" --format csv > by-area.csv`,
    es: `  $ asm parse informe-e006.txt                 # guarda el documento en .asm/
  $ asm report                                 # todos los programas del almacén
  $ asm report --period 2014-2015              # solo un periodo
  $ asm report reportes/ --program E006 --format markdown > resumen.md
  $ asm report --report 2015-03 --format json  # el reporte de marzo en lugar del más reciente
  $ asm report --area "cobranza" --format csv > por-area.csv`,
  },
  vigentesExamples: {
    en: `  $ asm vigentes                               # pending ASMs in the store; exit 1 if any
  $ asm vigentes report.txt --period 2014-2015
  $ asm vigentes --overdue --as-of 2015-10-15  # only those overdue on that date
  $ asm vigentes --format github               # ::warning annotations in GitHub Actions
  $ asm vigentes --format csv --exit-zero > vigentes.csv

Exit codes: 0 no vigentes, 1 vigentes listed, 2 unusable input or usage.`,
    es: `  $ asm vigentes                               # ASM pendientes del almacén; sale con 1 si hay alguno
  $ asm vigentes informe.txt --period 2014-2015
  $ asm vigentes --overdue --as-of 2015-10-15  # solo los atrasados a esa fecha
  $ asm vigentes --format github               # anotaciones ::warning en GitHub Actions
  $ asm vigentes --format csv --exit-zero > vigentes.csv

Códigos de salida: 0 sin vigentes, 1 hay vigentes, 2 entrada inutilizable o uso incorrecto.`,
  },
  // asm validate
  validateDescription: {
    en: 'check reports for wrong dates, percentages, missing proof, cut text and broken URLs',
    es: 'revisa reportes: fechas y porcentajes erróneos, probatorios faltantes, texto cortado y URL dañadas',
  },
  optIgnore: { en: 'drop diagnostics with these codes (comma-separated, repeatable)', es: 'omitir diagnósticos con estos códigos (separados por comas, repetible)' },
  optStrict: { en: 'warnings also fail the run (exit 1)', es: 'las advertencias también hacen fallar la ejecución (salida 1)' },
  unknownCode: { en: 'unknown diagnostic code in --ignore', es: 'código de diagnóstico desconocido en --ignore' },
  validateExamples: {
    en: `  $ asm validate informe.txt                     # table: verdict, diagnostics by severity, summary
  $ asm validate                                 # every document in the store (.asm/)
  $ asm validate reportes/ --format json > validacion.json
  $ asm validate informe.txt --format github     # ::error/::warning annotations in GitHub Actions
  $ asm validate informe.txt --ignore cell-realigned,possible-truncation --strict

Exit codes: 0 no errors, 1 errors found (warnings too with --strict), 2 unusable input or usage.`,
    es: `  $ asm validate informe.txt                     # tabla: veredicto, diagnósticos por severidad, resumen
  $ asm validate                                 # todos los documentos del almacén (.asm/)
  $ asm validate reportes/ --format json > validacion.json
  $ asm validate informe.txt --format github     # anotaciones ::error/::warning en GitHub Actions
  $ asm validate informe.txt --ignore cell-realigned,possible-truncation --strict

Códigos de salida: 0 sin errores, 1 hay errores (o advertencias con --strict), 2 entrada inutilizable o uso incorrecto.`,
  },
} satisfies Record<string, Record<Lang, string>>;

export type TextKey = keyof typeof TEXT;

export function t(key: TextKey, lang: Lang): string {
  return TEXT[key][lang];
}
