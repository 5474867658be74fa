/**
 * Quantities as plans write them: a number (kept as its text, so "30.90" keeps two decimals), a
 * unit of the table, and the qualifiers attached to the number (近1000家, 600余户, 2000亿元以上).
 */
import { argError, GrowthError, isRecord, kindOf, optionsOf } from '../errors.js';
import { D, toDecimal, type Numeric } from '../math/decimal.js';
import { isWrittenNumber, normalizeNumberText, writtenDecimals } from '../math/number-text.js';
import { isQualifier, qualifierInfo, qualifiersAt, type Qualifier } from './qualifier.js';
import { toSimplified } from './script.js';
import { isConvertible, unitOf, type Unit } from './unit.js';

const BEFORE = qualifiersAt('before');
const BETWEEN = qualifiersAt('between');
const AFTER = qualifiersAt('after');

/** A number in a unit, as written. `value` is in `unit` (29.8 for "29.8%", 2.33 for "2.33万亿元"). */
export interface Quantity {
  readonly value: D;
  /** The number as written, normalized: ASCII digits, no thousands separators ("1042.4", "30.90"). */
  readonly text: string;
  readonly unit: Unit;
  /** Qualifiers attached to the number, in the order written; absent when there are none. */
  readonly qualifiers?: readonly Qualifier[];
}

/** Options of {@link formatQuantity}. */
export interface FormatQuantityOptions {
  /** Round to this many decimals, half up (四舍五入), and show exactly that many. 0..100. */
  readonly decimals?: number;
  /** Show in this unit instead (a scale of the same base, e.g. `万元` for `亿元`). */
  readonly unit?: string;
  /** Group thousands the zh-CN way ("1,042.4"). Default false, as plans mostly write numbers. */
  readonly grouping?: boolean;
}

const NUMBER_RUN = /^[0-9.,+-]*/;

/**
 * Parses a quantity as a plan writes it: a number (thousands separators, full-width digits and
 * space before the unit allowed) followed by a unit of the table, with qualifiers around it.
 *
 * @throws `invalid_number` when there is no well-formed number ("abc亿元", "1,0,0");
 *   `invalid_unit` when what follows the number is not a unit ("12.5斤").
 * @example
 * const q = parseQuantity('600余户')
 * [q.text, q.unit.symbol, q.qualifiers] //=> ['600', '户', ['余']]
 * parseQuantity('1,042.4 亿元').value.toFixed() //=> '1042.4'
 */
export function parseQuantity(text: string): Quantity {
  if (typeof text !== 'string') throw argError('invalid_number', 'text', text, 'must be a string');
  const before = takeQualifiers(toSimplified(normalizeNumberText(text)), BEFORE, 'start');

  const written = NUMBER_RUN.exec(before.rest)?.[0] ?? '';
  if (!isWrittenNumber(written)) throw argError('invalid_number', 'text', text, 'has no well-formed number');

  const between = takeQualifiers(before.rest.slice(written.length).trim(), BETWEEN, 'start', 1);
  const after = takeQualifiers(between.rest, AFTER, 'end');
  const rest = after.rest;

  let unit: Unit;
  try {
    unit = unitOf(rest);
  } catch {
    throw argError('invalid_unit', 'text', text, `has an unknown unit ${JSON.stringify(rest)}`, { unit: rest });
  }
  const plain = written.replace(/,/g, '');
  return makeQuantity(toDecimal(plain, 'text'), plain, unit, [...before.taken, ...between.taken, ...after.taken]);
}

/**
 * Takes qualifiers of `list` off one end of `text` (the first of the list written there, then
 * again, at most `most` times) with the spaces after them; `taken` is in the order written.
 */
function takeQualifiers(text: string, list: readonly Qualifier[], end: 'start' | 'end', most = Infinity): { readonly rest: string; readonly taken: readonly Qualifier[] } {
  let rest = text;
  const taken: Qualifier[] = [];
  while (taken.length < most) {
    const q = list.find((w) => (end === 'start' ? rest.startsWith(w) : rest.endsWith(w)));
    if (q === undefined) break;
    if (end === 'start') {
      taken.push(q);
      rest = rest.slice(q.length).trimStart();
    } else {
      taken.unshift(q);
      rest = rest.slice(0, -q.length).trimEnd();
    }
  }
  return { rest, taken };
}

/**
 * A quantity argument, checked: an object with a numeric `value`, its `text` and a known `unit`
 * (as {@link parseQuantity} makes them); anything else is an `invalid_argument` naming it.
 */
function quantityArg(q: unknown, argument: string): Quantity {
  if (!isRecord(q)) throw argError('invalid_argument', argument, q, `must be a quantity (as parseQuantity returns), not ${kindOf(q)}`);
  const value = toDecimal(q['value'] as Numeric, `${argument}.value`);
  const unit = unitOf(q['unit'] as Unit);
  const text = typeof q['text'] === 'string' && writtenDecimals(q['text']) !== undefined ? q['text'] : value.toFixed();
  const qualifiers = q['qualifiers'];
  if (qualifiers !== undefined && (!Array.isArray(qualifiers) || !qualifiers.every((x) => isQualifier(x)))) {
    throw argError('invalid_argument', `${argument}.qualifiers`, qualifiers, 'must be a list of qualifiers');
  }
  return makeQuantity(value, text, unit, (qualifiers ?? []) as readonly Qualifier[]);
}

/**
 * Makes a quantity from a number and a unit symbol.
 *
 * @throws `invalid_number` / `non_finite` for a bad value; `invalid_unit` for an unknown unit.
 * @example
 * quantity('928.4', '亿元').text //=> '928.4'
 */
export function quantity(value: Numeric, unit: string | Unit, qualifiers: readonly Qualifier[] = []): Quantity {
  const u = unitOf(unit);
  const d = finite(value, 'value');
  const plain = typeof value === 'string' ? normalizeNumberText(value) : '';
  const text = isWrittenNumber(plain) ? plain.replace(/,/g, '') : d.toFixed();
  return makeQuantity(d, text, u, qualifiers);
}

/**
 * Converts a quantity to another scale of the same base unit, exactly: value × from.factor / to.factor.
 * The text keeps the written precision where the new unit can show it (309000万元 → "30.9000"亿元).
 *
 * @throws `unit_mismatch` (naming both units) when the units are not scales of one base;
 *   `invalid_unit` when `toUnit` is unknown; `invalid_argument` when `q` is not a quantity;
 *   `out_of_range` when the converted value is beyond the Decimal range.
 * @example
 * convert(parseQuantity('928.4亿元'), '万元').value.toFixed() //=> '9284000'
 */
export function convert(quantity: Quantity, toUnit: string | Unit): Quantity {
  const q = quantityArg(quantity, 'q');
  const from = q.unit;
  const to = unitOf(toUnit);
  if (from === to) return q;
  if (!isConvertible(from, to)) {
    throw new GrowthError('unit_mismatch', `cannot convert ${JSON.stringify(from.symbol)} to ${JSON.stringify(to.symbol)}`, {
      argument: 'toUnit',
      value: to.symbol,
      from: from.symbol,
      to: to.symbol,
    });
  }
  const value = q.value.times(from.factor).div(to.factor);
  if (!value.isFinite() || (value.isZero() && !q.value.isZero())) {
    throw argError('out_of_range', 'q', q.text, `in ${to.symbol} is beyond the Decimal range`);
  }
  const shift = from.factor.e - to.factor.e;
  const places = Math.max(value.decimalPlaces(), (writtenDecimals(q.text) ?? 0) - shift, 0);
  return makeQuantity(value, value.toFixed(places), to, q.qualifiers ?? []);
}

/**
 * Shows a quantity as a plan would write it, qualifiers included ("600余户", "2000亿元以上").
 * Never uses exponent notation. With `decimals`, rounds half up (四舍五入) to reproduce a
 * published figure; without, shows the value exactly with at least the decimals it was written with.
 *
 * @throws `invalid_option` for `decimals` outside 0..100 or not whole; `unit_mismatch` / `invalid_unit` for `unit`;
 *   `invalid_argument` when `q` is not a quantity.
 * @example
 * formatQuantity(parseQuantity('1990.0535亿元'), { decimals: 1 }) //=> '1990.1亿元'
 * formatQuantity(parseQuantity('1042.4亿元'), { unit: '万元', grouping: true }) //=> '10,424,000万元'
 */
export function formatQuantity(quantity: Quantity, options: FormatQuantityOptions = {}): string {
  const q = quantityArg(quantity, 'q');
  const { decimals, unit, grouping = false } = optionsOf(options);
  if (decimals !== undefined && !(Number.isInteger(decimals) && decimals >= 0 && decimals <= 100)) {
    throw argError('invalid_option', 'options.decimals', decimals, 'must be a whole number in 0..100');
  }
  const shown = unit === undefined ? q : convert(q, unit);
  const number =
    decimals === undefined
      ? shown.value.toFixed(Math.max(shown.value.decimalPlaces(), writtenDecimals(shown.text) ?? 0))
      : shown.value.toFixed(decimals, D.ROUND_HALF_UP);
  const unsigned = /^-0(?:\.0*)?$/.test(number) ? number.slice(1) : number;
  const text = grouping ? groupThousands(unsigned) : unsigned;
  return writeQualified(text, shown.unit.symbol, shown.qualifiers ?? []);
}

/**
 * A number with its unit and the qualifiers that bound it, each where plans write it: before the
 * number (超过1000户), between number and unit (600余户), after the unit (2000亿元以上).
 * Qualifiers that belong to a sentence rather than a number (预计, 力争 …) are left out.
 *
 * @example
 * writeQualified('600', '户', ['余']) //=> '600余户'
 * writeQualified('2000', '亿元', ['力争', '以上']) //=> '2000亿元以上'
 */
export function writeQualified(number: string, symbol: string, qualifiers: readonly Qualifier[]): string {
  const at = (position: 'before' | 'between' | 'after') => qualifiers.filter((q) => qualifierInfo(q).position === position).join('');
  return `${at('before')}${number}${at('between')}${symbol}${at('after')}`;
}

let grouper: Intl.NumberFormat | undefined;

/** Groups the integer part with zh-CN separators (through BigInt, so exactly). */
function groupThousands(number: string): string {
  const negative = number.startsWith('-');
  const [int = '0', frac] = (negative ? number.slice(1) : number).split('.');
  grouper ??= new Intl.NumberFormat('zh-CN', { useGrouping: true });
  const grouped = grouper.format(BigInt(int)) + (frac === undefined ? '' : `.${frac}`);
  return negative ? `-${grouped}` : grouped;
}

function makeQuantity(value: D, text: string, unit: Unit, qualifiers: readonly Qualifier[]): Quantity {
  const v = value.isZero() ? new D(0) : value;
  const t = /^-0(?:\.0*)?$/.test(text) ? text.slice(1) : text;
  return Object.freeze(
    qualifiers.length === 0
      ? { value: v, text: t, unit }
      : { value: v, text: t, unit, qualifiers: Object.freeze([...qualifiers]) },
  );
}

function finite(value: Numeric, argument: string): D {
  const d = toDecimal(value, argument);
  if (!d.isFinite()) throw argError('non_finite', argument, value, 'must be finite');
  return d;
}
