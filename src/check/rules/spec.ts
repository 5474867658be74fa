/**
 * What a rule hands to the verdict ladder: the figure under test, the inputs, the formula that
 * gives the stated figure from the inputs (monotone in each input), the alternative readings and
 * the free figure. The ladder (verdict.ts) is the same for every rule.
 */
import { argError } from '../../errors.js';
import type { D } from '../../math/decimal.js';
import type { Relation } from '../../plan/model.js';
import type { FigureReading } from '../../plan/index.js';
import type { ResolvedOptions } from '../figures.js';
import type { FindingCode } from '../codes.js';
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

/** A checkable relation, ready for the ladder. */
export interface RuleSpec {
  readonly kind: 'spec';
  /** The figure under test. */
  readonly stated: FigureReading;
  readonly inputs: readonly FigureReading[];
  readonly implied: Formula;
  /** True when the formula is a sum of its inputs: the interval is [Σ lo, Σ hi] (no corners). */
  readonly additive?: boolean;
  readonly alternatives: readonly Alternative[];
  readonly required?: Required;
  /** Codes for a relation that holds, and misses below / above. */
  readonly codes: { readonly match: FindingCode; readonly short: FindingCode; readonly over: FindingCode };
  /** Every figure that took part, in slot order. */
  readonly figures: readonly FigureReading[];
  /** The indicator names the relation is about. */
  readonly subject: string;
  /** Rule-specific message parameters (years, inputs as written). */
  readonly params: Readonly<Record<string, string | number>>;
  /**
   * A growth rate, change or multiple at comparable prices against levels at current prices
   * (DOMAIN.md section 5); `params.priced` names the figure at comparable prices.
   */
  readonly comparablePrices?: boolean;
}

/** A relation that cannot be checked at all (too few figures, an uncomputable formula). */
export interface Unchecked {
  readonly kind: 'unchecked';
  readonly code: FindingCode;
  readonly subject: string;
  readonly stated?: FigureReading;
  readonly figures: readonly FigureReading[];
  readonly params: Readonly<Record<string, string | number>>;
}

/** Looks figures up by id, read for checking. */
export interface RuleContext {
  readonly figure: (id: string) => FigureReading | undefined;
  readonly options: ResolvedOptions;
}

/** A rule: one relation kind to a spec or an unchecked result. */
export type Rule<R extends Relation> = (relation: R, context: RuleContext) => RuleSpec | Unchecked;

/** Resolves a relation's slots; reports the first missing one. */
export function resolveSlots<K extends string>(
  slots: Readonly<Record<K, string>>,
  context: RuleContext,
): { readonly ok: true; readonly figures: Readonly<Record<K, FigureReading>> } | { readonly ok: false; readonly result: Unchecked } {
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
  if (missing.length === 0) return { ok: true, figures: out as Record<K, FigureReading> };
  return {
    ok: false,
    result: {
      kind: 'unchecked',
      code: 'missing_figure',
      subject: subjectOf(found),
      figures: found,
      params: { missing: missing.join(', ') },
    },
  };
}

/** The names of the indicators of some figures, each once, joined by `、`. */
export function subjectOf(figures: readonly FigureReading[]): string {
  const names = [...new Set(figures.map((f) => f.indicator.name))];
  if (names.length <= 1) return names[0] ?? '';
  // Several indicators (a part and its total, a share and its levels): name the one the relation
  // is about, the share when there is one, else the last figure (the total, the stated one).
  const share = figures.find((f) => f.figure.type === 'share' && f.figure.id !== '100%');
  return (share ?? figures[figures.length - 1])?.indicator.name ?? names.join('、');
}

/** The year span of a figure (`to − from`), or of two dated figures. */
export function spanOf(start: FigureReading, end: FigureReading, span?: FigureReading): number | undefined {
  const a = start.figure.year ?? start.figure.from ?? span?.figure.from;
  const b = end.figure.year ?? end.figure.to ?? span?.figure.to;
  if (a !== undefined && b !== undefined && b > a) return b - a;
  const f = span?.figure;
  if (f?.from !== undefined && f.to !== undefined && f.to > f.from) return f.to - f.from;
  return undefined;
}

/** An unchecked result for a relation whose years do not give a positive span. */
export function noSpan(subject: string, figures: readonly FigureReading[]): Unchecked {
  return { kind: 'unchecked', code: 'not_computable', subject, figures, params: { reason: 'years' } };
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
