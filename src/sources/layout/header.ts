// The table header band: a header whose cells wrap over one to six lines and
// sit top-, middle- or bottom-aligned. It is recognised from the text of all
// its lines, column by column, never from the one line that holds "No.":
// 1. lines made of header words (and no data: no digits) that follow each other
//    closely, not across a ruling line, form runs;
// 2. in each run, the sub-band whose columns map best to ASM fields wins
//    (mapHeader must accept it); lines inside its height join it;
// 3. its columns are the clusters of its text that overlap horizontally (a
//    wrapped cell's lines overlap; two cells do not), split where a vertical
//    rule runs between them.
import { mapHeader, normalizeHeader, type HeaderMapping } from '../../core/headers.js';
import { maxOf, minOf, pushAll } from '../../core/arrays.js';
import { cellText, groupLines, inlineText, lineOf, phrasesOf, type Rule, type TextItem, type TextLine } from './geometry.js';

export interface HeaderColumn {
  left: number;
  right: number;
  items: TextItem[];
}

export interface HeaderBand {
  top: number;
  bottom: number;
  lines: TextLine[];
  columns: HeaderColumn[];
  cells: string[];
  mapping: HeaderMapping;
}

/** A word that may head the ASM number column (the header vocabulary decides: this only spares the search). */
const NUMBER_WORD = /(?:^|\s)(?:n[oº°]?|n[uú]m(?:ero)?|#|id|asm)\.?(?:\s|$)/i;

const STOP_WORDS = new Set(['de', 'del', 'la', 'las', 'el', 'los', 'y', 'o', 'u', 'e', 'a', 'al', 'en', 'por', 'para', 'con', 'su', 'sus', 'que', 'se']);

/** Words of ASM table headers, as agencies write them (accents and case folded). */
const HEADER_WORDS = new Set(
  `no num numero n nº # id asm aspecto aspectos susceptible susceptibles mejora mejoras
  actividad actividades accion acciones realizar area areas responsable responsables unidad unidades administrativa
  administrativas dependencia fecha fechas termino compromiso conclusion plazo resultado resultados esperado esperados
  producto productos evidencia evidencias % avance avances porcentaje grado nombre documento documentos probatorio
  probatorios aprobatorio aprobatorios soporte identificacion ubicacion liga enlace url observacion observaciones
  comentario comentarios mes ano anio promedio general dd mm aaaa clave tipo prioridad reporte corte trabajo fuente`
    .split(/\s+/)
    .filter(Boolean),
);

/** Beginnings of header words, four letters or more: what a too narrow cell leaves on a line ("Responsabl"). */
const HEADER_PREFIXES = new Set([...HEADER_WORDS].flatMap((word) => Array.from({ length: Math.max(0, word.length - 4) }, (_, i) => word.slice(0, 4 + i))));

/** 'yes': header words only; 'neutral': nothing but short joining words; 'no': anything else. */
function headerLike(text: string): 'yes' | 'neutral' | 'no' {
  if (/\d/.test(text)) return 'no';
  const words = normalizeHeader(text.replace(/#/g, ' num ')).split(' ').filter(Boolean);
  // Stop words, and pieces of a word the cell was too narrow for ("Activida" + "d"), say nothing either way.
  const counted = words.filter((word) => !STOP_WORDS.has(word) && word.length > 2);
  if (counted.length === 0) return words.length > 0 || /%/.test(text) ? 'neutral' : 'no';
  const known = counted.filter((word) => HEADER_WORDS.has(word) || HEADER_PREFIXES.has(word)).length;
  return known >= 0.6 * counted.length ? 'yes' : 'no';
}

/**
 * A header word broken where the cell was too narrow ("Susceptibl" + "e",
 * "Observacione" + "s") is joined back when the two pieces make a header word.
 */
function joinBrokenWords(text: string): string {
  const words = text.split(' ');
  const out: string[] = [];
  for (const word of words) {
    const previous = out[out.length - 1];
    if (previous !== undefined && isBroken(previous, word)) out[out.length - 1] = previous + word;
    else out.push(word);
  }
  return out.join(' ');
}

function isBroken(before: string, after: string): boolean {
  const fold = (word: string): string => normalizeHeader(word);
  const joined = fold(before + after);
  return HEADER_WORDS.has(joined) && !(HEADER_WORDS.has(fold(before)) && (HEADER_WORDS.has(fold(after)) || STOP_WORDS.has(fold(after))));
}

/** A horizontal rule between two lines that runs under both of them: a header never crosses one. */
function ruleBetween(a: TextLine, b: TextLine, hRules: readonly Rule[]): boolean {
  const left = Math.max(a.left, b.left);
  const right = Math.min(a.right, b.right);
  return hRules.some(
    (rule) => rule.pos > a.baseline && rule.pos < b.top + 0.25 * b.size && rule.from <= Math.min(a.left, b.left) + 2 && rule.to >= Math.max(right, left) - 2,
  );
}

/** Header bands on a page, top to bottom. */
export function findHeaderBands(lines: readonly TextLine[], hRules: readonly Rule[], vRules: readonly Rule[]): HeaderBand[] {
  const bands: HeaderBand[] = [];
  const kinds = lines.map((line) => headerLike(inlineText(line.items)));
  let i = 0;
  while (i < lines.length) {
    if (kinds[i] !== 'yes') {
      i++;
      continue;
    }
    // A run of header-like lines, close together and not across a rule.
    let start = i;
    while (start > 0 && kinds[start - 1] === 'neutral' && close(lines[start - 1]!, lines[start]!, hRules)) start--;
    let end = i;
    while (end + 1 < lines.length && kinds[end + 1] !== 'no' && close(lines[end]!, lines[end + 1]!, hRules)) end++;
    // A header names the ASM number: a run with no word that could is header words in the body text.
    const run = lines.slice(start, end + 1);
    const found = run.some((line) => line.items.some((item) => NUMBER_WORD.test(item.str))) ? bestBand(run, lines, vRules) : null;
    const band = found && extendBand(found, lines, hRules, vRules);
    if (band) {
      bands.push(band);
      i = lines.indexOf(band.lines[band.lines.length - 1]!) + 1;
    } else i = end + 1;
  }
  return bands;
}

function close(a: TextLine, b: TextLine, hRules: readonly Rule[]): boolean {
  return b.top - a.bottom <= 0.6 * Math.max(a.size, b.size) && !ruleBetween(a, b, hRules);
}

const MAX_BAND_LINES = 14;

/** The sub-run whose columns name the most ASM fields (ties: the taller band, so no wrapped word is left out). */
function bestBand(run: readonly TextLine[], all: readonly TextLine[], vRules: readonly Rule[]): HeaderBand | null {
  let best: { band: HeaderBand; score: number } | null = null;
  for (let a = 0; a < run.length; a++) {
    for (let b = a; b < run.length && b - a < MAX_BAND_LINES; b++) {
      const band = bandOf(run.slice(a, b + 1), vRules);
      if (!band) continue;
      const keys = band.mapping.keys.filter((key) => key !== null).length;
      const score = keys * 100 - band.mapping.unknown.length * 30 - band.mapping.duplicates.length * 30 + (b - a);
      if (!best || score > best.score) best = { band, score };
    }
  }
  if (!best) return null;
  // Lines that sit inside the band's height belong to it (an unknown column's words, say).
  const { top, bottom } = best.band;
  const inside = all.filter((line) => line.baseline > top && line.baseline < bottom && !best.band.lines.includes(line));
  if (inside.length === 0) return best.band;
  const lines = [...best.band.lines, ...inside].sort((x, y) => x.baseline - y.baseline);
  return bandOf(lines, vRules) ?? best.band;
}

/**
 * The lines under a band that are the rest of its cells: a header cell too
 * narrow for its last word leaves a piece of it ("ividad", "Aprobatorio") on a
 * line of its own below the others, which the header vocabulary cannot vouch
 * for. Recognised by geometry, as pdfplumber and Camelot place text: the line
 * comes before the first data row (no digits: no No., date or progress), at
 * the band's own line spacing and face, across no ruling line, and each of its
 * phrases lies under a header column that has text above it; taking it must
 * not make the header map fewer fields.
 */
function extendBand(band: HeaderBand, all: readonly TextLine[], hRules: readonly Rule[], vRules: readonly Rule[]): HeaderBand {
  let current = band;
  for (let added = 0; added < 3; added++) {
    const lastLine = current.lines[current.lines.length - 1]!;
    const next = all[all.indexOf(lastLine) + 1];
    if (!next || !continuesBand(current, lastLine, next, hRules)) break;
    const extended = bandOf([...current.lines, next], vRules);
    if (!extended || extended.columns.length !== current.columns.length) break;
    const known = (b: HeaderBand): number => b.mapping.keys.filter((key) => key !== null).length;
    if (known(extended) < known(current) || extended.mapping.unknown.length > current.mapping.unknown.length) break;
    current = extended;
  }
  return current;
}

function continuesBand(band: HeaderBand, last: TextLine, line: TextLine, hRules: readonly Rule[]): boolean {
  if (/\d/.test(inlineText(line.items)) || ruleBetween(last, line, hRules)) return false;
  // The band's own leading (or, for a one-line band, a paragraph's), and no wider a gap.
  const steps = band.lines.slice(1).map((l, i) => l.baseline - band.lines[i]!.baseline);
  const leading = steps.length > 0 ? Math.max(...steps) : 1.4 * last.size;
  if (line.baseline - last.baseline > leading * 1.15 + 0.5 || line.top - last.bottom > 0.6 * Math.max(last.size, line.size)) return false;
  const fonts = new Set(band.lines.flatMap((l) => l.items.map((item) => item.font)));
  if (line.items.some((item) => !fonts.has(item.font) || Math.abs(item.size - last.size) > 0.6)) return false;
  // Every phrase under a header column (the band's columns, clustered again with the line, must stay as many:
  // a phrase across two columns would join them, one beside every column would add one).
  return phrasesOf(line).every((phrase) => band.columns.some((column) => phrase.left < column.right && phrase.right > column.left));
}

function bandOf(lines: readonly TextLine[], vRules: readonly Rule[]): HeaderBand | null {
  const top = minOf(lines, (line) => line.top);
  const bottom = maxOf(lines, (line) => line.bottom);
  const crossing = vRules.filter((rule) => rule.from <= top + 2 && rule.to >= bottom - 2).map((rule) => rule.pos);
  const columns = clusterColumns(lines, crossing);
  if (columns.length < 4) return null;
  return bandFromColumns(lines, columns, top, bottom);
}

function bandFromColumns(lines: readonly TextLine[], columns: HeaderColumn[], top: number, bottom: number): HeaderBand | null {
  const cells = columns.map((column) => joinBrokenWords(cellText(groupLines(column.items), column.right + 2)));
  const mapping = mapHeader(cells);
  if (!mapping) return null;
  return { top, bottom, lines: [...lines], columns, cells, mapping };
}

/**
 * Header cells of an unruled table can sit so close that two of them read as
 * one ("Productos y/o % de"). The body settles it: the columns are where no
 * word of the header or of the rows below it ever is (a projection of the
 * words on the x axis; a space inside one cell is covered by the words of its
 * other lines). A header column that such a gap runs through is split there,
 * if that names more fields.
 */
export function splitByBody(band: HeaderBand, body: readonly TextLine[]): HeaderBand {
  const words = [...band.lines, ...body].flatMap((line) => line.items.flatMap(wordsOf));
  const spans = words.map((word) => [word.x, word.x + word.width] as const).sort((a, b) => a[0] - b[0]);
  const gaps: number[] = [];
  let right = -Infinity;
  for (const [from, to] of spans) {
    if (right > -Infinity && from - right >= 0.8) gaps.push((from + right) / 2);
    right = Math.max(right, to);
  }
  const columns: HeaderColumn[] = [];
  let split = false;
  for (const column of band.columns) {
    const inside = gaps.filter((x) => x > column.left + 0.5 && x < column.right - 0.5);
    if (inside.length === 0) {
      columns.push(column);
      continue;
    }
    split = true;
    const bounds = [-Infinity, ...inside, Infinity];
    for (let k = 0; k + 1 < bounds.length; k++) {
      const items = column.items.flatMap(wordsOf).filter((word) => word.x >= bounds[k]! && word.x < bounds[k + 1]!);
      if (items.length === 0) continue;
      columns.push({ left: minOf(items, (i) => i.x), right: maxOf(items, (i) => i.x + i.width), items });
    }
  }
  if (!split) return band;
  const refined = bandFromColumns(band.lines, columns, band.top, band.bottom);
  const known = (b: HeaderBand): number => b.mapping.keys.filter((key) => key !== null).length;
  return refined && known(refined) > known(band) ? refined : band;
}

/** A run's words, placed by their share of its characters. */
function wordsOf(item: TextItem): TextItem[] {
  if (!item.str.includes(' ')) return [item];
  const perChar = item.width / item.str.length;
  const out: TextItem[] = [];
  let offset = 0;
  for (const word of item.str.split(' ')) {
    if (word !== '') out.push({ ...item, str: word, x: item.x + offset * perChar, width: word.length * perChar });
    offset += word.length + 1;
  }
  return out;
}

/** Header text clustered into columns: phrases that overlap horizontally are one column; rules split. */
function clusterColumns(lines: readonly TextLine[], ruleXs: readonly number[]): HeaderColumn[] {
  const phrases = lines.flatMap((line) => splitAtRules(phrasesOf(line), ruleXs)).sort((a, b) => a.left - b.left);
  const columns: HeaderColumn[] = [];
  for (const phrase of phrases) {
    const last = columns[columns.length - 1];
    const ruleInside = last && ruleXs.some((x) => x > last.right - 0.5 && x < phrase.left + 0.5);
    if (last && phrase.left < last.right - 0.5 && !ruleInside) {
      last.right = Math.max(last.right, phrase.right);
      pushAll(last.items, phrase.items);
    } else columns.push({ left: phrase.left, right: phrase.right, items: [...phrase.items] });
  }
  return columns;
}

/** A phrase that runs across a vertical rule is two phrases (producers that draw a line as one run). */
function splitAtRules(phrases: TextLine[], ruleXs: readonly number[]): TextLine[] {
  if (ruleXs.length === 0) return phrases;
  const out: TextLine[] = [];
  for (const phrase of phrases) {
    let current: TextItem[] = [];
    for (const item of phrase.items) {
      const previous = current[current.length - 1];
      if (previous && ruleXs.some((x) => x > previous.x + previous.width - 0.5 && x < item.x + 0.5)) {
        out.push(lineOf(current, phrase.baseline));
        current = [];
      }
      current.push(item);
    }
    if (current.length > 0) out.push(lineOf(current, phrase.baseline));
  }
  return out;
}
