/**
 * The values a stated figure admits (DOMAIN.md section 2): a floor from 以上, a band from 左右, a
 * little more from 余 …, and whether a value or an interval of values meets it. The checker tests
 * implied values against it; scenarios and monitoring test projected and actual values.
 */
import { D } from '../math/decimal.js';
import type { Interval } from '../math/interval.js';
import { decimalsOf } from '../math/rounding.js';
import type { FigureReading } from './reading.js';

/** The default half-width of a 左右/约 band, relative to the figure: ±5%. */
export const DEFAULT_APPROX_BAND = '0.05';

/** A set of admissible values: an interval whose ends may be open or missing (unbounded). */
export interface Admissible {
  readonly lo?: D;
  readonly hi?: D;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/**
 * The step of 余 / 多 / 近 on a figure, in its value domain: one unit of its leading magnitude
 * on the side it opens (600余 → 100, 近1000 → 100), but never more than one unit of its last
 * non-zero digit (1200余 → 100, not 1000).
 *
 * @example
 * approximateStep(reading600余, 'up').toString() //=> '100'
 */
export function approximateStep(r: FigureReading, side: 'up' | 'down'): D {
  const text = r.figure.value.replace(/^[+-]/, '').replaceAll(',', '');
  const a = new D(text);
  if (a.isZero()) return new D(10).pow(-decimalsOf(r.figure.value)).times(r.scale);
  const e = a.e;
  const power = new D(10).pow(e);
  const leading = side === 'down' && a.eq(power) ? new D(10).pow(e - 1) : power;
  const [whole = '', frac = ''] = text.split('.');
  const lastFrac = frac.replace(/0+$/, '').length;
  const last = lastFrac > 0 ? new D(10).pow(-lastFrac) : new D(10).pow(whole.length - whole.replace(/0+$/, '').length);
  return D.min(leading, last).times(r.scale);
}

/**
 * The values a stated figure admits, around a base interval (its point values for the check as
 * written, its rounding interval for the check within rounding). `band` is the relative half-width
 * of 左右/约 (default {@link DEFAULT_APPROX_BAND}); the band replaces the base interval where it is
 * wider, it is not added on top of it.
 *
 * @example
 * admissible(reading2000以上, reading2000以上.point) //=> { lo: 2000, loOpen: false, hiOpen: false }
 */
export function admissible(r: FigureReading, base: Interval, band: D = new D(DEFAULT_APPROX_BAND)): Admissible {
  const width = r.value.abs().times(band);
  const closed = (lo: D, hi: D): Admissible => ({ lo, hi, loOpen: false, hiOpen: false });
  switch (r.claim) {
    case 'floor':
      return { lo: base.lo, loOpen: false, hiOpen: false };
    case 'floor_exclusive':
      return { lo: base.lo, loOpen: true, hiOpen: false };
    case 'ceiling':
      return { hi: base.hi, loOpen: false, hiOpen: false };
    case 'ceiling_exclusive':
      return { hi: base.hi, loOpen: false, hiOpen: true };
    case 'more':
      return closed(base.lo, base.hi.plus(approximateStep(r, 'up')));
    case 'less':
      return closed(base.lo.minus(approximateStep(r, 'down')), base.hi);
    case 'near':
      // Reach or come close: at least the figure less the band (for a decline, at most plus it).
      return r.value.isNegative()
        ? { hi: D.max(base.hi, r.value.plus(width)), loOpen: false, hiOpen: false }
        : { lo: D.min(base.lo, r.value.minus(width)), loOpen: false, hiOpen: false };
    case 'approx':
      // The band replaces the figure's rounding interval: the wider of the two (DOMAIN.md section 2).
      return closed(D.min(base.lo, r.value.minus(width)), D.max(base.hi, r.value.plus(width)));
    default:
      return closed(base.lo, base.hi);
  }
}

const SLACK_RELATIVE = new D('1e-30');
const SLACK_ABSOLUTE = new D('1e-36');

/** A slack for comparing ends computed with fractional powers (a few ulps at 40 digits). */
export const slack = (x: D): D => x.abs().times(SLACK_RELATIVE).plus(SLACK_ABSOLUTE);

/**
 * True when some value of the interval (or the value) is admissible, up to a slack of a few
 * units in the 40th digit.
 *
 * @example
 * meets({ lo: new D(1990), hi: new D(1990) }, { lo: new D(2000), loOpen: false, hiOpen: false }) //=> false
 */
export function meets(i: Interval, a: Admissible): boolean {
  const aboveLo = a.lo === undefined || (a.loOpen ? i.hi.gt(a.lo.plus(slack(a.lo))) : i.hi.gte(a.lo.minus(slack(a.lo))));
  const belowHi = a.hi === undefined || (a.hiOpen ? i.lo.lt(a.hi.minus(slack(a.hi))) : i.lo.lte(a.hi.plus(slack(a.hi))));
  return aboveLo && belowHi;
}

/**
 * The distance between an interval and an admissible set (0 when they meet or touch).
 *
 * @example
 * distance({ lo: new D(1990), hi: new D(1990) }, { lo: new D(2000), loOpen: false, hiOpen: false }).toString() //=> '10'
 */
export function distance(i: Interval, a: Admissible): D {
  if (a.lo !== undefined && i.hi.lt(a.lo)) return a.lo.minus(i.hi);
  if (a.hi !== undefined && i.lo.gt(a.hi)) return i.lo.minus(a.hi);
  return new D(0);
}
