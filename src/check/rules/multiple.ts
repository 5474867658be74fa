/** multiple: end / start should equal the stated multiple (翻一番 is 2). */
import type { D } from '../../math/decimal.js';
import type { MultipleRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { isPriceBasisMismatch } from './prices.js';
import { factorTo } from './scale.js';
import { openSpan, ratioOver, type Rule } from './spec.js';

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
  const implied = ([a, b]: readonly D[]): D => ratioOver(b!.times(factor), a!, 'start');
  return {
    kind: 'spec',
    stated: multiple,
    inputs: [start, end],
    implied,
    alternatives: [],
    required: { figure: multiple.figure.id, what: 'multiple', value: implied([start.value, end.value]), unit: '倍' },
    codes: {
      match: 'multiple_matches',
      short: 'multiple_mismatch',
      over: 'multiple_mismatch',
      params: { start: writtenText(start), startYear: o.from, end: writtenText(end), endYear: o.to },
    },
    figures: o.figures,
    subject: o.subject,
    restatement: multiple.figure.doubling !== true,
    ...(isPriceBasisMismatch(o.figures) && { comparablePrices: 'multiple' }),
  };
};
