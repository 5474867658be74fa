/**
 * Indicator names from the words before (or after) a figure, their keys (what two wordings of one
 * indicator have in common), their scopes and kinds.
 */
import type { IndicatorKind } from '../plan/index.js';
import { unitDimension } from '../units/index.js';
import {
  ABOVE_SCALE,
  ALL_SCOPE,
  BASE_PHRASE,
  BOOK_TITLE,
  CLOSING_ACTION,
  COUNT_OPENING,
  GDP_ALIAS,
  GDP_WORDS,
  GENERIC_NOISE,
  GROSS_OUTPUT,
  INDEX_NAME,
  PRICE_LEVEL_NAME,
  INTENSITY_NAME,
  INVESTMENT_NAME,
  KEY_NOISE,
  KEY_VERBS,
  LEADING_VERB,
  NAME_BASE_MARK,
  NAME_CLOSING_VERB,
  NAME_EDGE_END,
  NAME_EDGE_START,
  NAME_OPENING,
  NAME_TREND,
  PERIOD_PHRASE,
  PRICE_NOTE,
  QUOTE_MARKS,
  RATIO_NAME,
  REGION_ANY,
  RELATIVE_TIME,
  REVENUE_WORDS,
  SUBJECT_VERB,
  TIME_PHRASE,
  TOTAL_WORDS,
  VALUE_ADDED_NAME,
} from './patterns.js';
import { remembered } from './memo.js';
import { MEASURES } from './vocabulary.js';

/** The longest name kept; longer words before a figure are cut from the left. */
export const MAX_NAME = 40;

/** Removes what is at the start or end of a name repeatedly (at most `times` times). */
function strip(text: string, patterns: readonly RegExp[], times = 6): string {
  let s = text;
  for (let k = 0; k < times; k++) {
    const before = s;
    for (const p of patterns) s = s.replace(p, '');
    if (s === before) break;
  }
  return s;
}

/**
 * The indicator name in the words before a figure: time phrases, regions, connectors, verbs and
 * particles taken off (`新产品销售收入在2012年` → `新产品销售收入`, `全省共有规模以上装备制造企业`
 * → `规模以上装备制造企业`).
 *
 * @example
 * nameOf('实现利润总额从2005年的') //=> '利润总额'
 */
export function nameOf(words: string): string {
  return cleanNames(words);
}

/** Names already cleaned: documents repeat their wordings, and cleaning takes a dozen replacements. */
const cleanNames = remembered(cleanName);

function cleanName(words: string): string {
  let s = words.length > MAX_NAME * 2 ? words.slice(-MAX_NAME * 2) : words;
  s = s.replace(PRICE_NOTE, '').replace(BOOK_TITLE, '').replace(TIME_PHRASE, '').replace(PERIOD_PHRASE, '').replace(RELATIVE_TIME, '').replace(BASE_PHRASE, '').replace(QUOTE_MARKS, '');
  s = strip(s, [NAME_EDGE_START, NAME_OPENING, LEADING_VERB]);
  s = strip(s, [NAME_EDGE_END, NAME_CLOSING_VERB, NAME_TREND, NAME_BASE_MARK]);
  s = strip(s, [NAME_EDGE_START, NAME_OPENING, LEADING_VERB]);
  return s.length > MAX_NAME ? s.slice(-MAX_NAME) : s;
}


/**
 * The name of a thing counted after its number (5个国家级企业技术中心 → 国家级企业技术中心;
 * 60个资源利用项目建设 → 资源利用项目).
 *
 * @example
 * countedName('个国家级企业技术中心') //=> '国家级企业技术中心'
 */
export function countedName(words: string): string {
  const s = strip(words, [NAME_EDGE_START, COUNT_OPENING]);
  return strip(s.replace(RELATIVE_TIME, ''), [NAME_EDGE_END, NAME_CLOSING_VERB, CLOSING_ACTION]).slice(0, MAX_NAME);
}


/** A name split into its subject and measure (规模以上工业企业实现增加值 → 规模以上工业企业, 增加值). */
export function subjectAndMeasure(words: string): { readonly subject: string; readonly measure: string } | undefined {
  const m = SUBJECT_VERB.exec(words);
  if (m?.[1] === undefined || m[2] === undefined || m[2].length < 2) return undefined;
  return { subject: nameOf(m[1]), measure: nameOf(m[2]) };
}

/** The measure a name ends with (冶金工业主营业务收入 → 主营业务收入), if one of the vocabulary. */
export function measureOf(name: string): string | undefined {
  const measure = [...MEASURES].sort((a, b) => b.length - a.length).find((m) => name.endsWith(m) && name.length > m.length);
  if (measure === undefined) return undefined;
  const before = name.slice(0, name.length - measure.length);
  const scope = ['规模以上', '规模'].find((w) => before.endsWith(w));
  return scope === undefined ? measure : `${scope}${measure}`;
}

/** The words after the last 的 of a name (产值超过百亿元的太钢 → 太钢). */
export function headNoun(name: string): string {
  const de = name.lastIndexOf('的');
  return de === -1 ? name : name.slice(de + 1);
}

/** True when a name is a bare measure (销售收入, 利税). */
export function isBareMeasure(name: string): boolean {
  return (MEASURES as readonly string[]).includes(name);
}

/** True when a name says only a measure of some industry (全行业规模以上企业主营业务收入): it needs its section's subject. */
export function isGenericName(name: string): boolean {
  return isBareMeasure(name.replace(GENERIC_NOISE, ''));
}

/** A name's scope: 规模以上 (规上, 规模工业), 全部 (全部工业), or none. */
export function scopeOf(name: string): '规模以上' | '全部' | undefined {
  if (ABOVE_SCALE.test(name)) return '规模以上';
  if (ALL_SCOPE.test(name)) return '全部';
  return undefined;
}

/**
 * The key of a name: what two wordings of one indicator share. Scope words, regions, quotes,
 * spaces and 的 are dropped; GDP's names are one; 主营业务收入, 营业收入, 销售收入 are one (收入);
 * 总额 and 总产值's 总 are dropped.
 *
 * @example
 * nameKey('规模以上工业增加值') //=> '工业增加值'
 * nameKey('全市地区生产总值(GDP)') //=> 'GDP'
 */
export function nameKey(name: string): string {
  return computeKeys(name);
}

/** Keys already computed: documents repeat their names, and a key takes a dozen replacements. */
const computeKeys = remembered(computeKey);

function computeKey(name: string): string {
  return name
    .replace(ABOVE_SCALE, '')
    .replace(ALL_SCOPE, '')
    .replace(GDP_ALIAS, '')
    .replace(GDP_WORDS, 'GDP')
    .replace(REVENUE_WORDS, '收入')
    .replace(GROSS_OUTPUT, '产值')
    .replace(TOTAL_WORDS, '')
    .replace(REGION_ANY, '')
    .replace(RELATIVE_TIME, '')
    .replace(KEY_NOISE, '')
    .replace(KEY_VERBS, '');
}


/** True when a unit counts things (户, 家, 个 …), in whole or scaled units. */
export function isCountUnit(unit: string): boolean {
  return unitDimension(unit) === 'count';
}

/** True for a unit of money. */
export function isMoneyUnit(unit: string): boolean {
  const d = unitDimension(unit);
  return d === 'money' || d === 'foreign_money';
}

/**
 * The kind of an indicator from its name and the unit of its levels (DOMAIN.md section 1): %
 * levels are ratios (…率, R&D over revenue) or shares; 投资 is investment; 增加值 and GDP value
 * added; 能耗 intensity; money value; counts count; 指数 or 点 index; the rest quantity.
 *
 * @example
 * indicatorKind('新产品销售收入', '亿元') //=> 'value'
 * indicatorKind('关键工序数控化率', '%') //=> 'ratio'
 */
export function indicatorKind(name: string, unit: string): IndicatorKind {
  if (unit === '%') return RATIO_NAME.test(name) ? 'ratio' : 'share';
  if (INTENSITY_NAME.test(name)) return 'intensity';
  if (unit === '点' || INDEX_NAME.test(name)) return 'index';
  const dimension = unitDimension(unit) ?? 'number';
  if (dimension === 'intensity') return 'intensity';
  if (dimension === 'count') return 'count';
  if (dimension === 'money' || dimension === 'foreign_money' || dimension === 'number') {
    if (INVESTMENT_NAME.test(name)) return 'investment';
    if (VALUE_ADDED_NAME.test(name)) return 'value_added';
    return 'value';
  }
  return 'quantity';
}

/** The unit an indicator gets when it has no level of its own (a rate only), by its kind. */
export function defaultIndicatorUnit(kind: IndicatorKind): string {
  switch (kind) {
    case 'share':
    case 'ratio':
      return '%';
    case 'intensity':
      return '吨标准煤/万元';
    case 'count':
      return '个';
    case 'index':
      return '点';
    case 'quantity':
      return '万吨';
    default:
      return '亿元';
  }
}

/** The kind of an indicator that has only rates, changes or multiples, from its name. */
export function kindFromName(name: string): IndicatorKind {
  if (INTENSITY_NAME.test(name)) return 'intensity';
  if (INVESTMENT_NAME.test(name)) return 'investment';
  if (VALUE_ADDED_NAME.test(name)) return 'value_added';
  if (RATIO_NAME.test(name)) return 'ratio';
  if (INDEX_NAME.test(name) || PRICE_LEVEL_NAME.test(name)) return 'index';
  return 'value';
}
