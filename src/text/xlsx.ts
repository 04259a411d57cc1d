// User-facing strings of the Excel feature (workbooks read and written), in
// both languages with the same keys. Plain data: imported by core, render and cli.

type Params = { value?: string; field?: string };

/** `0.35` → `35`: the percentage a fraction stands for. */
function fractionPercent(value: string | undefined): string {
  const number = Number((value ?? '').replace(',', '.'));
  return Number.isFinite(number) ? String(Number((number * 100).toPrecision(12))) : '?';
}

export const XLSX_DIAGNOSTICS = {
  en: {
    formulaWithoutValue: (p: Params) =>
      `Formula cell ${p.value} has no saved value (the workbook was not recalculated): it was left empty${p.field === 'average' ? ', and the average is computed from the progress of the activities' : ''}`,
    hiddenSheetSkipped: (p: Params) => `Sheet "${p.value}" is hidden in the workbook and was not read`,
    sheetContinuesTable: (p: Params) => `This sheet has no header: its rows were read as the table of sheet "${p.value}" continued, whose columns they line up with`,
    progressAmbiguousFraction: (p: Params) =>
      `"${p.value}" was typed as text without a % sign: read as ${p.value}%, but it may be a fraction (${p.value} = ${fractionPercent(p.value)}%)`,
    htmlTableRead: 'This file is an HTML page (a web page, often saved with an .xls name by portals), not an Excel workbook: its tables were read as the report',
  },
  es: {
    formulaWithoutValue: (p: Params) =>
      `La celda con fórmula ${p.value} no tiene valor guardado (el libro no se recalculó): se dejó vacía${p.field === 'average' ? ' y el promedio se calcula con el avance de las actividades' : ''}`,
    hiddenSheetSkipped: (p: Params) => `La hoja "${p.value}" está oculta en el libro y no se leyó`,
    sheetContinuesTable: (p: Params) => `Esta hoja no tiene encabezado: sus filas se leyeron como continuación de la tabla de la hoja "${p.value}", con cuyas columnas coinciden`,
    progressAmbiguousFraction: (p: Params) =>
      `"${p.value}" se escribió como texto sin signo %: se leyó como ${p.value}%, pero puede ser una fracción (${p.value} = ${fractionPercent(p.value)}%)`,
    htmlTableRead: 'Este archivo es una página HTML (una página web, que los portales suelen guardar con nombre .xls), no un libro de Excel: sus tablas se leyeron como el reporte',
  },
} as const;

/** Sheet names and headers of the workbooks asm writes. The activity sheet keeps the documents' own Spanish headers (it reads back). */
export const XLSX_LABELS = {
  en: {
    activitiesSheet: 'Activities',
    summarySheet: 'Summary',
    vigentesSheet: 'Pending',
    areasSheet: 'By area',
    sourceFile: 'Source file',
    sourcePosition: 'Source position',
    institution: 'Institution',
    program: 'Program',
    programName: 'Program name',
    reportMonth: 'Report month',
    period: 'Period',
    area: 'Responsible area',
    aspectCount: 'ASMs',
    concludedCount: 'Concluded',
    vigenteCount: 'Pending',
    averageProgress: 'Average progress',
    averagedCount: 'ASMs averaged',
    notReportedCount: 'Without progress',
    invalidCount: 'Invalid values',
    statement: 'Statement',
    number: 'No.',
    text: 'Aspect to improve',
    average: 'Average',
    dueDate: 'Due date',
    overdue: 'Overdue',
    daysOverdue: 'Days overdue',
    responsibleAreas: 'Responsible areas',
    yes: 'yes',
    no: 'no',
    asOf: 'As of',
    changesSheet: 'Changes',
    change: 'Change',
    changeCode: 'Change code',
    regression: 'Regression',
    fromMonth: 'From report',
    toMonth: 'To report',
    averageBefore: 'Average before',
    averageAfter: 'Average after',
    dueDateBefore: 'Due date before',
    dueDateAfter: 'Due date after',
    textBefore: 'Text before',
    textAfter: 'Text after',
    detail: 'Detail',
  },
  es: {
    activitiesSheet: 'Actividades',
    summarySheet: 'Resumen',
    vigentesSheet: 'Vigentes',
    areasSheet: 'Por área',
    sourceFile: 'Archivo de origen',
    sourcePosition: 'Posición en el origen',
    institution: 'Institución',
    program: 'Programa',
    programName: 'Nombre del programa',
    reportMonth: 'Mes del reporte',
    period: 'Periodo',
    area: 'Área responsable',
    aspectCount: 'ASM',
    concludedCount: 'Concluidos',
    vigenteCount: 'Vigentes',
    averageProgress: 'Avance promedio',
    averagedCount: 'ASM promediados',
    notReportedCount: 'Sin avance',
    invalidCount: 'Valores inválidos',
    statement: 'Declaración',
    number: 'No.',
    text: 'Aspecto susceptible de mejora',
    average: 'Promedio',
    dueDate: 'Fecha de término',
    overdue: 'Vencido',
    daysOverdue: 'Días de atraso',
    responsibleAreas: 'Áreas responsables',
    yes: 'sí',
    no: 'no',
    asOf: 'Al',
    changesSheet: 'Cambios',
    change: 'Cambio',
    changeCode: 'Clave del cambio',
    regression: 'Regresión',
    fromMonth: 'Reporte anterior',
    toMonth: 'Reporte nuevo',
    averageBefore: 'Promedio antes',
    averageAfter: 'Promedio después',
    dueDateBefore: 'Fecha de término antes',
    dueDateAfter: 'Fecha de término después',
    textBefore: 'Texto antes',
    textAfter: 'Texto después',
    detail: 'Detalle',
  },
} as const;

/** CLI strings: option help and the sentence of a workbook that cannot be read. */
export const XLSX_CLI = {
  en: {
    inputFormatXlsx: 'xlsx: an Excel workbook, .xlsx or .xls',
    unreadableWorkbook: 'is not a workbook that can be read',
  },
  es: {
    inputFormatXlsx: 'xlsx: un libro de Excel, .xlsx o .xls',
    unreadableWorkbook: 'no es un libro de Excel legible',
  },
} as const;
