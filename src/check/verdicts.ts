/** The verdicts as a gate sees them: which hold, and how bad each is. */
import type { Severity, Verdict } from './types.js';

/** The four verdicts under which a relation holds. */
const CONSISTENT: ReadonlySet<Verdict> = new Set([
  'consistent',
  'consistent_within_rounding',
  'consistent_via_qualifier',
  'consistent_other_reading',
]);

/**
 * The severity of a verdict for a gate: `ok` for the consistent ones, `info` for not checkable,
 * `warning` for near miss and indeterminate, `error` for inconsistent.
 *
 * @example
 * severityOf('near_miss') //=> 'warning'
 */
export function severityOf(verdict: Verdict): Severity {
  if (CONSISTENT.has(verdict)) return 'ok';
  if (verdict === 'not_checkable') return 'info';
  return verdict === 'inconsistent' ? 'error' : 'warning';
}

/**
 * True for the four verdicts under which a relation holds.
 *
 * @example
 * isConsistent('consistent_via_qualifier') //=> true
 */
export function isConsistent(verdict: Verdict): boolean {
  return CONSISTENT.has(verdict);
}
