/** absolute_change: end − start should equal the stated absolute change (比2010年增加120亿元). */
import type { AbsoluteChangeRelation } from '../../plan/model.js';
import { factorTo } from './scale.js';
import { missCodes, openSpan, ruleSpec, spanParams, type Rule } from './spec.js';

/**
 * Checks an absolute change: the stated increase against end − start, all in the increase's
 * unit; the interval is [end_lo − start_hi, end_hi − start_lo]. The free figure is end − start. A
 * change and its levels state one target twice: a restatement.
 *
 * @example
 * // 1042.4亿元 (2010) → 3500亿元 (2015) against 增加2457.6亿元: consistent
 */
export const checkAbsoluteChange: Rule<AbsoluteChangeRelation> = (relation, context) => {
  const o = openSpan({ start: relation.start, end: relation.end, increase: relation.increase }, context, ['start', 'end', 'increase']);
  if (o.kind === 'unchecked') return o;
  const { start, end, increase } = o.slots;
  const [fa, fb] = [factorTo(start, increase, context.units), factorTo(end, increase, context.units)];
  return ruleSpec(o, {
    stated: increase,
    inputs: [start, end],
    implied: ([a, b]) => b!.times(fb).minus(a!.times(fa)),
    free: { what: 'change', unit: increase.unit },
    codes: missCodes('increase_matches', 'increase_mismatch', spanParams(o)),
    restatement: true,
  });
};
