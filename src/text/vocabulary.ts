/**
 * The words plan prose wraps its figures in, for reading text: time words, scope words, verbs
 * before a figure, measures, connectors. Units, qualifiers, periods and numerals are not here:
 * they are the one tables of src/units. The regular expressions built from these lists live in
 * patterns.ts.
 */

/** Regional scope words that open an indicator's name and say nothing about it (全省工业增加值). */
export const REGION_WORDS = ['全省', '我省', '全市', '我市', '本省', '本市', '全区', '我区', '本区', '全县', '我县', '我国', '全行业', '全社会'] as const;

/** Words that open a clause and are not part of an indicator's name. */
export const CONNECTORS = ['其中', '此外', '同时', '另外', '以及', '并且', '而且', '并', '和', '及', '与', '而', '但', '且', '即', '共', '分别', '按照', '按', '计划', '年均', '年平均', '平均每年', '力争', '努力', '争取', '确保', '今年', '本年', '明年'] as const;

/**
 * Verbs and copulas that stand between an indicator's name and its figure (达到, 实现, 完成 …),
 * longest first where one is the end of another.
 */
export const LEVEL_VERBS = [
  '计划完成', '累计完成', '共完成', '全年完成', '完成', '共实现', '实现', '共拥有', '拥有', '共有', '共建成', '建成',
  '增长到', '增加到', '上升至', '上升到', '提高到', '提高至', '下降至', '下降到', '降低至', '降低到', '降至', '降到',
  '增至', '调整至', '调整到', '减少到', '减少至', '扩大到', '保持在', '稳定在', '控制在', '达到', '达', '约为', '仅为',
  '只为', '为', '是', '仅占', '只占', '占到', '有', '形成', '培育', '建设', '新建', '实施', '推进建设', '推进', '设立',
  '筹集', '列出', '累计', '总计', '合计', '共计', '预计', '测算', '力争', '努力', '仅', '只', '须', '要', '将', '已',
  '确定', '提出', '明确', '争创', '争取', '跃上', '迈上', '跃升至', '跃升到', '跃居',
] as const;

/** Adverb + verb endings of a clause that names an indicator (比重逐年上升, 不断提高). */
export const TREND_ADVERBS = ['年均', '年平均', '平均每年', '平均', '逐年', '逐步', '稳步', '持续', '不断', '明显', '大幅', '显著', '进一步', '快速', '较快'] as const;
export const TREND_VERBS = ['上升', '提高', '增长', '增加', '下降', '降低', '减少', '扩大', '提升', '优化', '调整', '上涨', '下跌', '回落', '涨幅', '增幅', '增速', '降幅'] as const;

/**
 * Measures an indicator's name ends with (新产品销售收入, 规模工业增加值): a list's later items
 * and the parts of a 其中 list borrow the measure of the figure they follow.
 */
export const MEASURES = [
  '主营业务收入', '营业收入', '销售收入', '业务收入', '收入', '工业增加值', '增加值', '工业总产值', '工业产值', '总产值', '产值',
  '固定资产投资', '工业投资', '投资', '利税总额', '利税', '利润总额', '利润', '税金总额', '税金', '出口交货值', '产量',
  '能力', '资产总计',
] as const;

/** Nouns that end a thing a number only describes (a 10亿元以上项目 is a threshold, not a figure). */
export const THING_NOUNS = [
  '项目', '企业', '机组', '生产线', '基地', '集聚区', '园区', '集团', '工程', '装置', '产品', '台阶', '焦炉', '炭化室',
] as const;

/** Words that make a figure's number a comparison with another place, not a change over time. */
export const BENCHMARK_WORDS = ['全国', '平均', '同期值', '先进省份', '发达地区', '国际', '世界'] as const;

/** Heading words of the parts of a plan that review the past (status figures, measured). */
export const REVIEW_HEADINGS = ['现状', '回顾', '成就', '基础', '问题', '形势', '成效', '进展', '情况', '状况'] as const;

/** Heading words of the parts of a plan that set targets (planned figures, dated the plan's end). */
export const PLAN_HEADINGS = ['目标', '任务', '重点', '工程', '举措', '措施', '领域', '布局', '方向', '思路', '保障', '行动', '政策'] as const;

/** Words of a document title: the line that names the plan. */
export const TITLE_WORDS = ['规划', '方案', '意见', '计划', '纲要', '通知', '决定', '报告', '办法', '行动', '回顾', '公报'] as const;

/** Endings of an issuer's name (the line that signs the plan). */
export const ISSUER_ENDINGS = ['委员会', '人民政府', '政府', '办公厅', '办公室', '委', '厅', '局', '部'] as const;
