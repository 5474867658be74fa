/**
 * Private tables of the plan loader: the five-year plans and the units a plan file may use.
 * Kept here (not in src/units) so the loader depends only on its own data.
 */
import type { PlanPeriod } from './model.js';

/** The five-year plans by name: 十二五 covers 2011–2015 and grows from 2010. */
const FIVE_YEAR_PLANS: Readonly<Record<string, PlanPeriod>> = {
  十一五: { from: 2006, to: 2010, base: 2005, name: '十一五' },
  十二五: { from: 2011, to: 2015, base: 2010, name: '十二五' },
  十三五: { from: 2016, to: 2020, base: 2015, name: '十三五' },
  十四五: { from: 2021, to: 2025, base: 2020, name: '十四五' },
  十五五: { from: 2026, to: 2030, base: 2025, name: '十五五' },
};

/**
 * The period of a five-year plan named as plans write it (`十二五`), or undefined.
 *
 * @example
 * lookupFiveYearPlan('十二五') //=> { from: 2011, to: 2015, base: 2010, name: '十二五' }
 */
export function lookupFiveYearPlan(name: string): PlanPeriod | undefined {
  return Object.hasOwn(FIVE_YEAR_PLANS, name) ? FIVE_YEAR_PLANS[name] : undefined;
}

/**
 * The dimension of each known unit. Two units are compatible when they share a dimension
 * (亿元 and 万元 are both money); counters of things (户, 家, 个…) share one dimension.
 */
const UNIT_DIMENSIONS: Readonly<Record<string, string>> = {
  ...dimension('money', ['元', '万元', '亿元', '万亿元', '千元', '百万元']),
  ...dimension('money_usd', ['美元', '万美元', '亿美元']),
  ...dimension('people', ['人', '万人', '人次', '万人次']),
  ...dimension('mass', ['吨', '万吨', '亿吨', '千克', '公斤']),
  ...dimension('power', ['千瓦', '万千瓦', '亿千瓦', '兆瓦', '吉瓦']),
  ...dimension('energy', ['千瓦时', '万千瓦时', '亿千瓦时']),
  ...dimension('volume', ['立方米', '万立方米', '亿立方米']),
  ...dimension('vehicles', ['辆', '万辆']),
  ...dimension('coal_equivalent', ['吨标准煤', '万吨标准煤', '亿吨标准煤', '千克标准煤']),
  ...dimension('area', ['平方米', '万平方米', '平方公里', '公顷', '亩', '万亩']),
  ...dimension('length', ['米', '公里', '千米', '万公里']),
  ...dimension('count', ['户', '万户', '家', '个', '项', '件', '万件', '所', '座', '名', '台', '万台', '套', '万套', '条', '部']),
  ...dimension('percent', ['%']),
  ...dimension('points', ['个百分点', '百分点']),
  ...dimension('multiple', ['倍']),
  ...dimension('index_points', ['点']),
  ...dimension('energy_intensity', ['吨标准煤/万元', '千克标准煤/万元']),
  ...dimension('power_intensity', ['千瓦时/万元']),
  ...dimension('water_intensity', ['立方米/万元']),
  ...dimension('mass_intensity', ['吨/万元']),
  ...dimension('money_per_person', ['元/人', '万元/人']),
};

function dimension(name: string, units: readonly string[]): Record<string, string> {
  return Object.fromEntries(units.map((u) => [u, name]));
}

/**
 * The dimension of a known unit, or undefined for an unknown unit.
 *
 * @example
 * unitDimension('万元') === unitDimension('亿元') //=> true
 */
export function unitDimension(unit: string): string | undefined {
  return Object.hasOwn(UNIT_DIMENSIONS, unit) ? UNIT_DIMENSIONS[unit] : undefined;
}
