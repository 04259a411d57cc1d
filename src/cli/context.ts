// What every command needs from the process, gathered once so commands stay
// testable and never read globals themselves.
import type { Lang } from './i18n.js';
import { plainStyle, type Style } from '../render/style.js';
import { neutralizeControls } from '../core/text.js';

export interface CliContext {
  lang: Lang;
  /** Colour on stdout: only on a TTY, never with NO_COLOR or --no-color. */
  color: boolean;
  style: Style;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  stdin: NodeJS.ReadStream;
  env: NodeJS.ProcessEnv;
}

/** Bad usage (option values, unknown period…): one sentence on stderr, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function wantsColor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv, flag: boolean): boolean {
  if (!flag) return false;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== '') return true;
  return Boolean(stream.isTTY);
}

/** chalk is loaded only when colour is on (it ignores NO_COLOR, so the level is set here). */
export async function makeStyle(color: boolean, width: number): Promise<Style> {
  if (!color) return { ...plainStyle, width };
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    bold: (s) => chalk.bold(s),
    dim: (s) => chalk.dim(s),
    red: (s) => chalk.red(s),
    green: (s) => chalk.green(s),
    yellow: (s) => chalk.yellow(s),
    cyan: (s) => chalk.cyan(s),
    width,
  };
}

export async function createContext(lang: Lang, colorFlag: boolean): Promise<CliContext> {
  const color = wantsColor(process.stdout, process.env, colorFlag);
  const width = Math.max(60, Math.min(process.stdout.columns || 80, 160));
  return {
    lang,
    color,
    style: await makeStyle(color, width),
    stdout: process.stdout,
    stderr: process.stderr,
    // process.stdin builds a stream on first access (~4 ms): only commands reading `-` pay for it.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
  };
}

/** One message on stderr, uncoloured. File names and values in it come from outside: their controls are made visible. */
export function message(ctx: CliContext, text: string): void {
  ctx.stderr.write(`${neutralizeControls(text)}\n`);
}
