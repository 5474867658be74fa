/** 中文消息。 */
import type { Messages, Params, Template } from './types.js';
import { get } from './types.js';

/** The stated figure with its qualifiers as a plan writes them: 2000亿元以上, 超过1000户, 600余户. */
const written = (p: Params): string => get(p, 'statedWritten') || get(p, 'stated');

/** "（x）", or nothing for an empty x. */
const paren = (x: string): string => (x === '' ? '' : `（${x}）`);

const diff = (p: Params): string => (get(p, 'direction') === 'short' ? '少' : '多');
/** The miss: by how much and which side; an exclusive bound hit exactly does not satisfy it. */
const off = (p: Params, what: string): string =>
  get(p, 'atBound') !== ''
    ? `恰为${get(p, 'stated')}，未满足${what}${written(p)}`
    : `比${what}${written(p)}${diff(p)}${get(p, 'gap')}（${get(p, 'gapPct')}）`;
/** How the implied value was read, when an alternative reading gave the verdict. */
const AS_READ: Readonly<Record<string, string>> = {
  cumulative_method: '按累计法',
  geometric_method: '按水平法',
  points_not_percent: '按百分点计',
  percent_not_points: '按百分比计',
  truncation: '按截尾计',
  lenient_rounding: '按宽松舍入',
  current_prices: '按现价',
};
/** The implied value, with the reading it is under: "10.00%（按累计法）". */
const implied = (p: Params): string => `${get(p, 'implied')}${paren(AS_READ[get(p, 'reading')] ?? '')}`;
/** What the free rate must do: reach the target, or pass an exclusive bound it only touches. */
const needs = (p: Params, plain: string): string => {
  const at = get(p, 'atBound');
  if (at === 'floor') return `年均增长须高于${get(p, 'required')}才能超过`;
  if (at === 'ceiling') return `年均增长须低于${get(p, 'required')}才能低于目标`;
  return plain;
};
/** The figure the caveat says is at comparable prices. */
const PRICED: Readonly<Record<string, string>> = {
  rate: '增速为可比价，总量为现价',
  change: '变化幅度为可比价，总量为现价',
  multiple: '倍数为可比价，总量为现价',
  mixed: '增速与累计变化的价格口径不同',
};

const growth = (p: Params): string =>
  get(p, 'reading') === 'cumulative_method'
    ? `${get(p, 'subject')}：${get(p, 'baseYear')}年${get(p, 'base')}按年均增长${get(p, 'rate')}测算，${Number(get(p, 'baseYear')) + 1}—${get(p, 'targetYear')}年累计为${implied(p)}`
    : `${get(p, 'subject')}：${get(p, 'baseYear')}年${get(p, 'base')}按年均增长${get(p, 'rate')}测算，${get(p, 'targetYear')}年为${implied(p)}`;
const span = (p: Params): string =>
  `${get(p, 'subject')}：从${get(p, 'startYear')}年的${get(p, 'start')}到${get(p, 'endYear')}年的${get(p, 'end')}`;
const cumulative = (p: Params): string =>
  `${get(p, 'subject')}：以${get(p, 'baseYear')}年${get(p, 'base')}为基数，${get(p, 'fromYear')}—${get(p, 'toYear')}年累计${get(p, 'total')}需年均增长${implied(p)}（累计法）`;
const caveat = (why: string | ((p: Params) => string)): Template => (p) =>
  `${get(p, 'subject')}：其他数字推算为${implied(p)}，所述为${written(p)}（相差${get(p, 'gap')}，${get(p, 'gapPct')}），但${typeof why === 'string' ? why : why(p)}`;

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
    cumulative_method: '按累计法而非水平法',
    geometric_method: '按水平法而非累计法',
    points_not_percent: '按百分点而非百分比',
    percent_not_points: '按百分比而非百分点',
    truncation: '按截尾而非四舍五入',
    lenient_rounding: '按宽松舍入（末位±1）',
    current_prices: '按现价',
  },
  templates: {
    target_reached: (p) => `${growth(p)}，达到目标${written(p)}`,
    target_short: (p) => `${growth(p)}，${off(p, '目标')}；${needs(p, `需年均增长${get(p, 'required')}才能达到`)}`,
    target_exceeded: (p) => `${growth(p)}，${off(p, '目标')}；${needs(p, `年均增长${get(p, 'required')}即与之相符`)}`,
    rate_matches: (p) => `${span(p)}，年均增长${implied(p)}，与所述${written(p)}相符`,
    rate_mismatch: (p) => `${span(p)}，年均增长${implied(p)}，${off(p, '所述')}；所述增速应为${get(p, 'required')}`,
    sum_matches: (p) => `${get(p, 'subject')}：${get(p, 'parts')}合计${implied(p)}，与总数${written(p)}相符`,
    sum_mismatch: (p) => `${get(p, 'subject')}：${get(p, 'parts')}合计${implied(p)}，${off(p, '总数')}；总数应为${get(p, 'required')}`,
    share_matches: (p) => `${get(p, 'subject')}：${get(p, 'part')}占${get(p, 'total')}的${implied(p)}，与所述${written(p)}相符`,
    share_mismatch: (p) => `${get(p, 'subject')}：${get(p, 'part')}占${get(p, 'total')}的${implied(p)}，${off(p, '所述')}；占比应为${get(p, 'required')}`,
    points_match: (p) => `${span(p)}，变化${implied(p)}，与所述${written(p)}相符`,
    points_mismatch: (p) => `${span(p)}，变化${implied(p)}，${off(p, '所述')}`,
    change_matches: (p) => `${span(p)}，变化${implied(p)}，与所述${written(p)}相符`,
    change_mismatch: (p) => `${span(p)}，变化${implied(p)}，${off(p, '所述')}`,
    annual_cumulative_match: (p) =>
      `${get(p, 'subject')}：${get(p, 'fromYear')}—${get(p, 'toYear')}年年均${get(p, 'rate')}累计为${implied(p)}，与所述${written(p)}相符`,
    annual_cumulative_mismatch: (p) =>
      `${get(p, 'subject')}：${get(p, 'fromYear')}—${get(p, 'toYear')}年年均${get(p, 'rate')}累计为${implied(p)}，${off(p, '所述')}；该累计变化需年均${get(p, 'required')}`,
    multiple_matches: (p) => `${span(p)}，为${implied(p)}，与所述${written(p)}相符`,
    multiple_mismatch: (p) => `${span(p)}，为${implied(p)}，${off(p, '所述')}`,
    cumulative_rate_matches: (p) => `${cumulative(p)}，与所述${written(p)}相符`,
    cumulative_rate_mismatch: (p) => `${cumulative(p)}，${off(p, '所述')}；按${get(p, 'rate')}累计应为${get(p, 'totalAtRate')}`,
    cumulative_total_without_rate: (p) =>
      `${get(p, 'subject')}：${get(p, 'fromYear')}—${get(p, 'toYear')}年累计${written(p)}未给出增速，无从核验`,
    missing_figure: (p) => `${get(p, 'subject') || get(p, 'relation')}：关系${get(p, 'relation')}引用的数字不存在${paren(get(p, 'missing'))}`,
    not_computable: (p) => `${get(p, 'subject') || get(p, 'relation')}：关系${get(p, 'relation')}无法由其数字计算${paren(get(p, 'reason'))}`,
    comparable_prices: caveat((p) => PRICED[get(p, 'priced')] ?? PRICED.rate!),
    other_total: caveat('部分与总体的口径不同'),
    comparable_scope: caveat('增速按可比口径，不必与公布的总量相符'),
    revised_base: caveat('基数此后可能已修订'),
  },
  tail: (label, notes) => (notes.length === 0 ? label : `${label}（${notes.join('；')}）`),
  usingQualifiers: (qualifiers) => `借助“${qualifiers}”`,
  wouldBe: (label) => `否则为${label}`,
  atCurrentPrices: (label) => `按现价为${label}`,
  sentence: (body, tail) => `${body}。${tail}。`,
};
