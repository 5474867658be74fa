/** Check options: validated, with their defaults (tolerance 1%, 左右 band ±5%, lenient off). */
import { argError } from '../errors.js';
import { D, toDecimal } from '../math/decimal.js';
import { DEFAULT_APPROX_BAND } from '../plan/index.js';
import type { CheckOptions } from './types.js';

/** Check options with their defaults applied and validated. */
export interface ResolvedOptions {
  readonly tolerance: D;
  readonly approxBand: D;
  readonly lenient: boolean;
}

/**
 * Validates check options and fills in the defaults (tolerance 1%, approxBand ±5%, lenient off).
 *
 * @throws `invalid_option` naming `options.tolerance`, `options.approxBand` or `options.lenient`.
 * @example
 * resolveOptions({ tolerance: '0.02' }).tolerance.toString() //=> '0.02'
 */
export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  return {
    tolerance: fraction(options.tolerance, 'options.tolerance', '0.01'),
    approxBand: fraction(options.approxBand, 'options.approxBand', DEFAULT_APPROX_BAND),
    lenient: flag(options.lenient, 'options.lenient'),
  };
}

function fraction(value: unknown, argument: string, fallback: string): D {
  if (value === undefined) return new D(fallback);
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw argError('invalid_option', argument, value, 'must be a number or numeric string');
  }
  let d: D;
  try {
    d = toDecimal(value, argument);
  } catch {
    throw argError('invalid_option', argument, value, 'must be a finite number');
  }
  if (d.isNegative() || d.gte(1)) throw argError('invalid_option', argument, value, 'must be at least 0 and below 1');
  return d;
}

function flag(value: unknown, argument: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw argError('invalid_option', argument, value, 'must be a boolean');
  return value;
}
