import { describe, expect, it } from 'vitest';
import { growthLines } from '../../src/scenario/lines.js';
import type { Plan } from '../../src/plan/index.js';
import { EQUIPMENT, INDUSTRY, INNOVATION, TAIYUAN, onePlan, seed } from './helpers.js';

const summary = (plan: Plan) =>
  growthLines(plan).map((l) => ({
    indicator: l.indicator.id,
    base: `${l.base.year}:${l.base.value.toString()}`,
    rates: l.rates.map((r) => `${r.from}-${r.to}:${r.rate.toString()}`),
    targets: l.targets.map((t) => `${t.figure}:${t.type}:${t.year}:${t.direction}:${t.reading.claim}`),
  }));

describe('growthLines', () => {
  it('finds the four headline targets of the innovation plan (seed 002), each from its 2012 base', () => {
    expect(summary(seed(INNOVATION))).toEqual([
      { indicator: 'rd_intensity', base: '2012:0.0064', rates: ['2012-2020:0.11'], targets: ['rd_intensity_rate:rate:2020:up:floor', 'rd_intensity_2020:level:2020:up:floor_exclusive'] },
      { indicator: 'tech_centers', base: '2012:600', rates: ['2012-2020:0.065'], targets: ['tech_centers_rate:rate:2020:up:exact', 'tech_centers_2020:level:2020:up:floor_exclusive'] },
      { indicator: 'invention_patents', base: '2012:2345', rates: ['2012-2020:0.1'], targets: ['invention_patents_rate:rate:2020:up:exact', 'invention_patents_2020:level:2020:up:floor'] },
      { indicator: 'new_product_sales', base: '2012:928.4', rates: ['2012-2020:0.1'], targets: ['new_product_sales_rate:rate:2020:up:exact', 'new_product_sales_2020:level:2020:up:floor'] },
    ]);
  });

  it("uses the first growth target's rate for Taiyuan's value added and keeps the outline's as an alternative; both targets count", () => {
    const lines = growthLines(seed(TAIYUAN));
    const va = lines.find((l) => l.indicator.id === 'industrial_va');
    expect(va?.rates.map((r) => r.figure)).toEqual(['industrial_va_rate_2015']);
    expect(va?.alternatives).toEqual(['industrial_va_rate_outline']);
    expect(va?.targets.map((t) => t.figure)).toEqual(['industrial_va_rate_2015', 'industrial_va_2015', 'industrial_va_rate_outline', 'industrial_va_2015_outline']);
    const investment = lines.find((l) => l.indicator.id === 'industrial_investment');
    expect(investment?.cumulative).toBe(true);
    expect(investment?.targets.map((t) => `${t.figure}:${t.type}:${t.from}`)).toEqual(['industrial_investment_total_2011_2015:total:2011', 'industrial_investment_rate_2015:rate:2010']);
  });

  it('keeps an indicator with a base and a target but no rate (a level pair), with no rates', () => {
    const main = growthLines(seed(EQUIPMENT)).find((l) => l.indicator.id === 'main_revenue');
    expect(main?.base).toMatchObject({ figure: 'main_revenue_2010', year: 2010 });
    expect(main?.rates).toEqual([]);
    expect(main?.targets.map((t) => t.figure)).toEqual(['main_revenue_2015']);
  });

  it('ignores measured (historical) rates and measured figures after the base', () => {
    const ids = growthLines(seed(EQUIPMENT)).map((l) => l.indicator.id);
    expect(ids).not.toContain('profit'); // 8.4 → 30.9 at 29.8% is history, not a plan
    const innovation = growthLines(seed(INNOVATION)).map((l) => l.indicator.id);
    expect(innovation).not.toContain('national_tech_centers'); // 26 in 2013 is measured
  });

  it('reads the info industry of seed 001: 952.9亿元 in 2015 at 11% to 1700亿元 in 2020', () => {
    const line = growthLines(seed(INDUSTRY)).find((l) => l.indicator.id === 'info_industry_revenue');
    expect(line?.base.value.toString()).toBe('952.9');
    expect(line?.rates[0]?.rate.toString()).toBe('0.11');
    expect(line?.targets.map((t) => t.figure)).toEqual(['info_industry_revenue_2020', 'info_industry_revenue_rate']);
  });

  it('reads a target written in another scale of the unit in the indicator unit (5000万元 is 0.5亿元)', () => {
    const plan = onePlan({ base: '0.3', rate: '10', target: '5000', years: 5 });
    const converted = { ...plan, figures: plan.figures.map((f) => (f.id === 'x_target' ? { ...f, unit: '万元' } : f)) };
    const target = growthLines(converted)[0]?.targets.find((t) => t.figure === 'x_target');
    expect(target?.reading.value.toString()).toBe('0.5');
    expect(target?.reading.unit).toBe('亿元');
  });

  it('points a level target below the base down (an intensity to cut), and a negative change down', () => {
    const plan = onePlan({ base: '1.2', rate: '-3.5', target: '1.0', years: 5, kind: 'intensity' });
    const withChange: Plan = {
      ...plan,
      figures: [...plan.figures, { id: 'x_cut', indicator: 'x', type: 'change', from: 2015, to: 2020, value: '-16', qualifiers: ['以上'], role: 'planned', unit: '%' }],
    };
    const line = growthLines(withChange)[0];
    expect(line?.targets.map((t) => `${t.figure}:${t.direction}:${t.reading.claim}`)).toEqual(['x_rate:down:exact', 'x_target:down:exact', 'x_cut:down:ceiling']);
  });

  it('chains a second rate that starts where the first ends, and lists an overlapping one as an alternative', () => {
    const plan = onePlan({ base: '100', rate: '10', target: '300', years: 5, baseYear: 2010 });
    const chained: Plan = {
      ...plan,
      period: { from: 2011, to: 2020, base: 2010 },
      figures: [
        ...plan.figures,
        { id: 'x_rate_2', indicator: 'x', type: 'rate', from: 2015, to: 2020, value: '8', qualifiers: [], role: 'planned', unit: '%' },
        { id: 'x_rate_other', indicator: 'x', type: 'rate', from: 2010, to: 2015, value: '12', qualifiers: [], role: 'planned', unit: '%' },
      ],
    };
    const line = growthLines(chained)[0];
    expect(line?.rates.map((r) => `${r.figure}:${r.from}-${r.to}`)).toEqual(['x_rate:2010-2015', 'x_rate_2:2015-2020']);
    expect(line?.alternatives).toEqual(['x_rate_other']);
  });

  it('skips indicators with neither a base nor anything to project', () => {
    expect(growthLines(seed('003-shanxi-tech-upgrade.yaml'))).toEqual([]);
  });
});
