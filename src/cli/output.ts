// Command output: stdout, or --output FILE written atomically (with a UTF-8
// BOM unless --no-bom, so that spreadsheets show accents).
import type { CliContext } from './context.js';
import { message } from './context.js';
import { writeFileAtomic } from './files.js';
import { t } from './i18n.js';

export interface OutputOptions {
  output?: string;
  bom?: boolean;
}

export function writeOutput(text: string, options: OutputOptions, ctx: CliContext): void {
  if (!options.output) {
    ctx.stdout.write(text);
    return;
  }
  writeFileAtomic(options.output, options.bom === false ? text : `\uFEFF${text}`);
  message(ctx, `asm: ${t('wrote', ctx.lang)} ${options.output}`);
}
