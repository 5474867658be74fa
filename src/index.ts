/**
 * growth-targets: project, check and question the growth targets of development plans, exactly.
 *
 * This file is the whole public API: one explicit, grouped list of named exports.
 * @packageDocumentation
 */

// Errors
export { GrowthError } from './errors.js';
export type { GrowthErrorCode, GrowthErrorDetails } from './errors.js';

// Exact growth math
export type { Numeric } from './math/decimal.js';
export type { Interval } from './math/interval.js';
export type { RateSchedule } from './math/growth.js';
export {
  project,
  cagr,
  requiredRate,
  impliedBase,
  yearsToReach,
  growthPath,
  cumulativeTotal,
  rateForCumulativeTotal,
  cumulativeChange,
  annualRateFor,
  annualDeclineFor,
  chainChanges,
  fanbei,
  rateForMultiple,
  multipleYears,
} from './math/growth.js';
export { intervalOf, decimalsOf, roundHalfUp } from './math/rounding.js';
export {
  projectInterval,
  cagrInterval,
  requiredRateInterval,
  impliedBaseInterval,
  cumulativeTotalInterval,
  rateForCumulativeTotalInterval,
  cumulativeChangeInterval,
  yearsToReachInterval,
  annualRateForInterval,
  annualDeclineForInterval,
  rateForMultipleInterval,
  multipleYearsInterval,
  growthPathInterval,
} from './math/interval-growth.js';
export type { IntervalArg, PathIntervalPoint } from './math/interval-growth.js';

// Units, quantities and plan periods
export type { Unit, Quantity, Points } from './units/index.js';
export {
  unitOf,
  parseQuantity,
  convert,
  formatQuantity,
  points,
  pointsBetween,
  planPeriod,
  parseChineseYear,
  positionInPeriod,
} from './units/index.js';

// Plans
export type {
  Plan,
  PlanPeriod,
  PlanSource,
  Indicator,
  IndicatorKind,
  Figure,
  FigureType,
  FigureRole,
  Qualifier,
  Precision,
  Caveat,
  Relation,
  RelationKind,
} from './plan/model.js';
export type { PlanIssue, PlanIssueCode } from './plan/issues.js';
export type { PlanParseResult } from './plan/index.js';
export { parsePlan, loadPlan, serializePlan, planJsonSchema } from './plan/index.js';

// Consistency checking
export type {
  Verdict,
  Reading,
  Finding,
  FigureValue,
  Required,
  Severity,
  MonitoringTarget,
  PlanReport,
  CheckOptions,
} from './check/types.js';
export type { Lang, FailOn } from './check/index.js';
export { VERDICTS } from './check/types.js';
export { checkPlan, assertPlan, renderFinding, verdictLabel, failOnOf, verdictFails } from './check/index.js';

// Reading plan text: a document's text in, a draft plan file out
export type {
  PlanDraft,
  DraftFigure,
  DraftRelation,
  ExtractPlanOptions,
  IdentitySource,
  TextIssue,
  TextIssueCode,
  TextSpan,
  FormatDraftOptions,
} from './text/index.js';
export { extractPlan, formatDraft } from './text/index.js';

// Reports
export type { ReportFormat, ReportOptions, ChartSpec } from './report/index.js';
export { formatReports, formatIssue, REPORT_FORMATS, renderChartSvg } from './report/index.js';
