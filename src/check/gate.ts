/** The gate of a check: which verdicts fail a run (a CI job, `assertPlan`, the CLI's exit code). */
import { argError } from '../errors.js';
import { failLevelOf } from '../plan/fail-level.js';
import type { Verdict } from './types.js';

/**
 * The least bad verdict that fails: `near_miss` (also indeterminate and inconsistent),
 * `inconsistent`, or `none`. The CLI's spelling `near-miss` is accepted wherever a `FailOn` is read.
 */
export type FailOn = 'near_miss' | 'inconsistent' | 'none';

/** Every fail level, strictest first. */
export const FAIL_ON: readonly FailOn[] = ['near_miss', 'inconsistent', 'none'];

const FAILING: Readonly<Record<FailOn, readonly Verdict[]>> = {
  near_miss: ['near_miss', 'indeterminate', 'inconsistent'],
  inconsistent: ['inconsistent'],
  none: [],
};

/**
 * Reads a fail level: one of {@link FAIL_ON}, or `near-miss` (the CLI's spelling).
 *
 * @throws `invalid_option` naming `argument` for anything else.
 * @example
 * failOnOf('near-miss') //=> 'near_miss'
 */
export function failOnOf(value: unknown, argument = 'options.failOn'): FailOn {
  return failLevelOf(value, FAIL_ON, argument);
}

/**
 * True when a verdict is at or above the fail level.
 *
 * @example
 * verdictFails('indeterminate', 'near_miss') //=> true
 * verdictFails('near_miss', 'inconsistent') //=> false
 */
export function verdictFails(verdict: Verdict, failOn: FailOn | 'near-miss'): boolean {
  const level = failOnOf(failOn, 'failOn');
  if (typeof verdict !== 'string' || !FAILING.near_miss.concat(PASSING).includes(verdict as Verdict)) {
    throw argError('invalid_argument', 'verdict', verdict, 'is not a verdict');
  }
  return FAILING[level].includes(verdict);
}

/** The verdicts no fail level fails. */
const PASSING: readonly Verdict[] = ['consistent', 'consistent_within_rounding', 'consistent_via_qualifier', 'consistent_other_reading', 'not_checkable'];
