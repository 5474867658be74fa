/**
 * The checker on the words and units of real plans (issue 7): units converted in every rule,
 * Traditional script, the qualifiers 超/约合/达到或接近/接近, units a plan declares, and the hints
 * and suggestions a newcomer needs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, parsePlan, renderFinding } from '../../src/index.js';
import { D } from '../../src/math/decimal.js';
import type { Figure, Plan, Relation } from '../../src/plan/model.js';
import { listUnits } from '../../src/units/index.js';
import { change, figure, growthPlan, indicator, level, makePlan, rate, total } from './helpers.js';

const only = (plan: Plan) => checkPlan(plan).findings[0]!;

describe('units in every rule: the verdict does not depend on the unit a figure is written in', () => {
  const scales = (dimension: string) => listUnits().filter((u) => u.dimension === dimension);
  const money = scales('money');

  /** The same plan with one level written in another scale of its indicator's unit (same value). */
  const rewrite = (f: Figure, unit: string, indicatorUnit: string): Figure => {
    const factor = listUnits().find((u) => u.symbol === indicatorUnit)!.factor.div(listUnits().find((u) => u.symbol === unit)!.factor);
    return { ...f, unit, value: new D(f.value).times(factor).toFixed() };
  };

  const plans: readonly [string, (u: string) => Plan][] = [
    ['growth_target (1.2万亿元 against 8000亿元)', (u) => {
      const p = growthPlan({ base: '8000', rate: '8.45', target: '12000', from: 2015, to: 2020 });
      return { ...p, figures: p.figures.map((f) => (f.id === 'target' ? rewrite(f, u, '亿元') : f)) };
    }],
    ['historical_cagr', (u) =>
      makePlan([indicator('m', '收入', '亿元')], [level('a', 'm', 2005, '8.4'), rewrite(level('b', 'm', 2010, '30.9'), u, '亿元'), rate('g', 'm', 2005, 2010, '29.8')], [
        { id: 'r', kind: 'historical_cagr', start: 'a', end: 'b', rate: 'g' },
      ])],
    ['cumulative_change', (u) =>
      makePlan([indicator('m', '收入', '亿元')], [rewrite(level('a', 'm', 2010, '100'), u, '亿元'), level('b', 'm', 2015, '84'), change('c', 'm', 2010, 2015, '-16')], [
        { id: 'r', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' },
      ])],
    ['cumulative_total', (u) =>
      makePlan([indicator('i', '工业投资', '亿元', 'investment')], [rewrite(level('b', 'i', 2010, '228.05'), u, '亿元'), total('t', 'i', 2011, 2015, '2800', { role: 'planned' }), rate('g', 'i', 2010, 2015, '35', { role: 'planned', qualifiers: ['以上'] })], [
        { id: 'r', kind: 'cumulative_total', base: 'b', total: 't', rate: 'g' },
      ])],
  ];

  it.each(plans)('%s', (_, make) => {
    const reference = only(make('亿元'));
    fc.assert(
      fc.property(fc.constantFrom(...money.map((u) => u.symbol)), (unit) => {
        const f = only(make(unit));
        expect([f.verdict, f.code], unit).toEqual([reference.verdict, reference.code]);
        expect(f.implied?.value.minus(reference.implied!.value).abs().lte('1e-25'), unit).toBe(true);
      }),
      { seed: 42, numRuns: 60 },
    );
  });

  it('reads a target of 1.2万亿元 against a base of 8000亿元 as 12000亿元', () => {
    const p = growthPlan({ base: '8000', rate: '8.45', target: '1.2', from: 2015, to: 2020, targetExtra: { unit: '万亿元' } });
    const f = only(p);
    expect([f.verdict, f.implied?.unit, f.implied?.value.toFixed(1)]).toEqual(['near_miss', '亿元', '12001.6']);
    expect(renderFinding(f)).toContain('1.2万亿元');
    expect(f.required?.value.toFixed(4)).toBe('0.0845');
  });
});

describe('the words of real plans', () => {
  const text = (extra: string) => `
id: traditional
title: 繁体规划
issuer: 测试
year: 2016
period: 十三五
source: { document: test }
${extra}`;

  it('reads Traditional units and qualifiers as their Simplified forms', () => {
    const parsed = parsePlan(
      text(`indicators:
  - { id: r, name: 營業收入, unit: 億元, kind: value }
figures:
  - { id: a, indicator: r, type: level, year: 2015, value: "100" }
  - { id: g, indicator: r, type: rate, from: 2015, to: 2020, value: "10", qualifier: 以上 }
  - { id: b, indicator: r, type: level, year: 2020, value: "1.5", unit: 萬億元, qualifier: 約 }
relations:
  - { id: gt, kind: growth_target, base: a, rate: g, target: b }
`),
      { file: 'traditional.yaml' },
    );
    expect(parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    expect(parsed.plan.indicators[0]!.unit).toBe('亿元');
    expect(parsed.plan.figures[2]).toMatchObject({ unit: '万亿元', qualifiers: ['约'] });
    const f = checkPlan(parsed.plan).findings[0]!;
    expect(f.verdict).toBe('consistent_via_qualifier');
  });

  it('knows 超, 约合, 达到或接近 and 接近', () => {
    const target = (q: Figure['qualifiers'], value: string) =>
      only(growthPlan({ base: '100', rate: '10', target: value, from: 2010, to: 2012, baseExtra: { role: 'planned' }, targetExtra: { qualifiers: q } }));
    expect(target(['超'], '120').verdict).toBe('consistent');
    expect(target(['超'], '121').verdict).not.toMatch(/^consistent/);
    expect(target(['约合'], '125').verdict).toBe('consistent');
    // 达到或接近 125: at least 125 less the 5% band, 118.75.
    expect(target(['达到或接近'], '125').verdict).toBe('consistent');
    expect(target(['接近'], '130').verdict).not.toMatch(/^consistent/);
  });

  it('lets a plan declare a unit the table does not have, and converts through it', () => {
    const parsed = parsePlan(
      text(`units:
  - { symbol: 万吨钢, base: 吨钢, factor: "10000" }
  - { symbol: 亿吨钢, base: 吨钢, factor: "100000000" }
indicators:
  - { id: s, name: 钢产量, unit: 万吨钢, kind: quantity }
figures:
  - { id: a, indicator: s, type: level, year: 2010, value: "5000" }
  - { id: b, indicator: s, type: level, year: 2015, value: "0.6", unit: 亿吨钢 }
  - { id: g, indicator: s, type: rate, from: 2010, to: 2015, value: "3.7" }
relations:
  - { id: h, kind: historical_cagr, start: a, end: b, rate: g }
`),
    );
    expect(parsed.issues).toEqual([]);
    if (!parsed.ok) return;
    const f = checkPlan(parsed.plan).findings[0]!;
    expect([f.verdict, f.implied?.value.toFixed(4)]).toEqual(['consistent', '0.0371']);
  });

  it('refuses an unknown unit with the nearest known ones and how to declare it', () => {
    const parsed = parsePlan(text(`indicators:
  - { id: s, name: 出口, unit: 亿美金, kind: value }
figures: []
relations: []
`));
    expect(parsed.ok).toBe(false);
    const issue = parsed.issues.find((i) => i.code === 'unknown_unit')!;
    expect(issue.message).toMatch(/nearest: 亿美元/);
    expect(issue.message).toMatch(/units:/);
  });
});

describe('hints', () => {
  it('a positive figure under a 下降 wording that fails gets a hint about the sign', () => {
    const p = (value: string, quote: string) =>
      makePlan([indicator('e', '能耗', '吨标准煤/万元', 'intensity')], [level('a', 'e', 2010, '1.78'), level('b', 'e', 2015, '1.44'), change('c', 'e', 2010, 2015, value, { quote })], [
        { id: 'r', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' } satisfies Relation,
      ]);
    const f = only(p('19.26', '累计下降19.26%'));
    expect([f.verdict, f.hint]).toEqual(['inconsistent', 'decline_sign']);
    expect(renderFinding(f)).toContain('-3.5');
    expect(renderFinding(f, 'zh')).toContain('负数');
    expect(only(p('-19.26', '累计下降19.26%')).hint).toBeUndefined();
    expect(only(p('19.26', '累计增长19.26%')).hint).toBeUndefined();
  });
});

describe('figures of a review are measured', () => {
  it('a figure of a year before the plan was issued is measured, so rounded (DOMAIN.md section 3)', () => {
    const parsed = parsePlan(`
id: review
title: 回顾
issuer: 测试
year: 2016
period: 十三五
source: { document: test }
indicators:
  - { id: r, name: 收入, unit: 亿元, kind: value }
figures:
  - { id: a, indicator: r, type: level, year: 2010, value: "100" }
  - { id: b, indicator: r, type: level, year: 2015, value: "161" }
  - { id: g, indicator: r, type: rate, from: 2010, to: 2015, value: "10" }
  - { id: t, indicator: r, type: level, year: 2020, value: "200" }
relations:
  - { id: h, kind: historical_cagr, start: a, end: b, rate: g }
`);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.plan.figures.map((f) => f.role)).toEqual(['measured', 'measured', 'measured', 'planned']);
    expect(only(parsed.plan).verdict).toBe('consistent');
  });
});

it('uses figure() for raw figures', () => {
  expect(figure('x', 'y', 'increase', '1').type).toBe('increase');
});
