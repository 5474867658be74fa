// @ts-check
// Project a plan's growth target year by year, and ask what it would take to meet it.
// Run after `npm run build`:  node examples/project-target.mjs
import { growthPath, project, requiredRate, yearsToReach, roundHalfUp } from 'growth-targets';

// 山西省工业经济创新驱动发展行动方案: 新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上
const base = '928.4';
const rate = '10%';

for (const { year, value } of growthPath(base, rate, { from: 2012, to: 2020 })) {
  console.log(`${year}  ${roundHalfUp(value, 1).toFixed(1)}亿元`);
}

const in2020 = project(base, rate, 8);
const needed = requiredRate(base, '2000', 8);
const reached = yearsToReach(base, '2000', rate, { baseYear: 2012 });
console.log(`2020 at 10%: ${in2020.toFixed(1)}亿元, ${roundHalfUp(in2020.minus(2000).abs(), 1).toFixed(1)}亿元 short of 2000`);
console.log(`rate that reaches 2000亿元 in 2020: ${roundHalfUp(needed.times(100), 2).toFixed(2)}%`);
console.log(`at 10% a year, 2000亿元 is reached in ${reached.year}`);
