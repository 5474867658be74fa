/** target_gap: actual − target = the stated gap in one year (达到36.5%，超过规划目标1.5个百分点). */
import { D } from '../../math/decimal.js';
import type { TargetGapRelation } from '../../plan/model.js';
import { isPercentUnit, isPointsUnit } from '../../units/index.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { openSlots, type Rule } from './spec.js';

const HUNDRED = new D(100);

/**
 * Checks the gap between an actual value and its target in the same year: the stated gap against
 * actual − target (shares and ratios in percentage points, amounts in the gap's unit). The free
 * figure is actual − target.
 *
 * @example
 * // 36.5% against a target of 35%: 超过1.5个百分点, consistent
 */
export const checkTargetGap: Rule<TargetGapRelation> = (relation, context) => {
  const o = openSlots({ actual: relation.actual, target: relation.target, gap: relation.gap }, context);
  if (o.kind === 'unchecked') return o;
  const { actual, target, gap } = o.slots;
  const points = isPercentUnit(actual.unit) && isPointsUnit(gap.unit);
  const [fa, ft] = points ? [HUNDRED, HUNDRED] : [factorTo(actual, gap, context.units), factorTo(target, gap, context.units)];
  const implied = ([a, t]: readonly D[]): D => a!.times(fa).minus(t!.times(ft));
  return {
    kind: 'spec',
    stated: gap,
    inputs: [actual, target],
    implied,
    alternatives: [],
    required: { figure: gap.figure.id, what: 'change', value: implied([actual.value, target.value]), unit: gap.unit },
    codes: {
      match: 'gap_matches',
      short: 'gap_mismatch',
      over: 'gap_mismatch',
      params: { actual: writtenText(actual), target: writtenText(target), year: gap.figure.year ?? actual.figure.year ?? 0 },
    },
    figures: o.figures,
    subject: o.subject,
  };
};
