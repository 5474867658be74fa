/**
 * Goal seek (DOMAIN.md section 6): the rate, the base, the number of years or the cumulative
 * total that makes one target hold exactly, to full precision. Closed forms where they exist
 * (requiredRate, impliedBase, yearsToReach), the bracketed solver otherwise.
 */
import { argError } from '../errors.js';
import { D, requiredRate, solveMonotone, yearsToReach, type PathPoint } from '../math/index.js';
import type { Plan, Scenario, ScenarioChange } from '../plan/index.js';
import { applyScenario, MAX_SCENARIO_YEARS, type LineState } from './apply.js';
import { growthLines, type GrowthTarget } from './lines.js';
import { bandOf, projectState, type ScenarioOptions } from './run.js';
import { evaluateTarget, targetMeasure } from './targets.js';

/** What {@link goalSeek} solves for. */
export type SeekUnknown = 'rate' | 'base' | 'years' | 'total';

/** The unknowns {@link goalSeek} can solve for. */
export const SEEK_UNKNOWNS: readonly SeekUnknown[] = ['rate', 'base', 'years', 'total'];

/** Options of {@link goalSeek}. */
export interface GoalSeekOptions extends ScenarioOptions {
  /** Seek under this scenario (its other changes stay; a shock's year keeps its rate). */
  readonly scenario?: Scenario;
}

/** What {@link goalSeek} found. */
export interface GoalSeekResult {
  /** The target figure's id. */
  readonly target: string;
  readonly indicator: string;
  readonly solveFor: SeekUnknown;
  /**
   * The value that makes the target hold exactly: a rate (a fraction), a base (in the
   * indicator's unit), a number of years after the base year (fractional where the closed form
   * gives one), or a cumulative total.
   */
  readonly value: D;
  /** For `years`: the first whole year in which the target is met. */
  readonly year?: number;
  /** The stated value the target's measure is made to equal (the bound of 以上, the figure of 达到). */
  readonly threshold: D;
  /** What the unknown is now: the base, the rate of a constant-rate path, the years to the target year, the total. */
  readonly current?: D;
  readonly method: 'closed_form' | 'bracketed' | 'year_by_year';
  /** `exclusive` for 超过/不满: the value found is the boundary, which itself does not meet the target; every value beyond it does. */
  readonly boundary: 'inclusive' | 'exclusive';
  /** The scenario change that writes the value back (none for a total, which is the target figure's own value). */
  readonly change?: ScenarioChange;
}

function noSolution(target: GrowthTarget, why: string): never {
  throw argError('no_solution', 'target', target.figure, why);
}

/** The state's rates with every year that is not a shock at `rate`. */
function withRate(state: LineState, rate: D): LineState {
  return { ...state, rates: state.rates.map((r, i) => (state.shocked.has(state.baseYear + 1 + i) ? r : rate)) };
}

function measureAt(state: LineState, target: GrowthTarget): D {
  const path = projectState(state);
  const value = path === undefined ? undefined : targetMeasure(target, path, state.line.cumulative);
  if (value === undefined) noSolution(target, 'cannot be measured on the path');
  return value;
}

/** The product of the shocked years' factors inside (from, to], and how many years are free. */
function fixedFactor(state: LineState, from: number, to: number): { readonly factor: D; readonly free: number } {
  let factor = new D(1);
  let free = 0;
  for (let year = from + 1; year <= to; year++) {
    const rate = state.rates[year - state.baseYear - 1];
    if (state.shocked.has(year) && rate !== undefined) factor = factor.times(rate.plus(1));
    else free += 1;
  }
  return { factor, free };
}

/** The level-terms ratio end / start that a rate, change or multiple target states. */
function statedRatio(target: GrowthTarget, threshold: D): D {
  const years = target.year - (target.from ?? target.year);
  switch (target.type) {
    case 'rate':
      return threshold.plus(1).pow(years);
    case 'change':
      return threshold.plus(1);
    default:
      return threshold;
  }
}

function percentText(rate: D): string {
  return rate.times(100).toFixed();
}

function seekRate(state: LineState, target: GrowthTarget, threshold: D): Pick<GoalSeekResult, 'value' | 'method'> {
  const closed = target.type === 'level' || ((target.type === 'change' || target.type === 'multiple' || target.type === 'rate') && !(target.type === 'rate' && state.line.cumulative));
  if (closed) {
    const from = target.type === 'level' ? state.baseYear : (target.from as number);
    const { factor, free } = fixedFactor(state, from, target.year);
    if (free === 0) noSolution(target, 'has no year left whose rate could change');
    const start = target.type === 'level' ? state.baseValue.times(factor) : factor;
    const end = target.type === 'level' ? threshold : statedRatio(target, threshold);
    if (end.lte(0)) noSolution(target, 'asks for a value no rate above -100% reaches');
    return { value: requiredRate(start, end, free), method: 'closed_form' };
  }
  // Totals and 累计法 rates: increasing in the rate; bracket it and solve.
  const f = (x: D): D => measureAt(withRate(state, x), target);
  const lo = new D('-0.999999999999');
  let hi = new D(1);
  if (f(lo).gt(threshold)) noSolution(target, 'is exceeded even at a rate of -100%');
  for (let k = 0; f(hi).lt(threshold); k++) {
    if (k > 60) noSolution(target, 'is beyond any rate');
    hi = hi.times(2);
  }
  return { value: solveMonotone(f, lo, hi, { target: threshold }).root, method: 'bracketed' };
}

function seekBase(state: LineState, target: GrowthTarget, threshold: D): D {
  if (target.type !== 'level' && target.type !== 'total') noSolution(target, `is a ${target.type}: it does not depend on the base`);
  const perUnit = measureAt({ ...state, baseValue: new D(1) }, target);
  if (perUnit.lte(0)) noSolution(target, 'cannot be reached from any base');
  return threshold.div(perUnit);
}

/** The first whole year in which the target is met, extending the path at its last rate. */
function seekYear(state: LineState, target: GrowthTarget, band: D): { readonly year: number; readonly years?: D; readonly method: GoalSeekResult['method'] } {
  const constant = state.shocked.size === 0 && state.rates.every((r) => r !== undefined && r.eq(state.rates[0] as D));
  const rate = state.rates[state.rates.length - 1];
  if (rate === undefined) noSolution(target, 'has no rate to extend the path with');
  const start = target.from ?? state.baseYear;
  const path: PathPoint[] = [...(projectState(state) ?? noSolution(target, 'has no path'))];
  const limit = state.baseYear + MAX_SCENARIO_YEARS;
  for (let year = start + 1; year <= limit; year++) {
    while ((path[path.length - 1] as PathPoint).year < year) {
      const last = path[path.length - 1] as PathPoint;
      path.push({ year: last.year + 1, value: last.value.times(rate.plus(1)) });
    }
    const outcome = evaluateTarget({ ...target, year }, path, state.line.cumulative, band);
    if (outcome?.met === true) {
      if (constant && target.type === 'level' && !rate.isZero()) {
        try {
          return { year, years: yearsToReach(state.baseValue, target.reading.value, rate).years, method: 'closed_form' };
        } catch {
          // the figure itself is on the other side of the base (a floor already met): whole years only
        }
      }
      return { year, method: 'year_by_year' };
    }
    // Past the last year the scenario sets, a level, change or multiple only moves the tail rate's way.
    if (year >= state.end && (target.type === 'level' || target.type === 'change' || target.type === 'multiple') && outcome !== undefined) {
      const moving = rate.isZero() ? 0 : rate.isPositive() ? 1 : -1;
      const needed = outcome.admissible.lo !== undefined && outcome.value.lt(outcome.admissible.lo) ? 1 : -1;
      if (moving !== needed) noSolution(target, `is never met: the path moves ${moving === 0 ? 'nowhere' : moving > 0 ? 'up' : 'down'} from ${year}`);
    }
  }
  return noSolution(target, `is not met within ${MAX_SCENARIO_YEARS} years`);
}

/**
 * The value of one unknown that makes a target hold exactly: its measure equals the figure as
 * stated (the bound of 以上, the figure of 达到 or 左右, the low end of a range).
 * - `rate`: the one rate for every year (but a scenario's shocks) that reaches it: closed form
 *   for a level, change, multiple or rate ((threshold / (base × shocks))^(1/free years) − 1), the
 *   bracketed solver for a total or a 累计法 rate.
 * - `base`: threshold / the path's growth factor (levels and totals only).
 * - `years`: the first whole year in which the target is met, and for a level at a constant
 *   rate the exact fractional years ln(target / base) / ln(1 + rate).
 * - `total`: the cumulative total the path gives over a total target's years (what the figure
 *   would state to hold exactly).
 *
 * The value written back (the result's `change`, or the figure itself) makes the relation hold as
 * written.
 *
 * @throws `unknown_reference` when `target` is not a target of a growth indicator of the plan;
 *   `no_solution` when no value of the unknown makes it hold (the base of a rate target, a target
 *   below the base at a positive rate for `years`, a total for a level); `invalid_option` for an
 *   unknown `solveFor`; the errors of {@link runScenario} for the scenario.
 * @example
 * goalSeek(innovationPlan, 'new_product_sales_2020', 'rate').value.toFixed(6) //=> '0.100682'
 */
export function goalSeek(plan: Plan, target: string, solveFor: SeekUnknown, options: GoalSeekOptions = {}): GoalSeekResult {
  if (!SEEK_UNKNOWNS.includes(solveFor)) throw argError('invalid_option', 'solveFor', solveFor, `must be one of ${SEEK_UNKNOWNS.join(', ')}`);
  const band = bandOf(options);
  const lines = growthLines(plan);
  const states = applyScenario(plan, lines, options.scenario);
  const state = states.find((s) => s.targets.some((t) => t.figure === target));
  const goal = state?.targets.find((t) => t.figure === target);
  if (state === undefined || goal === undefined) {
    throw argError('unknown_reference', 'target', target, 'is not a target of a growth indicator of the plan');
  }
  const indicator = state.line.indicator.id;
  const threshold = goal.reading.value;
  const boundary = goal.reading.claim === 'floor_exclusive' || goal.reading.claim === 'ceiling_exclusive' ? 'exclusive' : 'inclusive';
  const common = { target, indicator, solveFor, threshold, boundary } as const;
  const rates = state.rates.filter((r): r is D => r !== undefined);
  const constantRate = rates.length === state.rates.length && rates.every((r) => r.eq(rates[0] as D)) ? rates[0] : undefined;
  switch (solveFor) {
    case 'rate': {
      const found = seekRate(state, goal, threshold);
      return {
        ...common,
        ...found,
        ...(constantRate !== undefined && { current: constantRate }),
        change: { kind: 'rate', indicator, rate: percentText(found.value) },
      };
    }
    case 'base': {
      const value = seekBase(state, goal, threshold);
      return { ...common, value, current: state.baseValue, method: 'closed_form', change: { kind: 'base', indicator, value: value.toFixed() } };
    }
    case 'years': {
      const found = seekYear(state, goal, band);
      return {
        ...common,
        value: found.years ?? new D(found.year - state.baseYear),
        year: found.year,
        current: new D(goal.year - state.baseYear),
        method: found.method,
        change: { kind: 'target_year', indicator, year: found.year, figure: target },
      };
    }
    case 'total': {
      if (goal.type !== 'total') noSolution(goal, `is a ${goal.type}, not a cumulative total`);
      const value = measureAt(state, goal);
      return { ...common, value, current: threshold, method: 'closed_form' };
    }
  }
}
