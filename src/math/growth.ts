/**
 * Level and rate (水平法): projection, the compound annual growth rate, the base a target
 * implies, and the years a rate takes to reach a target. Rates are fractions (0.1 = 10%; the
 * string "10%" is accepted). Every result is a finite `D`; anything else is a `GrowthError`.
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';
import { factorOf, finite, nonNegativeOf, positiveOf, rateBetween, yearOf, yearsOf } from './guards.js';
import { ln1p, lnRatio, powInt, powOf } from './roots.js';

const ZERO = new D(0);

/**
 * The value after `years` of growth at `rate` a year (水平法).
 * Formula: base × (1 + rate)^years; years may be fractional.
 *
 * @throws `out_of_range` when rate ≤ −1 or the result overflows; `invalid_years` when years < 0;
 *   `invalid_number` / `non_finite` for bad inputs.
 * @example
 * project(928.4, 0.1, 8).toFixed(4) //=> '1990.1079'
 */
export function project(base: Numeric, rate: Numeric, years: Numeric): D {
  const b = toDecimal(base, 'base');
  const f = factorOf(rate);
  const n = yearsOf(years, false);
  return finite(b.times(powOf(f, n)), 'years', years);
}

/**
 * The compound annual growth rate from `start` to `end` over `years` (年均增长, 水平法).
 * Formula: (end / start)^(1/years) − 1; −1 when end is 0.
 *
 * @throws `non_positive` when start ≤ 0; `negative` when end < 0; `invalid_years` when years ≤ 0;
 *   `invalid_number` / `non_finite` for bad inputs.
 * @example
 * cagr(8.4, 30.9, 5).toFixed(6) //=> '0.297585'
 */
export function cagr(start: Numeric, end: Numeric, years: Numeric): D {
  const a = positiveOf(start, 'start');
  const b = nonNegativeOf(end, 'end');
  const n = yearsOf(years, true);
  return rateBetween(a, b, n, 'years', years);
}

/**
 * The annual rate that takes `base` to `target` in `years`: {@link cagr} under the name plans use
 * for targets (an alias: the same function, whose errors name `start` and `end`).
 * Formula: (target / base)^(1/years) − 1.
 *
 * @throws as {@link cagr}.
 * @example
 * requiredRate(928.4, 2000, 8).toFixed(4) //=> '0.1007'
 */
export const requiredRate: (base: Numeric, target: Numeric, years: Numeric) => D = cagr;

/**
 * The base from which `rate` a year reaches `target` in `years`.
 * Formula: target / (1 + rate)^years.
 *
 * @throws `out_of_range` when rate ≤ −1 or the result overflows; `invalid_years` when years < 0;
 *   `invalid_number` / `non_finite` for bad inputs.
 * @example
 * impliedBase(2000, 0.1, 8).toFixed(2) //=> '933.01'
 */
export function impliedBase(target: Numeric, rate: Numeric, years: Numeric): D {
  const t = toDecimal(target, 'target');
  const f = factorOf(rate);
  const n = yearsOf(years, false);
  const power = powOf(f, n);
  if (power.isZero() || !power.isFinite()) throw argError('out_of_range', 'years', years, 'gives a factor beyond the Decimal range');
  return finite(t.div(power), 'years', years);
}

/** Options of {@link yearsToReach}. */
export interface YearsToReachOptions {
  /** The calendar year of the base value; the result then names the first year that reaches the target. */
  readonly baseYear?: number;
}

/** The result of {@link yearsToReach}. */
export interface YearsToReach {
  /** The exact (fractional) number of years: ln(target/base) / ln(1 + rate). */
  readonly years: D;
  /** baseYear + the first whole number of years at which the value reaches the target. */
  readonly year?: number;
}

/**
 * How long `rate` a year takes from `base` to `target`, and (with `baseYear`) the first whole
 * year whose value reaches it (≥ the target when growing, ≤ when declining; the comparison at
 * whole years is exact).
 * Formula: years = ln(target / base) / ln(1 + rate).
 *
 * @throws `non_positive` when base or target ≤ 0; `out_of_range` when rate ≤ −1 or the year is
 *   beyond the safe integers; `no_solution` when the rate never gets there (0, or the wrong
 *   direction); `invalid_year` for a non-integer baseYear.
 * @example
 * yearsToReach(100, 200, 0.1487, { baseYear: 2010 }).year //=> 2015
 */
export function yearsToReach(
  base: Numeric,
  target: Numeric,
  rate: Numeric,
  options: YearsToReachOptions = {},
): YearsToReach {
  const b = positiveOf(base, 'base');
  const t = positiveOf(target, 'target');
  const f = factorOf(rate);
  const baseYear = options.baseYear === undefined ? undefined : yearOf(options.baseYear, 'options.baseYear');
  const r = toDecimal(rate, 'rate');
  const direction = t.cmp(b);
  if (direction === 0) return baseYear === undefined ? { years: ZERO } : { years: ZERO, year: baseYear };
  if (r.cmp(0) !== direction) {
    throw argError('no_solution', 'rate', rate, `never takes ${b.toString()} to ${t.toString()}`);
  }
  // ln(t/b) / ln(1 + r), computed so that ratios near 1 and rates near 0 keep their digits.
  const years = finite(lnRatio(b, t).div(ln1p(r)), 'rate', rate);
  if (baseYear === undefined) return { years };
  const reaches = (m: number): boolean => {
    const c = b.times(powInt(f, m)).cmp(t);
    return direction > 0 ? c >= 0 : c <= 0;
  };
  let k = years.ceil().toNumber();
  if (!Number.isSafeInteger(k + baseYear)) {
    throw argError('out_of_range', 'rate', rate, 'reaches the target beyond any representable year');
  }
  if (k > 1 && reaches(k - 1)) k -= 1;
  else if (!reaches(k)) k += 1;
  return { years, year: baseYear + k };
}
