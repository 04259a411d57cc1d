// `asm vigentes --format junit`: a JUnit XML report that GitLab, Jenkins and
// Azure Pipelines show as test results. One <testsuite> per document, one
// <testcase> per ASM the selection looked at: a listed (vigente) ASM is a
// <failure> with its due date and days overdue (type `overdue` or
// `vigente`), the others pass (concluded, or not overdue with --overdue).
// File and line are attributes of each case. A list made by hand, without
// `checked`, gives its vigentes alone, grouped by file.
// Every text is XML-escaped (../xml.ts); controls are first made visible as in
// every other output, then anything XML 1.0 forbids is removed.
import type { RenderEnv } from '../registry.js';
import type { Lang } from '../../core/diagnostics.js';
import type { CheckedDocument, Vigente, VigentesList } from '../../core/report.js';
import { neutralizeData, truncate } from '../../core/text.js';
import { CI_TEXT } from '../../text/ci.js';
import { oneLine, progressWords, sourceLabel } from '../report/common.js';
import { XML_DECLARATION, xmlElement, xmlOpen } from '../xml.js';

interface Case {
  period: string;
  number: number | null;
  text: string | null;
  line: number | null;
  vigente: Vigente | null;
}

interface Suite {
  file: string;
  program: string | null;
  institution: string | null;
  reportMonth: string | null;
  cases: Case[];
}

function suitesOf(list: VigentesList): Suite[] {
  if (list.checked) {
    return list.checked.map((document: CheckedDocument) => ({
      ...document,
      cases: document.aspects.map((aspect) => ({
        period: aspect.period,
        number: aspect.number,
        text: aspect.text,
        line: aspect.source.line,
        vigente: aspect.vigente === null ? null : (list.vigentes[aspect.vigente] ?? null),
      })),
    }));
  }
  const byFile = new Map<string, Suite>();
  for (const vigente of list.vigentes) {
    let suite = byFile.get(vigente.source.file);
    if (!suite) {
      suite = { file: vigente.source.file, program: vigente.program, institution: vigente.institution, reportMonth: null, cases: [] };
      byFile.set(vigente.source.file, suite);
    }
    suite.cases.push({ period: vigente.period, number: vigente.number, text: vigente.text, line: vigente.source.line, vigente });
  }
  return [...byFile.values()];
}

function failure(vigente: Vigente, asOf: string, lang: Lang): string {
  const words = CI_TEXT[lang];
  const when = [vigente.dueDate ? words.due(vigente.dueDate) : words.noDue, vigente.daysOverdue !== null ? words.daysOverdue(vigente.daysOverdue) : null]
    .filter(Boolean)
    .join(', ');
  const message = `ASM ${vigente.number ?? '?'} ${vigente.overdue ? words.overdue : words.vigente}: ${progressWords(vigente, lang)}; ${when}`;
  const body = [
    message,
    [vigente.program, vigente.programName].filter(Boolean).join(' ') || null,
    vigente.institution,
    `${vigente.period} ASM ${vigente.number ?? '?'}: ${oneLine(vigente.text)}`,
    vigente.responsibleAreas.length > 0 ? vigente.responsibleAreas.join('; ') : null,
    sourceLabel(vigente.source),
    `${words.asOf} ${asOf}`,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  return xmlElement('failure', { type: vigente.overdue ? 'overdue' : 'vigente', message }, body);
}

export function renderVigentesJunit(list: VigentesList, { lang }: RenderEnv): string {
  list = neutralizeData(list);
  const words = CI_TEXT[lang];
  const totals = { tests: 0, failures: 0 };
  const lines: string[] = [];
  for (const suite of suitesOf(list)) {
    const file = suite.file === '-' ? null : suite.file;
    const failures = suite.cases.filter((c) => c.vigente !== null).length;
    totals.tests += suite.cases.length;
    totals.failures += failures;
    lines.push(`  ${xmlOpen('testsuite', { name: suite.file, tests: suite.cases.length, failures, errors: 0, skipped: 0, file })}`);
    const properties = [
      ['as-of', list.asOf],
      ['program', suite.program],
      ['institution', suite.institution],
      ['report-month', suite.reportMonth],
    ].filter((entry): entry is [string, string] => entry[1] !== null);
    lines.push('    <properties>', ...properties.map(([name, value]) => `      ${xmlElement('property', { name, value })}`), '    </properties>');
    for (const c of suite.cases) {
      const attributes = {
        name: `${c.period} ASM ${c.number ?? '?'}: ${truncate(oneLine(c.text), 120)}`,
        classname: [suite.program, c.period].filter(Boolean).join(' '),
        file,
        line: c.line,
      };
      if (c.vigente === null) {
        lines.push(`    ${xmlElement('testcase', attributes)}`);
        continue;
      }
      lines.push(`    ${xmlOpen('testcase', attributes)}`, `      ${failure(c.vigente, list.asOf, lang)}`, '    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  const head = xmlOpen('testsuites', { name: words.junitVigentes, tests: totals.tests, failures: totals.failures, errors: 0, skipped: 0 });
  return `${XML_DECLARATION}\n${head}\n${lines.map((line) => `${line}\n`).join('')}</testsuites>\n`;
}
