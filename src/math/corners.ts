/**
 * The range of a function monotone in each argument over a box of intervals: it is reached at
 * the corners, so the ends decide it exactly, no search (DOMAIN.md section 4).
 */
import type { D } from './decimal.js';
import type { Interval } from './interval.js';

/**
 * [min, max] of `f` over every combination of the intervals' ends; an interval with lo = hi
 * contributes one end only. `f` gets the arguments in order.
 *
 * @example
 * cornerRange([{ lo: new D(1), hi: new D(2) }, { lo: new D(3), hi: new D(3) }], ([a, b]) => a.times(b)).hi.toString() //=> '6'
 */
export function cornerRange(intervals: readonly Interval[], f: (args: readonly D[]) => D): Interval {
  let lo: D | undefined;
  let hi: D | undefined;
  const corners = 2 ** intervals.length;
  for (let mask = 0; mask < corners; mask++) {
    // Skip a corner that repeats another: an input with lo = hi needs only its low end.
    if (intervals.some((iv, j) => (mask & (1 << j)) !== 0 && iv.lo.eq(iv.hi))) continue;
    const y = f(intervals.map((iv, j) => ((mask & (1 << j)) !== 0 ? iv.hi : iv.lo)));
    if (lo === undefined || y.lt(lo)) lo = y;
    if (hi === undefined || y.gt(hi)) hi = y;
  }
  // Mask 0 is never skipped, so both are set.
  return Object.freeze({ lo: lo as D, hi: hi as D });
}
