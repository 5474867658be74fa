/**
 * Changes over a whole span: the cumulative change of two levels, the equal annual rate or
 * decline that compounds to a cumulative change (a 16% five-year cut is 3.43% a year), and the
 * composition of successive changes (declines compound: −16% then −20% is −32.8%).
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';
import { finite, nonNegativeOf, positiveOf, rateBetween, yearsOf } from './guards.js';

const ONE = new D(1);

/**
 * The change over a whole span as a fraction (−0.16 for a 16% cut).
 * Formula: end / start − 1.
 *
 * @throws `non_positive` when start ≤ 0; `negative` when end < 0.
 * @example
 * cumulativeChange(100, 84).toString() //=> '-0.16'
 */
export function cumulativeChange(start: Numeric, end: Numeric): D {
  const a = positiveOf(start, 'start');
  const b = nonNegativeOf(end, 'end');
  return b.div(a).minus(1);
}

/**
 * The equal annual rate that compounds to a cumulative change over `years`.
 * Formula: (1 + change)^(1/years) − 1.
 *
 * @throws `out_of_range` when change < −1; `invalid_years` when years ≤ 0.
 * @example
 * annualRateFor(1, 5).toFixed(4) //=> '0.1487'
 */
export function annualRateFor(cumulativeChange: Numeric, years: Numeric): D {
  const c = toDecimal(cumulativeChange, 'cumulativeChange');
  if (c.lt(-1)) throw argError('out_of_range', 'cumulativeChange', cumulativeChange, 'must not be below -1 (-100%)');
  const n = yearsOf(years, true);
  return rateBetween(ONE, c.plus(1), n, 'years', years);
}

/**
 * The equal annual decline (a positive fraction) that compounds to a cumulative decline over
 * `years`: a 16% five-year cut is 3.43% a year.
 * Formula: 1 − (1 − decline)^(1/years).
 *
 * @throws `out_of_range` when decline > 1; `invalid_years` when years ≤ 0.
 * @example
 * annualDeclineFor(0.16, 5).toFixed(4) //=> '0.0343'
 */
export function annualDeclineFor(cumulativeDecline: Numeric, years: Numeric): D {
  const d = toDecimal(cumulativeDecline, 'cumulativeDecline');
  if (d.gt(1)) throw argError('out_of_range', 'cumulativeDecline', cumulativeDecline, 'must not exceed 1 (100%)');
  const n = yearsOf(years, true);
  return rateBetween(ONE, ONE.minus(d), n, 'years', years).negated();
}

/**
 * The composition of successive changes: declines compound (−16% then −20% is −32.8%).
 * Formula: Π(1 + change_i) − 1; 0 for an empty list.
 *
 * @throws `out_of_range` when a change is below −1.
 * @example
 * chainChanges([-0.16, -0.2]).toString() //=> '-0.328'
 */
export function chainChanges(changes: readonly Numeric[]): D {
  let product = ONE;
  changes.forEach((change, i) => {
    const c = toDecimal(change, `changes[${i}]`);
    if (c.lt(-1)) throw argError('out_of_range', `changes[${i}]`, change, 'must not be below -1 (-100%)');
    product = finite(product.times(c.plus(1)), `changes[${i}]`, change);
  });
  return product.minus(1);
}
