/** cumulative_change: end / start − 1 should equal the stated cumulative change. */
import { D } from '../../math/decimal.js';
import type { CumulativeChangeRelation } from '../../plan/model.js';
import { isPercentUnit } from '../../units/index.js';
import { isPriceBasisMismatch } from './prices.js';
import { missCodes, openSpan, ratioOver, ruleSpec, spanParams, type Alternative, type Rule } from './spec.js';

const HUNDRED = new D(100);

/**
 * Checks a cumulative change over a span: the stated change against end / start − 1. When start
 * and end are shares, the alternative reading takes the stated change as percentage points
 * (end − start). A change of value-added levels is at comparable prices against levels at
 * current prices: the comparable-prices caveat.
 *
 * @example
 * // 1.0 → 0.8074 against 下降19.26%: consistent
 */
export const checkCumulativeChange: Rule<CumulativeChangeRelation> = (relation, context) => {
  const o = openSpan({ start: relation.start, end: relation.end, change: relation.change }, context, ['start', 'end', 'change']);
  if (o.kind === 'unchecked') return o;
  const { start, end, change } = o.slots;
  const alternatives: Alternative[] =
    isPercentUnit(start.unit) && isPercentUnit(end.unit)
      ? [
          {
            reading: 'points_not_percent',
            implied: ([a, b]) => b!.minus(a!),
            unit: '个百分点',
            scale: HUNDRED,
            required: () => ({ figure: change.figure.id, what: 'change', value: end.value.minus(start.value).times(HUNDRED), unit: '个百分点' }),
          },
        ]
      : [];
  return ruleSpec(o, {
    stated: change,
    inputs: [start, end],
    implied: ([a, b]) => ratioOver(b!, a!, 'start').minus(1),
    alternatives,
    free: { what: 'change', unit: '%' },
    codes: missCodes('change_matches', 'change_mismatch', spanParams(o)),
    level: (x) => x.plus(1),
    restatement: true,
    ...(isPriceBasisMismatch(o.figures) && { comparablePrices: 'change' }),
  });
};
