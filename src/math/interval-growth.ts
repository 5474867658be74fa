/**
 * Interval forms of the growth formulas (DOMAIN.md section 4): every numeric argument may be an
 * interval. Each formula is monotone in each argument separately, so its range over a box of
 * intervals is reached at the corners: the ends decide it exactly, no search.
 */
import type { D, Numeric } from './decimal.js';
import { annualDeclineFor, annualRateFor, cumulativeChange } from './change.js';
import { cornerRange } from './corners.js';
import { rateForCumulativeTotal } from './cumulative.js';
import { cagr, impliedBase, project, yearsToReach } from './growth.js';
import { toInterval, type Interval } from './interval.js';
import { multipleYears, rateForMultiple } from './multiple.js';
import { cumulativeTotal, type YearSpan } from './path.js';
import { argError } from '../errors.js';

/** An interval, or a number standing for the point interval. */
export type IntervalArg = Interval | Numeric;

/** An interval argument, validated. */
const box = (x: IntervalArg, argument: string): Interval => toInterval(x, argument);

/** [min, max] of f over every combination of the argument ends. */
function corners(args: readonly Interval[], f: (...values: D[]) => D): Interval {
  return cornerRange(args, (values) => f(...values));
}

/**
 * The range of {@link project}: [A_lo·(1+g)^n, A_hi·(1+g)^n] for a point rate and span.
 *
 * @throws as {@link project}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * projectInterval({ lo: new D(928.35), hi: new D(928.45) }, 0.1, 8).hi.toFixed(2) //=> '1990.22'
 */
export function projectInterval(base: IntervalArg, rate: IntervalArg, years: IntervalArg): Interval {
  return corners([box(base, 'base'), box(rate, 'rate'), box(years, 'years')], project);
}

/**
 * The range of {@link cagr}: [(B_lo/A_hi)^(1/n) − 1, (B_hi/A_lo)^(1/n) − 1] for a point span.
 *
 * @throws as {@link cagr}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * cagrInterval(intervalOf('8.4'), intervalOf('30.9'), 5).lo.toFixed(4) //=> '0.2956'
 */
export function cagrInterval(start: IntervalArg, end: IntervalArg, years: IntervalArg): Interval {
  return corners([box(start, 'start'), box(end, 'end'), box(years, 'years')], cagr);
}

/**
 * The range of {@link requiredRate}: {@link cagrInterval} under the name plans use for targets
 * (an alias: the same function).
 *
 * @throws as {@link cagrInterval}.
 * @example
 * requiredRateInterval(intervalOf('928.4'), 2000, 8).hi.toFixed(4) //=> '0.1007'
 */
export const requiredRateInterval: (base: IntervalArg, target: IntervalArg, years: IntervalArg) => Interval = cagrInterval;

/**
 * The range of {@link impliedBase}: [T_lo/(1+g_hi)^n, T_hi/(1+g_lo)^n] for a positive target
 * and a point span.
 *
 * @throws as {@link impliedBase}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * impliedBaseInterval(2000, { lo: new D(0.1), hi: new D(0.11) }, 8).lo.toFixed(2) //=> '867.85'
 */
export function impliedBaseInterval(target: IntervalArg, rate: IntervalArg, years: IntervalArg): Interval {
  return corners([box(target, 'target'), box(rate, 'rate'), box(years, 'years')], impliedBase);
}

/**
 * The range of {@link cumulativeTotal} over intervals of base and rate.
 *
 * @throws as {@link cumulativeTotal}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * cumulativeTotalInterval({ lo: new D(99), hi: new D(101) }, 0.1, { from: 2010, to: 2012 }).hi.toString() //=> '233.31'
 */
export function cumulativeTotalInterval(base: IntervalArg, rate: IntervalArg, span: YearSpan): Interval {
  return corners([box(base, 'base'), box(rate, 'rate')], (b, r) => cumulativeTotal(b, r as D, span));
}

/**
 * The range of {@link rateForCumulativeTotal} (累计法): [x(A_hi, T_lo), x(A_lo, T_hi)] for a
 * point span.
 *
 * @throws as {@link rateForCumulativeTotal}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * rateForCumulativeTotalInterval(intervalOf('228.05'), 2800, 5).lo.toFixed(4) //=> '0.3161'
 */
export function rateForCumulativeTotalInterval(base: IntervalArg, total: IntervalArg, years: IntervalArg): Interval {
  return corners([box(base, 'base'), box(total, 'total'), box(years, 'years')], rateForCumulativeTotal);
}

/**
 * The range of {@link cumulativeChange}: [B_lo/A_hi − 1, B_hi/A_lo − 1].
 *
 * @throws as {@link cumulativeChange}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * cumulativeChangeInterval(100, { lo: new D(83.5), hi: new D(84.5) }).lo.toString() //=> '-0.165'
 */
export function cumulativeChangeInterval(start: IntervalArg, end: IntervalArg): Interval {
  return corners([box(start, 'start'), box(end, 'end')], cumulativeChange);
}


/**
 * The range of {@link yearsToReach}: the real number of years ln(T/A) / ln(1+g) at the corners of
 * base, target and rate (for a rate that keeps one sign over its interval).
 *
 * @throws as {@link yearsToReach}, for any corner (`no_solution` when a corner cannot reach the
 *   target); `invalid_interval` for a bad interval.
 * @example
 * yearsToReachInterval(intervalOf('928.4'), 2000, { lo: new D(0.1), hi: new D(0.11) }).hi.toFixed(2) //=> '8.05'
 */
export function yearsToReachInterval(base: IntervalArg, target: IntervalArg, rate: IntervalArg): Interval {
  return corners([box(base, 'base'), box(target, 'target'), box(rate, 'rate')], (a, t, g) => yearsToReach(a, t, g).years);
}

/**
 * The range of {@link annualRateFor}: [(1+c_lo)^(1/n) − 1, (1+c_hi)^(1/n) − 1].
 *
 * @throws as {@link annualRateFor}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * annualRateForInterval(intervalOf('-19.26%'), 5).lo.toFixed(4) //=> '-0.0419'
 */
export function annualRateForInterval(cumulativeChange: IntervalArg, years: IntervalArg): Interval {
  return corners([box(cumulativeChange, 'cumulativeChange'), box(years, 'years')], annualRateFor);
}

/**
 * The range of {@link annualDeclineFor}: [1 − (1−d_lo)^(1/n), 1 − (1−d_hi)^(1/n)].
 *
 * @throws as {@link annualDeclineFor}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * annualDeclineForInterval(intervalOf('16%'), 5).hi.toFixed(4) //=> '0.0354'
 */
export function annualDeclineForInterval(cumulativeDecline: IntervalArg, years: IntervalArg): Interval {
  return corners([box(cumulativeDecline, 'cumulativeDecline'), box(years, 'years')], annualDeclineFor);
}

/**
 * The range of {@link rateForMultiple}: [m_lo^(1/n_hi) − 1, m_hi^(1/n_lo) − 1] for multiples above 1.
 *
 * @throws as {@link rateForMultiple}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * rateForMultipleInterval(2, { lo: new D(5), hi: new D(6) }).lo.toFixed(4) //=> '0.1225'
 */
export function rateForMultipleInterval(multiple: IntervalArg, years: IntervalArg): Interval {
  return corners([box(multiple, 'multiple'), box(years, 'years')], rateForMultiple);
}

/**
 * The range of {@link multipleYears}: ln(m) / ln(1+g) at the corners of multiple and rate.
 *
 * @throws as {@link multipleYears}, for any corner; `invalid_interval` for a bad interval.
 * @example
 * multipleYearsInterval(2, intervalOf('14.9%')).lo.toFixed(2) //=> '4.97'
 */
export function multipleYearsInterval(multiple: IntervalArg, rate: IntervalArg): Interval {
  return corners([box(multiple, 'multiple'), box(rate, 'rate')], multipleYears);
}

/** One year of a {@link growthPathInterval}. */
export interface PathIntervalPoint {
  readonly year: number;
  readonly value: Interval;
}

/**
 * The year-by-year range of a growth path from a base and a rate given as intervals (a measured
 * base, an uncertain rate): each year's value is {@link projectInterval} over the years elapsed.
 *
 * @throws as {@link projectInterval}; `invalid_years` when `to` is before `from`.
 * @example
 * growthPathInterval(intervalOf('928.4'), 0.1, { from: 2012, to: 2020 })[8]?.value.lo.toFixed(1) //=> '1990.0'
 */
export function growthPathInterval(base: IntervalArg, rate: IntervalArg, span: YearSpan): readonly PathIntervalPoint[] {
  if (!Number.isInteger(span.from) || !Number.isInteger(span.to)) {
    throw argError('invalid_year', 'span', `${span.from}–${span.to}`, 'must be whole years');
  }
  if (span.to < span.from || span.to - span.from > 10_000) {
    throw argError('invalid_years', 'span', `${span.from}–${span.to}`, 'must run forward, over at most 10,000 years');
  }
  return Array.from({ length: span.to - span.from + 1 }, (_, i) =>
    Object.freeze({ year: span.from + i, value: projectInterval(base, rate, i) }),
  );
}
