/**
 * The annotated plan file `growth-targets init` writes: identity, units, every indicator kind the
 * checker treats differently, every figure type, every relation kind and every scenario change,
 * each with a comment, all consistent, so that `growth-targets check` passes it clean. An
 * invented city plan.
 */

/**
 * The template, with its `$schema` path (relative to where the file is written) and the file
 * name its first lines mention.
 *
 * @example
 * planTemplate('./node_modules/growth-targets/src/plan/plan.schema.json', 'plan.yaml').startsWith('# A plan file') //=> true
 */
export function planTemplate(schema: string, file: string): string {
  return `# A plan file for growth-targets: the figures of a development plan and how they relate.
# Check it with:  npx growth-targets check ${file}
# Every number is a quoted string, as the plan writes it: "30.90" keeps its two decimals; a
# percent figure may keep its sign ("8%" is "8"). Quote "%" wherever it stands alone in YAML.
$schema: ${JSON.stringify(schema)}

# Identity: which document, who issued it and when (the year of issue decides which figures are
# measured: those of earlier years, and of the base year).
id: example-city-14th                 # [a-z0-9_-]+
title: 示例市“十四五”工业发展规划
issuer: 示例市人民政府
year: 2021                            # the year of issue
period: 十四五                        # 2021–2025, base 2020; or { from: 2021, to: 2025, base: 2020 }
source: { document: 示例市“十四五”工业发展规划.txt, url: "https://example.org/plan", date: "2021-06-30" }

# Units the library's table lacks: one 万吨钢 is 10000 吨钢.
units:
  - { symbol: 万吨钢, base: 吨钢, factor: "10000" }

# Indicators: id, name as the plan writes it, unit, and kind (value, value_added, investment,
# share, ratio, intensity, count, quantity, index).
indicators:
  - { id: revenue, name: 规模以上工业营业收入, unit: 亿元, kind: value }
  - { id: zone_a, name: 甲区工业营业收入, unit: 亿元, kind: value }
  - { id: zone_b, name: 乙区工业营业收入, unit: 亿元, kind: value }
  - { id: zone_c, name: 丙区工业营业收入, unit: 亿元, kind: value }
  - { id: zones_ab_share, name: 甲乙两区营业收入占比, unit: "%", kind: share }
  - { id: industry_va, name: 工业增加值, unit: 亿元, kind: value }
  - { id: emerging_va, name: 战略性新兴产业增加值, unit: 亿元, kind: value }
  - { id: emerging_share, name: 战略性新兴产业增加值占工业增加值比重, unit: "%", kind: share }
  - { id: energy, name: 单位工业增加值能耗, unit: 吨标准煤/万元, kind: intensity }
  - { id: firms, name: 高新技术企业, unit: 家, kind: count }
  - { id: investment, name: 工业投资, unit: 亿元, kind: investment }
  - { id: jobs, name: 城镇新增就业, unit: 万人, kind: count }
  - { id: rd, name: 研究与试验发展经费投入强度, unit: "%", kind: ratio }
  - { id: steel, name: 粗钢产量, unit: 万吨钢, kind: quantity }

# Figures: what the plan states. type is one of level, rate, share, change, points, multiple,
# total, increase, average, average_increase, annual_points, gap. Declines are negative.
# qualifier: 以上, 超过, 左右, 约, 余, 近, 预计, 测算, 力争 … (a list for several).
# role (measured, planned, computed) is inferred when left out.
figures:
  # level: a value in a year
  - { id: revenue_2015, indicator: revenue, type: level, year: 2015, value: "700" }
  - { id: revenue_2020, indicator: revenue, type: level, year: 2020, value: "1000" }
  - { id: revenue_2025, indicator: revenue, type: level, year: 2025, value: "1460", qualifier: 以上 }
  # rate: 年均增长, in %, over from..to
  - { id: revenue_rate_13th, indicator: revenue, type: rate, from: 2015, to: 2020, value: "7.4" }
  - { id: revenue_rate, indicator: revenue, type: rate, from: 2020, to: 2025, value: "8", quote: "年均增长8%" }
  - { id: zone_a_2020, indicator: zone_a, type: level, year: 2020, value: "400" }
  - { id: zone_b_2020, indicator: zone_b, type: level, year: 2020, value: "350" }
  - { id: zone_c_2020, indicator: zone_c, type: level, year: 2020, value: "250" }
  # share: in %, in a year
  - { id: zones_ab_share_2020, indicator: zones_ab_share, type: share, year: 2020, value: "75" }
  - { id: industry_va_2020, indicator: industry_va, type: level, year: 2020, value: "500" }
  - { id: emerging_va_2020, indicator: emerging_va, type: level, year: 2020, value: "150" }
  - { id: emerging_share_2020, indicator: emerging_share, type: share, year: 2020, value: "30" }
  - { id: emerging_share_2025, indicator: emerging_share, type: share, year: 2025, value: "35" }
  # points: 个百分点 over from..to; annual_points: 年均提高 … 个百分点
  - { id: emerging_points, indicator: emerging_share, type: points, from: 2020, to: 2025, value: "5" }
  - { id: emerging_points_a_year, indicator: emerging_share, type: annual_points, from: 2020, to: 2025, value: "1" }
  - { id: energy_2020, indicator: energy, type: level, year: 2020, value: "0.50" }
  - { id: energy_2025, indicator: energy, type: level, year: 2025, value: "0.43" }
  # change: a cumulative change in % (累计下降14% is "-14"); 测算 marks a figure the plan computed
  - { id: energy_cut, indicator: energy, type: change, from: 2020, to: 2025, value: "-14" }
  - { id: energy_rate, indicator: energy, type: rate, from: 2020, to: 2025, value: "-3" }
  - { id: energy_cut_computed, indicator: energy, type: change, from: 2020, to: 2025, value: "-14.1", qualifier: 测算 }
  - { id: firms_2020, indicator: firms, type: level, year: 2020, value: "500" }
  - { id: firms_2025, indicator: firms, type: level, year: 2025, value: "1000", qualifier: 以上 }
  # multiple: 翻一番 is "2" with doubling: true (a floor); 增长两倍 is "3"
  - { id: firms_doubling, indicator: firms, type: multiple, from: 2020, to: 2025, value: "2", doubling: true }
  - { id: firms_rate, indicator: firms, type: rate, from: 2020, to: 2025, value: "15", qualifier: 以上 }
  # increase: 比2020年增加 … in the indicator's unit
  - { id: firms_increase, indicator: firms, type: increase, from: 2020, to: 2025, value: "500" }
  - { id: investment_2020, indicator: investment, type: level, year: 2020, value: "200" }
  # total: the sum of the yearly values over the years from..to inclusive (“十四五”期间累计)
  - { id: investment_total, indicator: investment, type: total, from: 2021, to: 2025, value: "1230", qualifier: 以上 }
  - { id: investment_rate, indicator: investment, type: rate, from: 2020, to: 2025, value: "7" }
  # average: 年均 over the years from..to inclusive; average_increase: 年均新增
  - { id: investment_average, indicator: investment, type: average, from: 2021, to: 2025, value: "246", qualifier: 以上 }
  - { id: jobs_a_year, indicator: jobs, type: average_increase, from: 2021, to: 2025, value: "10" }
  - { id: jobs_increase, indicator: jobs, type: increase, from: 2020, to: 2025, value: "50" }
  # gap: actual − target in a year (超过规划目标0.1个百分点)
  - { id: rd_2020, indicator: rd, type: level, year: 2020, value: "2.3" }
  - { id: rd_2020_target, indicator: rd, type: level, year: 2020, value: "2.2", role: planned }
  - { id: rd_gap, indicator: rd, type: gap, year: 2020, value: "0.1" }
  - { id: steel_2020, indicator: steel, type: level, year: 2020, value: "800" }
  - { id: steel_2025, indicator: steel, type: level, year: 2025, value: "900", qualifier: 左右 }
  # a figure in no relation is a monitoring target (growth-targets monitor reviews it against actuals)
  - { id: rd_2025, indicator: rd, type: level, year: 2025, value: "2.8", qualifier: 以上 }

# Relations: how the figures should agree. Each names its figures by id.
relations:
  # base × (1 + rate)^years against the target
  - { id: revenue_target, kind: growth_target, base: revenue_2020, rate: revenue_rate, target: revenue_2025 }
  # (end / start)^(1/years) − 1 against a stated past rate
  - { id: revenue_13th, kind: historical_cagr, start: revenue_2015, end: revenue_2020, rate: revenue_rate_13th }
  # parts against their total (or shares against "100%")
  - { id: revenue_by_zone, kind: sum, parts: [zone_a_2020, zone_b_2020, zone_c_2020], total: revenue_2020 }
  # part / total against the share; a part (or total) may be a list whose sum it is
  - { id: emerging_share_check, kind: share, part: emerging_va_2020, total: industry_va_2020, share: emerging_share_2020 }
  - { id: zones_ab_share_check, kind: share, part: [zone_a_2020, zone_b_2020], total: revenue_2020, share: zones_ab_share_2020 }
  # end − start in percentage points
  - { id: emerging_points_check, kind: points_change, start: emerging_share_2020, end: emerging_share_2025, change: emerging_points }
  # change = years × annual points (linear)
  - { id: emerging_annual_points, kind: annual_points, annual: emerging_points_a_year, change: emerging_points }
  # end / start − 1 against a cumulative change
  - { id: energy_cut_check, kind: cumulative_change, start: energy_2020, end: energy_2025, change: energy_cut }
  # (1 + rate)^years − 1 against the cumulative change over the same years
  - { id: energy_rate_vs_cut, kind: annual_vs_cumulative, rate: energy_rate, change: energy_cut_computed }
  # end / start against a multiple
  - { id: firms_doubled, kind: multiple, start: firms_2020, end: firms_2025, multiple: firms_doubling }
  # (1 + rate)^years against the multiple
  - { id: firms_rate_doubles, kind: rate_multiple, rate: firms_rate, multiple: firms_doubling }
  # end − start against an increase
  - { id: firms_added, kind: absolute_change, start: firms_2020, end: firms_2025, increase: firms_increase }
  # Σ base × (1 + rate)^i over the total's years (累计法) against the total
  - { id: investment_cumulative, kind: cumulative_total, base: investment_2020, total: investment_total, rate: investment_rate }
  # total = years × average (an average of yearly values, or of yearly increases)
  - { id: investment_average_check, kind: average_total, average: investment_average, total: investment_total }
  - { id: jobs_average_check, kind: average_total, average: jobs_a_year, total: jobs_increase }
  # actual − target in one year
  - { id: rd_gap_check, kind: target_gap, actual: rd_2020, target: rd_2020_target, gap: rd_gap }
  # two levels and no rate: not checkable, the rate they imply is reported
  - { id: steel_pair, kind: level_pair, start: steel_2020, end: steel_2025 }

# Scenarios: what-if changes to the plan, for growth-targets scenario (and simulate). Each is a
# named list of changes: rate (every year, or from a year on), schedule (rates by sub-period),
# base (another base value), shock (one year's growth), target_year (the targets fall due later).
scenarios:
  - id: slower
    name: 年均增长6%
    changes:
      - { kind: rate, indicator: revenue, rate: "6" }
  - id: shock_and_recovery
    name: 2022年下降5%，此后年均增长9%
    changes:
      - { kind: schedule, indicator: revenue, schedule: [{ until: 2022, rate: "8" }, { until: 2025, rate: "9" }] }
      - { kind: shock, indicator: revenue, year: 2022, rate: "-5" }
  - id: revised_base
    name: 基数修订为980亿元，目标推迟到2026年
    changes:
      - { kind: base, indicator: revenue, value: "980" }
      - { kind: target_year, indicator: revenue, year: 2026 }
`;
}
