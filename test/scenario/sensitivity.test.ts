import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, project } from '../../src/math/index.js';
import { elasticities, sensitivityGrid } from '../../src/scenario/sensitivity.js';
import { INDUSTRY, INNOVATION, TAIYUAN, codeOf, onePlan, onePlans, scenario, seed } from './helpers.js';

describe('sensitivityGrid', () => {
  it('tabulates the information industry target across rates × years, exactly (seed 001)', () => {
    const grid = sensitivityGrid(seed(INDUSTRY), 'info_industry_revenue_2020', { rates: ['10%', '11%', '12.27%', '13%'], years: [2019, 2020, 2021] });
    expect(grid.columns).toEqual({ kind: 'year', values: [2019, 2020, 2021] });
    // 12.27% rounded is just short in 2020 (1699.7): the exact rate is 12.2743…%
    expect(grid.cells.map((row) => row.map((c) => `${c.value.toFixed(1)}${c.met ? '✓' : '✗'}`))).toEqual([
      ['1395.1✗', '1534.7✗', '1688.1✗'],
      ['1446.6✗', '1605.7✗', '1782.3✓'],
      ['1513.9✗', '1699.7✗', '1908.2✓'],
      ['1553.7✗', '1755.7✓', '1983.9✓'],
    ]);
  });

  it('tabulates rates × bases, and every cell is the exact projection (law)', () => {
    fc.assert(
      fc.property(onePlans(), fc.array(fc.integer({ min: -100, max: 300 }), { minLength: 1, maxLength: 4 }), fc.array(fc.integer({ min: 1, max: 5000 }), { minLength: 1, maxLength: 4 }), (p, rates, bases) => {
        const plan = onePlan(p);
        const grid = sensitivityGrid(plan, 'x_target', { rates: rates.map((r) => new D(r).div(1000)), bases });
        grid.cells.forEach((row, i) =>
          row.forEach((cell, j) => {
            const expected = project(bases[j]!, new D(rates[i]!).div(1000), p.years);
            expect(cell.value.minus(expected).abs().lte(expected.times('1e-35'))).toBe(true);
            expect(cell.met).toBe(cell.value.gte(p.target));
          }),
        );
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('is monotone: a higher rate never unmeets a floor, a later year neither while growing', () => {
    const grid = sensitivityGrid(seed(INNOVATION), 'new_product_sales_2020', {
      rates: ['6%', '8%', '10%', '12%'],
      years: [2018, 2019, 2020, 2021, 2022],
    });
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 5; j++) {
        if (i > 0 && grid.cells[i - 1]![j]!.met) expect(grid.cells[i]![j]!.met).toBe(true);
        if (j > 0 && grid.cells[i]![j - 1]!.met) expect(grid.cells[i]![j]!.met).toBe(true);
      }
    }
  });

  it('tabulates a 累计法 total by rate (Taiyuan: 2800亿元 is met from 31.61% on)', () => {
    const grid = sensitivityGrid(seed(TAIYUAN), 'industrial_investment_total_2011_2015', { rates: ['31%', '32%', '35%'], years: [2015] });
    expect(grid.cells.map((r) => r[0]!.met)).toEqual([false, true, true]);
  });

  it('refuses a grid without exactly one kind of column, empty lists, bad years and bases', () => {
    const plan = seed(INNOVATION);
    const t = 'new_product_sales_2020';
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: ['10%'] }))).toBe('invalid_option');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: ['10%'], years: [2020], bases: [1] }))).toBe('invalid_option');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: [], years: [2020] }))).toBe('invalid_option');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: ['10%'], years: [2012] }))).toBe('invalid_year');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: ['10%'], years: [2020.5] }))).toBe('invalid_year');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: ['10%'], bases: [0] }))).toBe('non_positive');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: ['-120%'], bases: [1] }))).toBe('out_of_range');
    expect(codeOf(() => sensitivityGrid(plan, 'nope', { rates: ['10%'], bases: [1] }))).toBe('unknown_reference');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: Array(1001).fill('1%'), years: Array(100).fill(2020) }))).toBe('invalid_option');
    expect(codeOf(() => sensitivityGrid(plan, t, { rates: Array(100).fill('1%'), years: Array(100).fill(2900) }))).toBe('invalid_option');
  });
});

describe('elasticities', () => {
  it('gives 1, n·r/(1 + r) and n·ln(1 + r) for a level at a constant rate (to 20 digits)', () => {
    fc.assert(
      fc.property(onePlans(), (p) => {
        fc.pre(Number(p.rate) !== 0);
        const [e] = elasticities(onePlan(p), { targets: ['x_target'] });
        const r = new D(p.rate).div(100);
        expect(e?.base.toString()).toBe('1');
        expect(e!.rate.minus(r.times(p.years).div(r.plus(1))).abs().lt('1e-20')).toBe(true);
        expect(e!.years.minus(r.plus(1).ln().times(p.years)).abs().lt('1e-30')).toBe(true);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('gives 0 to the base for a rate target, and the same rate elasticity in level terms as the level', () => {
    const all = elasticities(seed(INNOVATION));
    const rate = all.find((e) => e.target === 'new_product_sales_rate')!;
    const level = all.find((e) => e.target === 'new_product_sales_2020')!;
    expect(rate.base.toString()).toBe('0');
    expect(rate.rate.minus(level.rate).abs().lt('1e-20')).toBe(true);
    expect(level.rate.toFixed(4)).toBe('0.7273'); // 8 × 0.1 / 1.1
  });

  it('follows a scenario and refuses unknown targets', () => {
    const slow = scenario([{ kind: 'rate', indicator: 'new_product_sales', rate: '5' }]);
    const [e] = elasticities(seed(INNOVATION), { scenario: slow, targets: ['new_product_sales_2020'] });
    expect(e?.rate.toFixed(4)).toBe('0.3810'); // 8 × 0.05 / 1.05
    expect(codeOf(() => elasticities(seed(INNOVATION), { targets: ['nope'] }))).toBe('unknown_reference');
  });
});
