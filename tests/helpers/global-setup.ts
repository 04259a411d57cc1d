// After the whole suite: no temporary folder of a test is left behind (issue 11,
// finding 12: a run used to leave ~170 asm-test-* folders). Folders that were
// there before the run (another run's, still going) are not counted.
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

const OURS = /^asm-(test|validate)-/;
const ours = (): string[] => readdirSync(tmpdir()).filter((name) => OURS.test(name));

export default function setup(): () => void {
  const before = new Set(ours());
  return () => {
    const left = ours().filter((name) => !before.has(name));
    if (left.length === 0) return;
    // A teardown error is only printed by vitest: set the exit code so that the run fails.
    process.stderr.write(`\nThe test suite left ${left.length} temporary folders in ${tmpdir()}: ${left.slice(0, 5).join(', ')}\n`);
    process.exitCode = 1;
  };
}
