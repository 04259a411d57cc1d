// The JSON model of a parsed ASM report: a public, versioned contract.
// Core modules import only the *types* from here (erased at build time), so zod
// is loaded only by the code paths that really validate JSON or print the schema.
import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';

export { SCHEMA_VERSION };

export const severitySchema = z.enum(['error', 'warning']);

export const diagnosticSchema = z.object({
  code: z.string().describe('Stable kebab-case code, e.g. "invalid-date"'),
  severity: severitySchema,
  message: z.string().describe('Human message in the language of the run'),
  period: z.string().nullable(),
  aspect: z.number().nullable().describe('ASM number'),
  activity: z.number().int().nullable().describe('1-based activity index within the ASM'),
  field: z.string().nullable().describe('JSON key of the field, e.g. "responsibleArea"'),
  value: z.string().nullable().describe('Original text of the offending value'),
  line: z.number().int().nullable().describe('1-based source line (text and CSV sources)'),
  page: z.number().int().nullable().describe('1-based page (PDF sources)'),
  sheet: z.string().nullable().optional().describe('Worksheet of a workbook source; `line` is then its row (shown as Hoja1!12)'),
  suggestion: z.string().nullable().optional().describe('Repaired form, where one can be offered'),
  params: z
    .record(z.string(), z.union([z.string(), z.number()]))
    .optional()
    .describe('Further message parameters (columns, counts), to write the message again in another language'),
});

/** Where a record came from: source lines (or a worksheet's rows) [first, last] or pages, and the lines/pages of each field's fragments. */
export const sourceSpanSchema = z.object({
  lines: z.tuple([z.number().int(), z.number().int()]).optional(),
  pages: z.array(z.number().int()).optional(),
  fields: z.record(z.string(), z.array(z.number().int())).optional(),
  sheet: z.string().optional().describe('Worksheet of a workbook source where the record starts; `lines` are then its rows'),
});

/** The documents a follow-up report can be: the working paper of specific ASMs, or an institutional, inter-institutional or inter-governmental one, and the progress report on each. */
export const DOCUMENT_TYPES = [
  'Avance al Documento de Trabajo',
  'Documento de Trabajo',
  'Avance del Documento Institucional',
  'Documento Institucional',
  'Avance del Documento Interinstitucional',
  'Documento Interinstitucional',
  'Avance del Documento Intergubernamental',
  'Documento Intergubernamental',
] as const;

export const activitySchema = z.object({
  numberText: z.string().nullable().optional().describe('The activity\'s own number as printed ("1.2"), when the document numbers activities'),
  description: z.string().nullable(),
  responsibleArea: z.string().nullable(),
  dueDate: z.string().nullable().describe('ISO date YYYY-MM-DD, null when the cell does not type'),
  dueDateText: z.string().nullable().describe('Original text of the due date cell'),
  expectedResults: z.string().nullable(),
  evidence: z.string().nullable(),
  progress: z.number().nullable().describe('Progress in percent, null when absent or not a number'),
  progressText: z.string().nullable(),
  proofName: z.string().nullable(),
  proofLocation: z.string().nullable(),
  observations: z.string().nullable(),
  extra: z.record(z.string(), z.string()).optional().describe('Cells of columns asm does not know, by header'),
  source: sourceSpanSchema,
});

export const aspectSchema = z.object({
  number: z.number().nullable(),
  numberText: z.string().nullable(),
  text: z.string().nullable(),
  average: z.number().nullable().describe('Promedio cell when present, else the mean of activity progress'),
  averageText: z.string().nullable().describe('Original Promedio cell, null when the document has none'),
  reportMonth: z.string().nullable().describe('YYYY-MM from the "Mes y Año" cell'),
  reportMonthText: z.string().nullable(),
  activities: z.array(activitySchema),
  source: sourceSpanSchema,
});

export const periodSchema = z.object({
  period: z.string().describe('Evaluation period, e.g. "2014-2015"'),
  statement: z.string().nullable().describe('"No se identificaron…" statement, if the document declares one'),
  aspects: z.array(aspectSchema),
  source: sourceSpanSchema,
});

export const columnSchema = z.object({
  key: z.string().describe('Field key the column maps to'),
  header: z.string().describe('Header text as printed in the source'),
});

export const documentSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: z.object({
    file: z.string().describe('Path as given, "-" for standard input'),
    format: z.enum(['text', 'pdf', 'csv', 'xlsx']).describe('xlsx: an Excel workbook, .xlsx or .xls'),
    sha256: z.string(),
  }),
  title: z.string().nullable(),
  institution: z.string().nullable(),
  documentType: z.enum(DOCUMENT_TYPES).nullable(),
  classification: z
    .enum(['especificos', 'institucionales', 'interinstitucionales', 'intergubernamentales'])
    .nullable(),
  program: z.object({ code: z.string().nullable(), name: z.string().nullable() }),
  reportMonth: z.string().nullable().describe('YYYY-MM of the report'),
  columns: z.array(columnSchema).describe('The table header as found, in source order'),
  periods: z.array(periodSchema),
  diagnostics: z.array(diagnosticSchema),
});

export type Severity = z.infer<typeof severitySchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type SourceSpan = z.infer<typeof sourceSpanSchema>;
export type Activity = z.infer<typeof activitySchema>;
export type Aspect = z.infer<typeof aspectSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Column = z.infer<typeof columnSchema>;
export type AsmDocument = z.infer<typeof documentSchema>;
export type SourceFormat = AsmDocument['source']['format'];
