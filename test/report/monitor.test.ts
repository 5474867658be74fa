import { describe, expect, it } from 'vitest';
import type { Actual } from '../../src/monitor/actuals.js';
import { decomposePlan } from '../../src/monitor/decompose.js';
import { monitorPlan } from '../../src/monitor/monitor.js';
import { decompositionChart, progressChart, rankingChart, type ChartSpec } from '../../src/report/charts/index.js';
import { formatDecomposition } from '../../src/report/decomposition.js';
import { formatActualsIssue, formatMonitorReport } from '../../src/report/monitor.js';
import { displayWidth, showNumber } from '../../src/report/monitor-words.js';
import { expectCode } from '../math/oracle.js';
import { reviewPlan } from '../monitor/fixtures.js';

const plan = reviewPlan();
const a = (indicator: string, year: number, text: string, extra: Partial<Actual> = {}): Actual => ({ indicator, year, type: 'level', text, illustrative: false, ...extra });
const actuals: readonly Actual[] = [
  a('sales', 2016, '1100', { source: '统计公报2016' }),
  a('sales', 2017, '1150', { source: '统计公报2017' }),
  a('share', 2017, '45', { illustrative: true }),
  a('energy', 2016, '-1', { type: 'rate' }),
  a('energy', 2017, '2', { type: 'rate' }),
  a('exports', 2017, '90'),
  a('projects', 2016, '20'),
  a('projects', 2017, '20'),
  a('nope', 2017, '1'),
];
const report = { ...monitorPlan(plan, actuals, { asOf: '2018-06-30', planFile: 'plans/review.yaml' }), actualsFile: 'actuals.csv' };

describe('formatMonitorReport', () => {
  it('text (zh): labels, bands, progress against time, the pace needed, what is not reviewed, the sources', () => {
    const text = formatMonitorReport(report, 'text', { lang: 'zh' });
    expect(text.split('\n')[0]).toBe('某省“十三五”工业发展规划 · 中期评估');
    expect(text).toContain('评估日期 2018-06-30');
    expect(text).toContain('✗ 滞后 · 需加快  主营业务收入  1610.51亿元 (2015→2020) [约束性]');
    expect(text).toContain('背离目标');
    expect(text).toContain('新兴产业占比*');
    expect(text).toContain('含示意数据');
    expect(text).toContain('任务进度');
    expect(text).toContain('基期后无实际值');
    expect(text).toContain('统计公报2017');
    expect(text).toContain('unknown_indicator');
    expect(text).not.toContain('\u001b[');
    expect(formatMonitorReport(report, 'text', { lang: 'zh', color: true })).toContain('\u001b[');
  });

  it('text (en) and Markdown', () => {
    const en = formatMonitorReport(report, 'text', { lang: 'en' });
    expect(en).toContain('mid-term review');
    expect(en).toContain('moving away');
    expect(en).toMatch(/needs [\d.]+% a year from here/);
    const md = formatMonitorReport(report, 'markdown', { lang: 'en', failOn: 'behind' });
    expect(md.startsWith('### ')).toBe(true);
    expect(md).toContain('| ❌ behind |');
    expect(md).toContain('<details>');
  });

  it('JSON: exact decimals, words, failing flags', () => {
    const doc = JSON.parse(formatMonitorReport(report, 'json', { version: '9.9.9', failOn: 'behind' }));
    expect(doc.version).toBe('9.9.9');
    const sales = doc.review.targets.find((t: { target: string }) => t.target === 'sales_2020');
    expect(sales.current).toBe('1150');
    expect(sales.fails).toBe(true);
    expect(sales.labelText).toBe('behind');
    expect(typeof sales.progress).toBe('string');
    expect(doc.review.skipped.length).toBeGreaterThan(0);
  });

  it('JSON: every number in the unit beside it (% as percent numbers, paces in rateUnit)', () => {
    const doc = JSON.parse(formatMonitorReport(report, 'json'));
    const byId = (id: string) => doc.review.targets.find((t: { target: string }) => t.target === id);
    const data = (id: string) => report.targets.find((t) => t.target === id)!;
    const sales = byId('sales_2020');
    expect([sales.unit, sales.rateUnit]).toEqual(['亿元', '%']);
    expect(sales.goal).toBe(data('sales_2020').goal.toFixed());
    expect(sales.observedRate).toBe(data('sales_2020').observedRate!.times(100).toFixed());
    expect(sales.requiredRate).toBe(data('sales_2020').requiredRate!.times(100).toFixed());
    const share = doc.review.targets.find((t: { unit: string; measure: string }) => t.unit === '%' && t.measure === 'linear');
    const shareData = data(share.target);
    expect(share.rateUnit).toBe('个百分点');
    expect(share.current).toBe(shareData.current.times(100).toFixed());
    expect(share.goal).toBe(shareData.goal.times(100).toFixed());
    expect(share.base).toEqual({ ...JSON.parse(JSON.stringify(shareData.base)), value: shareData.base!.value.times(100).toFixed(), unit: '%' });
    expect(share.progress).toBe(shareData.progress.toFixed()); // a plain ratio
  });

  it('JUnit, SARIF and GitHub mark binding targets at the fail level; stretch targets never fail', () => {
    const junit = formatMonitorReport(report, 'junit', { failOn: 'behind' });
    expect(junit).toMatch(/<testsuites name="growth-targets monitor" tests="\d+" failures="2" errors="1">/);
    expect(junit).toContain('<skipped message="no actuals after the base year"/>');
    expect(formatMonitorReport(report, 'junit', { failOn: 'none' })).toContain('failures="0"');
    const sarif = JSON.parse(formatMonitorReport(report, 'sarif', { failOn: 'behind' }));
    const levels = sarif.runs[0].results.map((r: { level: string; ruleId: string }) => `${r.ruleId}:${r.level}`);
    expect(levels).toContain('actuals/unknown_indicator:error');
    expect(levels).toContain('monitor/moving_away:note');
    const github = formatMonitorReport(report, 'github', { failOn: 'moving-away' });
    expect(github).toContain('::notice file=plans/review.yaml');
    expect(github).toContain('::error file=actuals.csv');
  });

  it('refuses unknown formats, languages and fail levels', () => {
    expectCode(() => formatMonitorReport(report, 'xml' as never), 'invalid_option');
    expectCode(() => formatMonitorReport(report, 'text', { lang: 'fr' as never }), 'invalid_option');
    expectCode(() => formatMonitorReport(report, 'text', { failOn: 'near-miss' as never }), 'invalid_option');
  });

  it('formats an actuals issue as compilers do', () => {
    expect(formatActualsIssue({ code: 'invalid_number', severity: 'error', message: 'bad\nvalue', path: [], file: 'a.csv', line: 3, column: 12 })).toBe('a.csv:3:12: invalid_number: bad value');
  });
});

describe('formatDecomposition', () => {
  it('text tables by year with actuals, by quarter, by unit', () => {
    const byYear = formatDecomposition(decomposePlan(plan, { actuals }), 'text', { lang: 'zh' });
    expect(byYear).toContain('等速分解 +10.00%');
    expect(byYear).toContain('滚动目标');
    expect(byYear).toContain('1210亿元 (+10.00%)');
    const byQuarter = formatDecomposition(decomposePlan(plan, { by: 'quarter' }), 'text', { lang: 'en' });
    expect(byQuarter).toContain('2016: Q1 5个 · Q2 10个 · Q3 15个 · Q4 20个');
    const md = formatDecomposition(decomposePlan(plan, { by: 'month' }), 'markdown', { lang: 'en' });
    expect(md).toContain('| year | 1 | 2 |');
    const json = JSON.parse(formatDecomposition(decomposePlan(plan), 'json'));
    expect(json.decomposition.targets[0].rows[0].planned).toBe('1100');
    expect(json.decomposition.targets[0].rows[0].change).toBe('10'); // +10% a year, in changeUnit
    expect(json.decomposition.targets[0].changeUnit).toBe('%');
    const share = json.decomposition.targets.find((t: { unit: string }) => t.unit === '%');
    expect(share.changeUnit).toBe('个百分点');
    expect(Number(share.goal)).toBeGreaterThan(1); // a share in %, not a fraction
    expectCode(() => formatDecomposition(decomposePlan(plan), 'sarif' as never), 'invalid_option');
  });
});

/**
 * Renders a specification the way renderChartSvg does (vega-lite compile, vega view to SVG), with
 * static imports: the library's lazy loader cannot import inside vitest's module sandbox (the built
 * package renders in test/package.test.ts through the examples).
 */
async function renderChartSvg(spec: ChartSpec): Promise<string> {
  const { compile } = await import('vega-lite');
  const vega = await import('vega');
  const warnings: unknown[] = [];
  const logger = { level: () => logger, warn: (...m: unknown[]) => warnings.push(m), info: () => logger, debug: () => logger, error: (...m: unknown[]) => warnings.push(m) };
  const view = new vega.View(vega.parse(compile(spec as never, { logger: logger as never }).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    expect(warnings).toEqual([]);
    return svg;
  } finally {
    view.finalize();
  }
}

describe('charts', () => {
  it('the progress chart has a row per target, bars, ticks at time elapsed and labels; it renders to SVG', async () => {
    const spec = progressChart(report, { lang: 'zh' }) as { data: { values: { target: string; elapsed: number }[] }; layer: unknown[] };
    expect(spec.data.values).toHaveLength(report.targets.length);
    expect(spec.layer).toHaveLength(3);
    const svg = await renderChartSvg(spec);
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('主营业务收入');
  });
  it('the ranking and decomposition charts render', async () => {
    const ranked = [{ rank: 1, target: 'a', subject: '甲', completion: report.targets[0]?.progress ?? report.elapsed, progress: report.elapsed, scheduled: report.elapsed, band: 'on_track' as const, label: 'ahead' as const, illustrative: true }];
    expect((await renderChartSvg(rankingChart(ranked, { lang: 'zh' }))).startsWith('<svg')).toBe(true);
    const years = decompositionChart(decomposePlan(plan, { actuals }), { lang: 'en' });
    expect(years['columns']).toBe(3);
    expect((await renderChartSvg(years)).startsWith('<svg')).toBe(true);
    expect((await renderChartSvg(decompositionChart(decomposePlan(plan, { by: 'unit' })))).startsWith('<svg')).toBe(true);
  });
});

describe('display helpers', () => {
  it('counts CJK characters as two columns and shows numbers by size', () => {
    expect(displayWidth('ab中文')).toBe(6);
    expect(showNumber(report.elapsed, '%')).toMatch(/^\d+\.\d\d%$/);
  });
});
