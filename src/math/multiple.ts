/**
 * Multiples (翻番): the multiple of doubling k times (翻两番 is ×4), the annual rate that makes a
 * multiple in a number of years, and the years a rate takes to make it.
 */
import { D, toDecimal, type Numeric } from './decimal.js';
import { yearsToReach } from './growth.js';
import { finite, positiveOf, rateBetween, yearsOf } from './guards.js';
import { powOf } from './roots.js';

const ONE = new D(1);

/**
 * The multiple of doubling k times (翻k番): 2^k (翻一番 ×2, 翻两番 ×4).
 *
 * @throws `out_of_range` when the multiple overflows; `invalid_number` / `non_finite`.
 * @example
 * doublingMultiple(2).toString() //=> '4'
 */
export function doublingMultiple(k: Numeric): D {
  const d = toDecimal(k, 'k');
  return finite(powOf(new D(2), d), 'k', k);
}

/**
 * The annual rate that multiplies a value by `multiple` in `years` (翻一番 in 5 years ≈ 14.87%).
 * Formula: multiple^(1/years) − 1.
 *
 * @throws `non_positive` when multiple ≤ 0; `invalid_years` when years ≤ 0.
 * @example
 * rateForMultiple(2, 5).toFixed(4) //=> '0.1487'
 */
export function rateForMultiple(multiple: Numeric, years: Numeric): D {
  const m = positiveOf(multiple, 'multiple');
  const n = yearsOf(years, true);
  return rateBetween(ONE, m, n, 'years', years);
}

/**
 * The years `rate` a year takes to multiply a value by `multiple`.
 * Formula: ln(multiple) / ln(1 + rate).
 *
 * @throws `non_positive` when multiple ≤ 0; `out_of_range` when rate ≤ −1; `no_solution` when
 *   the rate never gets there.
 * @example
 * multipleYears(2, 0.1).toFixed(2) //=> '7.27'
 */
export function multipleYears(multiple: Numeric, rate: Numeric): D {
  positiveOf(multiple, 'multiple');
  return yearsToReach(1, multiple, rate).years;
}

