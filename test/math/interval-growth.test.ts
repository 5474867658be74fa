import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import {
  annualDeclineFor,
  annualRateFor,
  cagr,
  cumulativeChange,
  cumulativeTotal,
  impliedBase,
  multipleYears,
  project,
  rateForCumulativeTotal,
  rateForMultiple,
  requiredRate,
  yearsToReach,
} from '../../src/math/index.js';
import { toInterval, type Interval } from '../../src/math/interval.js';

type Value = string | number | D;
const interval = (lo: Value, hi: Value): Interval => toInterval({ lo: new D(lo), hi: new D(hi) });
const contains = (outer: Interval, inner: Interval | Value): boolean => {
  const i = typeof inner === 'object' && 'lo' in inner ? inner : toInterval(new D(inner));
  return outer.lo.lte(i.lo) && i.hi.lte(outer.hi);
};
import {
  annualDeclineForInterval,
  annualRateForInterval,
  growthPathInterval,
  multipleYearsInterval,
  rateForMultipleInterval,
  yearsToReachInterval,
  cagrInterval,
  cumulativeChangeInterval,
  cumulativeTotalInterval,
  impliedBaseInterval,
  projectInterval,
  rateForCumulativeTotalInterval,
  requiredRateInterval,
} from '../../src/math/interval-growth.js';
import { intervalOf } from '../../src/math/rounding.js';
import { decimalArb, expectCode, fractionArb, levelArb, rateArb, RUNS, yearsArb } from './oracle.js';

const same = (i: Interval, lo: D, hi: D): boolean => i.lo.eq(lo) && i.hi.eq(hi);

describe('the DOMAIN.md section 4 formulas', () => {
  it('cagrInterval is [(B_lo/A_hi)^(1/n) − 1, (B_hi/A_lo)^(1/n) − 1]', () => {
    const a = intervalOf('8.4');
    const b = intervalOf('30.9');
    const g = cagrInterval(a, b, 5);
    expect(same(g, cagr(a.hi, b.lo, 5), cagr(a.lo, b.hi, 5))).toBe(true);
    expect(g.lo.toFixed(4)).toBe('0.2956');
    expect(g.hi.toFixed(4)).toBe('0.2996');
    // The stated 29.8% (and its whole rounding interval) lies inside: consistent within rounding.
    expect(contains(g, intervalOf('29.8%'))).toBe(true);
    expect(contains(g, '0.2995')).toBe(true);
    expect(contains(g, '0.2997')).toBe(false);
  });

  it('projectInterval is [A_lo·(1+g)^n, A_hi·(1+g)^n]', () => {
    const a = intervalOf('928.4');
    const p = projectInterval(a, 0.1, 8);
    expect(same(p, project(a.lo, 0.1, 8), project(a.hi, 0.1, 8))).toBe(true);
    expect(p.hi.lt(2000)).toBe(true);
    const r = requiredRateInterval(a, 2000, 8);
    expect(same(r, requiredRate(a.hi, 2000, 8), requiredRate(a.lo, 2000, 8))).toBe(true);
    const i = impliedBaseInterval(2000, interval(0.1, 0.11), 8);
    expect(same(i, impliedBase(2000, 0.11, 8), impliedBase(2000, 0.1, 8))).toBe(true);
  });

  it('a negative rate with an interval of years picks the right corners', () => {
    const p = projectInterval(100, -0.1, interval(2, 3));
    expect(same(p, project(100, -0.1, 3), project(100, -0.1, 2))).toBe(true);
    const g = cagrInterval(100, interval(50, 60), interval(2, 3));
    expect(same(g, cagr(100, 50, 2), cagr(100, 60, 3))).toBe(true);
  });

  it('cumulative forms and shares', () => {
    const t = cumulativeTotalInterval(interval(99, 101), interval(0.1, 0.2), { from: 2010, to: 2012 });
    expect(same(t, cumulativeTotal(99, 0.1, { from: 2010, to: 2012 }), cumulativeTotal(101, 0.2, { from: 2010, to: 2012 }))).toBe(true);
    const x = rateForCumulativeTotalInterval(intervalOf('228.05'), intervalOf('2800'), 5);
    expect(same(x, rateForCumulativeTotal('228.055', '2799.5', 5), rateForCumulativeTotal('228.045', '2800.5', 5))).toBe(true);
    expect(x.lo.toFixed(4)).toBe('0.3161');
    const c = cumulativeChangeInterval(100, interval(83.5, 84.5));
    expect(same(c, new D(-0.165), new D(-0.155))).toBe(true);
  });

  it('throws the point functions’ codes at any corner', () => {
    expectCode(() => cagrInterval(interval(0, 1), 5, 5), 'non_positive');
    expectCode(() => projectInterval(100, interval(-1, 0.1), 5), 'out_of_range');
    expectCode(() => cagrInterval({ lo: new D(2), hi: new D(1) }, 5, 5), 'invalid_interval');
    expectCode(() => rateForCumulativeTotalInterval(100, 500, interval(1.5, 2)), 'invalid_years');
  });
});

describe('properties', () => {
  const widthArb = decimalArb(0, 5, 2);
  const around = (x: D, w: D): Interval => interval(x.minus(w.times(x.abs()).div(100)), x.plus(w.times(x.abs()).div(100)));
  const pick = (i: Interval, t: D): D => i.lo.plus(i.hi.minus(i.lo).times(t));

  it('the point value lies in its interval form, for any point inside the intervals', () => {
    fc.assert(
      fc.property(
        levelArb, levelArb, rateArb, yearsArb, widthArb, widthArb, widthArb, fractionArb, fractionArb, fractionArb,
        (a, b, r, n, wa, wb, wr, t, u, v) => {
          const A = around(a, wa);
          const B = around(b, wb);
          const R = around(r, wr);
          const x = pick(A, t);
          const y = pick(B, u);
          const g = pick(R, v);
          expect(contains(projectInterval(A, R, n), project(x, g, n))).toBe(true);
          expect(contains(cagrInterval(A, B, n), cagr(x, y, n))).toBe(true);
          expect(contains(requiredRateInterval(A, B, n), requiredRate(x, y, n))).toBe(true);
          expect(contains(impliedBaseInterval(B, R, n), impliedBase(y, g, n))).toBe(true);
          expect(contains(cumulativeChangeInterval(A, B), cumulativeChange(x, y))).toBe(true);
          expect(contains(cumulativeTotalInterval(A, R, { from: 0, to: n }), cumulativeTotal(x, g, { from: 0, to: n }))).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('the 累计法 interval contains the point rate', () => {
    fc.assert(
      fc.property(levelArb, decimalArb(0.5, 50, 2), fc.integer({ min: 1, max: 10 }), widthArb, widthArb, fractionArb, fractionArb, (a, k, n, wa, wt, t, u) => {
        const total = a.times(k);
        const A = around(a, wa);
        const T = around(total, wt);
        expect(contains(rateForCumulativeTotalInterval(A, T, n), rateForCumulativeTotal(pick(A, t), pick(T, u), n))).toBe(true);
      }),
      { ...RUNS, numRuns: 60 },
    );
  });

  it('point intervals give the point value', () => {
    fc.assert(
      fc.property(levelArb, levelArb, rateArb, yearsArb, (a, b, r, n) => {
        const p = cagrInterval(a, b, n);
        expect(p.lo.eq(p.hi) && p.lo.eq(cagr(a, b, n))).toBe(true);
        const q = projectInterval(a, r, n);
        expect(q.lo.eq(q.hi) && q.lo.eq(project(a, r, n))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('interval forms of the span, decline and 翻番 formulas', () => {
  it('yearsToReachInterval brackets the 928.4 → 2000 example at 10–11%', () => {
    const y = yearsToReachInterval(intervalOf('928.4'), 2000, interval(new D('0.1'), new D('0.11')));
    expect(y.lo.toFixed(3)).toBe(yearsToReach('928.45', 2000, '0.11').years.toFixed(3));
    expect(y.hi.toFixed(3)).toBe(yearsToReach('928.35', 2000, '0.1').years.toFixed(3));
    expect(contains(y, yearsToReach('928.4', 2000, '0.1').years)).toBe(true);
    expect(y.hi.gt(8)).toBe(true); // 928.4 at 10% needs more than 8 years: the near miss
  });

  it('annualDeclineForInterval holds the 16% over five years (3.43% a year)', () => {
    const d = annualDeclineForInterval(intervalOf('16%'), 5);
    expect(contains(d, annualDeclineFor('0.16', 5))).toBe(true);
    expect(d.lo.toFixed(4)).toBe('0.0331'); // 15.5% over five years
    expect(d.hi.toFixed(4)).toBe('0.0354'); // 16.5%
  });

  it('rateForMultipleInterval and multipleYearsInterval invert each other for 翻一番', () => {
    const r = rateForMultipleInterval(2, interval(new D(5), new D(6)));
    expect(r.hi.toFixed(4)).toBe('0.1487');
    const n = multipleYearsInterval(2, r);
    expect(n.lo.toFixed(10)).toBe('5.0000000000');
    expect(n.hi.toFixed(10)).toBe('6.0000000000');
  });

  it('growthPathInterval is projectInterval year by year', () => {
    const path = growthPathInterval(intervalOf('928.4'), '0.1', { from: 2012, to: 2020 });
    expect(path).toHaveLength(9);
    expect(path[0]?.value.lo.toString()).toBe('928.35');
    expect(path[8]?.value.hi.toFixed(2)).toBe('1990.22');
    expectCode(() => growthPathInterval(1, 0.1, { from: 2020, to: 2012 }), 'invalid_years');
  });

  it('keeps each point value inside its interval form', () => {
    fc.assert(
      fc.property(levelArb, rateArb, yearsArb, decimalArb(0, 5, 2), fractionArb, (a, r, n, w, t) => {
        fc.pre(r.gt('0.06')); // so that the target lies above every base in the ±5% box
        const A = interval(a.times(new D(1).minus(w.div(100))), a.times(new D(1).plus(w.div(100))));
        const R = interval(r, r.times('1.01'));
        const x = A.lo.plus(A.hi.minus(A.lo).times(t));
        const target = project(a, r, n);
        expect(contains(yearsToReachInterval(A, target, R), yearsToReach(x, target, r).years)).toBe(true);
        const change = project(1, r, n).minus(1);
        expect(contains(annualRateForInterval(interval(change, change.times('1.01')), n), annualRateFor(change, n))).toBe(true);
        expect(contains(rateForMultipleInterval(interval(new D(2), new D('2.1')), n), rateForMultiple(2, n))).toBe(true);
        expect(contains(multipleYearsInterval(2, R), multipleYears(2, r))).toBe(true);
      }),
      RUNS,
    );
  });
});
