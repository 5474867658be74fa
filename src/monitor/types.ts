/** The results of monitoring a plan against actual values: data for the renderers of src/report. */
import type { D } from '../math/index.js';
import type { FigureType, Qualifier } from '../plan/index.js';
import type { ActualsIssue } from './actuals.js';
import type { MidTermLabel, PaceBand } from './progress.js';

/**
 * How a target's progress is measured (DOMAIN.md section 6):
 * - `compound`: growth and intensity targets (levels of amounts, rates, cumulative changes,
 *   multiples): p = ln(It/I0) / ln(IT/I0), pace in CAGR;
 * - `linear`: shares, ratio levels in %, index levels, percentage points (also a year), absolute
 *   increases (also a year on average): p = (It − I0)/(IT − I0), pace in level units a year;
 * - `flow`: totals over a span (十三五期间完成…), averages over a span (年均投资560亿元) and average
 *   rates of investment (累计法): the realised sum against the planned cumulative path.
 * A `gap` figure (超过规划目标1.5个百分点) states an outcome and is no target.
 */
export type ProgressMeasure = 'compound' | 'linear' | 'flow';

/**
 * What a target's observed, planned and required rates are:
 * - `cagr`: compound annual growth rates (fractions);
 * - `points`: level changes a year, in the indicator's value domain (fractions for %);
 * - `cumulative`: average rates by the cumulative method (累计法, fractions);
 * - `amount`: amounts a year, in the indicator's unit.
 */
export type RateKind = 'cagr' | 'points' | 'cumulative' | 'amount';

/**
 * Why a planned figure is not monitored (it is listed, never dropped):
 * - `computed`: a figure the plan computed (预计/测算) that is no target of a growth relation;
 * - `no_actuals`: no usable actual of its indicator after the base year, up to the evaluation date;
 * - `no_base`: the actuals are levels but neither the plan nor the actuals give the base-year level;
 * - `not_positive`: a zero or negative level, where compound progress takes logarithms.
 */
export type SkipReason = 'computed' | 'no_actuals' | 'no_base' | 'not_positive';

/** A planned figure that is not monitored, and why. */
export interface SkippedTarget {
  readonly target: string;
  readonly subject: string;
  /** The figure as written: number, unit, qualifiers. */
  readonly text: string;
  readonly year?: number;
  readonly from?: number;
  readonly to?: number;
  readonly reason: SkipReason;
}

/**
 * Something a reader should know about one target's numbers:
 * - `base_from_actuals`: the base-year value comes from the actuals file (the plan has none);
 * - `base_revised`: the actuals give another base-year value than the plan; the plan's is used;
 * - `gap`: a year without a value stops the series (`year`); later values are not used;
 * - `amount_ignored`: a dated year-to-date amount cannot be compared with annual levels;
 * - `stated_rate`: the plan's stated rate differs from the rate its level target requires;
 * - `illustrative`: a value used is illustrative, not a published figure.
 */
export type NoteCode = 'base_from_actuals' | 'base_revised' | 'gap' | 'amount_ignored' | 'stated_rate' | 'illustrative';

/** A note on a target's numbers. */
export interface MonitorNote {
  readonly code: NoteCode;
  readonly year?: number;
  readonly value?: D;
}

/** What names a target in a review or a decomposition: its figure, relation and indicator, and the target as written. */
export interface TargetHead {
  /** The target figure's id. */
  readonly target: string;
  /** The relation it is the target of (growth_target, cumulative_total), when there is one. */
  readonly relation?: string;
  readonly indicator: string;
  /** The indicator's name. */
  readonly subject: string;
  /** The target figure's type: what its values in the target's terms are (a level, a rate, a change, a total …). */
  readonly figure: FigureType;
  /** The target as written: number and unit with its qualifiers (`2000亿元以上`, `-18%`). */
  readonly text: string;
}

/** One monitored target: where it stands at the evaluation date. Values are in the target's terms (fractions for %). */
export interface TargetProgress extends TargetHead {
  /** The target figure's type: what `goal`, `current` and `projected` are (a level, a rate, a change …). */
  readonly figure: FigureType;
  readonly qualifiers: readonly Qualifier[];
  /** The unit of `goal`, `current` and `projected` as shown (`%` values are fractions). */
  readonly unit: string;
  readonly measure: ProgressMeasure;
  /** The base year t0 and the target year T (for flows, t0 is the year before the first). */
  readonly from: number;
  readonly to: number;
  /** A planned figure without 力争/努力: its shortfall may fail a run. */
  readonly binding: boolean;
  /** 力争/努力: a shortfall is reported as a stretch target not reached. */
  readonly stretch: boolean;
  /** The base-year level (index targets chained from rates have none). */
  readonly base?: { readonly value: D; readonly year: number; readonly source: 'plan' | 'actuals' };
  /** The data point the review rests on. */
  readonly latest: { readonly year: number; readonly date?: string; readonly time: D };
  /** The target's value in its own terms (for a range, the end nearest the base). */
  readonly goal: D;
  /** The same quantity as achieved so far: the level, the CAGR so far, the change so far, the sum so far. */
  readonly current: D;
  /** The same quantity at the target year if the observed pace continues. */
  readonly projected: D;
  readonly projectedMeets: boolean;
  /** Share of the target's span elapsed at the evaluation date (时间进度). */
  readonly elapsed: D;
  /** Share of the span the data cover (their time). */
  readonly observed: D;
  /** Task progress p (任务进度). */
  readonly progress: D;
  /** The progress the plan's path has at the data's time (the share of time for compound and linear targets). */
  readonly scheduled: D;
  /** 时间过半、任务过半: progress at least the share of time elapsed (p ≥ s). */
  readonly aheadOfTime: boolean;
  readonly rateKind: RateKind;
  /** The pace so far (CAGR, points a year, 累计法 rate, amount a year). */
  readonly observedRate?: D;
  /** The pace the target requires over its whole span. */
  readonly plannedRate?: D;
  /** The pace the remaining years now require. */
  readonly requiredRate?: D;
  /** The rate the plan states with its level target, when it states one. */
  readonly statedRate?: D;
  /** The pace ratio R. */
  readonly pace?: D;
  readonly band: PaceBand;
  readonly label: MidTermLabel;
  /** The latest value already meets the target with its qualifiers. */
  readonly met: boolean;
  /** True when the data reach the target year (the label is then final: met or missed). */
  readonly final: boolean;
  /** True when any value used is illustrative. */
  readonly illustrative: boolean;
  /** The sources of the values used, in order, without repeats. */
  readonly sources: readonly string[];
  readonly notes: readonly MonitorNote[];
}

/** The review of a plan against actual values at one date. */
export interface MonitorReport {
  readonly plan: { readonly id: string; readonly title: string; readonly file?: string };
  /** The actuals file, when named. */
  readonly actualsFile?: string;
  /** The evaluation date (ISO). */
  readonly asOf: string;
  /** The plan's period and the share of it elapsed at the evaluation date. */
  readonly period: { readonly from: number; readonly to: number; readonly base: number };
  readonly elapsed: D;
  readonly targets: readonly TargetProgress[];
  readonly skipped: readonly SkippedTarget[];
  /** Problems of the actuals against the plan (when the actuals were not checked against it before). */
  readonly issues: readonly ActualsIssue[];
  /** How many targets carry each label. */
  readonly counts: Readonly<Record<MidTermLabel, number>>;
  /** True when any value used is illustrative. */
  readonly illustrative: boolean;
}
