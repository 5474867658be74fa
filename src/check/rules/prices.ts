/** The comparable-prices caveat (DOMAIN.md section 5). */
import type { PriceBasis } from '../../plan/model.js';
import type { FigureReading } from '../figures.js';

/** The price basis of a figure: its own, else its indicator's, else the official default. */
function basisOf(f: FigureReading, fallback: PriceBasis): PriceBasis {
  return f.figure.prices ?? f.indicator.prices ?? fallback;
}

/**
 * True when a growth rate of value added (增加值, GDP) is at comparable prices while the levels it
 * links are at current prices. By default a value-added rate is comparable (可比价) and a level
 * current (现价); a figure's or its indicator's `prices` overrides that (the plan says 现价).
 */
export function isComparablePriceMismatch(rate: FigureReading, levels: readonly FigureReading[]): boolean {
  const all = [rate, ...levels];
  if (!all.some((f) => f.indicator.kind === 'value_added')) return false;
  const rateBasis = basisOf(rate, rate.indicator.kind === 'value_added' ? 'comparable' : 'current');
  return levels.some((level) => basisOf(level, 'current') !== rateBasis);
}
