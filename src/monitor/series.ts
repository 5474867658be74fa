/**
 * From an indicator's actuals to the numbers a review uses: its level relative to the base year
 * (an index that chains levels and growth rates) and, for flows, the amounts of each year.
 *
 * Conventions (see time.ts for the time axis):
 * - an annual level counts at the end of its year; an annual rate is the growth over the year before;
 * - where a year has both a level and a rate, the level is used;
 * - a dated level is a stock on that day for stock-like indicators (shares, ratios, intensities,
 *   counts, indexes); for annual amounts (values, value added, investment, physical output) it is
 *   the amount from Jan 1 to that day (1–N月累计), which only flows use;
 * - a dated rate is the year-to-date growth over the same period a year earlier (累计增速): the
 *   level at the date is last year's level × (1 + rate)^(share of the year elapsed), and for flows
 *   the year-to-date amount is last year's amount × (1 + rate) × (share of the year elapsed);
 * - a year without a value is a hole: later levels still count, later rates cannot chain across it;
 *   for flows it ends the sum.
 */
import { D, project } from '../math/index.js';
import type { Indicator, IndicatorKind } from '../plan/index.js';
import { isPercentUnit, unitFactor, unitOf, type UnitTable } from '../units/index.js';
import { isMagnitude } from './actuals-rows.js';
import type { Actual } from './actuals.js';
import { endOfDay, endOfYear } from './time.js';

/** An actual read for computing: its time, its value in the indicator's value domain. */
export interface Observation {
  readonly actual: Actual;
  readonly type: Actual['type'];
  readonly year: number;
  readonly date?: string;
  /** On the time axis (end of the year, end of the day). */
  readonly time: D;
  /** A level in the indicator's unit (a fraction for % indicators), or a rate as a fraction. */
  readonly value: D;
}

/** Indicator kinds whose yearly level is an amount over the year (a dated level is year-to-date). */
const ANNUAL_AMOUNTS: ReadonlySet<IndicatorKind> = new Set(['value', 'value_added', 'investment', 'quantity']);

/**
 * True when a dated level of this indicator is a year-to-date amount rather than a stock.
 *
 * @example
 * isAnnualAmount({ kind: 'investment', unit: '亿元', … }) //=> true
 */
export function isAnnualAmount(indicator: Indicator): boolean {
  return ANNUAL_AMOUNTS.has(indicator.kind) && !isPercentUnit(indicator.unit);
}

const HUNDREDTH = new D('0.01');

/**
 * An actual's value in its indicator's value domain: levels converted to the indicator's unit
 * (万元 → 亿元 exactly; a bare 万 or 亿 of a base unit: 1.5万 个 is 15000), percentages as
 * fractions; rates as fractions.
 *
 * @throws `unit_mismatch` when the units are not scales of one unit (checked files never are).
 *
 * @example
 * actualValue({ text: '1210000', unit: '万元', type: 'level', … }, { unit: '亿元', … }).toString() //=> '121'
 */
export function actualValue(actual: Actual, indicator: Indicator, units?: UnitTable): D {
  const number = new D(actual.text);
  if (actual.type === 'rate') return number.times(HUNDREDTH);
  if (isPercentUnit(indicator.unit)) return number.times(HUNDREDTH);
  const unit = actual.unit ?? indicator.unit;
  if (unit === indicator.unit) return number;
  if (isMagnitude(unit)) return number.times(unitOf(unit).factor);
  return number.times(unitFactor(unit, indicator.unit, units));
}

/**
 * The observations of one indicator up to a time, in time order (annual before dated at equal times).
 *
 * @example
 * observationsOf(actuals, indicator, new D(2018))[0].time.toString() //=> '2017'
 */
export function observationsOf(actuals: readonly Actual[], indicator: Indicator, until: D, units?: UnitTable): readonly Observation[] {
  return actuals
    .filter((a) => a.indicator === indicator.id)
    .map((a) => ({
      actual: a,
      type: a.type,
      year: a.year,
      ...(a.date !== undefined && { date: a.date }),
      time: a.date === undefined ? endOfYear(a.year) : endOfDay(a.date),
      value: actualValue(a, indicator, units),
    }))
    .filter((o) => o.time.lte(until))
    .sort((a, b) => a.time.cmp(b.time) || (a.date === undefined ? -1 : 1));
}

/** A point of an indicator's path relative to its base. */
export interface IndexPoint {
  readonly year: number;
  readonly date?: string;
  readonly time: D;
  /** The level over the base-year level. */
  readonly index: D;
  /** The level itself, when an actual level gives it (not chained from rates). */
  readonly level?: D;
  /** The actuals it rests on (a chained rate rests on every earlier link). */
  readonly used: readonly Actual[];
}

/** The index path of an indicator: what {@link indexPath} gives. */
export interface IndexPath {
  readonly points: readonly IndexPoint[];
  /** The first year without a value, when a later rate could not be chained across it. */
  readonly gap?: number;
  /** Dated year-to-date amounts that a level or growth target cannot read. */
  readonly ignoredAmounts: number;
}

/**
 * The path of an indicator relative to its level in the base year `t0`: annual points from
 * levels (over `base`) or rates chained from the year before, then at most one dated point after
 * the last annual one. `base` is the base-year level (from the plan or the actuals); without it
 * only rates chain. A year without a value leaves a hole that levels step over and rates cannot.
 *
 * @example
 * indexPath(observations, indicator, 2015, 2020, new D(1000)).points[0].index.toString() //=> '1.1'
 */
export function indexPath(observations: readonly Observation[], indicator: Indicator, t0: number, last: number, base: D | undefined): IndexPath {
  const annual = (type: Actual['type'], year: number): Observation | undefined =>
    observations.find((o) => o.date === undefined && o.type === type && o.year === year);
  const anchored = base !== undefined && base.gt(0);
  const known = new Map<number, { readonly index: D; readonly used: readonly Actual[] }>([[t0, { index: new D(1), used: [] }]]);
  const points: IndexPoint[] = [];
  let missing: number | undefined;
  let gap: number | undefined;
  for (let year = t0 + 1; year <= last; year++) {
    const level = annual('level', year);
    const rate = annual('rate', year);
    const previous = known.get(year - 1);
    let point: { index: D; level?: D; used: readonly Actual[] } | undefined;
    if (level !== undefined && anchored) point = { index: level.value.div(base), level: level.value, used: [level.actual] };
    else if (rate !== undefined && previous !== undefined) point = { index: previous.index.times(rate.value.plus(1)), used: [...previous.used, rate.actual] };
    else if (rate !== undefined && gap === undefined) gap = missing;
    if (point === undefined) {
      missing ??= year;
      continue;
    }
    known.set(year, point);
    points.push({ year, time: endOfYear(year), ...point });
  }
  let ignoredAmounts = 0;
  const lastYear = points[points.length - 1]?.year ?? t0;
  const stock = !isAnnualAmount(indicator);
  let datedPoint: IndexPoint | undefined;
  for (const o of observations.filter((x) => x.date !== undefined && x.year > lastYear && x.year <= last)) {
    const date = o.date as string;
    if (o.type === 'level') {
      if (!stock) ignoredAmounts += 1;
      else if (anchored) datedPoint = { year: o.year, date, time: o.time, index: o.value.div(base), level: o.value, used: [o.actual] };
      continue;
    }
    const previous = known.get(o.year - 1);
    if (previous !== undefined && o.value.gt(-1)) {
      const f = o.time.minus(o.year);
      datedPoint = { year: o.year, date, time: o.time, index: previous.index.times(project(1, o.value, f)), used: [...previous.used, o.actual] };
    }
  }
  if (datedPoint !== undefined) points.push(datedPoint);
  return { points, ...(gap !== undefined && { gap }), ignoredAmounts };
}

/** The realised amounts of a flow: what {@link flowPath} gives. */
export interface FlowPath {
  /** Complete years from the first year of the flow, in order. */
  readonly years: readonly { readonly year: number; readonly amount: D; readonly used: readonly Actual[] }[];
  /** The year-to-date amount of the year after the last complete one, when a dated value gives it. */
  readonly partial?: { readonly year: number; readonly date: string; readonly time: D; readonly amount: D; readonly used: readonly Actual[] };
  readonly gap?: number;
}

/**
 * The amounts of a flow over the years `from`..`to`: annual levels, or amounts grown from the year
 * before by an annual rate (from `base`, the amount of `from − 1`, for the first); then at most one
 * year-to-date amount (a dated level, or last year's amount × (1 + rate) × share of the year).
 *
 * @example
 * flowPath(observations, 2016, 2020, undefined).years.map((y) => y.amount.toString()) //=> ['20', '16']
 */
export function flowPath(observations: readonly Observation[], from: number, to: number, base: D | undefined): FlowPath {
  const annual = (type: Actual['type'], year: number): Observation | undefined =>
    observations.find((o) => o.date === undefined && o.type === type && o.year === year);
  const years: { year: number; amount: D; used: readonly Actual[] }[] = [];
  let previous = base ?? annual('level', from - 1)?.value;
  let gap: number | undefined;
  for (let year = from; year <= to; year++) {
    const level = annual('level', year);
    const rate = annual('rate', year);
    let amount: D | undefined;
    let used: readonly Actual[] = [];
    if (level !== undefined) {
      amount = level.value;
      used = [level.actual];
    } else if (rate !== undefined && previous !== undefined) {
      amount = previous.times(rate.value.plus(1));
      used = [rate.actual];
    }
    if (amount === undefined) {
      if (observations.some((o) => o.year > year && o.year <= to)) gap = year;
      break;
    }
    years.push({ year, amount, used });
    previous = amount;
  }
  const next = (years[years.length - 1]?.year ?? from - 1) + 1;
  let partial: FlowPath['partial'];
  if (next <= to) {
    for (const o of observations.filter((x) => x.date !== undefined && x.year === next)) {
      const f = o.time.minus(o.year);
      if (o.type === 'level') partial = { year: o.year, date: o.date as string, time: o.time, amount: o.value, used: [o.actual] };
      else if (previous !== undefined) partial = { year: o.year, date: o.date as string, time: o.time, amount: previous.times(o.value.plus(1)).times(f), used: [o.actual] };
    }
  }
  return { years, ...(partial !== undefined && { partial }), ...(gap !== undefined && { gap }) };
}
