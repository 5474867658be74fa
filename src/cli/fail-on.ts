/** `--fail-on`: the fail level of check (and extract --check) or of monitor, read from the command line. */
import { failOnOf, MONITOR_FAIL_ON, monitorFailOnOf, type FailOn, type MonitorFailOn } from '../index.js';
import { UsageError } from './options.js';

/** The check gate's levels, strictest first, as its usage error lists them. */
const CHECK_FAIL_ON: readonly FailOn[] = ['near_miss', 'inconsistent', 'none'];

/** Reads `--fail-on` with a gate's reader, `fallback` when it is not given; anything else is a usage error listing `levels` as the CLI spells them. */
function failOnFlag<L extends string>(value: string | undefined, fallback: L, read: (value: string) => L, levels: readonly L[]): L {
  try {
    return read(value ?? fallback);
  } catch {
    throw new UsageError(`option '--fail-on' must be one of ${levels.map((l) => l.replace('_', '-')).join(', ')} (got '${value}')`);
  }
}

/** `--fail-on` of check and extract --check (default `inconsistent`). */
export function checkFailOn(value: string | undefined): FailOn {
  return failOnFlag(value, 'inconsistent', (v) => failOnOf(v), CHECK_FAIL_ON);
}

/** `--fail-on` of monitor (default `moving_away`). */
export function monitorFailOn(value: string | undefined): MonitorFailOn {
  return failOnFlag(value, 'moving_away', (v) => monitorFailOnOf(v), MONITOR_FAIL_ON);
}
