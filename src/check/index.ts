/** The consistency checker: check a plan's relations, render the findings. */
export { checkPlan, assertPlan, type AssertPlanOptions } from './check.js';
export { renderFinding, verdictLabel, type Lang } from './messages/index.js';
export { FINDING_CODES, type FindingCode, type FindingParams } from './params.js';
export { severityOf, isConsistent } from './verdicts.js';
export { FAIL_ON, failOnOf, verdictFails, type FailOn } from './gate.js';
export { VERDICTS } from './types.js';
export type {
  Verdict,
  Reading,
  Interval,
  FigureValue,
  Required,
  Severity,
  Finding,
  FindingOf,
  Decision,
  Direction,
  MonitoringTarget,
  PlanReport,
  CheckOptions,
} from './types.js';
