import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, type Figure, type Plan } from '../../src/plan/index.js';

const FILE = '003-shanxi-tech-upgrade.yaml';
const text = readFileSync(new URL(`../../seeds/${FILE}`, import.meta.url), 'utf8');
// The source document lives beside the repository in the working setup; the quote check runs only where it is.
const SOURCE = new URL('../../../shared/seeds/003_7ef1f90b48036397.txt', import.meta.url);
const hasSource = existsSync(SOURCE);

function load(): Plan {
  const result = parsePlan(text, { file: FILE });
  expect(result.issues).toEqual([]);
  if (!result.ok) throw new Error('plan did not load');
  return result.plan;
}

describe('seed 003: 关于推进企业技术改造的实施意见', () => {
  const plan = load();
  const figure = (id: string): Figure => {
    const f = plan.figures.find((x) => x.id === id);
    if (!f) throw new Error(`no figure ${id}`);
    return f;
  };

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

  it.skipIf(!hasSource)('quotes every figure verbatim from the source document', () => {
    const source = readFileSync(SOURCE, 'utf8');
    const missing = plan.figures.filter((f) => f.quote === undefined || !source.includes(f.quote));
    expect(missing).toEqual([]);
  });
});
