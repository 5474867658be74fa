/** annual_vs_cumulative: (1 + rate)^n − 1 should equal the cumulative change over the same span. */
import { annualRateFor } from '../../math/change.js';
import type { AnnualCumulativeRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { compounded } from './compound.js';
import { isPriceBasisMismatch } from './prices.js';
import { missCodes, openSpan, ruleSpec, yearsParams, type Rule } from './spec.js';

/**
 * Checks an annual rate against a cumulative change over the same years: the stated change
 * against (1 + rate)^n − 1 (declines compound: 3.43% a year for five years is 16%). The free
 * figure is the annual rate that gives the stated change. For value added, a rate and a change at
 * different price bases (one marked 现价) get the comparable-prices caveat.
 *
 * @example
 * // 年均下降3.43% over 2016–2020 against 累计下降16%: consistent
 */
export const checkAnnualVsCumulative: Rule<AnnualCumulativeRelation> = (relation, context) => {
  const o = openSpan<'rate' | 'change'>({ rate: relation.rate, change: relation.change }, context, ['change', 'change', 'change']);
  if (o.kind === 'unchecked') return o;
  const { rate, change } = o.slots;
  return ruleSpec(o, {
    ...compounded(rate, change, o.years, (power) => power.minus(1), annualRateFor),
    codes: missCodes('annual_cumulative_match', 'annual_cumulative_mismatch', { rate: writtenText(rate), ...yearsParams(o) }),
    level: (x) => x.plus(1),
    restatement: true,
    ...(isPriceBasisMismatch(o.figures) && { comparablePrices: 'mixed' }),
  });
};
