/** Plan files: reading (YAML or JSON), validating and writing the plan model. */
export type * from './model.js';
export type { IssueSeverity, PlanIssue, PlanIssueCode } from './issues.js';
export { parsePlan, loadPlan, type ParsePlanOptions, type PlanParseResult } from './parse.js';
export { PLAN_LIMITS, type PlanLimits } from './limits.js';
export { validatePlan, type ValidatePlanOptions } from './validate.js';
export { serializePlan } from './serialize.js';
export { defaultUnit } from './normalize.js';
export { planJsonSchema } from './schema.js';
export { RELATION_KINDS, RELATION_SLOTS, relationFigureIds, type RelationSlot } from './relations.js';
export { monitoringTargets, type MonitoringTarget } from './targets.js';
export {
  readFigure,
  figureUnit,
  roundingInterval,
  isRounded,
  isDecline,
  writtenBound,
  type Claim,
  type FigureReading,
  type IntervalMode,
} from './reading.js';
export { admissible, approximateStep, meets, distance, slack, DEFAULT_APPROX_BAND, type Admissible } from './admissible.js';
