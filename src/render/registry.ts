// Every output of asm, one table: view × format → a renderer loaded on demand.
// One signature for all of them (the data, then language and style), so a
// command ends in one `render()` call and a new format is one module and one
// line here. Loading on demand keeps start-up small: a JSON run never loads
// cli-table3 or papaparse.
import type { AsmDocument } from '../core/schema.js';
import type { Lang } from '../core/diagnostics.js';
import type { Report, VigentesList } from '../core/report.js';
import type { ValidationReport } from '../core/validation.js';
import type { DiffResult, History } from '../core/diff.js';
import type { StoreListingEntry } from '../core/store-listing.js';
import type { Style } from './style.js';

export interface RenderEnv {
  lang: Lang;
  /** Colour and width; `plainStyle` for files and pipes. */
  style: Style;
}

export type Rendered = string | Uint8Array;
export type Renderer<T> = (data: T, env: RenderEnv) => Rendered | Promise<Rendered>;

/** The data each view renders. */
export interface Views {
  documents: readonly AsmDocument[];
  report: Report;
  vigentes: VigentesList;
  validation: ValidationReport;
  diff: DiffResult;
  history: History;
  store: readonly StoreListingEntry[];
}
export type ViewName = keyof Views;

export interface FormatEntry<T> {
  load: () => Promise<Renderer<T>>;
  /** Bytes, not text: never written to a terminal, no BOM. */
  binary?: boolean;
  /** The output itself says how many progress values were invalid (tables and Markdown do; JSON, CSV and annotations cannot). */
  tellsInvalidValues?: boolean;
  /** The renderer shows what only a detailed build carries (activities, history): the command asks core for `details`. */
  details?: boolean;
}

type Registry = { [V in ViewName]: Record<string, FormatEntry<Views[V]>> };

const REGISTRY: Registry = {
  documents: {
    table: { load: () => import('./documents/table.js').then((m) => m.renderDocumentsTable) },
    json: { load: () => import('./documents/json.js').then((m) => m.renderDocumentsJson) },
    csv: { load: () => import('./documents/csv.js').then((m) => m.renderDocumentsCsv) },
    markdown: { load: () => import('./documents/markdown.js').then((m) => m.renderDocumentsMarkdown) },
    xlsx: { load: () => import('./documents/xlsx.js').then((m) => m.renderDocumentsXlsx), binary: true },
  },
  report: {
    table: { load: () => import('./report/table.js').then((m) => m.renderReportTable), tellsInvalidValues: true },
    json: { load: () => import('./report/json.js').then((m) => m.renderReportJson) },
    csv: { load: () => import('./report/csv.js').then((m) => m.renderReportCsv) },
    markdown: { load: () => import('./report/markdown.js').then((m) => m.renderReportMarkdown), tellsInvalidValues: true },
    html: { load: () => import('./html/report.js').then((m) => m.renderReportHtml), tellsInvalidValues: true, details: true },
    xlsx: { load: () => import('./report/xlsx.js').then((m) => m.renderReportXlsx), binary: true },
  },
  vigentes: {
    table: { load: () => import('./vigentes/table.js').then((m) => m.renderVigentesTable), tellsInvalidValues: true },
    json: { load: () => import('./vigentes/json.js').then((m) => m.renderVigentesJson) },
    csv: { load: () => import('./vigentes/csv.js').then((m) => m.renderVigentesCsv) },
    markdown: { load: () => import('./vigentes/markdown.js').then((m) => m.renderVigentesMarkdown), tellsInvalidValues: true },
    github: { load: () => import('./vigentes/github.js').then((m) => m.renderVigentesGithub) },
    junit: { load: () => import('./vigentes/junit.js').then((m) => m.renderVigentesJunit) },
    html: { load: () => import('./html/vigentes.js').then((m) => m.renderVigentesHtml), tellsInvalidValues: true, details: true },
    xlsx: { load: () => import('./vigentes/xlsx.js').then((m) => m.renderVigentesXlsx), binary: true },
  },
  validation: {
    table: { load: () => import('./validation/table.js').then((m) => m.renderValidationTable) },
    json: { load: () => import('./validation/json.js').then((m) => m.renderValidationJson) },
    github: { load: () => import('./validation/github.js').then((m) => m.renderValidationGithub) },
    junit: { load: () => import('./validation/junit.js').then((m) => m.renderValidationJunit) },
  },
  diff: {
    table: { load: () => import('./diff/table.js').then((m) => m.renderDiffTable) },
    json: { load: () => import('./diff/json.js').then((m) => m.renderDiffJson) },
    csv: { load: () => import('./diff/csv.js').then((m) => m.renderDiffCsv) },
    markdown: { load: () => import('./diff/markdown.js').then((m) => m.renderDiffMarkdown) },
    github: { load: () => import('./diff/github.js').then((m) => m.renderDiffGithub) },
    xlsx: { load: () => import('./diff/xlsx.js').then((m) => m.renderDiffXlsx), binary: true },
    junit: { load: () => import('./diff/junit.js').then((m) => m.renderDiffJunit) },
    html: { load: () => import('./html/diff.js').then((m) => m.renderDiffHtml) },
  },
  history: {
    table: { load: () => import('./history/table.js').then((m) => m.renderHistoryTable) },
    json: { load: () => import('./history/json.js').then((m) => m.renderHistoryJson) },
    csv: { load: () => import('./history/csv.js').then((m) => m.renderHistoryCsv) },
    markdown: { load: () => import('./history/markdown.js').then((m) => m.renderHistoryMarkdown) },
    html: { load: () => import('./html/history.js').then((m) => m.renderHistoryHtml) },
  },
  store: {
    table: { load: () => import('./store/table.js').then((m) => m.renderStoreTable) },
    json: { load: () => import('./store/json.js').then((m) => m.renderStoreJson) },
  },
};

/** The formats of a view, in the order help lists them (the first is the default). */
export function formatsOf(view: ViewName): string[] {
  return Object.keys(REGISTRY[view]);
}

export function formatEntry<V extends ViewName>(view: V, format: string): FormatEntry<Views[V]> {
  const entry = Object.hasOwn(REGISTRY[view], format) ? (REGISTRY[view] as Record<string, FormatEntry<Views[V]>>)[format] : undefined;
  // Commands offer only registered formats (commander checks the choice), so this is a programming error.
  if (!entry) throw new TypeError(`asm: no ${format} renderer for ${view}`);
  return entry;
}

export async function render<V extends ViewName>(view: V, format: string, data: Views[V], env: RenderEnv): Promise<Rendered> {
  const renderer = await formatEntry(view, format).load();
  return renderer(data, env);
}
