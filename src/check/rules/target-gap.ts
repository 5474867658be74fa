/** target_gap: actual − target = the stated gap in one year (达到36.5%，超过规划目标1.5个百分点). */
import { D } from '../../math/decimal.js';
import type { TargetGapRelation } from '../../plan/model.js';
import { isPercentUnit, isPointsUnit } from '../../units/index.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { missCodes, openSlots, ruleSpec, type Rule } from './spec.js';

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
  const year = gap.figure.year ?? actual.figure.year ?? 0;
  return ruleSpec(o, {
    stated: gap,
    inputs: [actual, target],
    implied: ([a, t]) => a!.times(fa).minus(t!.times(ft)),
    free: { what: 'change', unit: gap.unit },
    codes: missCodes('gap_matches', 'gap_mismatch', { actual: writtenText(actual), target: writtenText(target), year }),
  });
};
