// Reads back the JSON array that `asm parse --format json` writes.
import { AsmInputError, jsonErrorPlace } from '../core/errors.js';
import { documentSchema, type AsmDocument } from '../core/schema.js';
import { stripControls } from '../core/decode.js';

/** Strings of a JSON input cleaned as text inputs are (a hand-made JSON may carry ESC or U+202E). */
function cleanStrings<T>(value: T): T {
  if (typeof value === 'string') return stripControls(value) as T;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) value[index] = cleanStrings(value[index]);
    return value;
  }
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) record[key] = cleanStrings(record[key]);
  }
  return value;
}

export function readJsonDocuments(text: string, file: string): AsmDocument[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AsmInputError('invalid-json', file, jsonErrorPlace(error));
  }
  return documentsFromData(data, file);
}

/** Documents from JSON already parsed (one document or an array): shape checked, `extra` keys kept, strings cleaned. */
export function documentsFromData(data: unknown, file: string): AsmDocument[] {
  const raw = Array.isArray(data) ? data : [data];
  const result = documentSchema.array().safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AsmInputError('invalid-json', file, `${issue.path.join('.')}: ${issue.message}`);
  }
  if (result.data.length === 0) throw new AsmInputError('no-asm-content', file);
  restoreExtra(result.data, raw);
  return cleanStrings(result.data);
}

type RawActivity = { extra?: Record<string, string> };
type RawDocument = { periods: Array<{ aspects: Array<{ activities: RawActivity[] }> }> };

/**
 * zod copies a record into a plain object, where a column headed `__proto__`
 * is lost: `extra` is taken from the parsed JSON itself (validated by then),
 * into an object without prototype, as the parser makes it.
 */
function restoreExtra(documents: AsmDocument[], raw: unknown[]): void {
  documents.forEach((document, d) => {
    document.periods.forEach((period, p) => {
      period.aspects.forEach((aspect, a) => {
        aspect.activities.forEach((activity, i) => {
          const extra = (raw[d] as RawDocument).periods[p]!.aspects[a]!.activities[i]!.extra;
          if (extra === undefined) return;
          const copy: Record<string, string> = Object.create(null);
          for (const key of Object.keys(extra)) copy[key] = extra[key]!;
          activity.extra = copy;
        });
      });
    });
  });
}
