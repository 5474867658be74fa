/**
 * Closed intervals of decimals: the rounding interval of a measured figure and the ranges the
 * checker derives from them. Every function is pure and returns a new readonly interval.
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';

/** A closed interval [lo, hi] with lo ≤ hi. A point value has lo = hi. */
export interface Interval {
  readonly lo: D;
  readonly hi: D;
}

function make(lo: D, hi: D): Interval {
  return Object.freeze({ lo, hi });
}

/** True for an object with `lo` and `hi` (and not a Decimal). */
function isInterval(value: unknown): value is Interval {
  return (
    typeof value === 'object' &&
    value !== null &&
    'lo' in value &&
    'hi' in value &&
    !D.isDecimal(value)
  );
}



/**
 * Reads an interval or a number as an interval (a number becomes a point interval); the ends of
 * an interval are validated again.
 *
 * @throws `invalid_interval` when lo > hi; `invalid_number` / `non_finite` for bad numbers.
 * @example
 * toInterval(5).hi.toString() //=> '5'
 */
export function toInterval(x: Interval | Numeric, argument = 'value'): Interval {
  if (isInterval(x)) {
    const lo = toDecimal(x.lo, `${argument}.lo`);
    const hi = toDecimal(x.hi, `${argument}.hi`);
    if (lo.gt(hi)) {
      throw argError('invalid_interval', argument, `[${lo.toString()}, ${hi.toString()}]`, 'must have lo <= hi');
    }
    return make(lo, hi);
  }
  const d = toDecimal(x, argument);
  return make(d, d);
}











