import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowthError } from '../../src/errors.js';
import { D } from '../../src/math/decimal.js';
import {
  convert,
  formatQuantity,
  isConvertible,
  listUnits,
  parseQuantity,
  quantity,
  type Quantity,
} from '../../src/units/index.js';
import { codeOf } from './helpers.js';


describe('parseQuantity', () => {
  it('reads plan figures', () => {
    const a = parseQuantity('2.33万亿元');
    expect([a.value.toFixed(), a.text, a.unit.symbol, a.qualifiers]).toEqual(['2.33', '2.33', '万亿元', undefined]);
    expect(parseQuantity('1,042.4亿元')).toMatchObject({ text: '1042.4' });
    expect(parseQuantity('1,042.4亿元').value.toFixed()).toBe('1042.4');
    expect(parseQuantity('928.4 亿元').unit.symbol).toBe('亿元');
    expect(parseQuantity('1,042.4 亿元').value.toFixed()).toBe('1042.4');
    expect(parseQuantity('29.8%')).toMatchObject({ text: '29.8' });
    expect(parseQuantity('29.8%').unit.dimension).toBe('percent');
    expect(parseQuantity('6.4个百分点').unit.dimension).toBe('points');
    expect(parseQuantity('30.90亿元').text).toBe('30.90');
    expect(parseQuantity('-3.5%').value.toFixed()).toBe('-3.5');
    expect(parseQuantity('３０．９亿元').value.toFixed()).toBe('30.9');
    expect(parseQuantity('１２３４５％').text).toBe('12345');
  });

  it('keeps the qualifiers attached to the number', () => {
    const q = parseQuantity('600余户');
    expect([q.text, q.unit.symbol, q.qualifiers]).toEqual(['600', '户', ['余']]);
    expect(parseQuantity('近1000家').qualifiers).toEqual(['近']);
    expect(parseQuantity('2000亿元以上').qualifiers).toEqual(['以上']);
    expect(parseQuantity('20%左右').qualifiers).toEqual(['左右']);
    expect(parseQuantity('约 300 多家以上').qualifiers).toEqual(['约', '多', '以上']);
    expect(parseQuantity('不低于10%').qualifiers).toEqual(['不低于']);
  });

  it('reads a bare number and its magnitudes', () => {
    expect(parseQuantity('3亿').unit.dimension).toBe('number');
    expect(parseQuantity('1000').unit.symbol).toBe('');
  });

  it('gives the right codes for bad input', () => {
    expect(codeOf(() => parseQuantity(''))).toBe('invalid_number');
    expect(codeOf(() => parseQuantity('1,0,0'))).toBe('invalid_number');
    expect(codeOf(() => parseQuantity('abc亿元'))).toBe('invalid_number');
    expect(codeOf(() => parseQuantity('亿元'))).toBe('invalid_number');
    expect(codeOf(() => parseQuantity('1..2亿元'))).toBe('invalid_number');
    expect(codeOf(() => parseQuantity('12.5斤'))).toBe('invalid_unit');
    expect(codeOf(() => parseQuantity('12.5亿元斤'))).toBe('invalid_unit');
    expect(codeOf(() => parseQuantity(42 as unknown as string))).toBe('invalid_number');
  });
});

describe('convert', () => {
  it('converts between scales exactly', () => {
    const q = convert(parseQuantity('928.4亿元'), '万元');
    expect([q.value.toFixed(), q.text, q.unit.symbol]).toEqual(['9284000', '9284000', '万元']);
    expect(convert(parseQuantity('2.33万亿元'), '亿元').value.toFixed()).toBe('23300');
    expect(convert(parseQuantity('309000万元'), '亿元').text).toBe('30.9000');
    expect(convert(parseQuantity('600余万户'), '户').qualifiers).toEqual(['余']);
  });

  it('throws unit_mismatch naming both units across dimensions', () => {
    expect(codeOf(() => convert(parseQuantity('10亿元'), '万吨'))).toBe('unit_mismatch');
    expect(codeOf(() => convert(parseQuantity('10%'), '个百分点'))).toBe('unit_mismatch');
    expect(codeOf(() => convert(parseQuantity('10户'), '家'))).toBe('unit_mismatch');
    expect(codeOf(() => convert(parseQuantity('10亿元'), '斤'))).toBe('invalid_unit');
    try {
      convert(parseQuantity('10亿元'), '万吨');
    } catch (e) {
      expect(e).toBeInstanceOf(GrowthError);
      expect((e as GrowthError).details).toMatchObject({ from: '亿元', to: '万吨' });
    }
  });
});

describe('formatQuantity', () => {
  it('shows a quantity as written', () => {
    expect(formatQuantity(parseQuantity('30.90亿元'))).toBe('30.90亿元');
    expect(formatQuantity(parseQuantity('600余户'))).toBe('600余户');
    expect(formatQuantity(parseQuantity('近1000家'))).toBe('近1000家');
    expect(formatQuantity(parseQuantity('2000亿元以上'))).toBe('2000亿元以上');
  });

  it('rounds half up when decimals are given', () => {
    expect(formatQuantity(parseQuantity('1990.0535亿元'), { decimals: 1 })).toBe('1990.1亿元');
    expect(formatQuantity(parseQuantity('0.125%'), { decimals: 2 })).toBe('0.13%');
    expect(formatQuantity(parseQuantity('0.135%'), { decimals: 2 })).toBe('0.14%');
    expect(formatQuantity(parseQuantity('2.5亿元'), { decimals: 0 })).toBe('3亿元');
    expect(formatQuantity(parseQuantity('-0.004%'), { decimals: 2 })).toBe('0.00%');
    expect(formatQuantity(parseQuantity('1亿元'), { decimals: 2 })).toBe('1.00亿元');
  });

  it('groups, converts and never uses exponents', () => {
    expect(formatQuantity(parseQuantity('1042.4亿元'), { unit: '万元', grouping: true })).toBe('10,424,000万元');
    expect(formatQuantity(parseQuantity('-1234567.5元'), { grouping: true })).toBe('-1,234,567.5元');
    expect(formatQuantity(quantity('1e-20', '亿元'))).toBe('0.00000000000000000001亿元');
    expect(formatQuantity(quantity('1e25', '元'), { unit: '万亿元', decimals: 0 })).toBe('10000000000000万亿元');
    // the written precision (whole 元) survives the change of unit
    expect(formatQuantity(quantity('12345', '元'), { unit: '万元' })).toBe('1.2345万元');
    expect(formatQuantity(quantity('10000', '元'), { unit: '万元' })).toBe('1.0000万元');
  });

  it('refuses bad options', () => {
    const q = parseQuantity('1亿元');
    expect(codeOf(() => formatQuantity(q, { decimals: -1 }))).toBe('invalid_option');
    expect(codeOf(() => formatQuantity(q, { decimals: 1.5 }))).toBe('invalid_option');
    expect(codeOf(() => formatQuantity(q, { unit: '%' }))).toBe('unit_mismatch');
  });
});

describe('properties', () => {
  const units = listUnits();
  const scaled = units.filter((u) => units.some((v) => v !== u && isConvertible(u, v)));
  const decimalText = fc
    .tuple(fc.boolean(), fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 0, max: 8 }))
    .map(([neg, n, dp]) => {
      const s = n.toString().padStart(dp + 1, '0');
      const t = dp === 0 ? s : `${s.slice(0, -dp)}.${s.slice(-dp)}`;
      return neg && n !== 0n ? `-${t}` : t;
    });
  const qualifiers = fc.subarray(['近', '余', '以上'] as const);
  const anyQuantity: fc.Arbitrary<Quantity> = fc
    .tuple(decimalText, fc.constantFrom(...units), qualifiers)
    .map(([t, u, qs]) => quantity(t, u, qs));
  const same = (a: Quantity, b: Quantity) => a.value.eq(b.value) && a.unit === b.unit;

  it('parse(format(q)) equals q (value, unit, qualifiers), grouped or not', () => {
    fc.assert(
      fc.property(anyQuantity, fc.boolean(), (q, grouping) => {
        const back = parseQuantity(formatQuantity(q, { grouping }));
        expect(same(back, q)).toBe(true);
        expect(back.text).toBe(q.text);
        expect(back.qualifiers ?? []).toEqual(q.qualifiers ?? []);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('format with decimals parses back to the half-up rounded value', () => {
    fc.assert(
      fc.property(anyQuantity, fc.integer({ min: 0, max: 10 }), (q, decimals) => {
        const back = parseQuantity(formatQuantity(q, { decimals }));
        expect(back.value.eq(q.value.toDecimalPlaces(decimals, D.ROUND_HALF_UP))).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('format in another unit parses back to the same amount', () => {
    fc.assert(
      fc.property(anyQuantity, fc.constantFrom(...scaled), (q, u) => {
        fc.pre(isConvertible(q.unit, u));
        const back = convert(parseQuantity(formatQuantity(q, { unit: u.symbol })), q.unit);
        expect(back.value.eq(q.value)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('convert there and back is the identity, exactly (亿元 → 万元 → 亿元)', () => {
    fc.assert(
      fc.property(anyQuantity, fc.constantFrom(...scaled), (q, u) => {
        fc.pre(isConvertible(q.unit, u));
        const back = convert(convert(q, u), q.unit);
        expect(same(back, q)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
    fc.assert(
      fc.property(decimalText, (t) => {
        const q = quantity(t, '亿元');
        expect(convert(convert(q, '万元'), '亿元').value.eq(q.value)).toBe(true);
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('conversion composes: a → b → c equals a → c', () => {
    const money = ['元', '万元', '亿元', '万亿元'];
    fc.assert(
      fc.property(decimalText, fc.constantFrom(...money), fc.constantFrom(...money), fc.constantFrom(...money), (t, a, b, c) => {
        const q = quantity(t, a);
        expect(convert(convert(q, b), c).value.eq(convert(q, c).value)).toBe(true);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('convert across bases always throws unit_mismatch', () => {
    fc.assert(
      fc.property(anyQuantity, fc.constantFrom(...units), (q, u) => {
        fc.pre(!isConvertible(q.unit, u));
        expect(codeOf(() => convert(q, u))).toBe('unit_mismatch');
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('never throws anything but GrowthError on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: fc.constantFrom('1', ',', '.', '亿', '元', '%', '余', ' ', '-') })), (s) => {
        const c = codeOf(() => parseQuantity(s));
        expect(c === undefined || c === 'invalid_number' || c === 'invalid_unit').toBe(true);
        codeOf(() => quantity(s, '亿元'));
      }),
      { seed: 42, numRuns: 1000 },
    );
  });

  it('never mutates its input', () => {
    fc.assert(
      fc.property(anyQuantity, fc.constantFrom(...scaled), (q, u) => {
        expect(Object.isFrozen(q)).toBe(true);
        if (isConvertible(q.unit, u)) convert(q, u);
        formatQuantity(q, { decimals: 2, grouping: true });
      }),
      { seed: 42, numRuns: 100 },
    );
  });
});
