/**
 * The single seam to decimal.js. Every other module gets its numbers from here: a private clone
 * (40 significant digits, half-even), so the host application's Decimal settings are never read
 * or changed.
 */
import { Decimal as HostDecimal } from 'decimal.js';
import { argError, kindOf } from '../errors.js';
import { isNumericText, normalizeNumberText } from './number-text.js';

/** Significant digits of the private Decimal. */
const PRECISION = 40;

/** The library's private Decimal constructor: 40 significant digits, half-even, no exponent notation in [-1e-30, 1e30]. */
export const D = HostDecimal.clone({
  precision: PRECISION,
  rounding: HostDecimal.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 30,
  minE: -9e15,
  maxE: 9e15,
});
export type D = InstanceType<typeof D>;

/** What public functions accept for a number: a Decimal (any clone), a string or a finite number. */
export type Numeric = HostDecimal | D | string | number;

/**
 * Converts an input to the private Decimal. Strings may carry thousands separators ("1,042.4"),
 * a trailing `%` ("10%" is 0.1) or full-width digits; surrounding white space is ignored.
 * An input with more significant digits than the working precision (40) is rounded to it
 * (half-even), so that a number written with a million digits costs its parse and nothing more.
 * Throws `invalid_number` for text that is not a number (and for anything that is not a number,
 * a string or a Decimal), `non_finite` for NaN, Infinity and numbers beyond the Decimal range.
 */
export function toDecimal(value: Numeric, argument = 'value'): D {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw argError('non_finite', argument, value, 'must be a finite number');
    return new D(value);
  }
  if (typeof value === 'string') return fromText(value, value, argument);
  // A value of the private clone is immutable: no copy needed. Every clone shares one prototype,
  // so the constructor tells them apart (instanceof would take a foreign clone's 100 digits).
  if (HostDecimal.isDecimal(value) && (value as { constructor?: unknown }).constructor === D) {
    if (!value.isFinite()) throw argError('non_finite', argument, value.toString(), 'must be finite');
    return value as D;
  }
  if (HostDecimal.isDecimal(value)) return fromForeign(value, argument);
  throw argError('invalid_number', argument, value, `is not a number (a number, a numeric string or a Decimal), got ${kindOf(value)}`);
}

/** A Decimal of another clone (or another copy of decimal.js, or an object that says it is one): read through its text. */
function fromForeign(value: HostDecimal, argument: string): D {
  let d: D;
  try {
    if (typeof value.isFinite === 'function' && !value.isFinite()) throw argError('non_finite', argument, String(value), 'must be finite');
    d = new D(value.toString());
  } catch (error) {
    if (error instanceof Error && error.name === 'GrowthError') throw error;
    throw argError('invalid_number', argument, value, 'is not a number');
  }
  if (!d.isFinite()) throw argError('non_finite', argument, String(value), 'must be finite');
  return d.precision() > PRECISION ? d.toSignificantDigits(PRECISION) : d;
}

/** Reads numeric text (the `value` as given, for messages), rounded to the working precision. */
function fromText(raw: string, value: unknown, argument: string): D {
  let text = normalizeNumberText(raw);
  const percent = text.endsWith('%');
  if (percent) text = text.slice(0, -1);
  if (!isNumericText(text)) throw argError('invalid_number', argument, value, 'is not a number');
  let d = new D(text.replace(/,/g, ''));
  // Past the exponent limits decimal.js gives Infinity (overflow) or 0 (underflow).
  if (!d.isFinite() || (d.isZero() && /[1-9]/.test(text.replace(/e.*$/i, '')))) {
    throw argError('non_finite', argument, value, 'is beyond the Decimal range (exponents within ±9e15)');
  }
  if (d.precision() > PRECISION) d = d.toSignificantDigits(PRECISION);
  return percent ? d.div(100) : d;
}
