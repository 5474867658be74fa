import { describe, expect, it } from 'vitest';
import { describeDistribution, formatSimulation } from '../../src/report/simulation.js';
import { boundedDecimals, scenarioWords } from '../../src/report/scenario-words.js';
import { simulateFloat } from '../../src/scenario/index.js';
import { codeOf, INNOVATION, seed } from '../scenario/helpers.js';

const result = simulateFloat(seed(INNOVATION), { runs: 4000, seed: 1, indicators: ['new_product_sales'] });

describe('formatSimulation', () => {
  it('gives each target its probability as a number from 0 to 1, and percentile paths with years and values, in JSON', () => {
    const doc = JSON.parse(formatSimulation(result, 'json'));
    const target = doc.indicators[0].targets.find((t: { figure: string }) => t.figure === 'new_product_sales_2020');
    expect(typeof target.probability).toBe('number');
    expect(target.probability).toBeGreaterThanOrEqual(0);
    expect(target.probability).toBeLessThanOrEqual(1);
    expect(target.exact).toEqual({ met: false, value: '1990.107851204' });
    expect(doc.indicators[0].percentiles.map((p: { percentile: number }) => p.percentile)).toEqual([5, 25, 50, 75, 95]);
    expect(doc.indicators[0].percentiles[2].points[0]).toEqual({ year: 2012, value: 928.4 });
    expect(doc.errorBound.quantile).toBe(2 ** -13);
  });

  it('states the assumption, the runs and the seed, and shows percentiles no finer than their error bound', () => {
    const zh = formatSimulation(result, 'text', { lang: 'zh' });
    expect(zh.split('\n').slice(0, 2)).toEqual(['山西省工业经济创新驱动发展行动方案（2014-2020年）：蒙特卡洛模拟', '4,000条路径，种子1']);
    expect(zh).toContain('假设：年增速服从正态分布，均值为规划增速，标准差2.00个百分点');
    expect(zh).toMatch(/新产品销售收入 力争2000亿元以上 \(2020\)\s+✗ 1990\.11\s+\d+\.\d\d% ± \d\.\d\d%/);
    expect(zh).toMatch(/\n {2}2020 +1990\.11 +\d{4} +\d{4} +\d{4} +\d{4} +\d{4}\n/); // percentiles near 2000 shown to whole 亿元
    const md = formatSimulation(result, 'markdown', { lang: 'en' });
    expect(md).toContain('| year | exact path | P5 | P25 | P50 | P75 | P95 |');
  });

  it('describes every distribution', () => {
    const en = scenarioWords('en');
    expect(describeDistribution({ kind: 'normal', sd: '2%' }, en)).toBe("each year's rate normal around the planned rate, sd 2.00 points");
    expect(describeDistribution({ kind: 'uniform', halfWidth: 0.03 }, en)).toBe("each year's rate uniform within 3.00 points of the planned rate");
    expect(describeDistribution({ kind: 'triangular', below: '4%', above: '1%' }, en)).toContain('from 4.00 points below to 1.00 above');
    expect(describeDistribution({ kind: 'bootstrap', rates: ['1%', '2%'] }, scenarioWords('zh'))).toBe('年增速从2个历史增速中有放回抽取');
  });

  it('bounds the digits of a simulated value by its error', () => {
    expect(boundedDecimals(2058.25, '亿元', 2, 2 ** -13)).toBe(0);
    expect(boundedDecimals(0.0147, '%', 3, 2 ** -13)).toBe(3);
    expect(boundedDecimals(0, '亿元', 2, 2 ** -13)).toBe(2);
  });

  it('says so when nothing can be simulated', () => {
    const none = simulateFloat(seed('003-shanxi-tech-upgrade.yaml'), { runs: 10, seed: 1 });
    expect(formatSimulation(none, 'text', { lang: 'en' })).toMatch(/: Monte Carlo simulation\n\nno growth indicator with a rate for every year/);
    expect(formatSimulation(none, 'markdown', { lang: 'zh' })).toContain('没有每年都有增速的增长指标可模拟');
  });

  it('refuses an unknown format', () => {
    expect(codeOf(() => formatSimulation(result, 'github' as never))).toBe('invalid_option');
  });
});
