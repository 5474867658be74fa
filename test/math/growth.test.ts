import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import {
  annualDeclineFor,
  annualRateFor,
  cagr,
  chainChanges,
  cumulativeChange,
  cumulativeTotal,
  doublingMultiple,
  growthPath,
  impliedBase,
  multipleYears,
  project,
  rateForCumulativeTotal,
  rateForMultiple,
  requiredRate,
  solveCumulativeRate,
  solveMonotone,
  yearsToReach,
} from '../../src/math/index.js';
import { decimalArb, deepFreeze, expectAgree, expectCode, levelArb, O, o, rateArb, RUNS, yearsArb } from './oracle.js';

/** Σ_{i=1..n} b(1+x)^i in the oracle. */
function oracleCumulative(b: O, x: O, n: number): O {
  let s = new O(0);
  for (let i = 1; i <= n; i++) s = s.plus(b.times(x.plus(1).pow(i)));
  return s;
}

describe('worked examples (DOMAIN.md and the seed plans)', () => {
  it('innovation plan: 928.4 at 10% for 8 years is 1990.1, short of 2000', () => {
    const v = project(928.4, 0.1, 8);
    expect(v.toString()).toBe(o(928.4).times(o(1.1).pow(8)).toString());
    expect(v.toString()).toBe('1990.107851204');
    expect(v.toFixed(1)).toBe('1990.1');
    expect(requiredRate(928.4, 2000, 8).toFixed(4)).toBe('0.1007');
    expectAgree(requiredRate(928.4, 2000, 8), o(2000).div(928.4).pow(o(1).div(8)).minus(1), 38, 1);
  });

  it('historical CAGR: 8.4 to 30.9 over 5 years is 29.7585…%', () => {
    const r = cagr(8.4, 30.9, 5);
    expect(r.toFixed(6)).toBe('0.297585');
    expectAgree(r, o(30.9).div(8.4).pow(o(1).div(5)).minus(1), 38, 1);
    expect(cagr('8.4', '30.9', '5').eq(r)).toBe(true);
  });

  it('翻一番 in 5 years is 14.87% a year; a 16% five-year cut is 3.43% a year', () => {
    expect(rateForMultiple(2, 5).toFixed(4)).toBe('0.1487');
    expect(rateForMultiple(doublingMultiple(1), 5).eq(annualRateFor(1, 5))).toBe(true);
    const decline = annualDeclineFor(0.16, 5);
    expect(decline.toFixed(4)).toBe('0.0343');
    expectAgree(decline, o(1).minus(o(0.84).pow(o(1).div(5))), 38, 1);
    expect(annualRateFor(-0.16, 5).negated().eq(decline)).toBe(true);
  });

  it('declines compound: 16% then 20% is 32.8%', () => {
    expect(chainChanges([-0.16, -0.2]).toString()).toBe('-0.328');
    expect(chainChanges(['-16%', '-20%']).toString()).toBe('-0.328');
    expect(chainChanges([]).toString()).toBe('0');
    expect(cumulativeChange(100, 84).toString()).toBe('-0.16');
  });

  it('Taiyuan investment: 2800 over 5 years from 228.05 is 31.61% a year by 累计法', () => {
    const x = rateForCumulativeTotal(228.05, 2800, 5);
    expect(x.toFixed(4)).toBe('0.3161');
    const residual = oracleCumulative(o(228.05), o(x), 5).minus(2800);
    expect(residual.abs().lt('1e-34')).toBe(true);
    // The rate the plan states (35%) gives far more than 2800:
    expect(cumulativeTotal(228.05, 0.35, { from: 2010, to: 2015 }).gt(3000)).toBe(true);
  });

  it('翻番 multiples', () => {
    expect(doublingMultiple(1).toString()).toBe('2');
    expect(doublingMultiple(2).toString()).toBe('4');
    expect(doublingMultiple(3).toString()).toBe('8');
    expect(doublingMultiple(0).toString()).toBe('1');
    expectAgree(multipleYears(2, 0.1), o(2).ln().div(o(1.1).ln()), 38);
    expect(multipleYears(1, 0.1).toString()).toBe('0');
  });
});

describe('project, cagr, requiredRate, impliedBase', () => {
  it('accepts percent text and fractional years', () => {
    expect(project(100, '10%', 2).toString()).toBe('121');
    expectAgree(project(100, 0.1, 2.5), o(100).times(o(1.1).pow(2.5)), 38);
    expectAgree(project(100, 0.1, '2.37'), o(100).times(o(1.1).pow('2.37')), 38);
    expectAgree(project(100, 0.1, '0.123456789'), o(100).times(o(1.1).pow('0.123456789')), 37);
    expectAgree(cagr(8.4, 30.9, 2.5), o(30.9).div(8.4).pow(0.4).minus(1), 38, 1);
    expectAgree(cagr(8.4, 30.9, '3.7'), o(30.9).div(8.4).pow(o(1).div('3.7')).minus(1), 37, 1);
    expect(project(100, 0.1, 0).toString()).toBe('100');
    expect(project(-5, 0.1, 1).toString()).toBe('-5.5');
  });

  it('end = 0 gives −1', () => {
    expect(cagr(5, 0, 3).toString()).toBe('-1');
    expect(requiredRate(5, 0, 2.5).toString()).toBe('-1');
    expect(annualDeclineFor(1, 5).toString()).toBe('1');
    expect(annualRateFor(-1, 5).toString()).toBe('-1');
  });

  it('impliedBase divides by the growth factor', () => {
    expect(impliedBase(121, 0.1, 2).toString()).toBe('100');
    expect(impliedBase(2000, 0.1, 8).toFixed(2)).toBe('933.01');
  });

  it('throws stable codes', () => {
    expectCode(() => cagr(0, 10, 5), 'non_positive');
    expectCode(() => cagr(-1, 10, 5), 'non_positive');
    expectCode(() => cagr(1, -10, 5), 'negative');
    expectCode(() => cagr(1, 10, 0), 'invalid_years');
    expectCode(() => cagr(1, 10, -2), 'invalid_years');
    expectCode(() => cagr(Number.NaN, 10, 5), 'non_finite');
    expectCode(() => cagr(1, Number.POSITIVE_INFINITY, 5), 'non_finite');
    expectCode(() => cagr(1, 10, Number.NEGATIVE_INFINITY), 'non_finite');
    expectCode(() => cagr('abc', 10, 5), 'invalid_number');
    expectCode(() => requiredRate(0, 10, 5), 'non_positive');
    expectCode(() => requiredRate(1, 10, 0), 'invalid_years');
    expectCode(() => project(1, -1, 5), 'out_of_range');
    expectCode(() => project(1, '-150%', 5), 'out_of_range');
    expectCode(() => project(1, 0.1, -1), 'invalid_years');
    expectCode(() => project(1, 9, '1e17'), 'out_of_range');
    expectCode(() => project('1e9000000000000000', 9, 1), 'out_of_range');
    expectCode(() => impliedBase(1, -1, 5), 'out_of_range');
    expectCode(() => impliedBase(1, 0.1, -5), 'invalid_years');
    expectCode(() => impliedBase(1, 9, '1e17'), 'out_of_range');
    expectCode(() => annualRateFor(-1.5, 5), 'out_of_range');
    expectCode(() => annualRateFor(0.5, 0), 'invalid_years');
    expectCode(() => annualDeclineFor(1.2, 5), 'out_of_range');
    expectCode(() => chainChanges([0.1, -2]), 'out_of_range');
    expectCode(() => cumulativeChange(0, 5), 'non_positive');
    expectCode(() => cumulativeChange(5, -1), 'negative');
    expectCode(() => rateForMultiple(0, 5), 'non_positive');
    expectCode(() => rateForMultiple(2, 0), 'invalid_years');
    expectCode(() => doublingMultiple('1e20'), 'out_of_range');
    expectCode(() => multipleYears(2, 0), 'no_solution');
    expectCode(() => multipleYears(0, 0.1), 'non_positive');
  });
});

describe('yearsToReach', () => {
  it('finds the first whole year, comparing exactly at whole years', () => {
    expect(yearsToReach(100, 133.1, 0.1, { baseYear: 2010 })).toEqual({ years: new D(3), year: 2013 });
    expect(yearsToReach(100, '133.1000001', 0.1, { baseYear: 2010 }).year).toBe(2014);
    expect(yearsToReach(100, 200, 0.1487, { baseYear: 2010 }).year).toBe(2015);
    expect(yearsToReach(100, 200, 0.1486, { baseYear: 2010 }).year).toBe(2016);
    expect(yearsToReach(100, 84, -0.0343, { baseYear: 2015 }).year).toBe(2020);
    expect(yearsToReach(100, 81, -0.1, { baseYear: 2015 }).year).toBe(2017);
    expect(yearsToReach(100, 100, 0.1, { baseYear: 2010 })).toEqual({ years: new D(0), year: 2010 });
    expect(yearsToReach(100, 101, 0.1, { baseYear: 2010 }).year).toBe(2011);
    expect(yearsToReach(100, 200, 0.1).year).toBeUndefined();
  });

  it('has no solution when the rate never gets there', () => {
    expectCode(() => yearsToReach(100, 200, 0), 'no_solution');
    expectCode(() => yearsToReach(100, 50, 0.1), 'no_solution');
    expectCode(() => yearsToReach(100, 200, -0.1), 'no_solution');
    expectCode(() => yearsToReach(0, 200, 0.1), 'non_positive');
    expectCode(() => yearsToReach(100, 0, -0.1), 'non_positive');
    expectCode(() => yearsToReach(100, 200, -1), 'out_of_range');
    expectCode(() => yearsToReach(100, 200, 0.1, { baseYear: 2010.5 }), 'invalid_year');
    expectCode(() => yearsToReach(1, '1e1000', '1e-30', { baseYear: 2010 }), 'out_of_range');
  });
});

describe('properties', () => {
  const heavy = { ...RUNS, numRuns: 100 } as const;
  const nonZeroRate = rateArb.filter((r) => !r.isZero());

  describe('oracle: a 100-digit clone computing naively agrees to at least 30 digits', () => {
    it('project, impliedBase and cagr', () => {
      fc.assert(
        fc.property(levelArb, rateArb, yearsArb, (b, r, n) => {
          const factor = o(r).plus(1).pow(n);
          expectAgree(project(b, r, n), o(b).times(factor), 36);
          expectAgree(impliedBase(b, r, n), o(b).div(factor), 36);
          expectAgree(cagr(b, b.times(2), n), o(2).pow(new O(1).div(n)).minus(1), 36, 1);
        }),
        heavy,
      );
    });

    it('fractional years', () => {
      fc.assert(
        fc.property(levelArb, rateArb, decimalArb(0.01, 30, 2), (b, r, n) => {
          expectAgree(project(b, r, n), o(b).times(o(r).plus(1).pow(o(n))), 35);
          expectAgree(cagr(b, b.times(3), n), o(3).pow(new O(1).div(o(n))).minus(1), 35, 1);
        }),
        heavy,
      );
    });

    it('yearsToReach, cumulative changes and multiples', () => {
      fc.assert(
        fc.property(levelArb, levelArb, nonZeroRate, yearsArb, decimalArb(0, 0.99, 4), (a, b, r, n, d) => {
          const up = o(b).div(o(a));
          if (!up.eq(1) && up.gt(1) === r.gt(0)) {
            expectAgree(yearsToReach(a, b, r).years, up.ln().div(o(r).plus(1).ln()), 36);
          }
          expectAgree(annualDeclineFor(d, n), new O(1).minus(new O(1).minus(o(d)).pow(new O(1).div(n))), 36, 1);
          expectAgree(rateForMultiple(b, n), o(b).pow(new O(1).div(n)).minus(1), 36, 1);
          expectAgree(cumulativeChange(a, b), o(b).div(o(a)).minus(1), 38, 1);
        }),
        heavy,
      );
    });

    it('cumulativeTotal and rateForCumulativeTotal', () => {
      fc.assert(
        fc.property(levelArb, rateArb, fc.integer({ min: 1, max: 15 }), (b, r, n) => {
          const total = oracleCumulative(o(b), o(r), n);
          expectAgree(cumulativeTotal(b, r, { from: 2000, to: 2000 + n }), total, 36);
          expectAgree(rateForCumulativeTotal(b, new D(total.toSignificantDigits(40).toString()), n), o(r), 34, 1);
        }),
        heavy,
      );
    });
  });

  describe('inverses', () => {
    it('cagr, impliedBase and yearsToReach undo project', () => {
      fc.assert(
        fc.property(levelArb, nonZeroRate, yearsArb, (b, r, n) => {
          const v = project(b, r, n);
          expectAgree(cagr(b, v, n), o(r), 34, 1);
          expectAgree(requiredRate(b, v, n), o(r), 34, 1);
          expectAgree(impliedBase(v, r, n), o(b), 36);
          const reach = yearsToReach(b, v, r, { baseYear: 2000 });
          expectAgree(reach.years, o(n), 30);
          expect(reach.year).toBe(2000 + n);
        }),
        RUNS,
      );
    });

    it('rateForCumulativeTotal undoes cumulativeTotal, with a proven bracket', () => {
      fc.assert(
        fc.property(levelArb, rateArb, fc.integer({ min: 1, max: 10 }), (b, r, n) => {
          const total = cumulativeTotal(b, r, { from: 0, to: n });
          const s = solveCumulativeRate(b, total, n);
          expect(s.hi.minus(s.lo).lt('1e-35')).toBe(true);
          expectAgree(s.root, o(r), 33, 1);
        }),
        RUNS,
      );
    });

    it('multipleYears undoes rateForMultiple; annualRateFor undoes compounding', () => {
      fc.assert(
        fc.property(decimalArb(1.01, 20, 2), yearsArb, rateArb, (m, n, r) => {
          expectAgree(multipleYears(m, rateForMultiple(m, n)), o(n), 32);
          const changes = Array.from({ length: n }, () => r);
          // 1 + chain can be tiny (0.5152^29): the change itself only carries 40 digits of 1.
          expectAgree(annualRateFor(chainChanges(changes), n), o(r), 30, 1);
          expectAgree(rateForMultiple(doublingMultiple(1), n), o(annualRateFor(1, n)), 38, 1);
        }),
        RUNS,
      );
    });
  });

  describe('composition', () => {
    it('project composes over consecutive spans, and the path ends where project does', () => {
      fc.assert(
        fc.property(levelArb, rateArb, yearsArb, yearsArb, (b, r, m, n) => {
          expectAgree(project(project(b, r, m), r, n), o(project(b, r, m + n)), 37);
          const path = growthPath(b, r, { from: 2000, to: 2000 + n });
          expect(path.at(-1)?.value.eq(project(b, r, n))).toBe(true);
          const sum = path.slice(1).reduce((s, p) => s.plus(p.value), new D(0));
          expect(cumulativeTotal(b, r, { from: 2000, to: 2000 + n }).eq(sum)).toBe(true);
        }),
        RUNS,
      );
    });

    it('chainChanges composes changes; a schedule of equal rates is the constant rate', () => {
      fc.assert(
        fc.property(fc.array(rateArb, { maxLength: 8 }), levelArb, (changes, b) => {
          const product = changes.reduce((p, c) => p.times(o(c).plus(1)), new O(1));
          expectAgree(chainChanges(changes), product.minus(1), 38, 1);
          const [first, ...rest] = changes;
          if (first !== undefined) {
            expectAgree(chainChanges([first, chainChanges(rest)]), o(chainChanges(changes)), 38, 1);
            const schedule = changes.map((rate, i) => ({ until: 2001 + i, rate }));
            const end = growthPath(b, schedule, { from: 2000, to: 2000 + changes.length }).at(-1)?.value as D;
            expectAgree(cumulativeChange(b, end), o(chainChanges(changes)), 36, 1);
          }
        }),
        RUNS,
      );
    });
  });

  describe('identity and monotonicity', () => {
    it('rate 0 changes nothing', () => {
      fc.assert(
        fc.property(levelArb, yearsArb, (b, n) => {
          expect(project(b, 0, n).eq(b)).toBe(true);
          expect(cagr(b, b, n).isZero()).toBe(true);
          expect(impliedBase(b, 0, n).eq(b)).toBe(true);
          expect(cumulativeTotal(b, 0, { from: 0, to: n }).eq(b.times(n))).toBe(true);
          expect(rateForCumulativeTotal(b, b.times(n), n).isZero()).toBe(true);
          expect(chainChanges([0, 0]).isZero()).toBe(true);
        }),
        RUNS,
      );
    });

    it('project rises with base and rate, and with years when the rate is positive', () => {
      fc.assert(
        fc.property(levelArb, levelArb, rateArb, rateArb, yearsArb, yearsArb, (b1, b2, r1, r2, n1, n2) => {
          const [bl, bh] = b1.lte(b2) ? [b1, b2] : [b2, b1];
          const [rl, rh] = r1.lte(r2) ? [r1, r2] : [r2, r1];
          const [nl, nh] = n1 <= n2 ? [n1, n2] : [n2, n1];
          expect(project(bl, rl, nl).lte(project(bh, rl, nl))).toBe(true);
          expect(project(bl, rl, nl).lte(project(bl, rh, nl))).toBe(true);
          const years = project(bl, rl, nl).cmp(project(bl, rl, nh));
          expect(rl.isPositive() && !rl.isZero() ? years <= 0 : years >= 0).toBe(true);
          expect(cumulativeTotal(bl, rl, { from: 0, to: nl }).lte(cumulativeTotal(bl, rh, { from: 0, to: nl }))).toBe(true);
        }),
        RUNS,
      );
    });

    it('cagr rises with the end value and falls with the start value', () => {
      fc.assert(
        fc.property(levelArb, levelArb, levelArb, yearsArb, (a, b1, b2, n) => {
          const [bl, bh] = b1.lte(b2) ? [b1, b2] : [b2, b1];
          expect(cagr(a, bl, n).lte(cagr(a, bh, n))).toBe(true);
          expect(cagr(bh, a, n).lte(cagr(bl, a, n))).toBe(true);
          expect(rateForCumulativeTotal(a, bl, n).lte(rateForCumulativeTotal(a, bh, n))).toBe(true);
        }),
        RUNS,
      );
    });

    it('yearsToReach names the first year that reaches the target', () => {
      fc.assert(
        fc.property(levelArb, levelArb, nonZeroRate, (a, b, r) => {
          fc.pre(!a.eq(b) && b.gt(a) === r.gt(0));
          const { year } = yearsToReach(a, b, r, { baseYear: 0 });
          const k = year as number;
          fc.pre(k < 2000);
          const reaches = (m: number): boolean => (r.gt(0) ? project(a, r, m).gte(b) : project(a, r, m).lte(b));
          expect(reaches(k)).toBe(true);
          expect(reaches(k - 1)).toBe(false);
        }),
        RUNS,
      );
    });
  });
});
