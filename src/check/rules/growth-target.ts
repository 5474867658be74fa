/** growth_target: base × (1 + rate)^n should reach the target (DOMAIN.md section 1). */
import type { D } from '../../math/decimal.js';
import { project, requiredRate } from '../../math/growth.js';
import type { GrowthTargetRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { isComparablePriceMismatch } from './prices.js';
import { freeRate, openSpan, ruleSpec, type Rule } from './spec.js';

/**
 * Checks a growth target: the target is tested against base × (1 + rate)^n, n = target year −
 * base year. The free figure is the rate that reaches the target exactly. For fixed-asset
 * investment the official average rate is 累计法, which two levels cannot give: a miss under 水平法
 * is then not checkable.
 *
 * @example
 * // 928.4亿元 in 2012 at 10% to 2020: 1990.1亿元 against 2000以上, required 10.07%
 */
export const checkGrowthTarget: Rule<GrowthTargetRelation> = (relation, context) => {
  const o = openSpan({ base: relation.base, rate: relation.rate, target: relation.target }, context, ['base', 'target', 'rate']);
  if (o.kind === 'unchecked') return o;
  const { base, rate, target } = o.slots;
  const { years: n, from, to } = o;
  // (1 + g)^n once per rate the ladder tries (its ends repeat from step to step).
  const growth = new Map<string, D>();
  const factor = (g: D): D => {
    const key = g.toString();
    let f = growth.get(key);
    if (f === undefined) growth.set(key, (f = project(1, g, n)));
    return f;
  };
  return ruleSpec(o, {
    stated: target,
    inputs: [base, rate],
    implied: ([b, g]) => b!.times(factor(g!)),
    free: freeRate(rate, requiredRate(base.value, target.value, n)),
    codes: {
      match: 'target_reached',
      short: 'target_short',
      over: 'target_exceeded',
      params: { base: writtenText(base), baseYear: from, rate: writtenText(rate), targetYear: to, years: n },
    },
    cumulativeMethod: rate.indicator.kind === 'investment',
    ...(isComparablePriceMismatch(rate, [base, target]) && { comparablePrices: 'rate' }),
  });
};
