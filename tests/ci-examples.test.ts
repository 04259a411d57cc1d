// The GitHub Action (action.yml) and the CI examples under docs/examples/
// (issue 17), read by a YAML parser and run: every step of the action, with
// its ${{ inputs.* }} substituted here as the runner would, in a temporary
// copy of the repository (the action as a workflow checks it out: no
// node_modules, no dist), on fixtures in a temporary workspace.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, fixture, tempDir } from './helpers/cli.js';

interface Step {
  name: string;
  id?: string;
  shell: string;
  run: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}
interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');
const action = parseYaml(read('action.yml')) as Action;
const README = read('README.md');
const INPUTS = Object.keys(action.inputs);

/** `${{ inputs.x }}` and `${{ github.action_path }}` as the runner fills them in; any other expression is a test failure. */
function substitute(text: string, inputs: Record<string, string>, actionPath: string): string {
  return text.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expression: string) => {
    if (expression === 'github.action_path') return actionPath;
    const input = /^inputs\.([\w-]+)$/.exec(expression)?.[1];
    if (input !== undefined && Object.hasOwn(inputs, input)) return inputs[input]!;
    throw new Error(`action.yml uses an expression this test does not know: ${expression}`);
  });
}

interface StepResult {
  status: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  output: string;
}

/** One step as GitHub runs a `shell: bash` step: `bash --noprofile --norc -eo pipefail FILE`, in its working directory. */
function runStep(step: Step, given: Record<string, string>, actionPath: string, workspace: string): StepResult {
  const inputs = Object.fromEntries(INPUTS.map((name) => [name, given[name] ?? action.inputs[name]!.default ?? '']));
  const scratch = tempDir();
  const script = join(scratch, 'step.sh');
  const summary = join(scratch, 'summary.md');
  const output = join(scratch, 'output');
  writeFileSync(script, substitute(step.run, inputs, actionPath));
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const stepEnv = Object.fromEntries(Object.entries(step.env ?? {}).map(([key, value]) => [key, substitute(String(value), inputs, actionPath)]));
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd: step['working-directory'] ? substitute(step['working-directory'], inputs, actionPath) : workspace,
    env: {
      ...process.env,
      LANG: 'C.UTF-8',
      LC_ALL: '',
      NO_COLOR: '1',
      // The packages are in npm's cache since this repository's own `npm ci`.
      npm_config_prefer_offline: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_STEP_SUMMARY: summary,
      GITHUB_OUTPUT: output,
      ...stepEnv,
    },
    encoding: 'utf8',
    timeout: 280_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') };
}

describe('action.yml', () => {
  it('is a composite action whose steps are bash scripts, every input described', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.runs.steps.length).toBeGreaterThanOrEqual(2);
    for (const step of action.runs.steps) {
      expect(step.shell, step.name).toBe('bash');
      expect(typeof step.run, step.name).toBe('string');
    }
    expect(INPUTS).toEqual(['command', 'files', 'period', 'report', 'program', 'overdue', 'as-of', 'fail-on', 'ignore', 'lang']);
    for (const name of INPUTS) expect(action.inputs[name]!.description.length, name).toBeGreaterThan(20);
    expect(action.outputs['exit-code']!.value).toBe('${{ steps.asm.outputs.exit-code }}');
    expect(action.runs.steps.map((step) => step.id)).toContain('asm');
  });

  it('pastes no input into a script: inputs reach the scripts as environment variables only', () => {
    for (const step of action.runs.steps) expect(step.run, step.name).not.toMatch(/\$\{\{/);
  });

  it('has every input documented in the README, and the README documents no other', () => {
    const section = README.slice(README.indexOf('### GitHub Actions'), README.indexOf('### GitLab CI'));
    expect(section.length).toBeGreaterThan(500);
    const documented = [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(INPUTS);
  });

  describe('its steps, run on a temporary copy of the repository', () => {
    let actionPath = '';
    let workspace = '';
    let install: StepResult;

    beforeAll(() => {
      // The action as `uses:` checks it out: the repository's files (tracked, and new ones not ignored), nothing built.
      actionPath = join(tempDir(), 'asm');
      const files = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).stdout.split('\0').filter(Boolean);
      expect(files).toContain('action.yml');
      for (const file of files) {
        mkdirSync(dirname(join(actionPath, file)), { recursive: true });
        try {
          copyFileSync(join(ROOT, file), join(actionPath, file));
        } catch {
          // A file deleted in the work tree but still tracked.
        }
      }
      workspace = tempDir();
      copyFileSync(fixture('seed-e006-2015-09.txt'), join(workspace, '-informe e006.txt'));
      mkdirSync(join(workspace, 'validar'));
      copyFileSync(fixture('validate', 'problems.txt'), join(workspace, 'validar', 'problemas.txt'));
      install = runStep(action.runs.steps[0]!, {}, actionPath, workspace);
    }, 300_000);

    const runAsm = (inputs: Record<string, string>): StepResult => runStep(action.runs.steps[1]!, inputs, actionPath, workspace);
    const annotations = (stdout: string, kind: string): string[] => stdout.split('\n').filter((line) => line.startsWith(`::${kind} `));

    it('builds asm from the copy with npm ci and the build, and a second use of the same checkout does not build again', () => {
      expect(install.stderr).not.toMatch(/\berror\b/i);
      expect(install.status).toBe(0);
      const again = runStep(action.runs.steps[0]!, {}, actionPath, workspace);
      expect(again.status).toBe(0);
      expect(again.stdout).toBe(`asm is already built in ${actionPath}\n`);
    });

    it('vigentes (the default): annotations, the job summary, exit-code 1 and a failing step; paths with spaces and a leading dash', () => {
      const result = runAsm({ files: '\n  -informe e006.txt  \n', 'as-of': '2015-10-15', lang: 'en' });
      expect(result.status).toBe(1);
      expect(annotations(result.stdout, 'warning')).toHaveLength(3);
      expect(result.stdout).toContain('::warning file=-informe e006.txt,line=30,title=Vigente ASM E006 2014-2015 #8::');
      expect(result.summary).toContain('## asm vigentes\n\nAs of: 2015-10-15\n\n3 vigente ASMs, 1 overdue, of 8 ASMs in 1 document.');
      expect(result.output).toBe('exit-code=1\n');
    });

    it('vigentes, overdue only, fail-on never: the step passes, in Spanish by default', () => {
      const result = runAsm({ files: '-informe e006.txt', 'as-of': '2015-10-15', overdue: 'true', 'fail-on': 'never' });
      expect(result.status).toBe(0);
      expect(annotations(result.stdout, 'warning')).toHaveLength(1);
      expect(result.stdout).toContain('title=ASM vigente E006 2014-2015 #8::');
      expect(result.summary).toContain('1 ASM vigente, 1 con atraso, de 8 ASM en 1 documento.');
      expect(result.output).toBe('exit-code=0\n');
    });

    it('validate: ::error annotations and a failing step; fail-on never passes with exit-code 1', () => {
      const failing = runAsm({ command: 'validate', files: 'validar/', lang: 'en' });
      expect(failing.status).toBe(1);
      expect(annotations(failing.stdout, 'error')).toHaveLength(14);
      expect(annotations(failing.stdout, 'warning')).toHaveLength(10);
      expect(failing.summary).toContain('1 document checked, 1 invalid: 14 errors, 10 warnings.');
      const relaxed = runAsm({ command: 'validate', files: 'validar/', lang: 'en', 'fail-on': 'never' });
      expect(relaxed.status).toBe(0);
      expect(relaxed.stdout).toBe(failing.stdout);
      expect(relaxed.output).toBe('exit-code=1\n');
    });

    it('validate, fail-on warnings and ignore: the seed fails on its warnings (--strict), less the ignored codes', () => {
      const result = runAsm({ command: 'validate', files: '-informe e006.txt', 'fail-on': 'warnings', ignore: 'cell-realigned,broken-url', lang: 'en' });
      expect(result.status).toBe(1);
      expect(result.stdout).not.toMatch(/cell-realigned|broken-url/);
      expect(result.summary).toMatch(/1 document checked, 1 invalid: 0 errors, \d+ warnings\./);
      const lenient = runAsm({ command: 'validate', files: '-informe e006.txt', lang: 'en' });
      expect(lenient.status).toBe(0);
    });

    it('report: the table in the log and the summary, never a failure', () => {
      const result = runAsm({ command: 'report', files: '-informe e006.txt', period: '2014-2015', 'as-of': '2015-10-15', lang: 'en' });
      expect(result.status).toBe(0);
      expect(result.stdout).toContain('E006');
      expect(result.summary).toContain('## asm report');
      expect(result.summary).toContain('| 2015-09 | 2014-2015 | 8 | 5 | 3 | 1 | 79.38% |');
    });

    it('wrong inputs and unusable input fail the step, whatever fail-on says', () => {
      const command = runAsm({ command: 'diff' });
      expect(command.status).toBe(2);
      expect(command.stdout).toBe('::error title=asm::input command must be vigentes, validate or report\n');
      expect(runAsm({ 'fail-on': 'sometimes' }).status).toBe(2);
      expect(runAsm({ overdue: 'yes' }).status).toBe(2);
      const badDate = runAsm({ files: '-informe e006.txt', 'as-of': '15/10/2015', 'fail-on': 'never', lang: 'en' });
      expect(badDate.status).toBe(2);
      expect(badDate.stderr).toContain('invalid value for --as-of');
      const missing = runAsm({ files: 'no-such-folder/', 'fail-on': 'never', lang: 'en' });
      expect(missing.status).toBe(2);
      expect(missing.stderr).toBe('asm: no-such-folder/: no such file or directory.\n');
      expect(missing.output).toBe('exit-code=2\n');
    });
  });
});

describe('docs/examples/github-workflow.yml', () => {
  const text = read('docs/examples/github-workflow.yml');
  const workflow = parseYaml(text) as { jobs: Record<string, { steps: Array<{ uses?: string; with?: Record<string, unknown> }> }> };

  it('is the workflow the README shows, word for word', () => {
    expect(README).toContain(`\`\`\`yaml\n${text}\`\`\``);
  });

  it('uses the action with its inputs only, for each of its commands', () => {
    const uses = Object.values(workflow.jobs).flatMap((job) => job.steps.filter((step) => step.uses?.endsWith('/asm@v1')));
    expect(uses.map((step) => step.with!.command)).toEqual(['validate', 'vigentes', 'report']);
    for (const step of uses) for (const key of Object.keys(step.with ?? {})) expect(INPUTS, key).toContain(key);
    expect(Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.uses))).toContain('actions/setup-node@v4');
  });
});

describe('docs/examples/gitlab-ci.yml', () => {
  const gitlab = parseYaml(read('docs/examples/gitlab-ci.yml')) as {
    asm: { script: string[]; before_script: string[]; artifacts: { when: string; reports: { junit: string[] } } };
  };

  it('publishes the JUnit reports its script writes, also when the job fails', () => {
    expect(gitlab.asm.artifacts.when).toBe('always');
    expect(gitlab.asm.artifacts.reports.junit).toEqual(['asm-validate.xml', 'asm-vigentes.xml']);
    for (const file of gitlab.asm.artifacts.reports.junit) expect(gitlab.asm.script.join('\n')).toContain(`> ${file}`);
  });

  it('its script, run with the built asm on a folder of reports, writes both reports and fails while ASMs are overdue', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'reportes'));
    copyFileSync(fixture('seed-e006-2015-09.txt'), join(dir, 'reportes', 'e006.txt'));
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', gitlab.asm.script.join('\n')], {
      cwd: dir,
      env: { ...process.env, ASM: BIN, LANG: 'es_MX.UTF-8', LC_ALL: '', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    // The seed's vigentes are all overdue today.
    expect(result.status).toBe(1);
    const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
    const read = (file: string): { testsuites: { tests: string; failures: string; skipped: string } } => {
      const xml = readFileSync(join(dir, file), 'utf8');
      expect(XMLValidator.validate(xml), file).toBe(true);
      return parser.parse(xml);
    };
    expect(read('asm-validate.xml').testsuites).toMatchObject({ failures: '0', skipped: '16' });
    expect(read('asm-vigentes.xml').testsuites).toMatchObject({ tests: '8', failures: '3' });
    expect(result.stdout).toContain('Recaudación eficiente');
  });
});
