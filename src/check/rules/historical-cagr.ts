/** historical_cagr: (end / start)^(1/n) − 1 should equal the stated rate. */
import { rateForCumulativeTotal } from '../../math/cumulative.js';
import { cagr } from '../../math/growth.js';
import type { HistoricalCagrRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { isComparablePriceMismatch } from './prices.js';
import { openSpan, type Alternative, type Rule } from './spec.js';

/**
 * Checks a historical CAGR: the stated rate against (end / start)^(1/n) − 1 (水平法). For an
 * investment indicator the alternative reading is 累计法 with the end read as the total over the
 * span. The free figure is the CAGR itself.
 *
 * @example
 * // 8.4亿元 (2005) → 30.9亿元 (2010): 29.76%, which rounds to the stated 29.8%
 */
export const checkHistoricalCagr: Rule<HistoricalCagrRelation> = (relation, context) => {
  const o = openSpan({ start: relation.start, end: relation.end, rate: relation.rate }, context, ['start', 'end', 'rate']);
  if (o.kind === 'unchecked') return o;
  const { start, end, rate } = o.slots;
  const n = o.years;
  const alternatives: Alternative[] =
    rate.indicator.kind === 'investment'
      ? [
          {
            reading: 'cumulative_method',
            implied: ([a, b]) => rateForCumulativeTotal(a!, b!, n),
            required: () => ({ figure: rate.figure.id, what: 'rate', value: rateForCumulativeTotal(start.value, end.value, n), unit: '%' }),
          },
        ]
      : [];
  return {
    kind: 'spec',
    stated: rate,
    inputs: [start, end],
    implied: ([a, b]) => cagr(a!, b!, n),
    alternatives,
    required: { figure: rate.figure.id, what: 'rate', value: cagr(start.value, end.value, n), unit: '%' },
    codes: {
      match: 'rate_matches',
      short: 'rate_mismatch',
      over: 'rate_mismatch',
      params: { start: writtenText(start), startYear: o.from, end: writtenText(end), endYear: o.to, years: n },
    },
    figures: o.figures,
    subject: o.subject,
    ...(isComparablePriceMismatch(rate, [start, end]) && { comparablePrices: 'rate' }),
  };
};
