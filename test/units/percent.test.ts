import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { addPoints, percent, points, pointsBetween, type Points } from '../../src/units/index.js';
import { codeOf } from './helpers.js';


describe('percent', () => {
  it('convert between percent numbers and fractions', () => {
    expect(percent(10).toFixed()).toBe('0.1');
    expect(percent('29.8').toFixed()).toBe('0.298');
    expect(percent('29.8%').toFixed()).toBe('0.298');
    expect(percent('29.8％').toFixed()).toBe('0.298');
  });

  it('refuse bad numbers', () => {
    expect(codeOf(() => percent('abc'))).toBe('invalid_number');
    expect(codeOf(() => percent(Number.NaN))).toBe('non_finite');
    expect(codeOf(() => percent(Infinity))).toBe('non_finite');
    expect(codeOf(() => percent('1e99999999999999999'))).toBe('non_finite');
  });
});

describe('points', () => {
  it('is a distinct tagged value', () => {
    const p = points(6.4);
    expect(p.kind).toBe('points');
    expect(p.value.toFixed()).toBe('6.4');
    expect(codeOf(() => addPoints(0.4, { kind: 'points', value: 6.4 } as unknown as Points))).toBe('invalid_number');
    expect(Object.isFrozen(p)).toBe(true);
  });

  it('measures the change between two shares (41.6% → 53.2% is 11.6 points)', () => {
    expect(pointsBetween(0.416, 0.532).value.toFixed()).toBe('11.6');
    expect(pointsBetween('0.532', '0.416').value.toFixed()).toBe('-11.6');
    expect(addPoints(0.416, points(11.6)).toFixed()).toBe('0.532');
  });

  it('refuses a rate where points are expected at run time', () => {
    expect(codeOf(() => addPoints(0.4, 6.4 as unknown as Points))).toBe('invalid_number');
  });

  it('cannot be confused with a rate at the type level', () => {
    const p = points(6.4);
    const fraction = new D('0.064');
    const typeChecks = () => {
      // @ts-expect-error Points is not a rate or a share
      percent(p);
      // @ts-expect-error the share must be a fraction, not points
      addPoints(p, p);
      // @ts-expect-error a fraction is not points
      addPoints(0.4, fraction);
      // @ts-expect-error a number is not points
      addPoints(0.4, 6.4);
      // @ts-expect-error the starting share is a fraction, not points
      pointsBetween(p, 0.5);
    };
    expect(typeof typeChecks).toBe('function');
  });
});

describe('properties', () => {
  const decimal = fc
    .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 6 }))
    .map(([n, dp]) => new D(n).div(new D(10).pow(dp)));
  const share = fc.integer({ min: 1, max: 1_000_000 }).map((n) => new D(n).div(1_000_000));

  it('percent divides by a hundred, exactly', () => {
    fc.assert(
      fc.property(decimal, (x) => {
        expect(percent(x).times(100).eq(x)).toBe(true);
        expect(percent(`${x.toFixed()}%`).eq(percent(x))).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('addPoints(a, pointsBetween(a, b)) is b, exactly', () => {
    fc.assert(
      fc.property(share, share, (a, b) => {
        expect(addPoints(a, pointsBetween(a, b)).eq(b)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('points between shares are antisymmetric and add up along a path', () => {
    fc.assert(
      fc.property(share, share, share, (a, b, c) => {
        expect(pointsBetween(a, b).value.eq(pointsBetween(b, a).value.neg())).toBe(true);
        expect(pointsBetween(a, b).value.plus(pointsBetween(b, c).value).eq(pointsBetween(a, c).value)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws anything but GrowthError on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
        for (const f of [() => percent(s), () => points(s), () => pointsBetween(s, s)]) {
          const c = codeOf(f);
          expect(c === undefined || c === 'invalid_number' || c === 'non_finite').toBe(true);
        }
        expect(codeOf(() => addPoints(s, s as unknown as Points))).toBeDefined();
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
