import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { endOfDay, endOfYear, parseDay, parseYear, shareElapsed } from '../../src/monitor/time.js';

describe('dates and years as monitoring reads them', () => {
  it.each([
    ['2018-06-30', '2018-06-30'],
    ['2018/6/30', '2018-06-30'],
    ['2018-6-3', '2018-06-03'],
    ['2018-06', '2018-06-30'],
    ['2016-02', '2016-02-29'],
    ['2018年6月30日', '2018-06-30'],
    ['２０１８－０６－３０', '2018-06-30'],
  ])('%s is %s', (text, iso) => {
    expect(parseDay(text)?.iso).toBe(iso);
  });
  it.each(['2018-02-30', '2018-13', '2018', 'June 2018', '', '2018-06-30T12:00'])('%s is not a day', (text) => {
    expect(parseDay(text)).toBeUndefined();
  });
  it('reads years written as plans write them', () => {
    expect(parseYear('2016年')).toBe(2016);
    expect(parseYear('二〇一六年')).toBe(2016);
    expect(parseYear(2016)).toBe(2016);
    expect(parseYear('16')).toBeUndefined();
    expect(parseYear(2016.5)).toBeUndefined();
  });
});

describe('the time axis', () => {
  it('an annual value stands at the end of its year, which is where Dec 31 ends', () => {
    expect(endOfYear(2017).toString()).toBe('2018');
    expect(endOfDay('2017-12-31').toString()).toBe('2018');
    expect(endOfDay('2018-06-30').toFixed(4)).toBe('2018.4959');
    expect(endOfDay('2016-06-30').toFixed(4)).toBe('2016.4973');
  });
  it('the share elapsed runs from the end of the base year to the end of the target year', () => {
    expect(shareElapsed(endOfYear(2015), 2015, 2020).isZero()).toBe(true);
    expect(shareElapsed(endOfYear(2017), 2015, 2020).toString()).toBe('0.4');
    expect(shareElapsed(endOfYear(2020), 2015, 2020).toString()).toBe('1');
    expect(shareElapsed(new D(2030), 2015, 2020).toString()).toBe('1');
    expect(shareElapsed(new D(2000), 2015, 2020).toString()).toBe('0');
  });
});
