/**
 * Tokens of a sentence: quantities (a number with its unit and qualifiers, a range, a Chinese
 * numeral with a magnitude), years, plan periods and doubling phrases. One pass over the
 * sentence; each sticky pattern is tried only where its token can start.
 */
import { isWrittenNumber } from '../math/number-text.js';
import {
  chineseNumber,
  chineseNumeral,
  listUnits,
  parseChineseYear,
  qualifiersAt,
  unitOf,
  type PlanPeriodName,
  type Qualifier,
} from '../units/index.js';
import { LEVEL_IDIOM_TAIL, MEASURE_AT, PER_CAPITA_AT, CHINESE_NUMERAL_AT, CJK_CHAR, CHINESE_YEAR_AT, DOUBLING_AT, LATIN_LETTER, NUMBER_AT, ORDINAL_TAIL, PERIOD_AT } from './patterns.js';
import type { Range } from './segment.js';

/** A number with its unit and the qualifiers written on it (超过1000户, 600余户, 2000亿元以上). */
export interface QuantityToken extends Range {
  readonly kind: 'quantity';
  /** Where the number itself is (the first number of a range). */
  readonly number: Range;
  /** The number as written, normalised: ASCII digits, no thousands separators. */
  readonly text: string;
  /** The upper end of a range (6.5%–7%, 3-5家). */
  readonly high?: string;
  /** The unit symbol of the table, `''` when the number has none. */
  readonly unit: string;
  readonly qualifiers: readonly Qualifier[];
  /** True for a Chinese numeral (两千家). */
  readonly chinese: boolean;
  /** A unit outside the table, as the plan must declare it: `unit` is `factor` × `base`. */
  readonly declared?: { readonly base: string; readonly factor: string };
}

/** A year (2012年, 二O一二年, 2014-2020年). */
export interface YearToken extends Range {
  readonly kind: 'year';
  readonly year: number;
  /** The last year of a range (2014-2020年). */
  readonly to?: number;
  /** `base` after 在/从/由/自/比/较, `target` after 到/至/截至 or with 底/末, else `plain`. */
  readonly role: 'base' | 'target' | 'plain';
  /** True when the year is followed by 月 (a date, not a time of a figure). */
  readonly date: boolean;
}

/** A five-year plan period (“十二五”, 十三五期间, “十二五”末). */
export interface PeriodToken extends Range {
  readonly kind: 'period';
  readonly name: PlanPeriodName;
  /** 末: the period's last year. */
  readonly last: boolean;
  /** 期间, 时期: the period's years. */
  readonly span: boolean;
  /** 比…末, 在…基础上: a base. */
  readonly base: boolean;
}

/** 翻一番 (×2), 翻两番 (×4), 翻番 (×2). */
export interface DoublingToken extends Range {
  readonly kind: 'doubling';
  /** The multiple as text: 2^k. */
  readonly multiple: string;
}

export type Token = QuantityToken | YearToken | PeriodToken | DoublingToken;

/** Something the scanner met and did not read as a token, for the issues. */
export interface Skipped extends Range {
  readonly reason: 'long_number' | 'code';
}

const PERIOD_NAMES: readonly PlanPeriodName[] = ['十一五', '十二五', '十三五', '十四五', '十五五'];
const PERIOD_DIGITS = '一二三四五';

const BEFORE = qualifiersAt('before');
const BETWEEN = qualifiersAt('between');
const AFTER = qualifiersAt('after');

const YEAR_DIGITS = new Set([...'〇○零Oo一二三四五六七八九']);
const NUMERAL_CHARS = new Set([...'零〇一二两三四五六七八九十百千万亿']);
const MAGNITUDE_CHARS = new Set([...'十百千万亿']);
const RANGE_DASHES = new Set(['-', '–', '—', '~', '～', '至']);
const BASE_PREFIXES = ['在', '从', '由', '自', '比', '较', '是'];
const TARGET_PREFIXES = ['截止到', '截至', '截止', '到', '至', '于'];
const COPULAS = ['达到', '为', '达', '是', '在'];

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

/** The unit symbols of the table (and `%`), by first character, longest first. */
let unitIndex: ReadonlyMap<string, readonly string[]> | undefined;
function unitsStartingWith(c: string): readonly string[] {
  if (unitIndex === undefined) {
    const index = new Map<string, string[]>();
    for (const symbol of [...listUnits().map((u) => u.symbol), '%']) {
      if (symbol === '') continue;
      const first = symbol[0] ?? '';
      const list = index.get(first) ?? [];
      if (!list.includes(symbol)) list.push(symbol);
      index.set(first, list);
    }
    for (const list of index.values()) list.sort((a, b) => b.length - a.length);
    unitIndex = index;
  }
  return unitIndex.get(c) ?? [];
}

/** The longest unit of the table written at `i` (after at most two spaces), with where it ends. */
function unitAt(s: string, i: number, limit: number): { readonly unit: string; readonly end: number } {
  let j = i;
  while (j < limit && j - i < 2 && s[j] === ' ') j++;
  for (const symbol of unitsStartingWith(s[j] ?? '')) {
    if (j + symbol.length <= limit && s.startsWith(symbol, j)) return { unit: symbol, end: j + symbol.length };
  }
  return { unit: '', end: i };
}

const MAGNITUDES: ReadonlyMap<string, string> = new Map([
  ['千', '1000'],
  ['万', '10000'],
  ['百万', '1000000'],
  ['亿', '100000000'],
  ['万亿', '1000000000000'],
]);

/**
 * A unit outside the table written at `i`: a count per people (台/万人, 件/万人: its own base), or a
 * measure word under a magnitude (亿斤 is 10^8 斤), ending the number's words.
 */
function declaredUnitAt(s: string, from: number, limit: number): { readonly unit: string; readonly end: number; readonly base: string; readonly factor: string } | undefined {
  let i = from;
  while (i < limit && i - from < 2 && s[i] === ' ') i++;
  PER_CAPITA_AT.lastIndex = i;
  const per = PER_CAPITA_AT.exec(s);
  if (per !== null && i + per[0].length <= limit) return { unit: per[0], end: i + per[0].length, base: per[0], factor: '1' };
  MEASURE_AT.lastIndex = i;
  const m = MEASURE_AT.exec(s);
  const next = i + (m?.[0].length ?? 0);
  if (m !== null && m[2] !== undefined && next <= limit && (!CJK_CHAR.test(s[next] ?? '') || LEVEL_IDIOM_TAIL.test(s.slice(next, next + 3)))) {
    return { unit: m[0], end: i + m[0].length, base: m[2], factor: m[1] === undefined ? '1' : (MAGNITUDES.get(m[1]) ?? '1') };
  }
  // A magnitude before a unit of the table that the table has no such multiple of (万亿美元 is 10^12 美元).
  const magnitude = ['万亿', '百万', '亿', '万', '千'].find((w) => s.startsWith(w, i));
  if (magnitude === undefined) return undefined;
  const after = unitAt(s, i + magnitude.length, limit);
  if (after.unit === '' || after.end !== i + magnitude.length + after.unit.length || MAGNITUDES.has(after.unit) || unitOf(after.unit).dimension === 'number') return undefined;
  return { unit: `${magnitude}${after.unit}`, end: after.end, base: after.unit, factor: MAGNITUDES.get(magnitude) ?? '1' };
}

/** The qualifier of `list` written at `i`, if any. */
function qualifierAt(s: string, i: number, list: readonly Qualifier[]): Qualifier | undefined {
  return list.find((q) => s.startsWith(q, i));
}

/** A 'before' qualifier ending at `i` (超过1000, 约为65%), with where it starts. */
function qualifierBefore(s: string, i: number, floor: number): { readonly q: Qualifier; readonly start: number } | undefined {
  let end = i;
  while (end > floor && s[end - 1] === ' ') end--;
  for (const gap of ['', ...COPULAS]) {
    if (gap !== '' && !(end - gap.length >= floor && s.startsWith(gap, end - gap.length))) continue;
    const at = end - gap.length;
    const q = BEFORE.find((w) => at - w.length >= floor && s.startsWith(w, at - w.length));
    if (q !== undefined) return { q, start: at - q.length };
  }
  return undefined;
}

/** The role of a year from the words around it. */
function yearRole(s: string, start: number, end: number, floor: number): YearToken['role'] {
  const before = s.slice(Math.max(floor, start - 4), start).trimEnd();
  if (TARGET_PREFIXES.some((p) => before.endsWith(p))) return 'target';
  if (BASE_PREFIXES.some((p) => before.endsWith(p))) return 'base';
  const after = s.slice(end, end + 3);
  if (after.startsWith('底') || after.startsWith('末') || after.startsWith('年底') || after.startsWith('年末')) return 'target';
  return 'plain';
}

/** Years named relative to the document's (今年 is its year of issue). */
const RELATIVE_YEARS: Readonly<Record<string, number>> = { 今年: 0, 本年: 0, 明年: 1, 去年: -1 };

/** Character classes the scanner tests at every position, as bits of a table over the BMP. */
const DIGIT = 1;
const YEAR_DIGIT = 2;
const NUMERAL = 4;
const PERIOD_START = 8;
const DOUBLING = 16;
const RELATIVE = 32;
const CLASSES: Uint8Array = (() => {
  const table = new Uint8Array(0x10000);
  const mark = (chars: Iterable<string>, bit: number): void => {
    for (const c of chars) table[c.charCodeAt(0)] = (table[c.charCodeAt(0)] ?? 0) | bit;
  };
  mark('0123456789', DIGIT);
  mark(YEAR_DIGITS, YEAR_DIGIT);
  mark(NUMERAL_CHARS, NUMERAL);
  mark(['十', '“', '"', '「', '『', '‘', "'"], PERIOD_START);
  mark(['翻', '倍', '双'], DOUBLING);
  mark(Object.keys(RELATIVE_YEARS).map((w) => w[0] as string), RELATIVE);
  return table;
})();
const classOf = (s: string, i: number): number => CLASSES[s.charCodeAt(i)] ?? 0;
const DOT = 0x2e;
const DI = 0x7b2c; // 第

/**
 * Reads a sentence's tokens. `s` is the folded text; only `range` is read. With `published` (the
 * year of issue), 今年, 本年, 明年 and 去年 are read as years too.
 */
export function scanTokens(s: string, range: Range, published?: number): { readonly tokens: readonly Token[]; readonly skipped: readonly Skipped[] } {
  const tokens: Token[] = [];
  const skipped: Skipped[] = [];
  const limit = range.end;
  let i = range.start;
  while (i < limit) {
    const k = classOf(s, i);
    if (k === 0) {
      i++;
      continue;
    }
    const prev = i > range.start ? classOf(s, i - 1) : 0;
    const prevCode = i > range.start ? s.charCodeAt(i - 1) : 0;
    if ((k & DIGIT) !== 0 && (prev & DIGIT) === 0 && prevCode !== DOT) {
      const next = readArabic(s, i, range, tokens, skipped);
      i = Math.max(next, i + 1);
      continue;
    }
    if ((k & RELATIVE) !== 0 && published !== undefined) {
      const offset = RELATIVE_YEARS[s.slice(i, i + 2)];
      const before = s.slice(Math.max(range.start, i - 1), i);
      if (offset !== undefined && before !== '比' && before !== '较' && i + 2 <= limit) {
        tokens.push({ kind: 'year', start: i, end: i + 2, year: published + offset, role: 'plain', date: false });
        i += 2;
        continue;
      }
    }
    if ((k & DOUBLING) !== 0) {
      DOUBLING_AT.lastIndex = i;
      const m = DOUBLING_AT.exec(s);
      if (m !== null && i + m[0].length <= limit) {
        const times = m[1] === undefined ? 1 : chineseNumeral(m[1]);
        tokens.push({ kind: 'doubling', start: i, end: i + m[0].length, multiple: (2 ** times).toString() });
        i += m[0].length;
        continue;
      }
    }
    if ((k & PERIOD_START) !== 0) {
      const period = readPeriod(s, i, range);
      if (period !== undefined) {
        tokens.push(period);
        i = period.end;
        continue;
      }
    }
    if ((k & YEAR_DIGIT) !== 0 && (prev & YEAR_DIGIT) === 0) {
      CHINESE_YEAR_AT.lastIndex = i;
      const m = CHINESE_YEAR_AT.exec(s);
      if (m !== null && i + m[0].length < limit) {
        const year = safeYear(m[0]);
        if (year !== undefined) {
          const end = i + m[0].length + 1;
          tokens.push({ kind: 'year', start: i, end, year, role: yearRole(s, i, end, range.start), date: s[end + 1] === '月' || s[end + 2] === '月' });
          i = end;
          continue;
        }
      }
    }
    if ((k & NUMERAL) !== 0 && (prev & NUMERAL) === 0 && prevCode !== DI) {
      const next = readChinese(s, i, range, tokens);
      i = Math.max(next, i + 1);
      continue;
    }
    i++;
  }
  return { tokens: sharedUnits(s, tokens), skipped };
}

/** A list of numbers whose unit is written once, after the last (897、422、308亿元): the unit is each one's. */
function sharedUnits(s: string, tokens: readonly Token[]): Token[] {
  const out = [...tokens];
  for (let k = out.length - 2; k >= 0; k--) {
    const t = out[k];
    const next = out[k + 1];
    if (t?.kind !== 'quantity' || next?.kind !== 'quantity' || t.unit !== '' || t.qualifiers.length > 0 || next.unit === '' || next.unit === '%') continue;
    if (!LIST_JOINS.has(s.slice(t.end, next.start))) continue;
    out[k] = { ...t, unit: next.unit };
  }
  return out;
}

const LIST_JOINS = new Set(['、', '和', '及', ',']);

/** The end of a span's second year right after its first (2013年至2021年, 2016年-2020年), if one is written there. */
function spanEnd(s: string, at: number, limit: number, from: number): { readonly year: number; readonly end: number } | undefined {
  let j = at;
  if (s[j] === ' ') j++;
  if (!RANGE_DASHES.has(s[j] ?? '') && s[j] !== '到') return undefined;
  j++;
  if (s[j] === ' ') j++;
  const digits = s.slice(j, j + 4);
  if (![...digits].every(isDigit) || digits.length !== 4) return undefined;
  const nian = s[j + 4] === '年' ? j + 4 : s[j + 4] === ' ' && s[j + 5] === '年' ? j + 5 : -1;
  const year = Number(digits);
  if (nian === -1 || nian >= limit || year <= from || year > 2100 || s[nian + 2] === '月' || s[nian + 3] === '月') return undefined;
  return { year, end: nian + 1 };
}

function safeYear(text: string): number | undefined {
  try {
    return parseChineseYear(text);
  } catch {
    return undefined;
  }
}

/** A period token at `i`, if one is written there. */
function readPeriod(s: string, i: number, range: Range): PeriodToken | undefined {
  PERIOD_AT.lastIndex = i;
  const m = PERIOD_AT.exec(s);
  if (m === null || i + m[0].length > range.end) return undefined;
  const digit = m[1] ?? '';
  const name = PERIOD_NAMES[PERIOD_DIGITS.indexOf(digit)];
  if (name === undefined) return undefined;
  const suffix = m[3] ?? '';
  const before = s.slice(Math.max(range.start, i - 2), i);
  const after = s.slice(i + m[0].length, i + m[0].length + 4);
  const last = suffix === '末' || suffix === '末期';
  return {
    kind: 'period',
    start: i,
    end: i + m[0].length,
    name,
    last,
    span: suffix === '期间' || suffix === '时期' || suffix === '以来',
    base: before.endsWith('比') || before.endsWith('较') || (last && after.startsWith('的基础')),
  };
}

/** Reads an Arabic number (a year, a year range, or a quantity) at `i`; returns where to go on. */
function readArabic(s: string, i: number, range: Range, tokens: Token[], skipped: Skipped[]): number {
  const limit = range.end;
  let run = i;
  while (run < limit && (isDigit(s[run]) || s[run] === '.' || s[run] === ',')) run++;
  NUMBER_AT.lastIndex = i;
  const m = NUMBER_AT.exec(s);
  if (m === null) return run;
  const numEnd = i + m[0].length;
  if (numEnd > limit) return run;
  if (isDigit(s[numEnd])) {
    skipped.push({ start: i, end: run, reason: 'long_number' });
    return run;
  }
  const prev = i > range.start ? (s[i - 1] ?? '') : '';
  // A number glued to letters after it (4G, 5OOMPa) is a code; letters before it (IPv6) too, unless a unit follows (GDP3600亿元).
  if ((LATIN_LETTER.test(s[numEnd] ?? '') && !s.startsWith('R&D', numEnd)) || (LATIN_LETTER.test(prev) && unitAt(s, numEnd, limit).unit === '')) {
    skipped.push({ start: i, end: numEnd, reason: 'code' });
    return numEnd;
  }
  const written = m[0];
  // Years: 2012年, 2014-2020年, 2014年9月.
  if (/* four digits */ written.length === 4 && !written.includes(',')) {
    const year = Number(written);
    if (year >= 1900 && year <= 2100) {
      // 2024年, and 2024 年 as some pages space their numbers.
      const nian = s[numEnd] === '年' ? numEnd : s[numEnd] === ' ' && s[numEnd + 1] === '年' && numEnd + 1 < limit ? numEnd + 1 : -1;
      if (nian !== -1) {
        const end = nian + 1;
        // 2013年至2021年, 2016年—2020年: one span of years.
        const last = spanEnd(s, end, limit, year);
        if (last !== undefined) {
          tokens.push({ kind: 'year', start: i, end: last.end, year, to: last.year, role: 'plain', date: false });
          return last.end;
        }
        tokens.push({ kind: 'year', start: i, end, year, role: yearRole(s, i, end, range.start), date: s[end + 1] === '月' || s[end + 2] === '月' });
        return end;
      }
      const dash = s[numEnd] ?? '';
      if (RANGE_DASHES.has(dash)) {
        NUMBER_AT.lastIndex = numEnd + 1;
        const m2 = NUMBER_AT.exec(s);
        const to = m2 === null ? NaN : Number(m2[0]);
        const end2 = numEnd + 1 + (m2?.[0].length ?? 0);
        if (m2 !== null && m2[0].length === 4 && to > year && to <= 2100 && s[end2] === '年' && end2 < limit) {
          tokens.push({ kind: 'year', start: i, end: end2 + 1, year, to, role: 'plain', date: false });
          return end2 + 1;
        }
      }
    }
  }
  if (ORDINAL_TAIL.test(s.slice(numEnd, numEnd + 2)) || s[i - 1] === '第' || s[i - 1] === '〔' || s[i - 1] === '[') return numEnd;
  return readQuantity(s, i, numEnd, written, range, tokens, false);
}

/** Reads a Chinese numeral with a unit (两千家, 百亿元, 增长两倍); returns where to go on. */
function readChinese(s: string, i: number, range: Range, tokens: Token[]): number {
  CHINESE_NUMERAL_AT.lastIndex = i;
  const m = CHINESE_NUMERAL_AT.exec(s);
  if (m === null) return i + 1;
  let run = m[0];
  const runEnd = i + run.length;
  if (runEnd > range.end || s[runEnd] === '大' || NUMERAL_CHARS.has(s[runEnd] ?? '')) return runEnd;
  // A trailing 万/亿 belongs to the unit when nothing larger is in the numeral (两千万元 is 两千 万元).
  let numEnd = runEnd;
  for (const magnitude of ['万亿', '亿', '万']) {
    if (run.length > magnitude.length && run.endsWith(magnitude) && !(magnitude === '万' && run.includes('亿'))) {
      const rest = run.slice(0, -magnitude.length);
      if (unitAt(s, runEnd - magnitude.length, range.end).unit.length > magnitude.length) {
        run = rest;
        numEnd = runEnd - magnitude.length;
      }
      break;
    }
  }
  const small = ![...run].some((c) => MAGNITUDE_CHARS.has(c));
  // 万元, 亿元 alone name a unit (万元GDP能耗), not a number.
  if ([...run].every((c) => c === '万' || c === '亿')) return runEnd;
  const nextUnit = unitAt(s, numEnd, range.end).unit;
  const multiple = nextUnit === '倍';
  if ((small && !multiple) || nextUnit === '' || nextUnit === '%') return runEnd;
  let text: string;
  try {
    text = chineseNumber(run);
  } catch {
    return runEnd;
  }
  return readQuantity(s, i, numEnd, text, range, tokens, true);
}

/** Reads the unit, range and qualifiers around a number from `start` to `numEnd`; pushes the quantity. */
function readQuantity(
  s: string,
  start: number,
  numEnd: number,
  written: string,
  range: Range,
  tokens: Token[],
  chinese: boolean,
): number {
  const limit = range.end;
  const text = written.replaceAll(',', '');
  if (!isWrittenNumber(text)) return numEnd;
  let j = numEnd;
  const qualifiers: Qualifier[] = [];
  // A percent sign on the first end of a range (6.5%–7%).
  let firstUnit = '';
  if (s[j] === '%') {
    firstUnit = '%';
    j++;
  }
  // A range: 3-5家, 6.5%–7%, 5-10亿元.
  let high: string | undefined;
  if (!chinese && RANGE_DASHES.has(s[j] ?? '') && isDigit(s[j + 1])) {
    NUMBER_AT.lastIndex = j + 1;
    const m = NUMBER_AT.exec(s);
    if (m !== null && j + 1 + m[0].length <= limit && !isDigit(s[j + 1 + m[0].length])) {
      const h = m[0].replaceAll(',', '');
      if (isWrittenNumber(h) && Number(h) > Number(text)) {
        high = h;
        j = j + 1 + m[0].length;
      }
    }
  }
  const between = qualifierAt(s, j, BETWEEN);
  if (between !== undefined) {
    qualifiers.push(between);
    j += between.length;
  }
  let { unit, end } = unitAt(s, j, limit);
  // A unit outside the table (52.5亿斤, 360台/万人): the plan declares it.
  let declared: QuantityToken['declared'];
  if (firstUnit === '' && (unit === '' || MAGNITUDES.has(unit) || s[end] === '/')) {
    const d = declaredUnitAt(s, j, limit);
    if (d !== undefined) {
      ({ unit, end } = d);
      declared = { base: d.base, factor: d.factor };
    }
  }
  if (unit === '' && firstUnit === '%' && high === undefined) end = j;
  if (unit === '') unit = firstUnit;
  else j = end;
  if (unit === '' && firstUnit === '') j = end;
  // Qualifiers after the unit: 以上, 左右 … (and 多/余 after a unit: 2倍多).
  for (let k = 0; k < 3; k++) {
    while (j < limit && j - end < 1 && s[j] === ' ') j++;
    const after = s.startsWith('及以上', j) ? ('以上' as Qualifier) : qualifierAt(s, j, AFTER);
    if (after !== undefined) {
      qualifiers.push(after);
      j += s.startsWith('及以上', j) ? 3 : after.length;
      continue;
    }
    const late = qualifierAt(s, j, BETWEEN);
    if (late !== undefined && unit !== '' && between === undefined && !CJK_CHAR.test(s[j + late.length] ?? '')) {
      qualifiers.push(late);
      j += late.length;
      continue;
    }
    break;
  }
  if (unit === '' && qualifiers.length === 0) j = numEnd;
  const before = qualifierBefore(s, start, range.start);
  if (before !== undefined) qualifiers.unshift(before.q);
  tokens.push({
    kind: 'quantity',
    ...(declared !== undefined && { declared }),
    start: before?.start ?? start,
    end: Math.max(j, numEnd),
    number: { start, end: numEnd },
    text,
    ...(high !== undefined && { high }),
    unit,
    qualifiers: [...new Set(qualifiers)],
    chinese,
  });
  return Math.max(j, numEnd);
}
