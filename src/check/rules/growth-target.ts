/** growth_target: base × (1 + rate)^n should reach the target (DOMAIN.md section 1). */
import { project, requiredRate } from '../../math/growth.js';
import { cumulativeTotal } from '../../math/path.js';
import { rateForCumulativeTotal } from '../../math/cumulative.js';
import type { GrowthTargetRelation } from '../../plan/model.js';
import { writtenText } from '../format.js';
import { noSpan, resolveSlots, subjectOf, spanOf, type Alternative, type Rule } from './spec.js';
import { isComparablePriceMismatch } from './prices.js';

/**
 * Checks a growth target: the target is tested against base × (1 + rate)^n, n = target year −
 * base year. The free figure is the rate that reaches the target exactly. For an investment
 * indicator the target read as a 累计法 total over the span is the alternative reading.
 *
 * @example
 * // 928.4亿元 in 2012 at 10% to 2020: 1990.1亿元 against 2000以上, required 10.07%
 */
export const checkGrowthTarget: Rule<GrowthTargetRelation> = (relation, context) => {
  const slots = resolveSlots({ base: relation.base, rate: relation.rate, target: relation.target }, context);
  if (!slots.ok) return slots.result;
  const { base, rate, target } = slots.figures;
  const figures = [base, rate, target];
  const subject = subjectOf(figures);
  const n = spanOf(base, target, rate);
  if (n === undefined) return noSpan(subject, figures);
  const from = base.figure.year ?? rate.figure.from ?? 0;
  const alternatives: Alternative[] =
    target.indicator.kind === 'investment'
      ? [
          {
            reading: 'cumulative_method',
            implied: ([b, g]) => cumulativeTotal(b!, g!, { from, to: from + n }),
            required: () => ({ figure: rate.figure.id, what: 'rate', value: rateForCumulativeTotal(base.value, target.value, n), unit: '%' }),
          },
        ]
      : [];
  return {
    kind: 'spec',
    stated: target,
    inputs: [base, rate],
    implied: ([b, g]) => project(b!, g!, n),
    alternatives,
    required: { figure: rate.figure.id, what: 'rate', value: requiredRate(base.value, target.value, n), unit: '%' },
    codes: { match: 'target_reached', short: 'target_short', over: 'target_exceeded' },
    figures,
    subject,
    params: {
      base: writtenText(base),
      baseYear: from,
      rate: writtenText(rate),
      targetYear: target.figure.year ?? from + n,
      years: n,
      priced: 'rate',
    },
    comparablePrices: isComparablePriceMismatch(rate, [base, target]),
  };
};
