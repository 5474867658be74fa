/**
 * Rates and shares are fractions (0.1 = 10%); percent exists only at input and output. A change
 * of a share in percentage points (个百分点) is a different thing from a percent change, so it has
 * its own type, {@link Points}, which no function taking a rate accepts.
 */
import { argError } from '../errors.js';
import { D, toDecimal as finite, type Numeric } from '../math/decimal.js';

/**
 * A difference of two shares in percentage points (提高6.4个百分点 is `{ kind: 'points', value: 6.4 }`).
 * Not a `Numeric`, so it cannot be passed where a rate or share is expected.
 */
export interface Points {
  readonly kind: 'points';
  /** The change in points: 6.4 for 6.4个百分点. */
  readonly value: D;
}

/**
 * Turns a percent number into a fraction: x / 100. A string already ending in `%` is read as
 * written ("10%" is 0.1, not 0.001).
 *
 * @throws `invalid_number`, `non_finite`.
 * @example
 * percent(10).toFixed() //=> '0.1'
 * percent('29.8%').toFixed() //=> '0.298'
 */
export function percent(x: Numeric): D {
  const d = finite(x, 'x');
  return typeof x === 'string' && x.normalize('NFKC').trim().endsWith('%') ? d : d.div(100);
}


/**
 * Makes a change in percentage points from its number of points.
 *
 * @throws `invalid_number`, `non_finite`.
 * @example
 * points(6.4).value.toFixed() //=> '6.4'
 */
export function points(x: Numeric): Points {
  const value = finite(x, 'x');
  return Object.freeze({ kind: 'points', value: value.isZero() ? new D(0) : value });
}

/** True for a {@link Points} value. */
function isPoints(x: unknown): x is Points {
  return (
    typeof x === 'object' &&
    x !== null &&
    (x as { kind?: unknown }).kind === 'points' &&
    D.isDecimal((x as { value?: unknown }).value) &&
    (x as { value: D }).value.isFinite()
  );
}

/**
 * The change from one share to another in percentage points: (to − from) × 100.
 *
 * @throws `invalid_number`, `non_finite`.
 * @example
 * pointsBetween(0.416, 0.532).value.toFixed() //=> '11.6'
 */
export function pointsBetween(shareFrom: Numeric, shareTo: Numeric): Points {
  return points(finite(shareTo, 'shareTo').minus(finite(shareFrom, 'shareFrom')).times(100));
}

/**
 * A share raised by a number of percentage points: share + points / 100 (a fraction).
 *
 * @throws `invalid_number`, `non_finite`; `invalid_number` when `pts` is not {@link Points}.
 * @example
 * addPoints(0.416, points(11.6)).toFixed() //=> '0.532'
 */
export function addPoints(share: Numeric, pts: Points): D {
  return finite(share, 'share').plus(pointsValue(pts).div(100));
}



function pointsValue(pts: Points): D {
  if (!isPoints(pts)) throw argError('invalid_number', 'pts', pts, 'must be percentage points made by points()');
  return new D(pts.value);
}
