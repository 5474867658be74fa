import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { cumulativeTotal, project } from '../../src/math/index.js';
import type { Actual } from '../../src/monitor/actuals.js';
import { decomposePlan } from '../../src/monitor/decompose.js';
import { parseActuals } from '../../src/monitor/parse-actuals.js';
import { expectCode, RUNS, decimalArb } from '../math/oracle.js';
import { loadSeed } from '../seeds/helpers.js';
import { readFileSync } from 'node:fs';
import { reviewPlan } from './fixtures.js';

const taiyuan = loadSeed('004-taiyuan-revitalization.yaml');
const shanxi = loadSeed('001-shanxi-industry-13th.yaml');
const plan = reviewPlan();
const level = (indicator: string, year: number, value: D | string): Actual => ({
  indicator,
  year,
  type: 'level',
  text: typeof value === 'string' ? value : value.toFixed(),
  illustrative: false,
});

describe('by year (seed 004)', () => {
  const report = decomposePlan(taiyuan, { by: 'year' });
  const of = (id: string) => {
    const t = report.targets.find((x) => x.target === id);
    if (t === undefined) throw new Error(id);
    return t;
  };

  it('the investment total of 2800 grows from 228.05 at the 累计法 rate that makes it (31.61%), not at the stated 35%', () => {
    const t = of('industrial_investment_total_2011_2015');
    expect(t.method).toBe('cumulative');
    expect(t.step.toFixed(4)).toBe('0.3161');
    expect(t.rows.map((r) => r.planned.toFixed(1))).toEqual(['300.1', '395.0', '519.9', '684.3', '900.6']);
    expect(t.rows[4]?.cumulative?.minus(2800).abs().lt('1e-30')).toBe(true);
    expect(t.base?.toString()).toBe('228.05');
  });

  it('value added 577.65 → 1764 by an equal rate of 25.02%, the last year the target itself', () => {
    const t = of('industrial_va_2015');
    expect(t.method).toBe('rate');
    expect(t.step.toFixed(4)).toBe('0.2502');
    expect(t.rows[4]?.planned.toString()).toBe('1764');
  });

  it('the energy target −3.5% a year reads as cumulative changes; 翻一番 as multiples', () => {
    expect(of('energy_intensity_rate_2015').rows[4]?.planned.toFixed(4)).toBe('-0.1632');
    expect(of('profits_taxes_multiple_2015').rows[4]?.planned.toString()).toBe('2');
    expect(of('profits_taxes_multiple_2015').step.toFixed(4)).toBe('0.1487');
  });

  it('a zone total without a base is spread in equal yearly amounts', () => {
    const t = of('hitech_zone_investment_2011_2015');
    expect(t.method).toBe('equal');
    expect(t.rows.map((r) => r.planned.toString())).toEqual(['179.4', '179.4', '179.4', '179.4', '179.4']);
  });

  it('seed 001: a 18% five-year cut is 3.89% a year; shares go up by equal points', () => {
    const r = decomposePlan(shanxi);
    expect(r.targets.find((t) => t.target === 'above_scale_industry_energy_intensity_change_13th')?.step.toFixed(4)).toBe('-0.0389');
    expect(r.targets.find((t) => t.target === 'non_coal_va_share_2020')?.step.toFixed(4)).toBe('0.0136');
  });
});

describe('by quarter and month', () => {
  it('splits each year of a flow into cumulative equal shares, and lists other targets as not flows', () => {
    const r = decomposePlan(taiyuan, { by: 'quarter' });
    const t = r.targets.find((x) => x.target === 'industrial_investment_total_2011_2015');
    expect(t?.periods?.[0]?.targets.map((p) => p.cumulative.toFixed(2))).toEqual(['75.04', '150.07', '225.11', '300.15']);
    expect(r.targets.every((x) => x.measure === 'flow')).toBe(true);
    expect(r.skipped.some((s) => s.target === 'industrial_va_2015' && s.reason === 'not_a_flow')).toBe(true);
    const m = decomposePlan(plan, { by: 'month' });
    expect(m.targets.find((x) => x.target === 'projects_13th')?.periods?.[0]?.targets[5]?.cumulative.toString()).toBe('10');
  });
});

describe('by unit (seed 004)', () => {
  const report = decomposePlan(taiyuan, { by: 'unit' });
  const split = (id: string) => report.splits.find((s) => s.relation === id);

  it('850 + 913 against 1764 does not add up, and shows the stated shares', () => {
    const s = split('sum_va_by_area_2015');
    expect(s?.verdict).toBe('gap');
    expect(s?.gap.toString()).toBe('-1');
    expect(s?.parts.map((p) => p.statedShare?.toString())).toEqual(['0.4821', '0.5179']);
  });

  it('the five zones add up to 850; the shares to 100%, linked to their amounts', () => {
    expect(split('sum_zones5_va_2015')?.verdict).toBe('adds_up');
    const shares = split('sum_va_area_shares_2015');
    expect(shares?.kind).toBe('shares');
    expect(shares?.amountUnit).toBe('亿元');
    expect(shares?.parts.map((p) => p.amount?.toString())).toEqual(['850.4244', '913.5756']);
    expect(shares?.parts.map((p) => p.statedAmount?.toString())).toEqual(['850', '913']);
    const investment = split('sum_investment_shares_2011_2015');
    expect(investment?.parts.map((p) => p.share.toString())).toEqual(['0.494', '0.506']);
    expect(investment?.parts.map((p) => p.amount?.toString())).toEqual(['1383.2', '1416.8']);
    expect(investment?.parts[0]?.statedAmount?.toString()).toBe('2168');
    expect(report.splits.some((s) => s.relation === 'sum_ownership_va_2010')).toBe(false);
  });

  it('with actuals, ranks the zones by completion of their own targets', () => {
    const file = 'examples/data/taiyuan-zones-actuals.yaml';
    const parsed = parseActuals(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), { file, plan: taiyuan });
    expect(parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    const r = decomposePlan(taiyuan, { by: 'unit', actuals: parsed.actuals });
    const ranking = r.splits.find((s) => s.relation === 'sum_zones5_va_2015')?.ranking ?? [];
    expect(ranking.map((u) => u.target)).toHaveLength(5);
    expect(ranking[0]?.rank).toBe(1);
    for (let i = 1; i < ranking.length; i++) expect((ranking[i - 1] as (typeof ranking)[number]).completion.gte((ranking[i] as (typeof ranking)[number]).completion)).toBe(true);
    expect(r.illustrative).toBe(true);
    expect(r.asOf).toBe('2013-12-31');
  });
});

describe('rolling targets', () => {
  it('after each actual year the remaining years are recomputed', () => {
    const r = decomposePlan(plan, { actuals: [level('sales', 2016, '1050')] });
    const t = r.targets.find((x) => x.target === 'sales_2020');
    const row = t?.rows[1];
    expect(t?.rows[0]?.actual?.toString()).toBe('1050');
    expect(t?.rows[0]?.rolling?.toFixed(2)).toBe('1100.00');
    const needed = new D('1610.51').div(1050).pow(new D(1).div(4)).minus(1);
    expect(t?.rows[0]?.required?.minus(needed).abs().lt('1e-30')).toBe(true);
    expect(row?.rolling?.minus(new D(1050).times(needed.plus(1))).abs().lt('1e-28')).toBe(true);
    expect(row?.actual).toBeUndefined();
    expect(t?.rows[2]?.rolling).toBeUndefined();
  });

  it('law: after an on-path year, the recomputed targets are the planned ones and the rate needed is the planned rate', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), (k) => {
        const actuals = Array.from({ length: k }, (_, i) => level('sales', 2016 + i, project(1000, '0.1', i + 1)));
        const t = decomposePlan(plan, { actuals }).targets.find((x) => x.target === 'sales_2020');
        for (const row of t?.rows.slice(0, k + 1) ?? []) {
          expect(row.rolling?.minus(row.planned).abs().lt('1e-25')).toBe(true);
        }
        for (const row of t?.rows.slice(0, Math.min(k, 4)) ?? []) {
          expect(row.required?.minus(t?.step as D).abs().lt('1e-30')).toBe(true);
        }
        const inv = Array.from({ length: k }, (_, i) => level('investment', 2016 + i, project(200, '0.12', i + 1)));
        const f = decomposePlan(plan, { actuals: inv }).targets.find((x) => x.target === 'investment_rate');
        for (const row of f?.rows.slice(0, k) ?? []) expect(row.required?.minus('0.12').abs().lt('1e-28')).toBe(true);
        expect(f?.goal.minus(cumulativeTotal(200, '0.12', { from: 2015, to: 2020 })).abs().lt('1e-30')).toBe(true);
      }),
      { ...RUNS, numRuns: 8 },
    );
  });

  it('law: equal increments after on-path shares need the same increment', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), decimalArb(0, 0.1, 3), (k, noise) => {
        const actuals = Array.from({ length: k }, (_, i) => level('share', 2016 + i, new D(40).plus(new D(2).times(i + 1))));
        const t = decomposePlan(plan, { actuals }).targets.find((x) => x.target === 'share_2020');
        for (const row of t?.rows.slice(0, k) ?? []) expect(row.required?.eq('0.02')).toBe(true);
        const off = [level('share', 2016, new D(42).plus(noise))];
        const u = decomposePlan(plan, { actuals: off }).targets.find((x) => x.target === 'share_2020');
        expect(u?.rows[0]?.required?.lte('0.02')).toBe(true);
      }),
      { ...RUNS, numRuns: 20 },
    );
  });
});

describe('contract', () => {
  it('refuses an unknown way to decompose and a bad date', () => {
    expectCode(() => decomposePlan(plan, { by: 'week' as never }), 'invalid_option');
    expectCode(() => decomposePlan(plan, { actuals: [], asOf: 'later' }), 'invalid_date');
  });
});
