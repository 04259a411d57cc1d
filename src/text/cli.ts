// Text of the CLI: descriptions, help, messages on stderr. Shape and folding: see ./index.ts.
import { fill, OCR_TEXT } from './ocr.js';
import { XLSX_CLI } from './xlsx.js';

/** " on page 2" / " near line 14" from an error's detail ("page 2", "line 14"). */
function position(detail: string | undefined, page: (n: string) => string, line: (n: string) => string): string {
  const match = /^(page|line) ((?:.+!)?\d+)$/.exec(detail ?? '');
  if (!match) return '';
  return match[1] === 'page' ? page(match[2]!) : line(match[2]!);
}
const enAt = (d: string | undefined): string => position(d, (n) => ` on page ${n}`, (n) => ` near line ${n}`);
const esAt = (d: string | undefined): string => position(d, (n) => ` de la página ${n}`, (n) => ` cerca de la línea ${n}`);

/** "page 3, 60" → { page: '3', seconds: '60' }. */
function ocrLimit(detail: string | undefined): { page?: string; seconds?: string } {
  const match = /^page (\d+), ([\d.]+)$/.exec(detail ?? '');
  return match ? { page: match[1], seconds: match[2] } : {};
}

export default {
  en: {
    programDescription: 'Parse, validate and report on ASM ("Aspectos Susceptibles de Mejora") follow-up reports.',
    optLang: 'language of messages: es or en (default from LANG)',
    optNoColor: 'never colour the output',
    optFormat: 'output format',
    optOutput: 'write the output to FILE (atomically) instead of stdout',
    optNoBom: 'no UTF-8 BOM in files written with --output',
    optNoSave: 'do not save the parsed documents in the store',
    optStore: 'store folder (default .asm, or ASM_STORE)',
    optAllowUnread: 'carry on when a table, or some of its text, could not be read (its diagnostics stay in the output)',
    optKeepGoing: 'use the usable inputs when some are not, list the others at the end (exit 2)',
    inputsFailed: 'inputs that could not be used',
    optInputFormat: `read inputs as this format instead of guessing (${XLSX_CLI.en.inputFormatXlsx})`,
    parseDescription: 'parse reports (text, CSV, PDF, Excel or asm JSON) into typed records',
    argFiles: 'files, directories, or - for standard input',
    schemaDescription: 'print the JSON Schema of the document model',
    storeDescription: 'list the documents saved in the store',
    storeRemoveDescription: 'remove saved documents by program code, file name or institution',
    examples: 'Examples:',
    optVersion: 'print the version',
    optHelp: 'show help for the command',
    topExamples: `  $ asm parse informe.pdf                 # read a report, save it in .asm/
  $ asm validate --format github          # check every saved report (exit 1 on errors)
  $ asm report --period 2014-2015         # summary and period averages
  $ asm vigentes --overdue                # pending ASMs past their due date (exit 1 if any)
  $ asm <command> --help                  # options and examples of one command`,
    saved: 'saved',
    warning: 'warning',
    in: 'in',
    wrote: 'wrote',
    binaryNeedsOutput: 'this format is binary and is not written to the terminal; name a file',
    removed: 'removed',
    storeEmpty: 'The store is empty',
    nothingRemoved: 'nothing removed; nothing in the store matches',
    ambiguousSelector: 'nothing removed; several stored files start with',
    replacing: 'replacing the report read from',
    noInputs: 'no input files given and the store is empty; run `asm parse FILE` first',
    invalidChoice: 'invalid value for',
    accepted: 'accepted',
    unexpected: 'unexpected error',
    reportDescription: 'summarize ASMs per program and period: counts, concluded, vigentes, average progress, by area',
    vigentesDescription: 'list the vigente (pending) ASMs; exit 1 when there is any (for CI)',
    argFilesOrStore: 'files, directories, or - for standard input (default: every document in the store)',
    optPeriod: 'only this evaluation period, YYYY-YYYY',
    optReport: 'use the report of this month, YYYY-MM (default: the most recent of each program)',
    optProgramFilter: 'only programs whose code contains CODE',
    optInstitutionFilter: 'only institutions whose name contains TEXT',
    optAreaFilter: 'only ASMs with a responsible area containing TEXT',
    optAsOf: 'date for overdue checks, YYYY-MM-DD (default: today)',
    optOverdue: 'only ASMs with an unfinished activity past its due date',
    optExitZero: 'exit 0 even when vigentes are listed (reporting-only jobs)',
    formPeriod: 'the accepted form is YYYY-YYYY, e.g. 2014-2015',
    formReport: 'the accepted form is YYYY-MM, e.g. 2015-09',
    formDate: 'the accepted form is YYYY-MM-DD, e.g. 2015-10-15',
    unknownPeriod: 'no input has period',
    periodsFound: 'periods found',
    unknownReport: 'no program has a report of month',
    reportsFound: 'report months found',
    noProgramMatch: 'no document matches',
    programsFound: 'programs found',
    noneFound: '(none)',
    optFormatAuto: 'output format (default: table on a terminal, json when piped or with --output)',
    parseExamples: `  $ asm parse informe.txt                      # table on a terminal, saved in .asm/
  $ asm parse informe.pdf --format json > informe.json
  $ asm parse reportes/ --format csv --output asm.csv
  $ asm parse reportes/ --format xlsx -o asm.xlsx   # one workbook, a row per activity
  $ cat informe.txt | asm parse - --no-save --format markdown`,
    reportExamples: `  $ asm parse report-e006.txt                  # saves the document in .asm/
  $ asm report                                 # every program in the store
  $ asm report --period 2014-2015              # one period only
  $ asm report reports/ --program E006 --format markdown > summary.md
  $ asm report --report 2015-03 --format json  # the March report instead of the newest
  $ asm report --area "cobranza" --format csv > by-area.csv`,
    vigentesExamples: `  $ asm vigentes                               # pending ASMs in the store; exit 1 if any
  $ asm vigentes report.txt --period 2014-2015
  $ asm vigentes --overdue --as-of 2015-10-15  # only those overdue on that date
  $ asm vigentes --format github               # ::warning annotations in GitHub Actions
  $ asm vigentes --format csv --exit-zero > vigentes.csv

Exit codes: 0 no vigentes, 1 vigentes listed, 2 unusable input or usage.`,
    validateDescription: 'check reports for wrong dates, percentages, missing proof, cut text and broken URLs',
    optIgnore: 'drop diagnostics with these codes (comma-separated, repeatable)',
    optStrict: 'warnings also fail the run (exit 1)',
    unknownCode: 'unknown diagnostic code in --ignore',
    validateExamples: `  $ asm validate informe.txt                     # table: verdict, diagnostics by severity, summary
  $ asm validate                                 # every document in the store (.asm/)
  $ asm validate reportes/ --format json > validacion.json
  $ asm validate informe.txt --format github     # ::error/::warning annotations in GitHub Actions
  $ asm validate informe.txt --ignore cell-realigned,possible-truncation --strict

Exit codes: 0 no errors, 1 errors found (warnings too with --strict), 2 unusable input or usage.`,
    // Option descriptions built elsewhere before.
    optJobs: 'processes reading PDFs in parallel (default: the number of cores minus one; at most the number of cores)',
    optMaxInputSize: 'refuse inputs larger than this, e.g. 256MB, 1GB (default 256MB, or ASM_MAX_INPUT_SIZE)',
    argSelectors: 'E006 | file.json | institution',
    storeExamples: `  $ asm store
  $ asm store --format json
  $ asm store remove E006`,
    schemaExamples: '  $ asm schema > asm-document.schema.json',
    /** The progress bar on stderr: `624/2000 files  31% · 512 files/s`. */
    bar: { files: 'files', perSecond: 'files/s' },
    /** Names of option values and arguments in the help: `--output <file>`, `[files...]`. */
    value: {
      dir: 'dir', format: 'format', file: 'file', n: 'n', size: 'size', codes: 'codes', lang: 'lang',
      period: 'YYYY-YYYY', month: 'YYYY-MM', date: 'YYYY-MM-DD', code: 'CODE', text: 'TEXT', files: 'files', selectors: 'selectors',
      kind: 'kind', old: 'old', new: 'new',
    },
    /** The words commander writes around the help. */
    help: {
      usage: 'Usage:', arguments: 'Arguments:', options: 'Options:', commands: 'Commands:', globalOptions: 'Global Options:',
      optionsWord: '[options]', commandWord: '[command]', default: 'default', choices: 'choices',
    },
    /** Usage errors: one sentence, then the hint. */
    usage: {
      unknownOption: (flag: string) => `unknown option '${flag}'.`,
      unknownCommand: (name: string) => `unknown command '${name}'.`,
      missingArgument: (name: string) => `missing required argument '${name}'.`,
      optionMissingArgument: (flags: string) => `option '${flags}' argument missing.`,
      invalidOptionValue: (flags: string, value: string, why: string) => `option '${flags}' argument '${value}' is invalid. ${why}`,
      invalidArgumentValue: (name: string, value: string, why: string) => `argument '${name}' value '${value}' is invalid. ${why}`,
      allowedChoices: (choices: string) => `Allowed choices are ${choices}.`,
      tooManyArguments: (command: string, expected: number, got: number) =>
        `too many arguments for '${command}'. Expected ${expected} argument${expected === 1 ? '' : 's'} but got ${got}.`,
      didYouMean: (suggestion: string) => `(Did you mean ${suggestion}?)`,
      jobsValue: (value: string) => `"${value}": expected a whole number from 1 to 256.`,
      sizeValue: (value: string) => `"${value}": expected a size such as 256MB, 1GB, 500KB or a number of bytes.`,
      memoryValue: (value: string) => `"${value}": expected a whole number of MB, at least 64.`,
      timeoutValue: (value: string) => `"${value}": expected a number of seconds greater than 0.`,
      hint: (command: string) => `Try '${command} --help'.`,
    },
    /** Messages of unusable inputs, by AsmInputError code: (file, detail) → sentence. */
    inputErrors: {
      'file-not-found': (f: string, _d?: string) => `${f}: no such file or directory.`,
      'file-not-readable': (f: string, _d?: string) => `${f}: the file cannot be read (permission denied).`,
      'is-directory': (f: string, _d?: string) => `${f}: is a directory.`,
      'no-supported-files': (f: string, _d?: string) => `${f}: the directory holds no .txt, .md, .csv, .tsv, .json, .pdf, .xlsx or .xls file.`,
      'xlsx-unreadable': (f: string, d?: string) => `${f}: ${XLSX_CLI.en.unreadableWorkbook}${d ? ` (${d})` : ''}.`,
      'empty-file': (f: string, _d?: string) => `${f}: the file is empty.`,
      'binary-file': (f: string, _d?: string) => `${f}: this is a binary file, not a text, CSV or PDF report.`,
      'no-asm-content': (f: string, _d?: string) => `${f}: no ASM table header and no "Periodo YYYY-YYYY" heading found; is this an ASM follow-up report?`,
      'csv-no-asm-columns': (f: string, _d?: string) => `${f}: the CSV header has no ASM columns (it needs at least "No." and "Aspecto Susceptible de Mejora").`,
      'invalid-json': (f: string, d?: string) => `${f}: not a JSON document written by asm${d ? ` (${d})` : ''}.`,
      'pdf-encrypted': (f: string, _d?: string) => `${f}: the PDF is encrypted; remove the password first (e.g. qpdf --decrypt).`,
      'pdf-damaged': (f: string, _d?: string) => `${f}: the PDF is damaged or truncated and cannot be read.`,
      'table-not-read': (f: string, d?: string) => `${f}: could not read the table${enAt(d)}; --allow-unread carries on with what was read.`,
      'store-entry-not-file': (f: string, _d?: string) => `${f}: not a regular file; the store holds only files asm wrote (a link or folder there is refused, not followed).`,
      'table-text-unplaced': (f: string, d?: string) => `${f}: table text${enAt(d)} is in no record; --allow-unread carries on with what was read.`,
      'pdf-no-text': (f: string, _d?: string) => fill(OCR_TEXT.en.noText, { file: f }),
      'ocr-time-limit': (f: string, d?: string) => fill(OCR_TEXT.en.timeLimit, { file: f, ...ocrLimit(d) }),
      'ocr-unsure': (f: string, d?: string) => fill(OCR_TEXT.en.unsure, { file: f, place: enAt(d) }),
      'ocr-unavailable': (f: string, _d?: string) => fill(OCR_TEXT.en.engineMissing, { file: f }),
      'input-too-large': (f: string, d?: string) => `${f}: the input is larger than the limit of ${d} (--max-input-size).`,
      'pdf-memory-limit': (f: string, d?: string) => `${f}: reading the PDF needed more than ${d} MB of memory (a decompression bomb?); ASM_PDF_MEMORY_MB raises the limit.`,
      'pdf-time-limit': (f: string, d?: string) => `${f}: reading the PDF took longer than ${d} s; ASM_PDF_TIMEOUT raises the limit.`,
    },
  },
  es: {
    programDescription: 'Lee, valida y resume reportes de seguimiento de Aspectos Susceptibles de Mejora (ASM).',
    optLang: 'idioma de los mensajes: es o en (por omisión, según LANG)',
    optNoColor: 'nunca colorear la salida',
    optFormat: 'formato de salida',
    optOutput: 'escribir la salida en ARCHIVO (de forma atómica) en lugar de la salida estándar',
    optNoBom: 'sin BOM UTF-8 en archivos escritos con --output',
    optNoSave: 'no guardar los documentos en el almacén',
    optStore: 'carpeta del almacén (por omisión .asm, o ASM_STORE)',
    optAllowUnread: 'continuar aunque no se haya podido leer una tabla o parte de su texto (sus diagnósticos quedan en la salida)',
    optKeepGoing: 'usar las entradas utilizables aunque otras no lo sean, y listar estas al final (sale con 2)',
    inputsFailed: 'entradas que no se pudieron usar',
    optInputFormat: `leer las entradas con este formato en lugar de adivinarlo (${XLSX_CLI.es.inputFormatXlsx})`,
    parseDescription: 'convierte reportes (texto, CSV, PDF, Excel o JSON de asm) en registros tipados',
    argFiles: 'archivos, directorios o - para la entrada estándar',
    schemaDescription: 'imprime el JSON Schema del modelo de documento',
    storeDescription: 'lista los documentos guardados en el almacén',
    storeRemoveDescription: 'elimina documentos guardados por clave de programa, nombre de archivo o institución',
    examples: 'Ejemplos:',
    optVersion: 'muestra la versión',
    optHelp: 'muestra la ayuda del comando',
    topExamples: `  $ asm parse informe.pdf                 # lee un reporte y lo guarda en .asm/
  $ asm validate --format github          # revisa los reportes guardados (sale con 1 si hay errores)
  $ asm report --period 2014-2015         # resumen y promedios del periodo
  $ asm vigentes --overdue                # ASM pendientes con fecha vencida (sale con 1 si hay)
  $ asm <comando> --help                  # opciones y ejemplos de un comando`,
    saved: 'guardado',
    warning: 'advertencia',
    in: 'en',
    wrote: 'escrito',
    binaryNeedsOutput: 'este formato es binario y no se escribe en la terminal; indique un archivo',
    removed: 'eliminado',
    storeEmpty: 'El almacén está vacío',
    nothingRemoved: 'no se eliminó nada; nada en el almacén coincide con',
    ambiguousSelector: 'no se eliminó nada; varios archivos del almacén empiezan con',
    replacing: 'en lugar del reporte leído de',
    noInputs: 'no se indicaron archivos y el almacén está vacío; ejecute antes `asm parse ARCHIVO`',
    invalidChoice: 'valor no válido para',
    accepted: 'valores aceptados',
    unexpected: 'error inesperado',
    reportDescription: 'resume los ASM por programa y periodo: número, concluidos, vigentes, avance promedio, por área',
    vigentesDescription: 'lista los ASM vigentes (pendientes); termina con 1 si hay alguno (para CI)',
    argFilesOrStore: 'archivos, directorios o - para la entrada estándar (por omisión: todos los documentos del almacén)',
    optPeriod: 'solo este periodo de evaluación, AAAA-AAAA',
    optReport: 'usar el reporte de este mes, AAAA-MM (por omisión: el más reciente de cada programa)',
    optProgramFilter: 'solo programas cuya clave contenga CLAVE',
    optInstitutionFilter: 'solo instituciones cuyo nombre contenga TEXTO',
    optAreaFilter: 'solo ASM con un área responsable que contenga TEXTO',
    optAsOf: 'fecha para calcular atrasos, AAAA-MM-DD (por omisión: hoy)',
    optOverdue: 'solo ASM con una actividad sin concluir y fecha de término vencida',
    optExitZero: 'terminar con 0 aunque haya vigentes (trabajos solo de reporte)',
    formPeriod: 'la forma aceptada es AAAA-AAAA, p. ej. 2014-2015',
    formReport: 'la forma aceptada es AAAA-MM, p. ej. 2015-09',
    formDate: 'la forma aceptada es AAAA-MM-DD, p. ej. 2015-10-15',
    unknownPeriod: 'ninguna entrada tiene el periodo',
    periodsFound: 'periodos encontrados',
    unknownReport: 'ningún programa tiene un reporte del mes',
    reportsFound: 'meses de reporte encontrados',
    noProgramMatch: 'ningún documento coincide con',
    programsFound: 'programas encontrados',
    noneFound: '(ninguno)',
    optFormatAuto: 'formato de salida (por omisión: table en una terminal, json por tubería o con --output)',
    parseExamples: `  $ asm parse informe.txt                      # tabla en la terminal, guardado en .asm/
  $ asm parse informe.pdf --format json > informe.json
  $ asm parse reportes/ --format csv --output asm.csv
  $ asm parse reportes/ --format xlsx -o asm.xlsx   # un libro, una fila por actividad
  $ cat informe.txt | asm parse - --no-save --format markdown`,
    reportExamples: `  $ asm parse informe-e006.txt                 # guarda el documento en .asm/
  $ asm report                                 # todos los programas del almacén
  $ asm report --period 2014-2015              # solo un periodo
  $ asm report reportes/ --program E006 --format markdown > resumen.md
  $ asm report --report 2015-03 --format json  # el reporte de marzo en lugar del más reciente
  $ asm report --area "cobranza" --format csv > por-area.csv`,
    vigentesExamples: `  $ asm vigentes                               # ASM pendientes del almacén; sale con 1 si hay alguno
  $ asm vigentes informe.txt --period 2014-2015
  $ asm vigentes --overdue --as-of 2015-10-15  # solo los atrasados a esa fecha
  $ asm vigentes --format github               # anotaciones ::warning en GitHub Actions
  $ asm vigentes --format csv --exit-zero > vigentes.csv

Códigos de salida: 0 sin vigentes, 1 hay vigentes, 2 entrada inutilizable o uso incorrecto.`,
    validateDescription: 'revisa reportes: fechas y porcentajes erróneos, probatorios faltantes, texto cortado y URL dañadas',
    optIgnore: 'omitir diagnósticos con estos códigos (separados por comas, repetible)',
    optStrict: 'las advertencias también hacen fallar la ejecución (salida 1)',
    unknownCode: 'código de diagnóstico desconocido en --ignore',
    validateExamples: `  $ asm validate informe.txt                     # tabla: veredicto, diagnósticos por severidad, resumen
  $ asm validate                                 # todos los documentos del almacén (.asm/)
  $ asm validate reportes/ --format json > validacion.json
  $ asm validate informe.txt --format github     # anotaciones ::error/::warning en GitHub Actions
  $ asm validate informe.txt --ignore cell-realigned,possible-truncation --strict

Códigos de salida: 0 sin errores, 1 hay errores (o advertencias con --strict), 2 entrada inutilizable o uso incorrecto.`,
    optJobs: 'procesos que leen PDF en paralelo (por defecto: los núcleos menos uno; como máximo, los núcleos)',
    optMaxInputSize: 'rechazar entradas de más de este tamaño, p. ej. 256MB, 1GB (por omisión 256MB, o ASM_MAX_INPUT_SIZE)',
    argSelectors: 'E006 | archivo.json | institución',
    storeExamples: `  $ asm store
  $ asm store --format json
  $ asm store remove E006`,
    schemaExamples: '  $ asm schema > asm-document.schema.json',
    bar: { files: 'archivos', perSecond: 'archivos/s' },
    value: {
      dir: 'carpeta', format: 'formato', file: 'archivo', n: 'n', size: 'tamaño', codes: 'códigos', lang: 'idioma',
      period: 'AAAA-AAAA', month: 'AAAA-MM', date: 'AAAA-MM-DD', code: 'CLAVE', text: 'TEXTO', files: 'archivos', selectors: 'selectores',
      kind: 'tipo', old: 'anterior', new: 'nuevo',
    },
    help: {
      usage: 'Uso:', arguments: 'Argumentos:', options: 'Opciones:', commands: 'Comandos:', globalOptions: 'Opciones globales:',
      optionsWord: '[opciones]', commandWord: '[comando]', default: 'por omisión', choices: 'valores',
    },
    usage: {
      unknownOption: (flag: string) => `opción desconocida '${flag}'.`,
      unknownCommand: (name: string) => `comando desconocido '${name}'.`,
      missingArgument: (name: string) => `falta el argumento obligatorio '${name}'.`,
      optionMissingArgument: (flags: string) => `falta el valor de la opción '${flags}'.`,
      invalidOptionValue: (flags: string, value: string, why: string) => `la opción '${flags}' no acepta el valor '${value}'. ${why}`,
      invalidArgumentValue: (name: string, value: string, why: string) => `el argumento '${name}' no acepta el valor '${value}'. ${why}`,
      allowedChoices: (choices: string) => `Valores aceptados: ${choices}.`,
      tooManyArguments: (command: string, expected: number, got: number) =>
        `demasiados argumentos para '${command}': se esperaba${expected === 1 ? '' : 'n'} ${expected} y se recibieron ${got}.`,
      didYouMean: (suggestion: string) => `(¿quiso decir ${suggestion}?)`,
      jobsValue: (value: string) => `"${value}": se espera un número entero de 1 a 256.`,
      sizeValue: (value: string) => `"${value}": se espera un tamaño como 256MB, 1GB, 500KB o un número de bytes.`,
      memoryValue: (value: string) => `"${value}": se espera un número entero de MB, al menos 64.`,
      timeoutValue: (value: string) => `"${value}": se espera un número de segundos mayor que 0.`,
      hint: (command: string) => `Pruebe '${command} --help'.`,
    },
    inputErrors: {
      'file-not-found': (f: string, _d?: string) => `${f}: no existe el archivo o directorio.`,
      'file-not-readable': (f: string, _d?: string) => `${f}: no se puede leer el archivo (permiso denegado).`,
      'is-directory': (f: string, _d?: string) => `${f}: es un directorio.`,
      'no-supported-files': (f: string, _d?: string) => `${f}: el directorio no contiene archivos .txt, .md, .csv, .tsv, .json, .pdf, .xlsx ni .xls.`,
      'xlsx-unreadable': (f: string, d?: string) => `${f}: ${XLSX_CLI.es.unreadableWorkbook}${d ? ` (${d})` : ''}.`,
      'empty-file': (f: string, _d?: string) => `${f}: el archivo está vacío.`,
      'binary-file': (f: string, _d?: string) => `${f}: es un archivo binario, no un reporte de texto, CSV o PDF.`,
      'no-asm-content': (f: string, _d?: string) => `${f}: no se encontró encabezado de tabla ASM ni "Periodo AAAA-AAAA"; ¿es un reporte de seguimiento de ASM?`,
      'csv-no-asm-columns': (f: string, _d?: string) => `${f}: el encabezado del CSV no tiene columnas ASM (necesita al menos "No." y "Aspecto Susceptible de Mejora").`,
      'invalid-json': (f: string, d?: string) => `${f}: no es un documento JSON escrito por asm${d ? ` (${d})` : ''}.`,
      'pdf-encrypted': (f: string, _d?: string) => `${f}: el PDF está cifrado; quite la contraseña primero (p. ej. qpdf --decrypt).`,
      'pdf-damaged': (f: string, _d?: string) => `${f}: el PDF está dañado o truncado y no se puede leer.`,
      'table-not-read': (f: string, d?: string) => `${f}: no se pudo leer la tabla${esAt(d)}; --allow-unread continúa con lo que se leyó.`,
      'store-entry-not-file': (f: string, _d?: string) => `${f}: no es un archivo regular; el almacén solo guarda archivos escritos por asm (un enlace o carpeta ahí se rechaza, no se sigue).`,
      'table-text-unplaced': (f: string, d?: string) => `${f}: hay texto de tabla${esAt(d)} que no quedó en ningún registro; --allow-unread continúa con lo que se leyó.`,
      'pdf-no-text': (f: string, _d?: string) => fill(OCR_TEXT.es.noText, { file: f }),
      'ocr-time-limit': (f: string, d?: string) => fill(OCR_TEXT.es.timeLimit, { file: f, ...ocrLimit(d) }),
      'ocr-unsure': (f: string, d?: string) => fill(OCR_TEXT.es.unsure, { file: f, place: esAt(d) }),
      'ocr-unavailable': (f: string, _d?: string) => fill(OCR_TEXT.es.engineMissing, { file: f }),
      'input-too-large': (f: string, d?: string) => `${f}: la entrada supera el límite de ${d} (--max-input-size).`,
      'pdf-memory-limit': (f: string, d?: string) => `${f}: leer el PDF necesitó más de ${d} MB de memoria (¿una bomba de descompresión?); ASM_PDF_MEMORY_MB sube el límite.`,
      'pdf-time-limit': (f: string, d?: string) => `${f}: leer el PDF tardó más de ${d} s; ASM_PDF_TIMEOUT sube el límite.`,
    },
  },
};
