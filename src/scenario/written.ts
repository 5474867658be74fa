/** How scenario results write a target: as its figure writes it (number, unit, qualifiers), and when it falls due. */
import type { Qualifier } from '../plan/index.js';
import type { GrowthTarget, TargetType } from './lines.js';

/** A target as its figure writes it. */
export interface WrittenTarget {
  readonly type: TargetType;
  /** The number as written (`2000`, `6.5–7`). */
  readonly text: string;
  /** The unit of `text` as the figure writes it: its own for a level or total (values are in the indicator's), `%` for a rate or change, `倍` for a multiple. */
  readonly unit: string;
  readonly qualifiers: readonly Qualifier[];
}

/** A target as its figure writes it, with the year it falls due and whether it is a stretch target. */
export interface DueTarget extends WrittenTarget {
  readonly figure: string;
  /** The year it falls due under the scenario (a target_year change moves it). */
  readonly year: number;
  /** The start year of a span target. */
  readonly from?: number;
  /** A stretch target (力争, 努力): a shortfall is "stretch target not reached". */
  readonly stretch: boolean;
}

/**
 * The number as a target's figure writes it, a range as `low–high`.
 *
 * @example
 * writtenNumber(target6_5to7) //=> '6.5–7'
 */
export function writtenNumber(target: GrowthTarget): string {
  const f = target.reading.figure;
  return f.high === undefined ? f.value : `${f.value}–${f.high}`;
}

/**
 * The unit of a target's written number: `%` for a rate or change, `倍` for a multiple, else the figure's own.
 *
 * @example
 * writtenUnit(sales2020) //=> '亿元'
 */
export function writtenUnit(target: GrowthTarget): string {
  return target.type === 'rate' || target.type === 'change' ? '%' : target.type === 'multiple' ? '倍' : target.reading.writtenUnit;
}
