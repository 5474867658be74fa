import { describe, expect, it } from 'vitest';
import { GrowthError } from '../../src/errors.js';
import { D } from '../../src/math/decimal.js';
import { openSide, resolveOptions, type ResolvedOptions } from '../../src/check/figures.js';
import {
  admissible as admissibleSet,
  approximateStep,
  readFigure,
  roundingInterval,
  type FigureReading,
} from '../../src/plan/index.js';
import type { Interval } from '../../src/math/interval.js';
import type { Figure, Indicator } from '../../src/plan/model.js';
import { figure, indicator, level, rate } from './helpers.js';

const money = indicator('m', '收入', '亿元');
const counted = indicator('c', '企业', '户', 'count');
const opts = resolveOptions();
const read = (f: Figure, ind: Indicator = money, o: ResolvedOptions = opts): FigureReading => readFigure(f, ind, { lenient: o.lenient });
const admissible = (r: FigureReading, base: Interval, o: ResolvedOptions) => admissibleSet(r, base, o.approxBand);
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

  it('applies precision overrides and the lenient option', () => {
    expect(s(read(level('a', 'm', 2012, '928.4', { precision: 'exact' })).rounding.hi)).toBe('928.4');
    expect(s(read(level('a', 'm', 2012, '928.4', { precision: 'lenient' })).rounding.hi)).toBe('928.5');
    expect(s(read(level('a', 'm', 2012, '928.4', { precision: { decimals: 0 } })).rounding.hi)).toBe('928.9');
    expect(s(read(level('a', 'm', 2012, '928.4', { precision: { halfWidth: '2' } })).rounding.hi)).toBe('930.4');
    expect(s(read(rate('r', 'm', 2005, 2010, '29.8', { precision: { halfWidth: '0.2' } })).rounding.hi)).toBe('0.3');
    const lenient = read(level('a', 'm', 2012, '928.4'), money, resolveOptions({ lenient: true }));
    expect([s(lenient.rounding.lo), s(lenient.rounding.hi)]).toEqual(['928.3', '928.5']);
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

describe('claims and open sides', () => {
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

  it('reads a bound on a decline as a bound on its size', () => {
    const r = read(rate('r', 'm', 2015, 2020, '-3.5', { role: 'planned', qualifiers: ['以上'] }));
    expect(r.claim).toBe('ceiling');
    const a = admissible(r, r.point, opts);
    expect(a.lo).toBeUndefined();
    expect(s(a.hi)).toBe('-0.035');
  });

  it('opens 余 up to the next step of the leading magnitude and 近 down by one', () => {
    const more = read(level('n', 'c', 2012, '600', { qualifiers: ['余'] }), counted);
    expect(s(approximateStep(more, 'up'))).toBe('100');
    expect(s(openSide(more, more.rounding, opts).interval.hi)).toBe('700');
    expect(openSide(more, more.rounding, opts).qualifiers).toEqual(['余']);
    const less = read(level('n', 'c', 2012, '1000', { qualifiers: ['近'] }), counted);
    expect(s(openSide(less, less.rounding, opts).interval.lo)).toBe('900');
    const fine = read(level('n', 'c', 2012, '1200', { qualifiers: ['余'] }), counted);
    expect(s(approximateStep(fine, 'up'))).toBe('100');
  });

  it('opens ≥ upward without bound on the figure, ≤ downward, 左右 both ways', () => {
    const floor = read(rate('r', 'm', 2012, 2020, '10', { role: 'planned', qualifiers: ['以上'] }));
    const up = openSide(floor, floor.rounding, opts).interval;
    expect(s(up.lo)).toBe('0.1');
    expect(up.hi.gt(10)).toBe(true);
    const ceiling = read(level('a', 'm', 2012, '100', { role: 'planned', qualifiers: ['以下'] }));
    const down = openSide(ceiling, ceiling.rounding, opts).interval;
    expect(down.lo.lt(1)).toBe(true);
    expect(down.lo.gt(0)).toBe(true);
    const approx = read(level('a', 'm', 2012, '100', { role: 'planned', qualifiers: ['约'] }));
    const band = openSide(approx, approx.rounding, opts).interval;
    expect([s(band.lo), s(band.hi)]).toEqual(['95', '105']);
  });

  it('admits a band around an approximate figure (19.1% meets 20%左右)', () => {
    const r = read(rate('r', 'm', 2010, 2015, '20', { role: 'planned', qualifiers: ['左右'] }));
    const a = admissible(r, r.point, opts);
    expect([s(a.lo), s(a.hi)]).toEqual(['0.19', '0.21']);
  });
});

describe('resolveOptions', () => {
  it('fills in defaults', () => {
    const o = resolveOptions();
    expect([o.tolerance.toString(), o.approxBand.toString(), o.lenient]).toEqual(['0.01', '0.05', false]);
  });

  it.each([
    [{ tolerance: 'abc' }, 'options.tolerance'],
    [{ tolerance: -0.01 }, 'options.tolerance'],
    [{ tolerance: 1.5 }, 'options.tolerance'],
    [{ tolerance: Number.NaN }, 'options.tolerance'],
    [{ approxBand: 'x' }, 'options.approxBand'],
    [{ lenient: 'yes' }, 'options.lenient'],
  ])('rejects %o naming %s', (bad, argument) => {
    try {
      resolveOptions(bad as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(GrowthError);
      expect((e as GrowthError).code).toBe('invalid_option');
      expect((e as GrowthError).details.argument).toBe(argument);
    }
  });
});

it('uses D values throughout', () => {
  expect(read(level('a', 'm', 2012, '1')).value).toBeInstanceOf(D);
});
