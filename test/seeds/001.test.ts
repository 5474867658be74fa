import { describe, expect, it } from 'vitest';
import { countBy, figureOf, itQuotesVerbatim, loadSeed, relationOf } from './helpers.js';

describe('seed 001: 山西省“十三五”工业经济和信息化发展规划', () => {
  const plan = loadSeed('001-shanxi-industry-13th.yaml');
  const figure = (id: string) => figureOf(plan, id);

  it('loads with the 十三五 period and no issues', () => {
    expect(plan.id).toBe('shanxi-industry-13th');
    expect(plan.period).toEqual({ from: 2016, to: 2020, base: 2015, name: '十三五' });
  });

  it('has the expected counts of indicators, figures and relations', () => {
    expect(plan.indicators).toHaveLength(85);
    expect(plan.figures).toHaveLength(106);
    expect(countBy(plan.figures, (f) => f.type)).toEqual({ level: 64, share: 25, rate: 9, change: 3, total: 5 });
    expect(countBy(plan.figures, (f) => f.role)).toEqual({ measured: 47, planned: 58, computed: 1 });
    expect(plan.relations).toHaveLength(10);
    expect(countBy(plan.relations, (r) => r.kind)).toEqual({ sum: 7, cumulative_change: 1, growth_target: 2 });
  });

  it('keeps numbers as written and encodes declines as negative changes', () => {
    expect(figure('broadband_penetration_2015').value).toBe('50.84');
    expect(figure('gdp_energy_intensity_change_12th').value).toBe('-19.26');
    expect(figure('above_scale_industry_energy_intensity_change_13th').value).toBe('-18');
    expect(figure('power_capacity_2020')).toMatchObject({ role: 'computed', qualifiers: ['预计'] });
    expect(figure('aluminium_groups_2020')).toMatchObject({ value: '3', high: '5' });
  });

  it('encodes the colon-less ratio 7.392.7 as two shares summing to 100%', () => {
    expect(figure('light_industry_share_2015').value).toBe('7.3');
    expect(figure('heavy_industry_share_2015').value).toBe('92.7');
    expect(relationOf(plan, 'sum_light_heavy_2015')).toMatchObject({
      kind: 'sum',
      parts: ['light_industry_share_2015', 'heavy_industry_share_2015'],
      total: '100%',
    });
  });

  itQuotesVerbatim(plan, '001_20b7e8ad50f7031c.txt');
});
