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
  const result = documentSchema.array().safeParse(Array.isArray(data) ? data : [data]);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AsmInputError('invalid-json', file, `${issue.path.join('.')}: ${issue.message}`);
  }
  if (result.data.length === 0) throw new AsmInputError('no-asm-content', file);
  return cleanStrings(result.data);
}
