/** 中文消息。 */
import type { Priced } from '../params.js';
import type { FindingOf, Reading } from '../types.js';
import type { Cumulative, Growth, Judged, Messages, Span, Template } from './types.js';


/** The stated figure with its qualifiers as a plan writes them: 2000亿元以上, 超过1000户, 600余户. */
const written = (f: Judged): string => f.params.statedWritten || f.params.stated;

/** "（x）", or nothing for an empty x. */
const paren = (x: string): string => (x === '' ? '' : `（${x}）`);

/** Which side: 少/多, and for a decline 多降 (overshooting it) / 少降. */
const diff = (f: Judged): string => (f.decline === true ? (f.direction === 'short' ? '多降' : '少降') : f.direction === 'short' ? '少' : '多');
/** The miss: by how much and which side; an exclusive bound hit exactly does not satisfy it. */
const off = (f: Judged, what: string): string =>
  f.bound !== undefined
    ? `恰为${f.params.stated}，未满足${what}${written(f)}`
    : `比${what}${written(f)}${diff(f)}${f.params.gap}（${f.params.gapPct}）`;
/** How the implied value was read, when an alternative reading gave the verdict. */
const AS_READ: Readonly<Record<Reading, string>> = {
  points_not_percent: '按百分点计',
  percent_not_points: '按百分比计',
  restated_rounded: '按复述数字取整计',
  truncation: '按截尾计',
  lenient_rounding: '按宽松舍入',
  current_prices: '按现价',
};
/** The implied value, with the reading it is under: "10.00%（按累计法）". */
const implied = (f: Judged): string => `${f.params.implied}${paren(f.reading === undefined ? '' : AS_READ[f.reading])}`;
const required = (f: Judged): string => f.params.required ?? '';
/**
 * How a relation that holds meets its stated figure: plainly when it holds as written, else saying
 * how (在四舍五入范围内, 借助哪个限定词, 按哪种口径).
 */
const meeting = (f: Judged, what = '所述'): string => {
  switch (f.verdict) {
    case 'consistent_within_rounding':
      return `在四舍五入范围内与${what}${written(f)}相符`;
    case 'consistent_via_qualifier':
      return `借助“${f.qualifiersUsed.join('、')}”方与${what}${written(f)}相符`;
    case 'consistent_other_reading': {
      const reading = f.readings[0];
      return `${reading === undefined ? '按另一口径' : AS_READ[reading]}方与${what}${written(f)}相符`;
    }
    default:
      return `与${what}${written(f)}相符`;
  }
};
/** What the free rate must do: reach the target, or pass an exclusive bound it only touches. */
const needs = (f: Judged, plain: string): string => {
  if (f.bound === 'floor') return `年均增长须高于${required(f)}才能超过`;
  if (f.bound === 'ceiling') return `年均增长须低于${required(f)}才能低于目标`;
  return plain;
};
/** The figure the caveat says is at comparable prices. */
const PRICED: Readonly<Record<Priced, string>> = {
  rate: '增速为可比价，总量为现价',
  change: '变化幅度为可比价，总量为现价',
  multiple: '倍数为可比价，总量为现价',
  mixed: '增速与累计变化的价格口径不同',
};

const growth = (f: Growth): string => {
  const p = f.params;
  return `${p.subject}：${p.baseYear}年${p.base}按年均增长${p.rate}测算，${p.targetYear}年为${implied(f)}`;
};
const span = (f: Span): string => {
  const p = f.params;
  return `${p.subject}：从${p.startYear}年的${p.start}到${p.endYear}年的${p.end}`;
};
const cumulative = (f: Cumulative): string => {
  const p = f.params;
  return `${p.subject}：以${p.baseYear ?? '?'}年${p.base}为基数，${p.fromYear ?? '?'}—${p.toYear ?? '?'}年累计${p.total}需年均增长${implied(f)}（累计法）`;
};
const average = (f: FindingOf<'average_matches' | 'average_mismatch'>): string => {
  const p = f.params;
  return `${p.subject}：${p.fromYear}—${p.toYear}年${p.years}年间${p.of === 'increase' ? '共增加' : '累计'}${p.total}，年均${p.of === 'increase' ? '增加' : ''}${implied(f)}`;
};
const yearly = (f: FindingOf<'annual_points_match' | 'annual_points_mismatch' | 'rate_multiple_matches' | 'rate_multiple_mismatch'>, as: 'points' | 'rate'): string => {
  const p = f.params;
  return as === 'points'
    ? `${p.subject}：${p.fromYear}—${p.toYear}年变化${p.other}，年均${implied(f)}（百分点线性相加，不复合）`
    : `${p.subject}：${p.fromYear}—${p.toYear}年年均增长${p.other}，累计为${implied(f)}`;
};
const gap = (f: FindingOf<'gap_matches' | 'gap_mismatch'>): string =>
  `${f.params.subject}：${f.params.year}年实际${f.params.actual}，目标${f.params.target}，相差${implied(f)}`;
const caveat =
  <C extends 'comparable_prices' | 'cumulative_method' | 'other_total' | 'comparable_scope' | 'revised_base'>(why: (f: FindingOf<C>) => string): Template<C> =>
  (f) =>
    `${f.params.subject}：其他数字推算为${implied(f)}，所述为${written(f)}（相差${f.params.gap}，${f.params.gapPct}），但${why(f)}`;

export const zh: Messages = {
  verdicts: {
    consistent: '一致',
    consistent_within_rounding: '在四舍五入范围内一致',
    consistent_via_qualifier: '借助限定词一致',
    consistent_other_reading: '按另一口径一致',
    near_miss: '近似不符',
    inconsistent: '不一致',
    indeterminate: '无法判定',
    not_checkable: '不可核验',
  },
  decisions: {
    floor_not_met: '未达到下限',
    ceiling_exceeded: '超过上限',
    target_not_reached: '目标未达到',
    stretch_target_not_reached: '力争目标未达到',
  },
  readings: {
    points_not_percent: '按百分点而非百分比',
    percent_not_points: '按百分比而非百分点',
    restated_rounded: '复述的规划数字按其小数位四舍五入',
    truncation: '按截尾而非四舍五入',
    lenient_rounding: '按宽松舍入（末位±1）',
    current_prices: '按现价',
  },
  hints: {
    decline_sign: '请检查符号：规划文件中下降应写为负数（下降3.5%写作-3.5）',
  },
  templates: {
    target_reached: (f) => `${growth(f)}，${f.verdict === 'consistent' ? `达到目标${written(f)}` : meeting(f, '目标')}`,
    target_short: (f) => `${growth(f)}，${off(f, '目标')}；${needs(f, `需年均增长${required(f)}才能达到`)}`,
    target_exceeded: (f) => `${growth(f)}，${off(f, '目标')}；${needs(f, `年均增长${required(f)}即与之相符`)}`,
    rate_matches: (f) => `${span(f)}，年均增长${implied(f)}，${meeting(f)}`,
    rate_mismatch: (f) => `${span(f)}，年均增长${implied(f)}，${off(f, '所述')}；所述增速应为${required(f)}`,
    sum_matches: (f) => `${f.params.subject}：${f.params.parts}合计${implied(f)}，${meeting(f, '总数')}`,
    sum_mismatch: (f) =>
      `${f.params.subject}：${f.params.parts}合计${implied(f)}，${off(f, '总数')}；${f.params.required === undefined ? '各部分合计不为整体' : `总数应为${required(f)}`}`,
    share_matches: (f) => `${f.params.subject}：${f.params.part}占${f.params.total}的${implied(f)}，${meeting(f)}`,
    share_mismatch: (f) => `${f.params.subject}：${f.params.part}占${f.params.total}的${implied(f)}，${off(f, '所述')}；占比应为${required(f)}`,
    points_match: (f) => `${span(f)}，变化${implied(f)}，${meeting(f)}`,
    points_mismatch: (f) => `${span(f)}，变化${implied(f)}，${off(f, '所述')}`,
    change_matches: (f) => `${span(f)}，变化${implied(f)}，${meeting(f)}`,
    change_mismatch: (f) => `${span(f)}，变化${implied(f)}，${off(f, '所述')}`,
    annual_cumulative_match: (f) =>
      `${f.params.subject}：${f.params.fromYear}—${f.params.toYear}年年均${f.params.rate}累计为${implied(f)}，${meeting(f)}`,
    annual_cumulative_mismatch: (f) =>
      `${f.params.subject}：${f.params.fromYear}—${f.params.toYear}年年均${f.params.rate}累计为${implied(f)}，${off(f, '所述')}；该累计变化需年均${required(f)}`,
    multiple_matches: (f) => `${span(f)}，为${implied(f)}，${meeting(f)}`,
    multiple_mismatch: (f) => `${span(f)}，为${implied(f)}，${off(f, '所述')}`,
    cumulative_rate_matches: (f) => `${cumulative(f)}，${meeting(f)}`,
    cumulative_rate_mismatch: (f) => `${cumulative(f)}，${off(f, '所述')}；按${f.params.rate}累计应为${f.params.totalAtRate}`,
    increase_matches: (f) => `${span(f)}，变化${implied(f)}，${meeting(f)}`,
    increase_mismatch: (f) => `${span(f)}，变化${implied(f)}，${off(f, '所述')}`,
    average_matches: (f) => `${average(f)}，${meeting(f)}`,
    average_mismatch: (f) => `${average(f)}，${off(f, '所述')}`,
    annual_points_match: (f) => `${yearly(f, 'points')}，${meeting(f)}`,
    annual_points_mismatch: (f) => `${yearly(f, 'points')}，${off(f, '所述')}`,
    gap_matches: (f) => `${gap(f)}，${meeting(f)}`,
    gap_mismatch: (f) => `${gap(f)}，${off(f, '所述')}`,
    rate_multiple_matches: (f) => `${yearly(f, 'rate')}，${meeting(f)}`,
    rate_multiple_mismatch: (f) => `${yearly(f, 'rate')}，${off(f, '所述')}；实现该倍数需年均增长${required(f)}`,
    level_pair_rate: (f) =>
      `${span(f)}，年均增长${f.params.impliedRate}（按四舍五入范围为${f.params.impliedLo}—${f.params.impliedHi}），规划未给出增速，无从核验`,
    cumulative_total_without_rate: (f) =>
      `${f.params.subject}：${f.params.fromYear ?? '?'}—${f.params.toYear ?? '?'}年累计${f.params.statedWritten || f.params.stated}未给出增速，无从核验`,
    missing_figure: (f) => `${f.params.subject || f.params.relation}：关系${f.params.relation}引用的数字不存在${paren(f.params.missing)}`,
    not_computable: (f) => `${f.params.subject || f.params.relation}：关系${f.params.relation}无法由其数字计算${paren(f.params.reason)}`,
    comparable_prices: caveat((f) => PRICED[f.params.priced]),
    cumulative_method: caveat(() => '固定资产投资的年均增速官方按累计法计算，需要各年数据（以上为水平法结果）'),
    other_total: caveat(() => '部分与总体的口径不同'),
    comparable_scope: caveat(() => '增速按可比口径，不必与公布的总量相符'),
    revised_base: caveat(() => '基数此后可能已修订'),
  },
  tail: (label, notes) => (notes.length === 0 ? label : `${label}（${notes.join('；')}）`),
  usingQualifiers: (qualifiers) => `借助“${qualifiers}”`,
  otherwise: (label) => `否则为${label}`,
  atCurrentPrices: (label) => `按现价为${label}`,
  sentence: (body, tail) => `${body}。${tail}。`,
};
