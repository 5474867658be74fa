// @ts-check
// 新产品销售收入 (seed 002): "在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上".
// The path at 10%, the gap to 2000亿元, the rate that reaches it, and the probability of reaching
// it when yearly growth is uncertain. Writes a fan chart (SVG).
// Run:  npm run example -- new-product-revenue [chart.svg]
//
// Assumption of the simulation, stated: each year's growth is drawn independently from a normal
// distribution centred on the planned 10% with a standard deviation of 2 percentage points (the
// plan gives no volatility; 2 points is a common spread of provincial industrial growth rates).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fanChart, formatSimulation, goalSeek, loadPlan, renderChartSvg, roundHalfUp, runScenario, simulateFloat } from 'growth-targets';
import { fileURLToPath } from 'node:url';

const file = '002-shanxi-innovation-2014.yaml';
const plan = loadPlan(readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8'), { file });
const output = process.argv[2] ?? fileURLToPath(new URL('out/new-product-revenue.svg', import.meta.url));

// 1. The path as the plan writes it, year by year (exact).
const sales = runScenario(plan).indicators.find((i) => i.indicator === 'new_product_sales');
if (sales === undefined) throw new Error('no new_product_sales line');
console.log('新产品销售收入（亿元），2012年928.4亿元起，年均增长10%');
for (const { year, value } of sales.path) console.log(`  ${year}  ${roundHalfUp(value, 1).toFixed(1).padStart(7)}`);

// 2. The gap to the target and what would close it.
const target = sales.targets.find((t) => t.figure === 'new_product_sales_2020');
if (target === undefined) throw new Error('no 2020 target');
const rate = goalSeek(plan, 'new_product_sales_2020', 'rate');
const years = goalSeek(plan, 'new_product_sales_2020', 'years');
const base = goalSeek(plan, 'new_product_sales_2020', 'base');
console.log(`\n2020年: ${roundHalfUp(target.value, 1).toFixed(1)}亿元，目标2000亿元以上（力争）：${target.met ? '达到' : `差${roundHalfUp(target.gap.abs(), 1).toFixed(1)}亿元（${roundHalfUp(target.relativeGap?.abs().times(100) ?? 0, 2).toFixed(2)}%）`}`);
console.log(`达到2000亿元所需年均增速: ${roundHalfUp(rate.value.times(100), 2).toFixed(2)}%（计划10%）`);
console.log(`按10%增长，${years.year}年首次达到2000亿元（${roundHalfUp(years.value, 2).toFixed(2)}年）`);
console.log(`按10%增长达到目标所需的2012年基数: ${roundHalfUp(base.value, 1).toFixed(1)}亿元（实际928.4亿元）`);

// 3. The probability of reaching 2000亿元 by 2020 when each year's growth is uncertain.
const result = simulateFloat(plan, { runs: 100_000, seed: 2014, indicators: ['new_product_sales'], distribution: { kind: 'normal', sd: '2%' } });
console.log(`\n${formatSimulation(result, 'text', { lang: 'zh' })}`);

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, await renderChartSvg(fanChart(result, { lang: 'zh' })));
console.log(`chart: ${output}`);
