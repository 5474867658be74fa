/** The consistency checker: check a plan's relations, render the findings. */
export { checkPlan, assertPlan, type AssertPlanOptions } from './check.js';
export { renderFinding, verdictLabel, FINDING_CODES, type Lang, type FindingCode } from './messages/index.js';
export { severityOf, isConsistent } from './verdict.js';
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
  MonitoringTarget,
  PlanReport,
  CheckOptions,
} from './types.js';
