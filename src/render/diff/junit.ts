// `asm diff --format junit`: the comparison as a JUnit XML report that GitLab,
// Jenkins and Azure Pipelines show as test results. One <testsuite> for the
// compared pair (one program, older → newer report), one <testcase> per
// change (one per ASM and kind, as the JSON has them):
// - a regression that makes the exit code 1 (dropped while vigente, progress
//   down, due date moved later) and is not allowed by --allow is a <failure>
//   (type: the change's kind), so the test report fails exactly when the run does;
// - every other change passes, its detail in <system-out>: good news
//   (concluded, progress up) or neutral facts (new, text changed, renumbered)
//   are not skipped tests, and an allowed regression says so there;
// - no change at all is one passing case, so the report shows the pair was compared.
// File and line (of the newer report, or the older for a dropped ASM) are
// attributes of each case. Every text is XML-escaped (../xml.ts), controls
// first made visible as in every other output.
import type { RenderEnv } from '../registry.js';
import { isRegression, type Change, type DiffResult } from '../../core/diff.js';
import { neutralizeData } from '../../core/text.js';
import { VIEWS_TEXT } from '../../text/views.js';
import { oneLine, percent, sourceLabel } from '../report/common.js';
import { truncate } from '../text.js';
import { XML_DECLARATION, xmlElement, xmlOpen } from '../xml.js';
import { changeDetail, kindLabel, sideLabel } from './common.js';

/** The regressions a run would fail on: the kinds --allow does not name. */
const fails = (change: Change, result: DiffResult): boolean => isRegression(change, result.allowed ?? []);

function body(change: Change, result: DiffResult, detail: string, lang: RenderEnv['lang']): string {
  const t = VIEWS_TEXT[lang];
  const state = (side: Change['before']): string | null => (side ? `${percent(side.average)}${side.dueDate ? ` · ${side.dueDate}` : ''}` : null);
  return [
    `${kindLabel(change, lang)} (${change.kind}): ${detail}`,
    [change.program, change.institution].filter(Boolean).join(' · ') || null,
    `${change.period} ASM ${change.number ?? '?'}: ${oneLine(change.after?.text ?? change.before?.text ?? '')}`,
    state(change.before) === null ? null : `${t.from} ${result.from.reportMonth ?? '—'}: ${state(change.before)}`,
    state(change.after) === null ? null : `${t.to} ${result.to.reportMonth ?? '—'}: ${state(change.after)}`,
    !fails(change, result) && isRegression(change) ? t.allowed(change.kind) : null,
    sourceLabel(change.source),
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

export function renderDiffJunit(input: DiffResult, { lang }: RenderEnv): string {
  const result = neutralizeData(input);
  const t = VIEWS_TEXT[lang];
  const program = result.to.program ?? result.from.program;
  const suiteName = `${program ?? '—'}${(result.to.institution ?? result.from.institution) ? ` · ${result.to.institution ?? result.from.institution}` : ''}: ${sideLabel(result.from)} → ${sideLabel(result.to)}`;
  const failures = result.changes.filter((change) => fails(change, result)).length;
  const tests = Math.max(1, result.changes.length);
  const file = result.to.file === '-' ? null : result.to.file;
  const lines: string[] = [];
  lines.push(`  ${xmlOpen('testsuite', { name: suiteName, tests, failures, errors: 0, skipped: 0, file })}`);
  const properties = [
    ['program', program],
    ['institution', result.to.institution ?? result.from.institution],
    ['from-report-month', result.from.reportMonth],
    ['from-file', result.from.file],
    ['to-report-month', result.to.reportMonth],
    ['to-file', result.to.file],
    ['allowed', result.allowed && result.allowed.length > 0 ? result.allowed.join(',') : null],
  ].filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined);
  lines.push('    <properties>', ...properties.map(([name, value]) => `      ${xmlElement('property', { name, value })}`), '    </properties>');
  for (const change of result.changes) {
    const detail = changeDetail(change, lang);
    const changeFile = change.source.file === '-' ? null : change.source.file;
    const attributes = {
      name: `${change.period} ASM ${change.number ?? '?'}: ${kindLabel(change, lang)} · ${truncate(oneLine(detail), 120)}`,
      classname: [program, change.period, change.kind].filter(Boolean).join(' '),
      file: changeFile,
      line: change.source.line,
    };
    const text = body(change, result, detail, lang);
    const outcome = fails(change, result)
      ? xmlElement('failure', { type: change.kind, message: `${kindLabel(change, lang)}: ${truncate(oneLine(detail), 200)}` }, text)
      : xmlElement('system-out', {}, text);
    lines.push(`    ${xmlOpen('testcase', attributes)}`, `      ${outcome}`, '    </testcase>');
  }
  if (result.changes.length === 0) lines.push(`    ${xmlElement('testcase', { name: t.noChanges, classname: program ?? '—', file })}`);
  lines.push('  </testsuite>');
  const head = xmlOpen('testsuites', { name: t.junitDiff, tests, failures, errors: 0, skipped: 0 });
  return `${XML_DECLARATION}\n${head}\n${lines.map((line) => `${line}\n`).join('')}</testsuites>\n`;
}
