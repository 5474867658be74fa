/**
 * What a rule hands to the verdict ladder: the figure under test, the inputs, the formula that
 * gives the stated figure from the inputs (monotone in each input), the alternative readings and
 * the free figure. The ladder (ladder.ts) and the finding (finding.ts) are the same for every rule;
 * the opening every rule shares (its figures, its subject, its span) is written once here.
 */
import { argError } from '../../errors.js';
import type { D } from '../../math/decimal.js';
import type { Interval } from '../../math/interval.js';
import type { FigureReading } from '../../plan/index.js';
import type { Relation } from '../../plan/model.js';
import type { ResolvedOptions } from '../options.js';
import type { UnitTable } from '../../units/index.js';
import type {
  AnnualParams,
  AverageParams,
  BaseParams,
  GapParams,
  YearlyParams,
  CagrParams,
  CumulativeParams,
  FindingCode,
  FindingParams,
  GrowthParams,
  Priced,
  ShareParams,
  SpanParams,
  SumParams,
} from '../params.js';
import type { Reading, Required } from '../types.js';

/** A formula from the inputs' values (in input order) to the stated figure's value domain. */
export type Formula = (values: readonly D[]) => D;

/**
 * A named alternative reading of the relation. Its formula gives values in the stated figure's
 * value domain; a reading that reads the stated figure in another unit (points as percent) names
 * that unit and the factor from the stated domain to it, so a finding reports the reading's numbers.
 */
export interface Alternative {
  readonly reading: Reading;
  readonly implied: Formula;
  /** The unit the stated figure is read in under this reading (default: its own). */
  readonly unit?: string;
  /** Stated-domain value × scale = value in `unit` (default 1). */
  readonly scale?: D;
  /** The free figure under this reading (default: the rule's own). */
  readonly required?: () => Required;
}

/** The message codes of a rule for a relation that holds, and misses below and above, with the parameters they share. */
export type RuleCodes =
  | { readonly match: 'target_reached'; readonly short: 'target_short'; readonly over: 'target_exceeded'; readonly params: GrowthParams }
  | { readonly match: 'rate_matches'; readonly short: 'rate_mismatch'; readonly over: 'rate_mismatch'; readonly params: CagrParams }
  | { readonly match: 'sum_matches'; readonly short: 'sum_mismatch'; readonly over: 'sum_mismatch'; readonly params: SumParams }
  | { readonly match: 'share_matches'; readonly short: 'share_mismatch'; readonly over: 'share_mismatch'; readonly params: ShareParams }
  | { readonly match: 'points_match'; readonly short: 'points_mismatch'; readonly over: 'points_mismatch'; readonly params: SpanParams }
  | { readonly match: 'change_matches'; readonly short: 'change_mismatch'; readonly over: 'change_mismatch'; readonly params: SpanParams }
  | {
      readonly match: 'annual_cumulative_match';
      readonly short: 'annual_cumulative_mismatch';
      readonly over: 'annual_cumulative_mismatch';
      readonly params: AnnualParams;
    }
  | { readonly match: 'multiple_matches'; readonly short: 'multiple_mismatch'; readonly over: 'multiple_mismatch'; readonly params: SpanParams }
  | {
      readonly match: 'cumulative_rate_matches';
      readonly short: 'cumulative_rate_mismatch';
      readonly over: 'cumulative_rate_mismatch';
      readonly params: CumulativeParams;
    }
  | { readonly match: 'increase_matches'; readonly short: 'increase_mismatch'; readonly over: 'increase_mismatch'; readonly params: SpanParams }
  | { readonly match: 'average_matches'; readonly short: 'average_mismatch'; readonly over: 'average_mismatch'; readonly params: AverageParams }
  | {
      readonly match: 'annual_points_match';
      readonly short: 'annual_points_mismatch';
      readonly over: 'annual_points_mismatch';
      readonly params: YearlyParams;
    }
  | { readonly match: 'gap_matches'; readonly short: 'gap_mismatch'; readonly over: 'gap_mismatch'; readonly params: GapParams }
  | {
      readonly match: 'rate_multiple_matches';
      readonly short: 'rate_multiple_mismatch';
      readonly over: 'rate_multiple_mismatch';
      readonly params: YearlyParams;
    };

/** A checkable relation, ready for the ladder. */
export interface RuleSpec {
  readonly kind: 'spec';
  /** The figure under test. */
  readonly stated: FigureReading;
  readonly inputs: readonly FigureReading[];
  readonly implied: Formula;
  /**
   * The direction the formula moves in with each input (1 increasing, −1 decreasing), when the
   * rule knows it: the range is then two evaluations instead of one per corner (a sum of many
   * parts: [Σ lo, Σ hi]).
   */
  readonly directions?: readonly (1 | -1)[];
  readonly alternatives: readonly Alternative[];
  readonly required?: Required;
  /** The message codes and their rule-specific parameters (years, inputs as written). */
  readonly codes: RuleCodes;
  /**
   * The stated figure's value in level terms (DOMAIN.md section 4), increasing: (1 + g)^n for an
   * annual rate over n years, 1 + x for a change over a span; the identity when left out (levels,
   * sums, shares, points, multiples). A miss is measured there, so that one fact written as levels
   * or as a change gets one verdict.
   */
  readonly level?: (x: D) => D;
  /**
   * True when the relation states one target twice, one form derived from the other and rounded
   * (an annual rate and its cumulative change, a share and its levels, shares summing to 100%, a
   * points change and its shares, a numeric multiple and its levels, an average and its total):
   * its planned figures may then be read as rounded (DOMAIN.md section 3).
   */
  readonly restatement?: boolean;
  /** Every figure that took part, in slot order. */
  readonly figures: readonly FigureReading[];
  /** The indicator names the relation is about. */
  readonly subject: string;
  /**
   * Set when a growth rate, change or multiple at comparable prices meets levels at current
   * prices (DOMAIN.md section 5): which figure is at comparable prices.
   */
  readonly comparablePrices?: Priced;
  /**
   * True when the stated rate is an average rate of fixed-asset investment between two levels: its
   * official method is 累计法, which needs the yearly values (DOMAIN.md section 5). A miss under 水平法
   * is then not checkable rather than an error.
   */
  readonly cumulativeMethod?: boolean;
}

/** The codes of relations that cannot be checked at all. */
export type UncheckedCode = 'missing_figure' | 'not_computable' | 'cumulative_total_without_rate' | 'level_pair_rate';

/** A relation that cannot be checked at all (too few figures, an uncomputable formula, nothing to test against). */
export type Unchecked = {
  [C in UncheckedCode]: {
    readonly kind: 'unchecked';
    readonly code: C;
    readonly subject: string;
    readonly stated?: FigureReading;
    readonly figures: readonly FigureReading[];
    /** What the figures imply though nothing can be checked (the rate two levels imply). */
    readonly implied?: { readonly value: D; readonly interval: Interval; readonly unit: string };
    readonly params: Omit<FindingParams[C], keyof BaseParams | 'stated' | 'statedWritten'>;
  };
}[UncheckedCode];

/** Looks figures up by id, read for checking. */
export interface RuleContext {
  readonly figure: (id: string) => FigureReading | undefined;
  readonly options: ResolvedOptions;
  /** The units the plan declares, beside the library's table. */
  readonly units: UnitTable;
}

/** A rule: one relation kind to a spec or an unchecked result. */
export type Rule<R extends Relation> = (relation: R, context: RuleContext) => RuleSpec | Unchecked;

/** The names of the indicators of some figures, each once, joined by `、`. */
export function subjectOf(figures: readonly FigureReading[]): string {
  const names = [...new Set(figures.map((f) => f.indicator.name))];
  if (names.length <= 1) return names[0] ?? '';
  // Several indicators (a part and its total, a share and its levels): name the one the relation
  // is about, the share when there is one, else the last figure (the total, the stated one).
  const share = figures.find((f) => f.figure.type === 'share' && f.figure.id !== '100%');
  return (share ?? figures[figures.length - 1])?.indicator.name ?? names.join('、');
}

/** A rule's figures, found: by slot, in slot order, and what they are about. */
export interface Opened<K extends string> {
  readonly kind: 'opened';
  readonly slots: Readonly<Record<K, FigureReading>>;
  readonly figures: readonly FigureReading[];
  readonly subject: string;
}

/**
 * Finds a relation's figures by slot; the first missing one makes the relation unchecked.
 *
 * @example
 * openSlots({ part: 'a', total: 'b', share: 's' }, context).slots.part //=> FigureReading of 'a'
 */
export function openSlots<K extends string>(slots: Readonly<Record<K, string>>, context: RuleContext): Opened<K> | Unchecked {
  const out: Partial<Record<K, FigureReading>> = {};
  const found: FigureReading[] = [];
  const missing: string[] = [];
  for (const slot of Object.keys(slots) as K[]) {
    const r = context.figure(slots[slot]);
    if (r === undefined) missing.push(`${slot}: ${slots[slot]}`);
    else {
      out[slot] = r;
      found.push(r);
    }
  }
  if (missing.length > 0) {
    return { kind: 'unchecked', code: 'missing_figure', subject: subjectOf(found), figures: found, params: { missing: missing.join(', ') } };
  }
  return { kind: 'opened', slots: out as Record<K, FigureReading>, figures: found, subject: subjectOf(found) };
}

/** A rule's figures over a span of years: {@link Opened} and the years from start to end. */
export interface OpenedSpan<K extends string> extends Opened<K> {
  /** end year − start year, positive. */
  readonly years: number;
  /** The start and end years. */
  readonly from: number;
  readonly to: number;
}

/**
 * Finds a relation's figures by slot and the span from its start to its end figure (their `year`,
 * else their `from`/`to`, else the span figure's `from`/`to`); a span that is not positive makes
 * the relation not computable.
 *
 * @example
 * openSpan({ start: 'a', end: 'b', rate: 'g' }, context, ['start', 'end', 'rate']).years //=> 5
 */
export function openSpan<K extends string>(
  slots: Readonly<Record<K, string>>,
  context: RuleContext,
  [startSlot, endSlot, spanSlot]: readonly [K, K, K],
): OpenedSpan<K> | Unchecked {
  const opened = openSlots(slots, context);
  if (opened.kind === 'unchecked') return opened;
  const start = opened.slots[startSlot].figure;
  const end = opened.slots[endSlot].figure;
  const span = opened.slots[spanSlot].figure;
  let from = start.year ?? start.from ?? span.from;
  let to = end.year ?? end.to ?? span.to;
  if (from === undefined || to === undefined || to <= from) {
    ({ from, to } = span);
  }
  if (from === undefined || to === undefined || to <= from) {
    return { kind: 'unchecked', code: 'not_computable', subject: opened.subject, figures: opened.figures, params: { reason: 'years' } };
  }
  return { ...opened, years: to - from, from, to };
}

/**
 * x / d for a ratio whose denominator must be positive (a total, a start level or share): a
 * denominator at or below zero (an interval end that crosses zero) makes the ratio meaningless, so
 * it throws rather than return a value the ladder could take for a fit.
 *
 * @throws `non_positive` naming the argument when d ≤ 0.
 * @example
 * ratioOver(new D(1), new D(4), 'total').toString() //=> '0.25'
 */
export function ratioOver(x: D, d: D, argument: string): D {
  if (!d.isPositive() || d.isZero()) throw argError('non_positive', argument, d.toString(), 'must be positive');
  return x.div(d);
}

/** The codes every judged finding may end up with: the rule's three, or a caveat's. */
export type JudgedFindingCode = Exclude<FindingCode, UncheckedCode>;
