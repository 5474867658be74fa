import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { growthPath } from '../../src/math/index.js';
import type { ScenarioChange } from '../../src/plan/index.js';
import { compareScenarios, findScenario, runScenario } from '../../src/scenario/run.js';
import { EQUIPMENT, INNOVATION, TAIYUAN, codeOf, deepFreeze, onePlan, onePlans, scenario, seed } from './helpers.js';

const sales = (r: ReturnType<typeof runScenario>) => r.indicators.find((i) => i.indicator === 'new_product_sales')!;

describe('runScenario', () => {
  it('projects the plan as written: the worked example of seed 002', () => {
    const result = runScenario(seed(INNOVATION));
    const s = sales(result);
    expect(s.path.map((p) => p.value.toFixed(2))).toEqual(['928.40', '1021.24', '1123.36', '1235.70', '1359.27', '1495.20', '1644.72', '1809.19', '1990.11']);
    const target = s.targets.find((t) => t.figure === 'new_product_sales_2020')!;
    expect([target.met, target.stretch, target.gap.toFixed(1), target.text, target.qualifiers]).toEqual([false, true, '-9.9', '2000', ['力争', '以上']]);
    expect(result.scenario).toBeUndefined();
  });

  it('is the plan when a scenario changes nothing: same paths, same targets, every difference 0 (law)', () => {
    fc.assert(
      fc.property(onePlans(fc.constantFrom(['以上'], ['超过'], ['左右'], [], ['力争', '以上'])), (p) => {
        const plan = onePlan(p);
        const asWritten = runScenario(plan);
        const unchanged = runScenario(plan, scenario([]));
        expect(unchanged.indicators.map((i) => i.path.map((x) => x.value.toString()))).toEqual(asWritten.indicators.map((i) => i.path.map((x) => x.value.toString())));
        expect(unchanged.indicators.flatMap((i) => i.targets.map((t) => t.met))).toEqual(asWritten.indicators.flatMap((i) => i.targets.map((t) => t.met)));
        expect(unchanged.indicators.flatMap((i) => i.path.map((x) => x.difference?.isZero()))).not.toContain(false);
        // and it is the growth path of the math module
        const expected = growthPath(p.base, `${p.rate}%`, { from: 2015, to: 2015 + p.years }).map((x) => x.value.toString());
        expect(unchanged.indicators[0]?.path.map((x) => x.value.toString())).toEqual(expected);
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('changes the rate: 8% a year reaches 1718.4亿元, 271.7亿元 below the plan', () => {
    const result = runScenario(seed(INNOVATION), scenario([{ kind: 'rate', indicator: 'new_product_sales', rate: '8' }], 'slow', '放缓'));
    const s = sales(result);
    const last = s.path[s.path.length - 1]!;
    expect([last.value.toFixed(1), last.plan?.toFixed(1), last.difference?.toFixed(1)]).toEqual(['1718.4', '1990.1', '-271.7']);
    const rateTarget = s.targets.find((t) => t.figure === 'new_product_sales_rate')!;
    expect([rateTarget.met, rateTarget.plan?.met]).toEqual([false, true]);
    expect(result.scenario).toEqual({ id: 'slow', name: '放缓' });
  });

  it('shocks one year: the level falls and the old rate resumes, so later years differ by a constant factor (law)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2013, max: 2020 }), fc.integer({ min: -30, max: 30 }), (year, shock) => {
        const plan = seed(INNOVATION);
        const s = sales(runScenario(plan, scenario([{ kind: 'shock', indicator: 'new_product_sales', year, rate: String(shock) }])));
        const ratios = s.path.map((p) => p.value.div(p.plan!));
        for (const [i, p] of s.path.entries()) {
          if (p.year < year) expect(p.difference?.isZero()).toBe(true);
          else expect(ratios[i]!.minus((1 + shock / 100) / 1.1).abs().lt(1e-15)).toBe(true);
        }
      }),
      { seed: 42, numRuns: 30 },
    );
  });

  it('moves a target year later: 2000亿元 is reached in 2021 at 10%', () => {
    const s = sales(runScenario(seed(INNOVATION), scenario([{ kind: 'target_year', indicator: 'new_product_sales', year: 2021, figure: 'new_product_sales_2020' }])));
    const t = s.targets.find((x) => x.figure === 'new_product_sales_2020')!;
    expect([t.year, t.value.toFixed(1), t.met, t.plan?.year, t.plan?.met]).toEqual([2021, '2189.1', true, 2020, false]);
  });

  it('projects a level pair once a scenario gives it a rate (seed 000: 1042.4亿元 in 2010, 3500亿元 in 2015)', () => {
    const plan = seed(EQUIPMENT);
    expect(runScenario(plan).unprojected.map((u) => u.indicator)).toContain('main_revenue');
    const main = runScenario(plan, scenario([{ kind: 'rate', indicator: 'main_revenue', rate: '27.5' }])).indicators.find((i) => i.indicator === 'main_revenue')!;
    expect(main.targets[0]?.met).toBe(true);
    expect(main.path[0]?.plan).toBeUndefined(); // the plan as written has no path to compare with
  });

  it('never unmeets a floor when a scenario raises the rate (law)', () => {
    fc.assert(
      fc.property(onePlans(), fc.integer({ min: 0, max: 200 }), (p, raise) => {
        const plan = onePlan(p);
        const higher = String(Number(p.rate) + raise / 10);
        const before = runScenario(plan).indicators[0]!.targets.find((t) => t.figure === 'x_target')!;
        const after = runScenario(plan, scenario([{ kind: 'rate', indicator: 'x', rate: higher }])).indicators[0]!.targets.find((t) => t.figure === 'x_target')!;
        return !before.met || after.met;
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('does not change the plan or the scenario it is given', () => {
    const plan = deepFreeze(seed(TAIYUAN));
    const changes: ScenarioChange[] = [{ kind: 'shock', indicator: 'industrial_va', year: 2012, rate: '-5' }];
    expect(() => runScenario(plan, deepFreeze(scenario(changes)))).not.toThrow();
  });

  it('refuses a bad band and bad changes with typed errors', () => {
    const plan = seed(INNOVATION);
    expect(codeOf(() => runScenario(plan, undefined, { band: '-1%' }))).toBe('negative');
    expect(codeOf(() => runScenario(plan, undefined, { band: 'wide' }))).toBe('invalid_number');
    expect(codeOf(() => runScenario(plan, scenario([{ kind: 'rate', indicator: 'new_product_sales', rate: 'fast' }])))).toBe('invalid_number');
  });
});

describe('compareScenarios', () => {
  it("lays Taiyuan's two value-added targets side by side: 25% reaches 1762.8亿元, 17% 1266.5亿元", () => {
    const plan = seed(TAIYUAN);
    const c = compareScenarios(plan, plan.scenarios ?? []);
    expect(c.columns).toEqual([{ kind: 'plan' }, { kind: 'scenario', id: 'action_plan', name: '行动方案：现价年均增长25%' }, { kind: 'scenario', id: 'outline', name: '规划纲要：年均增长17%' }]);
    const va2015 = c.rows.find((r) => r.indicator === 'industrial_va' && r.year === 2015)!;
    expect(va2015.values.map((v) => v?.toFixed(1))).toEqual(['1762.8', '1762.8', '1266.5']);
    const met = (figure: string) => c.targets.find((t) => t.figure === figure)!.results.map((r) => r?.met);
    expect(met('industrial_va_2015')).toEqual([false, false, false]); // 1764 (测算) needs 1763.5
    expect(met('industrial_va_2015_outline')).toEqual([true, true, false]); // 1400
    expect(met('industrial_va_rate_outline')).toEqual([true, true, true]); // 17% is reached by both
    expect(c.results).toHaveLength(3);
  });

  it('has a row per indicator and year, and one column for the plan when there are no scenarios', () => {
    const c = compareScenarios(seed(INNOVATION), []);
    expect(c.columns).toEqual([{ kind: 'plan' }]);
    expect(c.rows.filter((r) => r.indicator === 'new_product_sales').map((r) => r.year)).toEqual([2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020]);
  });
});

describe('findScenario', () => {
  it('finds a scenario by id or name, and names the known ones otherwise', () => {
    const plan = seed(TAIYUAN);
    expect(findScenario(plan, 'outline').name).toBe('规划纲要：年均增长17%');
    expect(findScenario(plan, '行动方案：现价年均增长25%').id).toBe('action_plan');
    expect(codeOf(() => findScenario(plan, 'nope'))).toBe('unknown_reference');
    expect(codeOf(() => findScenario(seed(INNOVATION), 'nope'))).toBe('unknown_reference');
  });
});
