/**
 * The verdict ladder (DOMAIN.md section 4), the same for every rule; the first step that holds
 * gives the verdict:
 * 1. `consistent`: the inputs' point values imply a value the stated figure admits as written.
 * 2. `consistent_within_rounding`: inputs and stated figure at their rounding intervals.
 * 3. `consistent_via_qualifier`: also opening each input's qualifier side (以上 raised, 余 …).
 * 4. `consistent_other_reading`: under a named alternative reading (累计法, points vs percent,
 *    truncation, lenient rounding); the finding then carries that reading's numbers.
 * 5. A miss: `near_miss` / `inconsistent` by the relative gap (point values, and nearest ends of
 *    the widest intervals); `indeterminate` when the two disagree.
 */
import { argError, GrowthError } from '../errors.js';
import { cornerRange } from '../math/corners.js';
import { D } from '../math/decimal.js';
import type { Interval } from '../math/interval.js';
import {
  admissible,
  distance,
  isRounded,
  meets,
  roundingInterval,
  type Admissible,
  type FigureReading,
  type IntervalMode,
} from '../plan/index.js';
import type { Qualifier } from '../units/index.js';
import type { ResolvedOptions } from './options.js';
import type { Alternative, Formula, RuleSpec } from './rules/spec.js';
import type { Reading, Verdict } from './types.js';
import { openSide } from './widen.js';

/** The values a stated figure admits around a base interval, with the options' 左右 band. */
export const admits = (r: FigureReading, base: Interval, options: ResolvedOptions): Admissible => admissible(r, base, options.approxBand);

export function finite(x: D): D {
  if (!x.isFinite()) throw argError('non_finite', 'implied', x.toString(), 'is not a finite number');
  return x;
}

/** The range of a formula monotone in each input over input intervals: the extremes of its corners. */
export function evaluate(spec: RuleSpec, f: Formula, intervals: readonly Interval[]): Interval {
  if (spec.additive === true) {
    return { lo: finite(f(intervals.map((i) => i.lo))), hi: finite(f(intervals.map((i) => i.hi))) };
  }
  return cornerRange(intervals, (args) => finite(f(args)));
}

/** Whether a formula over input intervals meets a claim; a formula that cannot be evaluated there does not. */
function holds(spec: RuleSpec, f: Formula, intervals: readonly Interval[], claim: Admissible): boolean {
  try {
    return meets(evaluate(spec, f, intervals), claim);
  } catch (e) {
    if (e instanceof GrowthError) return false;
    throw e;
  }
}

/**
 * Tries a formula at some input intervals, then with the inputs' qualifier sides opened; returns
 * the qualifiers it needed (a minimal set, dropped greedily in input order), or undefined.
 */
function attempt(
  spec: RuleSpec,
  f: Formula,
  base: readonly Interval[],
  claim: Admissible,
  options: ResolvedOptions,
): { readonly qualifiers: readonly Qualifier[] } | undefined {
  if (holds(spec, f, base, claim)) return { qualifiers: [] };
  const opened = spec.inputs.map((r, i) => openSide(r, base[i]!, options));
  const open = opened.map((o) => o.qualifiers.length > 0);
  if (!open.some(Boolean)) return undefined;
  const at = (use: readonly boolean[]): Interval[] => opened.map((o, i) => (use[i] === true ? o.interval : base[i]!));
  if (!holds(spec, f, at(open), claim)) return undefined;
  const use = [...open];
  for (let i = 0; i < use.length; i++) {
    if (!use[i]) continue;
    use[i] = false;
    if (!holds(spec, f, at(use), claim)) use[i] = true;
  }
  return { qualifiers: [...new Set(opened.flatMap((o, i) => (use[i] === true ? o.qualifiers : [])))] };
}

/** Where the ladder stopped: the verdict and what it used. */
export interface Ladder {
  readonly verdict: Verdict;
  readonly qualifiersUsed: readonly Qualifier[];
  readonly readings: readonly Reading[];
  /** The rule's alternative reading that gave the verdict. */
  readonly alternative?: Alternative;
  /** The rounding mode (truncation, lenient) whose intervals gave the verdict. */
  readonly mode?: IntervalMode;
}

/** The stated value a gap is measured from: the value, or the nearer end of a range. */
export function reference(stated: FigureReading, implied: D): D {
  return stated.high !== undefined && implied.gt(stated.high) ? stated.high : stated.value;
}

/**
 * Steps 1–5 of the ladder for a rule's spec; `impliedValue` is the implied value at the inputs'
 * point values, `c1` what the stated figure admits as written.
 */
export function climb(spec: RuleSpec, options: ResolvedOptions, impliedValue: D, c1: Admissible): Ladder {
  const { stated, inputs } = spec;
  const none = { qualifiersUsed: [], readings: [] } as const;
  // 1. As written.
  if (meets(evaluate(spec, spec.implied, inputs.map((r) => r.point)), c1)) return { verdict: 'consistent', ...none };
  // 2. Within rounding.
  const rounding = inputs.map((r) => r.rounding);
  const c2 = admits(stated, stated.rounding, options);
  // Lenient intervals (the option's, or a figure's own precision) are a reading when the strict ones do not do.
  const lenient = options.lenient || [stated, ...inputs].some((r) => r.figure.precision === 'lenient' && isRounded(r));
  const strictBase = inputs.map((r) => roundingInterval(r, 'strict'));
  const strictClaim = admits(stated, roundingInterval(stated, 'strict'), options);
  const lenientUsed = (f: Formula, viaQualifiers: boolean): Reading[] =>
    lenient && !(viaQualifiers ? attempt(spec, f, strictBase, strictClaim, options) !== undefined : holds(spec, f, strictBase, strictClaim))
      ? ['lenient_rounding']
      : [];
  if (holds(spec, spec.implied, rounding, c2)) {
    return { verdict: 'consistent_within_rounding', qualifiersUsed: [], readings: lenientUsed(spec.implied, false) };
  }
  // 3. Via the inputs' qualifiers.
  const via = attempt(spec, spec.implied, rounding, c2, options);
  if (via !== undefined) return { verdict: 'consistent_via_qualifier', qualifiersUsed: via.qualifiers, readings: lenientUsed(spec.implied, true) };
  // 4. Other readings: the rule's own, then truncation and lenient rounding.
  for (const alt of spec.alternatives) {
    const other = attempt(spec, alt.implied, rounding, c2, options);
    if (other !== undefined) {
      return { verdict: 'consistent_other_reading', qualifiersUsed: other.qualifiers, readings: [alt.reading, ...lenientUsed(alt.implied, true)], alternative: alt };
    }
  }
  const modes = options.lenient ? (['truncation'] as const) : (['truncation', 'lenient'] as const);
  if ([stated, ...inputs].some(isRounded)) {
    for (const mode of modes) {
      const base = inputs.map((r) => roundingInterval(r, mode));
      const claim = admits(stated, roundingInterval(stated, mode), options);
      const other = attempt(spec, spec.implied, base, claim, options);
      const reading: Reading = mode === 'truncation' ? 'truncation' : 'lenient_rounding';
      if (other !== undefined) return { verdict: 'consistent_other_reading', qualifiersUsed: other.qualifiers, readings: [reading], mode };
    }
  }
  // 5. A miss: by the point values, and by the nearest ends of the widest intervals.
  const opened = inputs.map((r) => openSide(r, r.rounding, options).interval);
  let widest: Interval;
  try {
    widest = evaluate(spec, spec.implied, opened);
  } catch (e) {
    if (!(e instanceof GrowthError)) throw e;
    widest = evaluate(spec, spec.implied, rounding);
  }
  const denominator = relativeBase(reference(stated, impliedValue));
  const near = (d: D): boolean => d.div(denominator).lte(options.tolerance);
  const byPoint = near(distance({ lo: impliedValue, hi: impliedValue }, c1));
  const byEnds = near(distance(widest, c2));
  const verdict: Verdict = byPoint && byEnds ? 'near_miss' : !byPoint && !byEnds ? 'inconsistent' : 'indeterminate';
  return { verdict, ...none };
}

/** The denominator of a relative gap: |stated|, or 1 when the stated value is zero. */
export function relativeBase(x: D): D {
  return x.isZero() ? new D(1) : x.abs();
}
