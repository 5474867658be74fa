/** What the what-if charts share: their words, values as plotted (percent for % units) and the y domain. */
import type { Lang } from '../../check/index.js';
import { argError, kindOf, madeBy, optionsOf } from '../../errors.js';
import { langOf } from '../context.js';
import type { ChartSpec } from './spec.js';
import type { D } from '../../math/index.js';
import type { Admissible } from '../../plan/index.js';
import { isPercentUnit, qualifierInfo, writeQualified, type Qualifier } from '../../units/index.js';

/**
 * Runs a what-if chart builder with its arguments checked (issue 10): options an object with a
 * known language and string fields, the data an object (or list) as the engine returns it; a
 * field missing from the data is an `invalid_argument` naming it, never a TypeError.
 */
export function checkedChart<T, O extends WhatIfChartOptions>(
  data: T,
  given: O | undefined,
  argument: string,
  maker: string,
  build: (data: T, options: O) => ChartSpec,
): ChartSpec {
  const options = optionsOf(given);
  langOf(options.lang);
  for (const key of ['title', 'indicator'] as const) {
    const value = (options as WhatIfChartOptions)[key];
    if (value !== undefined && typeof value !== 'string') throw argError('invalid_option', `options.${key}`, value, 'must be a string');
  }
  if (typeof data !== 'object' || data === null) throw argError('invalid_argument', argument, data, `must be what ${maker} returns, not ${kindOf(data)}`);
  return madeBy(argument, maker, () => build(data, options));
}

/** Options every what-if chart takes. */
export interface WhatIfChartOptions {
  /** The language of titles and labels. Default `en`. */
  readonly lang?: Lang;
  /** One indicator (by id) instead of every one. */
  readonly indicator?: string;
  /** A title instead of the default. */
  readonly title?: string;
}

const WORDS = {
  zh: {
    year: '年份',
    path: '增长路径',
    plan: '规划原文',
    target: '目标',
    admissible: '达标区间',
    fan: '模拟分布',
    exact: '确定路径',
    median: '中位数',
    band90: 'P5–P95',
    band50: 'P25–P75',
    probability: '达成概率',
    met: '达到',
    notMet: '未达',
    rate: '年均增速',
    base: '基数',
    sensitivity: '敏感性分析',
    scenarios: '情景比较',
    colon: '：',
    comma: '，',
    dashed: '虚线：',
    runs: (n: string) => `${n}次模拟`,
  },
  en: {
    year: 'year',
    path: 'growth path',
    plan: 'plan as written',
    target: 'target',
    admissible: 'meets the target',
    fan: 'simulated',
    exact: 'exact path',
    median: 'median',
    band90: 'P5–P95',
    band50: 'P25–P75',
    probability: 'probability',
    met: 'met',
    notMet: 'not met',
    rate: 'annual rate',
    base: 'base',
    sensitivity: 'sensitivity',
    scenarios: 'scenarios',
    colon: ': ',
    comma: '; ',
    dashed: 'dashed: ',
    runs: (n: string) => `${n} paths`,
  },
} as const;

export type ChartWords = (typeof WORDS)[keyof typeof WORDS];

/**
 * The chart words of a language (English unless `zh`).
 *
 * @example
 * chartWords('zh').year //=> '年份'
 */
export const chartWords = (lang: Lang | undefined): ChartWords => (lang === 'zh' ? WORDS.zh : WORDS.en);

/**
 * A value as plotted: a number, percent for a % unit.
 *
 * @example
 * plotted(new D('0.0064'), '%') //=> 0.64
 */
export function plotted(value: D | number, unit: string): number {
  const n = typeof value === 'number' ? value : value.toNumber();
  return isPercentUnit(unit) ? n * 100 : n;
}

/**
 * The y axis title of a unit.
 *
 * @example
 * axisUnit('％') //=> '%'
 */
export const axisUnit = (unit: string): string => (isPercentUnit(unit) ? '%' : unit);

/**
 * A target's label as the plan writes it: `力争2000亿元以上`.
 *
 * @example
 * targetText('2000', '亿元', ['力争', '以上']) //=> '力争2000亿元以上'
 */
export function targetText(text: string, unit: string, qualifiers: readonly Qualifier[]): string {
  const sentence = qualifiers.filter((q) => qualifierInfo(q).meaning === 'stretch');
  return `${sentence.join('')}${writeQualified(text, unit, qualifiers)}`;
}

/**
 * A y domain that holds every value, padded by 8% of its span (at least of its top).
 *
 * @example
 * domainOf([100, 200]) //=> [92, 208]
 */
export function domainOf(values: readonly number[]): [number, number] {
  const finite = values.filter((v) => Number.isFinite(v));
  const lo = Math.min(...finite);
  const hi = Math.max(...finite);
  const pad = Math.max(hi - lo, Math.abs(hi) * 0.05) * 0.08;
  return [Math.max(0, lo - pad), hi + pad];
}

/**
 * The plotted band of an admissible set, clipped to a domain (an open side runs to the domain's edge).
 *
 * @example
 * bandOf({ lo: new D(2000), loOpen: false, hiOpen: false }, '亿元', [900, 2100]) //=> { lo: 2000, hi: 2100 }
 */
export function bandOf(a: Admissible, unit: string, domain: readonly [number, number]): { readonly lo: number; readonly hi: number } {
  return {
    lo: a.lo === undefined ? domain[0] : Math.max(domain[0], plotted(a.lo, unit)),
    hi: a.hi === undefined ? domain[1] : Math.min(domain[1], plotted(a.hi, unit)),
  };
}
