/** level_pair: two levels and no stated rate: not checkable, the annual rate they imply reported. */
import type { D } from '../../math/decimal.js';
import { cagr } from '../../math/growth.js';
import { cagrInterval } from '../../math/interval-growth.js';
import type { LevelPairRelation } from '../../plan/model.js';
import { formatValue } from '../present.js';
import { formatFixed } from '../../math/rounding.js';
import { factorTo } from './scale.js';
import { openSpan, spanParams, type Rule } from './spec.js';

const formatPercent = (x: D, places: number): string => `${formatFixed(x.times(100), places)}%`;

/**
 * Reports the average annual rate (水平法) two levels imply when the plan states none (1042.4亿元 in
 * 2010 and 3500亿元 in 2015 imply 27.41% a year): nothing to check it against, so not checkable,
 * but worth reading beside the plan's other rates.
 *
 * @example
 * // 1042.4亿元 (2010) → 3500亿元 (2015): 27.41% a year
 */
export const checkLevelPair: Rule<LevelPairRelation> = (relation, context) => {
  const o = openSpan<'start' | 'end'>({ start: relation.start, end: relation.end }, context, ['start', 'end', 'end']);
  if (o.kind === 'unchecked') return o;
  const { start, end } = o.slots;
  const n = o.years;
  const factor = factorTo(end, start, context.units);
  const scaled = { lo: end.rounding.lo.times(factor), hi: end.rounding.hi.times(factor) };
  const value = cagr(start.value, end.value.times(factor), n);
  const interval = cagrInterval(start.rounding, scaled, n);
  // Enough decimals to tell the interval's ends apart (two at least, six at most).
  let places = 2;
  while (places < 6 && formatPercent(interval.lo, places) === formatPercent(interval.hi, places) && !interval.lo.eq(interval.hi)) places += 1;
  return {
    kind: 'unchecked',
    code: 'level_pair_rate',
    subject: o.subject,
    figures: o.figures,
    implied: { value, interval, unit: '%' },
    params: {
      ...spanParams(o),
      years: n,
      impliedRate: formatValue(value, '%', 2),
      impliedLo: formatPercent(interval.lo, places),
      impliedHi: formatPercent(interval.hi, places),
    },
  };
};
