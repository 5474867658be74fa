import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { resolveOptions } from '../../src/check/options.js';
import { openSide } from '../../src/check/widen.js';
import { approximateStep, readFigure, type FigureReading } from '../../src/plan/index.js';
import type { Figure, Indicator } from '../../src/plan/model.js';
import { indicator, level, rate } from './helpers.js';

const money = indicator('m', '收入', '亿元');
const counted = indicator('c', '企业', '户', 'count');
const opts = resolveOptions();
const read = (f: Figure, ind: Indicator = money): FigureReading => readFigure(f, ind);
const s = (x: D | undefined): string | undefined => x?.toString();

describe('open sides of inputs', () => {
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
});
