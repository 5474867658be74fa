import { describe, expect, it } from 'vitest';
import { figureOf, itQuotesVerbatim, loadSeed } from './helpers.js';

describe('seed 003: 关于推进企业技术改造的实施意见', () => {
  const plan = loadSeed('003-shanxi-tech-upgrade.yaml');
  const figure = (id: string) => figureOf(plan, id);

  it('loads with the 十三五 period and no issues', () => {
    expect(plan.id).toBe('shanxi-tech-upgrade');
    expect(plan.period).toEqual({ from: 2016, to: 2020, base: 2015, name: '十三五' });
  });

  it('has two stand-alone stretch targets and no relations', () => {
    expect(plan.indicators.map((i) => i.kind)).toEqual(['investment', 'share']);
    expect(plan.figures).toHaveLength(2);
    expect(plan.relations).toEqual([]);
    expect(figure('tech_upgrade_investment_rate')).toMatchObject({
      type: 'rate',
      value: '12',
      unit: '%',
      from: 2015,
      to: 2020,
      role: 'planned',
      qualifiers: ['力争'],
    });
    expect(figure('leading_equipment_share_2020')).toMatchObject({
      type: 'share',
      value: '60',
      year: 2020,
      role: 'planned',
      qualifiers: ['力争'],
    });
  });

  itQuotesVerbatim(plan, '003_7ef1f90b48036397.txt');
});
