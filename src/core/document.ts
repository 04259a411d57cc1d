// Lines of one source (text, CSV, PDF, workbook) → one typed document: the
// assembler's periods typed, metadata read, columns listed, lost columns
// flagged. Pure: the pipeline entry (src/parse.ts) hands in lines and source.
import type { AsmDocument, Period } from './schema.js';
import { SCHEMA_VERSION } from './version.js';
import { AsmInputError } from './errors.js';
import { splitTextLines, type SourceLine } from './lines.js';
import { assemble } from './assemble.js';
import type { HeaderMapping } from './headers.js';
import { toPeriod } from './records.js';
import { extractMetadata } from './metadata.js';
import { makeDiagnostic, type Lang } from './diagnostics.js';
import type { DecodedText } from './decode.js';

/** One warning per line the decoder replaced bytes on or the cleaner dropped characters from (text and CSV alike). */
export function controlDiagnostics(decoded: DecodedText, lang: Lang): AsmDocument['diagnostics'] {
  return [
    ...decoded.invalidByteLines.map((line) => makeDiagnostic({ code: 'invalid-utf8', line }, lang)),
    ...decoded.controlCharacterLines.map((line) => makeDiagnostic({ code: 'control-character', line }, lang)),
  ];
}

export function textDocument(decoded: DecodedText, source: AsmDocument['source'], lang: Lang): AsmDocument {
  return buildDocument(splitTextLines(decoded.text), source, controlDiagnostics(decoded, lang), lang);
}

export function buildDocument(
  lines: readonly SourceLine[],
  source: AsmDocument['source'],
  extraDiagnostics: AsmDocument['diagnostics'],
  lang: Lang,
): AsmDocument {
  const assembled = assemble(lines, lang);
  if (!assembled.mapping && assembled.periods.length === 0) {
    throw new AsmInputError(source.format === 'csv' ? 'csv-no-asm-columns' : 'no-asm-content', source.file);
  }
  const kind = assembled.positionKind;
  const periods = assembled.periods.map((period) => toPeriod(period, kind));
  const mapping = assembled.mapping;
  const metadata = extractMetadata(
    assembled.preamble,
    assembled.documentFields,
    periods,
    mapping?.keys.includes('progress') ?? false,
  );
  const columns = mapping
    ? mapping.headers
        .map((header, index) => ({ key: mapping.keys[index] ?? 'extra', header }))
        .filter((column) => column.header !== '' && !column.key.startsWith('doc'))
    : [];
  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    ...metadata,
    columns,
    periods,
    diagnostics: [...extraDiagnostics, ...assembled.diagnostics, ...lostColumns(mapping, periods, lang)],
  };
}

/**
 * Fail closed on a column lost to an unknown wording: with no header mapped to
 * the activities, an unknown column that holds text in most activities is
 * very likely them ("Acciones comprometidas por la dependencia"). Without this
 * every activity would have no description and validate would say VALID.
 */
function lostColumns(mapping: HeaderMapping | null, periods: readonly Period[], lang: Lang): AsmDocument['diagnostics'] {
  if (!mapping || mapping.keys.includes('description')) return [];
  const activities = periods.flatMap((period) => period.aspects.flatMap((aspect) => aspect.activities));
  if (activities.length === 0) return [];
  for (const index of mapping.unknown) {
    const header = mapping.headers[index]!;
    const filled = activities.filter((activity) => /\p{L}{3}/u.test(activity.extra?.[header] ?? '')).length;
    if (filled * 2 > activities.length) {
      return [
        makeDiagnostic({ code: 'unmapped-required-column', field: 'description', value: header, count: filled, expected: String(activities.length) }, lang),
      ];
    }
  }
  return [];
}
