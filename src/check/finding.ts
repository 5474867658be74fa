/**
 * A finding from a rule's result: runs the ladder (ladder.ts) on a checkable relation and
 * assembles the numbers behind the verdict, the decision it flips, the definitional caveats that
 * make it not checkable (DOMAIN.md section 5), and the typed parameters of its message.
 */
import { GrowthError } from '../errors.js';
import { D } from '../math/decimal.js';
import { isDecline, roundingInterval, slack, writtenBound, type Admissible, type FigureReading } from '../plan/index.js';
import type { Caveat, Relation } from '../plan/model.js';
import { admits, climb, evaluate, finite, levelOf, reference, relativeBase } from './ladder.js';
import type { ResolvedOptions } from './options.js';
import type { JudgedParams } from './params.js';
import { amountDecimals, figureValue, formatDifference, formatRelative, formatValue, writtenText } from './present.js';
import type { Alternative, JudgedFindingCode, RuleSpec, Unchecked } from './rules/spec.js';
import type { Decision, Direction, Finding, Required, Verdict } from './types.js';
import { isConsistent, severityOf } from './verdicts.js';

const ONE = new D(1);

/** The declared caveats that turn a miss into `not_checkable`, in the order they are named. */
const SOFTENING = ['comparable_prices', 'other_total', 'comparable_scope', 'revised_base'] as const satisfies readonly Caveat[];

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
function decisionOf(spec: RuleSpec, impliedValue: D, c1: Admissible, onFloor: boolean): Decision | undefined {
  const s = spec.stated;
  if (s.stretch && notReached(s, impliedValue, c1, onFloor)) return 'stretch_target_not_reached';
  if (s.figure.role !== 'planned') return undefined;
  const bound = writtenBound(s.figure);
  if (bound === 'floor') return 'floor_not_met';
  if (bound === 'ceiling') return 'ceiling_exceeded';
  if (s.claim === 'exact' && spec.codes.short === 'target_short' && impliedValue.lt(s.value)) return 'target_not_reached';
  return undefined;
}

/** The stated figure as a message shows it; a measured figure is never called a target. */
function statedParams(stated: FigureReading): Pick<JudgedParams, 'stated' | 'statedWritten' | 'claim'> {
  const claim = stated.claim === 'exact' && stated.figure.role !== 'planned' ? 'rounded' : stated.claim;
  return {
    stated: writtenText(stated, false),
    statedWritten: writtenText(stated),
    claim: stated.figure.id === '100%' ? 'whole' : claim,
  };
}

/** Wordings that state a decline (下降3.5%, 降低, 减少, 压减). */
const DECLINE_WORDS = /下降|降低|减少|压减|压缩|下滑/;
const SIGNED: ReadonlySet<string> = new Set(['rate', 'change', 'points', 'increase', 'annual_points', 'average_increase']);

/**
 * A decline written as a positive number (累计下降19.26% as "19.26" instead of "-19.26"): a change
 * figure whose quote says 下降 (or 降低, 减少 …) and whose value is positive.
 */
function declineSign(spec: RuleSpec): boolean {
  return [spec.stated, ...spec.inputs].some(
    (r) => SIGNED.has(r.figure.type) && r.value.isPositive() && !r.value.isZero() && DECLINE_WORDS.test(r.figure.quote ?? ''),
  );
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
  const c1 = admits(stated, stated.claim === 'rounded' ? roundingInterval(stated, 'strict') : stated.point, options);
  const ladder = climb(spec, options, defaultImplied, c1);
  // The numbers of the reading the verdict used: the alternative's formula and unit, the rounding mode's intervals.
  const alt = ladder.alternative;
  const formula = alt?.implied ?? spec.implied;
  const impliedValue = alt === undefined ? defaultImplied : finite(alt.implied(values));
  const intervals = ladder.precisions?.inputs ?? spec.inputs.map((r) => r.rounding);
  const inStated = evaluate(spec, formula, intervals);
  const unit = alt?.unit ?? stated.unit;
  const scale = alt?.scale ?? ONE;
  const impliedInterval = { lo: inStated.lo.times(scale), hi: inStated.hi.times(scale) };
  const ref = reference(stated, impliedValue);
  const absolute = impliedValue.minus(ref).times(scale);
  // The relative gap in level terms (DOMAIN.md section 4), unless a reading reads the stated figure in another unit.
  const relative =
    alt?.unit === undefined
      ? levelOf(spec, impliedValue).minus(levelOf(spec, ref)).div(relativeBase(levelOf(spec, ref)))
      : absolute.div(relativeBase(ref.times(scale)));
  // An exclusive bound hit exactly is a miss on its excluded side: short of 超过 X, over 不满 X.
  const onFloor = c1.lo !== undefined && c1.loOpen && impliedValue.minus(c1.lo).abs().lte(slack(c1.lo));
  const onCeiling = c1.hi !== undefined && c1.hiOpen && impliedValue.minus(c1.hi).abs().lte(slack(c1.hi));
  const short = onFloor || (c1.lo !== undefined && impliedValue.lt(c1.lo));
  const decimals = amountDecimals(stated);
  const declared = relation.caveats ?? [];
  const priced = spec.comparablePrices;
  const caveats: Caveat[] = priced !== undefined && !declared.includes('comparable_prices') ? [...declared, 'comparable_prices'] : [...declared];
  const required = requiredOf(spec, alt);

  const ladderVerdict = ladder.verdict;
  let verdict: Verdict = ladderVerdict;
  let code: JudgedFindingCode = isConsistent(verdict) ? spec.codes.match : short ? spec.codes.short : spec.codes.over;
  let readings = ladder.readings;
  let decision = isConsistent(verdict) ? undefined : decisionOf(spec, impliedValue, c1, onFloor);
  let otherwise: Verdict | undefined;
  let atCurrentPrices: Verdict | undefined;
  if (priced !== undefined) {
    atCurrentPrices = ladderVerdict;
    if (isConsistent(ladderVerdict)) readings = [...readings, 'current_prices'];
    verdict = 'not_checkable';
    code = 'comparable_prices';
    decision = undefined;
  } else if (spec.cumulativeMethod === true && !isConsistent(verdict)) {
    otherwise = verdict;
    verdict = 'not_checkable';
    code = 'cumulative_method';
    decision = undefined;
  } else if (!isConsistent(verdict)) {
    const caveat = SOFTENING.find((c) => declared.includes(c));
    if (caveat !== undefined) {
      otherwise = verdict;
      verdict = 'not_checkable';
      code = caveat;
      decision = undefined;
    }
  }
  const direction: Direction = onFloor ? 'short' : onCeiling ? 'over' : absolute.isZero() ? 'none' : absolute.isNegative() ? 'short' : 'over';
  const hint = !isConsistent(ladderVerdict) && declineSign(spec) ? 'decline_sign' : undefined;
  const bound = !isConsistent(ladderVerdict) && (onFloor || onCeiling) ? (onFloor ? 'floor' : 'ceiling') : undefined;

  const params: JudgedParams = {
    subject: spec.subject,
    relation: relation.id,
    ...statedParams(stated),
    implied: formatValue(impliedValue.times(scale), unit, decimals),
    impliedLo: formatValue(impliedInterval.lo, unit, decimals),
    impliedHi: formatValue(impliedInterval.hi, unit, decimals),
    ...(alt !== undefined && { defaultImplied: formatValue(defaultImplied, stated.unit, decimals) }),
    gap: formatDifference(absolute.abs(), unit, decimals, { visible: true }),
    gapPct: formatRelative(relative.abs()),
    ...(required !== undefined && { required: formatValue(required.value, required.unit, decimals) }),
  };

  // The parameters are the rule's (matching its three codes) and the judged ones; a caveat's code
  // reads only the judged ones (and `priced`).
  const finding = {
    relation: relation.id,
    kind: relation.kind,
    verdict,
    severity: severityOf(verdict),
    code,
    subject: spec.subject,
    stated: figureValue(stated),
    implied: { value: impliedValue.times(scale), interval: impliedInterval, unit },
    gap: { absolute, relative },
    direction,
    ...(bound !== undefined && { bound }),
    ...(isDecline(stated.figure, stated.value) && { decline: true }),
    ...(hint !== undefined && { hint }),
    ...(required !== undefined && { required }),
    figures: spec.figures.map(figureValue),
    qualifiersUsed: ladder.qualifiersUsed,
    readings,
    ...(alt !== undefined && { reading: alt.reading }),
    caveats,
    ...(decision !== undefined && { decision }),
    ...(otherwise !== undefined && { otherwise }),
    ...(atCurrentPrices !== undefined && { atCurrentPrices }),
    params: { ...spec.codes.params, ...params, ...(priced !== undefined && { priced }) },
  };
  return finding as Finding;
}

/**
 * The finding of a relation that cannot be checked (too few figures, not computable, no rate for a
 * total).
 *
 * @example
 * uncheckedFinding(missing, relation).verdict //=> 'not_checkable'
 */
export function uncheckedFinding(result: Unchecked, relation: Relation): Finding {
  const base = { subject: result.subject, relation: relation.id };
  const stated = result.stated === undefined ? {} : { stated: writtenText(result.stated, false), statedWritten: writtenText(result.stated) };
  const finding = {
    relation: relation.id,
    kind: relation.kind,
    verdict: 'not_checkable',
    severity: 'info',
    code: result.code,
    subject: result.subject,
    ...(result.stated !== undefined && { stated: figureValue(result.stated) }),
    ...(result.implied !== undefined && { implied: result.implied }),
    figures: result.figures.map(figureValue),
    qualifiersUsed: [],
    readings: [],
    caveats: [...(relation.caveats ?? [])],
    params: { ...result.params, ...base, ...stated },
  };
  return finding as Finding;
}
