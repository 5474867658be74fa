import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { powInverse, powOf } from '../../src/math/roots.js';

/** The root engine behind every CAGR: x^(1/n) for x ≥ 0, n > 0 (the callers validate). */
const nthRoot = (x: D | string | number, n: D | string | number): D => {
  const dx = new D(x);
  return dx.isZero() ? dx : powInverse(dx, new D(n));
};
/** The power engine behind every projection: x^y (the callers validate). */
const powFrac = (x: D | string | number, y: D | string | number): D => {
  const dx = new D(x);
  const dy = new D(y);
  if (dx.isZero()) return dy.isZero() ? new D(1) : dx;
  return powOf(dx, dy);
};
import { decimalArb, expectAgree, expectCode, O, o, RUNS } from './oracle.js';

describe('nthRoot', () => {
  it('gives exact roots exactly', () => {
    expect(nthRoot(32, 5).toString()).toBe('2');
    expect(nthRoot('1.21', 2).toString()).toBe('1.1');
    expect(nthRoot('2.14358881', 8).toString()).toBe('1.1');
    expect(nthRoot(7, 1).toString()).toBe('7');
    expect(nthRoot(0, 3).toString()).toBe('0');
  });

  it('matches the 100-digit oracle to 40 digits', () => {
    expect(nthRoot(2, 2).toString()).toBe(o(2).sqrt().toSignificantDigits(40).toString());
    expectAgree(nthRoot('3.678571428571428571428571428571428571429', 5), o(30.9).div(8.4).pow(o(1).div(5)), 39);
  });

  it('handles numbers far outside the float range', () => {
    expectAgree(nthRoot('1e900', 7), o('1e900').pow(o(1).div(7)), 39);
    expectAgree(nthRoot('3e-900', 7), o('3e-900').pow(o(1).div(7)), 39);
    expectAgree(nthRoot('2.5e-400', 2), o('2.5e-400').sqrt(), 39);
    expectAgree(nthRoot('7e8000000000', 3), o('7e8000000000').cbrt(), 39);
  });

  it('handles high orders and non-integer orders', () => {
    expectAgree(nthRoot(3, 200), o(3).pow(o(1).div(200)), 38);
    expectAgree(nthRoot(3, 100), o(3).pow(o(1).div(100)), 39);
    expectAgree(nthRoot(10, 2.5), o(10).pow(o(0.4)), 38);
    expectAgree(nthRoot(10, '0.3'), o(10).pow(o(10).div(3)), 38);
  });

});

describe('powFrac', () => {
  it('computes integer powers exactly', () => {
    expect(powFrac(1.1, 8).toString()).toBe('2.14358881');
    expect(powFrac(-2, 3).toString()).toBe('-8');
    expect(powFrac(2, -2).toString()).toBe('0.25');
    expect(powFrac(5, 0).toString()).toBe('1');
    expect(powFrac(0, 0).toString()).toBe('1');
    expect(powFrac(0, 2.5).toString()).toBe('0');
  });

  it('computes rational powers through roots and real powers through exp/ln', () => {
    expect(powFrac(4, 2.5).toString()).toBe('32');
    expect(powFrac(4, -0.5).toString()).toBe('0.5');
    expect(powFrac(8, '1.25').toString()).toBe(o(8).pow(1.25).toSignificantDigits(40).toString());
    expectAgree(powFrac(2, 0.3), o(2).pow(0.3), 39);
    expectAgree(powFrac(2, '0.1234567891'), o(2).pow('0.1234567891'), 38);
    expectAgree(powFrac('1.07', '7.3'), o('1.07').pow('7.3'), 38);
  });

});

describe('properties', () => {
  const positive = fc.oneof(decimalArb(0.0001, 1000, 4), decimalArb(1, 1e12, 0));
  const order = fc.integer({ min: 1, max: 60 });

  it('nthRoot agrees with the oracle to 38 digits', () => {
    fc.assert(
      fc.property(positive, order, (x, n) => {
        expectAgree(nthRoot(x, n), o(x).pow(new O(1).div(n)), 38);
      }),
      RUNS,
    );
  });

  it('nthRoot inverts an exact power', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99999 }), fc.integer({ min: 1, max: 7 }), (k, n) => {
        const y = new D(k).div(100);
        expect(nthRoot(y.pow(n), n).eq(y)).toBe(true);
      }),
      RUNS,
    );
  });

  it('nthRoot is monotone in x', () => {
    fc.assert(
      fc.property(positive, positive, order, (a, b, n) => {
        const [lo, hi] = a.lte(b) ? [a, b] : [b, a];
        expect(nthRoot(lo, n).lte(nthRoot(hi, n))).toBe(true);
      }),
      RUNS,
    );
  });

  it('powFrac adds exponents', () => {
    const exponent = decimalArb(-3, 3, 2);
    fc.assert(
      fc.property(decimalArb(0.1, 10, 3), exponent, exponent, (x, a, b) => {
        expectAgree(powFrac(x, a).times(powFrac(x, b)), o(powFrac(x, a.plus(b))), 36);
      }),
      RUNS,
    );
  });
});
