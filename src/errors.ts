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
  | 'invalid_argument'
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

/** The longest text of a value an error message shows; longer ones are cut with `…`. */
const SHOWN = 80;

/** Shows a value in an error message without throwing on odd inputs (symbols, cycles, null prototypes, throwing toString). */
export function show(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string') text = JSON.stringify(value.length > SHOWN ? value.slice(0, SHOWN) : value);
    else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean' || typeof value === 'symbol') text = String(value);
    else if (value === null || value === undefined) text = String(value);
    else if (typeof value === 'function') text = 'a function';
    else if (Array.isArray(value)) text = JSON.stringify(value) ?? 'an array';
    else {
      const s = typeof (value as { toString?: unknown }).toString === 'function' ? String(value) : '[object Object]';
      text = s !== '[object Object]' ? s : (JSON.stringify(value) ?? 'an object');
    }
  } catch {
    text = Array.isArray(value) ? 'an array' : `a ${typeof value}`;
  }
  return text.length > SHOWN ? `${text.slice(0, SHOWN - 1)}…` : text;
}

/** Builds a {@link GrowthError} whose message names the argument and its value. */
export function argError(
  code: GrowthErrorCode,
  argument: string,
  value: unknown,
  why: string,
  extra: Omit<GrowthErrorDetails, 'argument' | 'value'> = {},
): GrowthError {
  // `argument` is a name the library passes; a caller-supplied one that is not a string is not shown.
  const name = typeof argument === 'string' ? argument : 'argument';
  return new GrowthError(code, `${name} ${why} (got ${show(value)})`, { ...extra, argument: name, value });
}

/** What a value is, in two words, for messages that say what was expected: `a string`, `null`, `an array`. */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (Array.isArray(value)) return 'an array';
  const t = typeof value;
  return t === 'object' || t === 'undefined' ? `an ${t}` : `a ${t}`;
}

/** True for an object that is not an array or a function (a record, an options bag). */
export function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads an options argument: `undefined` is no options; anything else but an object (null, a
 * number, an array) is an `invalid_option` error naming the argument.
 *
 * @example
 * optionsOf(undefined) //=> {}
 * optionsOf(null) // throws GrowthError 'invalid_option': "options must be an object …"
 */
export function optionsOf<T extends object>(value: T | undefined, argument = 'options'): T {
  if (value === undefined) return {} as T;
  if (!isRecord(value)) throw argError('invalid_option', argument, value, `must be an object or left out, not ${kindOf(value)}`);
  return value;
}

/**
 * Reads a list argument: anything but an array is an `invalid_argument` error naming it.
 *
 * @example
 * listOf('abc', 'changes') // throws GrowthError 'invalid_argument': "changes must be a list …"
 */
export function listOf<T>(value: readonly T[], argument: string): readonly T[] {
  if (!Array.isArray(value)) throw argError('invalid_argument', argument, value, `must be a list, not ${kindOf(value)}`);
  return value;
}

/**
 * Runs `render` on a value the library made (a report, a finding, a target) and turns any
 * exception that is not a {@link GrowthError} into one: an `invalid_argument` naming the
 * argument, since the other arguments were checked before. For inputs that are the library's
 * own outputs, where a full schema would repeat the types.
 *
 * @example
 * madeBy('report', 'checkPlan', () => render(report)) //=> the rendered text
 */
export function madeBy<T>(argument: string, maker: string, render: () => T): T {
  try {
    return render();
  } catch (error) {
    if (error instanceof GrowthError) throw error;
    // The engine's own message (a TypeError's) is kept in the details, not shown.
    const reason = error instanceof Error ? error.message : String(error);
    throw new GrowthError('invalid_argument', `${argument} is not what ${maker} returns: a field it needs is missing or of the wrong type`, { argument, reason });
  }
}
