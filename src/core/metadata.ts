// Document metadata from the lines above the table: title, institution,
// document type, classification and program; report month from the rows.
import type { AsmDocument, Period } from './schema.js';
import type { DocumentField } from './headers.js';
import { parseDate, parseMonth } from './values.js';
import { DOCUMENT_TYPES } from './schema.js';
import { foldAccents } from './text.js';

type Metadata = Pick<AsmDocument, 'title' | 'institution' | 'documentType' | 'classification' | 'program' | 'reportMonth'>;

const plain = foldAccents;

// `E-006 Recaudación…` at the start of a line, or after "Programa"/"Pp" anywhere in it.
// `\s*(?:X\s*)?` rather than `\s*X?\s*`, and `s` so that `(.*)$` always matches: no quadratic backtracking on long runs of spaces.
const PROGRAM_AT_START = /^([A-Z])\s?-?\s?(\d{3})\b\s*(?:[-–:.]\s*)?(.*)$/s;
const PROGRAM_AFTER_KEYWORD = /\b(?:[Pp]rograma(?:\s+[Pp]resupuestario)?|P[Pp])\s*(?::\s*)?([A-Z])\s?-?\s?(\d{3})\b\s*(?:[-–:.]\s*)?(.*)$/s;
// `Avance al Documento de Trabajo: S219 Apoyos…`: the code right after a label and its colon on the title line.
const PROGRAM_AFTER_LABEL = /^([^:\d]{1,80}):\s*([A-Z])\s?-?\s?(\d{3})\b\s*(?:[-–:.]\s*)?(.*)$/s;
const DOCUMENT_TYPE = /^(avance al )?documento de trabajo\b/;
const OTHER_DOCUMENT_TYPE = /^(avance (?:al|del) )?documento (institucional|interinstitucional|intergubernamental)\b/;
// "Fecha de corte: 30/09/2016", "Información al 30 de septiembre de 2016": the report month when no Mes y Año says it.
const CUTOFF = /^(?:fecha de corte|fecha de actualizacion|informacion (?:con corte )?al|con corte al|corte al|actualizado al|avance al) ?:? ?(.+)$/;
const TITLE_HINT = /seguimiento|aspectos susceptibles|informe|reporte/;

export function classificationOf(title: string | null): AsmDocument['classification'] {
  if (!title) return null;
  const text = plain(title);
  if (/interinstitucional/.test(text)) return 'interinstitucionales';
  if (/intergubernamental/.test(text)) return 'intergubernamentales';
  if (/institucional/.test(text)) return 'institucionales';
  if (/especifico/.test(text)) return 'especificos';
  return null;
}

export function documentTypeOf(text: string): AsmDocument['documentType'] {
  const folded = plain(text).trim();
  const match = DOCUMENT_TYPE.exec(folded);
  if (match) return match[1] ? 'Avance al Documento de Trabajo' : 'Documento de Trabajo';
  const other = OTHER_DOCUMENT_TYPE.exec(folded);
  if (!other) return null;
  const kind = { institucional: 'Institucional', interinstitucional: 'Interinstitucional', intergubernamental: 'Intergubernamental' }[other[2]!]!;
  return (other[1] ? `Avance del Documento ${kind}` : `Documento ${kind}`) as AsmDocument['documentType'];
}

/** `2016-09` from a cut-off line ("Fecha de corte: 30/09/2016"), else null. */
export function cutoffMonthOf(text: string): string | null {
  const match = CUTOFF.exec(plain(text).trim().replace(/\s+/g, ' '));
  const date = match ? parseDate(match[1]!.replace(/[.;]$/, '')) : null;
  return date ? date.slice(0, 7) : null;
}

export function programOf(text: string): AsmDocument['program'] | null {
  const trimmed = text.trim();
  const match = PROGRAM_AT_START.exec(trimmed) ?? PROGRAM_AFTER_KEYWORD.exec(trimmed) ?? afterLabel(trimmed);
  if (!match) return null;
  const name = match[3]!.trim();
  return { code: `${match[1]}${match[2]}`, name: name === '' ? null : name };
}

/** The code after a document-type, "Clave" or "Programa" label (`Documento de Trabajo: S219 Apoyos…`), as [_, letter, digits, name]. */
function afterLabel(text: string): string[] | null {
  const match = PROGRAM_AFTER_LABEL.exec(text);
  if (!match) return null;
  const label = match[1]!;
  if (!documentTypeOf(label) && !/\b(?:clave|programa|pp)\b/.test(plain(label))) return null;
  return [match[0], match[2]!, match[3]!, match[4]!];
}

/** Most frequent `Mes y Año` among the ASMs (the month of the report). */
function reportMonthOf(periods: readonly Period[]): string | null {
  const counts = new Map<string, number>();
  for (const aspect of periods.flatMap((p) => p.aspects)) {
    if (aspect.reportMonth) counts.set(aspect.reportMonth, (counts.get(aspect.reportMonth) ?? 0) + 1);
  }
  let best: string | null = null;
  for (const [month, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best) && month > best)) best = month;
  return best;
}

interface PreambleLine {
  text: string;
  heading: boolean;
  hint: boolean;
  used: boolean;
}

export function extractMetadata(
  preamble: readonly string[],
  documentFields: Partial<Record<DocumentField, string>>,
  periods: readonly Period[],
  hasProgressColumn: boolean,
): Metadata {
  const lines: PreambleLine[] = preamble
    .map((raw) => {
      const text = raw.replace(/^#+\s*/, '').replace(/:\s*$/, '').trim();
      return { text, heading: /^#/.test(raw), hint: TITLE_HINT.test(plain(text)), used: false };
    })
    .filter((line) => line.text !== '');
  let documentType: AsmDocument['documentType'] = null;
  let program: AsmDocument['program'] = { code: null, name: null };
  let monthLine: string | null = null;
  for (const line of lines) {
    const type = documentTypeOf(line.text);
    if (type) {
      documentType ??= type;
      line.used = true;
    }
    const found = programOf(line.text);
    if (found && !program.code) {
      program = found;
      line.used = true;
    }
    const month = parseMonth(line.text.replace(/^(mes y ano|mes y año|mes|fecha de corte)\s*:?\s*/i, '')) ?? cutoffMonthOf(line.text);
    if (month && !monthLine) {
      monthLine = month;
      line.used = true;
    }
  }
  // The title: a heading that reads like one, else any line that does, else the first heading.
  const titleLine =
    lines.find((l) => l.heading && l.hint) ?? lines.find((l) => l.hint) ?? lines.find((l) => l.heading && !l.used);
  const title = titleLine?.text ?? null;
  if (titleLine) titleLine.used = true;
  const institution = lines.find((l) => !l.used)?.text ?? null;
  const classification = classificationOf(title) ?? lines.map((l) => classificationOf(l.text)).find(Boolean) ?? null;

  const fields = documentFields;
  const typeFromCsv = DOCUMENT_TYPES.find((type) => type === fields.docType) ?? null;
  const classificationFromCsv = CLASSIFICATIONS.find((value) => value === fields.docClassification) ?? null;
  return {
    title: fields.docTitle ?? title,
    institution: fields.docInstitution ?? institution,
    documentType:
      typeFromCsv ?? documentType ?? (hasProgressColumn ? 'Avance al Documento de Trabajo' : 'Documento de Trabajo'),
    classification: classificationFromCsv ?? classification,
    program: {
      code: fields.docProgramCode ?? program.code,
      name: fields.docProgramName ?? program.name,
    },
    reportMonth: fields.docReportMonth ?? reportMonthOf(periods) ?? monthLine,
  };
}

const CLASSIFICATIONS = ['especificos', 'institucionales', 'interinstitucionales', 'intergubernamentales'] as const;
