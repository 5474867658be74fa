/**
 * The open side of an input figure (DOMAIN.md section 2): how far its qualifier lets it move when
 * the ladder tries the inputs' qualifiers (以上 raised, 以下 lowered, 余 up to its next step, 近 down,
 * 左右 by the band), and which qualifiers it used.
 */
import { D } from '../math/decimal.js';
import type { Interval } from '../math/interval.js';
import { approximateStep, type FigureReading } from '../plan/index.js';
import { qualifierInfo, type Qualifier, type QualifierMeaning } from '../units/index.js';
import type { ResolvedOptions } from './options.js';

/** How far an unbounded qualifier side (以上, 以下 …) is opened: this many times the figure's size. */
const UNBOUNDED = new D(1000);

const ONE = new D(1);

/** The qualifiers of a figure that have one of the meanings. */
const among = (qualifiers: readonly Qualifier[], ...meanings: readonly QualifierMeaning[]): Qualifier[] =>
  qualifiers.filter((q) => meanings.includes(qualifierInfo(q).meaning));

const BOUNDS: readonly QualifierMeaning[] = ['at_least', 'more_than', 'at_most', 'less_than'];

/** The value-domain lower and upper limits an unbounded qualifier side is opened to. */
function openLimits(r: FigureReading, i: Interval): { readonly down: D; readonly up: D } {
  const size = D.max(r.value.abs(), r.scale);
  const up = i.hi.plus(size.times(UNBOUNDED));
  switch (r.figure.type) {
    case 'rate':
    case 'change':
      return { down: D.min(i.lo, new D('-0.999')), up };
    case 'points':
      return { down: i.lo.minus(size.times(UNBOUNDED)), up };
    case 'share':
      return { down: D.min(i.lo, new D(0)), up: D.max(i.hi, ONE) };
    default:
      return { down: D.min(i.lo, i.lo.div(UNBOUNDED)), up };
  }
}

/** An input widened by its qualifier's open side, and the qualifiers that widened it. */
export interface OpenSide {
  readonly interval: Interval;
  readonly qualifiers: readonly Qualifier[];
}

/**
 * Widens an input figure's interval by the side its qualifier opens: ≥/> upward and ≤/<
 * downward (as far as the figure's domain allows, capped at 1000 times its size), 余/多 up to the
 * next step and 近 down by one ({@link approximateStep}), 左右/约 by ±approxBand. A range or a
 * figure without such a qualifier is returned unchanged with no qualifiers.
 *
 * @example
 * openSide(reading600余, reading600余.rounding, options) //=> { interval: [600, 700], qualifiers: ['余'] }
 */
export function openSide(r: FigureReading, i: Interval, options: ResolvedOptions): OpenSide {
  const q = r.figure.qualifiers;
  const band = r.value.abs().times(options.approxBand);
  switch (r.claim) {
    case 'floor':
    case 'floor_exclusive':
      return { interval: { lo: i.lo, hi: openLimits(r, i).up }, qualifiers: among(q, ...BOUNDS) };
    case 'ceiling':
    case 'ceiling_exclusive':
      return { interval: { lo: openLimits(r, i).down, hi: i.hi }, qualifiers: among(q, ...BOUNDS) };
    case 'more':
      return { interval: { lo: i.lo, hi: i.hi.plus(approximateStep(r, 'up')) }, qualifiers: among(q, 'a_little_more', 'a_little_less') };
    case 'less':
      return { interval: { lo: i.lo.minus(approximateStep(r, 'down')), hi: i.hi }, qualifiers: among(q, 'a_little_more', 'a_little_less') };
    case 'near':
      return r.value.isNegative()
        ? { interval: { lo: openLimits(r, i).down, hi: D.max(i.hi, r.value.plus(band)) }, qualifiers: among(q, 'near') }
        : { interval: { lo: D.min(i.lo, r.value.minus(band)), hi: openLimits(r, i).up }, qualifiers: among(q, 'near') };
    case 'approx':
      // The band replaces the rounding interval where it is wider (DOMAIN.md section 2).
      return { interval: { lo: D.min(i.lo, r.value.minus(band)), hi: D.max(i.hi, r.value.plus(band)) }, qualifiers: among(q, 'about') };
    default:
      return { interval: i, qualifiers: [] };
  }
}
