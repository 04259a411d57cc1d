// The HTML pages of `asm report` and `asm vigentes` in a real browser
// (issue 15): Debian's Chromium driven by playwright-core, pages made by the
// built CLI from the seed, from several programs and report months, and from
// a report whose cells hold scripts; the pages of asm diff and report
// --history. Run with `npm run test:browser`
// (ASM_CHROMIUM names another Chromium binary).
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { fixture, runCli, tempDir } from '../helpers/cli.js';

const CHROMIUM = process.env.ASM_CHROMIUM ?? '/usr/bin/chromium';
const MULTI = [
  ['seed-e006-2015-09.txt'],
  ['report', 'conafor-s219-2016-03.txt'],
  ['report', 'conafor-s219-2016-09.txt'],
  ['agencies', 'conagua-k007-2017-03.txt'],
  ['agencies', 'isssp-e045-2018-03.txt'],
] as const;

let browser: Browser;
let dir: string;

/** Runs asm in `dir` and returns the file URL of the page it wrote. */
function makePage(name: string, args: string[], expectedStatus = 0): string {
  const result = runCli([...args, '--format', 'html', '-o', name], { cwd: dir });
  expect(result.status, result.stderr).toBe(expectedStatus);
  return pathToFileURL(join(dir, name)).href;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium, or set ASM_CHROMIUM`);
  browser = await chromium.launch({ executablePath: CHROMIUM });
  dir = tempDir();
  mkdirSync(join(dir, 'reportes'));
  copyFileSync(fixture('seed-e006-2015-09.txt'), join(dir, 'reportes', 'seed.txt'));
  for (const parts of MULTI) copyFileSync(fixture(...parts), join(dir, 'reportes', parts[parts.length - 1]!));
  copyFileSync(fixture('html', 'hostile-s099-2016-09.txt'), join(dir, 'hostile.txt'));
});

afterAll(async () => {
  await browser?.close();
});

interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings, page errors (a CSP refusal is a console error). */
  problems: string[];
  /** Every request other than the page itself. */
  requests: string[];
}

async function open(url: string, options: { javaScriptEnabled?: boolean } = {}): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...options });
  const problems: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    requests.push(requested);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('request', (request) => {
    if (request.url() !== url && !requests.includes(request.url())) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, problems, requests };
}

/** Text of the cells of a column of #asm-table, in the order shown. */
const column = (page: Page, index: number, attribute?: string): Promise<string[]> =>
  page.$$eval(
    '#asm-table tbody tr:not([hidden])',
    (rows, [i, attr]) => rows.map((row) => {
      const cell = (row as HTMLTableRowElement).cells[i as number]!;
      return attr ? (cell.getAttribute(attr as string) ?? '') : cell.textContent!.trim();
    }),
    [index, attribute ?? null] as const,
  );

describe('the seed report page', () => {
  let seed: Opened;
  beforeAll(async () => {
    seed = await open(makePage('seed.html', ['report', 'reportes/seed.txt', '--as-of', '2015-10-15', '--lang', 'es']));
  });
  afterAll(async () => seed.context.close());

  it('loads without console errors, CSP refusals or requests, and its script runs', async () => {
    expect(seed.problems).toEqual([]);
    expect(seed.requests).toEqual([]);
    // The filter box exists only if the inline script ran: the CSP hash let it.
    await expect(seed.page.locator('#asm-filter').count()).resolves.toBe(1);
    expect(await seed.page.title()).toBe('Reporte de seguimiento de ASM');
  });

  it('draws each bar at the figure its table gives', async () => {
    const drawn = await seed.page.$$eval('#progress .chart', (charts) =>
      charts.map((chart) => ({
        bars: [...chart.querySelectorAll('rect.bar')].map((rect) => ({
          value: Number(rect.getAttribute('data-value')),
          width: (rect as SVGGraphicsElement).getBBox().width,
        })),
        table: [...chart.querySelectorAll('table tbody tr')].map((row) => (row as HTMLTableRowElement).cells[1]!.textContent!.trim()),
      })),
    );
    expect(drawn).toHaveLength(1);
    const [{ bars, table }] = drawn as [(typeof drawn)[number]];
    expect(table).toEqual(['100%', '100%', '100%', '100%', '35%', '90%', '100%', '10%']);
    expect(bars.map((bar) => `${bar.value}%`)).toEqual(table);
    // The plot is 400 units wide for 100 %.
    for (const bar of bars) expect(bar.width).toBeCloseTo(bar.value * 4, 1);
  });

  it('draws the areas chart at the counts of its table', async () => {
    const { bars, rows } = await seed.page.$eval('#areas', (section) => ({
      bars: [...section.querySelectorAll('rect.bar')].map((rect) => Number(rect.getAttribute('data-value'))),
      rows: [...section.querySelectorAll('table tbody tr')].map((row) => [
        Number((row as HTMLTableRowElement).cells[1]!.textContent),
        Number((row as HTMLTableRowElement).cells[2]!.textContent),
      ]),
    }));
    expect(rows[0]).toEqual([2, 1]); // Coordinación de Cobranza: ASMs 5–8 minus the concluded 7; 8 is overdue
    expect(bars).toEqual(rows.flat());
  });

  it('sorts by a column heading, both ways, numbers as numbers', async () => {
    const { page } = seed;
    const heading = page.locator('#asm-table thead th').nth(4);
    await heading.locator('button').click();
    await expect(heading.getAttribute('aria-sort')).resolves.toBe('ascending');
    expect((await column(page, 4, 'data-sort')).map(Number)).toEqual([10, 35, 90, 100, 100, 100, 100, 100]);
    await heading.locator('button').click();
    await expect(heading.getAttribute('aria-sort')).resolves.toBe('descending');
    expect((await column(page, 4, 'data-sort')).map(Number)).toEqual([100, 100, 100, 100, 100, 90, 35, 10]);
    await page.locator('#asm-table thead th').nth(2).locator('button').click();
    expect(await column(page, 2)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
  });

  it('filters rows by text, accents and case folded', async () => {
    const { page } = seed;
    await page.fill('#asm-filter', 'COORDINACION DE COBRANZA');
    expect(await column(page, 2)).toEqual(['6', '7', '8']);
    await expect(page.locator('#asm-count').textContent()).resolves.toBe('3 / 8 filas mostradas');
    await page.fill('#asm-filter', 'con atraso');
    expect(await column(page, 2)).toEqual(['8']);
    await page.fill('#asm-filter', '');
    expect(await column(page, 2)).toHaveLength(8);
  });

  it('names each source by file name and line, not its folder', async () => {
    const sources = await column(seed.page, 10);
    expect(sources[0]).toBe('seed.txt, línea 12');
    expect(sources.every((source) => /^seed\.txt, línea \d+$/.test(source))).toBe(true);
  });

  it('prints in landscape without the filter box', async () => {
    const { page } = seed;
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.controls').isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'screen' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(box).not.toBeNull();
    expect(Number(box![1])).toBeGreaterThan(Number(box![2]));
  });
});

describe('with scripts off', () => {
  it('shows every ASM in document order, readable, with nothing to click', async () => {
    const opened = await open(makePage('seed-noscript.html', ['report', 'reportes/seed.txt', '--as-of', '2015-10-15']), { javaScriptEnabled: false });
    const { page } = opened;
    expect(await column(page, 2)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    await expect(page.locator('#asm-filter').count()).resolves.toBe(0);
    await expect(page.locator('#asm-table th button').count()).resolves.toBe(0);
    await expect(page.locator('#progress rect.bar').count()).resolves.toBe(8);
    expect(opened.requests).toEqual([]);
    await opened.context.close();
  });
});

describe('several programs and report months', () => {
  let multi: Opened;
  beforeAll(async () => {
    multi = await open(makePage('multi.html', ['report', 'reportes', '--as-of', '2016-10-15']));
  });
  afterAll(async () => multi.context.close());

  it('loads cleanly and shows each program', async () => {
    expect(multi.problems).toEqual([]);
    expect(multi.requests).toEqual([]);
    const programs = await multi.page.$$eval('.summary-table tbody tr', (rows) => [...new Set(rows.map((row) => (row as HTMLTableRowElement).cells[0]!.firstChild!.textContent))]);
    expect(programs).toEqual(expect.arrayContaining(['E006', 'E045', 'K007', 'S219']));
  });

  it('plots the average across report months at the figures of its table', async () => {
    const { points, table, plot } = await multi.page.$eval('#timeline', (section) => ({
      points: [...section.querySelectorAll('circle.point')].map((c) => ({ series: Number(c.getAttribute('data-series')), value: Number(c.getAttribute('data-value')), cy: Number(c.getAttribute('cy')) })),
      table: [...section.querySelectorAll('table tbody tr')].map((row) => [...(row as HTMLTableRowElement).cells].map((cell) => cell.textContent!.trim())),
      plot: [...section.querySelectorAll('line.grid')].map((line) => Number(line.getAttribute('y1'))),
    }));
    const s219 = table.findIndex((row) => row[0]!.startsWith('S219'));
    expect(s219).toBeGreaterThanOrEqual(0);
    const s219Points = points.filter((p) => p.series === s219);
    expect(s219Points).toHaveLength(2);
    const shown = table[s219]!.slice(1).filter((cell) => cell !== '');
    expect(shown).toEqual(s219Points.map((p) => `${Math.round(p.value * 100) / 100}%`));
    // 100 % at the top grid line, 0 % at the bottom one.
    const [bottom, , , , top] = plot as [number, number, number, number, number];
    for (const p of points) expect(p.cy).toBeCloseTo(bottom - (p.value / 100) * (bottom - top), 1);
  });
});

describe('the PDF corpus (four documents, four producers)', () => {
  const PDFS = ['d1--writer-grid.pdf', 'd2--calc-merged-grid.pdf', 'd3--chromium-grid.pdf', 'd4--calc-box.pdf'];

  it('charts every ASM and names each source by PDF name and page', async () => {
    mkdirSync(join(dir, 'pdf'));
    for (const name of PDFS) copyFileSync(fixture('corpus', name), join(dir, 'pdf', name));
    const opened = await open(makePage('pdf.html', ['report', 'pdf', '--as-of', '2020-01-01']));
    const { page } = opened;
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toEqual([]);
    const charts = await page.$$eval('#progress .chart', (all) =>
      all.map((chart) => ({
        marks: chart.querySelectorAll('rect.bar').length + chart.querySelectorAll('text.bar-note').length,
        rows: chart.querySelectorAll('table tbody tr').length,
      })),
    );
    expect(charts.length).toBeGreaterThanOrEqual(4);
    for (const chart of charts) expect(chart.marks).toBe(chart.rows);
    const sources = await column(page, 10);
    expect(sources.length).toBeGreaterThan(0);
    for (const source of sources) expect(source).toMatch(/^d[1-4]--[a-z-]+\.pdf, p\. \d+$/);
    // d4 is a Documento de Trabajo: no progress, so notes instead of bars.
    await expect(page.locator('text.bar-note', { hasText: 'not reported' }).count()).resolves.toBeGreaterThan(0);
    await opened.context.close();
  });
});

describe('a report whose cells hold scripts', () => {
  it('shows them as text and runs none of them', async () => {
    const report = await open(makePage('hostile.html', ['report', 'hostile.txt', '--as-of', '2016-10-15']));
    const list = await open(makePage('hostile-vigentes.html', ['vigentes', 'hostile.txt', '--as-of', '2016-10-15'], 1));
    for (const { page, problems, requests } of [report, list]) {
      await page.hover('#asm-table tbody tr');
      await page.locator('#asm-table tbody tr').first().click();
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(problems).toEqual([]);
      expect(requests).toEqual([]);
      await expect(page.locator('#asm-table tbody script, #asm-table tbody img, #asm-table tbody a, header script').count()).resolves.toBe(0);
      const text = await page.locator('#asm-table tbody').innerText();
      expect(text).toContain('<script>window.__pwned = 1</script>Publicar el padrón');
      expect(text).toContain('<img src=x onerror="window.__pwned = 2">Depurar el padrón');
    }
    expect(await report.page.locator('header').innerText()).toContain('Programa <script>window.__pwned = 7</script> de prueba');
    await report.context.close();
    await list.context.close();
  });
});

// The pages of `asm diff` and `asm report --history` (issues 14 and 15 meeting).
describe('the diff and history pages', () => {
  const MONTHS = ['imss-e007-2015-03.txt', 'imss-e007-2015-09.txt', 'imss-e007-2016-03.txt', 'imss-e007-2016-09.txt'];
  beforeAll(() => {
    mkdirSync(join(dir, 'historia'));
    for (const name of MONTHS) copyFileSync(fixture('history', name), join(dir, 'historia', name));
    copyFileSync(fixture('html', 'hostile-s099-2017-03.txt'), join(dir, 'hostile-2017-03.txt'));
  });

  /** Each timeline point with its series and height, the numbers table beside it, and the 0 % and 100 % grid lines. */
  const timeline = (page: Page, selector: string) =>
    page.$eval(selector, (section) => ({
      points: [...section.querySelectorAll('circle.point')].map((c) => ({ series: Number(c.getAttribute('data-series')), value: Number(c.getAttribute('data-value')), cy: Number(c.getAttribute('cy')) })),
      table: [...section.querySelectorAll('table.timeline-table tbody tr')].map((row) => [...(row as HTMLTableRowElement).cells].slice(1).map((cell) => cell.textContent!.trim())),
      grid: [...section.querySelectorAll('line.grid')].map((line) => Number(line.getAttribute('y1'))),
    }));

  it('diff: loads cleanly, draws each ASM before → after at the figures of its table, marks the word diff', async () => {
    const opened = await open(makePage('cambios.html', ['diff', 'historia/imss-e007-2015-03.txt', 'historia/imss-e007-2015-09.txt', '--lang', 'es'], 1));
    const { page } = opened;
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(await page.title()).toBe('Cambios entre dos reportes de seguimiento');
    const { points, table, grid } = await timeline(page, '#progress');
    expect(table).toEqual([['40%', '100%'], ['20%', '35%'], ['50%', '45%'], ['10%', '30%'], ['60%', '80%'], ['0%', '20%']]);
    const bySeries = table.map((_, k) => points.filter((p) => p.series === k).map((p) => `${p.value}%`));
    expect(bySeries).toEqual(table);
    const [bottom, , , , top] = grid as [number, number, number, number, number];
    for (const p of points) expect(p.cy).toBeCloseTo(bottom - (p.value / 100) * (bottom - top), 1);
    await expect(page.locator('#kind-text-changed del.word').allInnerTexts()).resolves.toEqual(['objetivo']);
    await expect(page.locator('#kind-progress-decreased h2').innerText()).resolves.toBe('⚠ avance baja (1)');
    await opened.context.close();
  });

  it('diff of a hostile text change: shown as text, nothing runs', async () => {
    const opened = await open(makePage('cambios-hostil.html', ['diff', 'hostile.txt', 'hostile-2017-03.txt'], 1));
    const { page } = opened;
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main script, main img, main svg[onload], main b, header script, header b').count()).resolves.toBe(0);
    const detail = await page.locator('#kind-text-changed td.detail').innerText();
    expect(detail).toContain('<script>window.__pwned = 19</script>Publicar y <b>depurar</b> el padrón & "beneficiarios" ]]>');
    await expect(page.locator('#kind-text-changed ins.word').first().innerText()).resolves.toBe('9');
    await opened.context.close();
  });

  it('history: loads cleanly, one line per period at the figures of its table', async () => {
    const opened = await open(makePage('historia.html', ['report', '--history', 'historia']));
    const { page } = opened;
    expect(opened.problems).toEqual([]);
    expect(opened.requests).toEqual([]);
    const { points, table, grid } = await timeline(page, 'section.program');
    expect(table).toEqual([
      ['', '', '5%', '18.33%'],
      ['30%', '51.67%', '62.08%', '80%'],
      ['—', '—', '—', '—'],
    ]);
    const bySeries = table.map((_, k) => points.filter((p) => p.series === k).map((p) => `${Math.round(p.value * 100) / 100}%`));
    expect(bySeries).toEqual(table.map((row) => row.filter((cell) => cell !== '' && cell !== '—')));
    const [bottom, , , , top] = grid as [number, number, number, number, number];
    for (const p of points) expect(p.cy).toBeCloseTo(bottom - (p.value / 100) * (bottom - top), 1);
    await expect(page.locator('svg[data-chart="timeline"] polyline').count()).resolves.toBe(2);
    await opened.context.close();
  });
});
