// The CLI only wires: options → library calls → renderers → stdout/stderr and
// an exit code. 0 success, 1 findings (validate/vigentes), 2 unusable input or usage.
import { Command, CommanderError, Option } from 'commander';
import { isAsmInputError } from '../core/errors.js';
import { createContext, message, UsageError, type CliContext } from './context.js';
import { detectLang, inputErrorMessage, t, type Lang } from './i18n.js';
import { registerParse } from './commands/parse.js';
import { registerStore } from './commands/store.js';
import { registerSchema } from './commands/schema.js';
import { registerReport } from './commands/report.js';
import { registerVigentes } from './commands/vigentes.js';
import { registerValidate } from './commands/validate.js';
import { registerDiff } from './commands/diff.js';

declare const ASM_VERSION: string;

export type Register = (program: Command, ctx: CliContext, run: Runner) => void;
/** Wraps a command action: its returned number is the exit code. */
export type Runner = <A extends unknown[]>(action: (...args: A) => Promise<number> | number) => (...args: A) => Promise<void>;

function fail(ctx: CliContext, error: unknown): number {
  // File names, selectors and values in these sentences come from outside: message() makes their controls visible.
  if (isAsmInputError(error)) message(ctx, `asm: ${inputErrorMessage(error.code, error.file, ctx.lang, error.detail)}`);
  else if (error instanceof UsageError) message(ctx, `asm: ${error.message}`);
  else {
    const detail = error instanceof Error ? error.message : String(error);
    message(ctx, `asm: ${t('unexpected', ctx.lang)}: ${detail}`);
    if (ctx.env.ASM_DEBUG && error instanceof Error) ctx.stderr.write(`${error.stack}\n`);
  }
  return 2;
}

export function buildProgram(ctx: CliContext): Command {
  const lang: Lang = ctx.lang;
  const program = new Command('asm')
    .description(t('programDescription', lang))
    .version(typeof ASM_VERSION === 'string' ? ASM_VERSION : '0.0.0', '-V, --version', t('optVersion', lang))
    .helpOption('-h, --help', t('optHelp', lang))
    .helpCommand(false)
    .addOption(new Option('--lang <lang>', t('optLang', lang)).choices(['es', 'en']))
    .option('--no-color', t('optNoColor', lang))
    .showHelpAfterError()
    .addHelpText('after', `\n${t('examples', lang)}\n${t('topExamples', lang)}`)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
    });
  const run: Runner =
    (action) =>
    async (...args) => {
      let code: number;
      try {
        code = await action(...args);
      } catch (error) {
        code = fail(ctx, error);
      }
      process.exitCode = code;
    };
  for (const register of [registerParse, registerStore, registerSchema, registerReport, registerVigentes, registerValidate, registerDiff]) register(program, ctx, run);
  return program;
}

/**
 * `asm validate | head -1`: a reader that closes the pipe early is not an
 * error. Later writes are dropped and the run ends as it would have (its store
 * writes too), with its own exit code and no stack trace.
 */
function ignoreClosedStdout(): void {
  let closed = false;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (closed || error.code === 'EPIPE') {
      closed = true;
      return;
    }
    throw error;
  });
}

export async function main(argv: string[]): Promise<void> {
  ignoreClosedStdout();
  const args = argv.slice(2);
  const lang = detectLang(args, process.env);
  const ctx = await createContext(lang, !args.includes('--no-color'));
  const program = buildProgram(ctx);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      const success = ['commander.helpDisplayed', 'commander.version', 'commander.help'].includes(error.code);
      process.exitCode = success ? 0 : 2;
      return;
    }
    process.exitCode = fail(ctx, error);
  }
}

void main(process.argv);
