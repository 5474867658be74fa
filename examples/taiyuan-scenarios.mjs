// @ts-check
// 太原工业振兴行动方案 (seed 004) states two targets for the same 规模工业增加值 from 577.65亿元 in
// 2010: its own (年均增长25%，现价，2015年1764亿元) and the city's 十二五规划纲要's (年均增长17%，2015年
// 1400亿元). The seed encodes them as two scenarios; this lays them side by side and writes the
// chart (SVG).
// Run:  npm run example -- taiyuan-scenarios [chart.svg]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compareScenarios, formatScenarios, loadPlan, renderChartSvg, roundHalfUp, scenarioChart } from 'growth-targets';
import { fileURLToPath } from 'node:url';

const file = '004-taiyuan-revitalization.yaml';
const plan = loadPlan(readFileSync(new URL(`../seeds/${file}`, import.meta.url), 'utf8'), { file });
const output = process.argv[2] ?? fileURLToPath(new URL('out/taiyuan-scenarios.svg', import.meta.url));

const comparison = compareScenarios(plan, plan.scenarios ?? []);
console.log(formatScenarios(comparison, 'text', { lang: 'zh' }));

// The two 2015 targets under each scenario, in one sentence each.
for (const [j, column] of comparison.columns.entries()) {
  if (column.kind !== 'scenario') continue;
  const va = comparison.results[j]?.indicators.find((i) => i.indicator === 'industrial_va');
  const in2015 = va?.path.find((p) => p.year === 2015);
  const verdicts = comparison.targets
    .filter((t) => t.indicator === 'industrial_va' && t.type === 'level')
    .map((t) => `${t.text}${t.unit}${t.results[j]?.met ? '达到' : '未达'}`);
  console.log(`${column.name}: 2015年${roundHalfUp(in2015?.value ?? 0, 1).toFixed(1)}亿元，${verdicts.join('，')}`);
}

mkdirSync(dirname(output), { recursive: true });
writeFileSync(output, await renderChartSvg(scenarioChart(comparison, { lang: 'zh', indicator: 'industrial_va' })));
console.log(`chart: ${output}`);
