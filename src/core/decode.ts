// Bytes → clean text: UTF-8 (with or without BOM) or Windows-1252, NFC,
// without soft hyphens, zero-width characters or stray control characters.

export type Encoding = 'utf-8' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** 1-based lines where stray control characters were dropped. */
  controlCharacterLines: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const cp1252 = new TextDecoder('windows-1252');

/** NUL bytes, or more than 10% control bytes: not a text document (an image renamed .txt, say). */
export function looksBinary(bytes: Uint8Array): boolean {
  const length = Math.min(bytes.length, 65536);
  let control = 0;
  for (let index = 0; index < length; index++) {
    const byte = bytes[index]!;
    if (byte === 0) return true;
    if (byte < 32 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12) control++;
  }
  return length > 0 && control / length > 0.1;
}

/** looksBinary for text already decoded (a file read as UTF-8): NUL, or more than 10% control characters. */
export function looksBinaryText(text: string): boolean {
  if (text.includes('\0')) return true;
  const sample = text.length > 65536 ? text.slice(0, 65536) : text;
  const control = sample.match(C0_CONTROLS)?.length ?? 0;
  return sample.length > 0 && control / sample.length > 0.1;
}

// Control characters that make a text binary (as in looksBinary: not tab, LF, FF or CR).
const C0_CONTROLS = /[\u0001-\u0008\u000B\u000E-\u001F]/g;

// Soft hyphen, zero-width space/joiners, word joiner, BOM anywhere in the text.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// C0 controls except tab, LF, CR; DEL; C1 controls (mojibake leftovers); bidi
// controls (U+202E would show a reader text in another order than it is).
const CONTROL = /[\u0000-\u0008\u000B-\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const CONTROL_GLOBAL = new RegExp(CONTROL.source, 'g');

export function decodeBytes(bytes: Uint8Array): DecodedText {
  // One decoding pass: strict UTF-8, and Windows-1252 only where UTF-8 fails.
  try {
    return cleanText(utf8.decode(bytes), 'utf-8');
  } catch {
    return cleanText(cp1252.decode(bytes), 'windows-1252');
  }
}

/** A piece of text from a source that has no lines (a PDF word, a JSON string): invisible and control characters dropped. */
export function stripControls(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL_GLOBAL, '');
}

export function cleanText(raw: string, encoding: Encoding = 'utf-8'): DecodedText {
  let text = raw.normalize('NFC').replace(INVISIBLE, '');
  const controlCharacterLines: number[] = [];
  if (CONTROL.test(text)) {
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
      if (CONTROL.test(line)) controlCharacterLines.push(index + 1);
    });
    text = text.replace(CONTROL_GLOBAL, '');
  }
  return { text, encoding, controlCharacterLines };
}
