/** The consistency checker: check a plan's relations, render the findings. */
export { checkPlan, assertPlan, type AssertPlanOptions } from './check.js';
export { renderFinding, verdictLabel, FINDING_CODES, type Lang, type FindingCode } from './messages/index.js';
export { severityOf } from './verdict.js';
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
