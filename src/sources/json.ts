// Reads back the JSON array that `asm parse --format json` writes.
import { AsmInputError } from '../core/errors.js';
import { documentSchema, type AsmDocument } from '../core/schema.js';

export function readJsonDocuments(text: string, file: string): AsmDocument[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new AsmInputError('invalid-json', file, (error as Error).message);
  }
  const result = documentSchema.array().safeParse(Array.isArray(data) ? data : [data]);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new AsmInputError('invalid-json', file, `${issue.path.join('.')}: ${issue.message}`);
  }
  if (result.data.length === 0) throw new AsmInputError('no-asm-content', file);
  return result.data;
}
