/**
 * How a finding presents its figures and numbers: a figure as used, a figure as written, and
 * numbers for the message parameters, rounded 四舍五入 at sensible decimals (amounts at the stated
 * figure's decimals, at least one; rates and shares in % with two decimals; points and multiples
 * with two).
 */
import type { D } from '../math/decimal.js';
import { decimalsOf, formatFixed } from '../math/rounding.js';
import { isPercentUnit, isPointsUnit, writeQualified } from '../units/index.js';
import type { FigureReading } from '../plan/index.js';
import type { FigureValue } from './types.js';

/**
 * A figure as written, with its unit (`2000亿元`, `10%`, `6.5–7%`) and, unless told not to, its
 * bounding qualifiers (`600余户`).
 *
 * @example
 * writtenText(reading600余) //=> '600余户'
 */
export function writtenText(r: FigureReading, withQualifiers = true): string {
  const text = r.figure.high === undefined ? r.figure.value : `${r.figure.value}–${r.figure.high}`;
  return writeQualified(text, r.writtenUnit, withQualifiers ? r.figure.qualifiers : []);
}

/**
 * Decimals for amounts shown against a figure: its own, at least one.
 *
 * @example
 * amountDecimals(reading2000) //=> 1
 */
export function amountDecimals(r: FigureReading): number {
  // Counts of whole things (户, 家, 个) show no decimals they were not written with.
  if (r.indicator.kind === 'count') return decimalsOf(r.figure.value);
  return Math.max(1, decimalsOf(r.figure.value));
}

/**
 * A value in a unit's domain (a fraction for `%`), formatted with the unit.
 *
 * @example
 * formatValue(new D('0.10071'), '%', 1) //=> '10.07%'
 */
export function formatValue(x: D, unit: string, decimals: number): string {
  if (isPercentUnit(unit)) return `${formatFixed(x.times(100), 2)}%`;
  if (isPointsUnit(unit) || unit === '倍') return `${formatFixed(x, 2)}${unit}`;
  return `${formatFixed(x, decimals)}${unit}`;
}

/** Options of {@link formatDifference}. */
export interface DifferenceOptions {
  /** Show as many more decimals as it takes for a non-zero difference not to look like zero. */
  readonly visible?: boolean;
}

/** The most decimals a visible difference is shown with. */
const MAX_VISIBLE_DECIMALS = 12;

/**
 * A difference in a unit's domain: percentage points for `%`, else as {@link formatValue}; with
 * `visible`, never "0.0" for a difference that is not zero (DOMAIN.md section 4).
 *
 * @example
 * formatDifference(new D('0.0339'), '%', 1) //=> '3.39个百分点'
 * formatDifference(new D('0.004'), '亿元', 1, { visible: true }) //=> '0.004亿元'
 */
export function formatDifference(x: D, unit: string, decimals: number, options: DifferenceOptions = {}): string {
  const inPoints = isPercentUnit(unit);
  const shown = inPoints ? x.times(100) : x;
  const base = inPoints || isPointsUnit(unit) || unit === '倍' ? 2 : decimals;
  let places = base;
  if (options.visible === true && !shown.isZero()) {
    while (places < MAX_VISIBLE_DECIMALS && /^-?0(?:\.0*)?$/.test(formatFixed(shown, places))) places += 1;
  }
  return `${formatFixed(shown, places)}${inPoints ? '个百分点' : unit}`;
}

/**
 * A relative gap in %: one decimal, more when one would show a non-zero gap as zero.
 *
 * @example
 * formatRelative(new D('0.00495')) //=> '0.5%'
 * formatRelative(new D('0.0000123')) //=> '0.001%'
 */
export function formatRelative(x: D): string {
  const pct = x.times(100);
  let places = 1;
  while (!pct.isZero() && places < MAX_VISIBLE_DECIMALS && /^-?0(?:\.0*)?$/.test(formatFixed(pct, places))) places += 1;
  return `${formatFixed(pct, places)}%`;
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
