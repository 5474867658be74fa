/**
 * The single seam to decimal.js. Every other module gets its numbers from here: a private clone
 * (40 significant digits, half-even), so the host application's Decimal settings are never read
 * or changed.
 */
import { Decimal as HostDecimal } from 'decimal.js';
import { argError } from '../errors.js';
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
 * Throws `invalid_number` for text that is not a number, `non_finite` for NaN and Infinity.
 */
export function toDecimal(value: Numeric, argument = 'value'): D {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw argError('non_finite', argument, value, 'must be a finite number');
    return new D(value);
  }
  if (typeof value === 'string') {
    let text = normalizeNumberText(value);
    const percent = text.endsWith('%');
    if (percent) text = text.slice(0, -1);
    if (!isNumericText(text)) throw argError('invalid_number', argument, value, 'is not a number');
    const d = new D(text.replace(/,/g, ''));
    if (!d.isFinite()) throw argError('non_finite', argument, value, 'is too large to be finite');
    return percent ? d.div(100) : d;
  }
  if (HostDecimal.isDecimal(value)) {
    if (!value.isFinite()) throw argError('non_finite', argument, value.toString(), 'must be finite');
    // A value of the private clone is immutable: no copy needed (every clone shares one prototype,
    // so the constructor tells them apart).
    if ((value as { constructor?: unknown }).constructor === D) return value as D;
    return new D(value.toString());
  }
  throw argError('invalid_number', argument, value, 'is not a number');
}

