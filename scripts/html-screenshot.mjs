// docs/html-report.png, the picture in the README: the HTML report of both
// CONAFOR reports (two report months, so the timeline shows), in Spanish,
// opened in Debian's Chromium, down to the start of the full table. `npm run build` first;
// ASM_CHROMIUM names another Chromium binary.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'asm-screenshot-'));
try {
  for (const [from, to] of [
    ['report/conafor-s219-2016-03.txt', 'conafor-s219-2016-03.txt'],
    ['report/conafor-s219-2016-09.txt', 'conafor-s219-2016-09.txt'],
  ]) copyFileSync(join(root, 'fixtures', from), join(dir, to));
  const run = spawnSync(process.execPath, [join(root, 'bin', 'asm.js'), 'report', '.', '--format', 'html', '-o', 'informe.html', '--as-of', '2016-10-15', '--lang', 'es'], { cwd: dir, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  const browser = await chromium.launch({ executablePath: process.env.ASM_CHROMIUM ?? '/usr/bin/chromium' });
  const page = await browser.newPage({ viewport: { width: 1100, height: 1500 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(join(dir, 'informe.html')).href);
  const bottom = await page.$eval('#asm-table tbody tr:nth-child(2)', (row) => Math.ceil(row.getBoundingClientRect().top + window.scrollY));
  await page.setViewportSize({ width: 1100, height: bottom });
  await page.screenshot({ path: join(root, 'docs', 'html-report.png') });
  await browser.close();
  console.log('wrote docs/html-report.png');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
