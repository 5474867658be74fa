/**
 * The growth math against the inputs of issue 10's adversarial campaign: results beyond the
 * Decimal range, numbers written with thousands of digits, arguments of the wrong type, and the
 * one rule for a rate of −100%.
 */
import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  annualRateFor,
  cagr,
  chainChanges,
  cumulativeChange,
  cumulativeTotal,
  decimalsOf,
  growthPath,
  impliedBase,
  intervalOf,
  project,
  rateForCumulativeTotal,
  rateForMultiple,
  requiredRate,
  roundHalfUp,
  yearsToReach,
} from '../../src/math/index.js';
import { toDecimal } from '../../src/math/decimal.js';
import { expectCode } from './oracle.js';

const HUGE = '1e9000000000000000';
const TINY = '1e-9000000000000000';

describe('results beyond the Decimal range are a GrowthError', () => {
  it.each([
    ['cagr over a ratio past the range', () => cagr('1e-10', HUGE, 2)],
    ['cagr of the widest ratio', () => cagr(TINY, HUGE, 3)],
    ['cagr in one year', () => cagr(TINY, HUGE, 1)],
    ['cagr over half a year', () => cagr(TINY, HUGE, '0.5')],
    ['the cumulative change', () => cumulativeChange(TINY, HUGE)],
    ['the rate of a huge multiple', () => rateForMultiple(HUGE, '0.5')],
    ['the annual rate of a huge change', () => annualRateFor(HUGE, '0.5')],
    ['a 累计法 rate of a huge total', () => rateForCumulativeTotal(TINY, HUGE, 2)],
    ['a projection that overflows', () => project(HUGE, 9, 1)],
    ['a projection that underflows', () => project(TINY, '-0.99', 10)],
    ['an implied base that underflows', () => impliedBase(TINY, 9, 10)],
  ])('%s', (_, call) => expectCode(call, 'out_of_range'));

  it('refuses a written number past the exponent range instead of reading it as 0 or Infinity', () => {
    expectCode(() => cagr('1e-9000000000000001', 1, 1), 'non_finite');
    expectCode(() => project('1e9000000000000001', 0, 1), 'non_finite');
  });

  it('still gives every result inside the range', () => {
    expect(cagr('1e-10', '1e10', 2).toString()).toBe('9999999999');
    expect(cagr(1, HUGE, 1).toString()).toBe(new Decimal(HUGE).minus(1).toString());
  });
});

describe('numbers written with thousands of digits', () => {
  // A written number past the working precision is rounded to it when read: its length costs the
  // parse (linear), and everything after works on 40 digits.
  const long = `1${'2'.repeat(1_000_000)}`;
  const longFraction = `0.${'3'.repeat(1_000_000)}`;

  it('reads them rounded to the 40 significant digits of the working precision', () => {
    expect(toDecimal(long).precision()).toBe(40);
    expect(toDecimal(longFraction).precision()).toBe(40);
    expect(toDecimal(longFraction).toFixed(5)).toBe('0.33333');
    expect(toDecimal(`${'9'.repeat(45)}%`).toString()).toBe('1e+43');
  });

  it('gives 40-digit results', () => {
    expect(project(long, '10%', 5).precision()).toBeLessThanOrEqual(40);
    expect(cagr(long, `${long}5`, 5).precision()).toBeLessThanOrEqual(40);
    expect(roundHalfUp(longFraction, 2).toString()).toBe('0.33');
  });

  it('keeps counting written decimals from the text', () => {
    expect(decimalsOf(longFraction)).toBe(1_000_000);
    const iv = intervalOf(longFraction);
    expect(iv.lo.lte(iv.hi)).toBe(true);
    expect(iv.hi.minus(iv.lo).lte('1e-39')).toBe(true);
  });
});

describe('arguments of the wrong type are a GrowthError naming the argument', () => {
  const named = (call: () => unknown, code: string, argument: string): void => {
    try {
      call();
    } catch (error) {
      expect(error).toMatchObject({ name: 'GrowthError', code, details: { argument } });
      return;
    }
    throw new Error('expected a GrowthError');
  };

  it('intervalOf(8): a number has no written decimals', () => named(() => intervalOf(8 as unknown as string), 'invalid_number', 'text'));
  it('intervalOf with options null', () => named(() => intervalOf('8', null as never), 'invalid_option', 'options'));
  it('growthPath without a span', () => named(() => growthPath(100, 0.1, undefined as never), 'invalid_option', 'options'));
  it('cumulativeTotal with a span of null', () => named(() => cumulativeTotal(100, 0.1, null as never), 'invalid_option', 'options'));
  it('growthPath with a schedule entry of null', () =>
    named(() => growthPath(100, [null] as never, { from: 2010, to: 2012 }), 'invalid_option', 'rate[0]'));
  it('yearsToReach with options null', () => named(() => yearsToReach(1, 2, 0.1, null as never), 'invalid_option', 'options'));
  it("chainChanges('abc')", () => named(() => chainChanges('abc' as never), 'invalid_argument', 'changes'));
  it('cagr of an object', () => named(() => cagr({} as never, 2, 1), 'invalid_number', 'start'));
  it('a Decimal of a foreign clone that is NaN', () => named(() => cagr(new Decimal('NaN'), 2, 1), 'non_finite', 'start'));
  it('a fake Decimal', () => named(() => cagr({ toStringTag: '[object Decimal]' } as never, 2, 1), 'invalid_number', 'start'));
});

describe('a rate of −100%: one rule for project and cagr', () => {
  // −100% is a rate like any other where the formula has a value; formulas that divide by
  // 1 + rate or take its logarithm refuse it.
  it('cagr of an end of 0 is −1, and projecting −1 gives 0 back', () => {
    const rate = cagr('100', '0', 5);
    expect(rate.toString()).toBe('-1');
    expect(project('100', rate, 5).toString()).toBe('0');
    expect(requiredRate('100', '0', 5).toString()).toBe('-1');
  });

  it('leaves the base after no years', () => expect(project('100', '-100%', 0).toString()).toBe('100'));

  it('refuses −100% where the formula divides by or takes the logarithm of 1 + rate', () => {
    expectCode(() => impliedBase(100, -1, 5), 'out_of_range');
    expectCode(() => yearsToReach(100, 50, -1), 'out_of_range');
  });

  it('refuses rates below −100% everywhere', () => {
    expectCode(() => project(100, '-100.1%', 5), 'out_of_range');
    expectCode(() => growthPath(100, -1.5, { from: 2010, to: 2012 }), 'out_of_range');
  });
});
