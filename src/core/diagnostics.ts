// Problems found inside a usable document are data: one shape, stable codes,
// and one formatter (formatMessage) that writes every human message.
import type { Diagnostic, Severity } from './schema.js';
import diagnosticText, { type MessageParams } from '../text/diagnostics.js';
import type { Lang } from '../text/index.js';

export type { Lang } from '../text/index.js';
export type { MessageParams } from '../text/diagnostics.js';

/** Every code asm emits, with its severity. Its messages are in the catalogue (src/text/diagnostics.ts). */
const SEVERITY = {
  // Raised by the parser.
  'cell-realigned': 'warning',
  'stray-fragment': 'warning',
  // Raised by the workbook reader.
  'formula-without-value': 'warning',
  'hidden-sheet-skipped': 'warning',
  'html-table-read': 'warning',
  'sheet-continues-table': 'warning',
  'progress-ambiguous-fraction': 'warning',
  'orphan-row': 'warning',
  'header-residue': 'error',
  'unmapped-required-column': 'error',
  'unknown-column': 'warning',
  'duplicate-column': 'warning',
  'ragged-row': 'warning',
  'control-character': 'warning',
  'invalid-utf8': 'warning',
  'missing-period': 'warning',
  'stray-text': 'warning',
  // Fail closed: table text that is in no record is an error, never a clean result.
  'unplaced-table-text': 'error',
  'table-not-read': 'error',
  // Raised by the validator.
  'invalid-date': 'error',
  'due-date-month-only': 'warning',
  'progress-not-a-number': 'error',
  'progress-out-of-range': 'error',
  'average-mismatch': 'error',
  'missing-proof': 'error',
  'proof-incomplete': 'warning',
  'proof-not-available': 'warning',
  'missing-field': 'error',
  'due-date-before-period': 'warning',
  'possible-truncation': 'warning',
  'broken-url': 'warning',
  'area-name-variant': 'warning',
  'duplicate-aspect-number': 'error',
  'implausible-area': 'warning',
  'invalid-month': 'error',
  'report-month-mismatch': 'warning',
  'missing-program-code': 'warning',
  // Raised when a value was read by OCR (issue 16): an error in the No., date, progress and
  // average columns (see OCR_CRITICAL_FIELDS), a warning elsewhere.
  'low-confidence': 'warning',
  'invalid-aspect-number': 'error',
} as const satisfies Record<string, Severity>;

export type DiagnosticCode = keyof typeof SEVERITY;

type Message = (p: MessageParams) => string;
// Typed by the codes: a code without a message in either language is a compile error.
const MESSAGES: Record<Lang, Record<DiagnosticCode, Message>> = { en: diagnosticText.en.messages, es: diagnosticText.es.messages };

/** Every code with its severity and its message in both languages (the library's view of the catalogue). */
export const DIAGNOSTIC_CODES = Object.fromEntries(
  (Object.keys(SEVERITY) as DiagnosticCode[]).map((code) => [code, { severity: SEVERITY[code], en: MESSAGES.en[code], es: MESSAGES.es[code] }]),
) as { readonly [C in DiagnosticCode]: { readonly severity: (typeof SEVERITY)[C]; readonly en: Message; readonly es: Message } };

export function severityOf(code: DiagnosticCode): Severity {
  return SEVERITY[code];
}

export function formatMessage(code: DiagnosticCode, params: MessageParams, lang: Lang): string {
  return MESSAGES[lang][code](params);
}

/** A record field's name as the run's language shows it (`dueDate`; in Spanish `fecha de término`). */
export function fieldName(field: string, lang: Lang): string {
  return diagnosticText[lang].field(field);
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
  if (!Object.hasOwn(SEVERITY, diagnostic.code)) return diagnostic;
  const params: MessageParams = {
    ...(diagnostic.params ?? {}),
    ...(diagnostic.field !== null ? { field: diagnostic.field } : {}),
    ...(diagnostic.value !== null ? { value: diagnostic.value } : {}),
    ...(diagnostic.suggestion ? { suggestion: diagnostic.suggestion } : {}),
  };
  return { ...diagnostic, message: formatMessage(diagnostic.code as DiagnosticCode, params, lang) };
}
