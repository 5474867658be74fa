import { describe, expect, it } from 'vitest';
import { assertPlan, checkPlan } from '../../src/check/index.js';
import { GrowthError } from '../../src/errors.js';
import type { Plan } from '../../src/plan/model.js';
import { deepFreeze, growthPlan, indicator, level, makePlan, rate } from './helpers.js';

const nearMiss = (): Plan => growthPlan({ base: '928.4', rate: '10', target: '2000', targetExtra: { qualifiers: ['以上'] } });
const inconsistent = (): Plan => growthPlan({ base: '928.4', rate: '5', target: '2000', targetExtra: { qualifiers: ['以上'] } });
const consistent = (): Plan => growthPlan({ base: '928.4', rate: '11', target: '2000', targetExtra: { qualifiers: ['以上'] } });

const codeOf = (f: () => unknown): { code: string; argument: unknown; details: Record<string, unknown> } => {
  try {
    f();
  } catch (e) {
    if (e instanceof GrowthError) return { code: e.code, argument: e.details.argument, details: e.details };
    throw e;
  }
  throw new Error('did not throw');
};

describe('checkPlan', () => {
  it('reports the plan, one finding per relation, counts and no issues', () => {
    const r = checkPlan(nearMiss());
    expect(r.plan).toEqual({ id: 'test-plan', title: '测试规划' });
    expect(r.findings.map((f) => f.relation)).toEqual(['g']);
    expect(r.issues).toEqual([]);
    expect(r.counts.near_miss).toBe(1);
    expect(Object.keys(r.counts)).toHaveLength(8);
  });

  it('keeps the figures no relation uses as monitoring targets', () => {
    const p = makePlan(
      [indicator('x', '工业增加值', '亿元', 'value_added')],
      [rate('r', 'x', 2015, 2020, '4.8', { role: 'planned', qualifiers: ['以上'] }), level('t', 'x', 2020, '300', { role: 'planned' })],
      [],
    );
    const r = checkPlan(p);
    expect(r.findings).toEqual([]);
    expect(r.targets).toEqual([
      { figure: 'r', subject: '工业增加值', text: '4.8', unit: '%', from: 2015, to: 2020, qualifiers: ['以上'] },
      { figure: 't', subject: '工业增加值', text: '300', unit: '亿元', year: 2020, qualifiers: [] },
    ]);
  });

  it('rejects bad options with invalid_option naming the option', () => {
    expect(codeOf(() => checkPlan(nearMiss(), { tolerance: 'x' }))).toMatchObject({ code: 'invalid_option', argument: 'options.tolerance' });
    expect(codeOf(() => checkPlan(nearMiss(), { tolerance: -1 }))).toMatchObject({ code: 'invalid_option', argument: 'options.tolerance' });
    expect(codeOf(() => checkPlan(nearMiss(), { approxBand: 2 }))).toMatchObject({ code: 'invalid_option', argument: 'options.approxBand' });
  });

  it('applies the tolerance: 0.5% short is a near miss at 1%, inconsistent at 0.1%', () => {
    expect(checkPlan(nearMiss()).findings[0]!.verdict).toBe('near_miss');
    expect(checkPlan(nearMiss(), { tolerance: '0.001' }).findings[0]!.verdict).toBe('inconsistent');
    expect(checkPlan(nearMiss(), { tolerance: 0.02 }).findings[0]!.verdict).toBe('near_miss');
  });

  it('does not mutate a deep-frozen plan and gives the same report', () => {
    const frozen = deepFreeze(nearMiss());
    expect(checkPlan(frozen)).toEqual(checkPlan(nearMiss()));
  });
});

describe('assertPlan', () => {
  it('returns the report when no finding reaches the fail level', () => {
    expect(assertPlan(consistent()).findings[0]!.verdict).toBe('consistent');
    expect(assertPlan(nearMiss()).findings[0]!.verdict).toBe('near_miss');
  });

  it('throws plan_findings with the failing findings', () => {
    const e = codeOf(() => assertPlan(inconsistent()));
    expect(e.code).toBe('plan_findings');
    expect((e.details.findings as { relation: string }[]).map((f) => f.relation)).toEqual(['g']);
    expect(codeOf(() => assertPlan(nearMiss(), { failOn: 'near_miss' })).code).toBe('plan_findings');
  });

  it('rejects an unknown fail level', () => {
    expect(codeOf(() => assertPlan(nearMiss(), { failOn: 'bad' as never }))).toMatchObject({ code: 'invalid_option', argument: 'options.failOn' });
  });
});
