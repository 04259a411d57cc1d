// Ruling lines as producers draw them (a border per cell side, segments that
// overlap or leave hairline gaps, rectangles one point thick) made into the few
// long lines a reader can reason with: pdfplumber's "snap" (lines within a
// tolerance share one position) and "join" (collinear segments that touch or
// nearly touch are one line).
import type { Rule } from './geometry.js';

const SNAP = 1.5;
const JOIN = 2;

export function normaliseRules(rules: readonly Rule[]): { h: Rule[]; v: Rule[] } {
  return { h: joinRules(rules.filter((r) => r.kind === 'h')), v: joinRules(rules.filter((r) => r.kind === 'v')) };
}

function joinRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.pos - b.pos);
  // Snap: rules whose positions are within SNAP of the previous one share its group.
  const groups: Rule[][] = [];
  for (const rule of sorted) {
    const group = groups[groups.length - 1];
    if (group && rule.pos - group[group.length - 1]!.pos <= SNAP) group.push(rule);
    else groups.push([rule]);
  }
  const out: Rule[] = [];
  for (const group of groups) {
    const pos = group.reduce((sum, rule) => sum + rule.pos, 0) / group.length;
    const spans = group.map((rule) => [rule.from, rule.to] as const).sort((a, b) => a[0] - b[0]);
    let [from, to] = spans[0]!;
    for (const [start, end] of spans.slice(1)) {
      if (start <= to + JOIN) to = Math.max(to, end);
      else {
        out.push({ kind: group[0]!.kind, pos, from, to });
        [from, to] = [start, end];
      }
    }
    out.push({ kind: group[0]!.kind, pos, from, to });
  }
  return out;
}

/** Whether a horizontal rule crosses most of the span [left, right]. */
export function spans(rule: Rule, left: number, right: number, share = 0.5): boolean {
  const overlap = Math.min(right, rule.to) - Math.max(left, rule.from);
  return overlap > share * (right - left);
}
