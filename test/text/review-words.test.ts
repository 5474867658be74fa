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
