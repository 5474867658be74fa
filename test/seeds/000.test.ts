import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Figure, type Plan } from '../../src/plan/index.js';

const FILE = '000-shanxi-equipment-12th.yaml';
const text = readFileSync(new URL(`../../seeds/${FILE}`, import.meta.url), 'utf8');
// The source document lives beside the repository in the working setup; the quote check runs only where it is.
const SOURCE = new URL('../../../shared/seeds/000_f7234676e34d8fd8.txt', import.meta.url);
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

describe('seed 000: 山西省“十二五”现代装备制造业发展规划', () => {
  const plan = load();
  const figure = (id: string): Figure => {
    const f = plan.figures.find((x) => x.id === id);
    if (!f) throw new Error(`no figure ${id}`);
    return f;
  };

  it('loads with the 十二五 period and no issues', () => {
    expect(plan.id).toBe('shanxi-equipment-12th');
    expect(plan.period).toEqual({ from: 2011, to: 2015, base: 2010, name: '十二五' });
  });

  it('has the expected counts of indicators, figures and relations', () => {
    expect(plan.indicators).toHaveLength(25);
    expect(plan.figures).toHaveLength(39);
    expect(countBy(plan.figures, (f) => f.type)).toEqual({ level: 28, rate: 7, share: 4 });
    expect(countBy(plan.figures, (f) => f.role)).toEqual({ measured: 33, planned: 6 });
    expect(plan.relations).toHaveLength(6);
    expect(countBy(plan.relations, (r) => r.kind)).toEqual({ historical_cagr: 6 });
  });

  it('encodes the 十一五 history as six historical CAGRs over 2005–2010', () => {
    expect(plan.relations.find((r) => r.id === 'cagr_profit')).toMatchObject({
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

  it.skipIf(!hasSource)('quotes every figure verbatim from the source document', () => {
    const source = readFileSync(SOURCE, 'utf8');
    const quotes = [...plan.figures, ...plan.relations].flatMap((x) => (x.quote === undefined ? [] : [[x.id, x.quote]]));
    expect(quotes.length).toBeGreaterThanOrEqual(plan.figures.length);
    const missing = quotes.filter(([, q]) => !source.includes(q ?? ''));
    expect(missing).toEqual([]);
  });
});
