// `asm validate --format junit`: a JUnit XML report that GitLab, Jenkins and
// Azure Pipelines show as test results. One <testsuite> per document, one
// <testcase> per diagnostic, with the file and line as attributes:
// - an error is a <failure> (type: the diagnostic code);
// - a warning is <skipped> with its message: it does not fail the run, but a
//   CI's test report counts skipped cases and shows their message, where the
//   <system-out> of a passing case stays hidden. With --strict (warnings fail
//   the run) a warning is a <failure> too, as the exit code says;
// - a document without diagnostics is one passing case, so the report shows it
//   was checked.
// Every text is XML-escaped (../xml.ts); controls are first made visible as in
// every other output, then anything XML 1.0 forbids is removed.
import type { RenderEnv } from '../registry.js';
import type { Diagnostic } from '../../core/schema.js';
import type { ValidationReport } from '../../core/validation.js';
import { neutralizeData } from '../../core/text.js';
import { CI_TEXT } from '../../text/ci.js';
import { XML_DECLARATION, xmlElement, xmlOpen } from '../xml.js';

type Words = (typeof CI_TEXT)['en'];

function position(diagnostic: Diagnostic, words: Words): string | null {
  if (diagnostic.line !== null) return `${words.line} ${diagnostic.sheet ? `${diagnostic.sheet}!` : ''}${diagnostic.line}`;
  if (diagnostic.page !== null) return `${words.page} ${diagnostic.page}`;
  return null;
}

function caseName(diagnostic: Diagnostic, words: Words): string {
  return [position(diagnostic, words), diagnostic.aspect === null ? null : `ASM ${diagnostic.aspect}`, diagnostic.field, diagnostic.code]
    .filter((part): part is string => part !== null)
    .join(' · ');
}

/** The body of a failure or skip: what a reader needs without the source at hand. */
function details(diagnostic: Diagnostic, source: string, words: Words): string {
  const row = diagnostic.sheet ? `${diagnostic.sheet}!${diagnostic.line}` : diagnostic.line;
  const where = diagnostic.line !== null ? `${source}:${row}` : diagnostic.page !== null ? `${source} (${words.page} ${diagnostic.page})` : source;
  return [
    `${diagnostic.severity} ${diagnostic.code}: ${diagnostic.message}`,
    where,
    diagnostic.period === null ? null : `${diagnostic.period}${diagnostic.aspect === null ? '' : ` ASM ${diagnostic.aspect}`}${diagnostic.field ? ` · ${diagnostic.field}` : ''}`,
    diagnostic.value === null ? null : `${words.value}: ${diagnostic.value}`,
    diagnostic.suggestion ? `${words.suggestion}: ${diagnostic.suggestion}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

export function renderValidationJunit(report: ValidationReport, { lang }: RenderEnv): string {
  report = neutralizeData(report);
  const words = CI_TEXT[lang];
  const totals = { tests: 0, failures: 0, skipped: 0 };
  const suites: string[] = [];
  for (const document of report.documents) {
    const file = document.source === '-' ? null : document.source;
    const cases: string[] = [];
    let failures = 0;
    let skipped = 0;
    for (const diagnostic of document.diagnostics) {
      const attributes = { name: caseName(diagnostic, words), classname: document.source, file, line: diagnostic.line };
      const fails = diagnostic.severity === 'error' || report.strict === true;
      const outcome = fails
        ? xmlElement('failure', { type: diagnostic.code, message: diagnostic.message }, details(diagnostic, document.source, words))
        : xmlElement('skipped', { message: `${words.warningSkipped} · ${diagnostic.code}: ${diagnostic.message}` });
      if (fails) failures++;
      else skipped++;
      cases.push(`    ${xmlOpen('testcase', attributes)}`, `      ${outcome}`, '    </testcase>');
    }
    if (document.diagnostics.length === 0) cases.push(`    ${xmlElement('testcase', { name: words.noProblems, classname: document.source, file })}`);
    const tests = Math.max(1, document.diagnostics.length);
    totals.tests += tests;
    totals.failures += failures;
    totals.skipped += skipped;
    suites.push(`  ${xmlOpen('testsuite', { name: document.source, tests, failures, errors: 0, skipped, file })}`, ...cases, '  </testsuite>');
  }
  const head = xmlOpen('testsuites', { name: words.junitValidate, tests: totals.tests, failures: totals.failures, errors: 0, skipped: totals.skipped });
  return `${XML_DECLARATION}\n${head}\n${suites.map((line) => `${line}\n`).join('')}</testsuites>\n`;
}
