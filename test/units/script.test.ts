import { describe, expect, it } from 'vitest';
import { normalizeSymbol, parseQuantity, toSimplified, unitOf } from '../../src/units/index.js';

describe('Traditional script', () => {
  it('reads the units of a Traditional plan as their Simplified forms', () => {
    expect(toSimplified('1.2萬億元')).toBe('1.2万亿元');
    expect(toSimplified('600餘戶')).toBe('600余户');
    expect(normalizeSymbol('萬噸標準煤')).toBe('万吨标准煤');
    expect(unitOf('億元').symbol).toBe('亿元');
    expect(parseQuantity('2.33萬億元').unit.symbol).toBe('万亿元');
    expect(parseQuantity('約5000億元').qualifiers).toEqual(['约']);
  });

  it('leaves every other character alone', () => {
    expect(toSimplified('新产品销售收入 928.4')).toBe('新产品销售收入 928.4');
  });
});
