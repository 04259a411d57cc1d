// One line per feature folds its text into the catalogue (see ./index.ts).
export { default as cli } from './cli.js';
export { default as diagnostics } from './diagnostics.js';
export { default as documents } from './documents.js';
export { default as report } from './report.js';
export { default as vigentes } from './vigentes.js';
export { default as validation } from './validation.js';
export { default as store } from './store.js';
export { CI_TEXT as ci } from './ci.js';
export { diffText as diff } from './diff.js';
export { HTML_TEXT as html } from './html.js';
export { XLSX_LABELS as xlsx } from './xlsx.js';
export { XLSX_CLI as xlsxCli, XLSX_DIAGNOSTICS as xlsxDiagnostics } from './xlsx.js';
export { OCR_TEXT as ocr } from './ocr.js';
export { VIEWS_TEXT as views } from './views.js';
