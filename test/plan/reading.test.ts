import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { readFigure, roundingInterval, type FigureReading } from '../../src/plan/index.js';
import type { Figure, Indicator } from '../../src/plan/model.js';
import { figure, indicator, level, rate } from '../check/helpers.js';

const money = indicator('m', '收入', '亿元');
const counted = indicator('c', '企业', '户', 'count');
const read = (f: Figure, ind: Indicator = money): FigureReading => readFigure(f, ind);
const s = (x: D | undefined): string | undefined => x?.toString();

describe('readFigure: values and rounding intervals', () => {
  it('rounds a measured figure to its written decimals', () => {
    const r = read(level('a', 'm', 2012, '928.4'));
    expect([s(r.rounding.lo), s(r.rounding.hi)]).toEqual(['928.35', '928.45']);
    expect(r.exact).toBe(false);
    expect(r.claim).toBe('rounded');
  });

  it('counts decimals from the text: "30.90" has two', () => {
    const r = read(level('a', 'm', 2012, '30.90'));
    expect([s(r.rounding.lo), s(r.rounding.hi)]).toEqual(['30.895', '30.905']);
  });

  it('reads % figures as fractions, points in points', () => {
    const r = read(rate('r', 'm', 2005, 2010, '29.8'));
    expect(s(r.value)).toBe('0.298');
    expect([s(r.rounding.lo), s(r.rounding.hi)]).toEqual(['0.2975', '0.2985']);
    const p = read(figure('p', 'm', 'points', '6.4', { from: 2010, to: 2015, unit: '个百分点' }));
    expect(s(p.value)).toBe('6.4');
  });

  it('reads an amount in another scale of its indicator in the indicator unit (1.2万亿元 is 12000亿元)', () => {
    const r = read(level('t', 'm', 2020, '1.2', { unit: '万亿元', role: 'planned' }));
    expect([r.unit, r.writtenUnit, s(r.value), s(r.scale)]).toEqual(['亿元', '万亿元', '12000', '10000']);
    const m = read(level('a', 'm', 2012, '309000', { unit: '万元' }));
    expect([s(m.value), s(m.rounding.lo), s(m.rounding.hi)]).toEqual(['30.9', '30.89995', '30.90005']);
  });

  it('rounds counts in scaled units (35万户), keeps base-unit counts exact', () => {
    expect(read(level('n', 'c', 2012, '35', { unit: '万户' }), counted).exact).toBe(false);
    expect(read(level('n', 'c', 2012, '88'), counted).exact).toBe(true);
    expect(read(level('n', 'k', 2012, '23', { unit: '万件钢' }), indicator('k', '件', '件钢', 'count')).exact).toBe(false);
    expect(read(level('n', 'k', 2012, '23'), indicator('k', '件', '件钢', 'count')).exact).toBe(true);
  });

  it('keeps planned figures and counts exact', () => {
    const planned = read(level('t', 'm', 2020, '2000', { role: 'planned' }));
    expect(planned.exact).toBe(true);
    expect(planned.claim).toBe('exact');
    expect(s(planned.rounding.lo)).toBe('2000');
    const count = read(level('n', 'c', 2012, '600'), counted);
    expect(count.exact).toBe(true);
    const countByUnit = read(level('n', 'm', 2012, '26', { unit: '家' }), indicator('m', 'x', '家', 'value'));
    expect(countByUnit.exact).toBe(true);
  });

  it('rounds computed figures (预计) to their decimals', () => {
    const r = read(level('t', 'm', 2020, '1764', { role: 'computed', qualifiers: ['预计'] }));
    expect([s(r.rounding.lo), s(r.rounding.hi)]).toEqual(['1763.5', '1764.5']);
  });

  it('applies precision overrides; lenient rounding is a reading, not the interval as written', () => {
    expect(s(read(level('a', 'm', 2012, '928.4', { precision: 'exact' })).rounding.hi)).toBe('928.4');
    const own = read(level('a', 'm', 2012, '928.4', { precision: 'lenient' }));
    expect(s(own.rounding.hi)).toBe('928.45');
    expect(s(roundingInterval(own, 'round').hi)).toBe('928.5');
    expect(s(read(level('a', 'm', 2012, '928.4', { precision: { decimals: 0 } })).rounding.hi)).toBe('928.9');
    expect(s(read(level('a', 'm', 2012, '928.4', { precision: { halfWidth: '2' } })).rounding.hi)).toBe('930.4');
    expect(s(read(rate('r', 'm', 2005, 2010, '29.8', { precision: { halfWidth: '0.2' } })).rounding.hi)).toBe('0.3');
    const lenient = roundingInterval(read(level('a', 'm', 2012, '928.4')), 'lenient');
    expect([s(lenient.lo), s(lenient.hi)]).toEqual(['928.3', '928.5']);
  });

  it('reads truncation as [x, x + unit) and toward zero for negatives', () => {
    const r = read(level('a', 'm', 2012, '51.04'));
    const t = roundingInterval(r, 'truncation');
    expect([s(t.lo), s(t.hi)]).toEqual(['51.04', '51.05']);
    const n = roundingInterval(read(rate('r', 'm', 2010, 2015, '-3.5')), 'truncation');
    expect([s(n.lo), s(n.hi)]).toEqual(['-0.036', '-0.035']);
  });

  it('spans a range from the low end to the high end', () => {
    const r = read(rate('r', 'm', 2015, 2020, '6.5', { high: '7', role: 'planned' }));
    expect(r.claim).toBe('range');
    expect([s(r.point.lo), s(r.point.hi)]).toEqual(['0.065', '0.07']);
  });
});

describe('claims', () => {
  const claim = (q: Figure['qualifiers'], value = '100') => read(level('t', 'm', 2020, value, { role: 'planned', qualifiers: q })).claim;

  it('maps each qualifier family to a claim', () => {
    expect(claim(['以上'])).toBe('floor');
    expect(claim(['不少于'])).toBe('floor');
    expect(claim(['超过'])).toBe('floor_exclusive');
    expect(claim(['以内'])).toBe('ceiling');
    expect(claim(['不满'])).toBe('ceiling_exclusive');
    expect(claim(['左右'])).toBe('approx');
    expect(claim(['余'])).toBe('more');
    expect(claim(['近'])).toBe('less');
    expect(claim(['力争', '以上'])).toBe('floor');
    expect(claim([])).toBe('exact');
  });

});

it('uses D values throughout', () => {
  expect(read(level('a', 'm', 2012, '1')).value).toBeInstanceOf(D);
});
