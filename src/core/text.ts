// Text helpers that core and the renderers share.

/** At most `width` characters, an ellipsis marking a cut. */
export function truncate(text: string, width: number): string {
  if (text.length <= width) return text;
  return `${text.slice(0, Math.max(0, width - 1)).trimEnd()}…`;
}
