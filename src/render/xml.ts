// The little XML that JUnit reports need: escaping and one element writer.
// Every text from a document passes through here: `&`, `<`, `>` and (in
// attributes) quotes become references; tab, CR and LF in attributes become
// character references (an XML parser would turn them into spaces); characters
// XML 1.0 forbids (C0 controls but tab, LF and CR; lone surrogates; U+FFFE and
// U+FFFF) are removed, since no reference can stand for them.

// XML 1.0 § 2.2: Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Removes the characters XML 1.0 forbids (or puts `replacement` in their place). */
export function xmlChars(text: string, replacement = ''): string {
  return text.replace(FORBIDDEN, replacement);
}

/** Character data: `&`, `<`, `>` escaped (`>` too, so `]]>` never appears), CR kept as `&#13;`. */
export function xmlText(text: string): string {
  return xmlChars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** An attribute value (written between double quotes): also both quotes, tab, LF and CR. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

export type XmlAttributes = Record<string, string | number | null | undefined>;

function attributesOf(attributes: XmlAttributes): string {
  return Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${xmlAttribute(String(value))}"`)
    .join('');
}

/** `<name a="1">text</name>`, or `<name a="1"/>` without text; attributes with a null or undefined value are left out. */
export function xmlElement(name: string, attributes: XmlAttributes, text?: string): string {
  if (text === undefined || text === '') return `<${name}${attributesOf(attributes)}/>`;
  return `<${name}${attributesOf(attributes)}>${xmlText(text)}</${name}>`;
}

/** The start tag of an element whose children the caller writes. */
export function xmlOpen(name: string, attributes: XmlAttributes): string {
  return `<${name}${attributesOf(attributes)}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
