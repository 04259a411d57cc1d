// Document metadata from the lines above the table: title, institution,
// document type, classification and program; report month from the rows.
import type { AsmDocument, Period } from './schema.js';
import type { DocumentField } from './headers.js';
import { parseMonth } from './values.js';

type Metadata = Pick<AsmDocument, 'title' | 'institution' | 'documentType' | 'classification' | 'program' | 'reportMonth'>;

const plain = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

// `E-006 Recaudación…`, `Programa: S072 Nombre`, `Pp E006 - Nombre`
const PROGRAM = /^(?:programa(?: presupuestario)?\s*:?\s*|pp\s+)?([A-Z])\s?-?\s?(\d{3})\b\s*[-–:.]?\s*(.*)$/;
const DOCUMENT_TYPE = /^(avance al )?documento de trabajo\b/;
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
  const match = DOCUMENT_TYPE.exec(plain(text).trim());
  if (!match) return null;
  return match[1] ? 'Avance al Documento de Trabajo' : 'Documento de Trabajo';
}

export function programOf(text: string): AsmDocument['program'] | null {
  const match = PROGRAM.exec(text.trim());
  if (!match) return null;
  const name = match[3]!.trim();
  return { code: `${match[1]}${match[2]}`, name: name === '' ? null : name };
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

export function extractMetadata(
  preamble: readonly string[],
  documentFields: Partial<Record<DocumentField, string>>,
  periods: readonly Period[],
  hasProgressColumn: boolean,
): Metadata {
  let title: string | null = null;
  let institution: string | null = null;
  let documentType: AsmDocument['documentType'] = null;
  let program: AsmDocument['program'] = { code: null, name: null };
  let monthLine: string | null = null;
  const others: string[] = [];
  for (const raw of preamble) {
    const line = raw.replace(/:\s*$/, '').trim();
    if (line === '') continue;
    const type = documentTypeOf(line);
    if (type && !documentType) {
      documentType = type;
      const rest = line.replace(/^[^:]*:\s*/, '');
      const inline = rest !== line ? programOf(rest) : null;
      if (inline && !program.code) program = inline;
      continue;
    }
    const found = programOf(line);
    if (found && !program.code) {
      program = found;
      continue;
    }
    if (!title && TITLE_HINT.test(plain(line))) {
      title = line;
      continue;
    }
    const month = parseMonth(line.replace(/^(mes y ano|mes|fecha de corte)\s*:?\s*/i, ''));
    if (month && !monthLine) {
      monthLine = month;
      continue;
    }
    others.push(line);
  }
  if (!title && others.length > 1) title = others.shift()!;
  institution = others[0] ?? null;

  const fields = documentFields;
  const typeFromCsv = fields.docType === 'Avance al Documento de Trabajo' || fields.docType === 'Documento de Trabajo' ? fields.docType : null;
  title = fields.docTitle ?? title;
  const classificationFromCsv = fields.docClassification as AsmDocument['classification'] | undefined;
  return {
    title,
    institution: fields.docInstitution ?? institution,
    documentType: typeFromCsv ?? documentType ?? (hasProgressColumn ? 'Avance al Documento de Trabajo' : null),
    classification:
      classificationFromCsv && ['especificos', 'institucionales', 'interinstitucionales', 'intergubernamentales'].includes(classificationFromCsv)
        ? classificationFromCsv
        : classificationOf(title),
    program: {
      code: fields.docProgramCode ?? program.code,
      name: fields.docProgramName ?? program.name,
    },
    reportMonth: fields.docReportMonth ?? reportMonthOf(periods) ?? monthLine,
  };
}
