// `asm report --format html` and `asm vigentes --format html` (issue 15)
// without a browser: the page is one self-contained file (nothing fetched,
// the CSP hashes match the inline style and script), every document text is
// escaped, sources are named by file name only, the bars carry the report's
// figures, and the other formats do not change. tests/browser/ opens the
// same pages in Chromium.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseText } from '../src/parse.js';
import type { AsmDocument } from '../src/core/schema.js';
import { buildReport, isSelectionFailure, listVigentes, type Report, type VigentesList } from '../src/core/report.js';
import { renderReportHtml } from '../src/render/html/report.js';
import { renderVigentesHtml } from '../src/render/html/vigentes.js';
import { clip, progressChart } from '../src/render/html/charts.js';
import { escapeHtml, fileName } from '../src/render/html/page.js';
import { HTML_TEXT } from '../src/text/html.js';
import { plainStyle } from '../src/render/style.js';
import { fixture, runCli, tempDir } from './helpers/cli.js';

const load = (path: string, file = path): AsmDocument => parseText(readFileSync(path, 'utf8'), { file });
const SEED = fixture('seed-e006-2015-09.txt');
const HOSTILE = fixture('html', 'hostile-s099-2016-09.txt');
const env = (lang: 'en' | 'es' = 'en') => ({ lang, style: plainStyle });

function report(documents: AsmDocument[], options: Parameters<typeof buildReport>[1] = {}): Report {
  const built = buildReport(documents, { asOf: '2015-10-15', details: true, ...options });
  if (isSelectionFailure(built)) throw new Error(JSON.stringify(built));
  return built;
}

/** What a page would load or leave: a tag with an attribute that fetches or navigates (text is escaped, so has no tag). */
const FETCHING = /<[a-z][^>]*\s(?:src|href|srcset|action|formaction|poster|data|xlink:href|background)\s*=/i;
/** CSS that fetches. */
const CSS_FETCHING = /url\(|@import/i;

function inline(html: string, tag: 'style' | 'script'): string[] {
  return [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'g'))].map((m) => m[1]!);
}
const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('the HTML page is self-contained and locked down', () => {
  const html = renderReportHtml(report([load(SEED)]), env());

  it('fetches nothing: no src, href, url() or @import anywhere', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).not.toMatch(FETCHING);
    expect(inline(html, 'style').join('')).not.toMatch(CSS_FETCHING);
    expect(html).not.toMatch(/<(?:link|img|iframe|object|embed|base|form)\b/i);
  });

  it('allows exactly its own style and script by hash in a strict CSP', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
    expect(csp).toBeDefined();
    const styles = inline(html, 'style');
    const scripts = inline(html, 'script');
    expect(styles).toHaveLength(1);
    expect(scripts).toHaveLength(1);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`style-src ${hash(styles[0]!)}`);
    expect(csp).toContain(`script-src ${hash(scripts[0]!)}`);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // The policy comes before anything it governs.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'));
    // No inline handlers or style attributes, which a hash-based policy would block anyway.
    expect(html).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/<[a-z][^>]*\sstyle\s*=/i);
  });

  it('has a print style sheet in landscape', () => {
    expect(html).toMatch(/@page\{size:landscape;[^}]*\}\s*@media print\{/);
  });
});

describe('every document text is escaped', () => {
  const documents = [load(HOSTILE, 'hostile.txt')];
  const pages = [renderReportHtml(report(documents, { asOf: '2016-10-15' }), env()), renderVigentesHtml(vigentes(documents, '2016-10-15'), env('es'))];

  it.each([0, 1])('page %i holds the hostile cells as text, not markup', (i) => {
    const html = pages[i]!;
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).not.toMatch(/<(?:img|a|b)\b/i);
    expect(html).not.toMatch(/<svg onload/i);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;Publicar el padrón');
    expect(html).toContain('&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;Depurar el padrón');
    expect(html).toContain('&lt;svg onload=&quot;window.__pwned = 3&quot;&gt;Dirección de Padrones');
    if (i === 0) {
      // ASM 2 is concluded: only the report lists it.
      expect(html).toContain('Medir la cobertura&#39;); window.__pwned = 6; (&#39;');
      expect(html).toContain('javascript:window.__pwned = 8');
    }
    expect(html).toContain('Instituto &lt;b&gt;Hostil&lt;/b&gt; &amp; Asociados');
    // javascript: only ever as text: never in an attribute.
    expect(html).not.toMatch(/=\s*"?\s*javascript:/i);
    expect(html).not.toMatch(FETCHING);
  });

  it('escapes the five characters of markup and nothing else', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;');
    expect(escapeHtml('Área €')).toBe('Área €');
    expect(escapeHtml(null)).toBe('');
  });

  it('shows bidi and control characters visibly instead of passing them to the page', () => {
    const document = load(SEED);
    document.periods[0]!.aspects[0]!.text = 'Texto \u202Eoculto\u0007';
    const html = renderReportHtml(report([document]), env());
    expect(html).not.toContain('\u202E');
    expect(html).not.toContain('\u0007');
  });
});

function vigentes(documents: AsmDocument[], asOf: string): VigentesList {
  const list = listVigentes(documents, { asOf, details: true });
  if (isSelectionFailure(list)) throw new Error(JSON.stringify(list));
  return list;
}

describe('what the page says', () => {
  it('names each source by its file name and line, never its folder', () => {
    const html = renderReportHtml(report([load(SEED, '/home/analista/privado/reportes/seed.txt')]), env());
    expect(html).not.toContain('/home/analista');
    expect(html).not.toContain('privado');
    expect(html).toContain('seed.txt, line 30');
    expect(fileName('C:\\Users\\x\\informe.pdf')).toBe('informe.pdf');
    expect(fileName('-')).toBe('-');
  });

  it('draws one bar per ASM at its figure: widths are the averages on a 400-unit scale', () => {
    const html = renderReportHtml(report([load(SEED)], { period: '2014-2015' }), env());
    const bars = [...html.matchAll(/<rect class="bar (\w+)" data-value="([\d.]+)" x="\d+" y="[\d.]+" width="([\d.]+)"/g)].map((m) => ({
      cls: m[1],
      value: Number(m[2]),
      width: Number(m[3]),
    }));
    const progress = bars.filter((bar) => ['concluded', 'vigente', 'overdue'].includes(bar.cls!));
    expect(progress.map((bar) => bar.value)).toEqual([100, 100, 100, 100, 35, 90, 100, 10]);
    for (const bar of progress) expect(bar.width).toBeCloseTo(bar.value * 4, 1);
    expect(progress.map((bar) => bar.cls)).toEqual(['concluded', 'concluded', 'concluded', 'concluded', 'vigente', 'vigente', 'concluded', 'overdue']);
    // The summary table holds the same period figures as the JSON report.
    expect(html).toMatch(/<td>2014-2015<\/td><td class="num">8<\/td><td class="num">5<\/td><td class="num">3<\/td><td class="num">1<\/td><td class="num">79\.38%<\/td>/);
  });

  it('draws no bar for an ASM without a countable figure, and says why', () => {
    const svg = progressChart('c', 'Progress', 'desc', [
      { label: 'ASM 1', value: 50, cls: 'vigente' },
      { label: 'ASM 2', value: null, cls: 'none', note: 'not reported' },
      { label: '<b>ASM 3</b>', value: 150, cls: 'concluded' },
    ]);
    expect(svg.match(/<rect/g)).toHaveLength(2);
    expect(svg).toContain('>not reported</text>');
    expect(svg).toContain('data-value="150" x="170" y="56" width="400"');
    expect(svg).toContain('&lt;b&gt;ASM 3&lt;/b&gt;');
    expect(svg).toContain('role="img" aria-labelledby="c-t c-d"><title id="c-t">Progress</title><desc id="c-d">desc</desc>');
    expect(clip('Coordinación de Cobranza', 10)).toBe('Coordinac…');
  });

  it('shows the average across report months when a program has several', () => {
    const march = load(fixture('report', 'conafor-s219-2016-03.txt'), 'march.txt');
    const september = load(fixture('report', 'conafor-s219-2016-09.txt'), 'september.txt');
    const built = report([load(SEED), september, march], { asOf: '2016-10-15' });
    const s219 = built.history?.find((p) => p.program === 'S219');
    expect(s219?.points.map((p) => p.reportMonth)).toEqual(['2016-03', '2016-09']);
    // The month reported is counted as the report counts it (S219 has ASMs in one period only).
    const september2016 = built.programs.find((p) => p.program === 'S219')!.periods.find((p) => p.aspectCount > 0)!;
    expect(s219?.points[1]).toMatchObject({ aspectCount: 4, averageProgress: september2016.averageProgress, averagedCount: 3 });
    expect(s219?.points[0]?.averageProgress).toBe(60);
    const html = renderReportHtml(built, env());
    expect(html).toContain('<section id="timeline">');
    const points = [...html.matchAll(/<circle class="point" data-series="(\d)" data-value="([\d.]+)"/g)].map((m) => [Number(m[1]), Number(m[2])]);
    const history = built.history!;
    const expected = history.flatMap((p, k) => p.points.filter((point) => point.averageProgress !== null).map((point) => [k, point.averageProgress]));
    expect(points).toEqual(expected);
    // With --report 2016-03 the history stops at March: one month, no timeline.
    const march2016 = report([september, march], { asOf: '2016-10-15', report: '2016-03' });
    expect(march2016.history?.[0]?.points.map((p) => p.reportMonth)).toEqual(['2016-03']);
    expect(renderReportHtml(march2016, env())).not.toContain('id="timeline"');
    // One report month per program: no timeline.
    expect(renderReportHtml(report([load(SEED)]), env())).not.toContain('id="timeline"');
  });

  it('speaks Spanish or English by --lang, with the same keys in both catalogues', () => {
    expect(Object.keys(HTML_TEXT.es).sort()).toEqual(Object.keys(HTML_TEXT.en).sort());
    const es = renderReportHtml(report([load(SEED)]), env('es'));
    expect(es).toContain('<html lang="es">');
    expect(es).toContain('Reporte de seguimiento de ASM');
    expect(es).toContain('con atraso');
    const en = renderReportHtml(report([load(SEED)]), env('en'));
    expect(en).toContain('ASM follow-up report');
  });

  it('lists activities only when details are asked for: other outputs are unchanged', () => {
    const plain = buildReport([load(SEED)], { asOf: '2015-10-15' }) as Report;
    expect(plain).not.toHaveProperty('history');
    expect(plain.programs[0]!.periods[0]!.aspects[0]).not.toHaveProperty('activities');
    const detailed = report([load(SEED)]);
    const { history, ...rest } = detailed;
    expect(history).toHaveLength(1);
    const stripped = JSON.parse(JSON.stringify(rest, (key, value) => (key === 'activities' ? undefined : value)));
    expect(stripped).toEqual(JSON.parse(JSON.stringify(plain)));
    expect(detailed.programs[0]!.periods[0]!.aspects[7]!.activities![0]).toMatchObject({ responsibleArea: 'Coordinación de Cobranza', dueDate: '2015-06-30', progress: 10 });
  });
});

describe('asm report/vigentes --format html through the CLI', () => {
  function workspace(): string {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'reportes'));
    copyFileSync(SEED, join(cwd, 'reportes', 'seed.txt'));
    copyFileSync(HOSTILE, join(cwd, 'reportes', 'hostile.txt'));
    return cwd;
  }

  it('writes informe.html with -o, says so on stderr, and names the sources without their folder', () => {
    const cwd = workspace();
    const result = runCli(['report', 'reportes/seed.txt', '--format', 'html', '-o', 'informe.html', '--as-of', '2015-10-15', '--lang', 'es'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('asm: escrito informe.html\n');
    const html = readFileSync(join(cwd, 'informe.html'), 'utf8');
    expect(html.startsWith('\uFEFF<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('seed.txt, línea 30');
    expect(html).not.toContain('reportes/');
    expect(html).not.toMatch(/\u001b\[/);
  });

  it('prints the page on stdout without -o (HTML is text)', () => {
    const cwd = workspace();
    const result = runCli(['report', 'reportes/seed.txt', '--format', 'html', '--as-of', '2015-10-15'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(result.stdout).toContain('ASM follow-up report');
  });

  it('vigentes: exit 1 when vigentes are listed, the hostile cells escaped', () => {
    const cwd = workspace();
    const result = runCli(['vigentes', 'reportes', '--format', 'html', '-o', 'vigentes.html', '--as-of', '2016-10-15'], { cwd });
    expect(result.status).toBe(1);
    const html = readFileSync(join(cwd, 'vigentes.html'), 'utf8');
    expect(html.match(/<script\b/g)).toHaveLength(1);
    expect(html).toContain('&lt;script&gt;window.__pwned = 1&lt;/script&gt;');
    expect(html).toContain('4 vigente ASMs, 4 overdue.');
    expect(html).not.toMatch(FETCHING);
  });

  it('vigentes with none to list: exit 0 and a page that says so, with no script', () => {
    const cwd = workspace();
    const result = runCli(['vigentes', 'reportes/seed.txt', '--program', 'E006', '--area', 'planeacion', '--format', 'html', '--as-of', '2015-10-15', '--lang', 'es'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('<p>No hay ASM vigentes.</p>');
    expect(result.stdout).not.toContain('<script>');
  });

  it('leaves the JSON of report as it was: no activities, no history', () => {
    const cwd = workspace();
    const result = runCli(['report', 'reportes/seed.txt', '--format', 'json', '--as-of', '2015-10-15'], { cwd });
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('"activities"');
    expect(result.stdout).not.toContain('"history"');
  });
});
