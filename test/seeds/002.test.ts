import { describe, expect, it } from 'vitest';
import { countBy, figureOf, itQuotesVerbatim, loadSeed, relationOf } from './helpers.js';

describe('seed 002: 山西省工业经济创新驱动发展行动方案（2014-2020年）', () => {
  const plan = loadSeed('002-shanxi-innovation-2014.yaml');
  const figure = (id: string) => figureOf(plan, id);

  it('loads with a 2012 base and 2020 targets and no issues', () => {
    expect(plan.id).toBe('shanxi-innovation-2014');
    expect(plan.period).toEqual({ from: 2013, to: 2020, base: 2012 });
    expect(plan.source).toEqual({ document: '002_172fdf079cb2d3b3.txt', date: '2014-09-10' });
  });

  it('has the expected counts of indicators, figures and relations', () => {
    expect(plan.indicators).toHaveLength(20);
    expect(plan.figures).toHaveLength(39);
    expect(countBy(plan.figures, (f) => f.type)).toEqual({ level: 28, rate: 9, share: 1, points: 1 });
    expect(countBy(plan.figures, (f) => f.role)).toEqual({ measured: 22, planned: 17 });
    expect(plan.relations).toHaveLength(4);
    expect(countBy(plan.relations, (r) => r.kind)).toEqual({ growth_target: 4 });
  });

  it('encodes the four headline targets as growth targets from 2012 with 力争', () => {
    expect(relationOf(plan, 'gt_new_product_sales')).toMatchObject({
      kind: 'growth_target',
      base: 'new_product_sales_2012',
      rate: 'new_product_sales_rate',
      target: 'new_product_sales_2020',
    });
    expect(figure('new_product_sales_2012')).toMatchObject({ value: '928.4', role: 'measured', qualifiers: [] });
    expect(figure('new_product_sales_rate')).toMatchObject({ value: '10', from: 2012, to: 2020, qualifiers: ['力争'] });
    expect(figure('new_product_sales_2020')).toMatchObject({ value: '2000', role: 'planned', qualifiers: ['力争', '以上'] });
    expect(figure('rd_intensity_2012').value).toBe('0.64');
    expect(figure('rd_intensity_rate').qualifiers).toEqual(['力争', '以上']);
    expect(figure('tech_centers_2012')).toMatchObject({ value: '600', role: 'measured', qualifiers: ['余'] });
    expect(figure('tech_centers_2020').qualifiers).toEqual(['力争', '超过']);
  });

  it('marks end-2013 status figures as measured although they are after the base year', () => {
    expect(figure('provincial_tech_centers_2013')).toMatchObject({ value: '180', year: 2013, role: 'measured' });
    expect(figure('municipal_tech_centers_2013')).toMatchObject({ role: 'measured', qualifiers: ['超过'] });
    expect(figure('rd_expenditure_share_change_2011_2012')).toMatchObject({ value: '2', unit: '个百分点', role: 'measured' });
  });

  itQuotesVerbatim(plan, '002_172fdf079cb2d3b3.txt');
});
