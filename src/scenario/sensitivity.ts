/**
 * Sensitivity (DOMAIN.md section 6): a target across a grid of rates × years or rates × bases
 * (a spreadsheet's data table), exactly; and the elasticity of each target to each input.
 */
import { argError, optionsOf } from '../errors.js';
import { D, toDecimal, type Numeric } from '../math/index.js';
import { acceptPlan, type Plan, type Scenario } from '../plan/index.js';
import { applyChange, applyScenario, MAX_SCENARIO_YEARS, type LineState } from './apply.js';
import { growthLines, type GrowthTarget, type TargetType } from './lines.js';
import { bandOf, projectState, type ScenarioOptions } from './run.js';
import { evaluateTarget, targetMeasure } from './targets.js';
import { type WrittenTarget, writtenNumber, writtenUnit } from './written.js';

/** Options of {@link sensitivityGrid}: the rates of the rows and either the years or the bases of the columns. */
export interface SensitivityOptions extends ScenarioOptions {
  /** The rates of the rows (fractions, or percent text such as `"10%"`). */
  readonly rates: readonly Numeric[];
  /** The target years of the columns. */
  readonly years?: readonly number[];
  /** The bases of the columns, in the indicator's unit. */
  readonly bases?: readonly Numeric[];
  /** The scenario the grid varies (its other changes stay). */
  readonly scenario?: Scenario;
}

/** One cell of a sensitivity grid. */
export interface SensitivityCell {
  /** The target's measure (its level, total, rate, change or multiple). */
  readonly value: D;
  readonly met: boolean;
}

/** A target across rates × years or rates × bases. */
export interface SensitivityGrid extends WrittenTarget {
  readonly target: string;
  readonly indicator: string;
  /** The indicator's name. */
  readonly name: string;
  /** The target's number, unit and qualifiers as the figure writes them (cell values are in the indicator's unit). */
  readonly text: string;
  /** The base the rows grow from (under the scenario). */
  readonly base: D;
  readonly rates: readonly D[];
  readonly columns: { readonly kind: 'year'; readonly values: readonly number[] } | { readonly kind: 'base'; readonly values: readonly D[] };
  /** cells[i][j]: the rate rates[i] with the column j. */
  readonly cells: readonly (readonly SensitivityCell[])[];
}

/** The most cells a grid may have. */
export const MAX_GRID_CELLS = 100_000;

/** The most path-years a grid may compute (cells × the years of the longest path): a few seconds at most. */
export const MAX_GRID_WORK = 5_000_000;

/**
 * The state of the line that has `target`, under the scenario, or a typed error.
 *
 * @example
 * stateOfTarget(plan, 'new_product_sales_2020', undefined).state.baseYear //=> 2012
 */
export function stateOfTarget(plan: Plan, target: string, scenario: Scenario | undefined): { readonly state: LineState; readonly goal: GrowthTarget } {
  const states = applyScenario(plan, growthLines(plan), scenario);
  for (const state of states) {
    const goal = state.targets.find((t) => t.figure === target);
    if (goal !== undefined) return { state, goal };
  }
  throw argError('unknown_reference', 'target', target, 'is not a target of a growth indicator of the plan');
}

const rateText = (rate: D): string => rate.times(100).toFixed();

/**
 * A target across a grid, exactly: each cell is the plan (or the scenario) with the indicator's
 * rate set to the row's rate for every year (but a scenario's shocks) and, by column, the target
 * due in another year or the path grown from another base. Each cell gives the target's measure
 * and whether it is met with its qualifiers.
 *
 * @throws `unknown_reference` for a target that is not a growth indicator's; `invalid_option`
 *   unless exactly one of years and bases is given, for empty lists, more than 100,000 cells or
 *   more than 5,000,000 path-years; `invalid_year`, `non_positive`, `out_of_range` for a bad
 *   year, base or rate.
 * @example
 * sensitivityGrid(plan, 'info_industry_revenue_2020', { rates: ['11%', '12.27%'], years: [2020] }).cells[0][0].value.toFixed(1) //=> '1605.7'
 */
export function sensitivityGrid(givenPlan: Plan, target: string, givenOptions: SensitivityOptions): SensitivityGrid {
  // Contract checks on the arguments (issue 10): a plan validated, options an object.
  const plan = acceptPlan(givenPlan);
  const options = optionsOf(givenOptions);
  if (typeof target !== 'string') throw argError('invalid_option', 'target', target, 'must be the id of a target figure (a string)');
  const band = bandOf(options);
  const { state, goal } = stateOfTarget(plan, target, options.scenario);
  if ((options.years === undefined) === (options.bases === undefined)) {
    throw argError('invalid_option', 'options', Object.keys(options).join(', '), 'must give either years or bases');
  }
  const rates = (options.rates ?? []).map((r, i) => toDecimal(r, `options.rates[${i}]`));
  const columnCount = (options.years ?? options.bases ?? []).length;
  if (rates.length === 0 || columnCount === 0) throw argError('invalid_option', 'options', columnCount, 'needs at least one rate and one column');
  if (rates.length * columnCount > MAX_GRID_CELLS) throw argError('invalid_option', 'options', rates.length * columnCount, `must have at most ${MAX_GRID_CELLS} cells`);
  const longest = Math.max(state.end, ...(options.years ?? []).filter((y) => Number.isSafeInteger(y))) - state.baseYear;
  if (rates.length * columnCount * Math.max(1, longest) > MAX_GRID_WORK) {
    throw argError('invalid_option', 'options', rates.length * columnCount * longest, `must compute at most ${MAX_GRID_WORK} path-years (cells × years)`);
  }
  const cell = (s: LineState): SensitivityCell => {
    const path = projectState(s);
    const outcome = path === undefined ? undefined : evaluateTarget(s.targets.find((t) => t.figure === target) as GrowthTarget, path, s.line.cumulative, band);
    if (outcome === undefined) throw argError('invalid_option', 'target', target, 'cannot be measured on the path');
    return { value: outcome.value, met: outcome.met };
  };
  const r = goal.reading;
  const about = {
    target,
    indicator: state.line.indicator.id,
    name: state.line.indicator.name,
    type: goal.type,
    text: writtenNumber(goal),
    unit: writtenUnit(goal),
    qualifiers: r.figure.qualifiers,
    base: state.baseValue,
  } as const;
  const withRate = rates.map((rate, i) => applyChange(state, { kind: 'rate', indicator: state.line.indicator.id, rate: rateText(rate) }, `options.rates[${i}]`));
  if (options.years !== undefined) {
    const years = options.years.map((y, j) => {
      if (typeof y !== 'number' || !Number.isSafeInteger(y)) throw argError('invalid_year', `options.years[${j}]`, y, 'must be a whole year');
      return y;
    });
    const cells = withRate.map((s) =>
      years.map((year, j) => cell(applyChange(s, { kind: 'target_year', indicator: s.line.indicator.id, year, figure: goal.figure }, `options.years[${j}]`))),
    );
    return { ...about, rates, columns: { kind: 'year', values: years }, cells };
  }
  const bases = (options.bases ?? []).map((b, j) => {
    const d = toDecimal(b, `options.bases[${j}]`);
    if (d.lte(0)) throw argError('non_positive', `options.bases[${j}]`, b, 'must be positive');
    return d;
  });
  const cells = withRate.map((s) => bases.map((value) => cell({ ...s, baseValue: value })));
  return { ...about, rates, columns: { kind: 'base', values: bases }, cells };
}

/** The elasticities of one target. */
export interface Elasticity {
  readonly target: string;
  readonly indicator: string;
  readonly type: TargetType;
  /** d ln M / d ln base: 1 for a level or total, 0 for a rate, change or multiple (they do not depend on the base). */
  readonly base: D;
  /** d ln M / d ln r, every yearly rate (but a scenario's shocks) scaled together; n·r / (1 + r) for a level at a constant rate. */
  readonly rate: D;
  /** n × (ln M(T + 1) − ln M(T)): the target one year later, n the years it spans; n·ln(1 + r) for a level at a constant rate. */
  readonly years: D;
}

/** Options of {@link elasticities}. */
export interface ElasticityOptions extends ScenarioOptions {
  readonly scenario?: Scenario;
  /** The targets (figure ids); default every target of every projected growth indicator. */
  readonly targets?: readonly string[];
}

/** The relative step of the symmetric difference in the rate elasticity. */
const STEP = new D('1e-12');

/** M, the target's measure in level terms (DOMAIN.md section 4): a level, total or multiple as is, 1 + change, and the end-to-start ratio (1 + rate)^n of a rate. */
function levelTerms(target: GrowthTarget, state: LineState): D | undefined {
  const path = projectState(state);
  const value = path === undefined ? undefined : targetMeasure(target, path, state.line.cumulative);
  if (value === undefined) return undefined;
  switch (target.type) {
    case 'change':
      return value.plus(1);
    case 'rate':
      return value.plus(1).pow(target.year - (target.from ?? target.year));
    default:
      return value;
  }
}

function scaleRates(state: LineState, by: D): LineState {
  return { ...state, rates: state.rates.map((r, i) => (r === undefined || state.shocked.has(state.baseYear + 1 + i) ? r : r.times(by))) };
}

/**
 * The elasticity of each target to each input, where M is the target's measure in level terms
 * (a level, total or multiple; 1 + change; (1 + rate)^n): to the base d ln M / d ln base
 * (exact: 1 or 0); to the rate d ln M / d ln r with every yearly rate scaled together, by a
 * symmetric difference at 40 digits (relative step 1e-12, so exact to about 20 significant
 * digits); to the years the one-year forward form n × (ln M(T + 1) − ln M(T)), with n the years
 * the target spans (from the base for a level, the number of years summed for a total). For a
 * level at a constant rate r these are 1, n·r / (1 + r) and n·ln(1 + r).
 *
 * @throws `unknown_reference` for a target that is not a growth indicator's; the errors of
 *   {@link runScenario} for the scenario.
 * @example
 * elasticities(plan, { targets: ['new_product_sales_2020'] })[0].rate.toFixed(4) //=> '0.7273'
 */
export function elasticities(givenPlan: Plan, givenOptions: ElasticityOptions = {}): readonly Elasticity[] {
  // Contract checks on the arguments (issue 10): a plan validated, options an object.
  const plan = acceptPlan(givenPlan);
  const options = optionsOf(givenOptions);
  if (options.targets !== undefined && (!Array.isArray(options.targets) || !options.targets.every((t) => typeof t === 'string'))) {
    throw argError('invalid_option', 'options.targets', options.targets, 'must be a list of target figure ids');
  }
  bandOf(options);
  const states = applyScenario(plan, growthLines(plan), options.scenario);
  const wanted = options.targets;
  if (wanted !== undefined) {
    for (const id of wanted) if (!states.some((s) => s.targets.some((t) => t.figure === id))) throw argError('unknown_reference', 'options.targets', id, 'is not a target of a growth indicator of the plan');
  }
  const out: Elasticity[] = [];
  for (const state of states) {
    for (const target of state.targets) {
      if (wanted !== undefined && !wanted.includes(target.figure)) continue;
      const m = levelTerms(target, state);
      if (m === undefined || m.lte(0)) continue;
      const up = levelTerms(target, scaleRates(state, STEP.plus(1)));
      const down = levelTerms(target, scaleRates(state, new D(1).minus(STEP)));
      const later = target.year - state.baseYear < MAX_SCENARIO_YEARS ? levelTerms({ ...target, year: target.year + 1 }, extendOneYear(state, target)) : undefined;
      if (up === undefined || down === undefined || up.lte(0) || down.lte(0)) continue;
      const span = target.type === 'level' ? target.year - state.baseYear : target.type === 'total' ? target.year - (target.from ?? state.baseYear) + 1 : target.year - (target.from ?? state.baseYear);
      out.push({
        target: target.figure,
        indicator: state.line.indicator.id,
        type: target.type,
        base: new D(target.type === 'level' || target.type === 'total' ? 1 : 0),
        rate: up.ln().minus(down.ln()).div(STEP.plus(1).ln().minus(new D(1).minus(STEP).ln())),
        years: later === undefined || later.lte(0) ? new D(0) : later.ln().minus(m.ln()).times(span),
      });
    }
  }
  return out;
}

function extendOneYear(state: LineState, target: GrowthTarget): LineState {
  return applyChange(state, { kind: 'target_year', indicator: state.line.indicator.id, year: target.year + 1, figure: target.figure });
}
