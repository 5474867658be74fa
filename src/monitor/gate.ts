/**
 * The gate of a review: which targets fail a run (a CI job gating on a plan's binding targets).
 * Only binding targets fail (planned figures without 力争/努力); a stretch target's shortfall is
 * reported, never fails. A target missed at the end of its span fails at every level but `none`.
 */
import { argError, isRecord, kindOf } from '../errors.js';
import { failLevelOf } from '../plan/fail-level.js';
import type { PaceBand } from './progress.js';
import type { TargetProgress } from './types.js';

/**
 * The least bad state of a binding target that fails, strictest first:
 * - `behind`: 滞后, R < 0.95 (acceleration needed, limited progress or moving away);
 * - `limited`: R < 0.60 (limited progress or moving away);
 * - `moving_away`: R < 0, the indicator moves away from its target (the default);
 * - `none`: never.
 */
export type MonitorFailOn = 'behind' | 'limited' | 'moving_away' | 'none';

/** Every monitor fail level, strictest first. */
export const MONITOR_FAIL_ON: readonly MonitorFailOn[] = ['behind', 'limited', 'moving_away', 'none'];

const FAILING: Readonly<Record<MonitorFailOn, readonly PaceBand[]>> = {
  behind: ['acceleration_needed', 'limited', 'moving_away'],
  limited: ['limited', 'moving_away'],
  moving_away: ['moving_away'],
  none: [],
};

/**
 * Reads a monitor fail level: one of {@link MONITOR_FAIL_ON}, or `moving-away` (the CLI's spelling).
 *
 * @throws `invalid_option` naming `argument` for anything else.
 * @example
 * monitorFailOnOf('moving-away') //=> 'moving_away'
 */
export function monitorFailOnOf(value: unknown, argument = 'options.failOn'): MonitorFailOn {
  return failLevelOf(value, MONITOR_FAIL_ON, argument);
}

/**
 * True when a reviewed target fails at a level: it is binding, and either missed at the end of
 * its span or in a failing band.
 *
 * @example
 * progressFails({ binding: true, band: 'acceleration_needed', label: 'behind', … }, 'behind') //=> true
 * progressFails({ binding: false, band: 'moving_away', label: 'behind', … }, 'moving_away') //=> false
 */
export function progressFails(target: Pick<TargetProgress, 'binding' | 'band' | 'label'>, failOn: MonitorFailOn): boolean {
  // Contract checks on the arguments (issue 10).
  const level = monitorFailOnOf(failOn, 'failOn');
  if (!isRecord(target)) throw argError('invalid_argument', 'target', target, `must be a reviewed target (as monitorPlan returns), not ${kindOf(target)}`);
  if (!target.binding || level === 'none') return false;
  return target.label === 'missed' || FAILING[level].includes(target.band);
}
