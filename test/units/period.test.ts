import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  chineseNumber,
  chineseNumeral,
  listPlanPeriods,
  parseChineseDate,
  parseChineseYear,
  periodOfYear,
  planPeriod,
  planYear,
  positionInPeriod,
  yearFraction,
} from '../../src/units/index.js';
import { codeOf } from './helpers.js';


describe('planPeriod', () => {
  it('knows every five-year plan period', () => {
    expect(planPeriod('十一五')).toEqual({ name: '十一五', from: 2006, to: 2010, base: 2005 });
    expect(planPeriod('十二五')).toEqual({ name: '十二五', from: 2011, to: 2015, base: 2010 });
    expect(planPeriod('十三五')).toEqual({ name: '十三五', from: 2016, to: 2020, base: 2015 });
    expect(planPeriod('十四五')).toEqual({ name: '十四五', from: 2021, to: 2025, base: 2020 });
    expect(planPeriod('十五五')).toEqual({ name: '十五五', from: 2026, to: 2030, base: 2025 });
  });

  it('accepts quotes, 末 and 期间', () => {
    expect(planPeriod('“十二五”').name).toBe('十二五');
    expect(planPeriod('"十三五"').name).toBe('十三五');
    expect(planPeriod('十二五末').name).toBe('十二五');
    expect(planPeriod('“十二五”期间').name).toBe('十二五');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '十五', '十六五', '12th', 'abc', '十二五五']) {
      expect(codeOf(() => planPeriod(bad))).toBe('invalid_period');
    }
  });
});

describe('planYear', () => {
  it('reads 十二五末 as 2015', () => {
    expect(planYear('十二五末')).toBe(2015);
    expect(planYear('“十二五”末')).toBe(2015);
    expect(planYear('十三五末')).toBe(2020);
    expect(planYear('二〇一二年')).toBe(2012);
    expect(codeOf(() => planYear('十二五'))).toBe('invalid_period');
    expect(codeOf(() => planYear('十六五末'))).toBe('invalid_period');
    expect(codeOf(() => planYear('明年'))).toBe('invalid_year');
  });
});

describe('periodOfYear', () => {
  it('finds the period of a year', () => {
    expect(periodOfYear(2013)?.name).toBe('十二五');
    expect(periodOfYear(2015)?.name).toBe('十二五');
    expect(periodOfYear(2016)?.name).toBe('十三五');
    expect(periodOfYear(2031)).toBeUndefined();
    expect(codeOf(() => periodOfYear(2013.5))).toBe('invalid_year');
  });
});

describe('parseChineseYear', () => {
  it('reads the 二O一二年 of seed 004 and its variants', () => {
    for (const t of ['二O一二年', '二〇一二年', '二○一二年', '二o一二年', '二零一二年', '二Ｏ一二年', '2012年', '２０１２年', '2012']) {
      expect(parseChineseYear(t)).toBe(2012);
    }
    expect(parseChineseYear('二〇二〇年')).toBe(2020);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '年', '12年', '二〇一年', '20120年', '0012年', '二〇一二月', 'abcd年']) {
      expect(codeOf(() => parseChineseYear(bad))).toBe('invalid_year');
    }
  });
});

describe('parseChineseDate', () => {
  it('reads the date of seed 004', () => {
    expect(parseChineseDate('二O一二年四月二十五日')).toBe('2012-04-25');
    expect(parseChineseDate('2014年9月10日')).toBe('2014-09-10');
    expect(parseChineseDate('二〇一六年十二月三十一日')).toBe('2016-12-31');
  });

  it('refuses anything else', () => {
    for (const bad of ['', '二O一二年', '二O一二年二月三十日', '2013年2月29日', '2012年13月1日', '2012年4月零日', 'abc']) {
      expect(codeOf(() => parseChineseDate(bad))).toBe('invalid_date');
    }
  });
});

describe('chineseNumeral', () => {
  it('reads small numerals', () => {
    const cases: [string, number][] = [
      ['一', 1], ['两', 2], ['二', 2], ['九', 9], ['十', 10], ['十五', 15], ['二十', 20],
      ['二十五', 25], ['九十九', 99], ['百', 100], ['一百', 100], ['两百', 200], ['一百零五', 105],
      ['一百一十', 110], ['一百二十三', 123], ['零', 0], ['3', 3], ['１２', 12],
    ];
    for (const [t, n] of cases) expect(chineseNumeral(t)).toBe(n);
  });

  it('refuses anything else', () => {
    for (const bad of ['', '一百五', '一二', '零五', '十十', '千', 'abc', '一百零']) {
      expect(codeOf(() => chineseNumeral(bad))).toBe('invalid_number');
    }
  });
});

/** Writes a whole number 1..10^12 in Chinese numerals (the oracle of the round trip below). */
function writeChinese(n: bigint): string {
  const digits = '零一二三四五六七八九';
  const section = (x: number): string => {
    const places = ['千', '百', '十', ''];
    let out = '';
    let zero = false;
    [1000, 100, 10, 1].forEach((p, i) => {
      const d = Math.floor(x / p) % 10;
      if (d === 0) {
        if (out !== '') zero = true;
        return;
      }
      if (zero) out += '零';
      zero = false;
      out += `${digits[d]}${places[i]}`;
    });
    return out;
  };
  const yi = Number(n / 100000000n);
  const wan = Number((n / 10000n) % 10000n);
  const rest = Number(n % 10000n);
  let out = '';
  if (yi > 0) out += `${writeChinese(BigInt(yi))}亿`;
  if (wan > 0) out += `${out !== '' && wan < 1000 ? '零' : ''}${section(wan)}万`;
  else if (out !== '' && rest > 0) out += '零';
  if (rest > 0) out += `${out !== '' && wan > 0 && rest < 1000 ? '零' : ''}${section(rest)}`;
  return out;
}

describe('chineseNumber', () => {
  it('reads numerals with 千, 万 and 亿', () => {
    const cases: [string, string][] = [
      ['两千', '2000'], ['一亿二千万', '120000000'], ['三千零五', '3005'], ['百', '100'], ['十五', '15'],
      ['三千五百万', '35000000'], ['两万亿', '2000000000000'], ['一亿零五百万', '105000000'], ['千', '1000'],
      ['万', '10000'], ['１２', '12'], ['一千零五十', '1050'],
    ];
    for (const [t, n] of cases) expect(chineseNumber(t)).toBe(n);
  });

  it('refuses colloquial, malformed and empty numerals', () => {
    for (const bad of ['', '一千五', '一二', '零五', '十十', '亿亿', 'abc', '一亿亿', '零']) {
      if (bad === '零') expect(chineseNumber(bad)).toBe('0');
      else expect(codeOf(() => chineseNumber(bad))).toBe('invalid_number');
    }
  });

  it('agrees with chineseNumeral below 1000', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), (n) => {
        expect(chineseNumber(writeChinese(BigInt(n)))).toBe(String(chineseNumeral(writeChinese(BigInt(n)))));
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('reads back every number written in numerals (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 1n, max: 10n ** 12n }), (n) => {
        expect(chineseNumber(writeChinese(n))).toBe(n.toString());
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('positionInPeriod', () => {
  it('is 0 at the start and 1 at the end', () => {
    expect(positionInPeriod('2011-01-01', '十二五').toFixed()).toBe('0');
    expect(positionInPeriod('2015-12-31', '十二五').toFixed()).toBe('1');
    expect(positionInPeriod(new Date(2011, 0, 1), planPeriod('十二五')).toFixed()).toBe('0');
    expect(positionInPeriod('2010-06-30', '十二五').toFixed()).toBe('0');
    expect(positionInPeriod('2017-06-30', '十二五').toFixed()).toBe('1');
  });

  it('counts calendar days (leap years included)', () => {
    // 2011-01-01 .. 2013-12-31 is 1095 days of 1825; .. 2013-07-02 is 731 + 182 = 913
    expect(positionInPeriod('2013-12-31', '十二五').toFixed()).toBe('0.6');
    expect(positionInPeriod('2013-07-02', '十二五').toFixed(6)).toBe(
      (913 / 1825).toFixed(6),
    );
  });

  it('refuses bad dates and periods', () => {
    expect(codeOf(() => positionInPeriod('2013-02-30', '十二五'))).toBe('invalid_date');
    expect(codeOf(() => positionInPeriod('not a date', '十二五'))).toBe('invalid_date');
    expect(codeOf(() => positionInPeriod(new Date(Number.NaN), '十二五'))).toBe('invalid_date');
    expect(codeOf(() => positionInPeriod('2013-01-01', '十六五'))).toBe('invalid_period');
    expect(codeOf(() => positionInPeriod('2013-01-01', { name: '十二五', from: 2015, to: 2011, base: 2014 }))).toBe('invalid_period');
  });
});

describe('yearFraction', () => {
  it('is the part of the year elapsed at the start of the day', () => {
    expect(yearFraction('2020-07-02').toFixed()).toBe('2020.5');
    expect(yearFraction('2018-07-02').toFixed(4)).toBe('2018.4986');
    expect(yearFraction('2018-01-01').toFixed()).toBe('2018');
    expect(yearFraction(new Date(2016, 11, 31)).toFixed(6)).toBe((2016 + 365 / 366).toFixed(6));
    expect(codeOf(() => yearFraction(''))).toBe('invalid_date');
  });
});

describe('properties', () => {
  const periods = listPlanPeriods();
  const day = fc.integer({ min: 0, max: 365 * 30 }).map((n) => new Date(2000, 0, 1 + n));

  it('every period is five years from the year after its base', () => {
    for (const p of periods) {
      expect(p.to - p.from).toBe(4);
      expect(p.base).toBe(p.from - 1);
      expect(planPeriod(p.name)).toBe(p);
      expect(planYear(`${p.name}末`)).toBe(p.to);
      for (let y = p.from; y <= p.to; y++) expect(periodOfYear(y)).toBe(p);
    }
  });

  it('positionInPeriod is monotone in the date and within [0, 1]', () => {
    fc.assert(
      fc.property(day, day, fc.constantFrom(...periods), (a, b, p) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const x = positionInPeriod(early, p);
        const y = positionInPeriod(late, p);
        expect(x.lte(y)).toBe(true);
        expect(x.gte(0) && y.lte(1)).toBe(true);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('yearFraction is strictly increasing and its integer part is the year', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 1, max: 400 }), (a, n) => {
        const b = new Date(a.getFullYear(), a.getMonth(), a.getDate() + n);
        expect(yearFraction(a).lt(yearFraction(b))).toBe(true);
        expect(yearFraction(a).floor().toNumber()).toBe(a.getFullYear());
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('parseChineseYear reads every year written in Chinese digits', () => {
    const digits = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), (y) => {
        const text = `${[...String(y)].map((d) => digits[Number(d)]).join('')}年`;
        expect(parseChineseYear(text)).toBe(y);
        expect(parseChineseYear(text.replace(/〇/g, 'O'))).toBe(y);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('chineseNumeral reads every number 0..999 written the standard way', () => {
    const d = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const write = (n: number): string => {
      const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
      if (n === 0) return '零';
      let s = h > 0 ? `${d[h]}百` : '';
      if (t > 0) s += `${h === 0 && t === 1 ? '' : d[t]}十`;
      else if (h > 0 && u > 0) s += '零';
      if (u > 0) s += d[u];
      return s;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), (n) => {
        expect(chineseNumeral(write(n))).toBe(n);
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('never throws anything but GrowthError on random strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
        const expected: [() => unknown, string[]][] = [
          [() => planPeriod(s), ['invalid_period']],
          [() => planYear(s), ['invalid_period', 'invalid_year']],
          [() => parseChineseYear(s), ['invalid_year']],
          [() => parseChineseDate(s), ['invalid_date']],
          [() => chineseNumeral(s), ['invalid_number']],
          [() => positionInPeriod(s, '十二五'), ['invalid_date']],
          [() => positionInPeriod('2013-01-01', s), ['invalid_period']],
          [() => yearFraction(s), ['invalid_date']],
        ];
        for (const [f, codes] of expected) {
          const c = codeOf(f);
          if (c !== undefined) expect(codes).toContain(c);
        }
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});
