/** The exact growth-math core: the private Decimal, roots, intervals, rounding and growth formulas. */
export { D, toDecimal, type Numeric } from './decimal.js';
export {
  isNumericText,
  isWrittenNumber,
  normalizeNumberText,
  withoutSeparators,
  writtenDecimals,
} from './number-text.js';
export { toInterval, type Interval } from './interval.js';
export {
  decimalsOf,
  formatFixed,
  intervalOf,
  roundHalfUp,
  type FormatFixedOptions,
  type IntervalOfOptions,
  type RoundingMode,
} from './rounding.js';
export {
  cagr,
  impliedBase,
  project,
  requiredRate,
  yearsToReach,
  type YearsToReach,
  type YearsToReachOptions,
} from './growth.js';
export { type YearSpan } from './guards.js';
export { cumulativeTotal, growthPath, type PathPoint, type RateSchedule } from './path.js';
export { solveMonotone, type MonotoneSolution, type SolveMonotoneOptions } from './solve.js';
export { rateForCumulativeTotal, solveCumulativeRate } from './cumulative.js';
export { annualDeclineFor, annualRateFor, chainChanges, cumulativeChange } from './change.js';
export { doublingMultiple, multipleYears, rateForMultiple } from './multiple.js';
export { cornerRange } from './corners.js';
export {
  cagrInterval,
  cumulativeChangeInterval,
  cumulativeTotalInterval,
  impliedBaseInterval,
  projectInterval,
  rateForCumulativeTotalInterval,
  requiredRateInterval,
  yearsToReachInterval,
  annualRateForInterval,
  annualDeclineForInterval,
  rateForMultipleInterval,
  multipleYearsInterval,
  growthPathInterval,
  type IntervalArg,
  type PathIntervalPoint,
} from './interval-growth.js';
