import { describe, expect, it } from 'vitest';
import { extractPlan } from '../../src/text/index.js';
import { lines } from './helpers.js';

describe('extractPlan: a date of issue opening a longer line (the 题注 of a report)', () => {
  it('reads （2024年1月18日在…会议上） as the date of issue: the year before it is measured', () => {
    const d = extractPlan('（2024年1月18日在某市第十届人民代表大会第二次会议上）\n\n各位代表：\n\n一、2023年工作回顾\n\n全年实现社会消费品零售总额812.6亿元，增长6.5%。');
    expect(d.plan.year).toBe(2024);
    expect(d.plan.source.date).toBe('2024-01-18');
    expect(d.identity.year).toBe('text');
    expect(lines(d)).toEqual(['level 812.6 亿元 2023 [] measured', 'rate 6.5 % 2022..2023 [] measured']);
  });

  it('reads ——二〇一九年三月在…上 (a month without its day) as the year of issue alone', () => {
    const d = extractPlan('——二〇一九年三月在全县经济工作会议上的讲话\n\n2018年，全县粮食产量达到45.2万吨。');
    expect(d.plan.year).toBe(2019);
    expect(d.plan.source.date).toBeUndefined();
    expect(lines(d)).toEqual(['level 45.2 万吨 2018 [] measured']);
  });

  it('does not read a date inside a sentence as a date of issue', () => {
    const d = extractPlan('某县工业发展规划\n\n2020年5月在全县推广试点经验，全县规模以上工业企业达到120家。');
    expect(d.plan.source.date).toBeUndefined();
    expect(d.identity.year).toBe('default');
  });
});

describe('extractPlan: a review that names its span in words (这五年, 过去五年, 五年来)', () => {
  it('reads 过去五年 in a report of 2023 as 2017..2022: its rates, changes and points over it, its undated levels at its end', () => {
    const d = extractPlan(
      '（2023年1月12日在某市第九届人民代表大会第一次会议上）\n\n过去五年，我们稳中求进。全市地区生产总值年均增长6.2%，规模以上工业增加值增长38.4%，研发经费投入强度提高0.9个百分点、达到2.4%。',
    );
    expect(lines(d)).toEqual([
      'rate 6.2 % 2017..2022 [] measured',
      'change 38.4 % 2017..2022 [] measured',
      'points 0.9 个百分点 2017..2022 [] measured',
      'level 2.4 % 2022 [] measured',
    ]);
  });

  it('reads what was done over 五年来 (关闭, 淘汰, 累计, 完成投资) as totals over the span, and 比2017年 over it', () => {
    const d = extractPlan(
      '（2023年2月8日在某县人民代表大会上）\n\n五年来，全县淘汰落后产能企业36家，累计建成高标准农田12.5万亩，城镇居民人均可支配收入比2017年增长41.2%。',
    );
    expect(lines(d)).toEqual(['total 36 家 2018..2022 [] measured', 'total 12.5 万亩 2018..2022 [] measured', 'change 41.2 % 2017..2022 [] measured']);
  });

  it('ends the span of a report given in December in its own year, and its results of that year are measured', () => {
    const d = extractPlan('2022年12月20日\n在某区第五届人民代表大会第一次会议上\n\n这五年，全区社会消费品零售总额年均增长7.5%，新增城镇就业3.2万人。');
    expect(d.plan.year).toBe(2022);
    expect(lines(d)).toEqual(['rate 7.5 % 2017..2022 [] measured', 'increase 3.2 万人 2017..2022 [] measured']);
  });

  it('holds the span to its paragraph, and does not read 十五年来 as 五年来', () => {
    const d = extractPlan(
      '（2023年1月12日在某市人民代表大会上）\n\n过去五年，全市粮食产量增长8.2%。\n\n2022年，全市粮食产量增长1.2%。十五年来，全市森林覆盖率提高9.5个百分点。',
    );
    expect(lines(d)).toEqual(['change 8.2 % 2017..2022 [] measured', 'rate 1.2 % 2021..2022 [] measured', 'points 9.5 个百分点 2021..2022 [] measured']);
  });
});

describe('extractPlan: what a review of one year did', () => {
  const report = { year: 2024, period: { from: 2024, to: 2024, base: 2023 } };

  it('reads 新增 and its object before a number (新增孵化器12个) as the increase over the year reviewed', () => {
    const d = extractPlan('一、2023年工作回顾\n\n全年新增省级专精特新企业46家，新增高新技术企业120家。', report);
    expect(lines(d)).toEqual(['increase 46 家 2022..2023 [] measured', 'increase 120 家 2022..2023 [] measured']);
  });

  it('reads an amount listed after such an increase by a bare noun (、孵化面积35.2万平方米) as an increase, not one with a verb (、营业收入达到12亿元)', () => {
    const d = extractPlan('一、2023年工作回顾\n\n全年新增孵化器12个、孵化面积35.2万平方米，新增企业86家、营业收入达到12亿元。', report);
    expect(lines(d)).toEqual([
      'increase 12 个 2022..2023 [] measured',
      'increase 35.2 万平方米 2022..2023 [] measured',
      'increase 86 家 2022..2023 [] measured',
      'level 12 亿元 2023 [] measured',
    ]);
  });
});

describe('extractPlan: a count of the things a later figure is about', () => {
  const report = { year: 2024, period: { from: 2024, to: 2024, base: 2023 } };

  it('leaves out the count in 86个省重点项目完成投资312.5亿元 and 42个村…总收入达到960万元以上, and keeps the figure', () => {
    const d = extractPlan('2023年，86个省重点项目完成投资312.5亿元。全县42个行政村集体经济总收入达到960万元以上。', report);
    expect(lines(d)).toEqual(['level 312.5 亿元 2023 [] measured', 'level 960 万元 2023 [以上] measured']);
    expect(d.issues.filter((i) => i.code === 'not_a_figure').map((i) => i.message.slice(0, 4))).toEqual(['86个:', '42个:']);
  });

  it('keeps a count whose later number describes the things counted (…超100亿元的企业), and counts in a list', () => {
    const d = extractPlan('到2025年，培育10家营业收入超100亿元的企业，建成研发中心30个和技术中心15个。', { year: 2023, period: '十四五' });
    expect(lines(d)).toEqual(['level 10 家 2025 [] planned', 'level 30 个 2025 [] planned', 'level 15 个 2025 [] planned']);
  });
});

describe('extractPlan: milestones and per-unit floors are not figures', () => {
  const report = { year: 2024, period: { from: 2024, to: 2024, base: 2023 } };

  it('leaves out amounts followed by a count of milestones (跨越2000亿元、3000亿元两个台阶) and keeps a later 突破 with its qualifier', () => {
    const d = extractPlan('2023年，全市工业总产值先后跨越2000亿元、3000亿元两个台阶，全市工业总产值突破3000亿元。', report);
    expect(lines(d)).toEqual(['level 3000 亿元 2023 [突破] measured']);
  });

  it('leaves out a floor every unit reached (均达到, 全部达) and the amounts listed after it', () => {
    const d = extractPlan('2023年，全县所有乡镇污水处理率均达到85%，32个脱贫村集体收入全部达10万元、15万元，全县污水处理率达到91.2%。', report);
    expect(lines(d)).toEqual(['level 91.2 % 2023 [] measured']);
  });
});

describe('extractPlan: a plan period a review reports as ended', () => {
  it('reads a bare 增长/下降 under “十三五”时期 in a report of 2021 as the change over 2015..2020, and 近年来 as no span', () => {
    const d = extractPlan(
      '（2021年2月1日在某市人民代表大会上）\n\n“十三五”时期，全市规上工业增加值增长38.4%，PM2.5浓度下降28.1%。近年来，全市粮食产量增长3.2%。',
    );
    expect(lines(d)).toEqual(['change 38.4 % 2015..2020 [] measured', 'change -28.1 % 2015..2020 [] measured', 'rate 3.2 % 2019..2020 [] measured']);
  });

  it('keeps a bare 增长 under a period still ahead a one-year rate (a plan of 2021 for “十四五”)', () => {
    const d = extractPlan('（2021年3月1日在某市人民代表大会上）\n\n“十四五”期间，全市规上工业增加值增长40%。');
    expect(lines(d).map((l) => l.split(' ')[0])).toEqual(['rate']);
  });
});
