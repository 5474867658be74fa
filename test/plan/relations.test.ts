import { describe, expect, it } from 'vitest';
import { RELATION_KINDS, RELATION_SLOTS, monitoringTargets, planJsonSchema, relationFigureIds } from '../../src/plan/index.js';
import type { Relation } from '../../src/plan/model.js';
import { growthPlan } from '../check/helpers.js';

describe('the relation slot table', () => {
  it('names every relation kind of the schema', () => {
    const schema = planJsonSchema() as { properties: { relations: { items: { oneOf: { properties: { kind: { const: string } } }[] } } } };
    const kinds = schema.properties.relations.items.oneOf.map((o) => o.properties.kind.const);
    expect(kinds).toEqual([...RELATION_KINDS]);
  });

  it('lists the figure ids of a relation in slot order, without the literal whole', () => {
    const sum: Relation = { id: 's', kind: 'sum', parts: ['a', 'b'], total: '100%' };
    expect(relationFigureIds(sum)).toEqual(['a', 'b']);
    const total: Relation = { id: 't', kind: 'cumulative_total', base: 'b', total: 't' };
    expect(relationFigureIds(total)).toEqual(['b', 't']);
    expect(relationFigureIds({ id: 'g', kind: 'growth_target', base: 'a', rate: 'g', target: 'b' })).toEqual(['a', 'g', 'b']);
  });

  it('marks the slots that take a list, may be left out, or hold "100%"', () => {
    expect(RELATION_SLOTS.sum.map((s) => [s.key, s.many ?? false, s.whole ?? false])).toEqual([
      ['parts', true, false],
      ['total', false, true],
    ]);
    expect(RELATION_SLOTS.cumulative_total.find((s) => s.key === 'rate')?.optional).toBe(true);
  });
});

describe('monitoringTargets', () => {
  it('keeps the figures no relation uses, in file order', () => {
    const plan = growthPlan({ base: '928.4', rate: '10', target: '2000' });
    expect(monitoringTargets(plan)).toEqual([]);
    const extra = { ...plan, figures: [...plan.figures, { id: 'extra', indicator: plan.indicators[0]!.id, type: 'level', value: '300', year: 2020, qualifiers: ['以上'], role: 'planned' } as const] };
    expect(monitoringTargets(extra)).toEqual([
      { figure: 'extra', subject: plan.indicators[0]!.name, text: '300', unit: plan.indicators[0]!.unit, year: 2020, qualifiers: ['以上'] },
    ]);
  });

  it('leaves out measured and computed figures: a review of past years is not a target', () => {
    const plan = growthPlan({ base: '928.4', rate: '10', target: '2000' });
    const figure = { indicator: plan.indicators[0]!.id, type: 'level', value: '487', qualifiers: [] } as const;
    const extra = {
      ...plan,
      figures: [
        ...plan.figures,
        { ...figure, id: 'past', year: 2010, role: 'measured' } as const,
        { ...figure, id: 'estimate', year: 2012, role: 'computed' } as const,
        { ...figure, id: 'goal', year: 2020, role: 'planned' } as const,
      ],
    };
    expect(monitoringTargets(extra).map((t) => t.figure)).toEqual(['goal']);
  });
});
