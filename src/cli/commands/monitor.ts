/** `growth-targets monitor <plan> --actuals <file>`: a review of a plan against actual values. */
import { formatMonitorReport, monitorPlan, progressChart, progressFails, REPORT_FORMATS, type ReportFormat } from '../../index.js';
import type { Command } from '../command.js';
import { asUsage, reportColorOf, toleranceOf } from '../options.js';
import { monitorFailOn } from '../fail-on.js';
import { readReviewInput, writeReview } from '../review.js';

/** The monitor command. */
export const monitorCommand: Command<ReportFormat> = {
  name: 'monitor',
  args: '<plan>',
  summary: 'review a plan against actual values (mid-term review: progress, pace, labels)',
  options: ['actuals', 'as-of', 'format', 'output', 'fail-on', 'band', 'chart', 'lang'],
  formats: REPORT_FORMATS,
  details: [
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
  async run(args, options, { io, lang, version, format }) {
    const failOn = monitorFailOn(options['fail-on']);
    const band = toleranceOf(options.band, '--band');
    const input = await readReviewInput(args, options, 'monitor', io, 'actuals');
    if (input === undefined) return 2;
    const { planFile, plan, actuals } = input;
    const report = asUsage('--as-of', () =>
      monitorPlan(plan, actuals, { ...(options['as-of'] !== undefined && { asOf: options['as-of'] }), ...(band !== undefined && { band }), planFile }),
    );
    const color = reportColorOf(format, options.output, io);
    if (!(await writeReview(formatMonitorReport(report, format, { lang, failOn, color, version }), () => progressChart(report, { lang }), options, io))) return 2;
    return report.targets.some((t) => progressFails(t, failOn)) ? 1 : 0;
  },
};
