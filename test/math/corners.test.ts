import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cornerRange } from '../../src/math/corners.js';
import { D } from '../../src/math/decimal.js';
import { RUNS } from './oracle.js';

const iv = (lo: number, hi: number) => ({ lo: new D(lo), hi: new D(hi) });

describe('cornerRange', () => {
  it('finds the extremes of a monotone function at the corners', () => {
    const r = cornerRange([iv(1, 2), iv(3, 4)], ([a, b]) => b!.div(a!));
    expect([r.lo.toString(), r.hi.toString()]).toEqual(['1.5', '4']);
  });

  it('evaluates a point interval once', () => {
    let calls = 0;
    cornerRange([iv(1, 1), iv(2, 3), iv(5, 5)], ([a, b, c]) => {
      calls += 1;
      return a!.plus(b!).plus(c!);
    });
    expect(calls).toBe(2);
  });

  it('properties: the range holds every value at the corners and inside, for a product', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), fc.nat(20), fc.integer({ min: 1, max: 50 }), fc.nat(20), (a, wa, b, wb) => {
        const r = cornerRange([iv(a, a + wa), iv(b, b + wb)], ([x, y]) => x!.times(y!));
        for (const x of [a, a + wa, a + wa / 2]) for (const y of [b, b + wb, b + wb / 2]) {
          const v = new D(x).times(y);
          expect(v.gte(r.lo) && v.lte(r.hi)).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
