import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, toDecimal } from '../../src/math/decimal.js';
import type { Interval } from '../../src/math/interval.js';

const contains = (i: Interval, x: D): boolean => i.lo.lte(x) && x.lte(i.hi);
const width = (i: Interval): D => i.hi.minus(i.lo);
import {
  decimalsOf,
  formatFixed,
  intervalOf,
  roundHalfUp,
} from '../../src/math/rounding.js';
import { decimalArb, expectCode, RUNS } from './oracle.js';

const s = (i: { lo: D; hi: D }): string => `[${i.lo.toString()}, ${i.hi.toString()}]`;

describe('decimalsOf', () => {
  it('counts the decimals as written', () => {
    expect(decimalsOf('30.90')).toBe(2);
    expect(decimalsOf('1,042.4')).toBe(1);
    expect(decimalsOf('2000')).toBe(0);
    expect(decimalsOf('10%')).toBe(0);
    expect(decimalsOf('29.85%')).toBe(2);
    expect(decimalsOf(' -0.050 ')).toBe(3);
    expect(decimalsOf('３０．９０')).toBe(2);
    expect(decimalsOf('1.25e1')).toBe(1);
    expect(decimalsOf('1.2e3')).toBe(-2);
  });

  it('rejects text that is not a number', () => {
    expectCode(() => decimalsOf('abc'), 'invalid_number');
    expectCode(() => decimalsOf(''), 'invalid_number');
    expectCode(() => decimalsOf(30.9 as unknown as string), 'invalid_number');
  });
});

describe('intervalOf', () => {
  it('gives ±½ unit of the last written digit', () => {
    expect(s(intervalOf('928.4'))).toBe('[928.35, 928.45]');
    expect(s(intervalOf('30.90'))).toBe('[30.895, 30.905]');
    expect(s(intervalOf('2000'))).toBe('[1999.5, 2000.5]');
    expect(s(intervalOf('1,042.4'))).toBe('[1042.35, 1042.45]');
  });

  it('reads percent text as a fraction interval', () => {
    expect(s(intervalOf('29.8%'))).toBe('[0.2975, 0.2985]');
    expect(s(intervalOf('10%'))).toBe('[0.095, 0.105]');
  });

  it('follows the precision options', () => {
    expect(s(intervalOf('928.4', { lenient: true }))).toBe('[928.3, 928.5]');
    expect(s(intervalOf('29.8%', { lenient: true }))).toBe('[0.297, 0.299]');
    expect(s(intervalOf('928.4', { decimals: 2 }))).toBe('[928.395, 928.405]');
    expect(s(intervalOf('1200', { decimals: -2 }))).toBe('[1150, 1250]');
    expect(s(intervalOf('928.4', { halfWidth: '0.2' }))).toBe('[928.2, 928.6]');
    expect(s(intervalOf('29.8%', { halfWidth: '0.1' }))).toBe('[0.297, 0.299]');
    expect(s(intervalOf('928.4', { exact: true }))).toBe('[928.4, 928.4]');
    expectCode(() => intervalOf('928.4', { halfWidth: -1 }), 'negative');
    expectCode(() => intervalOf('928.4', { decimals: 1.5 }), 'invalid_option');
    expectCode(() => intervalOf('x'), 'invalid_number');
  });
});

describe('rounding', () => {
  it('rounds ties half-up (四舍五入)', () => {
    expect(roundHalfUp(0.125, 2).toString()).toBe('0.13');
    expect(roundHalfUp(-0.125, 2).toString()).toBe('-0.13');
    expect(roundHalfUp('1990.15', 1).toString()).toBe('1990.2');
    expectCode(() => roundHalfUp(1, -1), 'invalid_option');
    expectCode(() => roundHalfUp(Number.NaN, 1), 'non_finite');
  });

  it('formats fixed, never with an exponent nor as -0', () => {
    expect(formatFixed(1990.10985, 1)).toBe('1990.1');
    expect(formatFixed(0.125, 2)).toBe('0.13');
    expect(formatFixed(0.125, 2, { rounding: 'half_even' })).toBe('0.12');
    expect(formatFixed(51.049, 2, { rounding: 'truncate' })).toBe('51.04');
    expect(formatFixed(1e-7)).toBe('0.0000001');
    expect(formatFixed('1e25', 0)).toBe('10000000000000000000000000');
    expect(formatFixed('1.5e-35', 36)).toBe('0.000000000000000000000000000000000015');
    expect(formatFixed(-0.001, 2)).toBe('0.00');
    expect(formatFixed(-0.001)).toBe('-0.001');
    expect(formatFixed(-1.5, 0)).toBe('-2');
    expect(formatFixed(2, 3)).toBe('2.000');
    expectCode(() => formatFixed(1, 2, { rounding: 'up' as never }), 'invalid_option');
  });
});

describe('properties', () => {
  const value = fc.oneof(decimalArb(-1e6, 1e6, 6), decimalArb(-1, 1, 9));
  const places = fc.integer({ min: 0, max: 8 });

  it('formatFixed writes exactly the decimals asked for, and reads back as roundHalfUp', () => {
    fc.assert(
      fc.property(value, places, (x, d) => {
        const text = formatFixed(x, d);
        expect(text).not.toMatch(/e/i);
        expect(decimalsOf(text)).toBe(d);
        expect(toDecimal(text).eq(roundHalfUp(x, d))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the interval of a formatted value contains the value (rounding) or its truncation interval does', () => {
    fc.assert(
      fc.property(value, places, (x, d) => {
        expect(contains(intervalOf(formatFixed(x, d)), x)).toBe(true);
        expect(contains(intervalOf(formatFixed(x, d, { rounding: 'truncate' }), { lenient: true }), x)).toBe(true);
      }),
      RUNS,
    );
  });

  it('intervalOf contains the parsed value, centred, one unit of the last digit wide', () => {
    fc.assert(
      fc.property(value, places, fc.boolean(), (x, d, percent) => {
        const text = formatFixed(x, d) + (percent ? '%' : '');
        const i = intervalOf(text);
        const parsed = toDecimal(text);
        expect(contains(i, parsed)).toBe(true);
        expect(i.lo.plus(i.hi).div(2).eq(parsed)).toBe(true);
        expect(width(i).eq(new D(10).pow(-d).div(percent ? 100 : 1))).toBe(true);
      }),
      RUNS,
    );
  });

  it('formatFixed round-trips its own output', () => {
    fc.assert(
      fc.property(value, places, (x, d) => {
        const text = formatFixed(x, d);
        expect(formatFixed(text, d)).toBe(text);
      }),
      RUNS,
    );
  });

  it('rounding moves by at most half a unit (a whole unit when truncating), truncation toward zero', () => {
    fc.assert(
      fc.property(value, places, (x, d) => {
        const unit = new D(10).pow(-d);
        expect(roundHalfUp(x, d).minus(x).abs().lte(unit.div(2))).toBe(true);
        const t = toDecimal(formatFixed(x, d, { rounding: 'truncate' }));
        expect(t.abs().lte(x.abs()) && x.minus(t).abs().lt(unit)).toBe(true);
      }),
      RUNS,
    );
  });
});
