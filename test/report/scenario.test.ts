import { describe, expect, it } from 'vitest';
import { formatScenarios } from '../../src/report/scenario.js';
import { compareScenarios } from '../../src/scenario/index.js';
import { codeOf, INNOVATION, scenario, seed, TAIYUAN } from '../scenario/helpers.js';

const taiyuan = seed(TAIYUAN);
const comparison = compareScenarios(taiyuan, taiyuan.scenarios ?? []);

describe('formatScenarios', () => {
  it('writes a table per indicator and one of targets, in Chinese or English', () => {
    const zh = formatScenarios(comparison, 'text', { lang: 'zh' });
    expect(zh.split('\n')[0]).toBe('太原工业振兴行动方案：情景比较');
    expect(zh).toContain('规模工业增加值（亿元）');
    expect(zh).toMatch(/规模工业增加值 测算1764亿元 \(2015\)\s+✗ 1762\.848 \(−1\.152\)/);
    expect(zh).toContain('未推算（缺少年增速，可用情景给出）: 地区生产总值(GDP)');
    const en = formatScenarios(comparison, 'text', { lang: 'en' });
    expect(en.split('\n')[0]).toBe('太原工业振兴行动方案: scenarios compared');
    expect(en).toContain('plan as written');
  });

  it('writes Markdown tables', () => {
    const md = formatScenarios(comparison, 'markdown', { lang: 'zh' });
    expect(md).toMatch(/^## 太原工业振兴行动方案：情景比较\n\n### 工业投资（亿元）\n\n\| 年份 \| 规划原文 \|/);
  });

  it('writes JSON with exact decimals in the units beside them, null where a column has no value', () => {
    const innovation = seed(INNOVATION);
    const c = compareScenarios(innovation, [scenario([{ kind: 'rate', indicator: 'new_product_sales', rate: '8' }])]);
    const doc = JSON.parse(formatScenarios(c, 'json', { version: '9.9.9' }));
    expect(doc.version).toBe('9.9.9');
    expect(doc.columns).toEqual([{ kind: 'plan' }, { kind: 'scenario', id: 'what_if', name: '假设' }]);
    const sales = doc.indicators.find((i: { indicator: string }) => i.indicator === 'new_product_sales');
    expect(sales.rows.at(-1)).toEqual({ year: 2020, values: ['1990.107851204', '1718.40360722569887744'] });
    const rate = doc.targets.find((t: { figure: string }) => t.figure === 'new_product_sales_rate');
    expect(rate.valueUnit).toBe('%');
    expect(rate.results.map((r: { value: string; met: boolean }) => [r.value, r.met])).toEqual([['10', true], ['8', false]]);
    expect(rate.gapUnit).toBe('个百分点');
    expect(rate.results[1].gap).toBe('-2');
    const rd = doc.indicators.find((i: { indicator: string }) => i.indicator === 'rd_intensity');
    expect(rd.unit).toBe('%');
    expect(rd.rows[0]).toEqual({ year: 2012, values: ['0.64', '0.64'] });
    const withGap = compareScenarios(seed('000-shanxi-equipment-12th.yaml'), [scenario([{ kind: 'rate', indicator: 'main_revenue', rate: '30' }])]);
    const main = JSON.parse(formatScenarios(withGap, 'json')).targets.find((t: { figure: string }) => t.figure === 'main_revenue_2015');
    expect(main.results[0]).toBeNull();
    expect(main.results[1].met).toBe(true);
  });

  it('says so when a plan has nothing to project', () => {
    const none = compareScenarios(seed('003-shanxi-tech-upgrade.yaml'), []);
    expect(formatScenarios(none, 'text', { lang: 'zh' })).toMatch(/：情景比较\n\n没有可推算的增长指标/);
    expect(formatScenarios(none, 'markdown', { lang: 'en' })).toContain('no growth indicators to project');
  });

  it('refuses an unknown format or language', () => {
    expect(codeOf(() => formatScenarios(comparison, 'sarif' as never))).toBe('invalid_option');
    expect(codeOf(() => formatScenarios(comparison, 'text', { lang: 'fr' as never }))).toBe('invalid_option');
  });
});
