/** `growth-targets decompose <plan>`: targets split into years, months or quarters, or sub-units. */
import { DECOMPOSE_BY, DECOMPOSITION_FORMATS, decomposePlan, decompositionChart, formatDecomposition, type DecomposeBy, type DecompositionFormat } from '../../index.js';
import type { Command } from '../command.js';
import { asUsage, toleranceOf, UsageError } from '../options.js';
import { readReviewInput, writeReview } from '../review.js';

/** The decompose command. */
export const decomposeCommand: Command<DecompositionFormat> = {
  name: 'decompose',
  args: '<plan>',
  summary: 'split targets into annual (or a flow\'s monthly/quarterly) targets, or totals into sub-units',
  options: ['by', 'actuals', 'as-of', 'format', 'output', 'band', 'chart', 'lang'],
  formats: DECOMPOSITION_FORMATS,
  details: [
    'by year: equal rate for growth and intensity targets (a 16% five-year cut is 3.43% a year), equal increments for shares and points,',
    '  a total over years as planned amounts (growing from its base by 累计法 when the plan gives one, else equal);',
    '  with --actuals, each year\'s actual, the year\'s target recomputed after the previous actual year, and what the rest then needs',
    'by quarter | month: a flow\'s cumulative in-year targets, equal shares (序时进度)',
    'by unit: the plan\'s sums that split a target among sub-units, whether they add up; with --actuals, the sub-units ranked',
    'exit codes: 0 done, 2 a usage or input error',
  ],
  examples: [
    'growth-targets decompose seeds/004-taiyuan-revitalization.yaml',
    'growth-targets decompose seeds/004-taiyuan-revitalization.yaml --by quarter',
    'growth-targets decompose plan.yaml --by unit --actuals zones.csv --chart ranking.svg',
  ],
  async run(args, options, { io, lang, version, format }) {
    const by = (options.by ?? 'year') as DecomposeBy;
    if (!DECOMPOSE_BY.includes(by)) throw new UsageError(`option '--by' must be one of ${DECOMPOSE_BY.join(', ')} (got '${options.by}')`);
    const band = toleranceOf(options.band, '--band');
    const input = await readReviewInput(args, options, 'decompose', io);
    if (input === undefined) return 2;
    const { planFile, plan, actuals } = input;
    const report = asUsage('--as-of', () =>
      decomposePlan(plan, {
        by,
        ...(actuals !== undefined && { actuals }),
        ...(options['as-of'] !== undefined && { asOf: options['as-of'] }),
        ...(band !== undefined && { band }),
        planFile,
      }),
    );
    return (await writeReview(formatDecomposition(report, format, { lang, version }), () => decompositionChart(report, { lang }), options, io)) ? 0 : 2;
  },
};
