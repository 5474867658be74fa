import { describe, expect, it } from 'vitest';
import { countBy, figureOf, itQuotesVerbatim, loadSeed, relationOf } from './helpers.js';

describe('seed 000: 山西省“十二五”现代装备制造业发展规划', () => {
  const plan = loadSeed('000-shanxi-equipment-12th.yaml');
  const figure = (id: string) => figureOf(plan, id);

  it('loads with the 十二五 period and no issues', () => {
    expect(plan.id).toBe('shanxi-equipment-12th');
    expect(plan.period).toEqual({ from: 2011, to: 2015, base: 2010, name: '十二五' });
  });

  it('has the expected counts of indicators, figures and relations', () => {
    expect(plan.indicators).toHaveLength(25);
    expect(plan.figures).toHaveLength(39);
    expect(countBy(plan.figures, (f) => f.type)).toEqual({ level: 28, rate: 7, share: 4 });
    expect(countBy(plan.figures, (f) => f.role)).toEqual({ measured: 33, planned: 6 });
    expect(plan.relations).toHaveLength(7);
    expect(countBy(plan.relations, (r) => r.kind)).toEqual({ historical_cagr: 6, level_pair: 1 });
  });

  it('encodes the 十一五 history as six historical CAGRs over 2005–2010', () => {
    expect(relationOf(plan, 'cagr_profit')).toMatchObject({
      kind: 'historical_cagr',
      start: 'profit_2005',
      end: 'profit_2010',
      rate: 'profit_rate_2005_2010',
    });
    expect(figure('profit_2005')).toMatchObject({ value: '8.4', year: 2005, role: 'measured' });
    expect(figure('profit_rate_2005_2010')).toMatchObject({ value: '29.8', from: 2005, to: 2010, role: 'measured' });
    expect(figure('employment_rate_2005_2010').value).toBe('5.67');
    expect(figure('gross_output_2010').value).toBe('1106');
  });

  it('keeps the 2015 targets as planned figures with their qualifiers', () => {
    expect(figure('main_revenue_2015')).toMatchObject({ value: '3500', year: 2015, role: 'planned', qualifiers: [] });
    expect(figure('value_added_rate_2010_2015')).toMatchObject({ value: '30', from: 2010, to: 2015, role: 'planned' });
    expect(figure('employment_2015')).toMatchObject({ value: '45', role: 'planned', qualifiers: ['以上'] });
    expect(figure('new_product_sales_share_2010')).toMatchObject({ role: 'measured', qualifiers: ['超过'] });
  });

  itQuotesVerbatim(plan, '000_f7234676e34d8fd8.txt');
});
