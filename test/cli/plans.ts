/** Small plan files for the check command. */

/** The innovation action plan's growth target: 928.4亿元 in 2012 at 10% a year vs 2000亿元以上 by 2020 — a near miss. */
export const NEAR_MISS_PLAN = `
id: innovation
title: 创新驱动行动计划
issuer: 某市人民政府
year: 2014
period: { from: 2014, to: 2020, base: 2012 }
source: { document: 002.txt }
indicators:
  - { id: new_product_sales, name: 新产品销售收入, unit: 亿元, kind: value }
  - { id: firms, name: 高新技术企业, unit: 家, kind: count }
figures:
  - { id: sales_2012, indicator: new_product_sales, type: level, year: 2012, value: "928.4" }
  - { id: sales_rate, indicator: new_product_sales, type: rate, from: 2012, to: 2020, value: "10" }
  - { id: sales_2020, indicator: new_product_sales, type: level, year: 2020, value: "2000", qualifiers: [以上] }
  - { id: firms_2020, indicator: firms, type: level, year: 2020, value: "300", qualifiers: [以上] }
relations:
  - { id: sales_target, kind: growth_target, base: sales_2012, rate: sales_rate, target: sales_2020 }
`;

/** A historical CAGR that holds: 8.4 → 30.9 over 2005–2010 at 29.8%. */
export const CLEAN_PLAN = `
id: clean
title: Clean plan
issuer: test
year: 2011
period: { from: 2011, to: 2015, base: 2010 }
source: { document: 000.txt }
indicators:
  - { id: profit, name: 利润总额, unit: 亿元, kind: value }
figures:
  - { id: profit_2005, indicator: profit, type: level, year: 2005, value: "8.4" }
  - { id: profit_2010, indicator: profit, type: level, year: 2010, value: "30.9" }
  - { id: profit_rate, indicator: profit, type: rate, from: 2005, to: 2010, value: "29.8" }
relations:
  - { id: cagr_profit, kind: historical_cagr, start: profit_2005, end: profit_2010, rate: profit_rate }
`;

/** Same as the clean plan, but the rate is far off: inconsistent. */
export const INCONSISTENT_PLAN = CLEAN_PLAN.replace('id: clean', 'id: bad').replace('title: Clean plan', 'title: Bad plan').replace('value: "29.8"', 'value: "35.0"');

/** Not YAML a plan can be read from. */
export const BROKEN_PLAN = 'id: broken\ntitle: [unclosed\n';
