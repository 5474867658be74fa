/** Plan files: reading (YAML or JSON), validating and writing the plan model. */
export type * from './model.js';
export type { IssueSeverity, PlanIssue, PlanIssueCode } from './issues.js';
export { parsePlan, loadPlan, type ParsePlanOptions, type PlanParseResult } from './parse.js';
export { PLAN_LIMITS, type PlanLimits } from './limits.js';
export { validatePlan, type ValidatePlanOptions } from './validate.js';
export { serializePlan } from './serialize.js';
export { defaultUnit } from './normalize.js';
export { planJsonSchema } from './schema.js';
