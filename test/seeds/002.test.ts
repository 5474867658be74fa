import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Figure, type Plan } from '../../src/plan/index.js';

const FILE = '002-shanxi-innovation-2014.yaml';
const text = readFileSync(new URL(`../../seeds/${FILE}`, import.meta.url), 'utf8');
// The source document lives beside the repository in the working setup; the quote check runs only where it is.
const SOURCE = new URL('../../../shared/seeds/002_172fdf079cb2d3b3.txt', import.meta.url);
const hasSource = existsSync(SOURCE);

function load(): Plan {
  const result = parsePlan(text, { file: FILE });
  expect(result.issues).toEqual([]);
  if (!result.ok) throw new Error('plan did not load');
  return result.plan;
}

const countBy = <T>(items: readonly T[], key: (item: T) => string): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
};

describe('seed 002: 山西省工业经济创新驱动发展行动方案（2014-2020年）', () => {
  const plan = load();
  const figure = (id: string): Figure => {
    const f = plan.figures.find((x) => x.id === id);
    if (!f) throw new Error(`no figure ${id}`);
    return f;
  };

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
    expect(plan.relations.find((r) => r.id === 'gt_new_product_sales')).toMatchObject({
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

  it.skipIf(!hasSource)('quotes every figure and relation verbatim from the source document', () => {
    const source = readFileSync(SOURCE, 'utf8');
    const quotes = [...plan.figures, ...plan.relations].flatMap((x) => (x.quote === undefined ? [] : [[x.id, x.quote]]));
    expect(quotes.length).toBeGreaterThanOrEqual(plan.figures.length);
    const missing = quotes.filter(([, q]) => !source.includes(q ?? ''));
    expect(missing).toEqual([]);
  });
});
