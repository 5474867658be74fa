/**
 * Test helpers for the math suite: a 100-digit oracle (a second Decimal clone computing the same
 * formulas naively), an agreement check and the arbitraries the properties share.
 */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { expect } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { GrowthError, type GrowthErrorCode } from '../../src/errors.js';

/** The oracle: 100 significant digits, computing with exponents (pow via exp/ln). */
export const O = Decimal.clone({ precision: 100, rounding: Decimal.ROUND_HALF_EVEN, toExpNeg: -200, toExpPos: 200 });
export type O = InstanceType<typeof O>;

/** Fixed seed and a modest number of runs for every property. */
export const RUNS = { seed: 42, numRuns: 150 } as const;

/** The oracle's value of anything numeric. */
export function o(x: D | string | number | O): O {
  return new O(typeof x === 'object' ? x.toString() : x);
}

/**
 * Asserts that `actual` agrees with `expected` to `digits` significant digits, measured against
 * max(|expected|, scale): pass scale 1 for rates, whose meaningful size is that of 1 + rate.
 */
export function expectAgree(actual: D, expected: O, digits = 30, scale: number | O = 0): void {
  const e = o(expected);
  const size = O.max(e.abs(), o(scale));
  const gap = o(actual).minus(e).abs();
  const ok = size.isZero() ? gap.isZero() : gap.lte(size.times(new O(10).pow(-digits)));
  if (!ok) {
    expect.fail(`${actual.toString()} differs from ${e.toSignificantDigits(50).toString()} beyond ${digits} digits`);
  }
}

/** Asserts that `f` throws a GrowthError with `code`. */
export function expectCode(f: () => unknown, code: GrowthErrorCode): void {
  let caught: unknown;
  try {
    f();
  } catch (e) {
    caught = e;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(GrowthError);
  expect((caught as GrowthError).code).toBe(code);
}

/** A decimal with up to `places` decimals between min and max (given in whole units). */
export function decimalArb(min: number, max: number, places = 4): fc.Arbitrary<D> {
  const scale = 10 ** places;
  return fc.integer({ min: Math.round(min * scale), max: Math.round(max * scale) }).map((k) => new D(k).div(scale));
}

/** A positive level such as a base value: 0.01 to 1e7, with up to 2 decimals. */
export const levelArb = decimalArb(0.01, 1e7, 2);
/** An annual rate from −50% to +100%, to the basis point. */
export const rateArb = decimalArb(-0.5, 1, 4);
/** A whole number of years, 1 to 30. */
export const yearsArb = fc.integer({ min: 1, max: 30 });

/** A fraction t in [0, 1] for picking a point inside an interval. */
export const fractionArb = fc.integer({ min: 0, max: 1000 }).map((k) => new D(k).div(1000));

/** Deep-freezes a value, to prove that nothing mutates its inputs. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value) && !Decimal.isDecimal(value)) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
