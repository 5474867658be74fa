/** points_change: end − start (two shares) should equal the stated change in percentage points. */
import { D } from '../../math/decimal.js';
import type { PointsChangeRelation } from '../../plan/model.js';
import { isPercentUnit } from '../../units/index.js';
import { missCodes, openSpan, ratioOver, ruleSpec, spanParams, type Rule } from './spec.js';

const HUNDRED = new D(100);
const HUNDREDTH = new D('0.01');

/**
 * Checks a change in percentage points: the stated points against end − start (shares as
 * fractions, so × 100); the interval is [end_lo − start_hi, end_hi − start_lo]. The alternative
 * reading takes the stated number as a relative change in percent (end / start − 1), for a
 * positive start only.
 *
 * @example
 * // 41.6% → 53.2%: 11.6个百分点
 */
export const checkPointsChange: Rule<PointsChangeRelation> = (relation, context) => {
  const o = openSpan({ start: relation.start, end: relation.end, change: relation.change }, context, ['start', 'end', 'change']);
  if (o.kind === 'unchecked') return o;
  const { start, end, change } = o.slots;
  // Shares are fractions; anything else is taken in its own unit.
  const toPoints = isPercentUnit(start.unit) ? HUNDRED : new D(1);
  // The stated number read as a relative change in percent: only from a positive start.
  const percent = ([a, b]: readonly D[]): D => ratioOver(b!, a!, 'start').minus(1).times(HUNDRED);
  return ruleSpec(o, {
    stated: change,
    inputs: [start, end],
    implied: ([a, b]) => b!.minus(a!).times(toPoints),
    alternatives: [
      {
        reading: 'percent_not_points',
        implied: percent,
        unit: '%',
        scale: HUNDREDTH,
        required: () => ({ figure: change.figure.id, what: 'change', value: percent([start.value, end.value]).times(HUNDREDTH), unit: '%' }),
      },
    ],
    free: { what: 'change', unit: change.unit },
    codes: missCodes('points_match', 'points_mismatch', spanParams(o)),
    restatement: true,
  });
};
