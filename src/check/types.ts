/** The checker's output: one finding per relation, with the numbers behind its verdict. */
import type { D } from '../math/decimal.js';
import type { Interval } from '../math/interval.js';
import type { Caveat, Qualifier, RelationKind } from '../plan/model.js';
import type { PlanIssue } from '../plan/issues.js';
import type { MonitoringTarget } from '../plan/targets.js';
import type { FindingCode, FindingParams } from './params.js';

export type { MonitoringTarget, Interval };

/** The verdicts of DOMAIN.md section 4, best first. */
export type Verdict =
  | 'consistent'
  | 'consistent_within_rounding'
  | 'consistent_via_qualifier'
  | 'consistent_other_reading'
  | 'near_miss'
  | 'inconsistent'
  | 'indeterminate'
  | 'not_checkable';

/**
 * All verdicts in order, best first: a report's `counts` and every output format follow it.
 *
 * @example
 * VERDICTS.indexOf('near_miss') < VERDICTS.indexOf('inconsistent') //=> true
 */
export const VERDICTS: readonly Verdict[] = [
  'consistent',
  'consistent_within_rounding',
  'consistent_via_qualifier',
  'consistent_other_reading',
  'near_miss',
  'inconsistent',
  'indeterminate',
  'not_checkable',
];

/** An alternative reading that made a relation hold (DOMAIN.md sections 4 and 5). */
export type Reading =
  | 'points_not_percent' // percentage points instead of percent
  | 'percent_not_points' // percent instead of percentage points
  | 'restated_rounded' // a restated planned figure read as rounded to its written decimals
  | 'truncation' // truncation instead of rounding
  | 'lenient_rounding' // ±1 unit of the last digit
  | 'current_prices'; // current instead of comparable prices

/** A decision a finding flips: a planned floor not met, a ceiling exceeded, a target or stretch target not reached. */
export type Decision = 'floor_not_met' | 'ceiling_exceeded' | 'target_not_reached' | 'stretch_target_not_reached';

/** A likely cause of a miss: a positive figure under a 下降/降低/减少 wording (declines are negative in a plan file). */
export type Hint = 'decline_sign';

/** Which side of the stated figure the implied value falls on: short of it, over it, or on it. */
export type Direction = 'short' | 'over' | 'none';

/** A figure as the checker used it. */
export interface FigureValue {
  /** The figure's id, or `"100%"` for the implicit whole. */
  readonly figure: string;
  /** The value as written, e.g. `"928.4"`. */
  readonly text: string;
  /** Its point value, in the figure's own unit (rates, shares and changes as fractions). */
  readonly value: D;
  /** Its rounding interval (degenerate for exact figures). */
  readonly interval: Interval;
  /** The unit it is expressed in (`亿元`, `%`, `个百分点`, `倍`). */
  readonly unit: string;
  readonly qualifiers: readonly Qualifier[];
}

/** The value that would make the relation hold exactly, for one free figure. */
export interface Required {
  /** The figure it replaces. */
  readonly figure: string;
  /** What it is: the rate, the base, the target, the total, the share… */
  readonly what: 'rate' | 'base' | 'target' | 'total' | 'share' | 'part' | 'change' | 'multiple' | 'start' | 'end';
  /** As a fraction for `%` (rates, shares, changes); in `unit` otherwise. */
  readonly value: D;
  /** `%` for a fraction, else the unit of `value` (`个百分点`, `倍`, `亿元` …). */
  readonly unit: string;
}

/** How bad a finding is for a gate: `ok` for the consistent verdicts. */
export type Severity = 'ok' | 'info' | 'warning' | 'error';

/** The check of one relation, for one finding code. */
export interface FindingOf<C extends FindingCode> {
  /** The relation's id. */
  readonly relation: string;
  readonly kind: RelationKind;
  readonly verdict: Verdict;
  readonly severity: Severity;
  /** A stable snake_case code, specific enough to render a sentence: `target_reached`, `target_short`, … */
  readonly code: C;
  /** The indicator's name (or names) the relation is about. */
  readonly subject: string;
  /** The figure being tested, as stated. */
  readonly stated?: FigureValue;
  /**
   * What the other figures imply for it (point value and interval), in the stated figure's unit;
   * under an alternative reading (`reading`), the reading's value, interval and unit (15.38% when
   * points are read as percent). `gap` and `required` follow the same reading.
   */
  readonly implied?: { readonly value: D; readonly interval: Interval; readonly unit: string };
  /** implied − stated (point values), and that over the stated value. */
  readonly gap?: { readonly absolute: D; readonly relative: D };
  /** Which side of the stated figure the implied value falls on. */
  readonly direction?: Direction;
  /** Set when the implied value sits exactly on an exclusive bound (超过 X, 不满 X): a miss on its excluded side. */
  readonly bound?: 'floor' | 'ceiling';
  /** True when the stated figure is a decline (a negative rate, change or points): going further than it overshoots it. */
  readonly decline?: true;
  /** A likely cause of a miss worth checking first: `decline_sign`, a decline written as a positive number. */
  readonly hint?: Hint;
  /** The value of a free figure that makes the relation hold exactly. */
  readonly required?: Required;
  /** Every figure that took part, as used. */
  readonly figures: readonly FigureValue[];
  readonly qualifiersUsed: readonly Qualifier[];
  /** The readings the verdict used (the alternative's, lenient rounding, current prices). */
  readonly readings: readonly Reading[];
  /** The alternative reading whose numbers `implied`, `gap` and `required` are under, when one gave the verdict. */
  readonly reading?: Reading;
  readonly caveats: readonly Caveat[];
  /** Set when the finding changes a decision (a planned floor not met, a stretch target not reached). */
  readonly decision?: Decision;
  /** The verdict a declared caveat replaced with `not_checkable`. */
  readonly otherwise?: Verdict;
  /** For a comparable-prices finding: the verdict when the figures are read at one price basis. */
  readonly atCurrentPrices?: Verdict;
  /** The parameters of the code's message. */
  readonly params: FindingParams[C];
}

/** The check of one relation: a {@link FindingOf} its code, so that `params` is typed by `code`. */
export type Finding = { [C in FindingCode]: FindingOf<C> }[FindingCode];

/** The report for one plan. */
export interface PlanReport {
  readonly plan: { readonly id: string; readonly title: string; readonly file?: string };
  readonly findings: readonly Finding[];
  readonly targets: readonly MonitoringTarget[];
  /** Problems with the file itself; a plan with error issues has no findings. */
  readonly issues: readonly PlanIssue[];
  readonly counts: Readonly<Record<Verdict, number>>;
}

/** Options of {@link checkPlan}. */
export interface CheckOptions {
  /** Near-miss tolerance: a relative gap on the derived figure. Default 0.01 (1%). */
  readonly tolerance?: number | string;
  /** Relative half-width of the 左右/约 band. Default 0.05 (±5%). */
  readonly approxBand?: number | string;
  /** Lenient rounding for every measured figure (±1 unit of the last digit). Default false. */
  readonly lenient?: boolean;
}
