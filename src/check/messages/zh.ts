/** 中文消息。 */
import type { JudgedCode, Priced } from '../params.js';
import type { FindingOf, Reading } from '../types.js';
import type { Messages, Template } from './types.js';

type Judged = FindingOf<JudgedCode>;
type Growth = FindingOf<'target_reached' | 'target_short' | 'target_exceeded'>;
type Span = FindingOf<'rate_matches' | 'rate_mismatch' | 'points_match' | 'points_mismatch' | 'change_matches' | 'change_mismatch' | 'multiple_matches' | 'multiple_mismatch'>;
type Cumulative = FindingOf<'cumulative_rate_matches' | 'cumulative_rate_mismatch'>;

/** The stated figure with its qualifiers as a plan writes them: 2000亿元以上, 超过1000户, 600余户. */
const written = (f: Judged): string => f.params.statedWritten || f.params.stated;

/** "（x）", or nothing for an empty x. */
const paren = (x: string): string => (x === '' ? '' : `（${x}）`);

const diff = (f: Judged): string => (f.direction === 'short' ? '少' : '多');
/** The miss: by how much and which side; an exclusive bound hit exactly does not satisfy it. */
const off = (f: Judged, what: string): string =>
  f.bound !== undefined
    ? `恰为${f.params.stated}，未满足${what}${written(f)}`
    : `比${what}${written(f)}${diff(f)}${f.params.gap}（${f.params.gapPct}）`;
/** How the implied value was read, when an alternative reading gave the verdict. */
const AS_READ: Readonly<Record<Reading, string>> = {
  cumulative_method: '按累计法',
  points_not_percent: '按百分点计',
  percent_not_points: '按百分比计',
  truncation: '按截尾计',
  lenient_rounding: '按宽松舍入',
  current_prices: '按现价',
};
/** The implied value, with the reading it is under: "10.00%（按累计法）". */
const implied = (f: Judged): string => `${f.params.implied}${paren(f.reading === undefined ? '' : AS_READ[f.reading])}`;
const required = (f: Judged): string => f.params.required ?? '';
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
  return f.reading === 'cumulative_method'
    ? `${p.subject}：${p.baseYear}年${p.base}按年均增长${p.rate}测算，${p.baseYear + 1}—${p.targetYear}年累计为${implied(f)}`
    : `${p.subject}：${p.baseYear}年${p.base}按年均增长${p.rate}测算，${p.targetYear}年为${implied(f)}`;
};
const span = (f: Span): string => {
  const p = f.params;
  return `${p.subject}：从${p.startYear}年的${p.start}到${p.endYear}年的${p.end}`;
};
const cumulative = (f: Cumulative): string => {
  const p = f.params;
  return `${p.subject}：以${p.baseYear ?? '?'}年${p.base}为基数，${p.fromYear ?? '?'}—${p.toYear ?? '?'}年累计${p.total}需年均增长${implied(f)}（累计法）`;
};
const caveat =
  <C extends 'comparable_prices' | 'other_total' | 'comparable_scope' | 'revised_base'>(why: (f: FindingOf<C>) => string): Template<C> =>
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
    cumulative_method: '按累计法而非水平法',
    points_not_percent: '按百分点而非百分比',
    percent_not_points: '按百分比而非百分点',
    truncation: '按截尾而非四舍五入',
    lenient_rounding: '按宽松舍入（末位±1）',
    current_prices: '按现价',
  },
  templates: {
    target_reached: (f) => `${growth(f)}，达到目标${written(f)}`,
    target_short: (f) => `${growth(f)}，${off(f, '目标')}；${needs(f, `需年均增长${required(f)}才能达到`)}`,
    target_exceeded: (f) => `${growth(f)}，${off(f, '目标')}；${needs(f, `年均增长${required(f)}即与之相符`)}`,
    rate_matches: (f) => `${span(f)}，年均增长${implied(f)}，与所述${written(f)}相符`,
    rate_mismatch: (f) => `${span(f)}，年均增长${implied(f)}，${off(f, '所述')}；所述增速应为${required(f)}`,
    sum_matches: (f) => `${f.params.subject}：${f.params.parts}合计${implied(f)}，与总数${written(f)}相符`,
    sum_mismatch: (f) => `${f.params.subject}：${f.params.parts}合计${implied(f)}，${off(f, '总数')}；总数应为${required(f)}`,
    share_matches: (f) => `${f.params.subject}：${f.params.part}占${f.params.total}的${implied(f)}，与所述${written(f)}相符`,
    share_mismatch: (f) => `${f.params.subject}：${f.params.part}占${f.params.total}的${implied(f)}，${off(f, '所述')}；占比应为${required(f)}`,
    points_match: (f) => `${span(f)}，变化${implied(f)}，与所述${written(f)}相符`,
    points_mismatch: (f) => `${span(f)}，变化${implied(f)}，${off(f, '所述')}`,
    change_matches: (f) => `${span(f)}，变化${implied(f)}，与所述${written(f)}相符`,
    change_mismatch: (f) => `${span(f)}，变化${implied(f)}，${off(f, '所述')}`,
    annual_cumulative_match: (f) =>
      `${f.params.subject}：${f.params.fromYear}—${f.params.toYear}年年均${f.params.rate}累计为${implied(f)}，与所述${written(f)}相符`,
    annual_cumulative_mismatch: (f) =>
      `${f.params.subject}：${f.params.fromYear}—${f.params.toYear}年年均${f.params.rate}累计为${implied(f)}，${off(f, '所述')}；该累计变化需年均${required(f)}`,
    multiple_matches: (f) => `${span(f)}，为${implied(f)}，与所述${written(f)}相符`,
    multiple_mismatch: (f) => `${span(f)}，为${implied(f)}，${off(f, '所述')}`,
    cumulative_rate_matches: (f) => `${cumulative(f)}，与所述${written(f)}相符`,
    cumulative_rate_mismatch: (f) => `${cumulative(f)}，${off(f, '所述')}；按${f.params.rate}累计应为${f.params.totalAtRate}`,
    cumulative_total_without_rate: (f) =>
      `${f.params.subject}：${f.params.fromYear ?? '?'}—${f.params.toYear ?? '?'}年累计${f.params.statedWritten || f.params.stated}未给出增速，无从核验`,
    missing_figure: (f) => `${f.params.subject || f.params.relation}：关系${f.params.relation}引用的数字不存在${paren(f.params.missing)}`,
    not_computable: (f) => `${f.params.subject || f.params.relation}：关系${f.params.relation}无法由其数字计算${paren(f.params.reason)}`,
    comparable_prices: caveat((f) => PRICED[f.params.priced]),
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
