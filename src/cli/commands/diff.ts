// asm diff OLD NEW | asm diff CODE [--from M --to M] [--institution TEXT]:
// what changed between two reports of one program. Exit 0 with no regression,
// 1 when an ASM was dropped while vigente, its progress went down or its due
// date moved later (unless --allow KIND), 2 for unusable input or usage.
import { statSync } from 'node:fs';
import type { Command } from 'commander';
import type { Register } from '../main.js';
import { message, UsageError, type CliContext } from '../context.js';
import { checkUnread, loadInputs, stdinIsTerminal, type InputOptions } from '../inputs.js';
import { listStore, storeDirectory } from '../store.js';
import { addInputOptions, addOutputOptions, emit, type OutputCommandOptions } from '../options.js';
import type { AsmDocument } from '../../core/schema.js';
import { foldCode, foldText, REPORT_MONTH_PATTERN } from '../../core/report.js';
import { fill } from '../../text/diff.js';
import { t } from '../i18n.js';
import { text } from '../../text/index.js';

interface DiffCommandOptions extends InputOptions, OutputCommandOptions {
  from?: string;
  to?: string;
  institution?: string;
  allow?: string[];
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), ...value.split(',').map((item) => item.trim()).filter(Boolean)];

export const registerDiff: Register = (program, ctx, run) => {
  const lang = ctx.lang;
  const { value } = text('cli', lang);
  const command = program
    .command('diff')
    .description(fill(lang, 'description'))
    .argument(`[${value.old}]`, fill(lang, 'argOld'))
    .argument(`[${value.new}]`, fill(lang, 'argNew'))
    .option(`--from <${value.month}>`, fill(lang, 'optFrom'))
    .option(`--to <${value.month}>`, fill(lang, 'optTo'))
    .option(`--institution <${value.text}>`, fill(lang, 'optInstitution'))
    .option(`--allow <${value.kind}>`, fill(lang, 'optAllow'), collect);
  addOutputOptions(command, 'diff', lang, 'table');
  addInputOptions(command, lang)
    .addHelpText('after', `\n${t('examples', lang)}\n${fill(lang, 'examples')}\n${text('views', lang).diffHelpExamples}`)
    .action(
      run(async (older: string | undefined, newer: string | undefined, options: DiffCommandOptions, cmd: Command) => {
        // `-` on a terminal would wait for typing: help instead, as parse and report do.
        if (newer !== undefined && stdinIsTerminal([older ?? '', newer], ctx)) {
          cmd.outputHelp({ error: true });
          return 2;
        }
        const { diffDocuments, isRegression, REGRESSION_KINDS, sameProgram } = await import('../../core/diff.js');
        const allow = options.allow ?? [];
        for (const kind of allow) {
          if (!(REGRESSION_KINDS as readonly string[]).includes(kind)) throw new UsageError(`${fill(lang, 'unknownAllow', { value: kind, accepted: REGRESSION_KINDS.join(', ') })}.`);
        }
        for (const flag of ['from', 'to'] as const) {
          const value = options[flag];
          if (value !== undefined && !REPORT_MONTH_PATTERN.test(value)) throw new UsageError(`${fill(lang, 'badMonth', { flag: `--${flag}`, value })}.`);
        }
        if (older === undefined) throw new UsageError(`${fill(lang, 'needsTwo')}.`);
        const [from, to] = newer === undefined ? fromStore(older, options, ctx) : await fromFiles(older, newer, options, ctx, sameProgram);
        const result = await diffDocuments(from, to);
        // The allowed kinds go with the data, so that JUnit and HTML mark as regressions exactly what makes the exit code 1.
        await emit('diff', allow.length > 0 ? { ...result, allowed: allow } : result, options, ctx);
        return result.changes.some((change) => isRegression(change, allow)) ? 1 : 0;
      }),
    );
};

/** Two files, one report each, of one program. */
async function fromFiles(
  older: string,
  newer: string,
  options: DiffCommandOptions,
  ctx: CliContext,
  sameProgram: (a: AsmDocument, b: AsmDocument) => boolean,
): Promise<[AsmDocument, AsmDocument]> {
  const lang = ctx.lang;
  if (options.from !== undefined || options.to !== undefined || options.institution !== undefined) throw new UsageError(`${fill(lang, 'monthsWithFiles')}.`);
  // --keep-going has nothing to keep going with: both reports are needed.
  const one = async (file: string): Promise<AsmDocument> => {
    const { documents } = await loadInputs([file], { ...options, keepGoing: false }, ctx);
    if (documents.length !== 1) throw new UsageError(`${fill(lang, 'oneDocument', { file, count: documents.length })}.`);
    return documents[0]!;
  };
  const from = await one(older);
  const to = await one(newer);
  if (!sameProgram(from, to)) throw new UsageError(`${fill(lang, 'differentPrograms', { from: from.program.code ?? '—', to: to.program.code ?? '—' })}.`);
  if (from.reportMonth && to.reportMonth && from.reportMonth > to.reportMonth) {
    message(ctx, `asm: ${fill(lang, 'olderIsNewer', { from: from.reportMonth, to: to.reportMonth })}.`);
  }
  // Fail closed, as for files: a stored report whose table was not read would show every ASM as dropped.
  checkUnread([from, to], options, ctx);
  return [from, to];
}

/** A program's report months in the store: --from/--to, else the two newest. */
function fromStore(code: string, options: DiffCommandOptions, ctx: CliContext): [AsmDocument, AsmDocument] {
  const lang = ctx.lang;
  const list = (items: readonly string[]): string => (items.length > 0 ? items.join(', ') : fill(lang, 'none'));
  // A program code has no dot, slash or backslash: `informe.xlsx`, `./s219` or an existing file is one file of two.
  if (code === '-' || /[./\\]/.test(code) || statSync(code, { throwIfNoEntry: false })?.isFile()) throw new UsageError(`${fill(lang, 'fileNeedsTwo', { file: code })}.`);
  const documents = listStore(storeDirectory(options.store, ctx.env)).map((entry) => entry.document);
  const wanted = foldCode(code);
  let reports = documents.filter((document) => wanted !== '' && foldCode(document.program.code) === wanted);
  if (reports.length === 0) {
    const available = [...new Set(documents.map((document) => document.program.code).filter((c): c is string => c !== null))].sort();
    throw new UsageError(`${fill(lang, 'unknownProgram', { program: code, available: list(available) })}.`);
  }
  const institutions = (docs: readonly AsmDocument[]): string[] => [...new Set(docs.map((document) => document.institution ?? '—'))].sort((a, b) => a.localeCompare(b));
  if (options.institution !== undefined) {
    const folded = foldText(options.institution);
    const chosen = reports.filter((document) => foldText(document.institution).includes(folded));
    if (chosen.length === 0) throw new UsageError(`${fill(lang, 'noInstitution', { program: code, institution: options.institution, available: list(institutions(reports)) })}.`);
    reports = chosen;
  }
  if (new Set(reports.map((document) => foldText(document.institution))).size > 1) {
    throw new UsageError(`${fill(lang, 'ambiguousProgram', { program: code, available: list(institutions(reports).map((name) => `"${name}"`)) })}.`);
  }
  const byMonth = [...reports].sort((a, b) => (a.reportMonth ?? '').localeCompare(b.reportMonth ?? ''));
  const months = byMonth.map((document) => document.reportMonth ?? '—');
  const find = (month: string): AsmDocument => {
    const found = byMonth.find((document) => document.reportMonth === month);
    if (!found) throw new UsageError(`${fill(lang, 'unknownMonth', { program: code, month, months: list(months) })}.`);
    return found;
  };
  if (byMonth.length < 2) throw new UsageError(`${fill(lang, 'tooFewMonths', { program: code, months: list(months) })}.`);
  const to = options.to !== undefined ? find(options.to) : byMonth[byMonth.length - 1]!;
  const toIndex = byMonth.indexOf(to);
  const from = options.from !== undefined ? find(options.from) : byMonth[toIndex - 1];
  if (from === to) throw new UsageError(`${fill(lang, 'sameMonth', { month: to.reportMonth ?? '—' })}.`);
  if (!from || (from.reportMonth ?? '') > (to.reportMonth ?? '')) {
    throw new UsageError(`${fill(lang, 'fromAfterTo', { from: from?.reportMonth ?? options.from ?? '—', to: to.reportMonth ?? '—' })}.`);
  }
  // Fail closed, as for files: a stored report whose table was not read would show every ASM as dropped.
  checkUnread([from, to], options, ctx);
  return [from, to];
}
