import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/index.js';
import { countBy, figureOf, loadSeed, readSeed, relationOf } from './helpers.js';

const FILE = '004-taiyuan-revitalization.yaml';

describe('seed 004: 太原工业振兴行动方案', () => {
  it('loads with no issues at all', () => {
    const result = parsePlan(readSeed(FILE), { file: FILE });
    expect(result.issues).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('has the header of the 2012 plan over 十二五 from the 2010 base', () => {
    const plan = loadSeed(FILE);
    expect(plan.id).toBe('taiyuan-revitalization-2012');
    expect(plan.year).toBe(2012);
    expect(plan.period).toEqual({ from: 2011, to: 2015, base: 2010, name: '十二五' });
    expect(plan.source.date).toBe('2012-04-25');
  });

  it('has the expected counts of indicators, figures and relations', () => {
    const plan = loadSeed(FILE);
    expect(plan.indicators).toHaveLength(79);
    expect(plan.figures).toHaveLength(103);
    expect(plan.relations).toHaveLength(50);
    expect(countBy(plan.figures, (f) => f.type)).toEqual({
      level: 55, share: 30, rate: 9, change: 1, total: 6, points: 1, multiple: 1,
    });
    expect(countBy(plan.relations, (r) => r.kind)).toEqual({
      share: 28, sum: 17, cumulative_total: 1, growth_target: 2, points_change: 1, multiple: 1,
    });
    expect(countBy(plan.figures, (f) => f.role)).toEqual({ measured: 62, planned: 33, computed: 8 });
  });

  it('keeps figures as written, with their qualifiers and roles', () => {
    const plan = loadSeed(FILE);
    const fig = (id: string) => figureOf(plan, id);
    expect(fig('industrial_investment_share_2010')).toMatchObject({ value: '27.86', role: 'measured' });
    expect(fig('industrial_investment_rate_2015')).toMatchObject({ value: '35', qualifiers: ['以上'], role: 'planned' });
    expect(fig('industrial_va_2015')).toMatchObject({ value: '1764', qualifiers: ['测算'], role: 'computed' });
    expect(fig('emerging_va_2015')).toMatchObject({ value: '1000', qualifiers: ['预计', '超过'], role: 'computed' });
    expect(fig('energy_intensity_rate_2015')).toMatchObject({ value: '-3.5', from: 2010, to: 2015 });
    expect(fig('profits_taxes_multiple_2015')).toMatchObject({ value: '2', from: 2010, to: 2015, doubling: true });
  });

  it('declares the price and scope caveats where they apply, and none on the 现价 target', () => {
    const plan = loadSeed(FILE);
    const rel = (id: string) => relationOf(plan, id);
    expect(rel('gt_industrial_va').caveats ?? []).toEqual([]);
    expect(rel('gt_industrial_va_outline').caveats).toEqual(['comparable_prices']);
    expect(rel('share_emerging_va_industry_2010').caveats).toEqual(['other_total']);
    expect(rel('share_emerging_va_industry_2015').caveats).toEqual(['other_total']);
    expect(rel('ct_industrial_investment')).toMatchObject({
      base: 'industrial_investment_2010', total: 'industrial_investment_total_2011_2015', rate: 'industrial_investment_rate_2015',
    });
  });
});
