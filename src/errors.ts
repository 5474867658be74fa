/**
 * The one error type of growth-targets. Contract violations (a non-finite number, a negative
 * span, a zero base) throw a `GrowthError`; data problems in a plan come back as issues instead.
 * This module imports nothing.
 */

/** Stable, snake_case error codes. Tests and callers match on these, never on messages. */
export type GrowthErrorCode =
  | 'invalid_number'
  | 'non_finite'
  | 'non_positive'
  | 'negative'
  | 'out_of_range'
  | 'invalid_years'
  | 'invalid_interval'
  | 'no_solution'
  | 'unknown_reference'
  | 'invalid_unit'
  | 'unit_mismatch'
  | 'invalid_period'
  | 'invalid_year'
  | 'invalid_date'
  | 'invalid_option'
  | 'invalid_plan'
  | 'plan_findings'
  | 'io_error'
  | 'missing_dependency';

/** Structured details of a {@link GrowthError}: which argument, what value, where. */
export interface GrowthErrorDetails {
  /** The argument, option or field at fault, e.g. `"base"` or `"options.tolerance"`. */
  readonly argument?: string;
  /** The offending value, as given (stringified for display). */
  readonly value?: unknown;
  /** A file the problem is in. */
  readonly file?: string;
  /** A JSON path inside that file or object, e.g. `["figures", 3, "value"]`. */
  readonly path?: readonly (string | number)[];
  /** Anything else that helps (findings of a failed `assertPlan`, say). */
  readonly [key: string]: unknown;
}

/**
 * The error thrown by every public function of growth-targets on a contract violation.
 *
 * @example
 * try { cagr(0, 10, 5) } catch (e) { if (e instanceof GrowthError) e.code } //=> 'non_positive'
 */
export class GrowthError extends Error {
  override readonly name = 'GrowthError';
  readonly code: GrowthErrorCode;
  readonly details: GrowthErrorDetails;

  constructor(code: GrowthErrorCode, message: string, details: GrowthErrorDetails = {}) {
    super(message);
    this.code = code;
    this.details = details;
  }
}

/** Shows a value in an error message without throwing on odd inputs. */
export function show(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  if (typeof value === 'object' && typeof (value as { toString?: unknown }).toString === 'function') {
    const s = String(value);
    if (s !== '[object Object]') return s;
  }
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Builds a {@link GrowthError} whose message names the argument and its value. */
export function argError(
  code: GrowthErrorCode,
  argument: string,
  value: unknown,
  why: string,
  extra: Omit<GrowthErrorDetails, 'argument' | 'value'> = {},
): GrowthError {
  return new GrowthError(code, `${argument} ${why} (got ${show(value)})`, { ...extra, argument, value });
}
