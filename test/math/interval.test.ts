import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import {
  addIntervals,
  contains,
  divIntervals,
  interval,
  intersects,
  isInterval,
  midpoint,
  mulIntervals,
  pointInterval,
  subIntervals,
  sumIntervals,
  toInterval,
  widen,
  width,
  type Interval,
} from '../../src/math/interval.js';
import { decimalArb, deepFreeze, expectCode, fractionArb, RUNS } from './oracle.js';

const s = (i: Interval): string => `[${i.lo.toString()}, ${i.hi.toString()}]`;

describe('construction', () => {
  it('makes validated, frozen intervals', () => {
    const i = interval(928.35, '928.45');
    expect(s(i)).toBe('[928.35, 928.45]');
    expect(Object.isFrozen(i)).toBe(true);
    expect(s(interval(1, 1))).toBe('[1, 1]');
    expectCode(() => interval(2, 1), 'invalid_interval');
    expectCode(() => interval(Number.NaN, 1), 'non_finite');
    expectCode(() => interval(1, 'abc'), 'invalid_number');
  });

  it('reads numbers and intervals alike', () => {
    expect(s(pointInterval('10%'))).toBe('[0.1, 0.1]');
    expect(s(toInterval(5))).toBe('[5, 5]');
    expect(s(toInterval({ lo: new D(1), hi: new D(2) }))).toBe('[1, 2]');
    expectCode(() => toInterval({ lo: new D(3), hi: new D(2) }), 'invalid_interval');
    expect(isInterval({ lo: new D(1), hi: new D(2) })).toBe(true);
    expect(isInterval(new D(1))).toBe(false);
    expect(isInterval('1')).toBe(false);
  });
});

describe('relations', () => {
  it('contains numbers and sub-intervals, ends included', () => {
    const i = interval(928.35, 928.45);
    expect(contains(i, 928.4)).toBe(true);
    expect(contains(i, 928.35)).toBe(true);
    expect(contains(i, '928.45')).toBe(true);
    expect(contains(i, 928.451)).toBe(false);
    expect(contains(i, interval(928.36, 928.4))).toBe(true);
    expect(contains(i, interval(928.3, 928.4))).toBe(false);
  });

  it('intersects when the intervals share a point', () => {
    expect(intersects(interval(1, 2), interval(2, 3))).toBe(true);
    expect(intersects(interval(1, 2), interval(2.001, 3))).toBe(false);
    expect(intersects(interval(1, 5), 3)).toBe(true);
  });
});

describe('arithmetic', () => {
  it('widens absolutely and relatively', () => {
    expect(s(widen(interval(1, 2), 0.5))).toBe('[0.5, 2.5]');
    expect(s(widen(20, 0.05, { relative: true }))).toBe('[19, 21]');
    expect(s(widen(-20, 0.05, { relative: true }))).toBe('[-21, -19]');
    expectCode(() => widen(1, -1), 'negative');
  });

  it('adds, sums and subtracts end-wise', () => {
    expect(s(addIntervals(interval(1, 2), 3))).toBe('[4, 5]');
    expect(s(sumIntervals([interval(2.95, 3.05), interval(1.95, 2.05), interval(4.95, 5.05)]))).toBe('[9.85, 10.15]');
    expect(s(sumIntervals([]))).toBe('[0, 0]');
    expect(s(subIntervals(interval(53.15, 53.25), interval(41.55, 41.65)))).toBe('[11.5, 11.7]');
  });

  it('multiplies and divides through the end products', () => {
    expect(s(mulIntervals(interval(1, 2), interval(-1, 3)))).toBe('[-2, 6]');
    expect(s(mulIntervals(interval(-2, -1), interval(-3, -2)))).toBe('[2, 6]');
    expect(s(divIntervals(interval(1, 2), interval(4, 8)))).toBe('[0.125, 0.5]');
    expect(s(divIntervals(interval(-1, 2), interval(4, 8)))).toBe('[-0.25, 0.5]');
    expectCode(() => divIntervals(1, interval(0, 1)), 'non_positive');
    expectCode(() => divIntervals(1, -2), 'non_positive');
  });

  it('measures midpoint and width', () => {
    expect(midpoint(interval(928.35, 928.45)).toString()).toBe('928.4');
    expect(width(interval(928.35, 928.45)).toString()).toBe('0.1');
  });

  it('never mutates its inputs', () => {
    const a = deepFreeze({ lo: new D(1), hi: new D(2) });
    const b = deepFreeze({ lo: new D(3), hi: new D(4) });
    const list = deepFreeze([a, b]);
    expect(() => [addIntervals(a, b), subIntervals(a, b), mulIntervals(a, b), divIntervals(a, b), sumIntervals(list), widen(a, 1)]).not.toThrow();
    expect(s(a)).toBe('[1, 2]');
  });
});

describe('properties', () => {
  const value = decimalArb(-1000, 1000, 3);
  const intervalArb = fc.tuple(value, value).map(([x, y]) => (x.lte(y) ? interval(x, y) : interval(y, x)));
  const positiveArb = fc.tuple(decimalArb(0.001, 1000, 3), decimalArb(0, 100, 3)).map(([x, w]) => interval(x, x.plus(w)));
  const pick = (i: Interval, t: D): D => i.lo.plus(i.hi.minus(i.lo).times(t));

  it('the result of an operation contains the operation on any points inside', () => {
    fc.assert(
      fc.property(intervalArb, intervalArb, positiveArb, fractionArb, fractionArb, fractionArb, (a, b, p, t, u, v) => {
        const x = pick(a, t);
        const y = pick(b, u);
        const z = pick(p, v);
        expect(contains(addIntervals(a, b), x.plus(y))).toBe(true);
        expect(contains(subIntervals(a, b), x.minus(y))).toBe(true);
        expect(contains(mulIntervals(a, b), x.times(y))).toBe(true);
        expect(contains(divIntervals(a, p), x.div(z))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the ends are attained: each end equals the operation on some ends', () => {
    fc.assert(
      fc.property(intervalArb, intervalArb, (a, b) => {
        const m = mulIntervals(a, b);
        const products = [a.lo.times(b.lo), a.lo.times(b.hi), a.hi.times(b.lo), a.hi.times(b.hi)];
        expect(products.some((q) => q.eq(m.lo))).toBe(true);
        expect(products.some((q) => q.eq(m.hi))).toBe(true);
      }),
      RUNS,
    );
  });

  it('sumIntervals is a fold of addIntervals; widen contains the original; intersects is symmetric', () => {
    fc.assert(
      fc.property(fc.array(intervalArb, { maxLength: 6 }), intervalArb, decimalArb(0, 10, 2), (list, b, by) => {
        const folded = list.reduce<Interval>((acc, i) => addIntervals(acc, i), pointInterval(0));
        expect(s(sumIntervals(list))).toBe(s(folded));
        expect(contains(widen(b, by), b)).toBe(true);
        expect(width(widen(b, by)).eq(width(b).plus(by.times(2)))).toBe(true);
        for (const a of list) expect(intersects(a, b)).toBe(intersects(b, a));
      }),
      RUNS,
    );
  });

  it('midpoint lies inside', () => {
    fc.assert(
      fc.property(intervalArb, (a) => {
        expect(contains(a, midpoint(a))).toBe(true);
      }),
      RUNS,
    );
  });
});
