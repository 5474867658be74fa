/**
 * The verdict ladder (DOMAIN.md section 4), the same for every rule; the first step that applies
 * gives the verdict:
 * 1. `consistent`: the inputs' point values imply a value the stated figure admits as written.
 * 2. `consistent_within_rounding`: inputs and stated figure at their rounding intervals.
 * 3. `consistent_via_qualifier`: also opening each input's qualifier side (以上 raised, 余 …).
 * 4. `consistent_other_reading`: under a named alternative reading (累计法, points vs percent,
 *    truncation, lenient rounding); the finding then carries that reading's numbers.
 * 5. A miss: `near_miss` / `inconsistent` by the relative gap (point values, and nearest ends of
 *    the widest intervals); `indeterminate` when the two disagree.
 * Then the definitional caveats (section 5) turn the verdict into `not_checkable` where they apply.
 */
import { argError, GrowthError } from '../errors.js';
import { D } from '../math/decimal.js';
import type { Interval } from '../math/interval.js';
import type { Caveat, Qualifier, Relation } from '../plan/model.js';
import {
  admissible as admissibleSet,
  distance,
  isDecline,
  isRounded,
  meets,
  roundingInterval,
  slack,
  writtenBound,
  type Admissible,
  type FigureReading,
  type IntervalMode,
} from '../plan/index.js';
import { figureValue, openSide, type ResolvedOptions } from './figures.js';

/** The values a stated figure admits, with the options' 左右 band. */
const admissible = (r: FigureReading, base: Interval, options: ResolvedOptions): Admissible => admissibleSet(r, base, options.approxBand);
import { amountDecimals, formatDifference, formatRelative, formatValue, writtenText } from './format.js';
import type { Alternative, Formula, RuleSpec, Unchecked } from './rules/spec.js';
import type { Finding, Reading, Required, Severity, Verdict } from './types.js';

/** The four verdicts under which a relation holds. */
const CONSISTENT: ReadonlySet<Verdict> = new Set([
  'consistent',
  'consistent_within_rounding',
  'consistent_via_qualifier',
  'consistent_other_reading',
]);

/** The declared caveats that turn a miss into `not_checkable`, in the order they are named. */
const SOFTENING = ['comparable_prices', 'other_total', 'comparable_scope', 'revised_base'] as const satisfies readonly Caveat[];

/**
 * The severity of a verdict for a gate: `ok` for the consistent ones, `info` for not checkable,
 * `warning` for near miss and indeterminate, `error` for inconsistent.
 *
 * @example
 * severityOf('near_miss') //=> 'warning'
 */
export function severityOf(verdict: Verdict): Severity {
  if (CONSISTENT.has(verdict)) return 'ok';
  if (verdict === 'not_checkable') return 'info';
  return verdict === 'inconsistent' ? 'error' : 'warning';
}

/**
 * True for the four verdicts under which a relation holds.
 *
 * @example
 * isConsistent('consistent_via_qualifier') //=> true
 */
export function isConsistent(verdict: Verdict): boolean {
  return CONSISTENT.has(verdict);
}

function finite(x: D): D {
  if (!x.isFinite()) throw argError('non_finite', 'implied', x.toString(), 'is not a finite number');
  return x;
}

/** The range of a formula monotone in each input over input intervals: the extremes of its corners. */
function evaluate(spec: RuleSpec, f: Formula, intervals: readonly Interval[]): Interval {
  if (spec.additive === true) {
    return { lo: finite(f(intervals.map((i) => i.lo))), hi: finite(f(intervals.map((i) => i.hi))) };
  }
  let lo: D | undefined;
  let hi: D | undefined;
  const corners = 1 << intervals.length;
  for (let mask = 0; mask < corners; mask++) {
    // Skip a corner that repeats another: an input with lo = hi needs only its low end.
    if (intervals.some((iv, j) => (mask & (1 << j)) !== 0 && iv.lo.eq(iv.hi))) continue;
    const y = finite(f(intervals.map((iv, j) => ((mask & (1 << j)) !== 0 ? iv.hi : iv.lo))));
    lo = lo === undefined || y.lt(lo) ? y : lo;
    hi = hi === undefined || y.gt(hi) ? y : hi;
  }
  // corners ≥ 1 and mask 0 is never skipped.
  return { lo: lo!, hi: hi! };
}

const ONE = new D(1);

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

interface Ladder {
  readonly verdict: Verdict;
  readonly qualifiersUsed: readonly Qualifier[];
  readonly readings: readonly Reading[];
  /** The rule's alternative reading that gave the verdict. */
  readonly alternative?: Alternative;
  /** The rounding mode (truncation, lenient) whose intervals gave the verdict. */
  readonly mode?: IntervalMode;
}

/** The stated value a gap is measured from: the value, or the nearer end of a range. */
function reference(stated: FigureReading, implied: D): D {
  return stated.high !== undefined && implied.gt(stated.high) ? stated.high : stated.value;
}

/** Steps 1–5 of the ladder. */
function climb(spec: RuleSpec, options: ResolvedOptions, impliedValue: D, c1: Admissible): Ladder {
  const { stated, inputs } = spec;
  const none = { qualifiersUsed: [], readings: [] } as const;
  // 1. As written.
  if (meets(evaluate(spec, spec.implied, inputs.map((r) => r.point)), c1)) return { verdict: 'consistent', ...none };
  // 2. Within rounding.
  const rounding = inputs.map((r) => r.rounding);
  const c2 = admissible(stated, stated.rounding, options);
  // Lenient intervals (the option's, or a figure's own precision) are a reading when the strict ones do not do.
  const lenient = options.lenient || [stated, ...inputs].some((r) => r.figure.precision === 'lenient' && isRounded(r));
  const strictBase = inputs.map((r) => roundingInterval(r, 'strict'));
  const strictClaim = admissible(stated, roundingInterval(stated, 'strict'), options);
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
      const claim = admissible(stated, roundingInterval(stated, mode), options);
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
function relativeBase(x: D): D {
  return x.isZero() ? new D(1) : x.abs();
}

/**
 * True when a missed stated figure is not reached (rather than overshot): always for a written
 * floor (of a rise or of a decline), never for a written ceiling, else when the implied value
 * falls short of the claim (for a decline: declines less).
 */
function notReached(s: FigureReading, impliedValue: D, c1: Admissible, onFloor: boolean): boolean {
  const bound = writtenBound(s.figure);
  if (bound !== undefined) return bound === 'floor';
  if (isDecline(s.figure, s.value)) return c1.hi !== undefined && impliedValue.gt(c1.hi);
  return onFloor || (c1.lo !== undefined && impliedValue.lt(c1.lo));
}

/** The decision a failed point check flips, for a planned floor, ceiling or a stretch target not reached. */
function decisionOf(spec: RuleSpec, impliedValue: D, c1: Admissible, onFloor: boolean): string | undefined {
  const s = spec.stated;
  if (s.stretch && notReached(s, impliedValue, c1, onFloor)) return 'stretch_target_not_reached';
  if (s.figure.role !== 'planned') return undefined;
  const bound = writtenBound(s.figure);
  if (bound === 'floor') return 'floor_not_met';
  if (bound === 'ceiling') return 'ceiling_exceeded';
  if (s.claim === 'exact' && spec.codes.short === 'target_short' && impliedValue.lt(s.value)) return 'target_not_reached';
  return undefined;
}

/** Parameters every finding with a stated figure carries. */
function statedParams(stated: FigureReading): Record<string, string | number> {
  return {
    stated: writtenText(stated, false),
    statedWritten: writtenText(stated),
    statedValue: stated.figure.high === undefined ? stated.figure.value : `${stated.figure.value}–${stated.figure.high}`,
    statedUnit: stated.unit,
    qualifiers: stated.figure.qualifiers.join('、'),
    claim: stated.figure.id === '100%' ? 'whole' : stated.claim,
  };
}

/**
 * Runs the ladder on a rule's spec and builds the finding.
 *
 * @throws `non_finite` (or the growth functions' codes) when the formula cannot be evaluated at
 *   the point values; the caller turns that into a `not_computable` finding.
 * @example
 * judge(checkGrowthTarget(relation, context), relation, options).verdict //=> 'near_miss'
 */
export function judge(spec: RuleSpec, relation: Relation, options: ResolvedOptions): Finding {
  const { stated } = spec;
  const values = spec.inputs.map((r) => r.value);
  const defaultImplied = finite(spec.implied(values));
  const c1 = admissible(stated, stated.claim === 'rounded' ? roundingInterval(stated, 'strict') : stated.point, options);
  const ladder = climb(spec, options, defaultImplied, c1);
  // The numbers of the reading the verdict used: the alternative's formula and unit, the rounding mode's intervals.
  const alt = ladder.alternative;
  const formula = alt?.implied ?? spec.implied;
  const impliedValue = alt === undefined ? defaultImplied : finite(alt.implied(values));
  const intervals = spec.inputs.map((r) => (ladder.mode === undefined ? r.rounding : roundingInterval(r, ladder.mode)));
  const inStated = evaluate(spec, formula, intervals);
  const unit = alt?.unit ?? stated.unit;
  const scale = alt?.scale ?? ONE;
  const impliedInterval = { lo: inStated.lo.times(scale), hi: inStated.hi.times(scale) };
  const ref = reference(stated, impliedValue);
  const absolute = impliedValue.minus(ref).times(scale);
  const relative = absolute.div(relativeBase(ref.times(scale)));
  // An exclusive bound hit exactly is a miss on its excluded side: short of 超过 X, over 不满 X.
  const onFloor = c1.lo !== undefined && c1.loOpen && impliedValue.minus(c1.lo).abs().lte(slack(c1.lo));
  const onCeiling = c1.hi !== undefined && c1.hiOpen && impliedValue.minus(c1.hi).abs().lte(slack(c1.hi));
  const short = onFloor || (c1.lo !== undefined && impliedValue.lt(c1.lo));
  const decimals = amountDecimals(stated);
  const declared = relation.caveats ?? [];
  const caveats: Caveat[] = spec.comparablePrices === true && !declared.includes('comparable_prices') ? [...declared, 'comparable_prices'] : [...declared];
  const required = requiredOf(spec, alt);

  let verdict = ladder.verdict;
  let code = isConsistent(verdict) ? spec.codes.match : short ? spec.codes.short : spec.codes.over;
  let readings = ladder.readings;
  let decision = isConsistent(verdict) ? undefined : decisionOf(spec, impliedValue, c1, onFloor);
  const extra: Record<string, string> = {};
  if (!isConsistent(verdict) && (onFloor || onCeiling)) extra.atBound = onFloor ? 'floor' : 'ceiling';
  if (alt !== undefined) {
    extra.reading = alt.reading;
    extra.defaultImplied = formatValue(defaultImplied, stated.unit, decimals);
  }
  if (spec.comparablePrices === true) {
    extra.atCurrentPrices = verdict;
    if (isConsistent(verdict)) readings = [...readings, 'current_prices'];
    verdict = 'not_checkable';
    code = 'comparable_prices';
    decision = undefined;
  } else if (!isConsistent(verdict)) {
    const caveat = SOFTENING.find((c) => declared.includes(c));
    if (caveat !== undefined) {
      extra.wouldBe = verdict;
      verdict = 'not_checkable';
      code = caveat;
      decision = undefined;
    }
  }

  const params: Record<string, string | number> = {
    subject: spec.subject,
    ...spec.params,
    ...statedParams(stated),
    implied: formatValue(impliedValue.times(scale), unit, decimals),
    impliedLo: formatValue(impliedInterval.lo, unit, decimals),
    impliedHi: formatValue(impliedInterval.hi, unit, decimals),
    gap: formatDifference(absolute.abs(), unit, decimals),
    gapPct: formatRelative(relative.abs()),
    direction: onFloor ? 'short' : onCeiling ? 'over' : absolute.isZero() ? 'none' : absolute.isNegative() ? 'short' : 'over',
    qualifiersUsed: ladder.qualifiersUsed.join('、'),
    readings: readings.join(','),
    caveats: caveats.join(','),
    verdict,
    ...extra,
  };
  if (required !== undefined) params.required = formatValue(required.value, required.unit, decimals);
  if (decision !== undefined) params.decision = decision;

  return {
    relation: relation.id,
    kind: relation.kind,
    verdict,
    severity: severityOf(verdict),
    code,
    subject: spec.subject,
    stated: figureValue(stated),
    implied: { value: impliedValue.times(scale), interval: impliedInterval, unit },
    gap: { absolute, relative },
    ...(required !== undefined && { required }),
    figures: spec.figures.map(figureValue),
    qualifiersUsed: ladder.qualifiersUsed,
    readings,
    caveats,
    ...(decision !== undefined && { decision }),
    params,
  };
}

/** The free figure under the reading used: the alternative's when it has one it can compute, else the rule's. */
function requiredOf(spec: RuleSpec, alt: Alternative | undefined): Required | undefined {
  if (alt?.required === undefined) return spec.required;
  try {
    const r = alt.required();
    return r.value.isFinite() ? r : spec.required;
  } catch (e) {
    if (e instanceof GrowthError) return spec.required;
    throw e;
  }
}

/**
 * The finding of a relation that cannot be checked (too few figures, not computable).
 *
 * @example
 * uncheckedFinding(missing, relation).verdict //=> 'not_checkable'
 */
export function uncheckedFinding(result: Unchecked, relation: Relation): Finding {
  return {
    relation: relation.id,
    kind: relation.kind,
    verdict: 'not_checkable',
    severity: 'info',
    code: result.code,
    subject: result.subject,
    ...(result.stated !== undefined && { stated: figureValue(result.stated) }),
    figures: result.figures.map(figureValue),
    qualifiersUsed: [],
    readings: [],
    caveats: [...(relation.caveats ?? [])],
    params: {
      subject: result.subject,
      relation: relation.id,
      ...result.params,
      ...(result.stated !== undefined && statedParams(result.stated)),
    },
  };
}
