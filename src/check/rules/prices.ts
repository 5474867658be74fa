/** The comparable-prices caveat (DOMAIN.md section 5). */
import type { PriceBasis } from '../../plan/model.js';
import type { FigureReading } from '../../plan/index.js';

/**
 * The price basis of a figure: its own, else its indicator's, else the official default: a rate,
 * change, points or multiple of value added (增加值, GDP) is at comparable prices (可比价);
 * levels, totals and shares, and every figure of another indicator kind, at current prices (现价).
 */
function basisOf(f: FigureReading): PriceBasis {
  const own = f.figure.prices ?? f.indicator.prices;
  if (own !== undefined) return own;
  const growth = f.figure.type === 'rate' || f.figure.type === 'change' || f.figure.type === 'points' || f.figure.type === 'multiple';
  return f.indicator.kind === 'value_added' && growth ? 'comparable' : 'current';
}

/**
 * True when a relation involves value added and its figures are not all at one price basis (a
 * growth rate, change or multiple at comparable prices against levels at current prices); a
 * figure's or its indicator's `prices` overrides the default (the plan says 现价).
 *
 * @example
 * isPriceBasisMismatch([startLevelOfValueAdded, endLevelOfValueAdded, multipleOfValueAdded]) //=> true
 */
export function isPriceBasisMismatch(figures: readonly FigureReading[]): boolean {
  if (!figures.some((f) => f.indicator.kind === 'value_added')) return false;
  return new Set(figures.map(basisOf)).size > 1;
}

/**
 * True when a growth rate of value added is at comparable prices while the levels it links are
 * at current prices ({@link isPriceBasisMismatch} of the rate and the levels).
 *
 * @example
 * isComparablePriceMismatch(rateOfValueAdded, [baseLevel, targetLevel]) //=> true
 */
export function isComparablePriceMismatch(rate: FigureReading, levels: readonly FigureReading[]): boolean {
  return isPriceBasisMismatch([rate, ...levels]);
}
