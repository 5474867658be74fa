/**
 * Every regular expression of the text reader, in one reviewed file.
 *
 * The rules every pattern here keeps, so that reading text is linear in its length:
 * - no nested quantifiers, and no alternation under a quantifier whose branches can match the
 *   same text (an alternation of fixed words is matched once, never repeated by `+` or `*`);
 * - every repetition that could meet a long run of one character is bounded (`{1,15}`), so a
 *   megabyte of digits, 年 or % costs one bounded attempt per position at worst;
 * - patterns run on short windows (a clause, the words before a number, one line), never over
 *   the whole document; the callers cut those windows (segment.ts caps sentences and clauses);
 * - the `y` (sticky) patterns are tried at one position only, where a token can start;
 * - no lookbehind; lookaheads are single characters or bounded.
 *
 * Each pattern says below why it cannot backtrack catastrophically. Word lists come from
 * vocabulary.ts and the units' tables; {@link words} joins fixed words longest first.
 */
import {
  BENCHMARK_WORDS,
  CONNECTORS,
  LEVEL_VERBS,
  REGION_WORDS,
  THING_NOUNS,
  TREND_ADVERBS,
  TREND_VERBS,
} from './vocabulary.js';

/** Fixed words as one alternation, longest first, regex characters escaped. */
function words(list: readonly string[]): string {
  return [...list]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

/** Chinese digits of a year written digit by digit (二〇一二, 二O一二 with a Latin O). */
const YEAR_DIGIT = '[〇○零Oo一二三四五六七八九]';
/** A year as text: four Arabic digits, or four Chinese ones. Fixed length: no backtracking. */
const YEAR = `(?:[0-9]{4}|${YEAR_DIGIT}{4})`;
/** A five-year plan's name with optional quotes (“十二五”): fixed length. */
const PERIOD = '[“"「『]?十[一二三四五]五[”"」』]?';

// ---------------------------------------------------------------------------------------------
// Tokens: sticky patterns tried at one position of a sentence.

/**
 * An Arabic number as plans write it: grouped thousands (1,042.4) or up to 15 digits, optional
 * decimals. The two branches differ at the first comma; each repetition is bounded and a group
 * is `,ddd` not followed by a digit, so no text matches two ways.
 */
export const NUMBER_AT = /(?:[0-9]{1,3}(?:,[0-9]{3}(?![0-9])){1,5}|[0-9]{1,15})(?:\.[0-9]{1,12})?/y;

/** A run of Chinese numeral characters (两千, 一亿二千万): one bounded character class. */
export const CHINESE_NUMERAL_AT = /[零〇一二两三四五六七八九十百千万亿]{1,12}/y;

/** A year written in Chinese digits, before 年 (二O一二年): fixed length, one lookahead. */
export const CHINESE_YEAR_AT = new RegExp(`${YEAR_DIGIT}{4}(?=年)`, 'y');

/**
 * A five-year plan period and what follows it (“十二五”末, 十三五期间, “十二五”规划): fixed
 * characters and optional single words, nothing repeated.
 */
export const PERIOD_AT = /[“"「『‘']?十([一二三四五])五[”"」』’']?(规划)?(时期|期间|末期|末|以来|初)?/y;

/** A count per people (台/万人, 件/万人, 张/千人): one counted character, fixed denominators. Sticky. */
export const PER_CAPITA_AT = /[件台个张项人名家户床辆所座套部]\/(?:万人|千人|百人|人|户)/y;

/** A level reached as a step (跃上1.4万亿斤新台阶, 突破100万亿元大关): the words after it. Fixed words, start-anchored. */
export const LEVEL_IDIOM_TAIL = /^(?:新台阶|大关)/;

/** A measure word outside the table under an optional magnitude (亿斤, 万头, 万只): fixed words. Sticky. */
export const MEASURE_AT = /(万亿|亿|万|千)?([斤头只株棵艘架块张本册床箱尾匹栋])/y;

/**
 * 翻一番, 翻两番, 翻番, 倍增: fixed characters, one optional numeral. Not 倍增 naming something
 * (倍增计划, “双倍增”行动): a CJK character after it, or after its closing quote, rules it out.
 */
export const DOUBLING_AT = /翻([一二两三四五六])?番|双?倍增(?![\u3400-\u9fff]|[”"」'][\u3400-\u9fff])/y;

/** 增长两倍 / 增长2倍 is read as a multiple token by the scanner: the words before it. */
export const GROWTH_MULTIPLE_LEAD = /(?:增长|增加|提高)(?:了)?$/;

// ---------------------------------------------------------------------------------------------
// Cues in the words just before a figure (end-anchored, on a window of at most 60 characters).

/** 年均增长…: fixed words, optional single words; end-anchored on a short window. */
export const RATE_CUE = /(?:(?:年均|年平均|平均每年|每年平均)(?:增长|增速|递增|增幅|提高|上升|增加)|(?<![两二三四五]年)平均(?:增速|增长速度))(?:率|速度|幅度)?(?:达到了|达到|达|为|保持在|保持|在)?$/;

/** 年均下降…: as {@link RATE_CUE}. */
export const DECLINE_RATE_CUE = /(?:年均|年平均|平均每年|每年平均)(?:下降|降低|减少|递减|降幅)(?:率|幅度)?(?:达到|达|为)?$/;

/** 比上年增长…, 同比分别增长…: fixed words; the verb is captured for the sign. */
export const YOY_CUE = /(?:比上年|比去年|同比|较上年|较去年)(?:分别)?(?:仅)?(增长|增加|提高|上升|上涨|下降|降低|减少|下跌|回落)(?:了)?$/;

/** 降幅 (能耗降幅超过3%): the year's decline. Fixed words, end-anchored. */
export const DROP_CUE = /(?:降幅|下降幅度|降低幅度)(?:控制在|保持在|为|达到|达)?$/;

/** 涨幅 (价格涨幅3%左右, 涨幅控制在3%以内): the year's rise of a price. Fixed words, end-anchored. */
export const RISE_CUE = /(?:涨幅|增幅|增速)(?:控制在|保持在|为|达到|达)?$/;

/** A change verb right before a figure (累计下降, 比2010年增长, 提高了): one word, optional 了. */
export const CHANGE_CUE = /(增长|增加|提高|提升|上升|上涨|下降|降低|减少|下跌|回落|扩大|缩小)(?:了)?$/;

/** The base of a comparison (比2010年, 比“十二五”末, 比上年): fixed alternatives, no repetition. */
export const COMPARE_BASE = new RegExp(`比 ?(?:(${YEAR}) ?年(?:底|末)?|(${PERIOD})末|(上年|去年))`);

/** 年均 words anywhere in a short window. */
export const ANNUAL_WORD = /年均|年平均|平均每年|每年平均/;

/** An increase in a figure's unit (比2010年增加120亿元, 新增): one word at the end. */
export const INCREASE_CUE = /(?:增加|新增|减少)(?:了)?$/;

/** 新增 opening a clause's words before a number (新增孵化载体53个): the verb of an increase, its object named after it. Anchored, fixed. */
export const INCREASE_OPENING = /^(?:全年|当年|本年)?新增/;

/** 年均投资 / 年均新增城镇就业: an average over years, its increase word captured; a bounded run of its measure after. */
export const AVERAGE_CUE = /(?:年均|年平均|平均每年)(新增|增加|增长)?[\u3400-\u9fff]{0,12}$/;

/** 新增 / 增加 in a span's total: a total of yearly increases, which is an increase over the span. */
export const ADDITION_WORD = /新增|增加/;

/** 超过规划目标 / 高于目标: a gap to a target. Fixed words, bounded gap of filler. */
export const TARGET_GAP_CUE = /(?:超过|超出|高于|低于)(?:规划|计划|预期)?目标$/;

/** A comparison with a benchmark (低于全国平均水平…): fixed words, anywhere in the window. */
export const BENCHMARK = new RegExp(`(?:${words(BENCHMARK_WORDS)})`);

/** A comparison word before a figure (低于全国…, 相当于全国…). */
export const COMPARISON = /低于|高于|相当于|超过全国|达到全国/;

/** 的平均水平 after a figure: the figure is a benchmark. */
export const BENCHMARK_TAIL = /^(?:的)?(?:全国)?平均(?:增长)?水平/;

/** The plan's own indicators counted (20项主要指标, 16项基本符合预期): an evaluation's tally, not a figure. Fixed words. */
export const INDICATOR_TALLY_TAIL = /^(?:主要|约束性|预期性)?(?:目标)?指标|^(?:基本)?(?:符合|快于|慢于|滞后于|未达到?)(?:或(?:符合|快于|好于))?预期/;

/** 超额 / 超出: a figure said to exceed something. */
export const EXCEED_WORD = /超额|超出/;

// ---------------------------------------------------------------------------------------------
// After a figure (start-anchored, on the rest of its clause).

/** 的基础上: the figure is the base of a growth target. */
export const BASE_TAIL = /^(?:的)?基础上/;

/** 的 followed by a number (占全市固定资产投资818.66亿元的27.86%): the figure is a share's total. */
export const INLINE_TOTAL_TAIL = /^的\s{0,2}[0-9]/;

/**
 * A word after a figure that continues the clause (a verb, a connector, a time word), as opposed
 * to a noun the number describes. Fixed words, start-anchored.
 */
export const CONTINUATION_TAIL =
  /^(?:的基础上|基础上|增长|下降|上升|提高|减少|增加|达到|占|比|同比|年均|和|与|及|或|分别|共计|合计|其中|降至|增至|调整|的水平|水平|则|即|是|为|到|至|左右|以上|以下|以内|新台阶|大关)/;

/**
 * A count followed, in its clause, by the noun it counts (no list joiner: not 3个和15户) and a later
 * number with no 的 or 以上 anywhere after it (137个市重点项目完成投资236.8亿元, 13家单位19项成果): the
 * count says which things the later figure is about; 10家…超100亿元的企业 is a count of firms. One
 * bounded class before the digit, one after; start and end anchored.
 */
export const COUNTED_SUBJECT_TAIL = /^[^0-9的以和与及或、,，;；。]{1,20}[0-9][^的以,，;；。]{0,30}(?:以上)?[,，;；。]?$/;

/** A CJK character right after a figure (and an optional 的): the figure describes a noun. */
export const MODIFIER_TAIL = /^(?:及以上|以上|以下)?的?[\u3400-\u9fff]/;

/** 比例为 / 之比为: a ratio follows (轻重工业比例为7.3:92.7). Fixed words, end-anchored. */
export const RATIO_LEAD = /(?:比例|之比|结构比|结构|比)(?:调整为|调整到|调整至|优化为|达到|为|是)$/;

/** What joins the names of a list written as one name (高新技术企业和科技型企业): one character. */
export const NAME_JOINER = /、|和|及|与/;

/** A ratio of the three sectors (三次产业结构, 三次产业比例): its terms are 第一/第二/第三产业. Fixed words. */
export const THREE_SECTORS = /三次产业|产业结构/;

/** The separator of a ratio's terms: a colon, or an unknown glyph (a private-use character). */
export const RATIO_SEPARATOR = /^[:∶︰\uE000-\uF8FF]$/;

/** A bare number after a level verb (达到70以上) may be a figure whose unit the name tells. */
export const BARE_LEVEL_LEAD = /(?:达到|达|为|突破|超过|是)$/;

/** Names whose bare numbers are percent (贡献率达到50以上) or index points (指数达到70). */
export const PERCENT_NAME = /率|比重|占比/;

/** Words that make an undated level in a span a total over it (完成投资, 累计, 实施300个项目). */
export const TOTAL_LEAD = /完成|累计|新增|节能|节约|关闭|关停|退出|淘汰|取缔|投产/;

/**
 * A span named in words, with no years (这五年, 过去五年, 过去的五年, 近五年, 五年来, 三年以来, 五年间):
 * the years a review looks back over, ending in the last year it reports. The count is one numeral
 * (not the 五 of 十五年来). Fixed words; no repetition.
 */
export const WORD_SPAN = /(?:这|过去的?|近|最近)([两二三四五六七八九十])年(?!代|级|期)|(?<![一二三四五六七八九十百千第])([两二三四五六七八九十])年(?:来|以来|间)/;

/** A count of projects (项目): a flow, totalled over a span (实施300个…项目). */
export const PROJECTS = /项目/;

/** Words opening a clause that continues the one before it (its subject and its 预计): 占…, 年均…, 比…. */
export const CONTINUING = /^(?:占|年均|年平均|比|同比|较|增长|下降|提高)/;

/** Words that make a sentence's planned figures stretch targets (力争, 努力, 争创, 争取): read as 力争. */
export const STRETCH_WORD = /力争|努力|争创|争取/;
export const STRETCH_WORDS = /力争|努力|争创|争取/g;

/** 每年 in the words before a figure: a yearly amount. */
export const YEARLY_WORD = /每年/;

/** A paragraph opening with the name of a place or body and a colon (高新区：…): lazy bounded name, fixed endings. */
export const ENTITY_LABEL = /^([\u3400-\u9fff]{1,8}?(?:开发区|园区|区|园|县|市|集团)):/;

/** One CJK character. */
export const CJK_CHAR = /[\u3400-\u9fff]/;

/** A specification after a number: …级 (千万吨级), …/年 (150万吨/年). Fixed, start-anchored. */
export const SPEC_TAIL = /^(?:级|\/)/;

/** A comma or a semicolon (the end of a noun phrase after a number). */
export const COMMA = /[,;]/;

/** A quoted name right after a figure (10亿元 “新兴产业专项资金”): bounded, no nesting. */
export const QUOTED_NAME = /^\s{0,2}[“"「]([^”"」]{1,20})[”"」]/;

/** A capacity noun (能力, 产能) in the rest of a sub-sentence: a figure of capacity. */
export const CAPACITY_WORD = /能力|产能/;

/** A thing a figure only describes (10亿元以上重大项目): fixed words, unanchored, short window. */
export const THING_NOUN = new RegExp(`(?:${words(THING_NOUNS)})`);

/** 每位/每个/各…: a per-entity quota, not an aggregate. Fixed words at the end of a short window. */
export const PER_ENTITY = /(?:每位|每个|每户|每家|每名)[\u3400-\u9fff]{0,6}$/;

/**
 * 全部达 / 均达到 / 都超过 right before a number (65个村集体经营性收入全部达45万元): a floor every unit
 * reached, per unit, not an aggregate. Fixed words, end-anchored.
 */
export const EVERY_UNIT_LEAD = /(?:全部|全都|均|都)(?:达到|达|超过|超|突破|在)$/;

/**
 * Amounts followed by a count of milestones (迈上5000亿元、6000亿元两大台阶, 跨越三个千亿级台阶): milestones
 * passed, not a level. A bounded run without clause punctuation, then fixed words.
 */
export const MILESTONES_TAIL = /^[^,，;；。]{0,24}?[两二三四五六七八九十](?:大|个)[\u3400-\u9fff]{0,4}台阶/;

/** 年产 / 年处理: a plant's specification before a number. */
export const SPEC_LEAD = /(?:年产|年处理|年加工|单机|单台|容量为?)$/;

// ---------------------------------------------------------------------------------------------
// Names of indicators: cleaning the words before a figure (windows of at most 60 characters).

/**
 * A time phrase inside a name (在2012年, 到2020年底, 截至2013年底的): optional fixed prefix, a
 * fixed-length year, optional month/day and fixed suffixes; nothing repeated. Global.
 */
export const TIME_PHRASE = new RegExp(
  `(?:截止到|截至|截止|到|至|在|从|由|自|比|于)? ?${YEAR} ?年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?(?:年底|年末|底|末|初|以来|前|后)?(?:的)?`,
  'g',
);

/** A plan period inside a name (“十二五”期间, 到十三五末): as {@link PERIOD_AT}, global. */
export const PERIOD_PHRASE = new RegExp(`(?:到|在|至|比)?${PERIOD}(?:规划)?(?:时期|期间|末期|末|以来|初)?(?:的)?`, 'g');

/** A note of the price basis inside a name (按可比价格计算): not part of it. Fixed words, global. */
export const PRICE_NOTE = /按?(?:可比价格|可比价|不变价格|现价|当年价格)(?:计算)?/g;

/** 可比价 / 现价 in the words before a rate: its price basis. Fixed words. */
export const COMPARABLE_PRICES = /可比价|不变价/;
export const CURRENT_PRICES = /现价|当年价格/;

/** Relative time words inside a name. Fixed words, global. */
export const RELATIVE_TIME = /同比|比上年|比去年|较上年|较去年|当年|全年|每年|上年|去年|同期|今后|未来五年|五年累计|累计/g;

/** A book or document title (《…》) inside a name: never part of an indicator's name. Bounded, global. */
export const BOOK_TITLE = /《[^》]{0,40}》/g;

/** One opening word of a name (其中, 全省, 并…), with its punctuation. Applied in a bounded loop. */
export const NAME_OPENING = new RegExp(`^(?:${words([...CONNECTORS, ...REGION_WORDS])})[,，:：、]?`);

/** One closing verb of a name (达到, 实现, 为…). Applied in a bounded loop. */
export const NAME_CLOSING_VERB = new RegExp(`(?:${words(LEVEL_VERBS)})$`);

/** A trend ending of a name (比重逐年上升): optional adverb and one verb, end-anchored. */
export const NAME_TREND = new RegExp(`(?:${words(TREND_ADVERBS)})?(?:${words(TREND_VERBS)})$`);

/** A level verb opening a name (实现利润总额 → 利润总额): fixed words, start-anchored. */
export const LEADING_VERB = /^(?:共实现|实现|共完成|全年完成|完成|共拥有|拥有|共有|共建成|建成|形成|培育|新建|争创)/;

/** Verbs of action closing a counted thing (项目建设, 基地建设): fixed words, end-anchored. */
export const CLOSING_ACTION = /(?:建设|实施|推进|改造|开发)$/;

/** A qualifier word opening a counted thing's name (以上企业): fixed words, start-anchored. */
export const COUNT_OPENING = /^(?:及以上|以上|以下)/;

/** Regions anywhere in a key (fixed words, global). */
export const REGION_ANY = new RegExp(`(?:${words(REGION_WORDS)})`, 'g');

/** Level verbs inside a key (新兴产业完成投资 → 新兴产业投资): fixed words, global. */
export const KEY_VERBS = /实现|完成|达到/g;

/** Punctuation and particles at either end of a name. Bounded classes, anchored. */
export const NAME_EDGE_START = /^[\s,，:：、;；。(（)）"“”'‘’—–\-·•的和及与]{1,8}/;
export const NAME_EDGE_END = /[\s,，:：、;；。(（"“”'‘’—–\-的了和及与]{1,8}$/;

/** 按…测算 / 按…计算: the figures before 测算 are assumptions, not computed. */
export const ASSUMPTION_LEAD = /^按/;

/** A base marker at the end of a name (…在, …从, …由): cut there. */
export const NAME_BASE_MARK = /(?:在|从|由|自)$/;

/** The rest of a base phrase inside a name (…在2022年的基础上实现): fixed words, one optional verb. Global. */
export const BASE_PHRASE = /的?基础上(?:实现|再)?/g;

/** The subject of a name before its verb (规模以上工业企业实现增加值): fixed verbs, lazy bounded. */
export const SUBJECT_VERB = /^(.{1,30}?)(?:共实现|实现|共完成|完成|共拥有|拥有|共有|共建成|建成|创造了|创造|提供了|提供)(.{1,30})$/;

/** A share's words: 占 … 的 (比重). */
export const SHARE_WORD = /占|比重|比例|占比|份额|普及率/;

/** 占X的: the total named in a share. The text after the last 占 is taken by the caller. */
export const SHARE_TOTAL_TRIM = /(?:的)?(?:比重|比例|份额)?(?:为|达到|达|约为|仅为|由|从)?(?:的)?$/;

/** 提高到 / 下降至 …: the second figure of a 由A提高到B pair. Fixed words, anchored. */
export const TO_PHRASE = /^(?:逐年|逐步|稳步)?(?:提高|上升|增长|增加|下降|降低|减少|调整|扩大)(?:到|至)$/;

// ---------------------------------------------------------------------------------------------
// Keys of names: what two wordings of one indicator have in common.

/** The words of a name that say whose measure it is only in general (全行业规模以上企业…). Fixed words, global. */
export const GENERIC_NOISE = /规模以上|规上|全行业|行业|企业|全部/g;

/** Quotation marks inside a name (“两化”融合): one class, global. */
export const QUOTE_MARKS = /[“”"「」『』]/g;

/** Quotes, spaces, bullets and 的 in a key: one character class, global. */
export const KEY_NOISE = /[“”"'‘’「」『』《》\s·•的、,，:：;；]/g;
/** 规模以上 as the scope of a name (规上, 规模工业…). */
export const ABOVE_SCALE = /规模以上|规上|规模(?=工业|企业)/;
/** 全部 as the scope of a name (全部工业增加值). */
export const ALL_SCOPE = /全部(?=工业)/;
/** The GDP's names. */
export const GDP_WORDS = /地区生产总值|国内生产总值|生产总值/g;
export const GDP_ALIAS = /[(（]GDP[)）]/gi;
/** Revenue's wordings, read as one (主营业务收入 replaced 产品销售收入 in industrial statistics). */
export const REVENUE_WORDS = /主营业务收入|营业收入|销售收入|业务收入/g;
/** 总额, 总量 … at the end of a measure (利润总额 is 利润). */
export const TOTAL_WORDS = /总额|总量|总数|总计/g;
/** 总产值 is 产值. */
export const GROSS_OUTPUT = /总产值/g;

// ---------------------------------------------------------------------------------------------
// Kinds of indicators, from their names.

/** A ratio indicator (…率, R&D expenditure over revenue): bounded gaps. */
export const RATIO_NAME = /率|(?:R&D|研发).{0,8}强度|R&D.{0,12}占比|(?:R&D|研发).{0,12}占.{0,16}(?:收入|GDP|生产总值|增加值)|占.{0,16}收入(?:的)?比重/i;
export const INVESTMENT_NAME = /投资/;
export const VALUE_ADDED_NAME = /增加值|GDP|生产总值/;
export const INTENSITY_NAME = /能耗|水耗|物耗|强度|单位.{0,12}(?:排放|用水)/;
export const INDEX_NAME = /指数/;

/** A price level (居民消费价格, 价格总水平): its rates are of an index. Fixed words, end-anchored. */
export const PRICE_LEVEL_NAME = /(?:价格|物价|价格总水平)$/;
export const RD_NAME = /R&D|研发|科技.{0,4}经费/i;
export const EXPORT_NAME = /出口/;

// ---------------------------------------------------------------------------------------------
// The document's structure and identity (one line at a time, lines capped by the caller).

/**
 * The numbering of a heading: 一、 / （一） / 第一章 / 1. / （1）. Alternatives start with
 * different characters; every repetition is bounded. The capture tells the level.
 */
export const HEADING_NUMBER =
  /^[\s\u3000]{0,8}(?:([一二三四五六七八九十]{1,3}[、.．])|([（(][一二三四五六七八九十]{1,3}[)）])|(第[一二三四五六七八九十]{1,3}[章节部分篇])|([0-9]{1,2}[.、．](?![0-9]))|([（(][0-9]{1,2}[)）]))/;

/** A list item (——, --, ·): a bounded run of dashes or a bullet. */
export const LIST_ITEM = /^[\s\u3000]{0,8}(?:[—–-]{1,2}|[·•●])/;

/** A document number's year: 〔2014〕 (or [2014]). Fixed length. */
export const DOC_NUMBER = /〔((?:19|20)[0-9]{2})〕|\[((?:19|20)[0-9]{2})\]/;

/** The years of a title: （2014-2020年）. Bounded spaces, fixed-length years. */
export const TITLE_YEARS = /[（(]((?:19|20)[0-9]{2})\s{0,2}[-—–~～至]\s{0,2}((?:19|20)[0-9]{2})年?[)）]/;

/** A date line: 2014年9月10日, 二O一二年四月二十五日. Anchored, bounded parts. */
export const DATE_LINE = new RegExp(
  `^[\\s\\u3000]{0,30}(${YEAR}年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号])[\\s\\u3000]{0,30}$`,
);

/**
 * A date of issue opening a longer line, the 题注 of a report or a speech: （2023年2月2日在…会议上）,
 * -2022年2月23日在…会议上, ——2024年1月在…上的报告: a date, 在 and, within the clause, a meeting (会)
 * or 上. Anchored; bounded brackets, dashes, spaces and gap; the day may be left out.
 */
export const DATED_MEETING = new RegExp(
  `^[\\s\\u3000]{0,8}[(（—–-]{0,2}[\\s\\u3000]{0,4}(${YEAR}年(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号])?)[\\s\\u3000]{0,4}在[^,，。;；]{1,40}?[会上]`,
);

/** A title line's own date at its end: …回顾（2025年9月）, …报告（2023年12月26日）. Fixed-length parts, anchored. */
export const TITLE_DATE = /[（(]((?:19|20)[0-9]{2}) ?年 ?[0-9]{1,2} ?月(?: ?[0-9]{1,2} ?日)?[)）]$/;

/** A date inside a line (发表时间：2014-09-11): fixed-length parts. */
export const ISO_DATE = /((?:19|20)[0-9]{2})-([0-9]{2})-([0-9]{2})/;

/** 关于印发…的通知: the plan's title inside a notice. Lazy, bounded. */
export const NOTICE_TITLE = /^关于印发(.{2,80}?)的通知$/;

/** 关于…的(决定|意见|通知): a decision's title. Lazy, bounded. */
export const ABOUT_TITLE = /^关于.{2,80}$/;

/** 第十三个五年规划: a five-year plan named in words. Fixed characters. */
export const FIVE_YEAR_WORDS = /第十([一二三四五])个五年/;

/** 在2012年…的基础上: the base year of a growth target. Lazy gap bounded to 30 characters. */
export const BASE_YEAR_PHRASE = /在 ?((?:19|20)[0-9]{2}) ?年.{0,30}?基础上/;

/** A span of years (2021—2025年, 2023年至2027年). Bounded, no nesting. */
export const YEAR_SPAN = /(?:19|20)[0-9]{2} ?年? ?[-—–~～至到] ?(?:19|20)[0-9]{2}/;

/** A year written 2012年 or 2012 年 (not part of a longer number). Fixed length, global (on one sentence). */
export const ANY_YEAR = /(?:^|[^0-9])((?:19|20)[0-9]{2}) ?年/g;

/** 从2013年 / 由2010年: the start of a change a review reports. Fixed, global (on one sentence). */
export const START_YEAR_PHRASE = /(?:从|由) ?((?:19|20)[0-9]{2}) ?年/g;

/** 今年 / 本年: the year of the document. Fixed words. */
export const THIS_YEAR = /今年|本年/;

/** Targets said to be met (目标任务如期完成, 提前实现): words of a review, not of targets. Fixed words. */
export const GOALS_MET = /(?:如期|顺利|提前|超额|全面|基本)(?:完成|实现)/;

/** Words of targets: a text without them and without target years is a review. Fixed words. */
export const GOAL_WORD = /目标|规划|计划|力争|预期|要求|任务|将|争取|(?:^|[,:;。\s“”"（(])到\s?[0-9]{4}\s?年/;

/** An annual document's title: 2024年…计划, …政府工作报告, …统计公报. Bounded gap. */
export const ANNUAL_TITLE = /((?:19|20)[0-9]{2}) ?年.{0,30}(?:计划|政府工作报告|统计公报|预算)/;

/** 印发《X》 in a notice: X is the plan's title. Bounded, no nesting. */
export const ISSUED_TITLE = /印发《([^《》]{4,60})》/;

/** 到2020年 opening a clause (not 增长到2010年): a target year. Fixed, global (on one sentence). */
export const TARGET_YEAR_PHRASE = /(?:^|[,:;。\s“”"（(])(?:到|至) ?((?:19|20)[0-9]{2}) ?年/g;

/** Characters of an ASCII word glued to a number (4G, IPv6, 5OOMPa): not a figure. */
export const LATIN_LETTER = /[A-Za-z]/;

/** A document or regulation number, a rank or a count of times after a number (36号, 第10位): fixed. */
export const ORDINAL_TAIL = /^(?:号|位|次|批|届)/;

// ---------------------------------------------------------------------------------------------
// Options.

/** A plan id: one bounded character class, anchored. */
export const PLAN_ID = /^[a-z0-9_-]{1,200}$/;

/** A date option, YYYY-MM-DD: fixed length. */
export const ISO_DAY = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;

// ---------------------------------------------------------------------------------------------
// Writing the draft file.

/**
 * A string YAML reads as the same string unquoted, in block and flow context: letters or digits
 * first, then letters, digits, CJK punctuation and a few ASCII marks that are no YAML indicators
 * (no space, ASCII colon or comma, brackets, braces, #). One bounded class: no backtracking.
 */
export const PLAIN_SCALAR = /^[\p{L}\p{N}_][\p{L}\p{N}_()（）、·\-&./%《》“”‘’，。；：！？〔〕【】—…％]{0,300}$/u;

/** Strings YAML would read as something else unquoted: numbers (a digit, sign or dot first) and keywords. */
export const YAML_KEYWORD = /^(?:[-+.0-9]|(?:true|false|yes|no|on|off|null|y|n|~)$)/i;
