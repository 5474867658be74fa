/** `growth-targets extract <doc.txt>`: drafts a plan file from a plan document's text, for an analyst to review. */
import { basename } from 'node:path';
import { checkPlan, extractPlan, formatDraft, formatReports, verdictFails, type ExtractPlanOptions } from '../../index.js';
import type { Command, OptionValues } from '../command.js';
import { colorOf, emit, UsageError, yearOf } from '../options.js';
import { refuseInputs } from '../files.js';
import { IOError } from '../io.js';
import { checkFailOn } from '../fail-on.js';

/** The period from `--from` (the base year) and `--to` (the target year), when given. */
function periodOf(options: OptionValues): ExtractPlanOptions['period'] {
  if (options.from === undefined && options.to === undefined) return undefined;
  const base = yearOf('from', options.from);
  const to = yearOf('to', options.to);
  if (to <= base) throw new UsageError(`option '--to' must be after '--from' (got ${base} to ${to})`);
  return { from: base + 1, to, base };
}

/** The extract command. */
export const extractCommand: Command = {
  name: 'extract',
  args: '<doc.txt>',
  summary: "draft a plan file from a plan document's text (UTF-8), for an analyst to review",
  options: ['output', 'check', 'from', 'to', 'fail-on', 'lang'],
  details: [
    'writes the draft plan (YAML, marked unreviewed) to --output, else to stdout;',
    'with --check, prints the draft\'s findings (to stdout; the draft then goes only to --output)',
    '--from/--to set the plan period (base year, target year) when the text does not say it',
    'exit codes: 0 drafted (and, with --check, no findings at or above --fail-on), 1 findings at or above it, 2 a usage or input error',
  ],
  examples: [
    'growth-targets extract plan.txt -o plan.yaml',
    'growth-targets extract plan.txt --check --lang zh',
    'growth-targets extract plan.txt --from 2015 --to 2020 -o plan.yaml',
  ],
  async run(args, options, { io, lang, version }) {
    if (args.length !== 1) throw new UsageError(`'extract' takes one document (got ${args.length})`);
    const path = args[0] as string;
    const failOn = checkFailOn(options['fail-on']);
    const period = periodOf(options);
    await refuseInputs([['--output', options.output]], [path], io);
    let text: string;
    try {
      text = await io.readFile(path);
    } catch (error) {
      // The io says why, with the place of the first byte that is not UTF-8 (a GBK file is the usual cause).
      if (error instanceof IOError && error.failure.kind === 'not_utf8') throw new UsageError(`${error.message}: a GBK file? convert it to UTF-8 first`);
      if (error instanceof IOError) throw new UsageError(error.message);
      throw error;
    }
    if (text.trim() === '') throw new UsageError(`${path} is empty: nothing to read`);
    if (text.includes('\uFFFD')) io.stderr(`growth-targets: ${path} has characters that are not UTF-8 (a GBK file?); convert it to UTF-8 first\n`);
    const draft = extractPlan(text, { document: basename(path), ...(period !== undefined && { period }) });
    const yaml = formatDraft(draft);
    const warnings = draft.issues.filter((i) => i.severity === 'warning').length;
    if (options.output !== undefined || options.check !== true) {
      if (!(await emit(yaml, options.output, io))) return 2;
    }
    const count = (n: number, what: string): string => `${n} ${what}${n === 1 ? '' : 's'}`;
    const summary = `${count(draft.plan.figures.length, 'figure')}, ${count(draft.plan.relations.length, 'relation')}, ${count(warnings, 'warning')}`;
    if (options.output !== undefined) io.stderr(`growth-targets: drafted ${options.output} from ${path}: ${summary} (the warnings are listed at its end)\n`);
    if (draft.plan.figures.length === 0) io.stderr(`growth-targets: no figures found in ${path}\n`);
    if (options.check !== true) return 0;
    const report = checkPlan(draft.plan);
    const color = colorOf(io);
    io.stdout(formatReports([{ ...report, plan: { ...report.plan, file: options.output ?? path } }], 'text', { lang, failOn, color, version }));
    return report.findings.some((f) => verdictFails(f.verdict, failOn)) ? 1 : 0;
  },
};
