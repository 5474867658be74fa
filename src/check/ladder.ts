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
  const directions = spec.directions;
  if (directions !== undefined) {
    // Monotone in known directions: the low end takes each input's end that lowers the value.
    const at = (high: boolean) => intervals.map((i, j) => ((directions[j] === 1) === high ? i.hi : i.lo));
    return { lo: finite(f(at(false))), hi: finite(f(at(true))) };
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
  /** The figures' intervals under the reading that gave the verdict (restated, truncated, lenient), when not as written. */
  readonly precisions?: Precisions;
  /** The rounding mode (truncation, lenient) whose intervals gave the verdict. */
  readonly mode?: IntervalMode;
}

/** The stated value a gap is measured from: the value, or the nearer end of a range. */
export function reference(stated: FigureReading, implied: D): D {
  return stated.high !== undefined && implied.gt(stated.high) ? stated.high : stated.value;
}

/** The intervals of a step of the ladder: the inputs' and the stated figure's, under one reading of the figures' precision. */
interface Precisions {
  readonly inputs: readonly Interval[];
  readonly stated: Interval;
}

/** Rounding intervals under a mode (strict: as written, a figure's own lenient precision set aside). */
function precisions(spec: RuleSpec, mode: IntervalMode): Precisions {
  // A figure's `rounding` is its strict interval already.
  const of = (r: FigureReading): Interval => (mode === 'strict' ? r.rounding : roundingInterval(r, mode));
  return { inputs: spec.inputs.map(of), stated: of(spec.stated) };
}

/**
 * The figures read as restated (DOMAIN.md section 3): planned figures that another form of the same
 * target was derived from are rounded to their written decimals instead of exact. The implicit
 * whole ("100%") and doubling phrases stay exact: they are definitions.
 */
function restated(spec: RuleSpec): Precisions | undefined {
  const round = (r: FigureReading): Interval =>
    r.exact && r.figure.id !== '100%' && r.claim !== 'floor' && r.figure.precision === undefined ? roundingInterval({ ...r, exact: false }, 'strict') : r.rounding;
  const inputs = spec.inputs.map(round);
  const stated = round(spec.stated);
  const changed = [...spec.inputs, spec.stated].some((r, i) => {
    const j = i < spec.inputs.length ? inputs[i]! : stated;
    return !j.lo.eq(r.rounding.lo) || !j.hi.eq(r.rounding.hi);
  });
  return changed ? { inputs, stated } : undefined;
}

/** The value of a stated figure in level terms (DOMAIN.md section 4): the rule's transform, identity by default. */
export function levelOf(spec: RuleSpec, x: D): D {
  return spec.level === undefined ? x : spec.level(x);
}

/**
 * Steps 1–5 of the ladder for a rule's spec; `impliedValue` is the implied value at the inputs'
 * point values, `c1` what the stated figure admits as written.
 */
export function climb(spec: RuleSpec, options: ResolvedOptions, impliedValue: D, c1: Admissible): Ladder {
  const { stated, inputs } = spec;
  const none = { qualifiersUsed: [], readings: [] } as const;
  const other = (p: Precisions, f: Formula = spec.implied) => attempt(spec, f, p.inputs, admits(stated, p.stated, options), options);
  // 1. As written.
  if (meets(evaluate(spec, spec.implied, inputs.map((r) => r.point)), c1)) return { verdict: 'consistent', ...none };
  // 2. Within rounding (the figures' precision as written; lenient rounding is a reading of step 4).
  const strict = precisions(spec, 'strict');
  const c2 = admits(stated, strict.stated, options);
  if (holds(spec, spec.implied, strict.inputs, c2)) return { verdict: 'consistent_within_rounding', ...none };
  // 3. Via the inputs' qualifiers.
  const via = attempt(spec, spec.implied, strict.inputs, c2, options);
  if (via !== undefined) return { verdict: 'consistent_via_qualifier', qualifiersUsed: via.qualifiers, readings: [] };
  // 4. Other readings: the rule's own, then restated figures rounded, then truncation, then lenient rounding when switched on.
  for (const alt of spec.alternatives) {
    const found = other(strict, alt.implied);
    if (found !== undefined) return { verdict: 'consistent_other_reading', qualifiersUsed: found.qualifiers, readings: [alt.reading], alternative: alt };
  }
  if (spec.restatement === true) {
    const p = restated(spec);
    const found = p === undefined ? undefined : other(p);
    if (p !== undefined && found !== undefined) {
      return { verdict: 'consistent_other_reading', qualifiersUsed: found.qualifiers, readings: ['restated_rounded'], precisions: p };
    }
  }
  const rounded = [stated, ...inputs].some(isRounded);
  const lenient = options.lenient ? 'lenient' : [stated, ...inputs].some((r) => r.figure.precision === 'lenient' && isRounded(r)) ? 'round' : undefined;
  const modes: readonly { readonly mode: IntervalMode; readonly reading: Reading }[] = [
    ...(rounded ? [{ mode: 'truncation', reading: 'truncation' } as const] : []),
    ...(lenient !== undefined ? [{ mode: lenient, reading: 'lenient_rounding' } as const] : []),
  ];
  for (const { mode, reading } of modes) {
    const p = precisions(spec, mode);
    const found = other(p);
    if (found !== undefined) return { verdict: 'consistent_other_reading', qualifiersUsed: found.qualifiers, readings: [reading], precisions: p, mode };
  }
  // 5. A miss, measured in level terms: by the point values, and by the nearest ends of the widest intervals.
  const opened = inputs.map((r, i) => openSide(r, strict.inputs[i]!, options).interval);
  let widest: Interval;
  try {
    widest = evaluate(spec, spec.implied, opened);
  } catch (e) {
    if (!(e instanceof GrowthError)) throw e;
    widest = evaluate(spec, spec.implied, strict.inputs);
  }
  const level = (i: Interval): Interval => ({ lo: levelOf(spec, i.lo), hi: levelOf(spec, i.hi) });
  const inLevels = (a: Admissible): Admissible => ({
    ...a,
    ...(a.lo !== undefined && { lo: levelOf(spec, a.lo) }),
    ...(a.hi !== undefined && { hi: levelOf(spec, a.hi) }),
  });
  const denominator = relativeBase(levelOf(spec, reference(stated, impliedValue)));
  const near = (d: D): boolean => d.div(denominator).lte(options.tolerance);
  const byPoint = near(distance(level({ lo: impliedValue, hi: impliedValue }), inLevels(c1)));
  const byEnds = near(distance(level(widest), inLevels(c2)));
  const verdict: Verdict = byPoint && byEnds ? 'near_miss' : !byPoint && !byEnds ? 'inconsistent' : 'indeterminate';
  return { verdict, ...none };
}

/** The denominator of a relative gap: |stated|, or 1 when the stated value is zero. */
export function relativeBase(x: D): D {
  return x.isZero() ? new D(1) : x.abs();
}
