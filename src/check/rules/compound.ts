/** An annual rate against the figure it compounds into over a span: the judgement two rules share. */
import type { D } from '../../math/decimal.js';
import type { FigureReading } from '../../plan/index.js';
import { freeRate, type Judgement } from './spec.js';

/**
 * The stated figure judged against an annual rate compounded over `years`: what `ofPower` makes of
 * (1 + rate)^years (a change is that − 1, a multiple that itself), the free figure the rate
 * `rateFor` finds for the stated value.
 *
 * @example
 * compounded(rate, multiple, 5, (p) => p, rateForMultiple).implied([new D('0.15')]).toFixed(4) //=> '2.0114'
 */
export function compounded(
  rate: FigureReading,
  stated: FigureReading,
  years: number,
  ofPower: (power: D) => D,
  rateFor: (value: D, years: number) => D,
): Pick<Judgement, 'stated' | 'inputs' | 'implied' | 'free'> {
  return {
    stated,
    inputs: [rate],
    implied: ([g]) => ofPower(g!.plus(1).pow(years)),
    free: freeRate(rate, rateFor(stated.value, years)),
  };
}
