/** multiple: end / start should equal the stated multiple (翻一番 is 2). */
import type { MultipleRelation } from '../../plan/model.js';
import { isPriceBasisMismatch } from './prices.js';
import { factorTo } from './scale.js';
import { missCodes, openSpan, ratioOver, ruleSpec, spanParams, type Rule } from './spec.js';

/**
 * Checks a multiple: the stated multiple against end / start (增长两倍 is 3, 翻两番 is 4). The
 * free figure is end / start. The stated multiple is exact (a definition, not a measurement). Levels
 * of value added are at current prices and a 翻番 of them usually at comparable prices: that
 * mismatch is the comparable-prices caveat.
 *
 * @example
 * // 100亿元 (2010) → 200亿元 (2015) against 翻一番 (2): consistent
 */
export const checkMultiple: Rule<MultipleRelation> = (relation, context) => {
  const o = openSpan({ start: relation.start, end: relation.end, multiple: relation.multiple }, context, ['start', 'end', 'multiple']);
  if (o.kind === 'unchecked') return o;
  const { start, end, multiple } = o.slots;
  const factor = factorTo(end, start, context.units);
  return ruleSpec(o, {
    stated: multiple,
    inputs: [start, end],
    implied: ([a, b]) => ratioOver(b!.times(factor), a!, 'start'),
    free: { what: 'multiple', unit: '倍' },
    codes: missCodes('multiple_matches', 'multiple_mismatch', spanParams(o)),
    restatement: multiple.figure.doubling !== true,
    ...(isPriceBasisMismatch(o.figures) && { comparablePrices: 'multiple' }),
  });
};
