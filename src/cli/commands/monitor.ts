/** `growth-targets monitor <plan> --actuals <file>`: a review of a plan against actual values. */
import {
  formatActualsIssue,
  formatIssue,
  formatMonitorReport,
  GrowthError,
  monitorPlan,
  parseActuals,
  parsePlan,
  progressChart,
  progressFails,
  renderChartSvg,
  REPORT_FORMATS,
  type Actuals,
  type ChartSpec,
  type Plan,
} from '../../index.js';
import type { Command } from '../command.js';
import type { CliIO } from '../io.js';
import { asFlags, colorOf, emit, formatOf, toleranceOf, UsageError } from '../options.js';
import { readInput, refuseInputs } from '../files.js';
import { monitorFailOn } from '../fail-on.js';

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

/** Renders a chart and writes it whole; false (with a message) when it cannot. */
export async function writeChart(spec: ChartSpec, file: string, io: CliIO): Promise<boolean> {
  let svg: string;
  try {
    svg = await renderChartSvg(spec);
  } catch (error) {
    const code = error instanceof GrowthError ? `${error.code}: ` : '';
    io.stderr(`growth-targets: ${code}${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
  return emit(svg, file, io);
}

/** Checks that a command got exactly one plan file. */
export function onePlan(args: readonly string[], command: string): string {
  if (args.length === 0) throw new UsageError(`'${command}' needs a plan file`);
  if (args.length > 1) throw new UsageError(`'${command}' takes one plan file (unexpected '${args[1]}')`);
  return args[0] as string;
}

/** Runs a library call whose contract violations are the user's input (a bad --as-of, --band): named by the flag that set them. */
export function asUsage<T>(option: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof GrowthError && (error.code === 'invalid_date' || error.code === 'invalid_option' || error.code === 'out_of_range' || error.code === 'invalid_number')) {
      const named = asFlags(error);
      throw new UsageError(named === error.message ? `option '${option}' ${error.message.replace(/^options\.\w+ /, '')}` : named);
    }
    throw error;
  }
}

/** The monitor command. */
export const monitorCommand: Command = {
  name: 'monitor',
  args: '<plan>',
  summary: 'review a plan against actual values (mid-term review: progress, pace, labels)',
  options: ['actuals', 'as-of', 'format', 'output', 'fail-on', 'band', 'chart', 'lang'],
  details: [
    `formats: ${REPORT_FORMATS.join(' | ')} (default text)`,
    `fail levels (binding targets only; a stretch target 力争 never fails; a target missed at its year fails at every level but none):`,
    '  behind       滞后: pace ratio R < 0.95',
    '  limited      R < 0.60 (limited progress or moving away)',
    '  moving-away  R < 0, the indicator moves away from its target (default)',
    '  none         never',
    'actuals: CSV with a header row (indicator, year or date, value; optional type level|rate, unit, source, note, illustrative), or YAML/JSON (actuals: a list)',
    'exit codes: 0 clean, 1 a binding target at or beyond --fail-on, 2 a usage or input error',
  ],
  examples: [
    'growth-targets monitor seeds/001-shanxi-industry-13th.yaml --actuals actuals.csv --as-of 2018-06-30',
    'growth-targets monitor plan.yaml --actuals actuals.yaml --format junit --output review.xml --fail-on behind',
    'growth-targets monitor plan.yaml --actuals actuals.csv --chart progress.svg --lang zh',
  ],
  async run(args, options, { io, lang, version }) {
    const format = formatOf(options.format, REPORT_FORMATS);
    const failOn = monitorFailOn(options['fail-on']);
    const band = toleranceOf(options.band, '--band');
    const planFile = onePlan(args, 'monitor');
    if (options.actuals === undefined) throw new UsageError("'monitor' needs --actuals <file> (CSV, YAML or JSON)");
    if (options.chart !== undefined && !options.chart.toLowerCase().endsWith('.svg')) throw new UsageError(`option '--chart' writes SVG: give a file ending in .svg (got '${options.chart}')`);
    if ((await io.stat(planFile)) === undefined) throw new UsageError(`no such file: ${planFile}`);
    if ((await io.stat(options.actuals)) === undefined) throw new UsageError(`no such file: ${options.actuals}`);
    await refuseInputs([['--output', options.output], ['--chart', options.chart]], [planFile, options.actuals], io);

    const plan = await loadPlanFile(planFile, io);
    if (plan === undefined) return 2;
    const actuals = await loadActualsFile(options.actuals, plan, io);
    if (actuals === undefined) return 2;
    const report = asUsage('--as-of', () =>
      monitorPlan(plan, actuals, { ...(options['as-of'] !== undefined && { asOf: options['as-of'] }), ...(band !== undefined && { band }), planFile }),
    );
    const color = format === 'text' && options.output === undefined && colorOf(io);
    const written = await emit(formatMonitorReport(report, format, { lang, failOn, color, version }), options.output, io);
    const charted = options.chart === undefined || (await writeChart(progressChart(report, { lang }), options.chart, io));
    if (!written || !charted) return 2;
    return report.targets.some((t) => progressFails(t, failOn)) ? 1 : 0;
  },
};
