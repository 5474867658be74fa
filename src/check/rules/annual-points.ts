/** annual_points: the total change in points = n × the annual change in points (linear). */
import type { AnnualPointsRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { missCodes, openSpan, ruleSpec, yearsParams, type Rule } from './spec.js';

/**
 * Checks an annual change in percentage points against the total change over the same years:
 * the stated annual points against change / n (points add up linearly, they do not compound). A
 * points change written both ways states one figure twice: a restatement.
 *
 * @example
 * // 提高了4.5个百分点 over 2010–2015 against 年均提高0.9个百分点: consistent
 */
export const checkAnnualPoints: Rule<AnnualPointsRelation> = (relation, context) => {
  const o = openSpan<'annual' | 'change'>({ annual: relation.annual, change: relation.change }, context, ['change', 'change', 'change']);
  if (o.kind === 'unchecked') return o;
  const { annual, change } = o.slots;
  return ruleSpec(o, {
    stated: annual,
    inputs: [change],
    implied: ([c]) => c!.div(o.years),
    free: { what: 'change', unit: annual.unit },
    codes: missCodes('annual_points_match', 'annual_points_mismatch', { other: writtenText(change), ...yearsParams(o) }),
    restatement: true,
  });
};
