// User-facing strings of the Excel feature (workbooks read and written), in
// both languages with the same keys. Plain data: imported by core, render and cli.

type Params = { value?: string; field?: string };

export const XLSX_DIAGNOSTICS = {
  en: {
    formulaWithoutValue: (p: Params) =>
      `Formula cell ${p.value} has no saved value (the workbook was not recalculated): it was left empty${p.field === 'average' ? ', and the average is computed from the progress of the activities' : ''}`,
  },
  es: {
    formulaWithoutValue: (p: Params) =>
      `La celda con fórmula ${p.value} no tiene valor guardado (el libro no se recalculó): se dejó vacía${p.field === 'average' ? ' y el promedio se calcula con el avance de las actividades' : ''}`,
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
