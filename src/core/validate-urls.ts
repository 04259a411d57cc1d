// URLs inside free-text cells, and the two ways the reports break them: a
// space inside (a line break of the original PDF: `https://www.sistema
// s.hacienda.gob.mx/`), or a cut host (`…hacienda.gob.m.//`).
import { editDistance } from './areas.js';

const COMMON_TLDS = new Set([
  'com', 'org', 'net', 'edu', 'gov', 'mil', 'int', 'info', 'biz', 'app', 'dev', 'io', 'ai', 'online', 'site',
]);

/** Second-level labels under which a one-letter `m` is a cut `mx`. */
const MX_SECOND_LEVEL = new Set(['gob', 'com', 'org', 'edu', 'net']);

export interface FoundUrl {
  /** The URL as printed, spaces included. */
  text: string;
  /** The URL without the spaces. */
  joined: string;
  host: string;
  /** True when nothing follows the host (the cell or the URL stops inside the host). */
  hostOnly: boolean;
  /** The URL ends the cell (only punctuation after it). */
  atEnd: boolean;
  broken: boolean;
  reason: 'space' | 'host' | null;
  /** The repaired form, using the well-formed hosts of the document as references. */
  repair(hosts: readonly string[]): string | null;
}

/** `www.x.gob.mx` yes; `www.sistema`, `x.gob.m.`, `a..b` no. */
export function isWellFormedHost(host: string): boolean {
  const labels = host.toLowerCase().split('.');
  if (labels.length < 2 || labels.some((label) => !/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/.test(label))) return false;
  const tld = labels[labels.length - 1]!;
  return /^[a-z]{2}$/.test(tld) || COMMON_TLDS.has(tld);
}

const SCHEME = /^(https?:\/\/)/i;

function splitUrl(url: string): { scheme: string; host: string; rest: string } {
  const scheme = SCHEME.exec(url)?.[1] ?? '';
  const body = url.slice(scheme.length);
  const cut = body.search(/[/?#]/);
  return cut < 0 ? { scheme, host: body, rest: '' } : { scheme, host: body.slice(0, cut), rest: body.slice(cut) };
}

/** Characters a URL token may hold; quotes, brackets and spaces end it. */
const TOKEN = /^[^\s"'“”«»<>()[\]{}]+/;

/**
 * The run of `.,;:!?` that ends `text`, found by scanning back: `/[.,;:!?]+$/`
 * retries from every mark of an earlier run, quadratic on a long run of them.
 */
function trailingPunctuation(text: string): string {
  let start = text.length;
  while (start > 0 && '.,;:!?'.includes(text[start - 1]!)) start--;
  return text.slice(start);
}

const withoutTrailingPunctuation = (text: string): string => text.slice(0, text.length - trailingPunctuation(text).length);

function fixHost(host: string, references: readonly string[]): string {
  let fixed = host.replace(/\.{2,}/g, '.').replace(/^\.+|\.+$/g, '');
  if (isWellFormedHost(fixed)) return fixed;
  let best: { host: string; score: number } | null = null;
  for (const candidate of references) {
    const lower = candidate.toLowerCase();
    const target = fixed.toLowerCase();
    const score = lower.startsWith(target) ? 0.5 : editDistance(target, lower, 2);
    if (score <= 2 && (best === null || score < best.score)) best = { host: candidate, score };
  }
  if (best) return best.host;
  const labels = fixed.split('.');
  if (labels.length > 2 && labels[labels.length - 1]!.toLowerCase() === 'm' && MX_SECOND_LEVEL.has(labels[labels.length - 2]!.toLowerCase())) {
    labels[labels.length - 1] = 'mx';
    fixed = labels.join('.');
  }
  return fixed;
}

function makeUrl(text: string, atEnd: boolean): FoundUrl {
  const joined = text.replace(/\s+/g, '');
  const { scheme, host, rest } = splitUrl(joined);
  const hostOk = isWellFormedHost(host);
  const spaced = /\s/.test(text);
  const broken = spaced || !hostOk;
  return {
    text,
    joined,
    host,
    hostOnly: rest === '' || rest === '/',
    atEnd,
    broken,
    reason: !hostOk ? 'host' : spaced ? 'space' : null,
    repair(references) {
      if (!broken) return null;
      const path = rest.replace(/^\/{2,}/, '/');
      const repaired = `${scheme}${fixHost(host, references)}${path}`;
      return repaired === text ? null : repaired;
    },
  };
}

/** Would `token` continue the URL `url` that a space interrupted? */
function continues(url: string, token: string): boolean {
  if (/^(https?:|www\.)/i.test(token)) return false;
  const { host, rest } = splitUrl(url);
  const inner = withoutTrailingPunctuation(token);
  if (!/^[A-Za-z0-9][\w.~\-/?#=&%+:]*$/.test(inner)) return false;
  const structured = /[./]/.test(inner);
  // The host was cut (`www.sistema` + `s.hacienda.gob.mx/`).
  if (rest === '' && !isWellFormedHost(host)) return structured;
  // A path was cut after a slash (`gob.mx/` + `PASH/jsps/acceso.j`).
  if (url.endsWith('/')) return inner.includes('/') || /\.[a-z0-9]{1,5}$/i.test(inner);
  return false;
}

/** Every URL (`http(s)://…` or `www.…`) in `text`, with spaces inside re-joined. */
export function findUrls(text: string): FoundUrl[] {
  const found: FoundUrl[] = [];
  const start = /\b(?:https?:\/\/|www\.)/gi;
  let match: RegExpExecArray | null;
  while ((match = start.exec(text)) !== null) {
    const from = match.index;
    const first = TOKEN.exec(text.slice(from));
    if (!first) continue;
    let url = first[0];
    let end = from + url.length;
    for (;;) {
      const next = /^( +)([^\s]+)/.exec(text.slice(end));
      if (!next) break;
      const token = TOKEN.exec(next[2]!)?.[0];
      if (!token || !continues(withoutTrailingPunctuation(url), token)) break;
      url = `${url}${next[1]}${token}`;
      end += next[1]!.length + token.length;
    }
    const trailing = trailingPunctuation(url);
    const printed = url.slice(0, url.length - trailing.length);
    const atEnd = /^[\s.,;:!?"'”»)\]]*$/.test(text.slice(from + printed.length));
    found.push(makeUrl(printed, atEnd));
    start.lastIndex = end;
  }
  return found;
}
