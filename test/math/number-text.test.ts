import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isNumericText,
  isWrittenNumber,
  normalizeNumberText,
  withoutSeparators,
  writtenDecimals,
} from '../../src/math/number-text.js';
import { RUNS } from './oracle.js';

describe('number text', () => {
  it('normalises full-width digits, the Unicode minus and white space', () => {
    expect(normalizeNumberText(' －１，０４２．４ ')).toBe('-1,042.4');
    expect(normalizeNumberText('\u22123.5%')).toBe('-3.5%');
    expect(normalizeNumberText('1 042.4')).toBe('1042.4');
  });

  it('tells written numbers from other numeric text', () => {
    expect(isWrittenNumber('1,042.4')).toBe(true);
    expect(isWrittenNumber('1042.40')).toBe(true);
    expect(isWrittenNumber('1,0,0')).toBe(false);
    expect(isWrittenNumber('1e3')).toBe(false);
    expect(isWrittenNumber('.5')).toBe(false);
    expect(isNumericText('.5')).toBe(true);
    expect(isNumericText('1.2e3')).toBe(true);
    expect(isNumericText('e5')).toBe(false);
    expect(isNumericText('E-3')).toBe(false);
    expect(isNumericText('.')).toBe(false);
    expect(isNumericText('')).toBe(false);
  });

  it('counts decimals as written', () => {
    expect(writtenDecimals('30.90')).toBe(2);
    expect(writtenDecimals('1,042.4')).toBe(1);
    expect(writtenDecimals('12%')).toBe(0);
    expect(writtenDecimals('1.2e3')).toBe(-2);
    expect(writtenDecimals('abc')).toBeUndefined();
    expect(withoutSeparators('1,042.40')).toBe('1042.40');
    expect(withoutSeparators('abc,')).toBe('abc,');
  });

  it('properties: a written number keeps its decimals through grouping and full width', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.nat({ max: 6 }), (n, places) => {
        const digits = n.toString().padStart(places + 1, '0');
        const text = places === 0 ? digits : `${digits.slice(0, -places)}.${digits.slice(-places)}`;
        const [int = '', frac] = text.split('.');
        const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (frac === undefined ? '' : `.${frac}`);
        const wide = [...grouped].map((c) => (/[0-9]/.test(c) ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c)).join('');
        const normal = normalizeNumberText(wide);
        expect(isWrittenNumber(normal)).toBe(true);
        expect(writtenDecimals(normal)).toBe(places);
        expect(withoutSeparators(normal)).toBe(text);
      }),
      RUNS,
    );
  });
});
