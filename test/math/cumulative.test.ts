import { describe, expect, it } from 'vitest';
import { rateForCumulativeTotal, solveCumulativeRate } from '../../src/math/cumulative.js';
import { expectAgree, expectCode, O, o } from './oracle.js';

/** Σ_{i=1..n} b(1+x)^i in the oracle. */
function oracleCumulative(b: O, x: O, n: number): O {
  let s = new O(0);
  for (let i = 1; i <= n; i++) s = s.plus(b.times(x.plus(1).pow(i)));
  return s;
}

describe('rateForCumulativeTotal (累计法)', () => {
  it('proves the 累计法 rate by a bracket narrower than 1e-35 with a zero residual', () => {
    const s = solveCumulativeRate(228.05, 2800, 5);
    expect(s.hi.minus(s.lo).lt('1e-35')).toBe(true);
    expect(s.lo.lte(s.root) && s.root.lte(s.hi)).toBe(true);
    expect(oracleCumulative(o(228.05), o(s.lo), 5).lte(o(2800).plus('1e-34'))).toBe(true);
    expect(oracleCumulative(o(228.05), o(s.hi), 5).gte(o(2800).minus('1e-34'))).toBe(true);
    expect(s.residual.abs().lt('1e-33')).toBe(true);
    expect(s.iterations).toBeLessThan(10);
  });

  it('handles totals far from the base, and rejects bad inputs', () => {
    expect(rateForCumulativeTotal(100, 231, 2).toString()).toBe('0.1');
    expect(rateForCumulativeTotal(100, 500, 5).toString()).toBe('0');
    expect(rateForCumulativeTotal(100, 50, 1).toString()).toBe('-0.5');
    expectAgree(rateForCumulativeTotal(100, 1, 7).plus(1), o(rateForCumulativeTotal(100, 1, 7)).plus(1), 38);
    const tiny = solveCumulativeRate(100, '1e-20', 3);
    expect(tiny.root.gt(-1) && tiny.hi.minus(tiny.lo).lt('1e-35')).toBe(true);
    const huge = solveCumulativeRate(1, '1e300', 4);
    expectAgree(oracleCumulative(o(1), o(huge.root), 4), o('1e300'), 35);
    expectCode(() => rateForCumulativeTotal(0, 2800, 5), 'non_positive');
    expectCode(() => rateForCumulativeTotal(228.05, 0, 5), 'non_positive');
    expectCode(() => rateForCumulativeTotal(228.05, 2800, 0), 'invalid_years');
    expectCode(() => rateForCumulativeTotal(228.05, 2800, 2.5), 'invalid_years');
    expectCode(() => rateForCumulativeTotal(228.05, 2800, 5000), 'invalid_years');
  });
});

