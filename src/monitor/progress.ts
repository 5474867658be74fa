/**
 * The formulas of a mid-term review (DOMAIN.md section 6): task progress, the pace ratio and its
 * band, and the mid-term label of Chinese practice. Pure functions of numbers.
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from '../math/index.js';
import { lnRatio } from '../math/roots.js';

/**
 * The band of a pace ratio R (DOMAIN.md section 6):
 * - `achieved`: the latest value already meets the target;
 * - `on_track`: R ≥ 0.95;
 * - `acceleration_needed`: 0.60 ≤ R < 0.95;
 * - `limited`: 0 ≤ R < 0.60 (limited progress);
 * - `moving_away`: R < 0 (the indicator moves away from its target).
 */
export type PaceBand = 'achieved' | 'on_track' | 'acceleration_needed' | 'limited' | 'moving_away';

/** Every pace band, best first. */
export const PACE_BANDS: readonly PaceBand[] = ['achieved', 'on_track', 'acceleration_needed', 'limited', 'moving_away'];

/**
 * The mid-term label of Chinese practice, by R: 提前实现 (`achieved_early`: already met before the
 * target year), 快于预期 (`ahead`: R ≥ 1.05), 基本符合预期 (`as_expected`: 0.95 ≤ R < 1.05), 滞后
 * (`behind`: R < 0.95). Once the data reach the target year the review is final: 已实现 (`met`)
 * or 未实现 (`missed`).
 */
export type MidTermLabel = 'achieved_early' | 'ahead' | 'as_expected' | 'behind' | 'met' | 'missed';

/** Every label, best first. */
export const MID_TERM_LABELS: readonly MidTermLabel[] = ['achieved_early', 'met', 'ahead', 'as_expected', 'behind', 'missed'];

const ON_TRACK = new D('0.95');
const ACCELERATION = new D('0.6');
const AHEAD = new D('1.05');

function positive(x: Numeric, argument: string): D {
  const d = toDecimal(x, argument);
  if (d.lte(0)) throw argError('non_positive', argument, x, 'must be positive');
  return d;
}

/**
 * Task progress of a growth or intensity target in compound terms (the official convention): the
 * share of the way from the base to the target covered, on a log scale.
 * Formula: p = ln(It / I0) / ln(IT / I0); 0 at the base, 1 at the target, negative when moving away.
 *
 * @throws `non_positive` when a value is ≤ 0; `no_solution` when the target equals the base.
 * @example
 * compoundProgress(1, '0.866', '0.84').toFixed(3) //=> '0.825'   (a 13.4% cut of a 16% target)
 */
export function compoundProgress(base: Numeric, latest: Numeric, target: Numeric): D {
  const i0 = positive(base, 'base');
  const it = positive(latest, 'latest');
  const iT = positive(target, 'target');
  if (iT.eq(i0)) throw argError('no_solution', 'target', target, 'equals the base: there is no way to cover');
  return lnRatio(i0, it).div(lnRatio(i0, iT));
}

/**
 * Task progress of a share or percentage-point target in linear terms.
 * Formula: p = (It − I0) / (IT − I0).
 *
 * @throws `no_solution` when the target equals the base; `invalid_number` / `non_finite`.
 * @example
 * linearProgress('53.2', '56.6', '60').toFixed(2) //=> '0.50'
 */
export function linearProgress(base: Numeric, latest: Numeric, target: Numeric): D {
  const i0 = toDecimal(base, 'base');
  const it = toDecimal(latest, 'latest');
  const iT = toDecimal(target, 'target');
  if (iT.eq(i0)) throw argError('no_solution', 'target', target, 'equals the base: there is no way to cover');
  return it.minus(i0).div(iT.minus(i0));
}

/**
 * The pace ratio: the pace observed so far over the pace the target requires, in the target's
 * direction (a decline observed against a decline required is positive).
 * Formula: R = observed / required (CAGR observed / CAGR required for growth targets).
 *
 * @throws `no_solution` when the required pace is 0.
 * @example
 * paceRatio('0.04', '0.048').toFixed(4) //=> '0.8333'
 */
export function paceRatio(observed: Numeric, required: Numeric): D {
  const o = toDecimal(observed, 'observed');
  const r = toDecimal(required, 'required');
  if (r.isZero()) throw argError('no_solution', 'required', required, 'is zero: no pace to compare with');
  return o.div(r);
}

/**
 * The band of a pace ratio: `achieved` when the target is already met, else by R
 * (≥ 0.95 on track, 0.60–0.95 acceleration needed, 0–0.60 limited, < 0 moving away).
 *
 * @throws `invalid_number` / `non_finite` for a bad ratio.
 * @example
 * paceBand('0.8333', false) //=> 'acceleration_needed'
 * paceBand('-0.2', false) //=> 'moving_away'
 */
export function paceBand(ratio: Numeric, achieved = false): PaceBand {
  const r = toDecimal(ratio, 'ratio');
  if (achieved) return 'achieved';
  if (r.gte(ON_TRACK)) return 'on_track';
  if (r.gte(ACCELERATION)) return 'acceleration_needed';
  if (r.gte(0)) return 'limited';
  return 'moving_away';
}

/**
 * The mid-term label: 提前实现 when already met, else by R (快于预期 ≥ 1.05, 基本符合预期 ≥ 0.95,
 * 滞后 below); with `final` (the data reach the target year), 已实现 or 未实现.
 *
 * @throws `invalid_number` / `non_finite` for a bad ratio.
 * @example
 * midTermLabel('1.02', false) //=> 'as_expected'
 * midTermLabel('0.5', true) //=> 'achieved_early'
 */
export function midTermLabel(ratio: Numeric, achieved = false, final = false): MidTermLabel {
  const r = toDecimal(ratio, 'ratio');
  if (final) return achieved ? 'met' : 'missed';
  if (achieved) return 'achieved_early';
  if (r.gte(AHEAD)) return 'ahead';
  if (r.gte(ON_TRACK)) return 'as_expected';
  return 'behind';
}
