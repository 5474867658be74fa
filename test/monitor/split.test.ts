import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { annualTargets, inYearTargets, splitTarget } from '../../src/monitor/split.js';
import { decimalArb, deepFreeze, expectCode, levelArb, RUNS } from '../math/oracle.js';

describe('annualTargets', () => {
  it('a 16% five-year cut is 3.43% a year, and its years compound to 84%', () => {
    const years = annualTargets(1, '0.84', { from: 2015, to: 2020 });
    expect(years.map((y) => y.year)).toEqual([2016, 2017, 2018, 2019, 2020]);
    expect(years[0]?.change.toFixed(4)).toBe('-0.0343');
    expect(years[4]?.value.toString()).toBe('0.84');
    expect(years[1]?.value.toFixed(4)).toBe('0.9326');
  });
  it('seed 004: 577.65亿元 to 1764亿元 in five years is 25.02% a year', () => {
    const years = annualTargets('577.65', '1764', { from: 2010, to: 2015 });
    expect(years[0]?.change.toFixed(4)).toBe('0.2502');
    expect(years[0]?.value.toFixed(1)).toBe('722.2');
  });
  it('shares split by equal increments: 53.2% to 60% is 1.36 points a year', () => {
    const years = annualTargets('53.2', '60', { from: 2015, to: 2020 }, 'increment');
    expect(years.map((y) => y.value.toString())).toEqual(['54.56', '55.92', '57.28', '58.64', '60']);
    expect(years[2]?.progress.toString()).toBe('0.6');
  });
  it('refuses spans that are not whole forward years, bad methods and bad levels', () => {
    expectCode(() => annualTargets(1, 2, { from: 2020, to: 2020 }), 'invalid_years');
    expectCode(() => annualTargets(1, 2, { from: 2015.5, to: 2020 }), 'invalid_year');
    expectCode(() => annualTargets(1, 2, { from: 2015, to: 2020 }, 'linear' as never), 'invalid_option');
    expectCode(() => annualTargets(0, 2, { from: 2015, to: 2020 }), 'non_positive');
    expectCode(() => annualTargets(1, 'x', { from: 2015, to: 2020 }), 'invalid_number');
  });
});

describe('inYearTargets', () => {
  it('quarters and months are equal shares of the year (序时进度)', () => {
    const q = inYearTargets(600, 'quarter');
    expect(q.map((x) => x.cumulative.toString())).toEqual(['150', '300', '450', '600']);
    const m = inYearTargets('300.1', 'month');
    expect(m).toHaveLength(12);
    expect(m[5]?.share.toString()).toBe('0.5');
    expect(m[11]?.cumulative.toString()).toBe('300.1');
    expectCode(() => inYearTargets(1, 'week' as never), 'invalid_option');
  });
});

describe('splitTarget', () => {
  it('seed 004: 2800亿元 split 49.4% / 50.6% is 1383.2 + 1416.8 and adds up', () => {
    const s = splitTarget('2800', [
      { name: '五个开发区', share: '49.4%' },
      { name: '10县', share: '50.6%' },
    ]);
    expect(s.parts.map((p) => p.amount.toString())).toEqual(['1383.2', '1416.8']);
    expect(s.addsUp).toBe(true);
  });
  it('seed 004: 850 + 913 against 1764 is 1 short', () => {
    const s = splitTarget(1764, [
      { name: '开发区', amount: 850 },
      { name: '10县', amount: 913 },
    ]);
    expect(s.gap.toString()).toBe('-1');
    expect(s.addsUp).toBe(false);
    expect(s.parts[0]?.share.toFixed(4)).toBe('0.4819');
  });
  it('refuses parts with neither or both of share and amount, and a total ≤ 0', () => {
    expectCode(() => splitTarget(10, [{ name: 'a' }]), 'invalid_option');
    expectCode(() => splitTarget(10, [{ name: 'a', share: 1, amount: 10 }]), 'invalid_option');
    expectCode(() => splitTarget(0, [{ name: 'a', share: 1 }]), 'non_positive');
    expectCode(() => splitTarget(10, 'x' as never), 'invalid_option');
  });
});

describe('properties', () => {
  const span = fc.record({ from: fc.integer({ min: 1990, max: 2030 }), n: fc.integer({ min: 1, max: 15 }) });

  it('a decomposition by equal rate reproduces the target: the years compound from the base to it', () => {
    fc.assert(
      fc.property(levelArb, levelArb, span, (b, t, { from, n }) => {
        const years = deepFreeze(annualTargets(b, t, { from, to: from + n }));
        const product = years.reduce((v, y) => v.times(y.change.plus(1)), b);
        expect(product.minus(t).abs().lte(t.times('1e-30'))).toBe(true);
        expect(years[years.length - 1]?.value.eq(t)).toBe(true);
        expect(years[years.length - 1]?.progress.minus(1).abs().lt('1e-35') ?? false).toBe(true);
        for (let k = 1; k < years.length; k++) {
          const prev = years[k - 1] as (typeof years)[number];
          const cur = years[k] as (typeof years)[number];
          expect(t.gte(b) ? cur.value.gte(prev.value) : cur.value.lte(prev.value)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('equal increments reach the target and their steps sum to the change', () => {
    fc.assert(
      fc.property(decimalArb(0, 100, 2), decimalArb(0, 100, 2), span, (b, t, { from, n }) => {
        const years = annualTargets(b, t, { from, to: from + n }, 'increment');
        expect(years[years.length - 1]?.value.eq(t)).toBe(true);
        expect(years.reduce((s, y) => s.plus(y.change), new D(0)).minus(t.minus(b)).abs().lt('1e-35')).toBe(true);
      }),
      RUNS,
    );
  });

  it('a split by shares that sum to 1 adds up; amounts always add up to their own sum', () => {
    fc.assert(
      fc.property(levelArb, fc.array(decimalArb(0, 1, 3), { minLength: 1, maxLength: 6 }), (total, raw) => {
        const sum = raw.reduce((s, x) => s.plus(x), new D(0));
        fc.pre(sum.gt(0));
        const shares = raw.map((x) => x.div(sum));
        const last = new D(1).minus(shares.slice(0, -1).reduce((s, x) => s.plus(x), new D(0)));
        const parts = [...shares.slice(0, -1), last].map((share, i) => ({ name: `u${i}`, share }));
        const s = splitTarget(total, parts);
        expect(s.gap.abs().lte(total.times('1e-35'))).toBe(true);
        const byAmount = splitTarget(total, s.parts.map((p) => ({ name: p.name, amount: p.amount })));
        expect(byAmount.sum.eq(s.sum)).toBe(true);
      }),
      RUNS,
    );
  });
});
