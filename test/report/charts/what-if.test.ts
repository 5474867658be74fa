/** The what-if chart builders: plain Vega-Lite objects that compile, with finite numbers and the labels in the chosen language. */
import fc from 'fast-check';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { fanChart, growthPathChart, scenarioChart, sensitivityChart } from '../../../src/report/charts/index.js';
import { CHART_FONT, VEGA_LITE_SCHEMA, type ChartSpec } from '../../../src/report/charts/spec.js';
import { compareScenarios, runScenario, sensitivityGrid, simulateFloat } from '../../../src/scenario/index.js';
import { codeOf, INDUSTRY, INNOVATION, onePlan, onePlans, scenario, seed, TAIYUAN } from '../../scenario/helpers.js';

/** Every number in a spec, wherever it is. */
const numbers = (x: unknown): number[] =>
  typeof x === 'number' ? [x] : Array.isArray(x) ? x.flatMap(numbers) : x !== null && typeof x === 'object' ? Object.values(x).flatMap(numbers) : [];

/** Compiles a spec with vega-lite, failing on any warning. */
function compiles(spec: ChartSpec): void {
  const warnings: string[] = [];
  const logger = { level: () => logger, error: (...m: unknown[]) => warnings.push(m.join(' ')), warn: (...m: unknown[]) => warnings.push(m.join(' ')), info: () => logger, debug: () => logger };
  compile(spec as never, { logger: logger as never });
  expect(warnings).toEqual([]);
  expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
  expect(numbers(spec).every(Number.isFinite)).toBe(true);
  expect(spec['$schema']).toBe(VEGA_LITE_SCHEMA);
  expect((spec['config'] as { font: string }).font).toBe(CHART_FONT);
}

const innovation = seed(INNOVATION);
const taiyuan = seed(TAIYUAN);
const titleOf = (spec: ChartSpec): string => {
  const t = spec['title'];
  return typeof t === 'string' ? t : (t as { text: string }).text;
};

describe('growthPathChart', () => {
  it('draws one indicator with its target and band, titled in Chinese', () => {
    const spec = growthPathChart(runScenario(innovation, scenario([{ kind: 'rate', indicator: 'new_product_sales', rate: '8' }])), { lang: 'zh', indicator: 'new_product_sales' });
    compiles(spec);
    expect(titleOf(spec)).toBe('新产品销售收入：增长路径');
    expect(JSON.stringify(spec)).toContain('力争2000亿元以上');
    expect(JSON.stringify(spec)).toContain('规划原文'); // the plan's path, dashed, where the scenario moves it
  });

  it('stacks every indicator, and names an unknown one by a typed error', () => {
    const spec = growthPathChart(runScenario(innovation), { lang: 'en' });
    compiles(spec);
    expect((spec['vconcat'] as unknown[]).length).toBe(4);
    expect(codeOf(() => growthPathChart(runScenario(innovation), { indicator: 'nope' }))).toBe('unknown_reference');
  });

  it('compiles for any generated plan, with finite numbers only (law)', () => {
    fc.assert(
      fc.property(onePlans(fc.constantFrom(['以上'], ['左右'], ['以下'], ['超过'], [])), (p) => {
        compiles(growthPathChart(runScenario(onePlan(p))));
      }),
      { seed: 42, numRuns: 25 },
    );
  });
});

describe('scenarioChart', () => {
  it("lays Taiyuan's two scenarios beside the plan", () => {
    const spec = scenarioChart(compareScenarios(taiyuan, taiyuan.scenarios ?? []), { lang: 'zh', indicator: 'industrial_va' });
    compiles(spec);
    expect(titleOf(spec)).toBe('规模工业增加值：情景比较');
    const text = JSON.stringify(spec);
    for (const name of ['规划原文', '行动方案：现价年均增长25%', '规划纲要：年均增长17%', '1400亿元']) expect(text).toContain(name);
  });

  it('stacks every indicator', () => {
    compiles(scenarioChart(compareScenarios(taiyuan, taiyuan.scenarios ?? [])));
  });
});

describe('fanChart', () => {
  it('draws the bands, the median, the exact path and the probability of each level target', () => {
    const spec = fanChart(simulateFloat(innovation, { runs: 2000, seed: 1 }), { lang: 'zh', indicator: 'new_product_sales' });
    compiles(spec);
    expect(titleOf(spec)).toBe('新产品销售收入：模拟分布');
    expect(JSON.stringify(spec)).toMatch(/力争2000亿元以上 {2}达成概率 \d+\.\d%/);
    expect((spec['title'] as { subtitle: string[] }).subtitle[1]).toBe('2,000次模拟，年增速服从正态分布，均值为规划增速，标准差2.00个百分点');
  });

  it('stacks every indicator, and works with two percentiles', () => {
    compiles(fanChart(simulateFloat(innovation, { runs: 500, seed: 1 })));
    compiles(fanChart(simulateFloat(innovation, { runs: 500, seed: 1, percentiles: [10, 90] }), { lang: 'en' }));
  });
});

describe('sensitivityChart', () => {
  it('colours met and not met cells', () => {
    const grid = sensitivityGrid(seed(INDUSTRY), 'info_industry_revenue_2020', { rates: ['10%', '12.28%'], years: [2020, 2021] });
    const spec = sensitivityChart(grid, { lang: 'zh' });
    compiles(spec);
    expect(titleOf(spec)).toBe('信息产业主营业务收入 1700亿元：敏感性分析');
    const cells = (spec['data'] as { values: { met: string }[] }).values.map((c) => c.met);
    expect(cells).toEqual(['未达', '未达', '达到', '达到']);
    compiles(sensitivityChart(sensitivityGrid(seed(INDUSTRY), 'info_industry_revenue_2020', { rates: ['11%'], bases: [900, 1000] })));
  });
});
