// A field's text as the assembler gathers it from rows, with the positions
// (lines or pages) it came from. Joining is linear: only the end of the text
// is read to choose the separator.
export interface Fragment {
  text: string;
  positions: number[];
  /** The last characters of `text`, kept apart so that a join never re-reads a long text. */
  tail?: string;
}

const JOIN_TAIL = 200;

/** The text after the last white space (the whole text when it has none). */
function lastToken(text: string): string {
  let start = text.length;
  while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
  return text.slice(start);
}

/**
 * A cut token (`30/06/201` + `5`) joins without a space; text joins with one.
 * Only the end of the text before matters (`tail`): reading all of a long field
 * on every join would be quadratic, and so would `[_/]\S*$` over a run of slashes.
 */
function joinSeparator(tail: string, after: string, typed: boolean): '' | ' ' {
  const token = lastToken(tail);
  if (typed && /[\d/-]$/.test(token) && /^\d/.test(after)) return '';
  // An identifier cut by a page break: `MIR_E006_20` + `15`.
  if (/[_/]/.test(token) && /[\d_/-]$/.test(token) && /^\d/.test(after)) return '';
  return ' ';
}

/** `text` from position `at` appended to a fragment (a new one when there is none). */
export function appendFragment(fragment: Fragment | null, text: string, at: number, typed = false): Fragment {
  if (!fragment) return { text, positions: [at] };
  const tail = fragment.tail ?? fragment.text.slice(-JOIN_TAIL);
  const separator = fragment.text === '' ? '' : joinSeparator(tail, text, typed);
  fragment.text = fragment.text + separator + text;
  fragment.tail = (tail + separator + text).slice(-JOIN_TAIL);
  // Rows come in source order, so a position already there is the last one (no scan of a long list).
  if (fragment.positions[fragment.positions.length - 1] !== at) fragment.positions.push(at);
  return fragment;
}
