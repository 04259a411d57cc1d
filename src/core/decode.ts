// Bytes → clean text: UTF-8 (with or without BOM), UTF-16 (with or without
// BOM) or Windows-1252, NFC, without soft hyphens, zero-width characters or
// stray control characters.

export type Encoding = 'utf-8' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  /** 1-based lines where stray control characters were dropped. */
  controlCharacterLines: number[];
  /** 1-based lines of a UTF-8 file where bytes that are not UTF-8 were replaced with U+FFFD. */
  invalidByteLines: number[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8');
const cp1252 = new TextDecoder('windows-1252');

/**
 * UTF-16 by its BOM, or without one by where its zero bytes are: text in a
 * Latin script written as UTF-16LE has a zero in (nearly) every odd byte and
 * in no even one (BE the other way round). Binary files have zeros anywhere.
 */
export function utf16Of(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < length; index += 2) {
    if (bytes[index] === 0) evenZeros++;
    if (bytes[index + 1] === 0) oddZeros++;
  }
  const units = length / 2;
  if (oddZeros > 0.3 * units && evenZeros < 0.02 * units) return 'utf-16le';
  if (evenZeros > 0.3 * units && oddZeros < 0.02 * units) return 'utf-16be';
  return null;
}

/** Valid multi-byte UTF-8 sequences, invalid bytes, and the lines of the invalid ones (at most 1,000). */
function scanUtf8(bytes: Uint8Array): { multibyte: number; invalid: number; lines: number[] } {
  let multibyte = 0;
  let invalid = 0;
  const lines: number[] = [];
  let line = 1;
  const continuation = (at: number, low = 0x80, high = 0xbf): boolean => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  for (let index = 0; index < bytes.length; ) {
    const byte = bytes[index]!;
    if (byte < 0x80) {
      if (byte === 0x0a) line++;
      index++;
      continue;
    }
    let length = 0;
    if (byte >= 0xc2 && byte <= 0xdf) length = continuation(index + 1) ? 2 : 0;
    else if (byte >= 0xe0 && byte <= 0xef) {
      const low = byte === 0xe0 ? 0xa0 : 0x80;
      const high = byte === 0xed ? 0x9f : 0xbf;
      length = continuation(index + 1, low, high) && continuation(index + 2) ? 3 : 0;
    } else if (byte >= 0xf0 && byte <= 0xf4) {
      const low = byte === 0xf0 ? 0x90 : 0x80;
      const high = byte === 0xf4 ? 0x8f : 0xbf;
      length = continuation(index + 1, low, high) && continuation(index + 2) && continuation(index + 3) ? 4 : 0;
    }
    if (length > 0) {
      multibyte++;
      index += length;
    } else {
      invalid++;
      if (lines.length < 1000 && lines[lines.length - 1] !== line) lines.push(line);
      index++;
    }
  }
  return { multibyte, invalid, lines };
}

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
// Whole terminal escape sequences, so that dropping the ESC leaves no `[31m` or `]0;title` behind:
// CSI (ESC [ or U+009B, parameters, intermediates, a final byte); OSC, DCS, SOS, PM and APC strings
// (ESC ] P X ^ _ or their C1 forms) up to BEL, ST (ESC \ or U+009C) or the end of the line; any other
// escape (ESC, intermediates, a final byte: `ESC ( B`, `ESC c`). Every class stops at its terminator: linear time.
const ESCAPE_SEQUENCE =
  /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\u001b[\]PX^_]|[\u0090\u0098\u009d\u009e\u009f])[^\u0007\u001b\u009c\n\r]*(?:\u0007|\u001b\\|\u009c)?|\u001b[ -/]*[0-~]/g;

/** Text without terminal escape sequences (whole) and without stray control characters. */
function dropControls(text: string): string {
  return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL_GLOBAL, '');
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  const utf16 = utf16Of(bytes);
  if (utf16) return cleanText(new TextDecoder(utf16).decode(bytes), utf16);
  // Strict UTF-8 first (one pass for nearly every file); the scan only when it fails.
  try {
    return cleanText(utf8.decode(bytes), 'utf-8');
  } catch {
    // A UTF-8 file with a few bad bytes (one pasted Windows-1252 cell) stays UTF-8, its bad bytes marked;
    // a file with no more valid multi-byte sequences than bad bytes is Windows-1252 (é, ñ as single bytes).
    const scan = scanUtf8(bytes);
    if (scan.multibyte >= 2 * scan.invalid) return { ...cleanText(lenientUtf8.decode(bytes), 'utf-8'), invalidByteLines: scan.lines };
    return cleanText(cp1252.decode(bytes), 'windows-1252');
  }
}

/** A piece of text from a source that has no lines (a PDF word, a JSON string): invisible and control characters dropped. */
export function stripControls(text: string): string {
  return dropControls(text.replace(INVISIBLE, ''));
}

/** Whether text holds control or bidi characters that stripControls drops (a warning, not the invisible ones). */
export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

export function cleanText(raw: string, encoding: Encoding = 'utf-8'): DecodedText {
  let text = raw.normalize('NFC').replace(INVISIBLE, '');
  const controlCharacterLines: number[] = [];
  if (CONTROL.test(text)) {
    text.split(/\r\n|\r|\n/).forEach((line, index) => {
      if (CONTROL.test(line)) controlCharacterLines.push(index + 1);
    });
    text = dropControls(text);
  }
  return { text, encoding, controlCharacterLines, invalidByteLines: [] };
}
