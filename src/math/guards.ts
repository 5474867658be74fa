/**
 * Argument checks shared by the growth formulas: every public function validates its inputs
 * through these, so that a bad argument is a `GrowthError` naming it and its value.
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';
import { powInverse, ratioRoot } from './roots.js';

const ONE = new D(1);

/** The span of a growth path: `from` is the base year (its value is the base), `to` the last year. */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

export function finite(x: D, argument: string, value: unknown): D {
  if (!x.isFinite()) throw argError('out_of_range', argument, value, 'gives a result beyond the Decimal range');
  return x;
}

/** 1 + rate, for a rate above −1. */
export function factorOf(rate: Numeric, argument = 'rate'): D {
  const r = toDecimal(rate, argument);
  if (r.lte(-1)) throw argError('out_of_range', argument, rate, 'must be greater than -1 (-100%)');
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
  const from = yearOf(span.from, 'options.from');
  const to = yearOf(span.to, 'options.to');
  if (to < from) throw argError('invalid_years', 'options.to', to, `must not precede options.from (${from})`);
  if (to - from > MAX_PATH_YEARS) throw argError('invalid_years', 'options.to', to, `must be within ${MAX_PATH_YEARS} years of options.from`);
  return to - from;
}

/** (b/a)^(1/years) − 1 for a > 0, b ≥ 0, years > 0 (−1 when b is 0). */
export function rateBetween(a: D, b: D, years: D, argument: string, value: unknown): D {
  if (b.isZero()) return ONE.negated();
  if (years.isInteger() && years.lte(Number.MAX_SAFE_INTEGER)) return ratioRoot(a, b, years.toNumber(), 1);
  return finite(powInverse(b.div(a), years), argument, value).minus(1);
}
