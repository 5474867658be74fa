/** One small plan per finding code: each checks to a finding of that code (the messages tests render them all). */
import type { FindingCode } from '../../src/check/index.js';
import type { Figure, Indicator, Plan, Relation } from '../../src/plan/model.js';
import { change, figure, growthPlan, indicator, level, makePlan, multiple, points, rate, share, total } from './helpers.js';

const money = indicator('m', '主营业务收入', '亿元');
const rel = (r: Relation): readonly Relation[] => [r];
const plan = (figures: readonly Figure[], relation: Relation, indicators: readonly Indicator[] = [money]): Plan =>
  makePlan(indicators, figures, rel(relation));

const cagrPlan = (stated: string) =>
  plan([level('a', 'm', 2005, '8.4'), level('b', 'm', 2010, '30.9'), rate('g', 'm', 2005, 2010, stated)], {
    id: 'r',
    kind: 'historical_cagr',
    start: 'a',
    end: 'b',
    rate: 'g',
  });
const sumPlan = (stated: string) =>
  plan([level('a', 'm', 2012, '3'), level('b', 'm', 2012, '2'), level('c', 'm', 2012, '5'), level('t', 'm', 2012, stated)], {
    id: 'r',
    kind: 'sum',
    parts: ['a', 'b', 'c'],
    total: 't',
  });
const sharePlan = (stated: string, caveats?: Relation['caveats']) =>
  plan(
    [level('p', 'p', 2010, '242.62'), level('t', 'm', 2010, '597.6'), share('s', 's', 2010, stated)],
    { id: 'r', kind: 'share', part: 'p', total: 't', share: 's', ...(caveats && { caveats }) },
    [money, indicator('p', '新兴产业增加值', '亿元', 'value_added'), indicator('s', '新兴产业占比', '%', 'share')],
  );
const pointsPlan = (stated: string) =>
  plan([share('a', 's', 2010, '41.6'), share('b', 's', 2015, '53.2'), points('c', 's', 2010, 2015, stated)], { id: 'r', kind: 'points_change', start: 'a', end: 'b', change: 'c' }, [
    indicator('s', '非煤产业比重', '%', 'share'),
  ]);
const changePlan = (stated: string) =>
  plan([level('a', 'e', 2010, '1.78'), level('b', 'e', 2015, '1.44'), change('c', 'e', 2010, 2015, stated)], { id: 'r', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' }, [
    indicator('e', '单位GDP能耗', '吨标准煤/万元', 'intensity'),
  ]);
const annualPlan = (stated: string) =>
  plan([rate('g', 'e', 2015, 2020, '-3.43'), change('c', 'e', 2015, 2020, stated, { role: 'planned' })], {
    id: 'r',
    kind: 'annual_vs_cumulative',
    rate: 'g',
    change: 'c',
  }, [indicator('e', '单位GDP能耗', '吨标准煤/万元', 'intensity')]);
const multiplePlan = (end: string) =>
  plan([level('a', 'm', 2010, '100'), level('b', 'm', 2015, end, { role: 'planned' }), multiple('x', 'm', 2010, 2015, '2', { role: 'planned' })], {
    id: 'r',
    kind: 'multiple',
    start: 'a',
    end: 'b',
    multiple: 'x',
  });
const investment = indicator('i', '工业投资', '亿元', 'investment');
const totalPlan = (stated?: string) =>
  plan(
    [level('b', 'i', 2010, '228.05'), total('t', 'i', 2011, 2015, '2800', { role: 'planned' }), ...(stated === undefined ? [] : [rate('g', 'i', 2010, 2015, stated)])],
    { id: 'r', kind: 'cumulative_total', base: 'b', total: 't', ...(stated !== undefined && { rate: 'g' }) },
    [investment],
  );

const increasePlan = (stated: string) =>
  plan([level('a', 'm', 2010, '1042.4'), level('b', 'm', 2015, '3500', { role: 'planned' }), figure('d', 'm', 'increase', stated, { from: 2010, to: 2015, role: 'planned' })], {
    id: 'r',
    kind: 'absolute_change',
    start: 'a',
    end: 'b',
    increase: 'd',
  });
const averagePlan = (stated: string) =>
  plan([total('t', 'i', 2011, 2015, '2800', { role: 'planned' }), figure('a', 'i', 'average', stated, { from: 2011, to: 2015, role: 'planned' })], { id: 'r', kind: 'average_total', average: 'a', total: 't' }, [
    investment,
  ]);
const annualPointsPlan = (stated: string) =>
  plan([points('c', 's', 2010, 2015, '4.5'), figure('a', 's', 'annual_points', stated, { from: 2010, to: 2015, unit: '个百分点' })], { id: 'r', kind: 'annual_points', annual: 'a', change: 'c' }, [
    indicator('s', '服务业比重', '%', 'share'),
  ]);
const gapPlan = (stated: string) =>
  plan([share('a', 's', 2015, '36.5'), share('t', 's', 2015, '35', { role: 'planned' }), figure('g', 's', 'gap', stated, { year: 2015, unit: '个百分点' })], {
    id: 'r',
    kind: 'target_gap',
    actual: 'a',
    target: 't',
    gap: 'g',
  }, [indicator('s', '城镇化率', '%', 'share')]);
const rateMultiplePlan = (rateValue: string) =>
  plan([rate('g', 'm', 2010, 2015, rateValue, { role: 'planned' }), multiple('x', 'm', 2010, 2015, '2', { role: 'planned', doubling: true })], {
    id: 'r',
    kind: 'rate_multiple',
    rate: 'g',
    multiple: 'x',
  });

/** A plan per finding code whose single relation checks to that code. */
export const PLAN_FOR_CODE: Readonly<Record<FindingCode, Plan>> = {
  target_reached: growthPlan({ base: '100', rate: '10', target: '121', from: 2010, to: 2012 }),
  target_short: growthPlan({ base: '928.4', rate: '10', target: '2000', targetExtra: { qualifiers: ['力争', '以上'] } }),
  target_exceeded: growthPlan({ base: '100', rate: '10', target: '110', from: 2010, to: 2012 }),
  rate_matches: cagrPlan('29.8'),
  rate_mismatch: cagrPlan('25'),
  sum_matches: sumPlan('10'),
  sum_mismatch: sumPlan('20'),
  share_matches: sharePlan('40.6'),
  share_mismatch: sharePlan('50'),
  points_match: pointsPlan('11.6'),
  points_mismatch: pointsPlan('3'),
  change_matches: changePlan('-19.1'),
  change_mismatch: changePlan('-40'),
  annual_cumulative_match: annualPlan('-16'),
  annual_cumulative_mismatch: annualPlan('-30'),
  multiple_matches: multiplePlan('200'),
  multiple_mismatch: multiplePlan('300'),
  cumulative_rate_matches: totalPlan('31.61'),
  cumulative_rate_mismatch: totalPlan('35'),
  cumulative_total_without_rate: totalPlan(),
  increase_matches: increasePlan('2457.6'),
  increase_mismatch: increasePlan('2000'),
  average_matches: averagePlan('560'),
  average_mismatch: averagePlan('600'),
  annual_points_match: annualPointsPlan('0.9'),
  annual_points_mismatch: annualPointsPlan('1.2'),
  gap_matches: gapPlan('1.5'),
  gap_mismatch: gapPlan('2.5'),
  rate_multiple_matches: rateMultiplePlan('15'),
  rate_multiple_mismatch: rateMultiplePlan('10'),
  level_pair_rate: plan([level('a', 'm', 2010, '1042.4'), level('b', 'm', 2015, '3500', { role: 'planned' })], { id: 'r', kind: 'level_pair', start: 'a', end: 'b' }),
  missing_figure: plan([level('a', 'm', 2012, '1')], { id: 'r', kind: 'growth_target', base: 'a', rate: 'nope', target: 'gone' }),
  not_computable: plan([level('a', 'm', 2020, '100'), rate('g', 'm', 2020, 2020, '10'), level('b', 'm', 2020, '110')], {
    id: 'r',
    kind: 'growth_target',
    base: 'a',
    rate: 'g',
    target: 'b',
  }),
  cumulative_method: plan([level('a', 'i', 2005, '100'), level('b', 'i', 2010, '200'), rate('g', 'i', 2005, 2010, '20')], { id: 'r', kind: 'historical_cagr', start: 'a', end: 'b', rate: 'g' }, [investment]),
  comparable_prices: growthPlan({ base: '100', rate: '10', target: '121', from: 2010, to: 2012, kind: 'value_added' }),
  other_total: sharePlan('50', ['other_total']),
  comparable_scope: sharePlan('50', ['comparable_scope']),
  revised_base: sharePlan('50', ['revised_base']),
};
