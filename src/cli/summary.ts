// The GitHub Actions job summary: when GITHUB_STEP_SUMMARY names a file (the
// runner sets it in every step), `vigentes`, `validate`, `report` and `diff` append a
// Markdown summary to it (src/render/summary.ts builds it). Nothing else
// changes: stdout, --output and the exit code are the same with or without it.
// Not writable: one warning on stderr, and the run goes on (a summary is not
// worth failing a check for).
import { appendFileSync } from 'node:fs';
import type { CliContext } from './context.js';
import { message } from './context.js';
import { CI_TEXT } from '../text/ci.js';
import type { ViewName, Views } from '../render/registry.js';

export async function appendJobSummary<V extends ViewName>(view: V, data: Views[V], ctx: CliContext): Promise<void> {
  const path = ctx.env.GITHUB_STEP_SUMMARY;
  if (!path || view === 'documents') return;
  // Loaded only in CI, so that start-up elsewhere does not pay for it.
  const { isSummaryView, jobSummary } = await import('../render/summary.js');
  if (!isSummaryView(view)) return;
  const markdown = jobSummary(view, data as never, ctx.lang);
  try {
    appendFileSync(path, `${markdown}\n`);
  } catch (error) {
    const reason = error instanceof Error && 'code' in error ? ` (${String(error.code)})` : '';
    message(ctx, `asm: ${CI_TEXT[ctx.lang].summaryNotWritten}: ${path}${reason}`);
  }
}
