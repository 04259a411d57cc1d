// How the CLI picks its language, and its lookups into the text catalogue
// (src/text/cli.ts). JSON keys and codes are never translated.
import type { InputErrorCode } from '../core/errors.js';
import { text, type Lang } from '../text/index.js';

export type { Lang };

/** `--lang` wins; else LC_ALL, then LANG: es* → Spanish, anything else → English. */
export function detectLang(argv: readonly string[], env: NodeJS.ProcessEnv): Lang {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const flag = index < 0 ? undefined : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if (flag === 'es' || flag === 'en') return flag;
  const locale = env.LC_ALL || env.LANG || '';
  return /^es/i.test(locale) ? 'es' : 'en';
}

// Typed by the codes: an input error without a message is a compile error.
type InputErrorMessages = Record<InputErrorCode, (file: string, detail?: string) => string>;

export function inputErrorMessage(code: InputErrorCode, file: string, lang: Lang, detail?: string): string {
  const messages: InputErrorMessages = text('cli', lang).inputErrors;
  return messages[code](file, detail);
}

type CliText = ReturnType<typeof text<'cli'>>;
/** The keys of the CLI's plain sentences (the sections, such as `usage`, are read with `text('cli', lang)`). */
export type TextKey = { [K in keyof CliText]: CliText[K] extends string ? K : never }[keyof CliText];

export function t(key: TextKey, lang: Lang): string {
  return text('cli', lang)[key] as string;
}
