/** historical_cagr: (end / start)^(1/n) − 1 should equal the stated rate. */
import { cagr } from '../../math/growth.js';
import { rateForCumulativeTotal } from '../../math/cumulative.js';
import type { HistoricalCagrRelation } from '../../plan/model.js';
import { writtenText } from '../format.js';
import { isComparablePriceMismatch } from './prices.js';
import { noSpan, resolveSlots, spanOf, subjectOf, type Alternative, type Rule } from './spec.js';

/**
 * Checks a historical CAGR: the stated rate against (end / start)^(1/n) − 1 (水平法). For an
 * investment indicator the alternative reading is 累计法 with the end read as the total over the
 * span. The free figure is the CAGR itself.
 *
 * @example
 * // 8.4亿元 (2005) → 30.9亿元 (2010): 29.76%, which rounds to the stated 29.8%
 */
export const checkHistoricalCagr: Rule<HistoricalCagrRelation> = (relation, context) => {
  const slots = resolveSlots({ start: relation.start, end: relation.end, rate: relation.rate }, context);
  if (!slots.ok) return slots.result;
  const { start, end, rate } = slots.figures;
  const figures = [start, end, rate];
  const subject = subjectOf(figures);
  const n = spanOf(start, end, rate);
  if (n === undefined) return noSpan(subject, figures);
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
  const startYear = start.figure.year ?? rate.figure.from ?? 0;
  return {
    kind: 'spec',
    stated: rate,
    inputs: [start, end],
    implied: ([a, b]) => cagr(a!, b!, n),
    alternatives,
    required: { figure: rate.figure.id, what: 'rate', value: cagr(start.value, end.value, n), unit: '%' },
    codes: { match: 'rate_matches', short: 'rate_mismatch', over: 'rate_mismatch' },
    figures,
    subject,
    params: {
      start: writtenText(start),
      startYear,
      end: writtenText(end),
      endYear: end.figure.year ?? startYear + n,
      years: n,
      priced: 'rate',
    },
    comparablePrices: isComparablePriceMismatch(rate, [start, end]),
  };
};
