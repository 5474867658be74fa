import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { toInterval, type Interval } from '../../src/math/interval.js';
import { decimalArb, expectCode, RUNS } from './oracle.js';

const s = (i: Interval): string => `[${i.lo.toString()}, ${i.hi.toString()}]`;

describe('construction', () => {
  it('makes validated, frozen intervals', () => {
    const i = toInterval({ lo: new D(928.35), hi: new D('928.45') });
    expect(s(i)).toBe('[928.35, 928.45]');
    expect(Object.isFrozen(i)).toBe(true);
    expectCode(() => toInterval({ lo: new D(2), hi: new D(1) }), 'invalid_interval');
    expectCode(() => toInterval(Number.NaN), 'non_finite');
    expectCode(() => toInterval('abc'), 'invalid_number');
  });

  it('reads numbers and intervals alike', () => {
    expect(s(toInterval('10%'))).toBe('[0.1, 0.1]');
    expect(s(toInterval(5))).toBe('[5, 5]');
    expect(s(toInterval({ lo: new D(1), hi: new D(2) }))).toBe('[1, 2]');
    expectCode(() => toInterval({ lo: new D(3), hi: new D(2) }), 'invalid_interval');
    expect(s(toInterval(new D(1)))).toBe('[1, 1]');
  });
});


describe('properties', () => {
  it('a number is the interval of itself; an interval reads back as itself', () => {
    fc.assert(
      fc.property(decimalArb(-1000, 1000, 3), decimalArb(0, 10, 3), (x, w) => {
        expect(s(toInterval(x))).toBe(`[${x.toString()}, ${x.toString()}]`);
        const i = { lo: x, hi: x.plus(w) };
        expect(s(toInterval(i))).toBe(s(i));
      }),
      RUNS,
    );
  });
});
