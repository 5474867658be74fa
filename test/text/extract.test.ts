import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowthError } from '../../src/errors.js';
import { parsePlan, validatePlan } from '../../src/plan/index.js';
import { extractPlan } from '../../src/text/index.js';
import { COMING_FIGURE_TYPES, COMING_RELATIONS, figureTypeAvailable, relationKindAvailable, slotTakesList } from '../../src/text/kinds.js';
import { codeOf } from '../units/helpers.js';
import { codes, draftOf, indicatorName, kinds, lines } from './helpers.js';

describe('extractPlan: the phrasings of DOMAIN.md section 1', () => {
  it('reads a growth target: 在…的基础上，年均增长…，到…达到…', () => {
    const d = draftOf('新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上。', { period: { from: 2013, to: 2020, base: 2012 }, year: 2014 });
    expect(lines(d)).toEqual(['level 928.4 亿元 2012 [] measured', 'rate 10 % 2012..2020 [] planned', 'level 2000 亿元 2020 [以上] planned']);
    expect(kinds(d)).toEqual(['growth_target']);
    expect(indicatorName(d, '928.4')).toBe('新产品销售收入');
  });

  it('reads a historical CAGR: 从…增长到…，年均增长…', () => {
    const d = draftOf('“十一五”期间，我省装备制造业实现利润总额从2005年的8.4亿元增长到2010年的30.9亿元，年均增长29.8%。', { period: '十二五', year: 2011 });
    expect(lines(d)).toEqual(['level 8.4 亿元 2005 [] measured', 'level 30.9 亿元 2010 [] measured', 'rate 29.8 % 2005..2010 [] measured']);
    expect(kinds(d)).toEqual(['historical_cagr']);
  });

  it('reads a rate with no level, and a target with no rate', () => {
    const d = draftOf('全省工业增加值年均增长4.8%以上。到2020年，省级以上企业技术中心达到300家以上。');
    expect(lines(d)).toEqual(['rate 4.8 % 2015..2020 [以上] planned', 'level 300 家 2020 [以上] planned']);
    expect(kinds(d)).toEqual([]);
  });

  it('reads a share with its total inside: 占…818.66亿元的27.86 %', () => {
    const d = draftOf('2010年,全市完成工业投资228.05亿元,占全市固定资产投资818.66亿元的27.86 %,比上年增长15.7 %。', { period: '十二五', year: 2012 });
    expect(lines(d)).toEqual([
      'level 228.05 亿元 2010 [] measured',
      'level 818.66 亿元 2010 [] measured',
      'share 27.86 % 2010 [] measured',
      'rate 15.7 % 2009..2010 [] measured',
    ]);
    expect(kinds(d)).toEqual(['share']);
    expect(indicatorName(d, '818.66')).toBe('固定资产投资');
  });

  it('reads a share of a total stated before: 占全部工业增加值的40.6%, with the other scope as a caveat', () => {
    const d = draftOf('2010年，实现规模工业增加值577.65亿元。新兴产业增加值242.62亿元，占全部工业增加值的40.6%。', { period: '十二五', year: 2012 });
    const share = d.plan.relations.find((r) => r.kind === 'share');
    expect(share).toMatchObject({ caveats: ['other_total'] });
  });

  it('reads a points change: 由…上升至…，提高了…个百分点', () => {
    const d = draftOf('全市规模以上工业增加值占GDP的比重由2010年的32.49%提高到2015年的38.89%，提高了6.4个百分点。', { period: '十二五', year: 2011 });
    expect(lines(d)).toEqual(['share 32.49 % 2010 [] measured', 'share 38.89 % 2015 [] computed', 'points 6.4 个百分点 2010..2015 [] computed']);
    expect(kinds(d)).toEqual(['points_change']);
  });

  it('dates 由A提高到B without years of its own by its sentence (由2015年…到2020年…，比重由28.6%提高到39.2%)', () => {
    const d = draftOf('全市数字经济规模由2015年的1,250亿元增长到2020年的2,680亿元，年均增长16.5%，占地区生产总值的比重由28.6%提高到39.2%，提高10.6个百分点。', { period: '十四五', year: 2021 });
    expect(lines(d)).toEqual([
      'level 1250 亿元 2015 [] measured',
      'level 2680 亿元 2020 [] measured',
      'rate 16.5 % 2015..2020 [] measured',
      'share 28.6 % 2015 [] measured',
      'share 39.2 % 2020 [] measured',
      'points 10.6 个百分点 2015..2020 [] measured',
    ]);
    expect(kinds(d)).toEqual(['historical_cagr', 'points_change']);
  });

  it('reads counts in 万个 and a rate written without its % (reported in the figure\'s notes)', () => {
    expect(lines(draftOf('截至2020年底，全市共建成5G基站1.2万个。', { year: 2021, period: '十四五' }))).toEqual(['level 1.2 万个 2020 [] measured']);
    const d = draftOf('到2020年，工业增加值年均增长10，达到1000亿元。');
    expect(lines(d)[0]).toBe('rate 10 % 2015..2020 [] planned');
    expect(d.figures[0]?.notes.join()).toMatch(/no unit/);
  });

  it('reads a cumulative change: 由…下降至…，五年累计下降…% (declines are negative)', () => {
    const d = draftOf('全省单位地区生产总值能耗由2010年的1.78吨标准煤下降至2015年的1.44吨标准煤，五年累计下降19.26%。');
    expect(lines(d)).toEqual([
      'level 1.78 吨标准煤/万元 2010 [] measured',
      'level 1.44 吨标准煤/万元 2015 [] measured',
      'change -19.26 % 2010..2015 [] measured',
    ]);
    expect(kinds(d)).toEqual(['cumulative_change']);
    expect(d.plan.indicators[0]).toMatchObject({ kind: 'intensity', unit: '吨标准煤/万元' });
  });

  it('reads 比“十二五”末下降18% as a change from 2015', () => {
    const d = draftOf('到2020年，规模以上万元工业增加值能耗比“十二五”末下降18%。');
    expect(lines(d)).toEqual(['change -18 % 2015..2020 [] planned']);
  });

  it('reads an annual decline and its cumulative change over the same span', () => {
    const d = draftOf('“十三五”期间，万元GDP能耗年均下降3.5%，五年累计下降16%。');
    expect(lines(d)).toEqual(['rate -3.5 % 2015..2020 [] planned', 'change -16 % 2015..2020 [] planned']);
    expect(kinds(d)).toEqual(['annual_vs_cumulative']);
  });

  it('reads 翻一番 as a multiple of 2 (翻两番 4, 增长两倍 3)', () => {
    const d = draftOf('2015年实现利税330亿元，比2010年翻一番。2010年利税总额162.11亿元。', { period: '十二五', year: 2011 });
    expect(lines(d)).toEqual(['level 330 亿元 2015 [] planned', 'multiple 2 倍 2010..2015 [] planned', 'level 162.11 亿元 2010 [] measured']);
    expect(kinds(d)).toEqual(['multiple']);
    expect(draftOf('到2020年，出口额比2010年翻两番。').plan.figures[0]?.value).toBe('4');
    expect(draftOf('到2020年，出口额比2015年增长两倍。').plan.figures[0]?.value).toBe('3');
  });

  it('reads a cumulative total: …期间完成…亿元，年均增长…', () => {
    const d = draftOf('“十二五”期间完成投资2800亿元，年均增长35%以上。2010年全市完成投资228.05亿元。', { period: '十二五', year: 2012 });
    expect(lines(d)).toEqual(['total 2800 亿元 2011..2015 [] planned', 'rate 35 % 2010..2015 [以上] planned', 'level 228.05 亿元 2010 [] measured']);
    expect(kinds(d)).toEqual(['cumulative_total']);
    expect(d.plan.indicators[0]?.kind).toBe('investment');
  });

  it('reads the parts after a total: 其中 …', () => {
    const d = draftOf('2015年，全市工业增加值1000亿元，其中：甲区400亿元，乙区350亿元，丙区250亿元。');
    expect(kinds(d)).toEqual(['sum']);
    expect(indicatorName(d, '400')).toBe('甲区工业增加值');
    expect(d.plan.relations[0]).toMatchObject({ kind: 'sum', parts: expect.any(Array) });
  });

  it('reads a total after its parts: …共计…', () => {
    const d = draftOf('到2020年，太钢1600亿元、西山600亿元、太重300亿元，三户共计2500亿元。');
    expect(kinds(d)).toEqual(['sum']);
  });

  it('does not read a 其中 list far from its total as a sum, and says so', () => {
    const d = draftOf('到2020年技术中心超过1000户，其中国家级超过35户，省级超过280户。');
    expect(kinds(d)).toEqual([]);
    expect(codes(d)).toContain('parts_not_summed');
  });

  it('reads shares of one total that make up the whole as a sum to 100%', () => {
    const d = draftOf('2015年，四大传统产业投资占工业投资比重为46.9%，新兴产业投资比重为53.1%。');
    expect(d.plan.relations).toMatchObject([{ kind: 'sum', total: '100%' }]);
  });

  it('reads a ratio 7.3:92.7 (its separator may be an unknown glyph) as two shares of the whole', () => {
    for (const sep of [':', '：', '\uE61D']) {
      const d = draftOf(`2015年，我省轻重工业比例为7.3${sep}92.7。`);
      expect(lines(d)).toEqual(['share 7.3 % 2015 [] measured', 'share 92.7 % 2015 [] measured']);
      expect(d.plan.relations).toMatchObject([{ kind: 'sum', total: '100%' }]);
    }
  });

  it('distributes 分别 over the figures before it', () => {
    const d = draftOf('截至2012年底，R&D项目数达到2795个，有效发明专利达到2345件，同比分别增长28.7%和19%。', { period: { from: 2013, to: 2020, base: 2012 }, year: 2014 });
    expect(lines(d).slice(2)).toEqual(['rate 28.7 % 2011..2012 [] measured', 'rate 19 % 2011..2012 [] measured']);
    expect(d.plan.figures[2]?.indicator).toBe(d.plan.figures[0]?.indicator);
    expect(d.plan.figures[3]?.indicator).toBe(d.plan.figures[1]?.indicator);
  });
});

describe('extractPlan: numbers, units and qualifiers as published', () => {
  it('reads thousands separators, full-width digits, Traditional script and ranges', () => {
    const d = draftOf('力爭到2020年，全省規模以上工業增加值突破１，２００億元，年均增長６.５%－７%。');
    expect(lines(d)).toEqual(['level 1200 亿元 2020 [力争+突破] planned', 'rate 6.5-7 % 2015..2020 [力争] planned']);
  });

  it('reads Chinese numerals with 千, 万 and 亿 (两千亿元, 一亿二千万元)', () => {
    expect(lines(draftOf('2019年全市完成固定资产投资两千亿元。', { year: 2020 }))[0]).toBe('level 2000 亿元 2019 [] measured');
    expect(lines(draftOf('到2020年，研发投入达到一亿二千万元。'))[0]).toBe('level 120000000 元 2020 [] planned');
  });

  it('reads count ranges (3-5家) and 余/多/近/约/左右', () => {
    expect(lines(draftOf('到2020年，形成3-5家铝产业链配套的大型企业集团。'))).toEqual(['level 3-5 家 2020 [] planned']);
    expect(lines(draftOf('到2020年，三级企业技术中心达到600余户。'))).toEqual(['level 600 户 2020 [余] planned']);
    expect(lines(draftOf('到2020年，节能环保产业收入达到2000亿元左右。'))).toEqual(['level 2000 亿元 2020 [左右] planned']);
    expect(lines(draftOf('2015年，中小微企业创造了全省约65%的发明专利。'))).toEqual(['share 65 % 2015 [约] measured']);
  });

  it('puts 预计 and 测算 on the figures they govern, and 力争 on planned figures only', () => {
    const d = draftOf('到2020年，电力装机容量预计达到1.3亿千瓦，外送电能力达到6000万千瓦。');
    expect(lines(d)).toEqual(['level 1.3 亿千瓦 2020 [预计] computed', 'level 6000 万千瓦 2020 [] planned']);
    const e = draftOf('按全市计划年平均增长25%测算,到2015年全市工业增加值达到1764亿元。', { period: '十二五', year: 2012 });
    expect(lines(e)).toEqual(['rate 25 % 2010..2015 [] planned', 'level 1764 亿元 2015 [测算] computed']);
    const f = draftOf('力争达到以下目标：\n——专利拥有量在2015年2345件的基础上，年均增长10%，到2020年达到5000件以上。');
    expect(lines(f)).toEqual(['level 2345 件 2015 [] measured', 'rate 10 % 2015..2020 [力争] planned', 'level 5000 件 2020 [力争+以上] planned']);
  });

  it('dates figures by 截至…底, “十二五”末, 比上年 and the section they stand in', () => {
    expect(lines(draftOf('截至2015年底，全省共有中小微企业18.25万户。'))).toEqual(['level 18.25 万户 2015 [] measured']);
    expect(lines(draftOf('“十二五”末，全省从业人员达到45万人。'))).toEqual(['level 45 万人 2015 [] measured']);
    expect(lines(draftOf('2019年，全市利税总额162.11亿元，比上年增长12.7%。', { year: 2020 })).at(-1)).toBe('rate 12.7 % 2018..2019 [] measured');
    const d = draftOf('一、发展现状\n全省共有规模以上企业741家。\n二、发展目标\n全省规模以上企业达到900家。');
    expect(lines(d)).toEqual(['level 741 家 2015 [] measured', 'level 900 家 2020 [] planned']);
  });

  it('reads a figure after its number when it counts things (5个国家级企业技术中心)', () => {
    const d = draftOf('“十二五”末，全省共拥有5个国家级企业技术中心、39个省级企业技术中心。', { period: '十三五' });
    expect(lines(d)).toEqual(['level 5 个 2015 [] measured', 'level 39 个 2015 [] measured']);
    expect(indicatorName(d, '39')).toBe('省级企业技术中心');
  });

  it('leaves thresholds, specifications, quotas, codes and benchmarks out, and reports them', () => {
    const text =
      '年销售收入20亿元以上节能环保企业10家。推进年产60万吨烯烃项目。每位市领导包10户企业。推进4G网络建设。工业增加值率仅为23%，低于全国同期值4.9个百分点。';
    const d = draftOf(text);
    expect(lines(d)).toEqual(['level 10 家 2020 [] planned', 'level 23 % 2020 [] planned']);
    expect(codes(d).filter((c) => c === 'not_a_figure').length).toBeGreaterThanOrEqual(4);
  });

});

describe('extractPlan: the relation kinds added to the plan format (kinds.ts)', () => {
  it('knows which kinds and figure types the format has, at run time', () => {
    expect(relationKindAvailable('growth_target', ['base', 'rate', 'target'])).toBe(true);
    expect(relationKindAvailable('growth_target', ['base', 'nonsense'])).toBe(false);
    expect(relationKindAvailable('no_such_kind')).toBe(false);
    for (const [kind, slots] of Object.entries(COMING_RELATIONS)) expect(relationKindAvailable(kind, slots)).toBe(true);
    expect(figureTypeAvailable('level')).toBe(true);
    expect(figureTypeAvailable('nonsense')).toBe(false);
    expect(COMING_FIGURE_TYPES.every((t) => figureTypeAvailable(t))).toBe(true);
    expect(slotTakesList('sum', 'parts')).toBe(true);
    expect(slotTakesList('share', 'part')).toBe(true);
    expect(slotTakesList('growth_target', 'base')).toBe(false);
  });

  it.each([
    ['rate_multiple', '到2020年，工业增加值年均增长15%，实现翻一番。', '十三五'],
    ['absolute_change', '2015年，全市财政收入达到500亿元，比2010年增加120亿元。2010年全市财政收入380亿元。', '十二五'],
    ['average_total', '“十二五”期间，全市完成投资2800亿元，年均投资560亿元。', '十二五'],
    ['average_total', '“十二五”期间，年均新增城镇就业12万人，累计新增城镇就业60万人。', '十二五'],
    ['annual_points', '到2020年，新兴产业增加值占比达到30%，提高4.5个百分点，年均提高0.9个百分点。', '十三五'],
    ['target_gap', '到2015年，森林覆盖率达到35%。2015年，森林覆盖率达到36.5%，超过规划目标1.5个百分点。', '十二五'],
  ])('reads a %s phrasing', (kind, text, period) => {
    const d = draftOf(text, { period, year: period === '十二五' ? 2011 : 2016 });
    expect(kinds(d)).toEqual([kind]);
    expect(codes(d)).not.toContain('relation_unavailable');
  });

  it('reads the figures of the added types with their years (an average over its years, an increase from the year before)', () => {
    const d = draftOf('“十二五”期间，年均新增城镇就业12万人，累计新增城镇就业60万人。', { period: '十二五', year: 2011 });
    expect(lines(d)).toEqual(['average_increase 12 万人 2011..2015 [] planned', 'increase 60 万人 2010..2015 [] planned']);
    expect(lines(draftOf('“十二五”期间，全市完成投资2800亿元，年均投资560亿元。', { period: '十二五', year: 2011 }))[1]).toBe('average 560 亿元 2011..2015 [] planned');
    expect(d.plan.indicators[0]).toMatchObject({ unit: '万人' });
  });

  it('marks a multiple written as a doubling phrase (翻一番) as a doubling', () => {
    const d = draftOf('2015年实现利税330亿元，比2010年翻一番。', { period: '十二五', year: 2011 });
    expect(d.plan.figures.find((f) => f.type === 'multiple')).toMatchObject({ value: '2', doubling: true });
  });

  it('reads a share of a sum of listed parts (897、422、308、228、313亿元，占…的77.4%)', () => {
    const d = draftOf('2015年，全市完成工业投资2800亿元，五个开发区完成投资897、422、308、228、313亿元，占全市工业投资的77.4%。', { period: '十二五', year: 2011 });
    const share = d.plan.relations.find((r) => r.kind === 'share');
    expect(share).toMatchObject({ part: expect.arrayContaining([expect.any(String)]) });
    expect((share as { part: readonly string[] }).part).toHaveLength(5);
  });

  it('reads a level pair: a measured base-year level and a planned target-year level, and no rate', () => {
    const d = draftOf('2010年，全市主营业务收入1042.4亿元。到2015年，全市主营业务收入达到3500亿元。', { period: '十二五', year: 2011 });
    expect(kinds(d)).toEqual(['level_pair']);
    expect(kinds(draftOf('2010年，全市主营业务收入1042.4亿元。到2015年，全市主营业务收入达到3500亿元，年均增长27.4%。', { period: '十二五', year: 2011 }))).toEqual(['growth_target']);
  });
});

describe('extractPlan: annual plans, reviews and units outside the table', () => {
  it('reads an annual plan: one year, issued that year; last year measured, this year planned', () => {
    const d = extractPlan('西安市2024年国民经济和社会发展计划\n一、2023年计划执行情况\n全市生产总值完成1200亿元，比上年增长5.5%。\n二、2024年主要预期目标\n全市生产总值增长6%左右，居民消费价格涨幅控制在3%左右。');
    expect(d.plan.period).toEqual({ from: 2024, to: 2024, base: 2023 });
    expect(d.plan.year).toBe(2024);
    expect(d.identity.year).toBe('text');
    expect(lines(d)).toEqual([
      'level 1200 亿元 2023 [] measured',
      'rate 5.5 % 2022..2023 [] measured',
      'rate 6 % 2023..2024 [左右] planned',
      'rate 3 % 2023..2024 [左右] planned',
    ]);
    // 涨幅 is a rate; a price level is an index.
    expect(d.plan.indicators.find((i) => i.name === '居民消费价格')).toMatchObject({ kind: 'index', unit: '点' });
  });

  it('reads a review with no targets: from its earliest year to its latest, issued the year after', () => {
    const d = extractPlan('2017年，全市地区生产总值达到3000亿元，是2012年的1.6倍，年均增长8.5%。');
    expect(d.plan.period).toEqual({ from: 2013, to: 2017, base: 2012 });
    expect(d.plan.year).toBe(2018);
    expect(lines(d)).toEqual(['level 3000 亿元 2017 [] measured', 'multiple 1.6 倍 2012..2017 [] measured', 'rate 8.5 % 2012..2017 [] measured']);
    expect(kinds(d)).toEqual(['rate_multiple']);
  });

  it('dates 今年, 去年 and 明年 by the year of issue', () => {
    const d = extractPlan('去年全市生产总值增长6.8%。今年全市生产总值增长7%，明年力争增长7.5%。', { year: 2019, period: { from: 2019, to: 2019, base: 2018 } });
    expect(lines(d)).toEqual(['rate 6.8 % 2017..2018 [] measured', 'rate 7 % 2018..2019 [] planned', 'rate 7.5 % 2019..2020 [力争] planned']);
    expect(new Set(d.plan.indicators.map((i) => i.name))).toEqual(new Set(['生产总值']));
  });

  it('reads the three sectors of a ratio written after 调整为', () => {
    const d = draftOf('到2020年，三次产业结构调整为5:45:50。');
    expect(lines(d)).toEqual(['share 5 % 2020 [] planned', 'share 45 % 2020 [] planned', 'share 50 % 2020 [] planned']);
    expect(d.plan.indicators.map((i) => i.name)).toEqual(['第一产业比重', '第二产业比重', '第三产业比重']);
    expect(kinds(d)).toEqual(['sum']);
  });

  it('puts 力争 and 争创 on the figures of their clause, and leaves them out of the names', () => {
    const d = draftOf('到2020年，力争实现地区生产总值1000亿元，争创国家级园区2个。');
    expect(lines(d)).toEqual(['level 1000 亿元 2020 [力争] planned', 'level 2 个 2020 [力争] planned']);
    expect(d.plan.indicators.map((i) => i.name)).toEqual(['地区生产总值', '国家级园区']);
  });

  it('declares the units outside the table that the text writes (亿斤, 台/万人) and the plan loads', () => {
    const d = draftOf('2015年全市粮食总产量52.5亿斤。到2020年，全市每万人拥有医疗设备360台/万人。');
    expect(lines(d)).toEqual(['level 52.5 亿斤 2015 [] measured', 'level 360 台/万人 2020 [] planned']);
    expect(d.plan.units).toEqual([
      { symbol: '亿斤', base: '斤', factor: '100000000' },
      { symbol: '台/万人', base: '台/万人', factor: '1' },
    ]);
    expect(d.plan.indicators.map((i) => i.kind)).toEqual(['quantity', 'quantity']);
    expect(validatePlan(d.plan).filter((i) => i.severity === 'error')).toEqual([]);
  });
});

describe('extractPlan: what a second set of unseen texts taught (spaced numbers, untitled reports, lists)', () => {
  it('reads an untitled annual report with spaces around its numbers, dated by its headings', () => {
    const d = extractPlan(
      '一、2024 年工作回顾\n过去一年，国内生产总值达 134.9 万亿元，增长 5%，外汇储备超过 3.2 万亿美元，粮食产量跃上 1.4 万亿斤新台阶，亩产提升 10.1 斤，单位国内生产总值能耗降幅超过 3%。\n二、2025 年主要预期目标\n今年国内生产总值增长 5%左右。',
    );
    expect(d.plan.period).toEqual({ from: 2025, to: 2025, base: 2024 });
    expect(d.plan.year).toBe(2025);
    expect(lines(d)).toEqual([
      'level 134.9 万亿元 2024 [] measured',
      'rate 5 % 2023..2024 [] measured',
      'level 3.2 万亿美元 2024 [超过] measured',
      'level 1.4 万亿斤 2024 [] measured',
      'increase 10.1 斤 2023..2024 [] measured',
      'change -3 % 2023..2024 [超过] measured',
      'rate 5 % 2024..2025 [左右] planned',
    ]);
    expect(d.plan.units).toContainEqual({ symbol: '万亿美元', base: '美元', factor: '1000000000000' });
    expect(d.plan.indicators.map((i) => i.name)).toEqual(['国内生产总值', '外汇储备', '粮食产量', '亩产', '单位国内生产总值能耗']);
  });

  it('carries a bound written once over a list (分别突破8.5万亿元、13万元), and names a share\'s part only by its own words', () => {
    const d = draftOf('到2020年，全省生产总值、人均生产总值分别突破8.5万亿元、13万元，数字经济增加值占生产总值比重达到60%左右。');
    expect(lines(d)).toEqual(['level 8.5 万亿元 2020 [突破] planned', 'level 13 万元 2020 [突破] planned', 'share 60 % 2020 [左右] planned']);
    expect(kinds(d)).toEqual([]);
  });

  it('reads 倍增 as a doubling, not in the name of a programme, and splits 分别 over names joined in one', () => {
    const d = extractPlan('到2027年，高新技术企业和科技型企业在2022年的基础上实现“双倍增”，分别超过90家和870家。实施“双倍增”行动计划和企业倍增计划。', {
      year: 2023,
      period: { from: 2023, to: 2027, base: 2022 },
    });
    expect(lines(d)).toEqual(['multiple 2 倍 2022..2027 [] planned', 'level 90 家 2027 [超过] planned', 'level 870 家 2027 [超过] planned']);
    expect(d.plan.figures[0]?.doubling).toBe(true);
    expect(d.plan.indicators.map((i) => i.name)).toEqual(['高新技术企业和科技型企业', '高新技术企业', '科技型企业']);
  });

  it('reads a review whose only 到YYYY年 is 增加到: no targets, its earliest year to its latest', () => {
    const d = extractPlan('全市生产总值从2013年的1130.5亿元增加到2017年的1585.5亿元，年均增长9%。');
    expect(d.plan.period).toEqual({ from: 2014, to: 2017, base: 2013 });
    expect(lines(d)).toEqual(['level 1130.5 亿元 2013 [] measured', 'level 1585.5 亿元 2017 [] measured', 'rate 9 % 2013..2017 [] measured']);
    expect(kinds(d)).toEqual(['historical_cagr']);
  });

  it('reads an amount after a verb of change as an increase over the plan\'s span', () => {
    expect(lines(draftOf('到2020年，全市工业增加值增加1000亿元，工业用水量减少20万吨。'))).toEqual([
      'increase 1000 亿元 2015..2020 [] planned',
      'increase -20 万吨 2015..2020 [] planned',
    ]);
  });
});

describe('extractPlan: the plan it gives', () => {
  it('infers the identity from the text: title line, issuer, date of issue, period', () => {
    const text = '山西省经济和信息化委员会\n关于印发山西省工业创新行动方案（2014-2020年）的通知\n晋经信技术字〔2014〕319号\n山西省经济和信息化委员会\n2014年9月10日\n在2012年928.4亿元的基础上，新产品销售收入年均增长10%，到2020年达到2000亿元。';
    const d = extractPlan(text);
    expect(d.plan).toMatchObject({ title: '山西省工业创新行动方案（2014-2020年）', issuer: '山西省经济和信息化委员会', year: 2014, period: { from: 2013, to: 2020, base: 2012 } });
    expect(d.plan.source.date).toBe('2014-09-10');
    expect(d.identity).toMatchObject({ title: 'text', issuer: 'text', year: 'text', period: 'text', date: 'text', id: 'default' });
  });

  it('takes the identity from the options first, and reports the defaults it had to use', () => {
    const d = extractPlan('到2020年，收入达到100亿元。', { id: 'my-plan', title: '某规划', issuer: '某市人民政府', year: 2016, period: '十三五', document: 'a.txt' });
    expect(d.plan).toMatchObject({ id: 'my-plan', title: '某规划', issuer: '某市人民政府', year: 2016, source: { document: 'a.txt' } });
    expect(codes(d)).not.toContain('identity_default');
    expect(codes(extractPlan('收入达到100亿元。'))).toContain('identity_default');
  });

  it('gives a plan that validates, with indicator ids of [a-z0-9_]', () => {
    const d = draftOf('2015年，全省信息产业实现收入952.9亿元。到2020年，全省信息产业主营业务收入达到1700亿元，年均增长11%。');
    expect(validatePlan(d.plan)).toEqual([]);
    expect(d.plan.indicators.every((i) => /^[a-z0-9_]+$/.test(i.id))).toBe(true);
    expect(kinds(d)).toEqual(['growth_target']);
  });

  it('keeps a figure stated twice once, with the second statement as a repeat', () => {
    const d = draftOf('2012年，新产品销售收入达到928.4亿元。新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上。');
    expect(d.plan.figures.filter((f) => f.value === '928.4')).toHaveLength(1);
    expect(d.figures[0]?.repeats).toHaveLength(1);
    expect(codes(d)).toContain('merged_repeat');
    expect(d.plan.relations[0]).toMatchObject({ base: d.plan.figures[0]?.id });
  });

  it('quotes every figure and relation verbatim, and gives spans that quote the text', () => {
    const text = '2010年,全市完成工业投资228.05亿元,占全市固定资产投资818.66亿元的27.86 %。到2015年，工业投资达到800亿元，年均增长28.5%。';
    const d = draftOf(text, { period: '十二五', year: 2012 });
    for (const f of d.plan.figures) expect(text).toContain(f.quote);
    for (const r of d.plan.relations) expect(text).toContain(r.quote);
    for (const s of [...d.figures.flatMap((f) => [f.span, f.number, ...f.repeats.flatMap((r) => [r.span, r.number])]), ...d.relations.map((r) => r.span), ...d.issues.map((i) => i.span)]) {
      expect(text.slice(s.start, s.end)).toBe(s.quote);
    }
  });

  it('leaves out figures and relations below minConfidence, and reports each', () => {
    const text = '到2020年，全省产学研合作示范基地达到10个。培育30个以上企业技术创新团队。';
    const all = draftOf(text, { minConfidence: 0 });
    const strict = draftOf(text, { minConfidence: 0.99 });
    expect(strict.plan.figures).toEqual([]);
    expect(codes(strict).filter((c) => c === 'low_confidence')).toHaveLength(all.plan.figures.length);
  });

  it('gives an empty plan, not an error, for text without figures', () => {
    for (const text of ['', '   ', '没有数字的文字。', '\u0000\uFFFF', '%%%%年年年']) {
      const d = extractPlan(text);
      expect(d.plan.figures).toEqual([]);
      expect(parsePlan(JSON.stringify(d.plan), { format: 'json' }).ok).toBe(true);
    }
  });
});

describe('extractPlan: options are contracts', () => {
  it('throws invalid_option for malformed options and invalid_period for an unknown period name', () => {
    expect(codeOf(() => extractPlan('x', { id: 'Bad Id' }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { year: 1800 }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { year: 2015.5 }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { minConfidence: 2 }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { minConfidence: Number.NaN }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { date: '2014/09/10' }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { title: '' }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { period: { from: 2016, to: 2015, base: 2015 } }))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', { period: '十六五' }))).toBe('invalid_period');
    expect(codeOf(() => extractPlan(42 as unknown as string))).toBe('invalid_option');
    expect(codeOf(() => extractPlan('x', null as unknown as undefined))).toBe('invalid_option');
  });

  it('never throws anything but GrowthError, and only for options', () => {
    expect(() => extractPlan('x', { id: 'Bad Id' })).toThrow(GrowthError);
  });
});

describe('extractPlan: properties', () => {
  /** Plan-like text: fragments of plan prose, numbers, units, qualifiers, years and punctuation. */
  const pieces = fc.constantFrom(
    '到2020年', '2015年', '“十二五”末', '十三五期间', '截至2013年底', '比上年', '在2012年', '的基础上', '年均增长', '年均下降',
    '累计下降', '提高了', '个百分点', '占', '的', '全市', '工业增加值', '主营业务收入', '达到', '其中', '分别', '共计', '翻一番',
    '以上', '左右', '超过', '余', '约', '预计', '力争', '亿元', '万吨', '户', '家', '%', '％', '，', '、', '；', '。', '：', '\n',
    '(', ')', '（', '“', '”', '《', '》', '〔2014〕', '1,042.4', '928.4', '10', '6.5%–7%', '3-5', '两千', '一亿二千万', '二O一二年',
    '億元', '７.３', '\uE61D', '—', '-', ' ', '0', '99999999999999999999',
  );
  const planLike = fc.array(fc.oneof(pieces, fc.string({ maxLength: 4 }), fc.integer({ min: 0, max: 100000 }).map(String)), { maxLength: 60 }).map((a) => a.join(''));
  const anyText = fc.oneof(planLike, fc.string({ maxLength: 200 }), fc.string({ maxLength: 200, unit: 'binary' }));

  it('never throws on any string, and every span lies inside the input and quotes it', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const d = extractPlan(text);
        const spans = [...d.figures.flatMap((f) => [f.span, f.number, ...f.repeats.flatMap((r) => [r.span, r.number])]), ...d.relations.map((r) => r.span), ...d.issues.map((i) => i.span)];
        for (const s of spans) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(text.length);
          expect(s.start).toBeLessThanOrEqual(s.end);
          expect(text.slice(s.start, s.end)).toBe(s.quote);
        }
        for (const f of d.plan.figures) expect(text.includes(f.quote ?? '\u0000never')).toBe(true);
        for (const c of d.figures.map((f) => f.confidence)) expect(c >= 0 && c <= 1).toBe(true);
      }),
      { seed: 42, numRuns: 400 },
    );
  });

  it('always gives a plan that validates', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        const d = extractPlan(text);
        expect(validatePlan(d.plan).filter((i) => i.severity === 'error')).toEqual([]);
        expect(d.figures.map((f) => f.id)).toEqual(d.plan.figures.map((f) => f.id));
        expect(d.relations.map((r) => r.id)).toEqual(d.plan.relations.map((r) => r.id));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('does not change its input, and gives the same draft twice (deterministic)', () => {
    fc.assert(
      fc.property(planLike, (text) => {
        const options = Object.freeze({ minConfidence: 0.2 });
        expect(extractPlan(text, options)).toEqual(extractPlan(text, options));
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('gives fewer figures for a higher minConfidence (monotone)', () => {
    fc.assert(
      fc.property(planLike, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (text, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(extractPlan(text, { minConfidence: hi }).plan.figures.length).toBeLessThanOrEqual(extractPlan(text, { minConfidence: lo }).plan.figures.length);
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});

describe('extractPlan: reviews written over a span of years (2016—2020年, 2013年至2021年)', () => {
  const review = { year: 2022, period: { from: 2021, to: 2025, base: 2020 } };

  it('dates 从A增长到B under a span at its two ends, and reads the rate between them, marked for checking', () => {
    const d = draftOf('2016—2019年，全市社会消费品零售总额从820亿元增加到1010亿元，年均增长7.2%。', review);
    expect(lines(d)).toEqual(['level 820 亿元 2016 [] measured', 'level 1010 亿元 2019 [] measured', 'rate 7.2 % 2016..2019 [] measured']);
    expect(kinds(d)).toEqual(['historical_cagr']);
    const rate = d.figures[d.plan.figures.findIndex((f) => f.value === '7.2')];
    expect(rate?.notes.join(' ')).toMatch(/check/);
    expect(rate?.confidence).toBeLessThan(0.9);
  });

  it('reads a rate over a span with no levels over its years of growth, from the year before the span', () => {
    const d = draftOf('2013年至2017年，全区农村居民人均可支配收入年均增长9.1%。', review);
    expect(lines(d)).toEqual(['rate 9.1 % 2012..2017 [] measured']);
  });

  it('reads a bare change under a span as the change over it, and an undated level as its last year', () => {
    const d = draftOf('2016-2020年，全省规模以上工业企业研发经费增长41.5%，研发人员达到12.6万人。', review);
    expect(lines(d)).toEqual(['change 41.5 % 2015..2020 [] measured', 'level 12.6 万人 2020 [] measured']);
  });

  it('reads a span written with a full-width tilde (2021～2025年) as a plan\'s span: a total over it is planned', () => {
    const d = draftOf('2021～2025年，全市累计完成固定资产投资5000亿元。', { year: 2021, period: '十四五' });
    expect(lines(d)).toEqual(['total 5000 亿元 2021..2025 [] planned']);
  });

  it('dates 由A增加到B over a five-year period at its base year and its last year', () => {
    const d = draftOf('“十三五”期间，全市进出口总额由356亿元增加到512亿元。', review);
    expect(lines(d)).toEqual(['level 356 亿元 2015 [] measured', 'level 512 亿元 2020 [] measured']);
  });
});

describe('extractPlan: the year of issue of a review', () => {
  it('reads a title dated at its end (…回顾（2023年6月）) as the title and the year of issue', () => {
    const d = extractPlan('全省商贸流通发展回顾（2023年6月）\n\n2022年，全省社会消费品零售总额达到1.2万亿元。到2025年，全省社会消费品零售总额达到1.5万亿元。');
    expect(d.plan.title).toBe('全省商贸流通发展回顾（2023年6月）');
    expect(d.plan.year).toBe(2023);
    expect(d.identity.year).toBe('text');
    expect(lines(d)).toEqual(['level 1.2 万亿元 2022 [] measured', 'level 1.5 万亿元 2025 [] planned']);
  });

  it('reads a text whose targets are said to be met (目标任务如期完成) as a review, issued after its latest year', () => {
    const d = extractPlan('“十三五”时期，全市各项主要目标任务如期完成。“十三五”期间，全市地区生产总值由1200亿元增加到1650亿元。截至2020年底，全市高新技术企业达到380家。');
    expect(d.plan.year).toBe(2021);
    expect(lines(d)).toEqual(['level 1200 亿元 2015 [] measured', 'level 1650 亿元 2020 [] measured', 'level 380 家 2020 [] measured']);
  });
});

describe('extractPlan: names and cues of reviews', () => {
  const review = { year: 2024, period: { from: 2021, to: 2025, base: 2020 } };

  it('gives the measure written once after a 和-list to each name, and a later 占…比重分别 the same names', () => {
    const d = draftOf('2019—2023年，新能源汽车和智能网联汽车产值分别年均增长21.4%和18.2%，占全市汽车产业比重分别提高到31.5%和12.7%。', review);
    expect(d.plan.indicators.map((i) => i.name)).toEqual(['新能源汽车产值', '智能网联汽车产值', '新能源汽车产值占全市汽车产业比重', '智能网联汽车产值占全市汽车产业比重']);
    expect(lines(d)).toEqual(['rate 21.4 % 2018..2023 [] measured', 'rate 18.2 % 2018..2023 [] measured', 'share 31.5 % 2023 [] measured', 'share 12.7 % 2023 [] measured']);
  });

  it('reads 平均增速 over a period as its annual rate (not 两年平均), and a period in single quotes inside a quotation', () => {
    const d = draftOf('“十三五”时期，全市规上工业增加值平均增速达到了7.6%。“‘十三五’期间，全省粮食产量由3200万吨增加到3450万吨。”', review);
    expect(lines(d)).toEqual(['rate 7.6 % 2015..2020 [] measured', 'level 3200 万吨 2015 [] measured', 'level 3450 万吨 2020 [] measured']);
  });
});

describe('extractPlan: what is not a figure in an evaluation', () => {
  it('leaves out a comparison with the world and the tally of the plan\'s own indicators, and reports them', () => {
    const d = draftOf('全区农业增加值年均增长3.1%，高于同期世界1.8%和周边地区2.2%的平均增长水平。规划提出的25项主要指标中，21项基本符合预期，3项指标快于预期。', {
      year: 2023,
      period: { from: 2021, to: 2025, base: 2020 },
    });
    expect(lines(d)).toEqual(['rate 3.1 % 2020..2025 [] planned']);
    expect(codes(d).filter((c) => c === 'not_a_figure')).toHaveLength(5);
  });
});

describe('extractPlan: a review paragraph under a period', () => {
  const review = { year: 2021, period: '十三五' };

  it('dates 由A增加到B with no year by the period its paragraph named, and drops 我国 from names', () => {
    const d = draftOf('“十三五”时期，我国软件业务收入平均增速达到了13.1%。软件业务收入由约4.3万亿元增加到8.2万亿元。', review);
    expect(lines(d)).toEqual(['rate 13.1 % 2015..2020 [] measured', 'level 4.3 万亿元 2015 [约] measured', 'level 8.2 万亿元 2020 [] measured']);
    expect(d.plan.indicators.map((i) => i.name)).toEqual(['软件业务收入']);
  });

  it('leaves out a tally written 基本符合或快于预期', () => {
    const d = draftOf('纲要确定的18项指标中，15项基本符合或快于预期。', review);
    expect(lines(d)).toEqual([]);
  });
});
