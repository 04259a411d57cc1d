// The CLI side of OCR (issue 16): --ocr / --ocr-all, the per-page time limit
// (ASM_OCR_PAGE_TIMEOUT), the cache of results in the store
// (<store>/ocr/<sha256>.json, written only by a parse that saves), and the
// page counter on a terminal. The recognition itself runs in the PDF child
// process (parse-worker.ts → sources/ocr.ts).
import { lstatSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageContent } from '../sources/layout/geometry.js';
import { UsageError } from './context.js';
import { writeFileAtomic } from './files.js';
import { CLEAR_LINE, progressWanted, type ProgressDecision, type ProgressStream } from './progress.js';
import { OCR_TEXT } from '../text/ocr.js';
import { stripControls } from '../core/decode.js';

import { OCR_ENGINE } from '../sources/ocr-engine.js';
const DEFAULT_PAGE_TIMEOUT_S = 60;

/** What travels to the PDF child process (data only: the callbacks are made there). */
export interface OcrRequest {
  mode: 'missing' | 'all';
  jobs: number;
  pageTimeoutMs: number;
  cached?: Record<string, PageContent>;
}

/** ASM_OCR_PAGE_TIMEOUT: seconds per page (may be fractional), default 60. */
export function ocrPageTimeoutMs(env: NodeJS.ProcessEnv): number {
  const value = env.ASM_OCR_PAGE_TIMEOUT;
  if (value === undefined || value === '') return DEFAULT_PAGE_TIMEOUT_S * 1000;
  const seconds = Number(value);
  if (!/^\s*\d+(\.\d+)?\s*$/.test(value) || !(seconds > 0)) {
    throw new UsageError(`ASM_OCR_PAGE_TIMEOUT: "${value}": expected a number of seconds greater than 0.`);
  }
  return Math.round(seconds * 1000);
}

export function ocrCachePath(store: string, sha256: string): string {
  return join(store, 'ocr', `${sha256}.json`);
}

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/** A page as the cache holds it, or null when it is not one (the store is as hostile as any input). */
function pageOf(value: unknown): PageContent | null {
  if (!value || typeof value !== 'object') return null;
  const page = value as Record<string, unknown>;
  if (!finite(page.width) || !finite(page.height) || !Array.isArray(page.items) || !Array.isArray(page.rules)) return null;
  const items: PageContent['items'] = [];
  for (const raw of page.items as unknown[]) {
    const item = raw as Record<string, unknown> | null;
    if (!item || typeof item.str !== 'string' || !finite(item.x) || !finite(item.y) || !finite(item.width) || !finite(item.size)) return null;
    const str = stripControls(item.str).trim();
    if (str === '') continue;
    items.push({ str, x: item.x, y: item.y, width: item.width, size: item.size, font: 'ocr', ...(finite(item.confidence) ? { confidence: item.confidence } : {}) });
  }
  const rules: PageContent['rules'] = [];
  for (const raw of page.rules as unknown[]) {
    const rule = raw as Record<string, unknown> | null;
    if (!rule || (rule.kind !== 'h' && rule.kind !== 'v') || !finite(rule.pos) || !finite(rule.from) || !finite(rule.to)) return null;
    rules.push({ kind: rule.kind, pos: rule.pos, from: rule.from, to: rule.to });
  }
  return { width: page.width, height: page.height, items, rules };
}

/** The cached pages of a PDF (by page number), or undefined: no cache, another engine's, or one that does not read. */
export function readOcrCache(store: string, sha256: string): Record<string, PageContent> | undefined {
  const path = ocrCachePath(store, sha256);
  try {
    // Only a regular file asm wrote: a link or folder there is not followed.
    if (!lstatSync(path).isFile()) return undefined;
    const data = JSON.parse(readFileSync(path, 'utf8')) as { engine?: unknown; pages?: unknown };
    if (data.engine !== OCR_ENGINE || !data.pages || typeof data.pages !== 'object') return undefined;
    const pages: Record<string, PageContent> = {};
    for (const [number, value] of Object.entries(data.pages as Record<string, unknown>)) {
      if (!/^[1-9]\d{0,5}$/.test(number)) return undefined;
      const page = pageOf(value);
      if (!page) return undefined;
      pages[number] = page;
    }
    return pages;
  } catch {
    return undefined;
  }
}

/** Pages recognised in this run added to the cache of that PDF. */
export function writeOcrCache(store: string, sha256: string, pages: Record<string, PageContent>): void {
  if (Object.keys(pages).length === 0) return;
  const merged = { ...(readOcrCache(store, sha256) ?? {}), ...pages };
  writeFileAtomic(ocrCachePath(store, sha256), `${JSON.stringify({ engine: OCR_ENGINE, pages: merged })}\n`);
}

/**
 * `asm OCR informe.pdf: page 2/5 · 6.1 s/page` on stderr, redrawn in place and
 * erased at the end: only on a terminal (not with TERM=dumb, in CI or with
 * ASM_NO_PROGRESS), whatever the output format, since OCR takes seconds per page.
 */
export class OcrProgress {
  private visible = false;
  private readonly started = new Map<string, number>();
  private readonly enabled: boolean;

  constructor(
    io: ProgressDecision & { stderr: ProgressStream },
    private readonly lang: 'es' | 'en',
  ) {
    this.enabled = progressWanted(io, { format: 'table' });
    this.stream = io.stderr;
  }

  private readonly stream: ProgressStream;

  page(file: string, done: number, total: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (!this.started.has(file)) this.started.set(file, now);
    const seconds = done > 0 ? ` · ${((now - this.started.get(file)!) / 1000 / done).toFixed(1)} s/${OCR_TEXT[this.lang].perPage}` : '';
    const name = stripControls(file).replace(/[\u001b\u009b]/g, '');
    const width = Math.max(20, Math.min(this.stream.columns || 80, 120)) - 1;
    const word = OCR_TEXT[this.lang].page;
    this.stream.write(`${CLEAR_LINE}${`asm ${OCR_TEXT[this.lang].progressLabel} ${name}: ${word} ${done}/${total}${seconds}`.slice(0, width)}`);
    this.visible = true;
  }

  finish(): void {
    if (this.visible) this.stream.write(CLEAR_LINE);
    this.visible = false;
  }
}
