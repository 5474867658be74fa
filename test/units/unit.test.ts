import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowthError } from '../../src/errors.js';
import { isCompatible, isConvertible, isUnit, listUnits, unitOf } from '../../src/units/index.js';
import { codeOf } from './helpers.js';


describe('unitOf', () => {
  it('knows the money scales', () => {
    expect(unitOf('元').factor.toFixed()).toBe('1');
    expect(unitOf('万元').factor.toFixed()).toBe('10000');
    expect(unitOf('亿元').factor.toFixed()).toBe('100000000');
    expect(unitOf('万亿元').factor.toFixed()).toBe('1000000000000');
    expect(unitOf('亿元').dimension).toBe('money');
    expect(unitOf('亿元').base).toBe('元');
  });

  it('knows the physical units and their bases', () => {
    expect(unitOf('万千瓦时')).toMatchObject({ dimension: 'energy', base: '千瓦时' });
    expect(unitOf('万千瓦')).toMatchObject({ dimension: 'power', base: '千瓦' });
    expect(unitOf('亿立方米').factor.toFixed()).toBe('100000000');
    expect(unitOf('万吨标准煤')).toMatchObject({ dimension: 'coal_equivalent', base: '吨标准煤' });
    expect(unitOf('万吨')).toMatchObject({ dimension: 'mass', base: '吨' });
    expect(unitOf('万辆')).toMatchObject({ dimension: 'vehicles', base: '辆' });
    expect(unitOf('万人')).toMatchObject({ dimension: 'people', base: '人' });
  });

  it('marks counts exact and the rest not', () => {
    for (const s of ['户', '家', '个', '项', '件', '所', '座', '名']) {
      expect(unitOf(s)).toMatchObject({ dimension: 'count', exactCount: true });
    }
    expect(unitOf('亿元').exactCount).toBe(false);
    expect(unitOf('万户').exactCount).toBe(false);
  });

  it('knows percent, points, multiples and index points', () => {
    expect(unitOf('%').dimension).toBe('percent');
    expect(unitOf('％').symbol).toBe('%');
    expect(unitOf('个百分点').dimension).toBe('points');
    expect(unitOf('百分点').dimension).toBe('points');
    expect(unitOf('倍').dimension).toBe('multiple');
    expect(unitOf('点').dimension).toBe('index');
    expect(unitOf('吨标准煤/万元').dimension).toBe('intensity');
  });

  it('throws invalid_unit naming the symbol', () => {
    expect(codeOf(() => unitOf('斤'))).toBe('invalid_unit');
    expect(codeOf(() => unitOf('__proto__'))).toBe('invalid_unit');
    try {
      unitOf('斤');
    } catch (e) {
      expect((e as GrowthError).details.value).toBe('斤');
    }
  });

  it('accepts a unit object', () => {
    const u = unitOf('亿元');
    expect(unitOf(u)).toBe(u);
    expect(unitOf({ ...u })).toBe(u);
  });
});

describe('isUnit / isCompatible / isConvertible', () => {
  it('answers', () => {
    expect(isUnit('亿千瓦时')).toBe(true);
    expect(isUnit('斤')).toBe(false);
    expect(isUnit(42)).toBe(false);
    expect(isCompatible('亿元', '万元')).toBe(true);
    expect(isCompatible('%', '个百分点')).toBe(false);
    expect(isCompatible('吨', '吨标准煤')).toBe(false);
    expect(isCompatible('户', '家')).toBe(true);
    expect(isConvertible('户', '家')).toBe(false);
    expect(isConvertible('万户', '户')).toBe(true);
    expect(isConvertible('个百分点', '百分点')).toBe(true);
  });
});

describe('properties', () => {
  const units = listUnits();
  const anyUnit = fc.constantFrom(...units);

  it('sameDimension is reflexive and symmetric; convertible implies same dimension', () => {
    fc.assert(
      fc.property(anyUnit, anyUnit, (a, b) => {
        expect(isCompatible(a, a)).toBe(true);
        expect(isCompatible(a, b)).toBe(isCompatible(b, a));
        if (isConvertible(a, b)) expect(isCompatible(a, b)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('every unit is found by its own symbol and its factor is a positive power of ten', () => {
    for (const u of units) {
      expect(unitOf(u.symbol)).toBe(u);
      expect(isUnit(u.symbol)).toBe(true);
      expect(/^10*$/.test(u.factor.toFixed())).toBe(true);
      expect(unitOf(u.base).factor.toFixed()).toBe('1');
    }
  });

  it('never throws anything but GrowthError on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
        expect(typeof isUnit(s)).toBe('boolean');
        const c = codeOf(() => unitOf(s));
        expect(c === undefined ? isUnit(s) : c === 'invalid_unit').toBe(true);
        codeOf(() => isCompatible(s, '亿元'));
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('unit predicates and factors', () => {
  it('knows percent and points, in either width', async () => {
    const { isPercentUnit, isPointsUnit } = await import('../../src/units/index.js');
    expect(isPercentUnit('％')).toBe(true);
    expect(isPercentUnit('个百分点')).toBe(false);
    expect(isPointsUnit('百分点')).toBe(true);
    expect(isPointsUnit('%')).toBe(false);
  });

  it('gives exact factors through the table, and by magnitude prefixes outside it', async () => {
    const { unitFactor } = await import('../../src/units/index.js');
    expect(unitFactor('万元', '亿元').toString()).toBe('0.0001');
    expect(unitFactor('億元', '万元').toString()).toBe('10000');
    expect(unitFactor('亿吨钢', '万吨钢').toString()).toBe('10000');
    expect(unitFactor('户', '户').toString()).toBe('1');
    expect(codeOf(() => unitFactor('户', '家'))).toBe('unit_mismatch');
    expect(codeOf(() => unitFactor('亿元', '万吨'))).toBe('unit_mismatch');
  });
});
