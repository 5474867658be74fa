/** absolute_change: end − start should equal the stated absolute change (比2010年增加120亿元). */
import type { D } from '../../math/decimal.js';
import type { AbsoluteChangeRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { openSpan, type Rule } from './spec.js';

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
  const implied = ([a, b]: readonly D[]): D => b!.times(fb).minus(a!.times(fa));
  return {
    kind: 'spec',
    stated: increase,
    inputs: [start, end],
    implied,
    alternatives: [],
    required: { figure: increase.figure.id, what: 'change', value: implied([start.value, end.value]), unit: increase.unit },
    codes: {
      match: 'increase_matches',
      short: 'increase_mismatch',
      over: 'increase_mismatch',
      params: { start: writtenText(start), startYear: o.from, end: writtenText(end), endYear: o.to },
    },
    figures: o.figures,
    subject: o.subject,
    restatement: true,
  };
};
