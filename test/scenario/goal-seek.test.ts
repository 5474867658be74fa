import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { D, rateForCumulativeTotal, requiredRate } from '../../src/math/index.js';
import { parsePlan, serializePlan, type Plan, type Qualifier } from '../../src/plan/index.js';
import { goalSeek } from '../../src/scenario/goal-seek.js';
import { runScenario } from '../../src/scenario/run.js';
import { INDUSTRY, INNOVATION, TAIYUAN, codeOf, onePlan, onePlans, scenario, seed, withFigure } from './helpers.js';

const verdictOf = (plan: Plan, relation: string) => checkPlan(plan).findings.find((f) => f.relation === relation)?.verdict;
const targetIn = (plan: Plan, figure: string, s = scenario([])) =>
  runScenario(plan, s).indicators.flatMap((i) => i.targets).find((t) => t.figure === figure)!;
/** The plan with a figure's written value replaced, read back through the file format (so the law holds "as written"). */
const writtenBack = (plan: Plan, figure: string, value: string): Plan => {
  const r = parsePlan(serializePlan(withFigure(plan, figure, { value }), 'yaml'), { format: 'yaml' });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};
const INCLUSIVE: fc.Arbitrary<readonly Qualifier[]> = fc.constantFrom(['以上'], [], ['左右'], ['力争', '以上'], ['以下'], ['预计']);

describe('goalSeek: rate', () => {
  it('finds the rate 928.4亿元 needs to reach 2000亿元 in 2020: 10.07%, in closed form, to full precision', () => {
    const found = goalSeek(seed(INNOVATION), 'new_product_sales_2020', 'rate');
    expect(found.value.toFixed(6)).toBe('0.100682');
    expect(found.value.eq(requiredRate('928.4', 2000, 8))).toBe(true);
    expect([found.method, found.boundary, found.current?.toString(), found.threshold.toString()]).toEqual(['closed_form', 'inclusive', '0.1', '2000']);
  });

  it('finds 12.27% for the information industry of seed 001 (952.9亿元 → 1700亿元 in five years)', () => {
    expect(goalSeek(seed(INDUSTRY), 'info_industry_revenue_2020', 'rate').value.times(100).toFixed(2)).toBe('12.27');
  });

  it('finds the 累计法 rate of an investment total by the bracketed solver: 2800亿元 needs 31.61%, not 35%', () => {
    const found = goalSeek(seed(TAIYUAN), 'industrial_investment_total_2011_2015', 'rate');
    expect(found.method).toBe('bracketed');
    expect(found.value.minus(rateForCumulativeTotal('228.05', 2800, 5)).abs().lt('1e-30')).toBe(true);
    expect(found.value.times(100).toFixed(2)).toBe('31.61');
  });

  it('keeps a shock: the rate of the other years that still reaches the target', () => {
    const shock = scenario([{ kind: 'shock', indicator: 'new_product_sales', year: 2015, rate: '-5' }]);
    const found = goalSeek(seed(INNOVATION), 'new_product_sales_2020', 'rate', { scenario: shock });
    expect(found.value.eq(requiredRate(new D('928.4').times('0.95'), 2000, 7))).toBe(true);
    const held = targetIn(seed(INNOVATION), 'new_product_sales_2020', scenario([...shock.changes, found.change!]));
    expect(held.value.minus(2000).abs().lt('1e-30')).toBe(true);
  });

  it('law: the rate found, written back as the rate figure, makes the growth target hold as written (checkPlan: consistent)', () => {
    fc.assert(
      fc.property(onePlans(INCLUSIVE), (p) => {
        const plan = onePlan(p);
        const found = goalSeek(plan, 'x_target', 'rate');
        if (found.value.lte(-1)) return;
        const back = writtenBack(plan, 'x_rate', found.value.times(100).toFixed());
        expect(verdictOf(back, 'gt_x')).toBe('consistent');
        const t = targetIn(plan, 'x_target', scenario([found.change!]));
        expect(t.met).toBe(true);
        expect(t.value.minus(found.threshold).abs().lte(found.threshold.abs().times('1e-30'))).toBe(true);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('gives the boundary of an exclusive target (超过): not met at it, met just beyond it', () => {
    const plan = onePlan({ base: '600', rate: '6.5', target: '1000', years: 8, qualifiers: ['超过'] });
    const found = goalSeek(plan, 'x_target', 'rate');
    expect(found.boundary).toBe('exclusive');
    expect(targetIn(plan, 'x_target', scenario([found.change!])).met).toBe(false);
    const beyond = found.value.plus('1e-12').times(100).toFixed();
    expect(targetIn(plan, 'x_target', scenario([{ kind: 'rate', indicator: 'x', rate: beyond }])).met).toBe(true);
  });
});

describe('goalSeek: base, years, total', () => {
  it('finds the base from which 10% a year reaches 2000亿元: 933.01亿元', () => {
    const found = goalSeek(seed(INNOVATION), 'new_product_sales_2020', 'base');
    expect([found.value.toFixed(2), found.current?.toString()]).toEqual(['933.01', '928.4']);
  });

  it('law: the base found, written back as the base figure, makes the growth target hold as written', () => {
    fc.assert(
      fc.property(onePlans(INCLUSIVE), (p) => {
        const plan = onePlan(p);
        const found = goalSeek(plan, 'x_target', 'base');
        expect(verdictOf(writtenBack(plan, 'x_base', found.value.toFixed()), 'gt_x')).toBe('consistent');
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('finds the first year 10% a year reaches 2000亿元 (2021) and the exact years (8.05)', () => {
    const found = goalSeek(seed(INNOVATION), 'new_product_sales_2020', 'years');
    expect([found.year, found.value.toFixed(4), found.current?.toString(), found.method]).toEqual([2021, '8.0520', '8', 'closed_form']);
  });

  it('law: the target year found is the first in which the target is met', () => {
    fc.assert(
      fc.property(onePlans(fc.constantFrom(['以上'], ['超过'], [])), (p) => {
        fc.pre(Number(p.rate) > 0);
        const plan = onePlan(p);
        let found;
        try {
          found = goalSeek(plan, 'x_target', 'years');
        } catch (e) {
          expect((e as { code?: string }).code).toBe('no_solution');
          return;
        }
        const move = (year: number) => targetIn(plan, 'x_target', scenario([{ kind: 'target_year', indicator: 'x', year, figure: 'x_target' }])).met;
        expect(move(found.year!)).toBe(true);
        if (found.year! > 2016) expect(move(found.year! - 1)).toBe(false);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('finds the years under a shock year by year', () => {
    const shock = scenario([{ kind: 'shock', indicator: 'new_product_sales', year: 2014, rate: '-10' }]);
    const found = goalSeek(seed(INNOVATION), 'new_product_sales_2020', 'years', { scenario: shock });
    expect([found.year, found.method]).toEqual([2023, 'year_by_year']);
  });

  it('gives the cumulative total a line implies, which written back makes the 累计法 relation hold', () => {
    const plan = seed(TAIYUAN);
    const found = goalSeek(plan, 'industrial_investment_total_2011_2015', 'total');
    expect(found.value.toFixed(2)).toBe('3064.63');
    const back = writtenBack(plan, 'industrial_investment_total_2011_2015', found.value.toFixed());
    expect(verdictOf(back, 'ct_industrial_investment')).toBe('consistent');
  });

  it('says no_solution where none exists', () => {
    const innovation = seed(INNOVATION);
    expect(codeOf(() => goalSeek(innovation, 'new_product_sales_rate', 'base'))).toBe('no_solution'); // a rate does not depend on the base
    expect(codeOf(() => goalSeek(innovation, 'new_product_sales_2020', 'total'))).toBe('no_solution');
    // a target below the base at a positive rate is never reached
    const below = onePlan({ base: '100', rate: '5', target: '80', years: 5 });
    expect(codeOf(() => goalSeek(below, 'x_target', 'years'))).toBe('no_solution');
    // every year shocked: no year left whose rate could change
    const shocked = scenario([2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020].map((year) => ({ kind: 'shock' as const, indicator: 'new_product_sales', year, rate: '1' })));
    expect(codeOf(() => goalSeek(innovation, 'new_product_sales_2020', 'rate', { scenario: shocked }))).toBe('no_solution');
  });

  it('refuses an unknown target or unknown, with typed errors', () => {
    expect(codeOf(() => goalSeek(seed(INNOVATION), 'nope', 'rate'))).toBe('unknown_reference');
    expect(codeOf(() => goalSeek(seed(INNOVATION), 'new_product_sales_2020', 'speed' as never))).toBe('invalid_option');
  });
});
