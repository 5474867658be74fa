/** cumulative_total: Σ_{i=1..n} base × (1 + rate)^i should equal the stated total (累计法). */
import { cumulativeTotal } from '../../math/path.js';
import { rateForCumulativeTotal } from '../../math/cumulative.js';
import type { CumulativeTotalRelation } from '../../plan/model.js';
import { amountDecimals, formatValue, writtenText } from '../format.js';
import { resolveSlots, subjectOf, type Rule } from './spec.js';

/**
 * Checks a cumulative total over the years `from..to` of the total, from a base in the year
 * before: the stated rate against the 累计法 rate x solving Σ_{i=1..n} base (1 + x)^i = total.
 * Without a rate there is nothing to test the total against: not checkable. The free figure is
 * the 累计法 rate.
 *
 * @example
 * // 228.05亿元 (2010), 2800亿元 over 2011–2015: 31.9% a year, against 35%以上
 */
export const checkCumulativeTotal: Rule<CumulativeTotalRelation> = (relation, context) => {
  const slots = resolveSlots({ base: relation.base, total: relation.total }, context);
  if (!slots.ok) return slots.result;
  const { base, total } = slots.figures;
  const from = total.figure.from;
  const to = total.figure.to;
  const baseYear = base.figure.year ?? (from === undefined ? undefined : from - 1);
  const params = { base: writtenText(base), total: writtenText(total), baseYear: baseYear ?? '', fromYear: from ?? '', toYear: to ?? '' };
  if (relation.rate === undefined) {
    return { kind: 'unchecked', code: 'cumulative_total_without_rate', subject: subjectOf([total]), stated: total, figures: [base, total], params };
  }
  const rate = context.figure(relation.rate);
  if (rate === undefined) {
    return { kind: 'unchecked', code: 'missing_figure', subject: subjectOf([total]), figures: [base, total], params: { missing: `rate: ${relation.rate}` } };
  }
  const figures = [base, total, rate];
  if (baseYear === undefined || to === undefined || to <= baseYear) {
    return { kind: 'unchecked', code: 'not_computable', subject: subjectOf(figures), figures, params: { reason: 'years' } };
  }
  const n = to - baseYear;
  const atRate = cumulativeTotal(base.value, rate.value, { from: baseYear, to });
  return {
    kind: 'spec',
    stated: rate,
    inputs: [base, total],
    implied: ([b, t]) => rateForCumulativeTotal(b!, t!, n),
    alternatives: [],
    required: { figure: rate.figure.id, what: 'rate', value: rateForCumulativeTotal(base.value, total.value, n), unit: '%' },
    codes: { match: 'cumulative_rate_matches', short: 'cumulative_rate_mismatch', over: 'cumulative_rate_mismatch' },
    figures,
    subject: subjectOf(figures),
    params: { ...params, rate: writtenText(rate, false), years: n, totalAtRate: formatValue(atRate, total.unit, amountDecimals(total)) },
  };
};
