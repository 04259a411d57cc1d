// `-o FILE` replaces a regular file atomically, but writes into a device or a
// FIFO, follows a symlink to its target, and refuses a directory (issue 11, finding 2).
import { spawn, spawnSync } from 'node:child_process';
import { lstatSync, readFileSync, readlinkSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, fixture, runCli, tempDir } from './helpers/cli.js';

const SEED = fixture('seed-e006-2015-09.txt');
const parseTo = (output: string, cwd?: string) => runCli(['parse', SEED, '--no-save', '--format', 'json', '-o', output], cwd ? { cwd } : {});

describe('asm parse -o', () => {
  it('writes into /dev/null and leaves it a device', () => {
    const result = parseTo('/dev/null');
    expect(result.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('writes into a FIFO, which a reader receives, and leaves it a FIFO', async () => {
    const dir = tempDir();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const reader = spawn('cat', [fifo]);
    let received = '';
    reader.stdout.on('data', (chunk) => (received += chunk));
    const done = new Promise((resolve) => reader.on('close', resolve));
    const writer = spawn(process.execPath, [BIN, 'parse', SEED, '--no-save', '--format', 'json', '-o', fifo], { env: { ...process.env, NO_COLOR: '1' } });
    const status = await new Promise((resolve) => writer.on('close', resolve));
    await done;
    expect(status).toBe(0);
    expect(JSON.parse(received.replace(/^\uFEFF/, ''))[0].program.code).toBe('E006');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('replaces the target of a symlink, not the link (also a link to a file not there yet)', () => {
    const dir = tempDir();
    symlinkSync('real.json', join(dir, 'link.json'));
    expect(parseTo('link.json', dir).status).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('real.json');
    expect(JSON.parse(readFileSync(join(dir, 'real.json'), 'utf8').replace(/^\uFEFF/, ''))[0].program.code).toBe('E006');
  });

  it('refuses a directory with one sentence', () => {
    const dir = tempDir();
    const result = parseTo(dir);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`asm: ${dir}: is a directory.\n`);
    expect(statSync(dir).isDirectory()).toBe(true);
  });
});
