/** cumulative_total: Σ_{i=1..n} base × (1 + rate)^i should equal the stated total (累计法). */
import { rateForCumulativeTotal } from '../../math/cumulative.js';
import { cumulativeTotal } from '../../math/path.js';
import type { CumulativeTotalRelation } from '../../plan/model.js';
import { amountDecimals, formatValue, writtenText } from '../present.js';
import { missCodes, openSlots, ruleSpec, subjectOf, type Rule } from './spec.js';

/**
 * Checks a cumulative total over the years `from..to` of the total, from a base in the year
 * before: the stated rate against the 累计法 rate x solving Σ_{i=1..n} base (1 + x)^i = total.
 * Without a rate there is nothing to test the total against: not checkable. The free figure is
 * the 累计法 rate.
 *
 * @example
 * // 228.05亿元 (2010), 2800亿元 over 2011–2015: 31.6% a year, against 35%以上
 */
export const checkCumulativeTotal: Rule<CumulativeTotalRelation> = (relation, context) => {
  const slots: Record<string, string> = { base: relation.base, total: relation.total };
  if (relation.rate !== undefined) slots['rate'] = relation.rate;
  const o = openSlots(slots, context);
  if (o.kind === 'unchecked') return o;
  const base = o.slots['base']!;
  const total = o.slots['total']!;
  const from = total.figure.from;
  const to = total.figure.to;
  const baseYear = base.figure.year ?? (from === undefined ? undefined : from - 1);
  const params = {
    base: writtenText(base),
    total: writtenText(total),
    ...(baseYear !== undefined && { baseYear }),
    ...(from !== undefined && { fromYear: from }),
    ...(to !== undefined && { toYear: to }),
  };
  const rate = o.slots['rate'];
  if (rate === undefined) {
    return { kind: 'unchecked', code: 'cumulative_total_without_rate', subject: subjectOf([total]), stated: total, figures: o.figures, params };
  }
  if (baseYear === undefined || to === undefined || to <= baseYear) {
    return { kind: 'unchecked', code: 'not_computable', subject: o.subject, figures: o.figures, params: { reason: 'years' } };
  }
  const n = to - baseYear;
  const atRate = cumulativeTotal(base.value, rate.value, { from: baseYear, to });
  const totalAtRate = formatValue(atRate, total.unit, amountDecimals(total));
  return ruleSpec(o, {
    stated: rate,
    inputs: [base, total],
    implied: ([b, t]) => rateForCumulativeTotal(b!, t!, n),
    free: { what: 'rate', unit: '%' },
    codes: missCodes('cumulative_rate_matches', 'cumulative_rate_mismatch', { ...params, rate: writtenText(rate, false), years: n, totalAtRate }),
    level: (x) => cumulativeTotal(1, x, { from: 0, to: n }),
  });
};
