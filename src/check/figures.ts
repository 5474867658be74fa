/**
 * A figure as the checker reads it (DOMAIN.md sections 2 and 3): its point value, its rounding
 * interval, the set of values its own qualifier admits when it is the figure under test (the
 * claim), and the side its qualifier opens when it is an input.
 */
import { argError } from '../errors.js';
import { D, toDecimal } from '../math/decimal.js';
import type { Interval } from '../math/interval.js';
import { decimalsOf, intervalOf } from '../math/rounding.js';
import { isUnit, unitOf } from '../units/index.js';
import type { Figure, Indicator, Qualifier } from '../plan/model.js';
import type { CheckOptions, FigureValue } from './types.js';
import { defaultUnit } from '../plan/index.js';

/** Check options with their defaults applied and validated. */
export interface ResolvedOptions {
  readonly tolerance: D;
  readonly approxBand: D;
  readonly lenient: boolean;
}

/**
 * How a figure's rounding interval is read: as written (with the figure's own `lenient`
 * precision), truncated, ±1 unit of the last digit, or `strict`: ±½ unit even for a figure whose
 * file says `lenient`.
 */
export type RoundingMode = 'round' | 'truncation' | 'lenient' | 'strict';

/**
 * What a stated figure claims about the value it is tested against.
 * - `floor` / `floor_exclusive`: ≥ / > (以上 / 超过 …); `ceiling` / `ceiling_exclusive`: ≤ / <.
 * - `approx`: 左右, 约 (a ±approxBand band); `range`: [value, high].
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
  | 'range'
  | 'more'
  | 'less'
  | 'rounded'
  | 'exact';

/** A set of admissible values: an interval whose ends may be open or missing (unbounded). */
export interface Admissible {
  readonly lo?: D;
  readonly hi?: D;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

/** A figure read for checking. All values are in the figure's value domain (`%` as fractions). */
export interface FigureReading {
  readonly figure: Figure;
  readonly indicator: Indicator;
  /** The unit as written (figure's own, else the default for its type). */
  readonly unit: string;
  /** 0.01 for `%`, 1 otherwise: value domain = written number × scale. */
  readonly scale: D;
  /** The point value (the low end of a range). */
  readonly value: D;
  /** The high end of a range. */
  readonly high?: D;
  /** True when the figure has no rounding interval (planned, counts, precision `exact`). */
  readonly exact: boolean;
  /** The point values as written: [value, value], or [value, high] for a range. */
  readonly point: Interval;
  /** Its rounding interval as written (degenerate for exact figures). */
  readonly rounding: Interval;
  readonly claim: Claim;
  /** True for 力争 / 努力. */
  readonly stretch: boolean;
}

const FLOOR: readonly Qualifier[] = ['以上', '不低于', '不少于', '至少'];
const FLOOR_EXCLUSIVE: readonly Qualifier[] = ['超过', '突破', '大于', '高于'];
const CEILING: readonly Qualifier[] = ['以下', '以内', '不超过', '不高于'];
const CEILING_EXCLUSIVE: readonly Qualifier[] = ['不满', '不足', '低于'];
const APPROX: readonly Qualifier[] = ['左右', '约', '大约'];
const MORE: readonly Qualifier[] = ['余', '多'];
const LESS: readonly Qualifier[] = ['近'];
const STRETCH: readonly Qualifier[] = ['力争', '努力'];

/** How far an unbounded qualifier side (以上, 以下 …) is opened: this many times the figure's size. */
const UNBOUNDED = new D(1000);

const ONE = new D(1);
const HUNDREDTH = new D('0.01');

/**
 * Validates check options and fills in the defaults (tolerance 1%, approxBand ±5%, lenient off).
 *
 * @throws `invalid_option` naming `options.tolerance`, `options.approxBand` or `options.lenient`.
 * @example
 * resolveOptions({ tolerance: '0.02' }).tolerance.toString() //=> '0.02'
 */
export function resolveOptions(options: CheckOptions = {}): ResolvedOptions {
  return {
    tolerance: fraction(options.tolerance, 'options.tolerance', '0.01'),
    approxBand: fraction(options.approxBand, 'options.approxBand', '0.05'),
    lenient: flag(options.lenient, 'options.lenient'),
  };
}

function fraction(value: unknown, argument: string, fallback: string): D {
  if (value === undefined) return new D(fallback);
  if (typeof value !== 'number' && typeof value !== 'string') {
    throw argError('invalid_option', argument, value, 'must be a number or numeric string');
  }
  let d: D;
  try {
    d = toDecimal(value, argument);
  } catch {
    throw argError('invalid_option', argument, value, 'must be a finite number');
  }
  if (d.isNegative() || d.gte(1)) throw argError('invalid_option', argument, value, 'must be at least 0 and below 1');
  return d;
}

function flag(value: unknown, argument: string): boolean {
  if (value === undefined) return false;
  if (typeof value !== 'boolean') throw argError('invalid_option', argument, value, 'must be a boolean');
  return value;
}

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

/**
 * True for `%` (and its full-width form): such figures are read as fractions.
 *
 * @example
 * isPercentUnit('％') //=> true
 */
export function isPercentUnit(unit: string): boolean {
  return unit.normalize('NFKC').trim() === '%';
}

/** True for a whole number counting things (户, 家, 个 …): exact. */
function isCount(figure: Figure, indicator: Indicator, unit: string, decimals: number): boolean {
  if (figure.type !== 'level' && figure.type !== 'total') return false;
  if (decimals > 0) return false;
  if (indicator.kind === 'count' && !isPercentUnit(unit)) return true;
  return isUnit(unit) && unitOf(unit).exactCount;
}

const has = (qualifiers: readonly Qualifier[], family: readonly Qualifier[]): boolean =>
  qualifiers.some((q) => family.includes(q));

/** The qualifiers of a figure that belong to a family. */
const among = (qualifiers: readonly Qualifier[], family: readonly Qualifier[]): Qualifier[] =>
  qualifiers.filter((q) => family.includes(q));

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

/** The claim a figure makes with its qualifiers (directions flipped for a decline). */
function claimOf(figure: Figure, value: D, exact: boolean): Claim {
  const q = figure.qualifiers;
  const flip = isDecline(figure, value);
  if (figure.high !== undefined) return 'range';
  if (has(q, FLOOR)) return flip ? 'ceiling' : 'floor';
  if (has(q, FLOOR_EXCLUSIVE)) return flip ? 'ceiling_exclusive' : 'floor_exclusive';
  if (has(q, CEILING)) return flip ? 'floor' : 'ceiling';
  if (has(q, CEILING_EXCLUSIVE)) return flip ? 'floor_exclusive' : 'ceiling_exclusive';
  if (has(q, MORE)) return flip ? 'less' : 'more';
  if (has(q, LESS)) return flip ? 'more' : 'less';
  if (has(q, APPROX)) return 'approx';
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
  if (has(figure.qualifiers, FLOOR) || has(figure.qualifiers, FLOOR_EXCLUSIVE)) return 'floor';
  if (has(figure.qualifiers, CEILING) || has(figure.qualifiers, CEILING_EXCLUSIVE)) return 'ceiling';
  return undefined;
}

/** The rounding interval of a written number (in its written unit) under a precision and mode. */
function writtenInterval(figure: Figure, text: string, exact: boolean, mode: RoundingMode): Interval {
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
 * True when the figure has no rounding interval at all: planned figures, counts, and multiples
 * (翻一番 is 2 by definition, whatever the figure's role), unless its precision says otherwise.
 */
function isExact(figure: Figure, indicator: Indicator, unit: string): boolean {
  const p = figure.precision;
  if (p === 'exact') return true;
  if (p !== undefined) return false;
  if (figure.role === 'planned' || figure.type === 'multiple') return true;
  return isCount(figure, indicator, unit, decimalsOf(figure.value));
}

/**
 * Reads a figure: point value, rounding interval (per role, count, precision and the lenient
 * option; DOMAIN.md section 3) and claim.
 *
 * @throws `invalid_number` when the figure's text is not a number.
 * @example
 * readFigure(f928_4, indicator, options).rounding //=> { lo: 928.35, hi: 928.45 }
 */
export function readFigure(figure: Figure, indicator: Indicator, options: ResolvedOptions): FigureReading {
  const unit = figureUnit(figure, indicator);
  const scale = isPercentUnit(unit) ? HUNDREDTH : ONE;
  const value = toDecimal(figure.value, 'figure.value').times(scale);
  const high = figure.high === undefined ? undefined : toDecimal(figure.high, 'figure.high').times(scale);
  const exact = isExact(figure, indicator, unit);
  const reading: FigureReading = {
    figure,
    indicator,
    unit,
    scale,
    value,
    ...(high !== undefined && { high }),
    exact,
    point: { lo: value, hi: high ?? value },
    rounding: { lo: value, hi: value },
    claim: claimOf(figure, value, exact),
    stretch: has(figure.qualifiers, STRETCH),
  };
  return { ...reading, rounding: roundingInterval(reading, options.lenient ? 'lenient' : 'round') };
}

/**
 * The rounding interval of a figure under a rounding mode (a range spans the low end's interval
 * to the high end's). Exact figures and explicit half-widths are not affected by the mode.
 *
 * @example
 * roundingInterval(reading51_04, 'truncation') //=> { lo: 51.04, hi: 51.05 }
 */
export function roundingInterval(r: FigureReading, mode: RoundingMode): Interval {
  const lo = scaled(writtenInterval(r.figure, r.figure.value, r.exact, mode), r.scale);
  if (r.figure.high === undefined) return lo;
  const hi = scaled(writtenInterval(r.figure, r.figure.high, r.exact, mode), r.scale);
  return { lo: lo.lo, hi: hi.hi };
}

/**
 * True when a rounding mode changes the figure's interval (measured or computed, not exact).
 *
 * @example
 * isRounded(readFigure(measured928_4, indicator, options)) //=> true
 */
export function isRounded(r: FigureReading): boolean {
  return !r.exact && !(typeof r.figure.precision === 'object' && 'halfWidth' in r.figure.precision);
}

/**
 * The step of 余 / 多 / 近 on a figure, in its value domain: one unit of its leading magnitude
 * on the side it opens (600余 → 100, 近1000 → 100), but never more than one unit of its last
 * non-zero digit (1200余 → 100, not 1000).
 *
 * @example
 * approximateStep(reading600余, 'up').toString() //=> '100'
 */
export function approximateStep(r: FigureReading, side: 'up' | 'down'): D {
  const text = r.figure.value.replace(/^[+-]/, '').replaceAll(',', '');
  const a = new D(text);
  if (a.isZero()) return new D(10).pow(-decimalsOf(r.figure.value)).times(r.scale);
  const e = a.e;
  const power = new D(10).pow(e);
  const leading = side === 'down' && a.eq(power) ? new D(10).pow(e - 1) : power;
  const [whole = '', frac = ''] = text.split('.');
  const lastFrac = frac.replace(/0+$/, '').length;
  const last = lastFrac > 0 ? new D(10).pow(-lastFrac) : new D(10).pow(whole.length - whole.replace(/0+$/, '').length);
  return D.min(leading, last).times(r.scale);
}

/** The value-domain lower and upper limits an unbounded qualifier side is opened to. */
function openLimits(r: FigureReading, i: Interval): { readonly down: D; readonly up: D } {
  const size = D.max(r.value.abs(), r.scale);
  const up = i.hi.plus(size.times(UNBOUNDED));
  switch (r.figure.type) {
    case 'rate':
    case 'change':
      return { down: D.min(i.lo, new D('-0.999')), up };
    case 'points':
      return { down: i.lo.minus(size.times(UNBOUNDED)), up };
    case 'share':
      return { down: D.min(i.lo, new D(0)), up: D.max(i.hi, ONE) };
    default:
      return { down: D.min(i.lo, i.lo.div(UNBOUNDED)), up };
  }
}

/** An input widened by its qualifier's open side, and the qualifiers that widened it. */
export interface OpenSide {
  readonly interval: Interval;
  readonly qualifiers: readonly Qualifier[];
}

/**
 * Widens an input figure's interval by the side its qualifier opens: ≥/> upward and ≤/<
 * downward (as far as the figure's domain allows, capped at 1000 times its size), 余/多 up to the
 * next step and 近 down by one ({@link approximateStep}), 左右/约 by ±approxBand. A range or a
 * figure without such a qualifier is returned unchanged with no qualifiers.
 *
 * @example
 * openSide(reading600余, reading600余.rounding, options) //=> { interval: [600, 700], qualifiers: ['余'] }
 */
export function openSide(r: FigureReading, i: Interval, options: ResolvedOptions): OpenSide {
  const q = r.figure.qualifiers;
  const band = r.value.abs().times(options.approxBand);
  switch (r.claim) {
    case 'floor':
    case 'floor_exclusive':
      return { interval: { lo: i.lo, hi: openLimits(r, i).up }, qualifiers: among(q, [...FLOOR, ...FLOOR_EXCLUSIVE, ...CEILING, ...CEILING_EXCLUSIVE]) };
    case 'ceiling':
    case 'ceiling_exclusive':
      return { interval: { lo: openLimits(r, i).down, hi: i.hi }, qualifiers: among(q, [...FLOOR, ...FLOOR_EXCLUSIVE, ...CEILING, ...CEILING_EXCLUSIVE]) };
    case 'more':
      return { interval: { lo: i.lo, hi: i.hi.plus(approximateStep(r, 'up')) }, qualifiers: among(q, [...MORE, ...LESS]) };
    case 'less':
      return { interval: { lo: i.lo.minus(approximateStep(r, 'down')), hi: i.hi }, qualifiers: among(q, [...MORE, ...LESS]) };
    case 'approx':
      return { interval: { lo: i.lo.minus(band), hi: i.hi.plus(band) }, qualifiers: among(q, APPROX) };
    default:
      return { interval: i, qualifiers: [] };
  }
}

/**
 * The values a stated figure admits, around a base interval (its point values for the check as
 * written, its rounding interval for the check within rounding).
 *
 * @example
 * admissible(reading2000以上, reading2000以上.point, options) //=> { lo: 2000, loOpen: false, hiOpen: false }
 */
export function admissible(r: FigureReading, base: Interval, options: ResolvedOptions): Admissible {
  const band = r.value.abs().times(options.approxBand);
  const closed = (lo: D, hi: D): Admissible => ({ lo, hi, loOpen: false, hiOpen: false });
  switch (r.claim) {
    case 'floor':
      return { lo: base.lo, loOpen: false, hiOpen: false };
    case 'floor_exclusive':
      return { lo: base.lo, loOpen: true, hiOpen: false };
    case 'ceiling':
      return { hi: base.hi, loOpen: false, hiOpen: false };
    case 'ceiling_exclusive':
      return { hi: base.hi, loOpen: false, hiOpen: true };
    case 'more':
      return closed(base.lo, base.hi.plus(approximateStep(r, 'up')));
    case 'less':
      return closed(base.lo.minus(approximateStep(r, 'down')), base.hi);
    case 'approx':
      return closed(base.lo.minus(band), base.hi.plus(band));
    default:
      return closed(base.lo, base.hi);
  }
}

/**
 * The figure as a finding reports it.
 *
 * @example
 * figureValue(reading928_4).interval //=> { lo: 928.35, hi: 928.45 }
 */
export function figureValue(r: FigureReading): FigureValue {
  return {
    figure: r.figure.id,
    text: r.figure.high === undefined ? r.figure.value : `${r.figure.value}–${r.figure.high}`,
    value: r.value,
    interval: r.rounding,
    unit: r.unit,
    qualifiers: r.figure.qualifiers,
  };
}
