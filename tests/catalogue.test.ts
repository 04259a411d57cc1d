// The text catalogue (src/text): every key in both languages with the same
// placeholders; the Spanish help of every command in Spanish; usage errors as
// one sentence and a hint, in the run's language.
import { describe, expect, it } from 'vitest';
import { catalogue, LANGS } from '../src/text/index.js';
import { DIAGNOSTIC_CODES } from '../src/core/diagnostics.js';
import { formatsOf } from '../src/render/registry.js';
import { fixture, runCli } from './helpers/cli.js';

const SEED = fixture('seed-e006-2015-09.txt');
// The formats of asm report as registered (other issues add to them).
const REPORT_FORMATS = formatsOf('report');

/**
 * A stand-in for every argument of a catalogue function: it prints as `⟨i⟩`,
 * counts as 9000 + i, and each of its properties prints as `⟨i.name⟩` (message
 * parameters, a vigente). What of these reaches the sentence is its placeholders.
 */
function probe(index: number, absent: boolean): unknown {
  return new Proxy(
    {},
    {
      get: (_, key) => {
        if (key === Symbol.toPrimitive) return (hint: string) => (hint === 'number' ? 9000 + index : `⟨${index}⟩`);
        if (typeof key !== 'string' || absent) return undefined;
        return `⟨${index}.${key}⟩`;
      },
    },
  );
}

function placeholders(fn: (...args: unknown[]) => unknown, absent: boolean): string[] {
  const args = Array.from({ length: Math.max(fn.length, 3) }, (_, i) => probe(i, absent));
  const out = String(fn(...args));
  return [...new Set(out.match(/⟨[^⟩]+⟩|90\d\d/g) ?? [])].sort();
}

/** Where `en` and `es` differ in shape: keys, kinds, array lengths, function arity, placeholders used. */
function differences(en: unknown, es: unknown, path: string): string[] {
  const kind = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v);
  if (kind(en) !== kind(es)) return [`${path}: ${kind(en)} in English, ${kind(es)} in Spanish`];
  if (typeof en === 'string') {
    if (en.trim() === '' || (es as string).trim() === '') return [`${path}: empty`];
    // `{name}` placeholders of strings filled later (src/text/diff.ts's fill).
    const named = (s: string): string => [...new Set(s.match(/\{\w+\}/g) ?? [])].sort().join(' ');
    return named(en) === named(es as string) ? [] : [`${path}: placeholders ${named(en) || '(none)'} in English, ${named(es as string) || '(none)'} in Spanish`];
  }
  if (Array.isArray(en)) {
    const other = es as unknown[];
    if (en.length !== other.length) return [`${path}: ${en.length} items in English, ${other.length} in Spanish`];
    return en.flatMap((item, i) => differences(item, other[i], `${path}[${i}]`));
  }
  if (typeof en === 'function') {
    const fe = en as (...args: unknown[]) => unknown;
    const fs = es as (...args: unknown[]) => unknown;
    if (fe.length !== fs.length) return [`${path}: takes ${fe.length} arguments in English, ${fs.length} in Spanish`];
    const found = new Set<string>();
    for (const absent of [false, true]) {
      const a = placeholders(fe, absent);
      const b = placeholders(fs, absent);
      if (a.join() !== b.join()) found.add(`${path}: placeholders ${a.join(' ') || '(none)'} in English, ${b.join(' ') || '(none)'} in Spanish`);
    }
    return [...found];
  }
  if (en && typeof en === 'object') {
    const a = Object.keys(en).sort();
    const b = Object.keys(es as object).sort();
    const onlyEn = a.filter((k) => !b.includes(k)).map((k) => `${path}.${k}: missing in Spanish`);
    const onlyEs = b.filter((k) => !a.includes(k)).map((k) => `${path}.${k}: missing in English`);
    const shared = a.filter((k) => b.includes(k)).flatMap((k) => differences((en as never)[k], (es as never)[k], `${path}.${k}`));
    return [...onlyEn, ...onlyEs, ...shared];
  }
  return [`${path}: unexpected ${kind(en)}`];
}

describe('the catalogue', () => {
  it('finds what it compares (the checks below would pass on nothing)', () => {
    expect(Object.keys(catalogue)).toEqual(expect.arrayContaining(['cli', 'diagnostics', 'documents', 'report', 'vigentes', 'validation', 'store', 'ci', 'diff', 'html']));
    expect(LANGS).toEqual(['en', 'es']);
    // The comparison catches each kind of drift.
    expect(
      differences(
        { a: 'x {n} files', b: (n: number) => `${n} files`, c: ['1', '2'], d: { e: 'x' }, f: (p: { value: string }) => `"${p.value}"` },
        { a: 'x archivos', b: (n: number) => 'archivos', c: ['1'], d: {}, f: (p: { other: string }) => `"${p.other}"`, g: 'y' },
        'demo',
      ),
    ).toEqual([
      'demo.g: missing in English',
      'demo.a: placeholders {n} in English, (none) in Spanish',
      'demo.b: placeholders ⟨0⟩ in English, (none) in Spanish',
      'demo.c: 2 items in English, 1 in Spanish',
      'demo.d.e: missing in Spanish',
      'demo.f: placeholders ⟨0.value⟩ in English, ⟨0.other⟩ in Spanish',
    ]);
  });

  it('has every key in both languages, with the same placeholders', () => {
    const found = Object.entries(catalogue).flatMap(([feature, text]) => differences(text.en, text.es, feature));
    expect(found).toEqual([]);
  });

  it('has a message in both languages for every diagnostic code', () => {
    for (const [code, entry] of Object.entries(DIAGNOSTIC_CODES)) {
      for (const lang of LANGS) expect(typeof entry[lang], `${code} ${lang}`).toBe('function');
    }
    expect(Object.keys((catalogue.diagnostics.en as { messages: object }).messages).sort()).toEqual(Object.keys(DIAGNOSTIC_CODES).sort());
  });
});

const COMMANDS = [[], ['parse'], ['store'], ['store', 'remove'], ['schema'], ['report'], ['vigentes'], ['validate'], ['diff']];

// English that must not be left in the Spanish help (commander's words and the old option descriptions).
const ENGLISH = [
  'Usage', 'Options', 'Arguments', 'Commands', 'Command', 'default', 'choices', 'display', 'help', 'show', 'print',
  'output', 'file', 'files', 'directory', 'directories', 'folder', 'input', 'inputs', 'standard', 'the', 'and', 'with',
  'for', 'of', 'when', 'only', 'never', 'argument', 'option', 'options', 'language', 'version', 'selectors', 'dir',
  'size', 'codes', 'Examples', 'Exit',
];

/** The help without what stays English on purpose: option flags and environment variable names. */
function prose(help: string): string {
  return help.replace(/(^|[\s[(,])--?[a-z][\w-]*/gim, '$1').replace(/\bASM_[A-Z_]+\b/g, '');
}

describe('the Spanish help of every command', () => {
  for (const command of COMMANDS) {
    const name = ['asm', ...command].join(' ');
    it.each([
      ['--lang es', ['--lang', 'es'], {}],
      ['LANG=es_MX.UTF-8', [], { LANG: 'es_MX.UTF-8' }],
    ] as const)(`${name} --help with %s`, (_, flag, env) => {
      const result = runCli([...flag, ...command, '--help'], { env });
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^Uso: ${name} `));
      expect(result.stdout).toContain('Opciones:');
      const words = prose(result.stdout);
      const left = ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(words));
      expect(left, result.stdout).toEqual([]);
    });
  }

  it('the check finds English words in the English help (it would pass on nothing)', () => {
    const words = prose(runCli(['report', '--help']).stdout);
    const left = ENGLISH.filter((word) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(words));
    expect(left).toEqual(expect.arrayContaining(['Usage', 'Options', 'Arguments', 'default', 'choices', 'output', 'file', 'files']));
  });

  it('shows defaults and choices in Spanish', () => {
    const help = runCli(['--lang', 'es', 'report', '--help']).stdout;
    expect(help).toContain('Argumentos:\n  archivos ');
    expect(help.replace(/\s+/g, ' ')).toContain(`formato de salida (valores: ${REPORT_FORMATS.map((f) => JSON.stringify(f)).join(', ')}, por omisión: "table")`);
    expect(runCli(['--lang', 'es', '--help']).stdout).toContain('Comandos:\n  parse [opciones] <archivos...>');
  });
});

describe('usage errors: one sentence and a hint, exit 2', () => {
  const CASES: Array<{ args: string[]; hint: string; en: string; es: string }> = [
    {
      args: ['report', SEED, '--format', 'xml'],
      hint: 'asm report',
      en: `asm: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are ${REPORT_FORMATS.join(', ')}.`,
      es: `asm: la opción '-f, --format <formato>' no acepta el valor 'xml'. Valores aceptados: ${REPORT_FORMATS.join(', ')}.`,
    },
    { args: ['parse', SEED, '--bogus'], hint: 'asm parse', en: "asm: unknown option '--bogus'.", es: "asm: opción desconocida '--bogus'." },
    { args: ['frob'], hint: 'asm', en: "asm: unknown command 'frob'.", es: "asm: comando desconocido 'frob'." },
    {
      args: ['store', 'remove'],
      hint: 'asm store remove',
      en: "asm: missing required argument 'selectors'.",
      es: "asm: falta el argumento obligatorio 'selectores'.",
    },
    { args: ['parse'], hint: 'asm parse', en: "asm: missing required argument 'files'.", es: "asm: falta el argumento obligatorio 'archivos'." },
    {
      args: ['validate', SEED, '--format'],
      hint: 'asm validate',
      en: "asm: option '-f, --format <format>' argument missing.",
      es: "asm: falta el valor de la opción '-f, --format <formato>'.",
    },
    {
      args: ['schema', 'extra'],
      hint: 'asm schema',
      en: "asm: too many arguments for 'schema'. Expected 0 arguments but got 1.",
      es: "asm: demasiados argumentos para 'schema': se esperaban 0 y se recibieron 1.",
    },
    {
      args: ['vigentes', SEED, '--jobs', '0'],
      hint: 'asm vigentes',
      en: `asm: option '--jobs <n>' argument '0' is invalid. "0": expected a whole number from 1 to 256.`,
      es: `asm: la opción '--jobs <n>' no acepta el valor '0'. "0": se espera un número entero de 1 a 256.`,
    },
  ];

  it.each(CASES)('asm $args.0 … in English', ({ args, hint, en }) => {
    const result = runCli(args);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`${en}\nTry '${hint} --help'.\n`);
  });

  it.each(CASES)('asm $args.0 … in Spanish, by --lang es and by LANG=es_MX.UTF-8', ({ args, hint, es }) => {
    for (const result of [runCli(['--lang', 'es', ...args]), runCli(args, { env: { LANG: 'es_MX.UTF-8' } })]) {
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(`${es}\nPruebe '${hint} --help'.\n`);
    }
  });

  it('a suggestion stays on the sentence line', () => {
    const result = runCli(['--lang', 'es', 'parse', SEED, '--formt', 'json']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("asm: opción desconocida '--formt'. (¿quiso decir --format?)\nPruebe 'asm parse --help'.\n");
  });
});
