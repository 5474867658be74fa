/** A small plan of every target kind monitoring knows, for the monitor tests. */
import { parsePlan, type Plan } from '../../src/plan/index.js';

/**
 * 十三五-style plan, base 2015: a growth target (sales 1000 → 1610.51 at 10%), a share floor
 * (40% → 50%以上), an intensity cut (−16%), a rate floor on value added (6%以上), a count floor
 * (30 → 40家以上), a 左右 level (500左右), a stretch target (力争), a total of projects over the
 * period (100个), an investment rate (累计法, 12% from 200亿元), a points change (+5个百分点) and a
 * computed figure (预计).
 */
export const REVIEW_PLAN = `
id: review-plan
title: 某省“十三五”工业发展规划
issuer: 某省经信委
year: 2016
period: 十三五
source: { document: test.txt }
indicators:
  - { id: sales, name: 主营业务收入, unit: 亿元, kind: value }
  - { id: share, name: 新兴产业占比, unit: "%", kind: share }
  - { id: energy, name: 万元工业增加值能耗, unit: 吨标准煤/万元, kind: intensity }
  - { id: va, name: 工业增加值, unit: 亿元, kind: value_added }
  - { id: firms, name: 高新技术企业, unit: 家, kind: count }
  - { id: output, name: 产量, unit: 万吨, kind: quantity }
  - { id: exports, name: 出口额, unit: 亿元, kind: value }
  - { id: projects, name: 技改项目, unit: 个, kind: count }
  - { id: investment, name: 工业投资, unit: 亿元, kind: investment }
  - { id: rd, name: 研发投入强度, unit: "%", kind: ratio }
  - { id: capacity, name: 装机容量, unit: 万千瓦, kind: quantity }
figures:
  - { id: sales_2015, indicator: sales, type: level, year: 2015, value: "1000" }
  - { id: sales_rate, indicator: sales, type: rate, from: 2015, to: 2020, value: "10" }
  - { id: sales_2020, indicator: sales, type: level, year: 2020, value: "1610.51" }
  - { id: share_2015, indicator: share, type: share, year: 2015, value: "40" }
  - { id: share_2020, indicator: share, type: share, year: 2020, value: "50", qualifier: 以上 }
  - { id: energy_cut, indicator: energy, type: change, from: 2015, to: 2020, value: "-16" }
  - { id: va_rate, indicator: va, type: rate, from: 2015, to: 2020, value: "6", qualifier: 以上 }
  - { id: firms_2015, indicator: firms, type: level, year: 2015, value: "30" }
  - { id: firms_2020, indicator: firms, type: level, year: 2020, value: "40", qualifier: 以上 }
  - { id: output_2015, indicator: output, type: level, year: 2015, value: "400" }
  - { id: output_2020, indicator: output, type: level, year: 2020, value: "500", qualifier: 左右 }
  - { id: exports_2015, indicator: exports, type: level, year: 2015, value: "100" }
  - { id: exports_2020, indicator: exports, type: level, year: 2020, value: "200", qualifier: 力争 }
  - { id: projects_13th, indicator: projects, type: total, from: 2016, to: 2020, value: "100" }
  - { id: investment_2015, indicator: investment, type: level, year: 2015, value: "200" }
  - { id: investment_rate, indicator: investment, type: rate, from: 2015, to: 2020, value: "12" }
  - { id: rd_2015, indicator: rd, type: level, year: 2015, value: "1.0" }
  - { id: rd_points, indicator: rd, type: points, from: 2015, to: 2020, value: "0.5" }
  - { id: capacity_2020, indicator: capacity, type: level, year: 2020, value: "6000", qualifier: 预计 }
relations:
  - { id: gt_sales, kind: growth_target, base: sales_2015, rate: sales_rate, target: sales_2020 }
`;

/** The review plan, parsed. */
export function reviewPlan(): Plan {
  const parsed = parsePlan(REVIEW_PLAN, { file: 'review.yaml' });
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.line}:${i.column} ${i.code} ${i.message}`).join('\n'));
  return parsed.plan;
}
