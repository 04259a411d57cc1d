// Resource limits of the CLI (issue 11, finding 10): how large an input may be,
// and how much memory and time the child process reading one PDF may take.
// Sizes are in binary units: 1 KB = 1024 bytes, 1 MB = 1024 KB, 1 GB = 1024 MB.
import { UsageError } from './context.js';
import { text, type Lang } from '../text/index.js';

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;

/** Inputs larger than this are refused unless --max-input-size / ASM_MAX_INPUT_SIZE says otherwise. */
export const DEFAULT_MAX_INPUT_SIZE = 256 * MB;
/** Resident memory of one PDF-reading process (ASM_PDF_MEMORY_MB). */
export const DEFAULT_PDF_MEMORY_MB = 1024;
/** Wall-clock time to read one PDF (ASM_PDF_TIMEOUT, seconds). */
export const DEFAULT_PDF_TIMEOUT_S = 120;

/**
 * A bad `--max-input-size` value. Its code is commander's, so a command using
 * parseSizeOption as the option's parser reports it as an invalid option value
 * (exit 2) without this module importing commander.
 */
export class SizeValueError extends Error {
  readonly code = 'commander.invalidArgument';
  readonly exitCode = 2;
}

const UNITS: Record<string, number> = { '': 1, b: 1, k: KB, kb: KB, kib: KB, m: MB, mb: MB, mib: MB, g: GB, gb: GB, gib: GB };

/** `256MB`, `1.5 GB`, `512k`, `1048576` → bytes; null when the text is not a size of at least one byte. */
export function parseSize(value: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  if (!match) return null;
  const unit = UNITS[match[2]!.toLowerCase()];
  if (unit === undefined) return null;
  const bytes = Math.floor(Number(match[1]) * unit);
  return Number.isSafeInteger(bytes) && bytes >= 1 ? bytes : null;
}

/** commander's parser of `--max-input-size <size>` (in English; options.ts words its refusal in the run's language). */
export function parseSizeOption(value: string): number {
  const bytes = parseSize(value);
  if (bytes === null) throw new SizeValueError(text('cli', 'en').usage.sizeValue(value));
  return bytes;
}

/** 268435456 → "256 MB"; 1536 → "1.5 KB"; 1000 → "1000 bytes". */
export function formatSize(bytes: number): string {
  for (const [unit, size] of [['GB', GB], ['MB', MB], ['KB', KB]] as const) {
    if (bytes >= size && (bytes * 10) % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** The option, else ASM_MAX_INPUT_SIZE, else 256 MB. A bad ASM_MAX_INPUT_SIZE is a usage error, not ignored: it is a safety limit. */
export function resolveMaxInputSize(option: number | undefined, env: NodeJS.ProcessEnv, lang: Lang = 'en'): number {
  if (option !== undefined) return option;
  const fromEnv = env.ASM_MAX_INPUT_SIZE;
  if (fromEnv === undefined || fromEnv === '') return DEFAULT_MAX_INPUT_SIZE;
  const bytes = parseSize(fromEnv);
  if (bytes === null) throw new UsageError(`ASM_MAX_INPUT_SIZE: ${text('cli', lang).usage.sizeValue(fromEnv)}`);
  return bytes;
}

export interface PdfLimits {
  /** Resident memory of the reading process, in MB; also its V8 heap limit. */
  memoryMb: number;
  /** Wall-clock time per PDF, in milliseconds. */
  timeoutMs: number;
}

/** ASM_PDF_MEMORY_MB (whole MB, at least 64) and ASM_PDF_TIMEOUT (seconds, may be fractional). */
export function resolvePdfLimits(env: NodeJS.ProcessEnv, lang: Lang = 'en'): PdfLimits {
  const { usage } = text('cli', lang);
  const memory = env.ASM_PDF_MEMORY_MB;
  const timeout = env.ASM_PDF_TIMEOUT;
  let memoryMb = DEFAULT_PDF_MEMORY_MB;
  let timeoutS = DEFAULT_PDF_TIMEOUT_S;
  if (memory !== undefined && memory !== '') {
    memoryMb = Number(memory);
    if (!/^\s*\d+\s*$/.test(memory) || memoryMb < 64) throw new UsageError(`ASM_PDF_MEMORY_MB: ${usage.memoryValue(memory)}`);
  }
  if (timeout !== undefined && timeout !== '') {
    timeoutS = Number(timeout);
    if (!/^\s*\d+(\.\d+)?\s*$/.test(timeout) || !(timeoutS > 0)) throw new UsageError(`ASM_PDF_TIMEOUT: ${usage.timeoutValue(timeout)}`);
  }
  return { memoryMb, timeoutMs: Math.round(timeoutS * 1000) };
}
