/**
 * What the scenario, simulation and sensitivity renderers share: their words in Chinese and
 * English, and how they show a value (in the unit as written: % as percent, 四舍五入).
 */
import type { Lang } from '../check/index.js';
import { argError } from '../errors.js';
import { D, roundHalfUp } from '../math/index.js';
import { isPercentUnit, qualifierInfo, writeQualified, type Qualifier } from '../units/index.js';

const WORDS = {
  zh: {
    compared: '情景比较',
    plan: '规划原文',
    year: '年份',
    targets: '目标',
    target: '目标',
    met: '达到',
    notMet: '未达',
    stretch: '力争目标未达',
    unprojected: '未推算（缺少年增速，可用情景给出）',
    nothing: '没有可推算的增长指标（需要基数水平，以及增速或目标）',
    nothingToSimulate: '没有每年都有增速的增长指标可模拟（可用情景给出增速）',
    simulated: '蒙特卡洛模拟',
    probability: '达成概率',
    exact: '确定路径',
    assumption: '假设',
    paths: '条路径',
    seed: '种子',
    independent: '各年独立',
    correlated: '同年相关',
    sensitivity: '敏感性分析',
    rate: '年均增速',
    base: '基数',
    normal: (sd: string) => `年增速服从正态分布，均值为规划增速，标准差${sd}个百分点`,
    uniform: (h: string) => `年增速在规划增速上下${h}个百分点内均匀分布`,
    triangular: (below: string, above: string) => `年增速服从三角分布，众数为规划增速，下限低${below}、上限高${above}个百分点`,
    bootstrap: (n: number) => `年增速从${n}个历史增速中有放回抽取`,
    clipped: '超出直方图窗口，仅为界限',
    error: (path: string, q: string) => `浮点误差：路径相对误差≤${path}，分位数相对误差≤${q}`,
  },
  en: {
    compared: 'scenarios compared',
    plan: 'plan as written',
    year: 'year',
    targets: 'targets',
    target: 'target',
    met: 'met',
    notMet: 'not met',
    stretch: 'stretch target not reached',
    unprojected: 'not projected (no yearly rate; a scenario can give one)',
    nothing: 'no growth indicators to project (an indicator needs a base level, and a rate or a target)',
    nothingToSimulate: 'no growth indicator with a rate for every year to simulate (a scenario can give one)',
    simulated: 'Monte Carlo simulation',
    probability: 'probability',
    exact: 'exact path',
    assumption: 'assumption',
    paths: 'paths',
    seed: 'seed',
    independent: 'years independent',
    correlated: 'correlated within a year',
    sensitivity: 'sensitivity',
    rate: 'annual rate',
    base: 'base',
    normal: (sd: string) => `each year's rate normal around the planned rate, sd ${sd} points`,
    uniform: (h: string) => `each year's rate uniform within ${h} points of the planned rate`,
    triangular: (below: string, above: string) => `each year's rate triangular, mode at the planned rate, from ${below} points below to ${above} above`,
    bootstrap: (n: number) => `each year's rate drawn with replacement from ${n} historical rates`,
    clipped: 'outside the histogram window: a bound only',
    error: (path: string, q: string) => `float error: paths within ${path}, percentiles within ${q} (relative)`,
  },
} as const;

export type ScenarioWords = (typeof WORDS)[keyof typeof WORDS];

/**
 * The words of a language.
 *
 * @throws `invalid_option` for a language other than zh or en.
 *
 * @example
 * scenarioWords('zh').plan //=> '规划原文'
 */
export function scenarioWords(lang: Lang | undefined): ScenarioWords {
  const chosen = lang ?? 'en';
  if (chosen !== 'zh' && chosen !== 'en') throw argError('invalid_option', 'options.lang', chosen, "must be 'zh' or 'en'");
  return WORDS[chosen];
}

/**
 * The decimals to show a path in: one more than its base has as written (in % for a percent unit), from 1 to 4.
 *
 * @example
 * pathDecimals(new D('928.4'), '亿元') //=> 2
 */
export function pathDecimals(base: D, unit: string): number {
  const shown = isPercentUnit(unit) ? base.times(100) : base;
  const decimals = shown.decimalPlaces();
  return Math.min(4, Math.max(1, decimals + 1));
}

/**
 * A value in its unit as written, rounded half up: a fraction in a percent unit as percent
 * (`withUnit` adds the `%` or the unit).
 *
 * @example
 * showValue(new D('0.100682'), '%', 2, true) //=> '10.07%'
 */
export function showValue(value: D | number, unit: string, decimals: number, withUnit = false): string {
  const d = typeof value === 'number' ? new D(value) : value;
  const percent = isPercentUnit(unit);
  const text = roundHalfUp(percent ? d.times(100) : d, decimals).toFixed(decimals);
  return withUnit ? `${text}${percent ? '%' : unit === '倍' ? '倍' : ''}` : text;
}

/**
 * The decimals a simulated value (a percentile) can honestly show: no finer than its relative error
 * bound allows, and no finer than its path.
 *
 * @example
 * boundedDecimals(2058.25, '亿元', 2, 2 ** -13) //=> 0
 */
export function boundedDecimals(value: number, unit: string, pathDigits: number, relativeError: number): number {
  const shown = Math.abs(isPercentUnit(unit) ? value * 100 : value);
  if (!(shown > 0) || !Number.isFinite(shown)) return pathDigits;
  return Math.max(0, Math.min(pathDigits, Math.floor(-Math.log10(shown * relativeError))));
}

/**
 * A signed difference, `+12.3` or `−4.5` (a true minus sign).
 *
 * @example
 * signed('-9.9') //=> '−9.9'
 */
export function signed(text: string): string {
  return text.startsWith('-') ? `−${text.slice(1)}` : `+${text}`;
}

/**
 * A target as the plan writes it, with its years when given: `新产品销售收入 2000亿元以上 (2020)`.
 *
 * @example
 * targetLabel({ name: '新产品销售收入', text: '2000', unit: '亿元', qualifiers: ['力争', '以上'], year: 2020 }) //=> '新产品销售收入 力争2000亿元以上 (2020)'
 */
export function targetLabel(t: {
  readonly name: string;
  readonly text: string;
  readonly unit: string;
  readonly qualifiers: readonly Qualifier[];
  /** Left out: no years in parentheses. */
  readonly year?: number;
  readonly from?: number;
  readonly type?: string;
}): string {
  const sentence = t.qualifiers.filter((q) => qualifierInfo(q).position === 'sentence').join('');
  const down = t.text.startsWith('-');
  const number = down ? t.text.slice(1) : t.text;
  const kind =
    t.type === 'rate' ? (down ? '年均下降' : '年均增长') : t.type === 'change' ? (down ? '累计下降' : '累计增长') : t.type === 'total' ? '累计' : t.type === 'multiple' ? '达到' : '';
  const when = t.year === undefined ? '' : t.from === undefined ? ` (${t.year})` : ` (${t.from}–${t.year})`;
  return `${t.name} ${sentence}${kind}${writeQualified(number, t.unit, t.qualifiers)}${when}`;
}
