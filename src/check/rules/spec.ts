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
import type { BaseParams, FindingCode, FindingParams, JudgedParams, Priced, SpanParams } from '../params.js';
import { writtenText } from '../present.js';
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

/**
 * The message codes of a rule for a relation that holds, and misses below and above (one code for
 * both unless a third is given), with the parameters their messages share beyond the judged ones.
 */
interface CodesOf<M extends FindingCode, S extends FindingCode, O extends FindingCode = S> {
  readonly match: M;
  readonly short: S;
  readonly over: O;
  readonly params: Omit<FindingParams[M], keyof JudgedParams>;
}

/** The message codes of each rule. */
export type RuleCodes =
  | CodesOf<'target_reached', 'target_short', 'target_exceeded'>
  | CodesOf<'rate_matches', 'rate_mismatch'>
  | CodesOf<'sum_matches', 'sum_mismatch'>
  | CodesOf<'share_matches', 'share_mismatch'>
  | CodesOf<'points_match', 'points_mismatch'>
  | CodesOf<'change_matches', 'change_mismatch'>
  | CodesOf<'annual_cumulative_match', 'annual_cumulative_mismatch'>
  | CodesOf<'multiple_matches', 'multiple_mismatch'>
  | CodesOf<'cumulative_rate_matches', 'cumulative_rate_mismatch'>
  | CodesOf<'increase_matches', 'increase_mismatch'>
  | CodesOf<'average_matches', 'average_mismatch'>
  | CodesOf<'annual_points_match', 'annual_points_mismatch'>
  | CodesOf<'gap_matches', 'gap_mismatch'>
  | CodesOf<'rate_multiple_matches', 'rate_multiple_mismatch'>;

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

/** The rules whose miss either way is one code, by the code of a match. */
type OneMiss = { [C in RuleCodes as C['short'] extends C['over'] ? C['match'] : never]: C };

/**
 * A rule's codes when a miss either way has one code (every rule's but growth_target's).
 *
 * @example
 * missCodes('sum_matches', 'sum_mismatch', { parts: '3亿 + 7亿', count: 2 }).over //=> 'sum_mismatch'
 */
export function missCodes<M extends keyof OneMiss>(match: M, miss: OneMiss[M]['short'], params: OneMiss[M]['params']): RuleCodes {
  return { match, short: miss, over: miss, params } as OneMiss[M];
}

/**
 * The parameters of a relation from a start figure to an end figure: each as written, with its year.
 *
 * @example
 * spanParams(openSpan({ start: 'a', end: 'b', change: 'c' }, context, ['start', 'end', 'change'])) //=> { start: '100亿元', startYear: 2010, end: '200亿元', endYear: 2015 }
 */
export function spanParams(o: OpenedSpan<'start' | 'end'>): SpanParams {
  return { start: writtenText(o.slots.start), startYear: o.from, end: writtenText(o.slots.end), endYear: o.to };
}

/**
 * The span's years as message parameters: its first and last year, and how many years it spans.
 *
 * @example
 * yearsParams(openSpan({ rate: 'g', change: 'c' }, context, ['change', 'change', 'change'])) //=> { fromYear: 2015, toYear: 2020, years: 5 }
 */
export function yearsParams(o: OpenedSpan<string>): { readonly fromYear: number; readonly toYear: number; readonly years: number } {
  return { fromYear: o.from, toYear: o.to, years: o.years };
}

/** A rate as the free figure, in %: the value that would make the relation hold. */
export function freeRate(rate: FigureReading, value: D): Required {
  return { figure: rate.figure.id, what: 'rate', value, unit: '%' };
}

/** The free figure when it is the stated one: what it is and its unit (its value is what the inputs imply). */
export type StatedFree = Pick<Required, 'what' | 'unit'>;

/** What a rule says of a relation it can check; {@link ruleSpec} makes the spec of it. */
export interface Judgement extends Omit<RuleSpec, 'kind' | 'alternatives' | 'required' | 'figures' | 'subject'> {
  /** Default: none. */
  readonly alternatives?: readonly Alternative[];
  /**
   * The free figure: the stated one, by what it is and its unit (at the value the inputs imply at
   * their own values); another figure, whole ({@link freeRate}); none when left out.
   */
  readonly free?: StatedFree | Required | undefined;
  /** Default: the opening's figures and subject. */
  readonly figures?: readonly FigureReading[];
  readonly subject?: string;
}

/**
 * The spec of a relation a rule can check: its stated figure judged against what the inputs imply,
 * with the opening's figures and subject and no alternative reading unless the rule gives them.
 *
 * @example
 * ruleSpec(o, { stated: total, inputs: parts, implied: sum, free: { what: 'total', unit: '亿元' }, codes }).required.value //=> Σ parts
 */
export function ruleSpec(opened: Opened<string>, judgement: Judgement): RuleSpec {
  const { free, ...rest } = judgement;
  const required: Required | undefined =
    free === undefined || 'figure' in free
      ? free
      : { figure: rest.stated.figure.id, what: free.what, value: rest.implied(rest.inputs.map((r) => r.value)), unit: free.unit };
  return { kind: 'spec', alternatives: [], figures: opened.figures, subject: opened.subject, ...rest, ...(required !== undefined && { required }) };
}

/** The codes every judged finding may end up with: the rule's three, or a caveat's. */
export type JudgedFindingCode = Exclude<FindingCode, UncheckedCode>;
