/** One rule per relation kind. */
import type { Relation } from '../../plan/model.js';
import { checkAbsoluteChange } from './absolute-change.js';
import { checkAnnualPoints } from './annual-points.js';
import { checkAnnualVsCumulative } from './annual-vs-cumulative.js';
import { checkAverageTotal } from './average-total.js';
import { checkCumulativeChange } from './cumulative-change.js';
import { checkCumulativeTotal } from './cumulative-total.js';
import { checkGrowthTarget } from './growth-target.js';
import { checkHistoricalCagr } from './historical-cagr.js';
import { checkLevelPair } from './level-pair.js';
import { checkMultiple } from './multiple.js';
import { checkPointsChange } from './points-change.js';
import { checkRateMultiple } from './rate-multiple.js';
import { checkShare } from './share.js';
import type { RuleContext, RuleSpec, Unchecked } from './spec.js';
import { checkSum } from './sum.js';
import { checkTargetGap } from './target-gap.js';

export type { RuleContext, RuleSpec, Unchecked } from './spec.js';

/** Applies the rule of a relation's kind. */
export function applyRule(relation: Relation, context: RuleContext): RuleSpec | Unchecked {
  switch (relation.kind) {
    case 'growth_target':
      return checkGrowthTarget(relation, context);
    case 'historical_cagr':
      return checkHistoricalCagr(relation, context);
    case 'sum':
      return checkSum(relation, context);
    case 'share':
      return checkShare(relation, context);
    case 'points_change':
      return checkPointsChange(relation, context);
    case 'cumulative_change':
      return checkCumulativeChange(relation, context);
    case 'annual_vs_cumulative':
      return checkAnnualVsCumulative(relation, context);
    case 'multiple':
      return checkMultiple(relation, context);
    case 'cumulative_total':
      return checkCumulativeTotal(relation, context);
    case 'absolute_change':
      return checkAbsoluteChange(relation, context);
    case 'average_total':
      return checkAverageTotal(relation, context);
    case 'annual_points':
      return checkAnnualPoints(relation, context);
    case 'target_gap':
      return checkTargetGap(relation, context);
    case 'rate_multiple':
      return checkRateMultiple(relation, context);
    case 'level_pair':
      return checkLevelPair(relation, context);
  }
}
