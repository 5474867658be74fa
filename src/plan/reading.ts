/**
 * A figure's numbers (DOMAIN.md sections 2 and 3): its point value in its value domain (`%` as a
 * fraction), its rounding interval as its role and precision say, and the claim its qualifiers
 * make. The checker, scenarios and monitoring read figures through this one module.
 */
import { D, toDecimal } from '../math/decimal.js';
import type { Interval } from '../math/interval.js';
import { decimalsOf, intervalOf } from '../math/rounding.js';
import { hasMeaning, isPercentUnit, isUnit, magnitudeOf, unitFactor, unitOf, type QualifierMeaning, type UnitTable } from '../units/index.js';
import type { Figure, Indicator } from './model.js';
import { defaultUnit } from './normalize.js';

/**
 * What a figure claims about the value it is tested against.
 * - `floor` / `floor_exclusive`: ≥ / > (以上 / 超过 …); `ceiling` / `ceiling_exclusive`: ≤ / <.
 * - `approx`: 左右, 约 (a ± band); `near`: 达到或接近, 接近 (at least the figure less the band);
 *   `range`: [value, high].
 * - `more` (余, 多) / `less` (近): a little more / less than the figure.
 * - `rounded`: a measured or computed figure, met inside its rounding interval.
 * - `exact`: a planned figure without a qualifier, met by equality.
 */
export type Claim =
  | 'floor'
  | 'floor_exclusive'
  | 'ceiling'
  | 'ceiling_exclusive'
  | 'approx'
  | 'near'
  | 'range'
  | 'more'
  | 'less'
  | 'rounded'
  | 'exact';

/**
 * How a figure's rounding interval is read: as written (with the figure's own `lenient`
 * precision), truncated, ±1 unit of the last digit, or `strict`: ±½ unit even for a figure whose
 * file says `lenient`.
 */
export type IntervalMode = 'round' | 'truncation' | 'lenient' | 'strict';

/** A figure read for checking, projecting or monitoring. Values are in the figure's value domain (`%` as fractions). */
export interface FigureReading {
  readonly figure: Figure;
  readonly indicator: Indicator;
  /** The unit the figure is written in (its own, else the default for its type). */
  readonly writtenUnit: string;
  /**
   * The unit its values are in: the indicator's for an amount written in another scale of it
   * (a target of 1.2万亿元 for an indicator in 亿元 reads as 12000亿元), else the written unit.
   */
  readonly unit: string;
  /** Value domain = written number × scale: 0.01 for `%`, the unit factor for a converted amount (1.2万亿元 → 亿元: 10000), else 1. */
  readonly scale: D;
  /** The point value (the low end of a range). */
  readonly value: D;
  /** The high end of a range. */
  readonly high?: D;
  /** True when the figure has no rounding interval (planned, counts, precision `exact`). */
  readonly exact: boolean;
  /** The point values as written: [value, value], or [value, high] for a range. */
  readonly point: Interval;
  /**
   * Its rounding interval as written (degenerate for exact figures): ±½ unit of the last written
   * digit, or its precision's decimals or half-width; lenient rounding is a reading, not this.
   */
  readonly rounding: Interval;
  readonly claim: Claim;
  /** True for 力争 / 努力. */
  readonly stretch: boolean;
}

const ONE = new D(1);
const HUNDREDTH = new D('0.01');

/**
 * The unit a figure is expressed in: its own, else its type's default (the indicator's unit for
 * levels and totals, `%` for rates, shares and changes, `个百分点` for points, `倍` for multiples).
 *
 * @example
 * figureUnit({ type: 'rate', … }, { unit: '亿元', … }) //=> '%'
 */
export function figureUnit(figure: Figure, indicator: Indicator): string {
  return figure.unit ?? defaultUnit(figure.type, indicator.unit) ?? indicator.unit;
}

/** The figure types whose values are amounts in the indicator's unit (converted from another scale of it). */
const AMOUNTS: ReadonlySet<Figure['type']> = new Set(['level', 'total']);

/**
 * True for a whole number counting things in a base unit (88户, 300家, 15个): exact. Counts in
 * scaled units (35万户, 2.3万件) are rounded measurements like any other (DOMAIN.md section 3).
 */
function isCount(figure: Figure, indicator: Indicator, unit: string, decimals: number, units: UnitTable | undefined): boolean {
  if (!AMOUNTS.has(figure.type) || decimals > 0 || isPercentUnit(unit)) return false;
  if (isUnit(unit)) return unitOf(unit).exactCount;
  return indicator.kind === 'count' && magnitudeOf(unit, units).eq(1);
}

/** The unit an amount is read in and the factor from its written unit: the indicator's, when it converts. */
function amountUnit(figure: Figure, indicator: Indicator, written: string, units: UnitTable | undefined): { readonly unit: string; readonly factor: D } {
  if (!AMOUNTS.has(figure.type) || written === indicator.unit) return { unit: written, factor: ONE };
  try {
    return { unit: indicator.unit, factor: unitFactor(written, indicator.unit, units) };
  } catch {
    return { unit: written, factor: ONE };
  }
}

/**
 * True when a figure's qualifier is about the size of a decline: a negative rate, change or
 * points figure (年均下降3.5%以上 is `-3.5` with 以上: at least 3.5% down, so the rate is ≤ −3.5%).
 *
 * @example
 * isDecline({ type: 'change', … }, new D('-0.18')) //=> true
 */
export function isDecline(figure: Figure, value: D): boolean {
  return value.isNegative() && (figure.type === 'rate' || figure.type === 'change' || figure.type === 'points');
}

/** The claims of the bounding meanings, in the order they take precedence, and their flips for a decline. */
const BOUNDS: readonly (readonly [QualifierMeaning, Claim, Claim])[] = [
  ['at_least', 'floor', 'ceiling'],
  ['more_than', 'floor_exclusive', 'ceiling_exclusive'],
  ['at_most', 'ceiling', 'floor'],
  ['less_than', 'ceiling_exclusive', 'floor_exclusive'],
  ['a_little_more', 'more', 'less'],
  ['a_little_less', 'less', 'more'],
];

/** The claim a figure makes with its qualifiers (directions flipped for a decline). */
function claimOf(figure: Figure, value: D, exact: boolean): Claim {
  if (figure.high !== undefined) return 'range';
  const flip = isDecline(figure, value);
  for (const [meaning, claim, flipped] of BOUNDS) if (hasMeaning(figure.qualifiers, meaning)) return flip ? flipped : claim;
  if (hasMeaning(figure.qualifiers, 'about')) return 'approx';
  if (hasMeaning(figure.qualifiers, 'near')) return 'near';
  // A doubling phrase (翻一番) is a floor, planned or historical (DOMAIN.md section 3).
  if (figure.type === 'multiple' && figure.doubling === true) return 'floor';
  return exact ? 'exact' : 'rounded';
}

/**
 * The direction a figure's qualifier bounds it in as written, before any reading of declines:
 * `floor` for 以上/超过 …, `ceiling` for 以下/不满 … (下降18%以上 is a floor on the decline).
 *
 * @example
 * writtenBound({ value: '-18', qualifiers: ['以上'], … }) //=> 'floor'
 */
export function writtenBound(figure: Figure): 'floor' | 'ceiling' | undefined {
  if (figure.high !== undefined) return undefined;
  if (hasMeaning(figure.qualifiers, 'at_least', 'more_than')) return 'floor';
  if (hasMeaning(figure.qualifiers, 'at_most', 'less_than')) return 'ceiling';
  return undefined;
}

/** The rounding interval of a written number (in its written unit) under a precision and mode. */
function writtenInterval(figure: Figure, text: string, exact: boolean, mode: IntervalMode): Interval {
  const x = toDecimal(text, 'figure.value');
  if (exact) return { lo: x, hi: x };
  const p = figure.precision;
  if (typeof p === 'object' && 'halfWidth' in p) return intervalOf(text, { halfWidth: p.halfWidth });
  const decimals = typeof p === 'object' && 'decimals' in p ? p.decimals : decimalsOf(text);
  const effective = mode === 'strict' ? 'round' : p === 'lenient' && mode === 'round' ? 'lenient' : mode;
  if (effective === 'truncation') {
    const unit = new D(10).pow(-decimals);
    return x.isNegative() ? { lo: x.minus(unit), hi: x } : { lo: x, hi: x.plus(unit) };
  }
  return intervalOf(text, { decimals, lenient: effective === 'lenient' });
}

const scaled = (i: Interval, scale: D): Interval => ({ lo: i.lo.times(scale), hi: i.hi.times(scale) });

/**
 * True when the figure has no rounding interval at all: planned figures, counts, and doubling
 * phrases (翻一番 is 2 by definition), unless its precision says otherwise. A numeric multiple
 * (1.5倍) follows its role like any figure.
 */
function isExact(figure: Figure, indicator: Indicator, unit: string, units: UnitTable | undefined): boolean {
  const p = figure.precision;
  if (p === 'exact') return true;
  if (p !== undefined) return false;
  if (figure.role === 'planned' || figure.doubling === true) return true;
  return isCount(figure, indicator, unit, decimalsOf(figure.value), units);
}

/**
 * Reads a figure: point value, rounding interval (per role, count and precision; DOMAIN.md
 * section 3) and claim; an amount written in another scale of its indicator's unit is read in the
 * indicator's unit (through the plan's declared `units` too).
 *
 * @throws `invalid_number` when the figure's text is not a number.
 * @example
 * readFigure(f928_4, indicator).rounding //=> { lo: 928.35, hi: 928.45 }
 */
export function readFigure(figure: Figure, indicator: Indicator, units?: UnitTable): FigureReading {
  const writtenUnit = figureUnit(figure, indicator);
  const amount = amountUnit(figure, indicator, writtenUnit, units);
  const unit = amount.unit;
  const scale = isPercentUnit(writtenUnit) ? HUNDREDTH : amount.factor;
  const value = toDecimal(figure.value, 'figure.value').times(scale);
  const high = figure.high === undefined ? undefined : toDecimal(figure.high, 'figure.high').times(scale);
  const exact = isExact(figure, indicator, writtenUnit, units);
  const point = { lo: value, hi: high ?? value };
  const reading: FigureReading = {
    figure,
    indicator,
    writtenUnit,
    unit,
    scale,
    value,
    ...(high !== undefined && { high }),
    exact,
    point,
    rounding: point,
    claim: claimOf(figure, value, exact),
    stretch: hasMeaning(figure.qualifiers, 'stretch'),
  };
  // An exact figure's rounding interval is its point values (see roundingInterval): no copy.
  return exact ? reading : { ...reading, rounding: roundingInterval(reading, 'strict') };
}

/**
 * The rounding interval of a figure under a mode (a range spans the low end's interval to the
 * high end's). Exact figures and explicit half-widths are not affected by the mode.
 *
 * @example
 * roundingInterval(reading51_04, 'truncation') //=> { lo: 51.04, hi: 51.05 }
 */
export function roundingInterval(r: FigureReading, mode: IntervalMode): Interval {
  // An exact figure has no rounding: under every mode its interval is its point values, as written.
  if (r.exact) return r.point;
  // Readings are immutable: the interval of a reading under a mode is computed once.
  let byMode = INTERVALS.get(r);
  const known = byMode?.get(mode);
  if (known !== undefined) return known;
  const lo = scaled(writtenInterval(r.figure, r.figure.value, r.exact, mode), r.scale);
  const result = r.figure.high === undefined ? lo : { lo: lo.lo, hi: scaled(writtenInterval(r.figure, r.figure.high, r.exact, mode), r.scale).hi };
  if (byMode === undefined) INTERVALS.set(r, (byMode = new Map()));
  byMode.set(mode, result);
  return result;
}

/** The intervals of each reading by mode, computed on first use. */
const INTERVALS = new WeakMap<FigureReading, Map<IntervalMode, Interval>>();

/**
 * True when a rounding mode changes the figure's interval (measured or computed, not exact).
 *
 * @example
 * isRounded(readFigure(measured928_4, indicator)) //=> true
 */
export function isRounded(r: FigureReading): boolean {
  return !r.exact && !(typeof r.figure.precision === 'object' && 'halfWidth' in r.figure.precision);
}
