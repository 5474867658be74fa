/**
 * The average annual rate by the cumulative method (累计法), official for fixed-asset investment:
 * the rate x with Σ_{i=1..n} base × (1 + x)^i = total, solved to full precision in a bracket.
 */
import { argError } from '../errors.js';
import { D, type Numeric } from './decimal.js';
import { positiveOf, yearsOf } from './guards.js';
import { ratioRoot } from './roots.js';
import { solveMonotone, type MonotoneSolution } from './solve.js';

const ZERO = new D(0);
const ONE = new D(1);

/** Σ_{i=1..n} q^i by Horner. */
function sumOfPowers(q: D, n: number): D {
  let s = ZERO;
  for (let i = 0; i < n; i++) s = s.plus(1).times(q);
  return s;
}

/** Σ_{i=1..n} i·q^(i−1) by Horner. */
function sumOfPowersSlope(q: D, n: number): D {
  let s = ZERO;
  for (let i = n; i >= 1; i--) s = s.times(q).plus(i);
  return s;
}

/** A float estimate of q with Σ_{i=1..n} q^i = ratio (Newton from above; f is convex). */
function seedCumulative(ratio: number, n: number): number | undefined {
  if (!Number.isFinite(ratio) || ratio <= 0) return undefined;
  let q = Math.max(1, Math.pow(ratio, 1 / n));
  for (let k = 0; k < 100; k++) {
    let s = 0;
    let d = 0;
    for (let i = n; i >= 1; i--) d = d * q + i;
    for (let i = 0; i < n; i++) s = (s + 1) * q;
    const next = q - (s - ratio) / d;
    if (!Number.isFinite(next) || next >= q) break;
    q = next;
  }
  return q > 0 && Number.isFinite(q) ? q : undefined;
}

const MAX_CUMULATIVE_YEARS = 1000;

function integerYearsOf(years: Numeric): number {
  const n = yearsOf(years, true);
  if (!n.isInteger() || n.gt(MAX_CUMULATIVE_YEARS)) {
    throw argError('invalid_years', 'years', years, `must be a whole number of years up to ${MAX_CUMULATIVE_YEARS}`);
  }
  return n.toNumber();
}

/**
 * {@link rateForCumulativeTotal} with the bracket that proves it: `lo`, `hi` and `root` are
 * rates, `residual` is Σ base(1 + root)^i − total.
 *
 * @throws as {@link rateForCumulativeTotal}.
 * @example
 * solveCumulativeRate(100, 231, 2).root.toString() //=> '0.1'
 */
export function solveCumulativeRate(base: Numeric, total: Numeric, years: Numeric): MonotoneSolution {
  const b = positiveOf(base, 'base');
  const t = positiveOf(total, 'total');
  const n = integerYearsOf(years);
  const ratio = t.div(b);
  // Σ q^i ≥ q^n, so the root lies in (0, max(1, ratio^(1/n))]; double hi until it brackets.
  let hi = D.max(ONE, ratioRoot(ONE, ratio, n).times(2));
  while (sumOfPowers(hi, n).lt(ratio)) hi = hi.times(2);
  const seed = seedCumulative(ratio.toNumber(), n);
  const s = solveMonotone((q) => sumOfPowers(q, n), ZERO, hi, {
    target: ratio,
    derivative: (q) => sumOfPowersSlope(q, n),
    ...(seed !== undefined && seed < hi.toNumber() ? { start: seed } : {}),
  });
  return {
    root: s.root.minus(1),
    lo: s.lo.minus(1),
    hi: s.hi.minus(1),
    residual: s.residual.times(b),
    iterations: s.iterations,
  };
}

/**
 * The average annual rate by the cumulative method (累计法): the x with
 * Σ_{i=1..years} base × (1 + x)^i = total, solved to full precision in a bracket.
 *
 * @throws `non_positive` when base or total ≤ 0; `invalid_years` unless years is a whole number
 *   from 1 to 1000; `invalid_number` / `non_finite` for bad inputs.
 * @example
 * rateForCumulativeTotal(228.05, 2800, 5).toFixed(4) //=> '0.3161'
 */
export function rateForCumulativeTotal(base: Numeric, total: Numeric, years: Numeric): D {
  return solveCumulativeRate(base, total, years).root;
}
