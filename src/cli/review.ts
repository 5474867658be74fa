/**
 * The steps the review commands (monitor, decompose) share: one plan file and an actuals file,
 * checked before any work and read with their issues on stderr; the output and the chart written.
 */
import { formatActualsIssue, formatIssue, parseActuals, parsePlan, type Actuals, type ChartSpec, type Plan } from '../index.js';
import { chartFileOf, renderChart } from './chart-file.js';
import type { OptionValues } from './command.js';
import { readInput, refuseInputs } from './files.js';
import type { CliIO } from './io.js';
import { emit, UsageError } from './options.js';

/** Reads and parses a plan file; its issues go to stderr. Undefined when it cannot be used. */
export async function loadPlanFile(file: string, io: CliIO): Promise<Plan | undefined> {
  const read = await readInput(file, io);
  if (!read.ok) {
    io.stderr(`${formatIssue(read.issue, file)}\n`);
    return undefined;
  }
  const parsed = parsePlan(read.text, { file });
  for (const issue of parsed.issues) io.stderr(`${formatIssue(issue, file)}\n`);
  return parsed.ok ? parsed.plan : undefined;
}

/** Reads and parses an actuals file against a plan; its issues go to stderr. Undefined when it cannot be used. */
export async function loadActualsFile(file: string, plan: Plan, io: CliIO): Promise<Actuals | undefined> {
  const read = await readInput(file, io);
  if (!read.ok) {
    io.stderr(`${formatIssue(read.issue, file)}\n`);
    return undefined;
  }
  const parsed = parseActuals(read.text, { file, plan });
  for (const issue of parsed.issues) io.stderr(`${formatActualsIssue(issue, file)}\n`);
  return parsed.ok ? parsed.actuals : undefined;
}

/** Checks that a command got exactly one plan file. */
export function onePlan(args: readonly string[], command: string): string {
  if (args.length === 0) throw new UsageError(`'${command}' needs a plan file`);
  if (args.length > 1) throw new UsageError(`'${command}' takes one plan file (unexpected '${args[1]}')`);
  return args[0] as string;
}

/** What a review command reviews: the plan file's path, the plan, and the actuals (when given). */
export interface ReviewInput<A extends Actuals | undefined = Actuals | undefined> {
  readonly planFile: string;
  readonly plan: Plan;
  readonly actuals: A;
}

/**
 * Checks a review command's arguments before any work (one plan file; `--actuals` when the command
 * needs it, else `--as-of` only with it; `--chart` a .svg file; the files exist; no output over an
 * input), then reads the plan and the actuals. Undefined (their issues on stderr) when one cannot be used.
 *
 * @throws UsageError for any of the above.
 */
export async function readReviewInput(args: readonly string[], options: OptionValues, command: string, io: CliIO, needs: 'actuals'): Promise<ReviewInput<Actuals> | undefined>;
export async function readReviewInput(args: readonly string[], options: OptionValues, command: string, io: CliIO): Promise<ReviewInput | undefined>;
export async function readReviewInput(args: readonly string[], options: OptionValues, command: string, io: CliIO, needs?: 'actuals'): Promise<ReviewInput | undefined> {
  const planFile = onePlan(args, command);
  if (options.actuals === undefined) {
    if (needs === 'actuals') throw new UsageError(`'${command}' needs --actuals <file> (CSV, YAML or JSON)`);
    if (options['as-of'] !== undefined) throw new UsageError("option '--as-of' needs --actuals");
  }
  chartFileOf(options.chart);
  const inputs = [planFile, ...(options.actuals === undefined ? [] : [options.actuals])];
  for (const file of inputs) if ((await io.stat(file)) === undefined) throw new UsageError(`no such file: ${file}`);
  await refuseInputs([['--output', options.output], ['--chart', options.chart]], inputs, io);

  const plan = await loadPlanFile(planFile, io);
  if (plan === undefined) return undefined;
  if (options.actuals === undefined) return { planFile, plan, actuals: undefined };
  const actuals = await loadActualsFile(options.actuals, plan, io);
  return actuals === undefined ? undefined : { planFile, plan, actuals };
}

/** Writes a review's output (to `--output` or stdout) and, with `--chart`, its chart; false when either could not be written. */
export async function writeReview(pieces: string | Iterable<string>, chart: () => ChartSpec, options: OptionValues, io: CliIO): Promise<boolean> {
  const written = await emit(pieces, options.output, io);
  const charted = options.chart === undefined || (await renderChart(chart(), options.chart, io));
  return written && charted;
}
