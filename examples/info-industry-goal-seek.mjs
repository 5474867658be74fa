// @ts-check
// 信息产业主营业务收入 (seed 001): 952.9亿元 in 2015, "到2020年达到1700亿元，年均增长11%". At 11% a
// year it reaches 1605.7亿元: the target needs 12.27%. Goal seek, a sensitivity grid of rates ×
// years, and the elasticities of the target; writes the grid as a heat map (SVG).
// Run:  npm run example -- info-industry-goal-seek [chart.svg]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { elasticities, formatSensitivity, goalSeek, loadPlan, renderChartSvg, roundHalfUp, sensitivityChart, sensitivityGrid } from 'growth-targets';
import { fileURLToPath } from 'node:url';

const file = '001-shanxi-industry-13th.yaml';
const plan = loadPlan(readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8'), { file });
const output = process.argv[2] ?? fileURLToPath(new URL('out/info-industry-goal-seek.svg', import.meta.url));
const target = 'info_industry_revenue_2020';

// Goal seek: each unknown in turn, the others as the plan writes them.
const rate = goalSeek(plan, target, 'rate');
const base = goalSeek(plan, target, 'base');
const years = goalSeek(plan, target, 'years');
console.log('信息产业主营业务收入：2015年952.9亿元，年均增长11%，2020年1700亿元');
console.log(`  所需年均增速      ${roundHalfUp(rate.value.times(100), 2).toFixed(2)}%（计划11%）`);
console.log(`  按11%所需2015年基数 ${roundHalfUp(base.value, 1).toFixed(1)}亿元（实际952.9亿元）`);
console.log(`  按11%达到1700亿元   ${years.year}年（${roundHalfUp(years.value, 2).toFixed(2)}年）`);

// A sensitivity grid: the 1700亿元 target across rates and target years (exact).
const rates = ['10%', '10.5%', '11%', '11.5%', '12%', '12.5%', '13%', '13.5%', '14%'];
const grid = sensitivityGrid(plan, target, { rates, years: [2018, 2019, 2020, 2021, 2022] });
console.log(`\n${formatSensitivity(grid, 'text', { lang: 'zh' })}`);

// Elasticities: how much the 2020 value moves, in %, for 1% more of each input.
const [e] = elasticities(plan, { targets: [target] });
if (e !== undefined) {
  const show = (/** @type {import('growth-targets').Elasticity['rate']} */ x) => roundHalfUp(x, 4).toFixed(4);
  console.log(`弹性（2020年值对各输入）：基数 ${show(e.base)}，增速 ${show(e.rate)}，年数 ${show(e.years)}`);
}

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, await renderChartSvg(sensitivityChart(grid, { lang: 'zh' })));
console.log(`chart: ${output}`);
