/**
 * Whether a path meets a growth target (DOMAIN.md section 2): the target's measure (a level, a
 * total, a realised rate, change or multiple) tested against the values the figure admits with
 * its qualifiers. One rule beyond the checker's: a target with no bound (达到1700亿元, a computed
 * 1764亿元) is met when it is reached, at or beyond its figure in the direction the plan moves the
 * indicator.
 */
import { cagr, D, rateForCumulativeTotal, type PathPoint } from '../math/index.js';
import { admissible, DEFAULT_APPROX_BAND, distance, meets, type Admissible } from '../plan/index.js';
import type { GrowthTarget } from './lines.js';

/**
 * The values a target admits. 以上/超过/以下/不满 give floors and ceilings, 左右/约 a band
 * (`band`, relative), a range its two ends, 余/近 a little more or less; a figure with no bound
 * (planned exactly, or computed and rounded) is a floor at the low end of its rounding interval
 * when the target goes up, a ceiling at its high end when it goes down ("reached").
 *
 * @example
 * targetAdmissible(target2000以上).lo?.toString() //=> '2000'
 */
export function targetAdmissible(target: GrowthTarget, band: D = new D(DEFAULT_APPROX_BAND)): Admissible {
  const r = target.reading;
  if (r.claim === 'exact' || r.claim === 'rounded') {
    return target.direction === 'up'
      ? { lo: r.rounding.lo, loOpen: false, hiOpen: false }
      : { hi: r.rounding.hi, loOpen: false, hiOpen: false };
  }
  return admissible(r, r.rounding, band);
}

/** The value of a path in a year, by its position after the first point. */
function at(path: readonly PathPoint[], year: number): D | undefined {
  const first = path[0];
  return first === undefined ? undefined : path[year - first.year]?.value;
}

function sum(path: readonly PathPoint[], from: number, to: number): D | undefined {
  let total = new D(0);
  for (let year = from; year <= to; year++) {
    const v = at(path, year);
    if (v === undefined) return undefined;
    total = total.plus(v);
  }
  return total;
}

/**
 * A target's measure on a path, in its figure's value domain: the level in its year; the sum of
 * the yearly values over from..to for a total; for a rate the CAGR over its span (水平法), or the
 * 累计法 average for investment (`cumulative`); end / start − 1 for a change; end / start for a
 * multiple. Undefined when the path does not cover the years.
 *
 * @example
 * targetMeasure(level2020, path, false)?.toFixed(1) //=> '1990.1'
 */
export function targetMeasure(target: GrowthTarget, path: readonly PathPoint[], cumulative: boolean): D | undefined {
  const end = at(path, target.year);
  if (end === undefined) return undefined;
  if (target.type === 'level') return end;
  const from = target.from;
  if (from === undefined) return undefined;
  if (target.type === 'total') return sum(path, from, target.year);
  const start = at(path, from);
  if (start === undefined || start.lte(0)) return undefined;
  const years = target.year - from;
  switch (target.type) {
    case 'rate': {
      if (!cumulative) return cagr(start, end, years);
      const total = sum(path, from + 1, target.year);
      return total === undefined || total.lte(0) ? undefined : rateForCumulativeTotal(start, total, years);
    }
    case 'change':
      return end.div(start).minus(1);
    case 'multiple':
      return end.div(start);
  }
}

/** How a target fares on a path. */
export interface TargetOutcome {
  /** The target's measure (see {@link targetMeasure}). */
  readonly value: D;
  readonly admissible: Admissible;
  readonly met: boolean;
  /** value − the figure's stated value (the low end of a range): negative when short of it. */
  readonly gap: D;
  /** How far the value is from the admissible values: 0 when met. */
  readonly distance: D;
  /**
   * The gap relative to the stated figure, in level terms (DOMAIN.md section 4): value / stated − 1
   * for a level, total or multiple; (1 + value) / (1 + stated) − 1 for a change, and the same to
   * the power of the span's years for a rate. Undefined when the stated figure is 0.
   */
  readonly relativeGap?: D;
}

function relativeGapOf(target: GrowthTarget, value: D): D | undefined {
  const stated = target.reading.value;
  switch (target.type) {
    case 'rate': {
      const years = target.year - (target.from ?? target.year);
      if (years <= 0 || stated.lte(-1)) return undefined;
      return value.plus(1).div(stated.plus(1)).pow(years).minus(1);
    }
    case 'change':
      return stated.lte(-1) ? undefined : value.plus(1).div(stated.plus(1)).minus(1);
    default:
      return stated.isZero() ? undefined : value.div(stated).minus(1);
  }
}

/**
 * How a target fares on a path: its measure, whether it is met with its qualifiers, and the gap.
 * Undefined when the path does not reach the target's year.
 *
 * @example
 * evaluateTarget(sales2020, path928_4At10, false)?.met //=> false
 */
export function evaluateTarget(
  target: GrowthTarget,
  path: readonly PathPoint[],
  cumulative: boolean,
  band: D = new D(DEFAULT_APPROX_BAND),
): TargetOutcome | undefined {
  const value = targetMeasure(target, path, cumulative);
  if (value === undefined) return undefined;
  const set = targetAdmissible(target, band);
  const point = { lo: value, hi: value };
  const relativeGap = relativeGapOf(target, value);
  return {
    value,
    admissible: set,
    met: meets(point, set),
    gap: value.minus(target.reading.value),
    distance: distance(point, set),
    ...(relativeGap !== undefined && { relativeGap }),
  };
}
