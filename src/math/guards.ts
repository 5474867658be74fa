/**
 * Argument checks shared by the growth formulas: every public function validates its inputs
 * through these, so that a bad argument is a `GrowthError` naming it and its value.
 */
import { argError, isRecord, kindOf } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';
import { powInverse, ratioRoot } from './roots.js';

const ONE = new D(1);

/** The span of a growth path: `from` is the base year (its value is the base), `to` the last year. */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** `x`, checked to be finite: a result beyond the Decimal range is an `out_of_range` error naming the argument. */
export function finite(x: D, argument: string, value: unknown): D {
  if (!x.isFinite()) throw argError('out_of_range', argument, value, 'gives a result beyond the Decimal range');
  return x;
}

/** `x`, checked to be finite and, since its true value is not zero, not rounded to zero (underflow). */
export function finiteNonZero(x: D, argument: string, value: unknown): D {
  if (!x.isFinite() || x.isZero()) throw argError('out_of_range', argument, value, 'gives a result beyond the Decimal range');
  return x;
}

/**
 * 1 + rate. A rate of −100% (everything gone) is allowed where the formula has a value
 * (`project` gives 0 after any positive span); `above` insists on a rate above −1, for formulas
 * that divide by 1 + rate or take its logarithm.
 */
export function factorOf(rate: Numeric, argument = 'rate', above = false): D {
  const r = toDecimal(rate, argument);
  if (above ? r.lte(-1) : r.lt(-1)) {
    throw argError('out_of_range', argument, rate, above ? 'must be greater than -1 (-100%)' : 'must not be below -1 (-100%)');
  }
  return r.plus(1);
}

export function yearsOf(years: Numeric, positive: boolean, argument = 'years'): D {
  const n = toDecimal(years, argument);
  if (positive ? n.lte(0) : n.isNegative() && !n.isZero()) {
    throw argError('invalid_years', argument, years, positive ? 'must be positive' : 'must not be negative');
  }
  return n;
}

export function positiveOf(x: Numeric, argument: string): D {
  const d = toDecimal(x, argument);
  if (d.lte(0)) throw argError('non_positive', argument, x, 'must be positive');
  return d;
}

export function nonNegativeOf(x: Numeric, argument: string): D {
  const d = toDecimal(x, argument);
  if (d.isNegative() && !d.isZero()) throw argError('negative', argument, x, 'must not be negative');
  return d;
}

export function yearOf(year: unknown, argument: string): number {
  if (typeof year !== 'number' || !Number.isSafeInteger(year)) {
    throw argError('invalid_year', argument, year, 'must be a whole year');
  }
  return year;
}

/** The longest growth path (and cumulative total) computed year by year. */
export const MAX_PATH_YEARS = 10_000;

/** The number of years of a span, checked: whole years, `to` not before `from`, at most {@link MAX_PATH_YEARS}. */
export function spanYears(span: YearSpan): number {
  if (!isRecord(span)) throw argError('invalid_option', 'options', span, `must be the span { from, to }, not ${kindOf(span)}`);
  const from = yearOf(span.from, 'options.from');
  const to = yearOf(span.to, 'options.to');
  if (to < from) throw argError('invalid_years', 'options.to', to, `must not precede options.from (${from})`);
  if (to - from > MAX_PATH_YEARS) throw argError('invalid_years', 'options.to', to, `must be within ${MAX_PATH_YEARS} years of options.from`);
  return to - from;
}

/**
 * (b/a)^(1/years) − 1 for a > 0, b ≥ 0, years > 0 (−1 when b is 0). The ratio b/a must itself be
 * within the Decimal range; a root of it always is.
 */
export function rateBetween(a: D, b: D, years: D, argument: string, value: unknown): D {
  if (b.isZero()) return ONE.negated();
  const whole = years.isInteger() && years.lte(Number.MAX_SAFE_INTEGER);
  // The root of a whole number of years needs no ratio: skip its 40-digit division when its range is sure.
  if (whole && ratioSurelyInRange(a, b)) return finite(ratioRoot(a, b, years.toNumber(), 1), argument, value);
  const ratio = b.div(a);
  if (!ratio.isFinite() || ratio.isZero()) throw argError('out_of_range', argument, value, 'gives a ratio (end over start) beyond the Decimal range');
  if (whole) return finite(ratioRoot(a, b, years.toNumber(), 1), argument, value);
  return finite(powInverse(ratio, years), argument, value).minus(1);
}

/** Exponents this far apart or closer cannot put a ratio beyond the Decimal range (±9e15). */
const SAFE_EXPONENT_GAP = 1e15;

/**
 * True when b/a is surely finite and non-zero, by the exponents alone (b/a is within a factor of
 * ten of 10^(b.e − a.e)); false when it may not be (then divide and see), or for non-finite input.
 */
function ratioSurelyInRange(a: D, b: D): boolean {
  return Math.abs(b.e - a.e) < SAFE_EXPONENT_GAP;
}
