// The text catalogue: every sentence, label and help line asm shows a person,
// in Spanish and English, and the one definition of `Lang`. It is the lowest
// layer of src (it imports nothing outside src/text), so core, the renderers
// and the CLI all read their words here. JSON keys and diagnostic codes are
// data, not text: they stay English and are not in the catalogue.
//
// A feature's text is one file, src/text/<feature>.ts, whose default (or a
// named) export is a plain object with the same keys in both languages:
//
//   export default {
//     en: { title: 'Changes', count: (n: number) => `${n} changes`, head: ['No.', 'ASM'], section: { ... } },
//     es: { title: 'Cambios', count: (n: number) => `${n} cambios`, head: ['No.', 'ASM'], section: { ... } },
//   };
//
// Values are strings, arrays of strings, functions returning a string (their
// parameters are the placeholders: both languages take the same ones), or
// nested objects of those. It is folded in with ONE line in ./features.ts:
//
//   export { default as diff } from './diff.js';      (or: export { diffText as diff } from './diff.js';)
//
// and read with `text('diff', lang).count(3)`: the feature name and every key
// are typed, so a typo is a compile error, and so is a top-level key present
// in one language only (below). tests/catalogue.test.ts checks every nested
// key, array length and placeholder in both languages.
import * as features from './features.js';

export type Lang = 'es' | 'en';
export const LANGS: readonly Lang[] = ['en', 'es'];

type Features = typeof features;
export type Feature = keyof Features;
/** The text of one feature in one language (either language's shape: they have the same keys). */
export type TextOf<F extends Feature> = Features[F]['en'] | Features[F]['es'];

export function text<F extends Feature>(feature: F, lang: Lang): TextOf<F> {
  return features[feature][lang];
}

/** Every feature's text, for the catalogue test. */
export const catalogue: { readonly [F in Feature]: { readonly en: unknown; readonly es: unknown } } = features;

// A feature whose English and Spanish top-level keys differ fails to compile here, naming the feature.
type OneSided<T extends { en: object; es: object }> = Exclude<keyof T['en'], keyof T['es']> | Exclude<keyof T['es'], keyof T['en']>;
type Lopsided = { [F in Feature]: [OneSided<Features[F]>] extends [never] ? never : F }[Feature];
const sameKeys: [Lopsided] extends [never] ? true : { lopsided: Lopsided } = true;
void sameKeys;
