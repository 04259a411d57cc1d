// The CLI only wires: options → library calls → renderers → stdout/stderr and
// an exit code. 0 success, 1 findings (validate/vigentes), 2 unusable input or usage.
import { Command, CommanderError, Help, Option, type Argument } from 'commander';
import { isAsmInputError } from '../core/errors.js';
import { createContext, message, UsageError, type CliContext } from './context.js';
import { detectLang, inputErrorMessage, t, type Lang } from './i18n.js';
import { text } from '../text/index.js';
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

/** `asm`, `asm report`, `asm store remove`: how a command is typed. */
function commandPath(command: Command): string {
  const names: string[] = [];
  for (let c: Command | null = command; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/**
 * commander's help with every word from the catalogue: titles, `[options]`,
 * `default:` and `choices:` (in English the same bytes as commander's own).
 */
function helpIn(lang: Lang): Partial<Help> {
  const words = text('cli', lang).help;
  const titles: Record<string, string> = {
    'Usage:': words.usage,
    'Arguments:': words.arguments,
    'Options:': words.options,
    'Commands:': words.commands,
    'Global Options:': words.globalOptions,
  };
  const placeholders = (usage: string): string => usage.replace(/\[options\]/g, words.optionsWord).replace(/\[command\]/g, words.commandWord);
  const described = (description: string, choices: readonly string[] | undefined, shownDefault: string | undefined): string => {
    const extra = [
      ...(choices ? [`${words.choices}: ${choices.map((choice) => JSON.stringify(choice)).join(', ')}`] : []),
      ...(shownDefault !== undefined ? [`${words.default}: ${shownDefault}`] : []),
    ];
    if (extra.length === 0) return description;
    return description ? `${description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
  };
  return {
    styleTitle: (title: string) => titles[title] ?? title,
    commandUsage(this: Help, command: Command) {
      return placeholders(Help.prototype.commandUsage.call(this, command));
    },
    subcommandTerm(this: Help, command: Command) {
      return placeholders(Help.prototype.subcommandTerm.call(this, command));
    },
    // As commander: choices, then the default of an option that takes a value (asm has no presets or env options).
    optionDescription: (option: Option) =>
      described(
        option.description,
        option.argChoices,
        option.defaultValue !== undefined && (option.required || option.optional || (option.isBoolean() && typeof option.defaultValue === 'boolean'))
          ? (option.defaultValueDescription ?? JSON.stringify(option.defaultValue))
          : undefined,
      ),
    argumentDescription: (argument: Argument) =>
      described(
        argument.description,
        argument.argChoices,
        argument.defaultValue !== undefined ? (argument.defaultValueDescription ?? JSON.stringify(argument.defaultValue)) : undefined,
      ),
  };
}

/** A usage error commander found, with the command it belongs to. */
interface UsageFailure extends CommanderError {
  command?: Command;
}

/** commander's English sentence of a usage error, said again in the run's language. */
export function usageSentence(error: CommanderError, lang: Lang): string {
  const u = text('cli', lang).usage;
  const said = error.message.replace(/^error: /, '');
  const why = (reason: string): string => {
    const choices = /^Allowed choices are (.*)\.$/s.exec(reason);
    return choices ? u.allowedChoices(choices[1]!) : reason;
  };
  const suggested = (rest: string | undefined): string => (rest ? ` ${u.didYouMean(rest)}` : '');
  let m: RegExpExecArray | null;
  switch (error.code) {
    case 'commander.unknownOption':
      if ((m = /^unknown option '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/s.exec(said))) return `${u.unknownOption(m[1]!)}${suggested(m[2])}`;
      break;
    case 'commander.unknownCommand':
      if ((m = /^unknown command '(.+?)'(?:\s*\(Did you mean (.+)\?\))?$/s.exec(said))) return `${u.unknownCommand(m[1]!)}${suggested(m[2])}`;
      break;
    case 'commander.missingArgument':
      if ((m = /^missing required argument '(.+)'$/s.exec(said))) return u.missingArgument(m[1]!);
      break;
    case 'commander.optionMissingArgument':
      if ((m = /^option '(.+)' argument missing$/s.exec(said))) return u.optionMissingArgument(m[1]!);
      break;
    case 'commander.invalidArgument':
      if ((m = /^option '(.+?)' argument '(.*)' is invalid\. (.*)$/s.exec(said))) return u.invalidOptionValue(m[1]!, m[2]!, why(m[3]!));
      if ((m = /^command-argument value '(.*)' is invalid for argument '(.+?)'\. (.*)$/s.exec(said))) return u.invalidArgumentValue(m[2]!, m[1]!, why(m[3]!));
      break;
    case 'commander.excessArguments':
      if ((m = /^too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/s.exec(said))) {
        return u.tooManyArguments(m[1] ?? 'asm', Number(m[2]), Number(m[3]));
      }
      break;
  }
  return said.replace(/\s*\n\s*/g, ' ');
}

export function buildProgram(ctx: CliContext): Command {
  const lang: Lang = ctx.lang;
  const program = new Command('asm')
    .description(t('programDescription', lang))
    .version(typeof ASM_VERSION === 'string' ? ASM_VERSION : '0.0.0', '-V, --version', t('optVersion', lang))
    .helpOption('-h, --help', t('optHelp', lang))
    .helpCommand(false)
    .configureHelp(helpIn(lang))
    .addOption(new Option(`--lang <${text('cli', lang).value.lang}>`, t('optLang', lang)).choices(['es', 'en']))
    .option('--no-color', t('optNoColor', lang))
    .addHelpText('after', `\n${t('examples', lang)}\n${t('topExamples', lang)}`)
    // A usage error is one sentence and a hint, written by main() in the run's language: not commander's English, not the whole help.
    .exitOverride(function (this: Command, error: CommanderError) {
      throw Object.assign(error, { command: this });
    })
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: () => {},
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
      if (!success) {
        const command = (error as UsageFailure).command ?? program;
        message(ctx, `asm: ${usageSentence(error, lang)}`);
        message(ctx, text('cli', lang).usage.hint(commandPath(command)));
      }
      process.exitCode = success ? 0 : 2;
      return;
    }
    process.exitCode = fail(ctx, error);
  }
}

void main(process.argv);
