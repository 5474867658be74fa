/** A general solver for monotone equations, bracketed to full precision. */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';

const ZERO = new D(0);
const ONE = new D(1);

/** Options of {@link solveMonotone}. */
export interface SolveMonotoneOptions {
  /** The value f should reach; default 0. */
  readonly target?: Numeric;
  /** The derivative of f, for Newton steps (secant steps otherwise). */
  readonly derivative?: (x: D) => D;
  /** A first guess inside the bracket. */
  readonly start?: Numeric;
  /** Stop when hi − lo ≤ tolerance × max(1, |x|); default 1e-36. */
  readonly tolerance?: Numeric;
  /** Default 400. */
  readonly maxIterations?: number;
}

/** The root of {@link solveMonotone} and the bracket that proves it. */
export interface MonotoneSolution {
  /** The end of the final bracket whose residual is smaller. */
  readonly root: D;
  /** f(lo) ≤ target ≤ f(hi), with hi − lo within the tolerance (unless iterations ran out). */
  readonly lo: D;
  readonly hi: D;
  /** f(root) − target. */
  readonly residual: D;
  readonly iterations: number;
}

/**
 * Solves f(x) = target for an increasing f on [lo, hi] by safeguarded Newton (or secant)
 * steps that keep a bracket; once a step is below the tolerance it steps just across the root
 * so that both ends close in. Bisection takes over whenever a step leaves the bracket or is not
 * less than half the step before last.
 *
 * @throws `no_solution` when target is not between f(lo) and f(hi); `invalid_interval` when
 *   lo > hi; `invalid_option` for a bad tolerance or maxIterations.
 * @example
 * solveMonotone((x) => x.times(x), 0, 2, { target: 2 }).root.toFixed(10) //=> '1.4142135624'
 */
export function solveMonotone(
  f: (x: D) => D,
  lo: Numeric,
  hi: Numeric,
  options: SolveMonotoneOptions = {},
): MonotoneSolution {
  let a = toDecimal(lo, 'lo');
  let b = toDecimal(hi, 'hi');
  if (a.gt(b)) throw argError('invalid_interval', 'lo', lo, 'must not exceed hi');
  const target = options.target === undefined ? ZERO : toDecimal(options.target, 'options.target');
  const tolerance = options.tolerance === undefined ? new D('1e-36') : toDecimal(options.tolerance, 'options.tolerance');
  if (tolerance.lte(0)) throw argError('invalid_option', 'options.tolerance', options.tolerance, 'must be positive');
  const maxIterations = options.maxIterations ?? 400;
  if (!Number.isSafeInteger(maxIterations) || maxIterations < 1) {
    throw argError('invalid_option', 'options.maxIterations', maxIterations, 'must be a positive integer');
  }
  const g = (x: D): D => {
    const y = f(x);
    if (!y.isFinite()) throw argError('non_finite', 'f', x.toString(), 'returned a non-finite value');
    return y.minus(target);
  };
  let ga = g(a);
  let gb = g(b);
  if (ga.gt(0) || gb.lt(0)) {
    throw argError('no_solution', 'target', target.toString(), `is not between f(lo) and f(hi)`);
  }
  const done = (iterations: number): MonotoneSolution => {
    const root = ga.abs().lte(gb.abs()) ? a : b;
    return { root, lo: a, hi: b, residual: root === a ? ga : gb, iterations };
  };
  if (ga.isZero()) return { root: a, lo: a, hi: a, residual: ga, iterations: 0 };
  if (gb.isZero()) return { root: b, lo: b, hi: b, residual: gb, iterations: 0 };
  const scale = (x: D): D => tolerance.times(D.max(ONE, x.abs()));

  let x = options.start === undefined ? a.plus(b).div(2) : toDecimal(options.start, 'options.start');
  if (!(x.gt(a) && x.lt(b))) x = a.plus(b).div(2);
  let previous: { readonly x: D; readonly g: D } | undefined;
  let stepBefore = b.minus(a);
  let step = stepBefore;
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const gx = g(x);
    if (gx.isZero()) return { root: x, lo: x, hi: x, residual: gx, iterations: iteration };
    if (gx.isNegative()) [a, ga] = [x, gx];
    else [b, gb] = [x, gx];
    const tol = scale(x);
    if (b.minus(a).lte(tol)) return done(iteration);
    // Newton, or a secant through the previous point.
    const slope =
      options.derivative?.(x) ??
      (previous !== undefined && !previous.x.eq(x) ? gx.minus(previous.g).div(x.minus(previous.x)) : undefined);
    previous = { x, g: gx };
    let next = slope !== undefined && slope.isFinite() && slope.gt(0) ? x.minus(gx.div(slope)) : undefined;
    let crossing = false;
    if (next !== undefined && next.minus(x).abs().lte(tol.div(2))) {
      // Converged: step a quarter tolerance across the root so that the other end closes in too.
      next = gx.isNegative() ? next.plus(tol.div(4)) : next.minus(tol.div(4));
      crossing = true;
    }
    // Bisect when the step leaves the bracket or does not shrink fast enough (as in rtsafe).
    if (next === undefined || !next.gt(a) || !next.lt(b) || (!crossing && next.minus(x).abs().times(2).gt(stepBefore))) {
      next = a.plus(b).div(2);
    }
    stepBefore = step;
    step = next.minus(x).abs();
    if (step.isZero()) return done(iteration);
    x = next;
  }
  return done(maxIterations);
}
