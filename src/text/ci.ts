// Words of asm in CI (issue 17): JUnit reports, the GitHub job summary and
// the CLI's sentences about them, in English and Spanish with the same keys.
// Codes, JSON keys and XML element names are never translated.

const en = {
  // JUnit
  junitValidate: 'asm validate',
  junitVigentes: 'asm vigentes',
  line: 'line',
  page: 'page',
  noProblems: 'no problems found',
  noAspects: 'no ASMs selected',
  warningSkipped: 'warning: does not fail the run without --strict',
  value: 'value',
  suggestion: 'suggestion',
  vigente: 'vigente',
  overdue: 'overdue',
  concluded: 'concluded',
  notListed: 'not listed',
  due: (date: string) => `due ${date}`,
  noDue: 'no due date',
  daysOverdue: (days: number) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
  asOf: 'as of',
  progress: 'progress',
  // Job summary
  summaryVigentesTitle: 'asm vigentes',
  summaryValidateTitle: 'asm validate',
  summaryReportTitle: 'asm report',
  summaryAsOf: 'As of',
  summaryVigentes: (vigentes: number, overdue: number, aspects: number, documents: number) =>
    `${vigentes} vigente ${vigentes === 1 ? 'ASM' : 'ASMs'}, ${overdue} overdue, of ${aspects} ${aspects === 1 ? 'ASM' : 'ASMs'} in ${documents} ${documents === 1 ? 'document' : 'documents'}.`,
  summaryNoVigentes: 'No vigente ASMs.',
  summaryVigentesHead: ['Program', 'Period', 'No.', 'ASM', 'Progress', 'Due date', 'Days overdue', 'Source'],
  summaryValidation: (documents: number, invalid: number, errors: number, warnings: number) =>
    `${documents} ${documents === 1 ? 'document' : 'documents'} checked, ${invalid} invalid: ${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}.`,
  summaryValidationClean: 'No problems found.',
  summaryValidationHead: ['Severity', 'Source', 'ASM', 'Field', 'Code', 'Message'],
  severity: { error: 'error', warning: 'warning' },
  summaryReportHead: ['Program', 'Report month', 'Period', 'ASMs', 'Concluded', 'Vigentes', 'Overdue', 'Average progress'],
  summaryReport: (programs: number, aspects: number, vigentes: number) =>
    `${programs} ${programs === 1 ? 'program' : 'programs'}, ${aspects} ${aspects === 1 ? 'ASM' : 'ASMs'}, ${vigentes} ${vigentes === 1 ? 'vigente' : 'vigentes'}.`,
  summaryReportEmpty: 'Nothing to report.',
  more: (count: number) => `… and ${count} more.`,
  // CLI
  summaryNotWritten: 'could not write the job summary (GITHUB_STEP_SUMMARY)',
};

type CiText = typeof en;

const es: CiText = {
  junitValidate: 'asm validate',
  junitVigentes: 'asm vigentes',
  line: 'línea',
  page: 'página',
  noProblems: 'sin problemas',
  noAspects: 'ningún ASM seleccionado',
  warningSkipped: 'advertencia: no hace fallar la ejecución sin --strict',
  value: 'valor',
  suggestion: 'sugerencia',
  vigente: 'vigente',
  overdue: 'atrasado',
  concluded: 'concluido',
  notListed: 'no listado',
  due: (date: string) => `término ${date}`,
  noDue: 'sin fecha de término',
  daysOverdue: (days: number) => `${days} ${days === 1 ? 'día' : 'días'} de atraso`,
  asOf: 'fecha de corte',
  progress: 'avance',
  summaryVigentesTitle: 'asm vigentes',
  summaryValidateTitle: 'asm validate',
  summaryReportTitle: 'asm report',
  summaryAsOf: 'Fecha de corte',
  summaryVigentes: (vigentes: number, overdue: number, aspects: number, documents: number) =>
    `${vigentes} ASM ${vigentes === 1 ? 'vigente' : 'vigentes'}, ${overdue} con atraso, de ${aspects} ASM en ${documents} ${documents === 1 ? 'documento' : 'documentos'}.`,
  summaryNoVigentes: 'No hay ASM vigentes.',
  summaryVigentesHead: ['Programa', 'Periodo', 'No.', 'ASM', 'Avance', 'Fecha de término', 'Días de atraso', 'Fuente'],
  summaryValidation: (documents: number, invalid: number, errors: number, warnings: number) =>
    `${documents} ${documents === 1 ? 'documento revisado' : 'documentos revisados'}, ${invalid} no ${invalid === 1 ? 'válido' : 'válidos'}: ${errors} ${errors === 1 ? 'error' : 'errores'}, ${warnings} ${warnings === 1 ? 'advertencia' : 'advertencias'}.`,
  summaryValidationClean: 'Sin problemas.',
  summaryValidationHead: ['Severidad', 'Fuente', 'ASM', 'Campo', 'Código', 'Mensaje'],
  severity: { error: 'error', warning: 'advertencia' },
  summaryReportHead: ['Programa', 'Mes del reporte', 'Periodo', 'ASM', 'Concluidos', 'Vigentes', 'Atrasados', 'Avance promedio'],
  summaryReport: (programs: number, aspects: number, vigentes: number) =>
    `${programs} ${programs === 1 ? 'programa' : 'programas'}, ${aspects} ASM, ${vigentes} ${vigentes === 1 ? 'vigente' : 'vigentes'}.`,
  summaryReportEmpty: 'Nada que reportar.',
  more: (count: number) => `… y ${count} más.`,
  summaryNotWritten: 'no se pudo escribir el resumen del trabajo (GITHUB_STEP_SUMMARY)',
};

export const CI_TEXT = { en, es } as const;
