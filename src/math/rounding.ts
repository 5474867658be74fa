/**
 * Written precision and rounding: how many decimals a figure was written with, the interval it
 * stands for, and explicit rounding for display (四舍五入 is half-up; the library computes half-even).
 */
import type { Decimal } from 'decimal.js';
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';
import { type Interval } from './interval.js';
import { normalizeNumberText, writtenDecimals } from './number-text.js';

/**
 * The number of decimals a figure is written with, counted from the text as written (trailing
 * zeros count; thousands separators and a trailing `%` do not). Exponent notation shifts the
 * count, and may make it negative ("1.2e3" has −2).
 *
 * @throws `invalid_number` when the text is not a number.
 * @example
 * decimalsOf('30.90') //=> 2
 * decimalsOf('1,042.4') //=> 1
 */
export function decimalsOf(text: string): number {
  const decimals = typeof text === 'string' ? writtenDecimals(text) : undefined;
  if (decimals === undefined) throw argError('invalid_number', 'text', text, 'must be the text of a number');
  return decimals;
}

/** Options of {@link intervalOf}. */
export interface IntervalOfOptions {
  /** ±1 unit of the last digit instead of ±½ (truncated or twice-rounded figures). */
  readonly lenient?: boolean;
  /** Rounded to this many decimals, whatever the text shows. */
  readonly decimals?: number;
  /** An explicit half-width, in the unit of the text as written (percent for "29.8%"). */
  readonly halfWidth?: Numeric;
  /** No rounding interval at all: the point value. */
  readonly exact?: boolean;
}

/**
 * The interval a written figure stands for: value ± ½ unit of its last written digit
 * ("928.4" → [928.35, 928.45]). Percent text gives a fraction interval ("29.8%" → [0.2975, 0.2985]).
 * Options override the precision: `exact`, `halfWidth`, `decimals`, then `lenient` (±1 unit).
 *
 * @throws `invalid_number` for text that is not a number; `invalid_option` for a non-integer
 *   `decimals`; `negative` for a negative `halfWidth`.
 * @example
 * intervalOf('30.90').lo.toString() //=> '30.895'
 * intervalOf('29.8%').hi.toString() //=> '0.2985'
 */
export function intervalOf(text: string, options: IntervalOfOptions = {}): Interval {
  const value = toDecimal(text, 'text');
  if (options.exact === true) return Object.freeze({ lo: value, hi: value });
  const percent = normalizeNumberText(text).endsWith('%');
  let half: D;
  if (options.halfWidth !== undefined) {
    half = toDecimal(options.halfWidth, 'options.halfWidth');
    if (half.isNegative() && !half.isZero()) {
      throw argError('negative', 'options.halfWidth', options.halfWidth, 'must not be negative');
    }
  } else {
    const decimals = options.decimals ?? decimalsOf(text);
    if (!Number.isInteger(decimals) || Math.abs(decimals) > 1e6) {
      throw argError('invalid_option', 'options.decimals', options.decimals, 'must be an integer');
    }
    const unit = new D(10).pow(-decimals);
    half = options.lenient === true ? unit : unit.div(2);
  }
  if (percent) half = half.div(100);
  return Object.freeze({ lo: value.minus(half), hi: value.plus(half) });
}

function checkDecimals(decimals: number): void {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 1e6) {
    throw argError('invalid_option', 'decimals', decimals, 'must be a non-negative integer');
  }
}

/**
 * Rounds half away from zero (四舍五入) to `decimals` places, for display.
 *
 * @throws `invalid_option` for a bad `decimals`; `invalid_number` / `non_finite` for a bad x.
 * @example
 * roundHalfUp(0.125, 2).toString() //=> '0.13'
 */
export function roundHalfUp(x: Numeric, decimals: number): D {
  checkDecimals(decimals);
  return toDecimal(x, 'x').toDecimalPlaces(decimals, D.ROUND_HALF_UP);
}



/** How {@link formatFixed} rounds. */
export type RoundingMode = 'half_up' | 'half_even' | 'truncate';

/** Options of {@link formatFixed}. */
export interface FormatFixedOptions {
  /** Default `half_up` (四舍五入). */
  readonly rounding?: RoundingMode;
}

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = {
  half_up: D.ROUND_HALF_UP,
  half_even: D.ROUND_HALF_EVEN,
  truncate: D.ROUND_DOWN,
};

/**
 * Formats with exactly `decimals` places (all digits when omitted), never in exponent notation
 * and never as "-0".
 *
 * @throws `invalid_option` for a bad `decimals` or rounding; `invalid_number` / `non_finite`.
 * @example
 * formatFixed(1990.10985, 1) //=> '1990.1'
 * formatFixed(1e-7) //=> '0.0000001'
 */
export function formatFixed(x: Numeric, decimals?: number, options: FormatFixedOptions = {}): string {
  const d = toDecimal(x, 'x');
  const mode = MODES[options.rounding ?? 'half_up'];
  if (mode === undefined) throw argError('invalid_option', 'options.rounding', options.rounding, 'is not a rounding mode');
  let s: string;
  if (decimals === undefined) {
    s = d.toFixed();
  } else {
    checkDecimals(decimals);
    s = d.toFixed(decimals, mode);
  }
  return /^-[0.]*$/.test(s) ? s.slice(1) : s;
}
