/**
 * What-if scenarios, exactly (DOMAIN.md section 6): every growth indicator's path under a
 * scenario's changes, its targets met or not with their qualifiers, the difference from the plan
 * as written, and several scenarios side by side.
 */
import { argError, isRecord, kindOf, listOf, optionsOf } from '../errors.js';
import { D, growthPath, toDecimal, type Numeric, type PathPoint, type RateSchedule } from '../math/index.js';
import { acceptPlan, DEFAULT_APPROX_BAND, type IndicatorKind, type Plan, type Scenario } from '../plan/index.js';
import { applyScenario, isProjectable, type LineState } from './apply.js';
import { growthLines, type GrowthLine } from './lines.js';
import { evaluateTarget, type TargetOutcome } from './targets.js';
import { type DueTarget, type WrittenTarget, writtenNumber, writtenUnit } from './written.js';

/** Options of {@link runScenario} and {@link compareScenarios}. */
export interface ScenarioOptions {
  /** The relative half-width of a 左右/约 band, a fraction or a percent. Default 5%. */
  readonly band?: Numeric;
}

/** One year of a path under a scenario, with the plan's value and the difference. */
export interface ScenarioPoint {
  readonly year: number;
  readonly value: D;
  /** The value of the plan as written in that year (absent when the plan does not project the indicator or that year). */
  readonly plan?: D;
  /** value − plan. */
  readonly difference?: D;
}

/** A target under a scenario: its figure, the year it falls due, and how it fares. */
export interface TargetResult extends TargetOutcome, DueTarget {
  /** How it fares in the plan as written. */
  readonly plan?: { readonly year: number; readonly value: D; readonly met: boolean };
}

/** One growth indicator under a scenario. */
export interface IndicatorResult {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly kind: IndicatorKind;
  readonly base: { readonly figure: string; readonly year: number; readonly value: D };
  /** The growth rate of each year after the base year. */
  readonly rates: readonly { readonly year: number; readonly rate: D }[];
  readonly path: readonly ScenarioPoint[];
  readonly targets: readonly TargetResult[];
  /** Rate figures stated for years the path's rates already cover: not used (a scenario can use them). */
  readonly alternatives: readonly string[];
}

/** A growth indicator with targets but no rate for every year: no path until a scenario gives one. */
export interface Unprojected {
  readonly indicator: string;
  readonly name: string;
  /** The years after the base that no rate covers. */
  readonly missing: readonly number[];
  readonly targets: readonly string[];
}

/** A scenario's outcome: every growth indicator's path and targets. */
export interface ScenarioResult {
  /** The scenario, or undefined for the plan as written. */
  readonly scenario?: { readonly id: string; readonly name: string };
  readonly indicators: readonly IndicatorResult[];
  readonly unprojected: readonly Unprojected[];
}

/**
 * The band option as a fraction.
 *
 * @throws `negative` for a negative band; `invalid_number` / `non_finite` for a bad one.
 * @example
 * bandOf({ band: '10%' }).toString() //=> '0.1'
 */
export function bandOf(options: ScenarioOptions): D {
  const band = toDecimal(options.band ?? DEFAULT_APPROX_BAND, 'options.band');
  if (band.isNegative()) throw argError('negative', 'options.band', options.band, 'must not be negative');
  return band;
}

/**
 * The exact path of a line's state from its base year to its end, or undefined when some year
 * has no rate. Consecutive years at one rate compound as a power.
 *
 * @example
 * projectState(initialState(line))?.at(-1)?.value.toFixed(1) //=> '1990.1'
 */
export function projectState(state: LineState): readonly PathPoint[] | undefined {
  if (!isProjectable(state)) return undefined;
  const rates = state.rates as readonly D[];
  const span = { from: state.baseYear, to: state.end };
  const first = rates[0] as D;
  if (rates.every((r) => r.eq(first))) return growthPath(state.baseValue, first, span);
  const schedule: { until: number; rate: D }[] = [];
  rates.forEach((rate, i) => {
    const last = schedule[schedule.length - 1];
    if (last !== undefined && last.rate.eq(rate)) last.until = state.baseYear + 1 + i;
    else schedule.push({ until: state.baseYear + 1 + i, rate });
  });
  return growthPath(state.baseValue, schedule as RateSchedule, span);
}

function targetResults(state: LineState, path: readonly PathPoint[], band: D, planned?: ReadonlyMap<string, TargetResult>): TargetResult[] {
  return state.targets.flatMap((t) => {
    const outcome = evaluateTarget(t, path, state.line.cumulative, band);
    if (outcome === undefined) return [];
    const r = t.reading;
    const plan = planned?.get(t.figure);
    return [
      {
        figure: t.figure,
        type: t.type,
        year: t.year,
        ...(t.from !== undefined && { from: t.from }),
        text: writtenNumber(t),
        unit: writtenUnit(t),
        qualifiers: r.figure.qualifiers,
        stretch: r.stretch,
        ...outcome,
        ...(plan !== undefined && { plan: { year: plan.year, value: plan.value, met: plan.met } }),
      },
    ];
  });
}

function indicatorResult(state: LineState, path: readonly PathPoint[], band: D, plan?: IndicatorResult): IndicatorResult {
  const line = state.line;
  const planValues = new Map((plan?.path ?? []).map((p) => [p.year, p.value] as const));
  const planTargets = new Map((plan?.targets ?? []).map((t) => [t.figure, t] as const));
  return {
    indicator: line.indicator.id,
    name: line.indicator.name,
    unit: line.indicator.unit,
    kind: line.indicator.kind,
    base: { figure: line.base.figure, year: state.baseYear, value: state.baseValue },
    rates: (state.rates as readonly D[]).map((rate, i) => ({ year: state.baseYear + 1 + i, rate })),
    path: path.map((p) => {
      const planned = plan === undefined ? undefined : planValues.get(p.year);
      return planned === undefined ? { year: p.year, value: p.value } : { year: p.year, value: p.value, plan: planned, difference: p.value.minus(planned) };
    }),
    targets: targetResults(state, path, band, plan === undefined ? undefined : planTargets),
    alternatives: line.alternatives,
  };
}

function unprojected(state: LineState): Unprojected {
  return {
    indicator: state.line.indicator.id,
    name: state.line.indicator.name,
    missing: state.rates.flatMap((r, i) => (r === undefined ? [state.baseYear + 1 + i] : [])),
    targets: state.targets.map((t) => t.figure),
  };
}

/**
 * Runs the states of a plan's lines into a result (with the plan's result to compare against).
 *
 * @example
 * resultOf(applyScenario(plan, lines), new D('0.05'), undefined).indicators.length //=> 4
 */
export function resultOf(states: readonly LineState[], band: D, scenario: Scenario | undefined, plan?: ScenarioResult): ScenarioResult {
  const planned = new Map((plan?.indicators ?? []).map((i) => [i.indicator, i] as const));
  const indicators: IndicatorResult[] = [];
  const missing: Unprojected[] = [];
  for (const state of states) {
    const path = projectState(state);
    if (path === undefined) missing.push(unprojected(state));
    else indicators.push(indicatorResult(state, path, band, planned.get(state.line.indicator.id)));
  }
  return {
    ...(scenario !== undefined && { scenario: { id: scenario.id, name: scenario.name } }),
    indicators,
    unprojected: missing,
  };
}

function planResult(plan: Plan, lines: readonly GrowthLine[], band: D): ScenarioResult {
  return resultOf(applyScenario(plan, lines), band, undefined);
}

/**
 * Runs a scenario on a plan, exactly: every growth indicator's year-by-year path from its base
 * (value(y) = value(y − 1) × (1 + rate(y))), its value in each target year, whether each target
 * is met with its qualifiers (以上 floors, 左右 bands, ranges, 力争 stretch targets marked), and
 * the difference from the plan as written. With no scenario (or one with no changes) it is the
 * plan as written, and every difference is 0.
 *
 * @throws `unknown_reference` for a change naming an indicator the plan does not have;
 *   `invalid_option` for one with no level to grow from, or a bad band; `invalid_year`,
 *   `invalid_number`, `out_of_range` and `non_positive` for bad years, rates and bases.
 * @example
 * const r = runScenario(plan, { id: 'slow', name: '8%', changes: [{ kind: 'rate', indicator: 'new_product_sales', rate: '8' }] });
 * r.indicators.find((i) => i.indicator === 'new_product_sales')?.path.at(-1)?.value.toFixed(1) //=> '1718.4'
 */
export function runScenario(givenPlan: Plan, scenario?: Scenario, options: ScenarioOptions = {}): ScenarioResult {
  // Contract checks on the arguments (issue 10): a plan validated, options an object.
  const plan = acceptPlan(givenPlan);
  if (scenario !== undefined && !isRecord(scenario)) throw argError('invalid_option', 'scenario', scenario, `must be a scenario { id, name, changes }, not ${kindOf(scenario)}`);
  const band = bandOf(optionsOf(options));
  const lines = growthLines(plan);
  const base = planResult(plan, lines, band);
  return resultOf(applyScenario(plan, lines, scenario), band, scenario, base);
}

/** A column of {@link compareScenarios}: the plan as written, or a scenario. */
export type ScenarioColumn = { readonly kind: 'plan' } | { readonly kind: 'scenario'; readonly id: string; readonly name: string };

/** One indicator and year of {@link compareScenarios}: a value per column (undefined where a column has none). */
export interface ComparisonRow {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly year: number;
  readonly values: readonly (D | undefined)[];
}

/** One target of {@link compareScenarios}: how it fares in each column. */
export interface ComparisonTarget extends WrittenTarget {
  readonly figure: string;
  readonly indicator: string;
  readonly name: string;
  readonly stretch: boolean;
  readonly results: readonly (TargetResult | undefined)[];
}

/** Several scenarios side by side, as data for renderers and charts. */
export interface ScenarioComparison {
  readonly plan: { readonly id: string; readonly title: string };
  readonly columns: readonly ScenarioColumn[];
  /** The results behind the columns, in the same order. */
  readonly results: readonly ScenarioResult[];
  /** Indicator × year, a value per column. */
  readonly rows: readonly ComparisonRow[];
  readonly targets: readonly ComparisonTarget[];
}

/**
 * Runs the plan as written and each scenario, and lays them side by side: a row per indicator
 * and year with a value per column (the plan first), and a row per target with its result in
 * each column.
 *
 * @throws as {@link runScenario}.
 * @example
 * compareScenarios(taiyuan, taiyuan.scenarios ?? []).columns.length //=> 3
 */
export function compareScenarios(givenPlan: Plan, scenarios: readonly Scenario[], options: ScenarioOptions = {}): ScenarioComparison {
  // Contract checks on the arguments (issue 10): a plan validated, options an object.
  const plan = acceptPlan(givenPlan);
  listOf(scenarios, 'scenarios').forEach((s, i) => {
    if (!isRecord(s)) throw argError('invalid_option', `scenarios[${i}]`, s, `must be a scenario { id, name, changes }, not ${kindOf(s)}`);
  });
  const band = bandOf(optionsOf(options));
  const lines = growthLines(plan);
  const base = planResult(plan, lines, band);
  const results = [base, ...scenarios.map((s) => resultOf(applyScenario(plan, lines, s), band, s, base))];
  const columns: ScenarioColumn[] = [{ kind: 'plan' }, ...scenarios.map((s) => ({ kind: 'scenario' as const, id: s.id, name: s.name }))];
  const rows: ComparisonRow[] = [];
  const targets: ComparisonTarget[] = [];
  for (const line of lines) {
    const id = line.indicator.id;
    const found = results.map((r) => r.indicators.find((i) => i.indicator === id));
    const years = [...new Set(found.flatMap((i) => (i === undefined ? [] : i.path.map((p) => p.year))))].sort((a, b) => a - b);
    for (const year of years) {
      rows.push({
        indicator: id,
        name: line.indicator.name,
        unit: line.indicator.unit,
        year,
        values: found.map((i) => i?.path.find((p) => p.year === year)?.value),
      });
    }
    for (const target of line.targets) {
      const each = found.map((i) => i?.targets.find((t) => t.figure === target.figure));
      const any = each.find((t) => t !== undefined);
      if (any === undefined) continue;
      targets.push({
        figure: target.figure,
        indicator: id,
        name: line.indicator.name,
        type: target.type,
        text: any.text,
        unit: any.unit,
        qualifiers: any.qualifiers,
        stretch: any.stretch,
        results: each,
      });
    }
  }
  return { plan: { id: plan.id, title: plan.title }, columns, results, rows, targets };
}

/**
 * Finds a scenario of a plan by its id or its name.
 *
 * @throws `unknown_reference` when the plan has no such scenario.
 * @example
 * findScenario(taiyuan, 'outline').name //=> '规划纲要：年均增长17%'
 */
export function findScenario(givenPlan: Plan, idOrName: string): Scenario {
  // Contract checks on the arguments (issue 10).
  const plan = acceptPlan(givenPlan);
  if (typeof idOrName !== 'string') throw argError('invalid_option', 'idOrName', idOrName, 'must be the id or name of a scenario (a string)');
  const found = (plan.scenarios ?? []).find((s) => s.id === idOrName || s.name === idOrName);
  if (found === undefined) {
    const known = (plan.scenarios ?? []).map((s) => s.id);
    throw argError('unknown_reference', 'scenario', idOrName, known.length === 0 ? 'names no scenario: the plan has none' : `names no scenario of the plan (${known.join(', ')})`);
  }
  return found;
}
