// Library entry: everything the CLI does is available to other programs.
export { parseDocument, parseDocuments, parseText, detectFormat } from './parse.js';
export type { ParseOptions, InputFormat, OcrOptions } from './parse.js';
export type { AsmDocument, Period, Aspect, Activity, Diagnostic, Severity, SourceSpan } from './core/schema.js';
export { SCHEMA_VERSION } from './core/version.js';
export { AsmInputError, isAsmInputError } from './core/errors.js';
export type { InputErrorCode } from './core/errors.js';
export { DIAGNOSTIC_CODES, formatMessage, localizeDiagnostic, makeDiagnostic } from './core/diagnostics.js';
export type { DiagnosticCode, Lang } from './core/diagnostics.js';
export { mapHeader, normalizeHeader, columnKeyFor } from './core/headers.js';
export { parseDate, parseProgress, parseMonth } from './core/values.js';
export { canonicalAreas, isAreaVariant } from './core/areas.js';
export { render, formatsOf } from './render/registry.js';
export type { RenderEnv, Renderer, Rendered, Views, ViewName } from './render/registry.js';
export { renderDocumentsCsv, renderDocumentsCsv as renderCsv } from './render/documents/csv.js';
export { renderDocumentsJson } from './render/documents/json.js';
export { renderDocumentsTable } from './render/documents/table.js';
export { renderDocumentsMarkdown } from './render/documents/markdown.js';
export { plainStyle } from './render/style.js';
export type { Style } from './render/style.js';
export {
  buildReport,
  listVigentes,
  selectDocuments,
  availablePeriods,
  aspectDue,
  isVigente,
  isSelectionFailure,
  isIsoDate,
  localIsoDate,
  daysBetween,
} from './core/report.js';
export type {
  Report,
  ReportOptions,
  ReportFilters,
  SelectOptions,
  ProgramReport,
  PeriodSummary,
  AreaSummary,
  ReportAspect,
  AspectStatus,
  AspectSourceRef,
  Vigente,
  VigentesList,
  VigentesOptions,
  CheckedDocument,
  CheckedAspect,
  SelectionError,
  SelectionFailure,
  ReportActivity,
  ProgramHistory,
  HistoryPoint,
} from './core/report.js';
export { renderReportTable } from './render/report/table.js';
export { renderReportJson } from './render/report/json.js';
export { renderReportCsv } from './render/report/csv.js';
export { renderReportMarkdown } from './render/report/markdown.js';
export { renderVigentesTable } from './render/vigentes/table.js';
export { renderVigentesJson } from './render/vigentes/json.js';
export { renderVigentesCsv } from './render/vigentes/csv.js';
export { renderVigentesMarkdown } from './render/vigentes/markdown.js';
export { renderVigentesGithub } from './render/vigentes/github.js';
export { renderVigentesJunit } from './render/vigentes/junit.js';
export { renderReportHtml } from './render/html/report.js';
export { renderVigentesHtml } from './render/html/vigentes.js';
export { validateDocument, sortDiagnostics, countDiagnostics } from './core/validate.js';
export type { ValidateOptions } from './core/validate.js';
export { validateDocuments } from './core/validation.js';
export type { ValidationReport, DocumentValidation, ValidationOptions } from './core/validation.js';
export { renderValidationTable } from './render/validation/table.js';
export { renderValidationJson } from './render/validation/json.js';
export { renderValidationGithub } from './render/validation/github.js';
export {
  compareDocuments,
  diffDocuments,
  fillWordDiffs,
  loadWordDiffer,
  buildHistory,
  isRegression,
  textSimilarity,
  CHANGE_KINDS,
  REGRESSION_KINDS,
} from './core/diff.js';
export type {
  Change,
  ChangeKind,
  RegressionKind,
  DiffResult,
  ReportRef,
  AspectState,
  WordPart,
  WordDiffer,
  ActivityRef,
  DueDateMove,
  History,
  HistoryRow,
  HistoryOptions,
} from './core/diff.js';
export { renderDiffTable } from './render/diff/table.js';
export { renderDiffJson } from './render/diff/json.js';
export { renderDiffCsv } from './render/diff/csv.js';
export { renderDiffMarkdown } from './render/diff/markdown.js';
export { renderDiffGithub } from './render/diff/github.js';
export { renderHistoryTable } from './render/history/table.js';
export { renderHistoryJson } from './render/history/json.js';
export { renderHistoryCsv } from './render/history/csv.js';
export { renderHistoryMarkdown } from './render/history/markdown.js';
export { diffText } from './text/diff.js';
export { renderValidationJunit } from './render/validation/junit.js';
export { jobSummary, vigentesSummary, validationSummary, reportSummary } from './render/summary.js';
