/**
 * Applying a scenario's changes to the growth lines of a plan: the yearly rates, base and target
 * years each line has under the scenario. Pure; the exact path is computed in project.ts.
 */
import { argError } from '../errors.js';
import { toDecimal, type D } from '../math/index.js';
import type { Plan, Scenario, ScenarioChange } from '../plan/index.js';
import type { GrowthLine, GrowthTarget } from './lines.js';

/** A line under a scenario: its base, one rate per year after the base year (or none), its targets' years. */
export interface LineState {
  readonly line: GrowthLine;
  readonly baseValue: D;
  readonly baseYear: number;
  /** The last year of the path. */
  readonly end: number;
  /** rates[i] is the growth of year baseYear + 1 + i; undefined for a year no rate covers. */
  readonly rates: readonly (D | undefined)[];
  /** The years of the shocks applied (kept fixed by goal seek). */
  readonly shocked: ReadonlySet<number>;
  /** The targets with the years the scenario gives them. */
  readonly targets: readonly GrowthTarget[];
}

/** The longest path a scenario may ask for, in years after the base. */
export const MAX_SCENARIO_YEARS = 1000;

/**
 * A rate written in % as plan files and scenarios write it (`"8"`, `"-5"`, `"8%"`), as a fraction.
 *
 * @throws `invalid_number` for text that is not a number; `out_of_range` for −100% or less.
 * @example
 * percentRate('8').toString() //=> '0.08'
 */
export function percentRate(text: string, argument = 'rate'): D {
  const trimmed = String(text).trim();
  const rate = toDecimal(/[%％]$/.test(trimmed) ? trimmed : `${trimmed}%`, argument);
  if (rate.lte(-1)) throw argError('out_of_range', argument, text, 'must be above -100%');
  return rate;
}

/** The plan's rates of a line, one per year from the base year + 1 to `end` (the last stated rate goes on). */
function statedRates(line: GrowthLine, end: number): (D | undefined)[] {
  const out: (D | undefined)[] = [];
  const last = line.rates[line.rates.length - 1];
  for (let year = line.base.year + 1; year <= end; year++) {
    const covering = line.rates.find((r) => r.from < year && year <= r.to);
    out.push(covering?.rate ?? (last !== undefined && year > last.to ? last.rate : undefined));
  }
  return out;
}

const endOfTargets = (targets: readonly GrowthTarget[]): number => Math.max(0, ...targets.map((t) => t.year));

function yearOf(year: unknown, argument: string, after: number): number {
  if (typeof year !== 'number' || !Number.isSafeInteger(year)) throw argError('invalid_year', argument, year, 'must be a whole year');
  if (year <= after) throw argError('invalid_year', argument, year, `must be after ${after}`);
  if (year - after > MAX_SCENARIO_YEARS) throw argError('invalid_year', argument, year, `must be within ${MAX_SCENARIO_YEARS} years of ${after}`);
  return year;
}

/**
 * The line with no change: the plan as written.
 *
 * @example
 * initialState(growthLines(plan)[0]).rates.length //=> 8
 */
export function initialState(line: GrowthLine): LineState {
  const end = Math.max(line.base.year + 1, endOfTargets(line.targets), ...line.rates.map((r) => r.to));
  return { line, baseValue: line.base.value, baseYear: line.base.year, end, rates: statedRates(line, end), shocked: new Set(), targets: line.targets };
}

/** The state with its path extended to `end` (the last rate goes on). */
function extend(state: LineState, end: number): LineState {
  if (end <= state.end) return state;
  const rates = [...state.rates];
  const last = rates[rates.length - 1];
  for (let year = state.end + 1; year <= end; year++) rates.push(last);
  return { ...state, end, rates };
}

function setRates(state: LineState, from: number, rate: D, until = Infinity): LineState {
  const rates = state.rates.map((r, i) => {
    const year = state.baseYear + 1 + i;
    return year >= from && year <= until && !state.shocked.has(year) ? rate : r;
  });
  return { ...state, rates };
}

/**
 * Applies one change to a line's state.
 *
 * @throws `invalid_year` for a year not after the base year; `invalid_number` / `out_of_range`
 *   for a bad rate; `non_positive` for a base that is not positive; `unknown_reference` for a
 *   target_year change naming a figure that is not a target of the indicator.
 *
 * @example
 * applyChange(state, { kind: 'shock', indicator: 'x', year: 2015, rate: '-5' }).rates[2]?.toString() //=> '-0.05'
 */
export function applyChange(state: LineState, change: ScenarioChange, argument = 'change'): LineState {
  const base = state.baseYear;
  switch (change.kind) {
    case 'rate': {
      const from = change.from === undefined ? base + 1 : yearOf(change.from, `${argument}.from`, base);
      const rate = percentRate(change.rate, `${argument}.rate`);
      return setRates(extend(state, from), from, rate);
    }
    case 'schedule': {
      if (!Array.isArray(change.schedule) || change.schedule.length === 0) {
        throw argError('invalid_option', `${argument}.schedule`, change.schedule, 'must list at least one sub-period');
      }
      let next = state;
      let start = base + 1;
      change.schedule.forEach((entry, k) => {
        const until = yearOf(entry.until, `${argument}.schedule[${k}].until`, base);
        if (until < start) throw argError('invalid_year', `${argument}.schedule[${k}].until`, until, `must be after ${start - 1}`);
        const rate = percentRate(entry.rate, `${argument}.schedule[${k}].rate`);
        const last = k === change.schedule.length - 1;
        next = setRates(extend(next, until), start, rate, last ? Infinity : until);
        start = until + 1;
      });
      return next;
    }
    case 'base': {
      const value = toDecimal(change.value, `${argument}.value`);
      if (value.lte(0)) throw argError('non_positive', `${argument}.value`, change.value, 'must be positive');
      return { ...state, baseValue: value };
    }
    case 'shock': {
      const year = yearOf(change.year, `${argument}.year`, base);
      const rate = percentRate(change.rate, `${argument}.rate`);
      const next = extend(state, year);
      const rates = [...next.rates];
      rates[year - base - 1] = rate;
      return { ...next, rates, shocked: new Set([...next.shocked, year]) };
    }
    case 'target_year': {
      const year = yearOf(change.year, `${argument}.year`, base);
      const moved = state.targets.filter((t) => change.figure === undefined || t.figure === change.figure);
      if (change.figure !== undefined && moved.length === 0) {
        throw argError('unknown_reference', `${argument}.figure`, change.figure, `is not a target of ${state.line.indicator.id}`);
      }
      const targets = state.targets.map((t) => {
        if (!moved.includes(t)) return t;
        if (t.from !== undefined && year <= t.from) throw argError('invalid_year', `${argument}.year`, year, `must be after ${t.from}, the start of ${t.figure}`);
        return { ...t, year };
      });
      return extend({ ...state, targets }, year);
    }
    default:
      throw argError('invalid_option', `${argument}.kind`, (change as { kind?: unknown }).kind, 'must be rate, schedule, base, shock or target_year');
  }
}

/**
 * The states of a plan's growth lines under a scenario (the plan as written without one). A
 * change to an indicator that is not a growth line of the plan throws.
 *
 * @throws `unknown_reference` for an indicator the plan does not have; `invalid_option` for one
 *   with no level to grow from; the errors of {@link applyChange}.
 *
 * @example
 * applyScenario(plan, growthLines(plan), taiyuan.scenarios[1])[1].rates[0]?.toString() //=> '0.17'
 */
export function applyScenario(plan: Plan, lines: readonly GrowthLine[], scenario?: Scenario): readonly LineState[] {
  const states = new Map(lines.map((l) => [l.indicator.id, initialState(l)] as const));
  const changes = scenario?.changes ?? [];
  if (scenario !== undefined && !Array.isArray(changes)) throw argError('invalid_option', 'scenario.changes', changes, 'must be a list');
  changes.forEach((change, j) => {
    const argument = `scenario.changes[${j}]`;
    const indicator = (change as { indicator?: unknown }).indicator;
    const state = typeof indicator === 'string' ? states.get(indicator) : undefined;
    if (state === undefined) {
      const known = typeof indicator === 'string' && plan.indicators.some((i) => i.id === indicator);
      throw known
        ? argError('invalid_option', `${argument}.indicator`, indicator, 'has no level to grow from')
        : argError('unknown_reference', `${argument}.indicator`, indicator, 'is not an indicator of the plan');
    }
    states.set(state.line.indicator.id, applyChange(state, change, argument));
  });
  return lines.map((l) => states.get(l.indicator.id) as LineState);
}

/**
 * True when every year of the state has a rate (the path can be projected).
 *
 * @example
 * isProjectable(initialState(mainRevenueLine)) //=> false (a level pair: no rate yet)
 */
export const isProjectable = (state: LineState): boolean => state.rates.every((r) => r !== undefined);

