// What a report may say of an ASM's progress: a figure it can count, no figure
// at all, or values the validator rejects (120 %, "en proceso", a Promedio
// that is not the mean of its activities). Reports count only the first kind
// as progress: an invalid 120 % must not make an ASM concluded.
import type { Aspect } from './schema.js';
import { mean, parseProgress } from './values.js';

/** Tolerance of `average-mismatch`, in percentage points (the validator uses this one too). */
export const AVERAGE_TOLERANCE = 0.5;

export type ProgressState = 'reported' | 'not-reported' | 'invalid';

export type InvalidValueCode = 'progress-not-a-number' | 'progress-out-of-range' | 'average-mismatch';

export interface InvalidValue {
  field: 'average' | 'progress';
  /** 1-based activity for `progress`; null for the ASM's Promedio. */
  activity: number | null;
  /** The cell as the document wrote it. */
  value: string;
  code: InvalidValueCode;
}

const blank = (text: string | null | undefined): boolean => text === null || text === undefined || text.trim() === '';
const outOfRange = (value: number): boolean => value < 0 || value > 100;

/** The progress cells of an ASM that the validator reports as errors (same rules, same codes). */
export function invalidProgressValues(aspect: Aspect): InvalidValue[] {
  const found: InvalidValue[] = [];
  aspect.activities.forEach((activity, index) => {
    if (blank(activity.progressText)) return;
    const value = activity.progressText!;
    if (activity.progress === null) found.push({ field: 'progress', activity: index + 1, value, code: 'progress-not-a-number' });
    else if (outOfRange(activity.progress)) found.push({ field: 'progress', activity: index + 1, value, code: 'progress-out-of-range' });
  });
  if (!blank(aspect.averageText)) {
    const value = aspect.averageText!;
    const printed = parseProgress(value);
    if (printed === null) found.push({ field: 'average', activity: null, value, code: 'progress-not-a-number' });
    else if (outOfRange(printed)) found.push({ field: 'average', activity: null, value, code: 'progress-out-of-range' });
    else {
      const progress = aspect.activities.map((activity) => activity.progress);
      if (progress.length > 0 && progress.every((p): p is number => p !== null) && Math.abs(mean(progress)! - printed) > AVERAGE_TOLERANCE) {
        found.push({ field: 'average', activity: null, value, code: 'average-mismatch' });
      }
    }
  }
  return found;
}

/** `invalid` when some progress value is rejected, else `reported` when the ASM has an average, else `not-reported`. */
export function progressState(aspect: Aspect, invalid: readonly InvalidValue[] = invalidProgressValues(aspect)): ProgressState {
  if (invalid.length > 0) return 'invalid';
  return aspect.average === null ? 'not-reported' : 'reported';
}
