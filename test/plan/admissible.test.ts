import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { admissible, approximateStep, readFigure, type FigureReading } from '../../src/plan/index.js';
import type { Figure, Indicator } from '../../src/plan/model.js';
import { indicator, level, rate } from '../check/helpers.js';

const money = indicator('m', '收入', '亿元');
const counted = indicator('c', '企业', '户', 'count');
const read = (f: Figure, ind: Indicator = money): FigureReading => readFigure(f, ind);
const s = (x: D | undefined): string | undefined => x?.toString();
const band = new D('0.05');

describe('admissible sets', () => {
  it('reads a bound on a decline as a bound on its size', () => {
    const r = read(rate('r', 'm', 2015, 2020, '-3.5', { role: 'planned', qualifiers: ['以上'] }));
    expect(r.claim).toBe('ceiling');
    const a = admissible(r, r.point, band);
    expect(a.lo).toBeUndefined();
    expect(s(a.hi)).toBe('-0.035');
  });

  it('admits a band around an approximate figure (19.1% meets 20%左右)', () => {
    const r = read(rate('r', 'm', 2010, 2015, '20', { role: 'planned', qualifiers: ['左右'] }));
    const a = admissible(r, r.point, band);
    expect([s(a.lo), s(a.hi)]).toEqual(['0.19', '0.21']);
  });

  it('steps 余 up by the leading magnitude, capped by the last non-zero digit', () => {
    expect(s(approximateStep(read(level('n', 'c', 2012, '600', { qualifiers: ['余'] }), counted), 'up'))).toBe('100');
    expect(s(approximateStep(read(level('n', 'c', 2012, '1200', { qualifiers: ['余'] }), counted), 'up'))).toBe('100');
    expect(s(approximateStep(read(level('n', 'c', 2012, '1000', { qualifiers: ['近'] }), counted), 'down'))).toBe('100');
    expect(s(approximateStep(read(level('n', 'c', 2012, '1.5', { qualifiers: ['余'] }), counted), 'up'))).toBe('0.1');
  });
});
