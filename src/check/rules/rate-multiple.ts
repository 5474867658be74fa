/** rate_multiple: (1 + rate)^n should make the stated multiple (年均增长15%，实现翻一番). */
import { rateForMultiple } from '../../math/multiple.js';
import type { RateMultipleRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { compounded } from './compound.js';
import { missCodes, openSpan, ruleSpec, yearsParams, type Rule } from './spec.js';

/**
 * Checks an annual rate against the multiple it should make over the same years: the stated
 * multiple against (1 + rate)^n (a doubling phrase such as 翻一番 is a floor). The free figure is
 * the rate that makes the multiple. Two policy statements, not a restatement.
 *
 * @example
 * // 15% a year over 2010–2015: 2.01倍, against 翻一番 (≥ 2): consistent
 */
export const checkRateMultiple: Rule<RateMultipleRelation> = (relation, context) => {
  const o = openSpan<'rate' | 'multiple'>({ rate: relation.rate, multiple: relation.multiple }, context, ['multiple', 'multiple', 'multiple']);
  if (o.kind === 'unchecked') return o;
  const { rate, multiple } = o.slots;
  return ruleSpec(o, {
    ...compounded(rate, multiple, o.years, (power) => power, rateForMultiple),
    codes: missCodes('rate_multiple_matches', 'rate_multiple_mismatch', { other: writtenText(rate), ...yearsParams(o) }),
  });
};
