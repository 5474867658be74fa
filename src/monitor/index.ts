/** Monitoring and decomposition: a plan reviewed against actual values, targets split into years and sub-units. */
export type { Actual, Actuals, ActualType, ActualsIssue, ActualsIssueCode, ActualsParseResult } from './actuals.js';
export { parseActuals, type ActualsFormat, type ParseActualsOptions } from './parse-actuals.js';
export {
  compoundProgress,
  linearProgress,
  paceRatio,
  paceBand,
  midTermLabel,
  PACE_BANDS,
  MID_TERM_LABELS,
  type PaceBand,
  type MidTermLabel,
} from './progress.js';
export { monitorPlan, type MonitorOptions } from './monitor.js';
export type {
  MonitorReport,
  TargetProgress,
  SkippedTarget,
  SkipReason,
  MonitorNote,
  NoteCode,
  ProgressMeasure,
  RateKind,
} from './types.js';
export { MONITOR_FAIL_ON, monitorFailOnOf, progressFails, type MonitorFailOn } from './gate.js';
export {
  annualTargets,
  inYearTargets,
  splitTarget,
  type SplitMethod,
  type AnnualTarget,
  type InYearTarget,
  type SplitPart,
  type SplitShare,
  type TargetSplit,
} from './split.js';
export { rankUnits, type RankedUnit } from './ranking.js';
export {
  decomposePlan,
  DECOMPOSE_BY,
  type DecomposeBy,
  type DecomposeOptions,
  type DecompositionReport,
  type TargetDecomposition,
  type YearRow,
  type YearMethod,
  type UnitSplit,
  type SplitRow,
  type SplitVerdict,
  type DecomposeSkipped,
  type DecomposeSkipReason,
} from './decompose.js';
