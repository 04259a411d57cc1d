// Charts as inline SVG, written by hand: three chart shapes (bars from 0 to
// 100 %, paired count bars, lines over report months) are some 150 lines,
// where a charting library that renders SVG without a browser (Vega, a D3
// with a DOM shim) would weigh megabytes for the same three pictures. Every
// mark carries its figure in data-value, and every chart its text
// alternative (<title>, <desc>); the page puts the numbers in a table beside
// it. All text passes through escapeHtml.
import { escapeHtml } from './page.js';

export type BarClass = 'concluded' | 'vigente' | 'overdue' | 'none';

export interface ProgressBar {
  label: string;
  /** 0–100 (clamped in the drawing, the data-value keeps the figure); null draws no bar. */
  value: number | null;
  cls: BarClass;
  /** Shown instead of the figure (no bar): "not reported". */
  note?: string;
}

export interface AreaBar {
  label: string;
  vigentes: number;
  overdue: number;
}

export interface Series {
  label: string;
  points: Array<{ month: string; value: number | null }>;
}

const fmt = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(2));
const round = (value: number): string => String(Math.round(value * 100) / 100);

/** At most `max` characters, with an ellipsis. */
export function clip(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

function svgOpen(id: string, width: number, height: number, title: string, desc: string, kind: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart-svg" data-chart="${kind}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-t ${id}-d">` +
    `<title id="${id}-t">${escapeHtml(title)}</title><desc id="${id}-d">${escapeHtml(desc)}</desc>`
  );
}

/** One horizontal bar per ASM on a 0–100 % scale. */
export function progressChart(id: string, title: string, desc: string, bars: readonly ProgressBar[]): string {
  const left = 170;
  const plot = 400;
  const row = 22;
  const top = 8;
  const height = top + bars.length * row + 28;
  const width = left + plot + 70;
  const out = [svgOpen(id, width, height, title, desc, 'progress')];
  const bottom = top + bars.length * row;
  for (const tick of [0, 25, 50, 75, 100]) {
    const x = left + (tick / 100) * plot;
    out.push(`<line class="grid" x1="${x}" y1="${top}" x2="${x}" y2="${bottom}"/>`);
    out.push(`<text x="${x}" y="${bottom + 16}" text-anchor="middle">${tick}%</text>`);
  }
  bars.forEach((bar, i) => {
    const y = top + i * row;
    out.push(`<text x="${left - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(clip(bar.label, 24))}<title>${escapeHtml(bar.label)}</title></text>`);
    if (bar.value === null) {
      out.push(`<text class="bar-note" x="${left + 4}" y="${y + 15}">${escapeHtml(bar.note ?? '—')}</text>`);
      return;
    }
    const w = (Math.max(0, Math.min(100, bar.value)) / 100) * plot;
    out.push(
      `<rect class="bar ${bar.cls}" data-value="${bar.value}" x="${left}" y="${y + 4}" width="${round(w)}" height="14"><title>${escapeHtml(`${bar.label}: ${fmt(bar.value)}%`)}</title></rect>`,
    );
    out.push(`<text x="${round(left + w + 4)}" y="${y + 15}">${fmt(bar.value)}%</text>`);
  });
  out.push(`<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${bottom}"/>`);
  out.push('</svg>');
  return out.join('');
}

/** Two bars per responsible area: vigente ASMs and overdue ASMs, on one count scale. */
export function areaChart(id: string, title: string, desc: string, areas: readonly AreaBar[], names: { vigentes: string; overdue: string }): string {
  const left = 230;
  const plot = 330;
  const row = 30;
  const top = 26;
  const max = Math.max(1, ...areas.map((a) => Math.max(a.vigentes, a.overdue)));
  const height = top + areas.length * row + 10;
  const width = left + plot + 50;
  const out = [svgOpen(id, width, height, title, desc, 'areas')];
  out.push(`<rect class="count-vigentes" x="${left}" y="6" width="12" height="12"/><text x="${left + 16}" y="16">${escapeHtml(names.vigentes)}</text>`);
  out.push(`<rect class="count-overdue" x="${left + 140}" y="6" width="12" height="12"/><text x="${left + 156}" y="16">${escapeHtml(names.overdue)}</text>`);
  areas.forEach((area, i) => {
    const y = top + i * row;
    out.push(`<text x="${left - 8}" y="${y + 16}" text-anchor="end">${escapeHtml(clip(area.label, 34))}<title>${escapeHtml(area.label)}</title></text>`);
    const pairs: Array<[string, number, number, string]> = [
      ['count-vigentes', area.vigentes, y + 3, names.vigentes],
      ['count-overdue', area.overdue, y + 14, names.overdue],
    ];
    for (const [cls, value, barY, name] of pairs) {
      const w = (value / max) * plot;
      out.push(
        `<rect class="bar ${cls}" data-value="${value}" x="${left}" y="${barY}" width="${round(w)}" height="10"><title>${escapeHtml(`${area.label}: ${name} ${value}`)}</title></rect>`,
      );
      out.push(`<text x="${round(left + w + 4)}" y="${barY + 9}">${value}</text>`);
    }
  });
  out.push(`<line class="axis" x1="${left}" y1="${top}" x2="${left}" y2="${height - 6}"/>`);
  out.push('</svg>');
  return out.join('');
}

/** Colour-blind-safe series colours (Okabe–Ito), cycled; the legend and the table name each line. */
export const SERIES_COLOURS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];

/** One line per program: average progress (0–100 %) in each report month. */
export function timelineChart(id: string, title: string, desc: string, months: readonly string[], series: readonly Series[]): string {
  const left = 50;
  const plotW = Math.max(240, Math.min(560, months.length * 110));
  const top = 12;
  const plotH = 200;
  const legendRow = 18;
  const width = left + plotW + 40;
  const height = top + plotH + 34 + series.length * legendRow;
  const xOf = (index: number): number => left + (months.length === 1 ? plotW / 2 : (index / (months.length - 1)) * plotW);
  const yOf = (value: number): number => top + plotH - (Math.max(0, Math.min(100, value)) / 100) * plotH;
  const out = [svgOpen(id, width, height, title, desc, 'timeline')];
  for (const tick of [0, 25, 50, 75, 100]) {
    const y = yOf(tick);
    out.push(`<line class="grid" x1="${left}" y1="${y}" x2="${left + plotW}" y2="${y}"/><text x="${left - 6}" y="${y + 4}" text-anchor="end">${tick}%</text>`);
  }
  months.forEach((month, i) => out.push(`<text x="${round(xOf(i))}" y="${top + plotH + 18}" text-anchor="middle">${escapeHtml(month)}</text>`));
  out.push(`<line class="axis" x1="${left}" y1="${top + plotH}" x2="${left + plotW}" y2="${top + plotH}"/>`);
  series.forEach((s, k) => {
    const colour = SERIES_COLOURS[k % SERIES_COLOURS.length]!;
    const points = s.points
      .map((p) => ({ i: months.indexOf(p.month), value: p.value }))
      .filter((p): p is { i: number; value: number } => p.i >= 0 && p.value !== null);
    if (points.length > 1) {
      out.push(`<polyline class="series" stroke="${colour}" points="${points.map((p) => `${round(xOf(p.i))},${round(yOf(p.value))}`).join(' ')}"/>`);
    }
    for (const p of points) {
      out.push(
        `<circle class="point" data-series="${k}" data-value="${p.value}" cx="${round(xOf(p.i))}" cy="${round(yOf(p.value))}" r="4" fill="${colour}"><title>${escapeHtml(`${s.label}, ${months[p.i]}: ${fmt(p.value)}%`)}</title></circle>`,
      );
    }
    const ly = top + plotH + 34 + k * legendRow;
    out.push(`<line x1="${left}" y1="${ly - 4}" x2="${left + 22}" y2="${ly - 4}" stroke="${colour}" stroke-width="3"/><text x="${left + 28}" y="${ly}">${escapeHtml(clip(s.label, 70))}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}
