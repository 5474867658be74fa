/**
 * Five-year plan periods (十一五 … 十五五), Chinese year and small-number notation, and where a
 * date falls in a period.
 *
 * Date convention: a date is a calendar day in local time (a `Date` is read through its local
 * calendar day; an ISO string through date-fns `parseISO`, so "2018-07-02" is that local day).
 * A period runs from Jan 1 of its first year (the end of its base year) to Dec 31 of its last
 * year; {@link positionInPeriod} counts whole calendar days between those two days, so Jan 1 of
 * `from` is 0 and Dec 31 of `to` is 1.
 */
// Deep imports: the date-fns index loads every one of its functions (about 150 ms at start-up).
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { getDayOfYear } from 'date-fns/getDayOfYear';
import { getDaysInYear } from 'date-fns/getDaysInYear';
import { isValid } from 'date-fns/isValid';
import { parseISO } from 'date-fns/parseISO';
import { argError } from '../errors.js';
import { D } from '../math/decimal.js';

/** The names of the five-year plans known to the library. */
export type PlanPeriodName = '十一五' | '十二五' | '十三五' | '十四五' | '十五五';

/**
 * A plan's period: the years `from`..`to` inclusive, and the base year its targets grow from
 * (`from − 1` for a five-year plan; a plan may take an earlier base, such as the last year with
 * full statistics).
 */
export interface PlanPeriod {
  readonly from: number;
  readonly to: number;
  readonly base: number;
  /** The five-year plan's name when it is one (`十三五`). */
  readonly name?: string;
}

/** A five-year plan: a {@link PlanPeriod} with its name, base `from − 1`. */
export interface FiveYearPlan extends PlanPeriod {
  readonly name: PlanPeriodName;
}

/** A calendar date: a `Date`, or an ISO 8601 string ("2018-07-02"). */
export type DateInput = Date | string;

const PERIODS: readonly FiveYearPlan[] = (
  [
    ['十一五', 2006],
    ['十二五', 2011],
    ['十三五', 2016],
    ['十四五', 2021],
    ['十五五', 2026],
  ] as const
).map(([name, from]) => Object.freeze({ name, from, to: from + 4, base: from - 1 }));

const QUOTES = /["'“”‘’「」『』《》]/g;
const PERIOD_SUFFIX = /(?:时期|期间|规划|计划)$/;

/**
 * Looks up a five-year plan period by name. Quotes (“十二五”), a trailing 时期/期间/规划 and a
 * trailing 末 ("十二五末", the end of the period) are accepted.
 *
 * @throws `invalid_period` for anything else.
 * @example
 * planPeriod('“十二五”') //=> { name: '十二五', from: 2011, to: 2015, base: 2010 }
 */
export function planPeriod(name: string): FiveYearPlan {
  const period = typeof name === 'string' ? findPeriod(cleanPeriodText(name).replace(/末$/, '')) : undefined;
  if (period === undefined) throw argError('invalid_period', 'name', name, 'is not a five-year plan period (十一五 … 十五五)');
  return period;
}

/**
 * The year a plan-period reference stands for: "十二五末" (the end of 十二五) is 2015.
 * A plain year ("2015年", "二〇一五年") is read with {@link parseChineseYear}.
 *
 * @throws `invalid_period` for a period reference without 末 or an unknown period;
 *   `invalid_year` for text that is neither.
 * @example
 * planYear('“十二五”末') //=> 2015
 */
export function planYear(text: string): number {
  if (typeof text !== 'string') throw argError('invalid_year', 'text', text, 'must be a string');
  const clean = cleanPeriodText(text);
  if (/五末$/.test(clean)) return planPeriod(clean).to;
  if (/^十.五/.test(clean)) throw argError('invalid_period', 'text', text, 'names a period, not a year (add 末 for its end)');
  return parseChineseYear(text);
}

/**
 * The five-year plan period a year belongs to, or `undefined` outside 2006–2030.
 *
 * @throws `invalid_year` when `year` is not a whole number.
 * @example
 * periodOfYear(2013)?.name //=> '十二五'
 */
export function periodOfYear(year: number): FiveYearPlan | undefined {
  if (typeof year !== 'number' || !Number.isInteger(year)) throw argError('invalid_year', 'year', year, 'must be a whole number');
  return PERIODS.find((p) => year >= p.from && year <= p.to);
}

/**
 * Every known period, oldest first.
 *
 * @example
 * listPlanPeriods().map((p) => p.name) //=> ['十一五', '十二五', '十三五', '十四五', '十五五']
 */
export function listPlanPeriods(): readonly FiveYearPlan[] {
  return PERIODS;
}

const CHINESE_DIGITS: Readonly<Record<string, string>> = {
  〇: '0', '○': '0', O: '0', o: '0', 零: '0',
  一: '1', 二: '2', 三: '3', 四: '4', 五: '5', 六: '6', 七: '7', 八: '8', 九: '9',
};

/**
 * Reads a year written digit by digit: "二〇一二年", "二O一二年" (with a Latin O, o, 零 or ○ for
 * zero), "2012年", full-width "２０１２年"; 年 may be left out.
 *
 * @throws `invalid_year` for anything but four digits (first not zero).
 * @example
 * parseChineseYear('二O一二年') //=> 2012
 */
export function parseChineseYear(text: string): number {
  if (typeof text !== 'string') throw argError('invalid_year', 'text', text, 'must be a string');
  const clean = text.normalize('NFKC').replace(QUOTES, '').trim().replace(/年$/, '').trim();
  const digits = [...clean].map((c) => (/^[0-9]$/.test(c) ? c : (CHINESE_DIGITS[c] ?? 'x'))).join('');
  if (!/^[1-9][0-9]{3}$/.test(digits)) throw argError('invalid_year', 'text', text, 'is not a four-digit year');
  return Number(digits);
}

/**
 * Reads a date written the Chinese way, as an ISO date: "二O一二年四月二十五日" (the year digit
 * by digit, month and day as numerals) or "2012年4月25日".
 *
 * @throws `invalid_date` for anything else, or a day the calendar does not have.
 * @example
 * parseChineseDate('二O一二年四月二十五日') //=> '2012-04-25'
 */
export function parseChineseDate(text: string): string {
  const m = typeof text === 'string' ? /^(.+?年)(.+?)月(.+?)[日号]$/.exec(text.normalize('NFKC').replace(/\s+/g, '')) : null;
  const parts = m === null ? undefined : tryParts(m[1] ?? '', m[2] ?? '', m[3] ?? '');
  if (parts === undefined) throw argError('invalid_date', 'text', text, 'is not a date written as 年月日');
  const [y, mo, d] = parts;
  const date = new Date(y, mo - 1, d);
  if (!isValid(date) || date.getMonth() !== mo - 1 || date.getDate() !== d) {
    throw argError('invalid_date', 'text', text, 'is not a day of the calendar');
  }
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function tryParts(year: string, month: string, day: string): [number, number, number] | undefined {
  try {
    return [parseChineseYear(year), chineseNumeral(month), chineseNumeral(day)];
  } catch {
    return undefined;
  }
}

const NUMERAL_DIGITS: Readonly<Record<string, number>> = {
  一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const NUMERAL = /^(?:([一二两三四五六七八九])?百(零)?)?(?:([一二两三四五六七八九])?十)?([一二两三四五六七八九])?$/;

/**
 * Reads a small Chinese numeral, 0..999: 一 … 九十九, 两, 十, 百 (used in 翻两番, 增长两倍,
 * 翻一番). Arabic digits are read too. "一百五" (colloquial 150) is refused as ambiguous.
 *
 * @throws `invalid_number` for anything else.
 * @example
 * chineseNumeral('两') //=> 2
 * chineseNumeral('二十五') //=> 25
 * chineseNumeral('一百零五') //=> 105
 */
export function chineseNumeral(text: string): number {
  if (typeof text !== 'string') throw argError('invalid_number', 'text', text, 'must be a string');
  const clean = text.normalize('NFKC').trim();
  if (/^[0-9]{1,15}$/.test(clean)) return Number(clean);
  if (clean === '零' || clean === '〇') return 0;
  const m = clean === '' ? null : NUMERAL.exec(clean);
  if (m !== null) {
    const [, h, zero, t, u] = m;
    const hasHundreds = clean.includes('百');
    const hasTens = clean.includes('十');
    const ambiguous = hasHundreds && zero === undefined && !hasTens && u !== undefined;
    const zeroMisplaced = zero !== undefined && (hasTens || u === undefined);
    if (!ambiguous && !zeroMisplaced) {
      const hundreds = hasHundreds ? (h === undefined ? 1 : digit(h)) : 0;
      const tens = hasTens ? (t === undefined ? 1 : digit(t)) : 0;
      return hundreds * 100 + tens * 10 + (u === undefined ? 0 : digit(u));
    }
  }
  throw argError('invalid_number', 'text', text, 'is not a small Chinese numeral');
}

function digit(c: string): number {
  return NUMERAL_DIGITS[c] ?? 0;
}

/** The places of a Chinese numeral inside a section of four digits. */
const PLACES: Readonly<Record<string, bigint>> = { 十: 10n, 百: 100n, 千: 1000n };

/** Reads one section below 10,000 (一千零五, 两千, 三百二十), or undefined when it is malformed or colloquial. */
function numeralSection(text: string): bigint | undefined {
  let total = 0n;
  let pending: bigint | undefined;
  let lastPlace = 10000n;
  let zero = false;
  for (const c of text) {
    const place = PLACES[c];
    if (place !== undefined) {
      if (place >= lastPlace) return undefined;
      total += (pending ?? 1n) * place;
      lastPlace = place;
      pending = undefined;
      zero = false;
    } else if (c === '零' || c === '〇') {
      if (pending !== undefined || zero || lastPlace === 10000n) return undefined;
      zero = true;
    } else {
      const d = NUMERAL_DIGITS[c];
      if (d === undefined || pending !== undefined) return undefined;
      pending = BigInt(d);
    }
  }
  if (pending !== undefined) {
    // 一千五 (colloquial 1500) is ambiguous; 一千零五 and 二十五 are not.
    if (lastPlace > 10n && lastPlace !== 10000n && !zero) return undefined;
    total += pending;
  } else if (zero) {
    return undefined;
  }
  return total;
}

/**
 * Reads a Chinese numeral of any size as exact decimal text: sections of 十/百/千 joined by 万
 * and 亿 (两千 is 2000, 一亿二千万 is 120000000, 百 is 100, 十五 is 15). Colloquial forms that
 * drop the last place (一千五) are refused as ambiguous. Arabic digits are read too.
 *
 * @throws `invalid_number` for anything else.
 * @example
 * chineseNumber('两千') //=> '2000'
 * chineseNumber('一亿二千万') //=> '120000000'
 * chineseNumber('三千零五') //=> '3005'
 */
export function chineseNumber(text: string): string {
  if (typeof text !== 'string') throw argError('invalid_number', 'text', text, 'must be a string');
  const clean = text.normalize('NFKC').trim();
  if (/^[0-9]{1,30}$/.test(clean)) return BigInt(clean).toString();
  if (clean === '零' || clean === '〇') return '0';
  const value = clean.length <= 40 ? readNumeral(clean) : undefined;
  if (value === undefined || value === 0n) throw argError('invalid_number', 'text', text, 'is not a Chinese numeral');
  return value.toString();
}

/** A numeral: [below-亿 亿] below-亿. */
function readNumeral(text: string): bigint | undefined {
  const parts = text.split('亿');
  if (parts.length > 2) return undefined;
  const [high = '', low = ''] = parts;
  if (parts.length === 1) return readBelowYi(high);
  const yi = high === '' ? 1n : readBelowYi(high);
  const rest = low === '' ? 0n : readBelowYi(low.replace(/^[零〇]/, ''));
  return yi === undefined || rest === undefined ? undefined : yi * 100000000n + rest;
}

/** A numeral below 1亿: [section 万] section. */
function readBelowYi(text: string): bigint | undefined {
  if (text === '') return undefined;
  const parts = text.split('万');
  if (parts.length > 2) return undefined;
  const [high = '', low = ''] = parts;
  const wan = parts.length === 2 ? (high === '' ? 1n : numeralSection(high)) : 0n;
  const rest = parts.length === 2 ? (low === '' ? 0n : numeralSection(low.replace(/^[零〇]/, ''))) : numeralSection(high);
  if (wan === undefined || rest === undefined) return undefined;
  return wan * 10000n + rest;
}

/**
 * Where a date falls in a plan period, as a fraction in [0, 1]:
 * (days from Jan 1 of `from` to the date) / (days from Jan 1 of `from` to Dec 31 of `to`),
 * in whole calendar days; dates before the period give 0, after it 1.
 *
 * @throws `invalid_date` for an invalid date; `invalid_period` for an unknown period.
 * @example
 * positionInPeriod('2011-01-01', '十二五').toFixed() //=> '0'
 * positionInPeriod('2015-12-31', '十二五').toFixed() //=> '1'
 */
export function positionInPeriod(date: DateInput, period: PlanPeriod | string): D {
  const day = toDate(date, 'date');
  const p = checkPeriod(period);
  const start = new Date(p.from, 0, 1);
  start.setFullYear(p.from);
  const end = new Date(p.to, 11, 31);
  end.setFullYear(p.to);
  if (!isValid(start) || !isValid(end)) throw argError('invalid_period', 'period', period, 'has years out of the date range');
  const total = differenceInCalendarDays(end, start);
  const elapsed = differenceInCalendarDays(day, start);
  if (elapsed <= 0) return new D(0);
  if (elapsed >= total) return new D(1);
  return new D(elapsed).div(total);
}

/**
 * A date as a fractional year: year + (day of year − 1) / days in that year, i.e. the part of
 * the year elapsed at the start of the day (Jan 1 is `year.0`; leap years have 366 days).
 *
 * @throws `invalid_date` for an invalid date.
 * @example
 * yearFraction('2020-07-02').toFixed() //=> '2020.5'
 * yearFraction('2018-07-02').toFixed(4) //=> '2018.4986'
 */
export function yearFraction(date: DateInput): D {
  const day = toDate(date, 'date');
  return new D(getDayOfYear(day) - 1).div(getDaysInYear(day)).plus(day.getFullYear());
}

function checkPeriod(period: PlanPeriod | string): PlanPeriod {
  if (typeof period === 'string') return planPeriod(period);
  if (
    typeof period === 'object' &&
    period !== null &&
    Number.isInteger(period.from) &&
    Number.isInteger(period.to) &&
    period.from <= period.to
  ) {
    return period;
  }
  throw argError('invalid_period', 'period', period, 'must be a plan period or its name');
}

function toDate(date: DateInput, argument: string): Date {
  let d: Date | undefined;
  if (date instanceof Date) d = date;
  else if (typeof date === 'string') d = parseISO(date.trim());
  if (d === undefined || !isValid(d)) throw argError('invalid_date', argument, date, 'is not a valid date');
  return d;
}

function cleanPeriodText(text: string): string {
  return text.normalize('NFKC').replace(QUOTES, '').replace(/\s+/g, '').replace(PERIOD_SUFFIX, '');
}

function findPeriod(name: string): FiveYearPlan | undefined {
  return PERIODS.find((p) => p.name === name);
}
