/** cumulative_change: end / start − 1 should equal the stated cumulative change. */
import { D } from '../../math/decimal.js';
import type { CumulativeChangeRelation } from '../../plan/model.js';
import { isPercentUnit } from '../../units/index.js';
import { writtenText } from '../format.js';
import { isPriceBasisMismatch } from './prices.js';
import { noSpan, ratioOver, resolveSlots, spanOf, subjectOf, type Alternative, type Rule } from './spec.js';

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
  const slots = resolveSlots({ start: relation.start, end: relation.end, change: relation.change }, context);
  if (!slots.ok) return slots.result;
  const { start, end, change } = slots.figures;
  const figures = [start, end, change];
  const subject = subjectOf(figures);
  const n = spanOf(start, end, change);
  if (n === undefined) return noSpan(subject, figures);
  const implied = ([a, b]: readonly D[]): D => ratioOver(b!, a!, 'start').minus(1);
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
  return {
    kind: 'spec',
    stated: change,
    inputs: [start, end],
    implied,
    alternatives,
    required: { figure: change.figure.id, what: 'change', value: implied([start.value, end.value]), unit: '%' },
    codes: { match: 'change_matches', short: 'change_mismatch', over: 'change_mismatch' },
    figures,
    subject,
    params: {
      start: writtenText(start),
      startYear: start.figure.year ?? change.figure.from ?? 0,
      end: writtenText(end),
      endYear: end.figure.year ?? change.figure.to ?? 0,
      priced: 'change',
    },
    comparablePrices: isPriceBasisMismatch(figures),
  };
};
