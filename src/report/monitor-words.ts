/**
 * The words of monitoring and decomposition reports in Chinese and English, and the numbers as
 * they show them (四舍五入, a fixed number of decimals per kind of value). One table per language.
 */
import type { Lang } from '../check/index.js';
import type { D } from '../math/index.js';
import { formatFixed } from '../math/index.js';
import type {
  DecomposeSkipReason,
  MidTermLabel,
  MonitorNote,
  PaceBand,
  RateKind,
  SkipReason,
  SplitVerdict,
  TargetProgress,
  YearMethod,
} from '../monitor/index.js';
import { isPercentUnit } from '../units/index.js';

/** The words of one language. */
export interface MonitorWords {
  readonly labels: Readonly<Record<MidTermLabel, string>>;
  readonly bands: Readonly<Record<PaceBand, string>>;
  readonly skips: Readonly<Record<SkipReason | DecomposeSkipReason, string>>;
  readonly verdicts: Readonly<Record<SplitVerdict, string>>;
  readonly methods: Readonly<Record<YearMethod, string>>;
  readonly review: string;
  readonly asOf: string;
  readonly period: string;
  readonly elapsed: string;
  readonly actuals: string;
  readonly illustrativeData: string;
  readonly skipped: string;
  readonly sources: string;
  readonly issues: string;
  readonly binding: string;
  readonly stretch: string;
  readonly progress: string;
  readonly time: string;
  readonly halfway: (ahead: boolean) => string;
  readonly pace: string;
  readonly atPace: (year: number, value: string, meets: boolean) => string;
  readonly needs: (rate: string) => string;
  readonly upTo: (when: string) => string;
  readonly none: string;
  readonly counts: string;
  readonly decomposition: string;
  readonly year: string;
  readonly planned: string;
  readonly actual: string;
  readonly rolling: string;
  readonly required: string;
  readonly cumulative: string;
  readonly total: string;
  readonly parts: string;
  readonly share: string;
  readonly statedShare: string;
  readonly statedAmount: string;
  readonly amount: string;
  readonly rank: string;
  readonly completion: string;
  readonly unit: string;
  readonly target: string;
  readonly latest: string;
  readonly label: string;
  readonly atProjection: string;
  readonly note: (note: MonitorNote, unit: string) => string;
  readonly current: (figure: TargetProgress['figure'], value: string) => string;
  /** A target as written, worded by its type (年均4.8%以上, 累计-18%). */
  readonly goal: (figure: TargetProgress['figure'], text: string) => string;
  readonly rate: (kind: RateKind, value: string, unit: string) => string;
}

const ZH: MonitorWords = {
  labels: { achieved_early: '提前实现', met: '已实现', ahead: '快于预期', as_expected: '基本符合预期', behind: '滞后', missed: '未实现' },
  bands: { achieved: '已达目标', on_track: '进度正常', acceleration_needed: '需加快', limited: '进展有限', moving_away: '背离目标' },
  skips: {
    computed: '规划测算/预计数',
    no_actuals: '基期后无实际值',
    no_base: '无基期值',
    not_positive: '数值非正',
    not_a_flow: '非累计量（按月、季分解只适用于投资等累计量）',
  },
  verdicts: { adds_up: '相加一致', within_rounding: '在四舍五入范围内一致', gap: '相加不一致' },
  methods: { rate: '等速分解', increment: '等量分解', cumulative: '累计法（按基期逐年增长）', equal: '逐年等额' },
  review: '中期评估',
  asOf: '评估日期',
  period: '规划期',
  elapsed: '时间进度',
  actuals: '实际值',
  illustrativeData: '含示意数据（非公开统计数），标 * 者',
  skipped: '未评估',
  sources: '数据来源',
  issues: '实际值文件问题',
  binding: '约束性',
  stretch: '力争',
  progress: '任务进度',
  time: '时间进度',
  halfway: (ahead) => (ahead ? '时间过半、任务过半' : '任务进度落后于时间进度'),
  pace: '速度比R',
  atPace: (year, value, meets) => `按现速度${year}年${value}（${meets ? '可达标' : '不达标'}）`,
  needs: (rate) => `此后需${rate}`,
  upTo: (when) => `截至${when}`,
  none: '没有可评估的目标',
  counts: '合计',
  decomposition: '目标分解',
  year: '年份',
  planned: '分解目标',
  actual: '实际',
  rolling: '滚动目标',
  required: '此后所需',
  cumulative: '累计',
  total: '总量',
  parts: '分项',
  share: '占比',
  statedShare: '规划所列占比',
  statedAmount: '规划所列数量',
  amount: '数量',
  rank: '排名',
  completion: '完成进度/序时进度',
  unit: '单位',
  target: '目标',
  latest: '最新',
  label: '评价',
  atProjection: '按现速度',
  note: (note, unit) => {
    switch (note.code) {
      case 'base_from_actuals':
        return `基期（${note.year}年）值取自实际值文件`;
      case 'base_revised':
        return `实际值文件的${note.year}年值为${note.value === undefined ? '' : showNumber(note.value, unit)}，按规划基期值计算`;
      case 'gap':
        return `${note.year}年缺值，此后的增速无法连乘`;
      case 'amount_ignored':
        return '年内累计额不能与年度值比较，未使用';
      case 'stated_rate':
        return `规划所列增速${note.value === undefined ? '' : percent(note.value)}与目标所需增速不一致`;
      case 'illustrative':
        return '含示意数据';
    }
  },
  current: (figure, value) =>
    figure === 'rate' || figure === 'average' || figure === 'average_increase' || figure === 'annual_points'
      ? `年均${value}`
      : figure === 'change'
        ? `累计${value}`
        : figure === 'total'
          ? `累计完成${value}`
          : figure === 'increase'
            ? `增加${value}`
            : value,
  goal: (figure, text) =>
    figure === 'rate' || figure === 'average' || figure === 'average_increase' || figure === 'annual_points'
      ? `年均${text}`
      : figure === 'change'
        ? `累计${text}`
        : figure === 'total'
          ? `合计${text}`
          : figure === 'increase'
            ? `增加${text}`
            : text,
  rate: (kind, value, unit) =>
    kind === 'cagr' ? `年均${value}` : kind === 'cumulative' ? `年均${value}（累计法）` : kind === 'points' ? `每年${value}` : `每年${value}${unit}`,
};

const EN: MonitorWords = {
  labels: { achieved_early: 'achieved early', met: 'met', ahead: 'ahead of schedule', as_expected: 'as expected', behind: 'behind', missed: 'missed' },
  bands: { achieved: 'achieved', on_track: 'on track', acceleration_needed: 'acceleration needed', limited: 'limited progress', moving_away: 'moving away' },
  skips: {
    computed: 'computed by the plan (预计/测算)',
    no_actuals: 'no actuals after the base year',
    no_base: 'no base-year value',
    not_positive: 'a value not above zero',
    not_a_flow: 'not a flow (months and quarters split totals and investment only)',
  },
  verdicts: { adds_up: 'adds up', within_rounding: 'adds up within rounding', gap: 'does not add up' },
  methods: { rate: 'equal rate', increment: 'equal increments', cumulative: 'growing from the base (累计法)', equal: 'equal yearly amounts' },
  review: 'mid-term review',
  asOf: 'as of',
  period: 'plan period',
  elapsed: 'time elapsed',
  actuals: 'actuals',
  illustrativeData: 'includes illustrative values (not published figures), marked *',
  skipped: 'Not reviewed',
  sources: 'Sources',
  issues: 'Actuals file issues',
  binding: 'binding',
  stretch: 'stretch',
  progress: 'progress',
  time: 'time',
  halfway: (ahead) => (ahead ? 'progress keeps up with time' : 'progress lags time'),
  pace: 'pace R',
  atPace: (year, value, meets) => `at this pace ${value} in ${year} (${meets ? 'meets the target' : 'short of it'})`,
  needs: (rate) => `needs ${rate} from here`,
  upTo: (when) => `to ${when}`,
  none: 'no targets to review',
  counts: 'Summary',
  decomposition: 'decomposition',
  year: 'year',
  planned: 'target',
  actual: 'actual',
  rolling: 'recomputed',
  required: 'then needs',
  cumulative: 'cumulative',
  total: 'total',
  parts: 'parts',
  share: 'share',
  statedShare: 'stated share',
  statedAmount: 'stated amount',
  amount: 'amount',
  rank: 'rank',
  completion: 'completion vs schedule',
  unit: 'unit',
  target: 'target',
  latest: 'latest',
  label: 'label',
  atProjection: 'at this pace',
  note: (note, unit) => {
    switch (note.code) {
      case 'base_from_actuals':
        return `the base (${note.year}) comes from the actuals file`;
      case 'base_revised':
        return `the actuals give ${note.value === undefined ? '' : showNumber(note.value, unit)} for ${note.year}; the plan's base is used`;
      case 'gap':
        return `no value for ${note.year}: later rates cannot be chained`;
      case 'amount_ignored':
        return 'a year-to-date amount cannot be compared with annual levels and is not used';
      case 'stated_rate':
        return `the plan's stated rate ${note.value === undefined ? '' : percent(note.value)} differs from the rate the target requires`;
      case 'illustrative':
        return 'includes illustrative values';
    }
  },
  current: (figure, value) =>
    figure === 'rate' || figure === 'average' || figure === 'average_increase' || figure === 'annual_points'
      ? `${value} a year`
      : figure === 'change'
        ? `${value} in all`
        : figure === 'total'
          ? `${value} done`
          : figure === 'increase'
            ? `${value} more`
            : value,
  goal: (figure, text) =>
    figure === 'rate' || figure === 'average' || figure === 'average_increase' || figure === 'annual_points'
      ? `${text} a year`
      : figure === 'change' || figure === 'total'
        ? `${text} in all`
        : figure === 'increase'
          ? `${text} more`
          : text,
  rate: (kind, value, unit) =>
    kind === 'cagr' ? `${value} a year` : kind === 'cumulative' ? `${value} a year (累计法)` : kind === 'points' ? `${value} a year` : `${value}${unit} a year`,
};

/**
 * The words of a language.
 *
 * @example
 * monitorWords('zh').labels.behind //=> '滞后'
 */
export function monitorWords(lang: Lang): MonitorWords {
  return lang === 'zh' ? ZH : EN;
}

/**
 * A fraction as a percent with `decimals` decimals (四舍五入): 0.0430… → `4.30%`.
 *
 * @example
 * percent(new D('0.0430'), 2) //=> '4.30%'
 */
export function percent(x: D, decimals = 2, signed = false): string {
  const s = formatFixed(x.times(100), decimals);
  return `${signed && !s.startsWith('-') && s !== formatFixed(0, decimals) ? '+' : ''}${s}%`;
}

/**
 * A number in a unit as shown: `%` values are fractions, levels get decimals by size.
 *
 * @example
 * showNumber(new D('1180.5'), '亿元') //=> '1180.5亿元'
 */
export function showNumber(x: D, unit: string, signed = false): string {
  if (isPercentUnit(unit)) return percent(x, 2, signed);
  const a = x.abs();
  const decimals = x.decimalPlaces() <= 4 ? x.decimalPlaces() : a.gte(100) ? 1 : a.gte(1) ? 2 : 4;
  const s = formatFixed(x, decimals);
  return `${signed && !s.startsWith('-') && !/^0\.?0*$/.test(s) ? '+' : ''}${s}${unit === '个百分点' || unit === '百分点' ? '个百分点' : unit}`;
}

/**
 * A target's value in its own terms: a level, a rate, a change, points, a multiple, a sum.
 *
 * @example
 * showValue({ figure: 'change', unit: '%' }, new D('-0.1033')) //=> '-10.33%'
 */
export function showValue(t: Pick<TargetProgress, 'figure' | 'unit'>, x: D): string {
  if (t.figure === 'rate') return percent(x);
  if (t.figure === 'change') return percent(x, 2, true);
  if (t.figure === 'points' || t.figure === 'annual_points') return showNumber(x, '个百分点', true);
  if (t.figure === 'increase' || t.figure === 'average_increase') return showNumber(x, t.unit, true);
  if (t.figure === 'multiple') return `${formatFixed(x, 3)}倍`;
  return showNumber(x, t.unit);
}

/**
 * A pace in its kind: a rate as a percent, points or amounts in the unit.
 *
 * @example
 * showRate('points', new D('0.0136'), '%') //=> '1.36个百分点'
 */
export function showRate(kind: RateKind, x: D, unit: string): string {
  if (kind === 'cagr' || kind === 'cumulative') return percent(x);
  if (kind === 'points') return isPercentUnit(unit) ? `${formatFixed(x.times(100), 2)}个百分点` : showNumber(x, unit);
  return showNumber(x, '');
}

/**
 * A share of the way or of the time as a percent with one decimal.
 *
 * @example
 * share(new D('0.4486')) //=> '44.9%'
 */
export function share(x: D): string {
  return percent(x, 1);
}

/**
 * A ratio (R, completion) with two decimals.
 *
 * @example
 * ratio(new D('0.8964')) //=> '0.90'
 */
export function ratio(x: D): string {
  return formatFixed(x, 2);
}

/**
 * The display width of text in a monospaced terminal: CJK and full-width characters count 2.
 *
 * @example
 * displayWidth('R 速度比') //=> 8
 */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd) ? 2 : 1;
  }
  return w;
}

/**
 * Pads text to a display width (CJK-aware).
 *
 * @example
 * pad('年份', 6) //=> '年份  '
 */
export function pad(text: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
}

/**
 * Lays rows out as columns (CJK-aware), two spaces apart; numeric columns right-aligned.
 *
 * @example
 * columns([['年份', 'x'], ['2016', 'yy']]) //=> ['年份  x', '2016  yy']
 */
export function columns(rows: readonly (readonly string[])[], rightAligned: readonly boolean[] = []): readonly string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, j) => (widths[j] = Math.max(widths[j] ?? 0, displayWidth(cell))));
  return rows.map((row) => row.map((cell, j) => pad(cell, widths[j] ?? 0, rightAligned[j] === true)).join('  ').trimEnd());
}
