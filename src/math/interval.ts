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
export function isInterval(value: unknown): value is Interval {
  return (
    typeof value === 'object' &&
    value !== null &&
    'lo' in value &&
    'hi' in value &&
    !D.isDecimal(value)
  );
}

/**
 * Makes the interval [lo, hi].
 *
 * @throws `invalid_interval` when lo > hi; `invalid_number` / `non_finite` for bad ends.
 * @example
 * interval(928.35, 928.45).hi.toString() //=> '928.45'
 */
export function interval(lo: Numeric, hi: Numeric): Interval {
  const l = toDecimal(lo, 'lo');
  const h = toDecimal(hi, 'hi');
  if (l.gt(h)) {
    throw argError('invalid_interval', 'lo', `[${l.toString()}, ${h.toString()}]`, 'must not exceed hi');
  }
  return make(l, h);
}

/**
 * Makes the degenerate interval [x, x].
 *
 * @throws `invalid_number` / `non_finite` for a bad x.
 * @example
 * pointInterval('10%').lo.toString() //=> '0.1'
 */
export function pointInterval(x: Numeric): Interval {
  const d = toDecimal(x, 'x');
  return make(d, d);
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

/**
 * True when `x` (a number, or every point of an interval) lies in `i`, ends included.
 *
 * @example
 * contains(interval(928.35, 928.45), 928.4) //=> true
 */
export function contains(i: Interval | Numeric, x: Interval | Numeric): boolean {
  const a = toInterval(i, 'i');
  const b = toInterval(x, 'x');
  return a.lo.lte(b.lo) && b.hi.lte(a.hi);
}

/**
 * True when the two intervals share at least one point.
 *
 * @example
 * intersects(interval(1, 2), interval(2, 3)) //=> true
 */
export function intersects(a: Interval | Numeric, b: Interval | Numeric): boolean {
  const x = toInterval(a, 'a');
  const y = toInterval(b, 'b');
  return x.lo.lte(y.hi) && y.lo.lte(x.hi);
}

/** Options of {@link widen}. */
export interface WidenOptions {
  /** Widen each end by `by` times its own absolute value (a relative tolerance such as ±5%). */
  readonly relative?: boolean;
}

/**
 * Widens an interval on both sides: [lo − by, hi + by], or with `relative`
 * [lo − |lo|·by, hi + |hi|·by].
 *
 * @throws `negative` when by < 0; `invalid_number` / `non_finite` for bad numbers.
 * @example
 * widen(20, 0.05, { relative: true }).lo.toString() //=> '19'
 */
export function widen(i: Interval | Numeric, by: Numeric, options: WidenOptions = {}): Interval {
  const x = toInterval(i, 'i');
  const b = toDecimal(by, 'by');
  if (b.isNegative() && !b.isZero()) throw argError('negative', 'by', by, 'must not be negative');
  if (options.relative === true) return make(x.lo.minus(x.lo.abs().times(b)), x.hi.plus(x.hi.abs().times(b)));
  return make(x.lo.minus(b), x.hi.plus(b));
}

/**
 * The sum of two intervals: [a.lo + b.lo, a.hi + b.hi].
 *
 * @example
 * addIntervals(interval(1, 2), 3).hi.toString() //=> '5'
 */
export function addIntervals(a: Interval | Numeric, b: Interval | Numeric): Interval {
  const x = toInterval(a, 'a');
  const y = toInterval(b, 'b');
  return make(x.lo.plus(y.lo), x.hi.plus(y.hi));
}

/**
 * The sum of many intervals: [Σ lo, Σ hi]; [0, 0] for an empty list.
 *
 * @example
 * sumIntervals([interval(2.95, 3.05), interval(1.95, 2.05)]).lo.toString() //=> '4.9'
 */
export function sumIntervals(list: readonly (Interval | Numeric)[]): Interval {
  let lo = new D(0);
  let hi = new D(0);
  list.forEach((item, index) => {
    const x = toInterval(item, `list[${index}]`);
    lo = lo.plus(x.lo);
    hi = hi.plus(x.hi);
  });
  return make(lo, hi);
}

/**
 * The difference of two intervals: [a.lo − b.hi, a.hi − b.lo] (a change in percentage points).
 *
 * @example
 * subIntervals(interval(53.15, 53.25), interval(41.55, 41.65)).lo.toString() //=> '11.5'
 */
export function subIntervals(a: Interval | Numeric, b: Interval | Numeric): Interval {
  const x = toInterval(a, 'a');
  const y = toInterval(b, 'b');
  return make(x.lo.minus(y.hi), x.hi.minus(y.lo));
}

function hull(values: readonly D[]): Interval {
  let lo = values[0] as D;
  let hi = lo;
  for (const v of values) {
    if (v.lt(lo)) lo = v;
    if (v.gt(hi)) hi = v;
  }
  return make(lo, hi);
}

/**
 * The product of two intervals: the least and greatest of the four end products.
 *
 * @example
 * mulIntervals(interval(1, 2), interval(-1, 3)).lo.toString() //=> '-2'
 */
export function mulIntervals(a: Interval | Numeric, b: Interval | Numeric): Interval {
  const x = toInterval(a, 'a');
  const y = toInterval(b, 'b');
  return hull([x.lo.times(y.lo), x.lo.times(y.hi), x.hi.times(y.lo), x.hi.times(y.hi)]);
}

/**
 * The quotient of two intervals with a positive divisor: the least and greatest of the four end
 * quotients ([a.lo/b.hi, a.hi/b.lo] for a positive dividend).
 *
 * @throws `non_positive` when the divisor's lower end is not positive.
 * @example
 * divIntervals(interval(242.615, 242.625), interval(597, 598)).hi.toFixed(4) //=> '0.4064'
 */
export function divIntervals(a: Interval | Numeric, b: Interval | Numeric): Interval {
  const x = toInterval(a, 'a');
  const y = toInterval(b, 'b');
  if (y.lo.lte(0)) throw argError('non_positive', 'b', y.lo.toString(), 'must be a positive interval');
  return hull([x.lo.div(y.lo), x.lo.div(y.hi), x.hi.div(y.lo), x.hi.div(y.hi)]);
}

/**
 * The midpoint (lo + hi) / 2.
 *
 * @example
 * midpoint(interval(928.35, 928.45)).toString() //=> '928.4'
 */
export function midpoint(i: Interval | Numeric): D {
  const x = toInterval(i, 'i');
  return x.lo.plus(x.hi).div(2);
}

/**
 * The width hi − lo.
 *
 * @example
 * width(interval(928.35, 928.45)).toString() //=> '0.1'
 */
export function width(i: Interval | Numeric): D {
  const x = toInterval(i, 'i');
  return x.hi.minus(x.lo);
}
