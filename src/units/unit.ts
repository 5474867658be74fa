/**
 * The units Chinese development plans write their figures in: money (元, 万元, 亿元, 万亿元),
 * foreign money, people, mass, power, energy, volume, vehicles, coal equivalent, area, length,
 * counted things (户, 家, 个 …), intensities, percent, percentage points, multiples and index
 * points. This is the one unit table of the library: plan files, the checker and quantities use it. Each unit is a power-of-ten scale of a
 * base unit, so conversions between scales of one base are exact.
 */
import { argError } from '../errors.js';
import { D } from '../math/decimal.js';
import { toSimplified } from './script.js';

/** What a unit measures. Units convert only within one dimension and, beyond that, one base. */
export type Dimension =
  | 'money'
  | 'foreign_money'
  | 'area'
  | 'length'
  | 'people'
  | 'mass'
  | 'power'
  | 'energy'
  | 'volume'
  | 'vehicles'
  | 'coal_equivalent'
  | 'count'
  | 'percent'
  | 'points'
  | 'multiple'
  | 'index'
  | 'intensity'
  | 'number';

/** One unit of the table: `亿元` is 1e8 × `元`. */
export interface Unit {
  /** The unit as plans write it, e.g. `亿元`, `个百分点`, `%`. */
  readonly symbol: string;
  readonly dimension: Dimension;
  /** How many base units one of this unit is (`亿元`: 1e8). */
  readonly factor: D;
  /** The base unit of its scale (`元` for `亿元`; each counted thing is its own base). */
  readonly base: string;
  /** True when a whole number in this unit counts things and is exact (户, 家, 个, 人, 辆). */
  readonly exactCount: boolean;
}

type Row = readonly [symbol: string, dimension: Dimension, exponent: number, base: string, exactCount: boolean];

const ROWS: readonly Row[] = [
  ['元', 'money', 0, '元', false],
  ['万元', 'money', 4, '元', false],
  ['亿元', 'money', 8, '元', false],
  ['万亿元', 'money', 12, '元', false],
  ['千元', 'money', 3, '元', false],
  ['百万元', 'money', 6, '元', false],
  ['美元', 'foreign_money', 0, '美元', false],
  ['万美元', 'foreign_money', 4, '美元', false],
  ['亿美元', 'foreign_money', 8, '美元', false],
  ['人', 'people', 0, '人', true],
  ['万人', 'people', 4, '人', false],
  ['人次', 'people', 0, '人次', true],
  ['万人次', 'people', 4, '人次', false],
  ['吨', 'mass', 0, '吨', false],
  ['万吨', 'mass', 4, '吨', false],
  ['亿吨', 'mass', 8, '吨', false],
  ['千克', 'mass', 0, '千克', false],
  ['公斤', 'mass', 0, '千克', false],
  ['千瓦', 'power', 0, '千瓦', false],
  ['万千瓦', 'power', 4, '千瓦', false],
  ['亿千瓦', 'power', 8, '千瓦', false],
  ['兆瓦', 'power', 3, '千瓦', false],
  ['吉瓦', 'power', 6, '千瓦', false],
  ['千瓦时', 'energy', 0, '千瓦时', false],
  ['万千瓦时', 'energy', 4, '千瓦时', false],
  ['亿千瓦时', 'energy', 8, '千瓦时', false],
  ['立方米', 'volume', 0, '立方米', false],
  ['万立方米', 'volume', 4, '立方米', false],
  ['亿立方米', 'volume', 8, '立方米', false],
  ['辆', 'vehicles', 0, '辆', true],
  ['万辆', 'vehicles', 4, '辆', false],
  ['吨标准煤', 'coal_equivalent', 0, '吨标准煤', false],
  ['万吨标准煤', 'coal_equivalent', 4, '吨标准煤', false],
  ['亿吨标准煤', 'coal_equivalent', 8, '吨标准煤', false],
  ['千克标准煤', 'coal_equivalent', 0, '千克标准煤', false],
  ['平方米', 'area', 0, '平方米', false],
  ['万平方米', 'area', 4, '平方米', false],
  ['公顷', 'area', 4, '平方米', false],
  ['平方公里', 'area', 6, '平方米', false],
  ['亩', 'area', 0, '亩', false],
  ['万亩', 'area', 4, '亩', false],
  ['米', 'length', 0, '米', false],
  ['公里', 'length', 3, '米', false],
  ['千米', 'length', 3, '米', false],
  ['万公里', 'length', 7, '米', false],
  ['户', 'count', 0, '户', true],
  ['万户', 'count', 4, '户', false],
  ['家', 'count', 0, '家', true],
  ['万家', 'count', 4, '家', false],
  ['个', 'count', 0, '个', true],
  ['万个', 'count', 4, '个', false],
  ['项', 'count', 0, '项', true],
  ['万项', 'count', 4, '项', false],
  ['件', 'count', 0, '件', true],
  ['万件', 'count', 4, '件', false],
  ['台', 'count', 0, '台', true],
  ['万台', 'count', 4, '台', false],
  ['套', 'count', 0, '套', true],
  ['万套', 'count', 4, '套', false],
  ['条', 'count', 0, '条', true],
  ['部', 'count', 0, '部', true],
  ['所', 'count', 0, '所', true],
  ['座', 'count', 0, '座', true],
  ['名', 'count', 0, '名', true],
  ['万名', 'count', 4, '名', false],
  ['%', 'percent', 0, '%', false],
  ['个百分点', 'points', 0, '个百分点', false],
  ['百分点', 'points', 0, '个百分点', false],
  ['倍', 'multiple', 0, '倍', false],
  ['点', 'index', 0, '点', false],
  // Intensities per 万元 of output (万元GDP能耗, 万元工业增加值用水量): each is its own base.
  ['吨标准煤/万元', 'intensity', 0, '吨标准煤/万元', false],
  ['立方米/万元', 'intensity', 0, '立方米/万元', false],
  ['千克标准煤/万元', 'intensity', 0, '千克标准煤/万元', false],
  ['千瓦时/万元', 'intensity', 0, '千瓦时/万元', false],
  ['吨/万元', 'intensity', 0, '吨/万元', false],
  ['元/人', 'intensity', 0, '元/人', false],
  ['万元/人', 'intensity', 4, '元/人', false],
  // A bare number and its magnitudes: "市3亿 + 开发区2亿".
  ['', 'number', 0, '', false],
  ['千', 'number', 3, '', false],
  ['万', 'number', 4, '', false],
  ['百万', 'number', 6, '', false],
  ['亿', 'number', 8, '', false],
  ['万亿', 'number', 12, '', false],
];

const UNITS: ReadonlyMap<string, Unit> = new Map(
  ROWS.map(([symbol, dimension, exponent, base, exactCount]) => [
    symbol,
    Object.freeze({ symbol, dimension, factor: new D(10).pow(exponent), base, exactCount }),
  ]),
);

/**
 * Normalizes a unit symbol as written: NFKC (full-width `％` is `%`), Traditional characters as
 * Simplified (`億元` is `亿元`), no surrounding space.
 *
 * @example
 * normalizeSymbol(' ％ ') //=> '%'
 * normalizeSymbol('萬噸') //=> '万吨'
 */
export function normalizeSymbol(symbol: string): string {
  return toSimplified(symbol.normalize('NFKC').trim());
}

/**
 * Looks a unit up by its symbol (after NFKC normalization and trimming).
 *
 * @throws `invalid_unit` when the symbol is not in the table (or not a string).
 * @example
 * unitOf('亿元').factor.toFixed() //=> '100000000'
 */
export function unitOf(symbol: string | Unit): Unit {
  const key = symbolOf(symbol);
  const unit = key === undefined ? undefined : UNITS.get(normalizeSymbol(key));
  if (unit === undefined) throw argError('invalid_unit', 'unit', key ?? symbol, 'is not a known unit');
  return unit;
}

function symbolOf(symbol: unknown): string | undefined {
  if (typeof symbol === 'string') return symbol;
  if (typeof symbol === 'object' && symbol !== null) {
    const inner = (symbol as { readonly symbol?: unknown }).symbol;
    if (typeof inner === 'string') return inner;
  }
  return undefined;
}

/**
 * True when the symbol names a unit of the table. Never throws.
 *
 * @example
 * isUnit('万千瓦时') //=> true
 * isUnit('斤') //=> false
 */
export function isUnit(symbol: unknown): boolean {
  return typeof symbol === 'string' && UNITS.has(normalizeSymbol(symbol));
}

/**
 * True when two units measure the same dimension (`亿元` and `万元`; also `户` and `家`, which
 * are both counts but do not convert into each other — see {@link isConvertible}).
 *
 * @throws `invalid_unit` when either is not a known unit.
 * @example
 * sameDimension('亿元', '万元') //=> true
 * sameDimension('%', '个百分点') //=> false
 */
export function sameDimension(a: string | Unit, b: string | Unit): boolean {
  return unitOf(a).dimension === unitOf(b).dimension;
}

/**
 * True when a value in `a` converts exactly to `b`: both are scales of one base unit.
 *
 * @throws `invalid_unit` when either is not a known unit.
 * @example
 * isConvertible('亿千瓦时', '万千瓦时') //=> true
 * isConvertible('户', '家') //=> false
 */
export function isConvertible(a: string | Unit, b: string | Unit): boolean {
  const ua = unitOf(a);
  const ub = unitOf(b);
  return ua.dimension === ub.dimension && ua.base === ub.base;
}

/**
 * True when two units measure the same kind of quantity, so that a figure in one may stand for an
 * indicator in the other (万元 for 亿元, 家 for 户, 千克标准煤/万元 for 吨标准煤/万元). That is the
 * same dimension; for an intensity (a ratio written `a/b`), numerators and denominators of the
 * same dimension each, so 吨标准煤/万元 and 立方米/万元 are different quantities.
 *
 * @throws `invalid_unit` when either is not a known unit.
 * @example
 * isCompatible('千克标准煤/万元', '吨标准煤/万元') //=> true
 * isCompatible('立方米/万元', '吨标准煤/万元') //=> false
 */
export function isCompatible(a: string | Unit, b: string | Unit): boolean {
  const ua = unitOf(a);
  const ub = unitOf(b);
  if (ua.dimension !== ub.dimension) return false;
  if (ua.dimension !== 'intensity') return true;
  const [na = '', da = ''] = ua.symbol.split('/');
  const [nb = '', db = ''] = ub.symbol.split('/');
  return sameDimension(na, nb) && sameDimension(da, db);
}

/**
 * Every unit of the table, in a stable order.
 *
 * @example
 * listUnits().some((u) => u.symbol === '万吨标准煤') //=> true
 */
export function listUnits(): readonly Unit[] {
  return [...UNITS.values()];
}

/**
 * True for the percent unit (`%`, also full-width `％`): figures in it are read as fractions.
 *
 * @example
 * isPercentUnit('％') //=> true
 * isPercentUnit('个百分点') //=> false
 */
export function isPercentUnit(symbol: string): boolean {
  return typeof symbol === 'string' && UNITS.get(normalizeSymbol(symbol))?.dimension === 'percent';
}

/**
 * True for a unit of percentage points (`个百分点`, `百分点`).
 *
 * @example
 * isPointsUnit('百分点') //=> true
 */
export function isPointsUnit(symbol: string): boolean {
  return typeof symbol === 'string' && UNITS.get(normalizeSymbol(symbol))?.dimension === 'points';
}

/** The magnitude prefixes of the table (万, 亿, 万亿 …: the rows of bare numbers), longest first. */
const MAGNITUDES: readonly Unit[] = [...UNITS.values()]
  .filter((u) => u.dimension === 'number' && u.symbol !== '')
  .sort((a, b) => b.symbol.length - a.symbol.length);

/** A symbol split into a magnitude prefix of the table and its stem (`万吨钢` → 万, `吨钢`). */
function splitMagnitude(symbol: string): readonly [stem: string, factor: D] {
  for (const m of MAGNITUDES) {
    if (symbol.startsWith(m.symbol) && symbol.length > m.symbol.length) return [symbol.slice(m.symbol.length), m.factor];
  }
  return [symbol, new D(1)];
}

/**
 * The factor that turns a value in `from` into `to` (万元 → 亿元 is 0.0001): through the table
 * when both are scales of one base; otherwise, for units outside the table (a plan built in code
 * may count 万吨钢), when both are the same stem under magnitude prefixes of the table.
 *
 * @throws `unit_mismatch` when the units are not scales of one unit.
 * @example
 * unitFactor('万元', '亿元').toString() //=> '0.0001'
 * unitFactor('亿吨钢', '万吨钢').toString() //=> '10000'
 */
export function unitFactor(from: string, to: string): D {
  const a = normalizeSymbol(from);
  const b = normalizeSymbol(to);
  if (a === b) return new D(1);
  const ua = UNITS.get(a);
  const ub = UNITS.get(b);
  if (ua !== undefined && ub !== undefined && ua.dimension === ub.dimension && ua.base === ub.base) return ua.factor.div(ub.factor);
  const [stemA, fa] = splitMagnitude(a);
  const [stemB, fb] = splitMagnitude(b);
  if (stemA === stemB && (ua === undefined || ub === undefined)) return fa.div(fb);
  throw argError('unit_mismatch', 'unit', `${from} → ${to}`, 'are not scales of one unit');
}
