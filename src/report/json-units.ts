/**
 * Numbers in their units, for every JSON format: a decimal means what the unit beside it says.
 *
 * Inside the library a quantity in `%` is a fraction (0.1 is 10%); in JSON it is a percent number
 * (`"10"` with `unit: "%"`), as the check report writes it. A yearly change of a `%` quantity
 * (percentage points a year) is in points (`个百分点`). Where a record holds numbers of two kinds,
 * the second kind has its own unit field (`rateUnit`, `valueUnit`, `changeUnit`…). Shares of
 * time, task progress, pace ratios, completions, probabilities and relative gaps are plain ratios.
 */
import { toDecimal, type D } from '../math/index.js';
import type { ComparisonTarget, SensitivityGrid, SimulationResult, TargetType } from '../scenario/index.js';
import type { DecompositionReport, TargetDecomposition, TargetProgress, UnitSplit, YearMethod } from '../monitor/index.js';
import { isPercentUnit, isPointsUnit } from '../units/index.js';

/** Units already looked up: a report names a handful, thousands of times. */
const PERCENT = new Map<string, boolean>([['%', true]]);

/** True for `%` (and its spellings): quantities that are fractions inside and percent numbers in JSON. */
export function isPercent(unit: string): boolean {
  let known = PERCENT.get(unit);
  if (known === undefined) {
    known = isPercentUnit(unit);
    if (PERCENT.size < 256) PERCENT.set(unit, known);
  }
  return known;
}

/** A number in `unit` as JSON writes it: a `%` quantity (a fraction inside) as a percent number. */
export function inUnit(x: D, unit: string): D {
  return isPercent(unit) ? x.times(100) : x;
}

/** The unit of a change of quantities in `unit`: percentage points for `%`, else the unit itself. */
function changeUnitOf(unit: string): string {
  return isPercent(unit) ? '个百分点' : unit;
}

/** A fraction-valued rate (a CAGR, a 累计法 rate) as a percent number. */
function percentOf(x: D): D {
  return x.times(100);
}

/** `x` converted by `convert` when it is there (JSON drops an undefined field). */
function mapDefined<T>(x: T | undefined, convert: (x: T) => T): T | undefined {
  return x === undefined ? undefined : convert(x);
}

// ---- the records of each report ------------------------------------------------------------------

/** The unit of a monitored target's paces: % for CAGRs and 累计法 rates, points or the unit a year otherwise. */
function rateUnitOf(t: TargetProgress): string {
  switch (t.rateKind) {
    case 'cagr':
    case 'cumulative':
      return '%';
    case 'points':
      return isPercent(t.unit) || isPointsUnit(t.unit) ? '个百分点' : t.unit;
    case 'amount':
      return t.unit;
  }
}

/**
 * A monitored target with its numbers in their units: `goal`, `current` and `projected` in `unit`;
 * the paces (`observedRate`, `plannedRate`, `requiredRate`) in `rateUnit`; `statedRate` in %; the
 * base of a share or points target in % (`base.unit`), any other base in the indicator's unit.
 */
export function monitorTargetInUnits(t: TargetProgress): object {
  const rateUnit = rateUnitOf(t);
  const scaled = isPercent(t.unit);
  const linearPercent = t.measure === 'linear' && (scaled || isPointsUnit(t.unit));
  const value = (x: D): D => (scaled ? percentOf(x) : x);
  const pace = (x: D): D => (rateUnit === '%' || (t.rateKind === 'points' && rateUnit === '个百分点') ? percentOf(x) : x);
  const level = (x: D): D => (linearPercent ? percentOf(x) : x);
  return {
    ...t,
    ...(t.base !== undefined && { base: { ...t.base, value: level(t.base.value), ...(linearPercent && { unit: '%' }) } }),
    goal: value(t.goal),
    current: value(t.current),
    projected: value(t.projected),
    observedRate: mapDefined(t.observedRate, pace),
    plannedRate: mapDefined(t.plannedRate, pace),
    requiredRate: mapDefined(t.requiredRate, pace),
    statedRate: mapDefined(t.statedRate, percentOf),
    rateUnit,
    notes: t.notes.map((n) =>
      n.value === undefined ? n : { ...n, value: n.code === 'stated_rate' ? percentOf(n.value) : n.code === 'base_revised' || n.code === 'base_from_actuals' ? level(n.value) : n.value },
    ),
  };
}

/** The unit of a decomposition's yearly changes by its method: % for rates, points or the unit for increments, the unit for amounts. */
function stepUnitOf(method: YearMethod, unit: string, rate: boolean): string {
  if (method === 'rate' || (method === 'cumulative' && rate)) return '%';
  return method === 'increment' ? changeUnitOf(unit) : unit;
}

/**
 * A target's decomposition with its numbers in their units: levels (`base`, `goal`, `planned`,
 * `actual`, `rolling`, `cumulative`, in-year amounts) in `unit`; `change` in `changeUnit`; `step`
 * and `required` in `stepUnit` (a flow growing by 累计法 plans amounts a year and needs a rate).
 */
function decompositionTargetInUnits(t: TargetDecomposition): object {
  const level = (x: D): D => inUnit(x, t.unit);
  const changeUnit = stepUnitOf(t.method, t.unit, false);
  const stepUnit = stepUnitOf(t.method, t.unit, true);
  const inStep = (unit: string) => (x: D): D => (unit === '%' || isPercent(t.unit) ? percentOf(x) : x);
  const change = inStep(changeUnit);
  const step = inStep(stepUnit);
  return {
    ...t,
    base: mapDefined(t.base, level),
    goal: level(t.goal),
    step: step(t.step),
    changeUnit,
    stepUnit,
    rows: t.rows.map((r) => ({
      ...r,
      planned: level(r.planned),
      change: change(r.change),
      cumulative: mapDefined(r.cumulative, level),
      actual: mapDefined(r.actual, level),
      rolling: mapDefined(r.rolling, level),
      required: mapDefined(r.required, step),
    })),
    ...(t.periods !== undefined && {
      periods: t.periods.map((p) => ({ ...p, targets: p.targets.map((x) => ({ ...x, amount: level(x.amount), cumulative: level(x.cumulative) })) })),
    }),
  };
}

/** A split with its amounts in their units: `total`, `sum` and `gap` in `unit`, parts' amounts in `amountUnit` (else `unit`); shares stay fractions of the total. */
function splitInUnits(s: UnitSplit): object {
  const amountUnit = s.amountUnit ?? s.unit;
  return {
    ...s,
    total: { ...s.total, value: inUnit(s.total.value, s.unit) },
    sum: inUnit(s.sum, s.unit),
    gap: inUnit(s.gap, s.unit),
    parts: s.parts.map((p) => ({ ...p, amount: mapDefined(p.amount, (x) => inUnit(x, amountUnit)), statedAmount: mapDefined(p.statedAmount, (x) => inUnit(x, amountUnit)) })),
  };
}

/** A decomposition report with every number in its unit. */
export function decompositionInUnits(report: DecompositionReport): object {
  return { ...report, targets: report.targets.map(decompositionTargetInUnits), splits: report.splits.map(splitInUnits) };
}

/** The unit of a what-if target's measure: the indicator's for a level or total, % for a rate or change, 倍 for a multiple. */
function measureUnitOf(type: TargetType, indicatorUnit: string): string {
  return type === 'level' || type === 'total' ? indicatorUnit : type === 'multiple' ? '倍' : '%';
}

/** A number (a float of the Monte Carlo engine) in `unit` as JSON writes it. */
function floatInUnit(x: number, unit: string): number {
  return isPercent(unit) ? x * 100 : x;
}

/**
 * A compared target with its numbers in their units: each result's `value` (and the plan's) in
 * `valueUnit` (the indicator's unit for levels and totals, % for rates and changes, 倍 for
 * multiples), `gap` and `distance` in `gapUnit` (percentage points for %); `relativeGap` a ratio.
 */
export function comparisonTargetInUnits(t: ComparisonTarget, indicatorUnit: string): object {
  const valueUnit = measureUnitOf(t.type, indicatorUnit);
  const v = (x: D): D => inUnit(x, valueUnit);
  return {
    ...t,
    valueUnit,
    gapUnit: changeUnitOf(valueUnit),
    results: t.results.map((r) =>
      r === undefined
        ? undefined
        : { year: r.year, ...(r.from !== undefined && { from: r.from }), value: v(r.value), met: r.met, gap: v(r.gap), distance: v(r.distance), relativeGap: r.relativeGap },
    ),
  };
}

/** A yearly rate distribution's parameters in %: spreads in percentage points, bootstrap rates in %. */
function distributionInUnits(d: SimulationResult['indicators'][number]['distribution']): object {
  const pct = (x: D | string | number): string => toDecimal(x).times(100).toFixed();
  switch (d.kind) {
    case 'normal':
      return { kind: d.kind, sd: pct(d.sd), unit: '个百分点' };
    case 'uniform':
      return { kind: d.kind, halfWidth: pct(d.halfWidth), unit: '个百分点' };
    case 'triangular':
      return { kind: d.kind, below: pct(d.below), above: pct(d.above), unit: '个百分点' };
    case 'bootstrap':
      return { kind: d.kind, rates: d.rates.map(pct), unit: '%' };
  }
}

/**
 * A simulation with its numbers in their units: paths and percentiles in the indicator's `unit`,
 * each target's `stated` and exact value in its `valueUnit`, the distribution in % or points;
 * probabilities and standard errors stay numbers from 0 to 1.
 */
export function simulationInUnits(result: SimulationResult): object {
  return {
    ...result,
    indicators: result.indicators.map((ind) => ({
      ...ind,
      distribution: distributionInUnits(ind.distribution),
      exact: ind.exact.map((p) => ({ ...p, value: inUnit(p.value, ind.unit) })),
      percentiles: ind.percentiles.map((pp) => ({ ...pp, points: pp.points.map((pt) => ({ ...pt, value: floatInUnit(pt.value, ind.unit) })) })),
      targets: ind.targets.map((t) => {
        const valueUnit = measureUnitOf(t.type, ind.unit);
        return { ...t, valueUnit, stated: inUnit(t.stated, valueUnit), exact: { ...t.exact, value: inUnit(t.exact.value, valueUnit) } };
      }),
    })),
  };
}

/**
 * A sensitivity grid with its numbers in their units: `rates` in %, each cell's value in
 * `valueUnit` (% for rates and changes, 倍 for multiples; a level or total in the indicator's unit,
 * a share in %), `base` and the bases of the columns in the indicator's unit.
 */
export function sensitivityInUnits(grid: SensitivityGrid): object {
  const valueUnit = measureUnitOf(grid.type, isPercent(grid.unit) ? '%' : grid.unit);
  const levelUnit = isPercent(grid.unit) ? '%' : undefined;
  const level = (x: D): D => (levelUnit === undefined ? x : percentOf(x));
  return {
    ...grid,
    ...(grid.type !== 'level' && grid.type !== 'total' ? { valueUnit } : levelUnit !== undefined && { valueUnit: levelUnit }),
    rateUnit: '%',
    base: level(grid.base),
    rates: grid.rates.map(percentOf),
    columns: grid.columns.kind === 'year' ? grid.columns : { kind: 'base', values: grid.columns.values.map(level) },
    cells: grid.cells.map((row) => row.map((c) => ({ ...c, value: grid.type === 'level' || grid.type === 'total' ? level(c.value) : inUnit(c.value, valueUnit) }))),
  };
}
