// Runs the built CLI (bin/asm.js → dist/cli) as a user would: a real process,
// colour off, in a folder of the test's choosing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'asm.js');
export const fixture = (...parts: string[]): string => join(ROOT, 'fixtures', ...parts);

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined> } = {},
): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? tempDir(),
    input: options.input ?? '',
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', ...options.env },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const created = new Set<string>();

/** A fresh folder; removed after the test file (tests/helpers/setup.ts). */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'asm-test-'));
  created.add(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created) {
    // A hardening test may leave a folder without write permission behind.
    spawnSync('chmod', ['-R', 'u+rwx', dir]);
    rmSync(dir, { recursive: true, force: true });
  }
  created.clear();
}
