/** historical_cagr: (end / start)^(1/n) − 1 should equal the stated rate. */
import { cagr } from '../../math/growth.js';
import type { HistoricalCagrRelation } from '../../plan/model.js';
import { isComparablePriceMismatch } from './prices.js';
import { missCodes, openSpan, ruleSpec, spanParams, type Rule } from './spec.js';

/**
 * Checks a historical CAGR: the stated rate against (end / start)^(1/n) − 1 (水平法). For
 * fixed-asset investment the official average rate is 累计法, which needs the yearly values: a miss
 * under 水平法 is then not checkable. The free figure is the CAGR itself.
 *
 * @example
 * // 8.4亿元 (2005) → 30.9亿元 (2010): 29.76%, which rounds to the stated 29.8%
 */
export const checkHistoricalCagr: Rule<HistoricalCagrRelation> = (relation, context) => {
  const o = openSpan({ start: relation.start, end: relation.end, rate: relation.rate }, context, ['start', 'end', 'rate']);
  if (o.kind === 'unchecked') return o;
  const { start, end, rate } = o.slots;
  const n = o.years;
  return ruleSpec(o, {
    stated: rate,
    inputs: [start, end],
    implied: ([a, b]) => cagr(a!, b!, n),
    free: { what: 'rate', unit: '%' },
    codes: missCodes('rate_matches', 'rate_mismatch', { ...spanParams(o), years: n }),
    cumulativeMethod: rate.indicator.kind === 'investment',
    level: (g) => g.plus(1).pow(n),
    ...(isComparablePriceMismatch(rate, [start, end]) && { comparablePrices: 'rate' }),
  });
};
