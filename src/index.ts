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
export type { RateSchedule } from './math/path.js';
export { project, cagr, requiredRate, impliedBase, yearsToReach } from './math/growth.js';
export { growthPath, cumulativeTotal } from './math/path.js';
export { rateForCumulativeTotal, solveCumulativeRate } from './math/cumulative.js';
export { cumulativeChange, annualRateFor, annualDeclineFor, chainChanges } from './math/change.js';
export { doublingMultiple, rateForMultiple, multipleYears } from './math/multiple.js';
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

// Units, qualifiers, quantities and plan periods
export type { Unit, Quantity, Points, Qualifier, QualifierInfo, QualifierMeaning, FiveYearPlan } from './units/index.js';
export {
  unitOf,
  listUnits,
  parseQuantity,
  convert,
  formatQuantity,
  QUALIFIERS,
  qualifierInfo,
  isQualifier,
  points,
  pointsBetween,
  addPoints,
  planPeriod,
  planYear,
  periodOfYear,
  parseChineseYear,
  parseChineseDate,
  chineseNumeral,
  positionInPeriod,
  yearFraction,
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
  Precision,
  Caveat,
  Relation,
  RelationKind,
  PlanLocations,
  SourceLocation,
} from './plan/model.js';
export type { PlanIssue, PlanIssueCode } from './plan/issues.js';
export type { PlanParseResult } from './plan/index.js';
export type { MonitoringTarget } from './plan/index.js';
export { parsePlan, loadPlan, serializePlan, planJsonSchema, monitoringTargets } from './plan/index.js';

// Consistency checking
export type {
  Verdict,
  Reading,
  Finding,
  FigureValue,
  Required,
  Severity,
  Decision,
  Direction,
  FindingOf,
  PlanReport,
  CheckOptions,
} from './check/types.js';
export type { Lang, FailOn, FindingCode, FindingParams, AssertPlanOptions } from './check/index.js';
export { VERDICTS } from './check/types.js';
export { FINDING_CODES } from './check/index.js';
export { checkPlan, assertPlan, renderFinding, verdictLabel, failOnOf, verdictFails } from './check/index.js';

// Scenarios, goal seek, sensitivity and Monte Carlo (src/scenario), their reports and charts
export type {
  Scenario,
  ScenarioChange,
  ScenarioChangeKind,
  ScheduleEntry,
} from './plan/model.js';
export type {
  ScenarioOptions,
  ScenarioResult,
  ScenarioPoint,
  IndicatorResult,
  TargetResult,
  Unprojected,
  ScenarioComparison,
  ScenarioColumn,
  ComparisonRow,
  ComparisonTarget,
  SeekUnknown,
  GoalSeekOptions,
  GoalSeekResult,
  SensitivityOptions,
  SensitivityGrid,
  SensitivityCell,
  Elasticity,
  ElasticityOptions,
  RateDistribution,
  RateCorrelation,
  SimulationOptions,
  SimulationResult,
  SimulatedIndicator,
  SimulatedTarget,
  PercentilePath,
  FanPoint,
  TargetType,
} from './scenario/index.js';
export {
  runScenario,
  compareScenarios,
  findScenario,
  goalSeek,
  sensitivityGrid,
  elasticities,
  simulateFloat,
} from './scenario/index.js';
export type { ScenarioFormat, ScenarioReportOptions, WhatIfChartOptions } from './report/index.js';
export {
  formatScenarios,
  formatSimulation,
  formatSensitivity,
  SCENARIO_FORMATS,
  growthPathChart,
  scenarioChart,
  fanChart,
  sensitivityChart,
} from './report/index.js';

// Monitoring and decomposition: a plan against actual values, targets split into years and sub-units
export type {
  Actual,
  Actuals,
  ActualType,
  ActualsIssue,
  ActualsIssueCode,
  ActualsParseResult,
  ActualsFormat,
  ParseActualsOptions,
  MonitorOptions,
  MonitorReport,
  TargetProgress,
  SkippedTarget,
  SkipReason,
  MonitorNote,
  NoteCode,
  ProgressMeasure,
  RateKind,
  PaceBand,
  MidTermLabel,
  MonitorFailOn,
  SplitMethod,
  AnnualTarget,
  InYearTarget,
  SplitPart,
  SplitShare,
  TargetSplit,
  RankedUnit,
  DecomposeBy,
  DecomposeOptions,
  DecompositionReport,
  TargetDecomposition,
  YearRow,
  YearMethod,
  UnitSplit,
  SplitRow,
  SplitVerdict,
  DecomposeSkipped,
  DecomposeSkipReason,
} from './monitor/index.js';
export {
  parseActuals,
  monitorPlan,
  decomposePlan,
  compoundProgress,
  linearProgress,
  paceRatio,
  paceBand,
  midTermLabel,
  annualTargets,
  inYearTargets,
  splitTarget,
  rankUnits,
  monitorFailOnOf,
  progressFails,
  MONITOR_FAIL_ON,
  DECOMPOSE_BY,
} from './monitor/index.js';
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
export type {
  ReportFormat,
  ReportOptions,
  ChartSpec,
  ChartOptions,
  MonitorReportOptions,
  DecompositionFormat,
  DecompositionFormatOptions,
} from './report/index.js';
export {
  formatReports,
  formatReportPieces,
  formatIssue,
  REPORT_FORMATS,
  renderChartSvg,
  formatMonitorReport,
  formatActualsIssue,
  formatDecomposition,
  DECOMPOSITION_FORMATS,
  progressChart,
  rankingChart,
  decompositionChart,
} from './report/index.js';
