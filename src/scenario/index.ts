/**
 * What-if scenarios, goal seek, sensitivity and Monte Carlo on a plan's growth indicators
 * (DOMAIN.md section 6). Exact everywhere but the simulation, which is named for its floats.
 */
export { growthLines, inIndicatorUnit, type GrowthLine, type GrowthTarget, type LineRate, type TargetType } from './lines.js';
export { applyScenario, applyChange, percentRate, MAX_SCENARIO_YEARS, type LineState } from './apply.js';
export { targetAdmissible, targetMeasure, evaluateTarget, type TargetOutcome } from './targets.js';
export {
  runScenario,
  compareScenarios,
  findScenario,
  projectState,
  type ScenarioOptions,
  type ScenarioPoint,
  type TargetResult,
  type IndicatorResult,
  type Unprojected,
  type ScenarioResult,
  type ScenarioColumn,
  type ComparisonRow,
  type ComparisonTarget,
  type ScenarioComparison,
} from './run.js';
export { goalSeek, SEEK_UNKNOWNS, type SeekUnknown, type GoalSeekOptions, type GoalSeekResult } from './goal-seek.js';
export {
  sensitivityGrid,
  elasticities,
  MAX_GRID_CELLS,
  type SensitivityOptions,
  type SensitivityCell,
  type SensitivityGrid,
  type Elasticity,
  type ElasticityOptions,
} from './sensitivity.js';
export {
  simulateFloat,
  pathErrorBound,
  DEFAULT_DISTRIBUTION,
  DEFAULT_PERCENTILES,
  MAX_RUNS,
  type RateDistribution,
  type RateCorrelation,
  type SimulationOptions,
  type FanPoint,
  type PercentilePath,
  type SimulatedTarget,
  type SimulatedIndicator,
  type SimulationResult,
} from './simulate.js';
export { seededGenerator, uniform, normalCdf, cholesky, NormalStream, BLOCK_PATHS } from './random.js';
export { QUANTILE_RELATIVE_ERROR } from './histogram.js';
