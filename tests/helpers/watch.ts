// Runs the built CLI and watches what it costs: the peak resident memory of
// its whole process tree (the CLI and any process it starts) and the most
// node processes alive at once, read from /proc every 25 ms. A run that passes
// `killAboveMb` or `timeoutMs` is killed with its tree, so that a test of a
// resource limit fails quickly on code without the limit instead of taking
// the machine's memory.
import { spawn } from 'node:child_process';
import type { Stream } from 'node:stream';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { BIN } from './cli.js';

export const HAS_PROC = existsSync('/proc/self/status');

export interface WatchedResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Peak of the summed VmRSS of the tree, in MB (0 without /proc). */
  peakMb: number;
  /** Most processes in the tree at once, the CLI included. */
  peakProcesses: number;
  seconds: number;
  /** Killed by the watcher (memory or time), not ended by itself. */
  killed: 'memory' | 'time' | null;
}

/** The pids of `root` and all its descendants. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // "pid (comm) state ppid …": comm may hold spaces and parentheses.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function rssMb(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

export function runWatched(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string | undefined>; stdin?: 'ignore' | number | Stream; killAboveMb?: number; timeoutMs?: number } = {},
): Promise<WatchedResult> {
  const killAboveMb = options.killAboveMb ?? 1500;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const start = performance.now();
  const child = spawn(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', LANG: 'en_US.UTF-8', LC_ALL: '', ...options.env },
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
  child.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  let peakMb = 0;
  let peakProcesses = 1;
  let killed: WatchedResult['killed'] = null;
  const killTree = (reason: NonNullable<WatchedResult['killed']>): void => {
    if (killed) return;
    killed = reason;
    const pids = HAS_PROC && child.pid ? processTree(child.pid) : [child.pid!];
    for (const pid of pids.reverse()) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  };
  const poll = setInterval(() => {
    if (!HAS_PROC || !child.pid) return;
    const tree = processTree(child.pid);
    const total = tree.reduce((sum, pid) => sum + rssMb(pid), 0);
    peakMb = Math.max(peakMb, total);
    peakProcesses = Math.max(peakProcesses, tree.length);
    if (total > killAboveMb) killTree('memory');
  }, 25);
  const timer = setTimeout(() => killTree('time'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (status, signal) => {
      clearInterval(poll);
      clearTimeout(timer);
      resolve({ status, signal, stdout, stderr, peakMb: Math.round(peakMb), peakProcesses, seconds: (performance.now() - start) / 1000, killed });
    });
  });
}
