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
  | 'number'
  | 'custom'; // a unit a plan declares, outside the table

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
  let normal = SYMBOLS.get(symbol);
  if (normal === undefined) {
    normal = toSimplified(symbol.normalize('NFKC').trim());
    // Plans use a few dozen units: remember them (a bounded memo, for plans of many figures).
    if (SYMBOLS.size < 4096) SYMBOLS.set(symbol, normal);
  }
  return normal;
}

const SYMBOLS = new Map<string, string>();

/** Units beyond the table, such as those a plan declares ({@link declareUnits}), looked up first. */
export type UnitTable = ReadonlyMap<string, Unit>;

/** A unit a plan declares: one `symbol` is `factor` × `base` (万吨钢 is 10000 吨钢). */
export interface UnitDeclaration {
  readonly symbol: string;
  readonly base: string;
  /** The factor as written (`"10000"`), positive. */
  readonly factor: string;
}

function lookup(symbol: string, extra: UnitTable | undefined): Unit | undefined {
  const key = normalizeSymbol(symbol);
  return extra?.get(key) ?? UNITS.get(key);
}

/**
 * The units a plan declares, as a table to look up beside the library's: a declared unit whose
 * base is a unit of the table takes its dimension and scale (亿块 on 块 …); any other is a custom
 * unit of its own base. Declarations that are not well-formed (an empty symbol, a factor that is
 * not a positive number) are left out: the plan validator reports them.
 *
 * @example
 * unitFactor('万吨钢', '吨钢', declareUnits([{ symbol: '万吨钢', base: '吨钢', factor: '10000' }])).toString() //=> '10000'
 */
export function declareUnits(declarations: readonly UnitDeclaration[]): UnitTable {
  const out = new Map<string, Unit>();
  for (const d of declarations) {
    const symbol = normalizeSymbol(String(d.symbol));
    const base = normalizeSymbol(String(d.base));
    let factor: D;
    try {
      factor = new D(String(d.factor).replaceAll(',', ''));
    } catch {
      continue;
    }
    if (symbol === '' || base === '' || !factor.isFinite() || factor.lte(0)) continue;
    const known = out.get(base) ?? UNITS.get(base);
    const unit: Unit =
      known === undefined
        ? { symbol, dimension: 'custom', factor, base, exactCount: false }
        : { symbol, dimension: known.dimension, factor: known.factor.times(factor), base: known.base, exactCount: false };
    out.set(symbol, Object.freeze(unit));
    // The base of a custom unit is a unit too (吨钢 for 万吨钢).
    if (known === undefined && !out.has(base)) out.set(base, Object.freeze({ symbol: base, dimension: 'custom', factor: new D(1), base, exactCount: false }));
  }
  return out;
}

/**
 * Looks a unit up by its symbol (after NFKC normalization and trimming), in `extra` first.
 *
 * @throws `invalid_unit` when the symbol is not in the table (or not a string).
 * @example
 * unitOf('亿元').factor.toFixed() //=> '100000000'
 */
export function unitOf(symbol: string | Unit, extra?: UnitTable): Unit {
  if (extra !== undefined && !(extra instanceof Map)) throw argError('invalid_option', 'extra', extra, 'must be a unit table (a Map of declared units)');
  const key = symbolOf(symbol);
  const unit = key === undefined ? undefined : lookup(key, extra);
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
 * The dimension of the unit a symbol names, or undefined when the table has no such unit. Never throws.
 *
 * @example
 * unitDimension('亿元') //=> 'money'
 * unitDimension('斤') //=> undefined
 */
export function unitDimension(symbol: string): Dimension | undefined {
  return lookup(symbol, undefined)?.dimension;
}

/**
 * True when the symbol names a unit of the table. Never throws.
 *
 * @example
 * isUnit('万千瓦时') //=> true
 * isUnit('斤') //=> false
 */
export function isUnit(symbol: unknown, extra?: UnitTable): boolean {
  return typeof symbol === 'string' && lookup(symbol, extra) !== undefined;
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
function sameDimension(a: string | Unit, b: string | Unit, extra?: UnitTable): boolean {
  return unitOf(a, extra).dimension === unitOf(b, extra).dimension;
}

/**
 * True when a value in `a` converts exactly to `b`: both are scales of one base unit.
 *
 * @throws `invalid_unit` when either is not a known unit.
 * @example
 * isConvertible('亿千瓦时', '万千瓦时') //=> true
 * isConvertible('户', '家') //=> false
 */
export function isConvertible(a: string | Unit, b: string | Unit, extra?: UnitTable): boolean {
  const ua = unitOf(a, extra);
  const ub = unitOf(b, extra);
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
export function isCompatible(a: string | Unit, b: string | Unit, extra?: UnitTable): boolean {
  const ua = unitOf(a, extra);
  const ub = unitOf(b, extra);
  if (ua.dimension !== ub.dimension) return false;
  if (ua.dimension === 'custom') return ua.base === ub.base;
  if (ua.dimension !== 'intensity') return true;
  const [na = '', da = ''] = ua.symbol.split('/');
  const [nb = '', db = ''] = ub.symbol.split('/');
  return sameDimension(na, nb, extra) && sameDimension(da, db, extra);
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

/**
 * The magnitude of a unit: its factor for a unit of the table (亿元: 1e8), else the factor of a
 * magnitude prefix it starts with (万吨钢: 1e4), else 1.
 *
 * @example
 * magnitudeOf('万吨钢').toString() //=> '10000'
 * magnitudeOf('家').toString() //=> '1'
 */
export function magnitudeOf(symbol: string, extra?: UnitTable): D {
  const s = normalizeSymbol(symbol);
  return lookup(s, extra)?.factor ?? splitMagnitude(s)[1];
}

/** A symbol split into a magnitude prefix of the table and its stem (`万吨钢` → 万, `吨钢`). */
function splitMagnitude(symbol: string): readonly [stem: string, factor: D] {
  for (const m of MAGNITUDES) {
    if (symbol.startsWith(m.symbol) && symbol.length > m.symbol.length) return [symbol.slice(m.symbol.length), m.factor];
  }
  return [symbol, new D(1)];
}

/**
 * The factor that turns a value in `from` into `to` (万元 → 亿元 is 0.0001): through the table
 * (and the `extra` units a plan declares) when both are scales of one base; otherwise, for units
 * outside the table (a plan built in code may count 万吨钢), when both are the same stem under
 * magnitude prefixes of the table.
 *
 * @throws `unit_mismatch` when the units are not scales of one unit.
 * @example
 * unitFactor('万元', '亿元').toString() //=> '0.0001'
 * unitFactor('亿吨钢', '万吨钢').toString() //=> '10000'
 */
export function unitFactor(from: string, to: string, extra?: UnitTable): D {
  const a = normalizeSymbol(from);
  const b = normalizeSymbol(to);
  if (a === b) return new D(1);
  const ua = lookup(a, extra);
  const ub = lookup(b, extra);
  if (ua !== undefined && ub !== undefined && ua.dimension === ub.dimension && ua.base === ub.base) return ua.factor.div(ub.factor);
  const [stemA, fa] = splitMagnitude(a);
  const [stemB, fb] = splitMagnitude(b);
  if (stemA === stemB && (ua === undefined || ub === undefined)) return fa.div(fb);
  throw argError('unit_mismatch', 'unit', `${from} → ${to}`, 'are not scales of one unit');
}

/** The edit distance between two short strings (Levenshtein, by code points). */
function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++) {
      next[j] = Math.min((row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1, (row[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    row = next;
  }
  return row[y.length] ?? 0;
}

/**
 * The known wordings nearest to an unknown one, for an error message that suggests them: by edit
 * distance, ties broken by how many characters they share, at most `count`, and only those that
 * share a character with it.
 *
 * @example
 * nearest('亿美金', listUnits().map((u) => u.symbol)) //=> ['亿美元', '美元', '亿元']
 */
export function nearest(text: string, known: readonly string[], count = 3): readonly string[] {
  const t = normalizeSymbol(String(text)).slice(0, 40);
  const chars = new Set(t);
  return known
    .filter((k) => k !== '' && [...k].some((c) => chars.has(c)))
    .map((k) => ({ k, d: editDistance(t, k), shared: [...new Set(k)].filter((c) => chars.has(c)).length }))
    .sort((a, b) => a.d - b.d || b.shared - a.shared || a.k.length - b.k.length)
    .slice(0, count)
    .map((x) => x.k);
}
