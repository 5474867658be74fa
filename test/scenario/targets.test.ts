import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D, growthPath } from '../../src/math/index.js';
import type { Figure, Plan, Qualifier } from '../../src/plan/index.js';
import { growthLines, type GrowthTarget } from '../../src/scenario/lines.js';
import { evaluateTarget, targetAdmissible, targetMeasure } from '../../src/scenario/targets.js';
import { TAIYUAN, onePlan, seed } from './helpers.js';

/** The target of a one-indicator plan with the given target figure. */
function targetOf(change: Partial<Figure>, extra: Partial<Plan> = {}): GrowthTarget {
  const plan = onePlan({ base: '100', rate: '10', target: '150', years: 5 });
  const figures = plan.figures.map((f) => (f.id === 'x_target' ? { ...f, ...change } : f));
  const t = growthLines({ ...plan, ...extra, figures })[0]?.targets.find((x) => x.figure === 'x_target');
  if (t === undefined) throw new Error('no target');
  return t;
}
const set = (t: GrowthTarget, band?: string) => {
  const a = targetAdmissible(t, band === undefined ? undefined : new D(band));
  return `${a.lo === undefined ? '-∞' : a.lo.toString()}${a.loOpen ? ')' : ']'} ${a.hi === undefined ? '+∞' : a.hi.toString()}${a.hiOpen ? ')' : ']'}`;
};
const path = (rate: string, years = 5) => growthPath(100, rate, { from: 2015, to: 2015 + years });

describe('targetAdmissible', () => {
  it('reads 以上 and 超过 as floors, 以下 and 不满 as ceilings', () => {
    expect(set(targetOf({ qualifiers: ['以上'] }))).toBe('150] +∞]');
    expect(set(targetOf({ qualifiers: ['超过'] }))).toBe('150) +∞]');
    expect(set(targetOf({ qualifiers: ['以下'] }))).toBe('-∞] 150]');
    expect(set(targetOf({ qualifiers: ['不满'] }))).toBe('-∞] 150)');
  });

  it('reads 左右 as a band (5% by default, or the band given) and a range as its two ends', () => {
    expect(set(targetOf({ qualifiers: ['左右'] }))).toBe('142.5] 157.5]');
    expect(set(targetOf({ qualifiers: ['左右'] }), '0.1')).toBe('135] 165]');
    expect(set(targetOf({ value: '140', high: '160' }))).toBe('140] 160]');
  });

  it('reads a target with no bound as reached: a floor going up, a ceiling going down', () => {
    expect(set(targetOf({}))).toBe('150] +∞]');
    expect(set(targetOf({ value: '80' }))).toBe('-∞] 80]');
  });

  it('reads a computed target (测算) from the low end of its rounding interval', () => {
    const va = growthLines(seed(TAIYUAN)).find((l) => l.indicator.id === 'industrial_va')!;
    const computed = va.targets.find((t) => t.figure === 'industrial_va_2015')!;
    expect(set(computed)).toBe('1763.5] +∞]');
  });
});

describe('targetMeasure', () => {
  const base = { reading: targetOf({}).reading, direction: 'up' as const };
  it('measures a level, a total, a rate, a change and a multiple on a path', () => {
    const p = path('0.1');
    expect(targetMeasure({ ...base, figure: 'l', type: 'level', year: 2020 }, p, false)?.toFixed(5)).toBe('161.05100');
    expect(targetMeasure({ ...base, figure: 't', type: 'total', year: 2017, from: 2016 }, p, false)?.toString()).toBe('231');
    expect(targetMeasure({ ...base, figure: 'r', type: 'rate', year: 2020, from: 2015 }, p, false)?.toFixed(30)).toBe('0.100000000000000000000000000000');
    expect(targetMeasure({ ...base, figure: 'c', type: 'change', year: 2017, from: 2015 }, p, false)?.toString()).toBe('0.21');
    expect(targetMeasure({ ...base, figure: 'm', type: 'multiple', year: 2017, from: 2015 }, p, false)?.toString()).toBe('1.21');
  });

  it('measures the rate of an investment by 累计法: the constant rate whose yearly values sum alike', () => {
    const shocked = growthPath(100, [{ until: 2016, rate: 0.3 }, { until: 2020, rate: 0.1 }], { from: 2015, to: 2020 });
    const level = targetMeasure({ ...base, figure: 'r', type: 'rate', year: 2020, from: 2015 }, shocked, false)!;
    const cumulative = targetMeasure({ ...base, figure: 'r', type: 'rate', year: 2020, from: 2015 }, shocked, true)!;
    expect(level.toFixed(6)).toBe('0.137373'); // (1.3 × 1.1^4)^(1/5) − 1
    expect(cumulative.gt(level)).toBe(true); // an early boom weighs more in a sum
  });

  it('is undefined for years the path does not cover', () => {
    expect(targetMeasure({ ...base, figure: 'l', type: 'level', year: 2030 }, path('0.1'), false)).toBeUndefined();
    expect(targetMeasure({ ...base, figure: 'c', type: 'change', year: 2020, from: 2010 }, path('0.1'), false)).toBeUndefined();
  });
});

describe('evaluateTarget', () => {
  it('gives the worked example of DOMAIN.md: 928.4亿元 at 10% for 8 years is 9.9亿元 short of 2000以上', () => {
    const plan = onePlan({ base: '928.4', rate: '10', target: '2000', years: 8, qualifiers: ['以上'], baseYear: 2012 });
    const target = growthLines(plan)[0]!.targets.find((t) => t.figure === 'x_target')!;
    const outcome = evaluateTarget(target, growthPath('928.4', '0.1', { from: 2012, to: 2020 }), false)!;
    expect(outcome.met).toBe(false);
    expect(outcome.value.toFixed(4)).toBe('1990.1079');
    expect(outcome.gap.toFixed(4)).toBe('-9.8921');
    expect(outcome.distance.toFixed(4)).toBe('9.8921');
    expect(outcome.relativeGap?.toFixed(6)).toBe('-0.004946');
  });

  it('meets an exclusive floor only strictly above it, an inclusive one at it', () => {
    const at = growthPath(100, 0.5, { from: 2015, to: 2016 });
    const floor = (q: Qualifier) => ({ ...targetOf({ qualifiers: [q] }), year: 2016 });
    expect(evaluateTarget(floor('以上'), at, false)?.met).toBe(true);
    expect(evaluateTarget(floor('超过'), at, false)?.met).toBe(false);
  });

  it('reads a decline target with 以上 as at least that decline: −16%以上 is met by −18%, not by −12%', () => {
    const cut = { ...targetOf({ type: 'change', from: 2015, to: 2020, value: '-16', qualifiers: ['以上'], unit: '%' }) };
    expect(evaluateTarget(cut, path('-0.039'), false)?.met).toBe(true); // 1 − 0.961^5 = 18.0%
    expect(evaluateTarget(cut, path('-0.025'), false)?.met).toBe(false); // 11.9%
  });

  it('never unmeets a floor when the rate rises (monotone in the rate)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -300, max: 600 }), fc.integer({ min: 0, max: 300 }), fc.integer({ min: 50, max: 400 }), (r, dr, target) => {
        const t = targetOf({ value: String(target), qualifiers: ['以上'] });
        const low = evaluateTarget(t, path(String(r / 1000)), false)!;
        const high = evaluateTarget(t, path(String((r + dr) / 1000)), false)!;
        return !low.met || high.met;
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
