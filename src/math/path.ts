/**
 * Growth paths year by year, at a constant rate or by a schedule of rates per sub-period, and
 * cumulative totals of the yearly values (a total such as "十二五期间完成投资").
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';
import { factorOf, finite, spanYears, yearOf, type YearSpan } from './guards.js';
import { powInt } from './roots.js';

export type { YearSpan };

const ZERO = new D(0);

/** Rates per sub-period, labelled by year: `rate` applies to every year up to and including `until`. */
export type RateSchedule = readonly { readonly until: number; readonly rate: Numeric }[];

/** One point of a growth path. */
export interface PathPoint {
  readonly year: number;
  readonly value: D;
}

function factorsOf(schedule: RateSchedule, from: number, to: number): D[] {
  if (!Array.isArray(schedule) || schedule.length === 0) {
    throw argError('invalid_option', 'rate', schedule, 'must be a rate or a non-empty schedule');
  }
  let previous = -Infinity;
  const entries = schedule.map((entry, i) => {
    const until = yearOf(entry.until, `rate[${i}].until`);
    if (until <= previous) throw argError('invalid_option', `rate[${i}].until`, until, 'must increase');
    previous = until;
    return { until, factor: factorOf(entry.rate, `rate[${i}].rate`) };
  });
  if (previous < to) throw argError('invalid_option', 'rate', schedule, `must cover the years up to ${to}`);
  const factors: D[] = [];
  let j = 0;
  for (let year = from + 1; year <= to; year++) {
    while ((entries[j] as { until: number }).until < year) j++;
    factors.push((entries[j] as { factor: D }).factor);
  }
  return factors;
}

/**
 * The value in every year from the base year `from` (value = base) to `to`, growing at a
 * constant rate or by a schedule of rates (like Excel FVSCHEDULE, labelled by year).
 * Formula: value(y) = value(y − 1) × (1 + rate(y)); with a constant rate base × (1 + rate)^(y − from).
 *
 * @throws `invalid_year` for non-integer years; `invalid_years` when to < from or the span is over
 *   10000 years; `out_of_range`
 *   for a rate ≤ −1; `invalid_option` for a schedule that is empty, unordered or ends before `to`.
 * @example
 * growthPath(100, [{ until: 2012, rate: 0.1 }, { until: 2014, rate: 0 }], { from: 2010, to: 2014 })
 *   .map((p) => p.value.toString()) //=> ['100', '110', '121', '121', '121']
 */
export function growthPath(base: Numeric, rate: Numeric | RateSchedule, span: YearSpan): readonly PathPoint[] {
  const b = toDecimal(base, 'base');
  const n = spanYears(span);
  const points: PathPoint[] = [{ year: span.from, value: b }];
  if (Array.isArray(rate)) {
    let value = b;
    factorsOf(rate as RateSchedule, span.from, span.to).forEach((factor, i) => {
      value = finite(value.times(factor), 'rate', rate);
      points.push({ year: span.from + i + 1, value });
    });
  } else {
    const f = factorOf(rate as Numeric);
    for (let i = 1; i <= n; i++) points.push({ year: span.from + i, value: finite(b.times(powInt(f, i)), 'rate', rate) });
  }
  return Object.freeze(points.map((p) => Object.freeze(p)));
}

/**
 * The sum of the yearly values after the base year `from` up to `to` (a cumulative total such as
 * "十二五期间完成投资"), at a constant rate or by a schedule.
 * Formula: Σ_{i=1..to−from} base × (1 + rate)^i.
 *
 * @throws as {@link growthPath}.
 * @example
 * cumulativeTotal(100, 0.1, { from: 2010, to: 2012 }).toString() //=> '231'
 */
export function cumulativeTotal(base: Numeric, rate: Numeric | RateSchedule, span: YearSpan): D {
  return growthPath(base, rate, span)
    .slice(1)
    .reduce((sum, p) => sum.plus(p.value), ZERO);
}
