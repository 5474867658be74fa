/**
 * The growth formulas of development plans, exactly: projection (水平法), CAGR, required rates and
 * bases, years to a target, growth paths, cumulative totals (累计法), cumulative changes and 翻番.
 * Rates are fractions (0.1 = 10%; the string "10%" is accepted). Every result is a finite `D`;
 * anything else is a `GrowthError`.
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';
import { ln1p, lnRatio, powInt, powInverse, powOf, ratioRoot } from './roots.js';

const ZERO = new D(0);
const ONE = new D(1);

/** Rates per sub-period, labelled by year: `rate` applies to every year up to and including `until`. */
export type RateSchedule = readonly { readonly until: number; readonly rate: Numeric }[];

/** The span of a growth path: `from` is the base year (its value is the base), `to` the last year. */
export interface YearSpan {
  readonly from: number;
  readonly to: number;
}

/** One point of a growth path. */
export interface PathPoint {
  readonly year: number;
  readonly value: D;
}

// ---- argument checks ----------------------------------------------------------------------------

function finite(x: D, argument: string, value: unknown): D {
  if (!x.isFinite()) throw argError('out_of_range', argument, value, 'gives a result beyond the Decimal range');
  return x;
}

/** 1 + rate, for a rate above −1. */
function factorOf(rate: Numeric, argument = 'rate'): D {
  const r = toDecimal(rate, argument);
  if (r.lte(-1)) throw argError('out_of_range', argument, rate, 'must be greater than -1 (-100%)');
  return r.plus(1);
}

function yearsOf(years: Numeric, positive: boolean, argument = 'years'): D {
  const n = toDecimal(years, argument);
  if (positive ? n.lte(0) : n.isNegative() && !n.isZero()) {
    throw argError('invalid_years', argument, years, positive ? 'must be positive' : 'must not be negative');
  }
  return n;
}

function positiveOf(x: Numeric, argument: string): D {
  const d = toDecimal(x, argument);
  if (d.lte(0)) throw argError('non_positive', argument, x, 'must be positive');
  return d;
}

function nonNegativeOf(x: Numeric, argument: string): D {
  const d = toDecimal(x, argument);
  if (d.isNegative() && !d.isZero()) throw argError('negative', argument, x, 'must not be negative');
  return d;
}

function yearOf(year: unknown, argument: string): number {
  if (typeof year !== 'number' || !Number.isSafeInteger(year)) {
    throw argError('invalid_year', argument, year, 'must be a whole year');
  }
  return year;
}

/** The longest growth path (and cumulative total) computed year by year. */
const MAX_PATH_YEARS = 10_000;

function spanOf(span: YearSpan): number {
  const from = yearOf(span.from, 'options.from');
  const to = yearOf(span.to, 'options.to');
  if (to < from) throw argError('invalid_years', 'options.to', to, `must not precede options.from (${from})`);
  if (to - from > MAX_PATH_YEARS) throw argError('invalid_years', 'options.to', to, `must be within ${MAX_PATH_YEARS} years of options.from`);
  return to - from;
}

/** (b/a)^(1/years) − 1 for a > 0, b ≥ 0, years > 0. */
function rateBetween(a: D, b: D, years: D, argument: string, value: unknown): D {
  if (b.isZero()) return ONE.negated();
  if (years.isInteger() && years.lte(Number.MAX_SAFE_INTEGER)) return ratioRoot(a, b, years.toNumber(), 1);
  return finite(powInverse(b.div(a), years), argument, value).minus(1);
}

// ---- level and rate ------------------------------------------------------------------------------

/**
 * The value after `years` of growth at `rate` a year (水平法).
 * Formula: base × (1 + rate)^years; years may be fractional.
 *
 * @throws `out_of_range` when rate ≤ −1 or the result overflows; `invalid_years` when years < 0;
 *   `invalid_number` / `non_finite` for bad inputs.
 * @example
 * project(928.4, 0.1, 8).toFixed(4) //=> '1990.1079'
 */
export function project(base: Numeric, rate: Numeric, years: Numeric): D {
  const b = toDecimal(base, 'base');
  const f = factorOf(rate);
  const n = yearsOf(years, false);
  return finite(b.times(powOf(f, n)), 'years', years);
}

/**
 * The compound annual growth rate from `start` to `end` over `years` (年均增长, 水平法).
 * Formula: (end / start)^(1/years) − 1; −1 when end is 0.
 *
 * @throws `non_positive` when start ≤ 0; `negative` when end < 0; `invalid_years` when years ≤ 0;
 *   `invalid_number` / `non_finite` for bad inputs.
 * @example
 * cagr(8.4, 30.9, 5).toFixed(6) //=> '0.297585'
 */
export function cagr(start: Numeric, end: Numeric, years: Numeric): D {
  const a = positiveOf(start, 'start');
  const b = nonNegativeOf(end, 'end');
  const n = yearsOf(years, true);
  return rateBetween(a, b, n, 'years', years);
}

/**
 * The annual rate that takes `base` to `target` in `years`: the CAGR, named for targets.
 * Formula: (target / base)^(1/years) − 1.
 *
 * @throws `non_positive` when base ≤ 0; `negative` when target < 0; `invalid_years` when
 *   years ≤ 0; `invalid_number` / `non_finite` for bad inputs.
 * @example
 * requiredRate(928.4, 2000, 8).toFixed(4) //=> '0.1007'
 */
export function requiredRate(base: Numeric, target: Numeric, years: Numeric): D {
  const a = positiveOf(base, 'base');
  const b = nonNegativeOf(target, 'target');
  const n = yearsOf(years, true);
  return rateBetween(a, b, n, 'years', years);
}

/**
 * The base from which `rate` a year reaches `target` in `years`.
 * Formula: target / (1 + rate)^years.
 *
 * @throws `out_of_range` when rate ≤ −1 or the result overflows; `invalid_years` when years < 0;
 *   `invalid_number` / `non_finite` for bad inputs.
 * @example
 * impliedBase(2000, 0.1, 8).toFixed(2) //=> '933.01'
 */
export function impliedBase(target: Numeric, rate: Numeric, years: Numeric): D {
  const t = toDecimal(target, 'target');
  const f = factorOf(rate);
  const n = yearsOf(years, false);
  const power = powOf(f, n);
  if (power.isZero() || !power.isFinite()) throw argError('out_of_range', 'years', years, 'gives a factor beyond the Decimal range');
  return finite(t.div(power), 'years', years);
}

/** Options of {@link yearsToReach}. */
export interface YearsToReachOptions {
  /** The calendar year of the base value; the result then names the first year that reaches the target. */
  readonly baseYear?: number;
}

/** The result of {@link yearsToReach}. */
export interface YearsToReach {
  /** The exact (fractional) number of years: ln(target/base) / ln(1 + rate). */
  readonly years: D;
  /** baseYear + the first whole number of years at which the value reaches the target. */
  readonly year?: number;
}

/**
 * How long `rate` a year takes from `base` to `target`, and (with `baseYear`) the first whole
 * year whose value reaches it (≥ the target when growing, ≤ when declining; the comparison at
 * whole years is exact).
 * Formula: years = ln(target / base) / ln(1 + rate).
 *
 * @throws `non_positive` when base or target ≤ 0; `out_of_range` when rate ≤ −1 or the year is
 *   beyond the safe integers; `no_solution` when the rate never gets there (0, or the wrong
 *   direction); `invalid_year` for a non-integer baseYear.
 * @example
 * yearsToReach(100, 200, 0.1487, { baseYear: 2010 }).year //=> 2015
 */
export function yearsToReach(
  base: Numeric,
  target: Numeric,
  rate: Numeric,
  options: YearsToReachOptions = {},
): YearsToReach {
  const b = positiveOf(base, 'base');
  const t = positiveOf(target, 'target');
  const f = factorOf(rate);
  const baseYear = options.baseYear === undefined ? undefined : yearOf(options.baseYear, 'options.baseYear');
  const r = toDecimal(rate, 'rate');
  const direction = t.cmp(b);
  if (direction === 0) return baseYear === undefined ? { years: ZERO } : { years: ZERO, year: baseYear };
  if (r.cmp(0) !== direction) {
    throw argError('no_solution', 'rate', rate, `never takes ${b.toString()} to ${t.toString()}`);
  }
  // ln(t/b) / ln(1 + r), computed so that ratios near 1 and rates near 0 keep their digits.
  const years = finite(lnRatio(b, t).div(ln1p(r)), 'rate', rate);
  if (baseYear === undefined) return { years };
  const reaches = (m: number): boolean => {
    const c = b.times(powInt(f, m)).cmp(t);
    return direction > 0 ? c >= 0 : c <= 0;
  };
  let k = years.ceil().toNumber();
  if (!Number.isSafeInteger(k + baseYear)) {
    throw argError('out_of_range', 'rate', rate, 'reaches the target beyond any representable year');
  }
  if (k > 1 && reaches(k - 1)) k -= 1;
  else if (!reaches(k)) k += 1;
  return { years, year: baseYear + k };
}

// ---- paths and cumulative totals ---------------------------------------------------------------

function factorsOf(schedule: RateSchedule, from: number, to: number): D[] {
  if (!Array.isArray(schedule) || schedule.length === 0) {
    throw argError('invalid_option', 'rate', schedule, 'must be a rate or a non-empty schedule');
  }
  let previous = -Infinity;
  const entries = schedule.map((entry, i) => {
    const until = yearOf(entry.until, `rate[${i}].until`);
    if (until <= previous) throw argError('invalid_option', `rate[${i}].until`, until, 'must increase');
    previous = until;
    return { until, factor: factorOf(entry.rate, `rate[${i}].rate`) };
  });
  if (previous < to) throw argError('invalid_option', 'rate', schedule, `must cover the years up to ${to}`);
  const factors: D[] = [];
  let j = 0;
  for (let year = from + 1; year <= to; year++) {
    while ((entries[j] as { until: number }).until < year) j++;
    factors.push((entries[j] as { factor: D }).factor);
  }
  return factors;
}

/**
 * The value in every year from the base year `from` (value = base) to `to`, growing at a
 * constant rate or by a schedule of rates (like Excel FVSCHEDULE, labelled by year).
 * Formula: value(y) = value(y − 1) × (1 + rate(y)); with a constant rate base × (1 + rate)^(y − from).
 *
 * @throws `invalid_year` for non-integer years; `invalid_years` when to < from or the span is over
 *   10000 years; `out_of_range`
 *   for a rate ≤ −1; `invalid_option` for a schedule that is empty, unordered or ends before `to`.
 * @example
 * growthPath(100, [{ until: 2012, rate: 0.1 }, { until: 2014, rate: 0 }], { from: 2010, to: 2014 })
 *   .map((p) => p.value.toString()) //=> ['100', '110', '121', '121', '121']
 */
export function growthPath(base: Numeric, rate: Numeric | RateSchedule, span: YearSpan): readonly PathPoint[] {
  const b = toDecimal(base, 'base');
  const n = spanOf(span);
  const points: PathPoint[] = [{ year: span.from, value: b }];
  if (Array.isArray(rate)) {
    let value = b;
    factorsOf(rate as RateSchedule, span.from, span.to).forEach((factor, i) => {
      value = finite(value.times(factor), 'rate', rate);
      points.push({ year: span.from + i + 1, value });
    });
  } else {
    const f = factorOf(rate as Numeric);
    for (let i = 1; i <= n; i++) points.push({ year: span.from + i, value: finite(b.times(powInt(f, i)), 'rate', rate) });
  }
  return Object.freeze(points.map((p) => Object.freeze(p)));
}

/**
 * The sum of the yearly values after the base year `from` up to `to` (a cumulative total such as
 * "十二五期间完成投资"), at a constant rate or by a schedule.
 * Formula: Σ_{i=1..to−from} base × (1 + rate)^i.
 *
 * @throws as {@link growthPath}.
 * @example
 * cumulativeTotal(100, 0.1, { from: 2010, to: 2012 }).toString() //=> '231'
 */
export function cumulativeTotal(base: Numeric, rate: Numeric | RateSchedule, span: YearSpan): D {
  return growthPath(base, rate, span)
    .slice(1)
    .reduce((sum, p) => sum.plus(p.value), ZERO);
}

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

// ---- cumulative changes and 翻番 ----------------------------------------------------------------

/**
 * The change over a whole span as a fraction (−0.16 for a 16% cut).
 * Formula: end / start − 1.
 *
 * @throws `non_positive` when start ≤ 0; `negative` when end < 0.
 * @example
 * cumulativeChange(100, 84).toString() //=> '-0.16'
 */
export function cumulativeChange(start: Numeric, end: Numeric): D {
  const a = positiveOf(start, 'start');
  const b = nonNegativeOf(end, 'end');
  return b.div(a).minus(1);
}

/**
 * The equal annual rate that compounds to a cumulative change over `years`.
 * Formula: (1 + change)^(1/years) − 1.
 *
 * @throws `out_of_range` when change < −1; `invalid_years` when years ≤ 0.
 * @example
 * annualRateFor(1, 5).toFixed(4) //=> '0.1487'
 */
export function annualRateFor(cumulativeChange: Numeric, years: Numeric): D {
  const c = toDecimal(cumulativeChange, 'cumulativeChange');
  if (c.lt(-1)) throw argError('out_of_range', 'cumulativeChange', cumulativeChange, 'must not be below -1 (-100%)');
  const n = yearsOf(years, true);
  return rateBetween(ONE, c.plus(1), n, 'years', years);
}

/**
 * The equal annual decline (a positive fraction) that compounds to a cumulative decline over
 * `years`: a 16% five-year cut is 3.43% a year.
 * Formula: 1 − (1 − decline)^(1/years).
 *
 * @throws `out_of_range` when decline > 1; `invalid_years` when years ≤ 0.
 * @example
 * annualDeclineFor(0.16, 5).toFixed(4) //=> '0.0343'
 */
export function annualDeclineFor(cumulativeDecline: Numeric, years: Numeric): D {
  const d = toDecimal(cumulativeDecline, 'cumulativeDecline');
  if (d.gt(1)) throw argError('out_of_range', 'cumulativeDecline', cumulativeDecline, 'must not exceed 1 (100%)');
  const n = yearsOf(years, true);
  return rateBetween(ONE, ONE.minus(d), n, 'years', years).negated();
}

/**
 * The composition of successive changes: declines compound (−16% then −20% is −32.8%).
 * Formula: Π(1 + change_i) − 1; 0 for an empty list.
 *
 * @throws `out_of_range` when a change is below −1.
 * @example
 * chainChanges([-0.16, -0.2]).toString() //=> '-0.328'
 */
export function chainChanges(changes: readonly Numeric[]): D {
  let product = ONE;
  changes.forEach((change, i) => {
    const c = toDecimal(change, `changes[${i}]`);
    if (c.lt(-1)) throw argError('out_of_range', `changes[${i}]`, change, 'must not be below -1 (-100%)');
    product = finite(product.times(c.plus(1)), `changes[${i}]`, change);
  });
  return product.minus(1);
}

/**
 * The multiple of 翻k番 (doubling k times): 2^k (翻两番 is ×4).
 *
 * @throws `out_of_range` when the multiple overflows; `invalid_number` / `non_finite`.
 * @example
 * fanbei(2).toString() //=> '4'
 */
export function fanbei(k: Numeric): D {
  const d = toDecimal(k, 'k');
  return finite(powOf(new D(2), d), 'k', k);
}

/**
 * The annual rate that multiplies a value by `multiple` in `years` (翻一番 in 5 years ≈ 14.87%).
 * Formula: multiple^(1/years) − 1.
 *
 * @throws `non_positive` when multiple ≤ 0; `invalid_years` when years ≤ 0.
 * @example
 * rateForMultiple(2, 5).toFixed(4) //=> '0.1487'
 */
export function rateForMultiple(multiple: Numeric, years: Numeric): D {
  const m = positiveOf(multiple, 'multiple');
  const n = yearsOf(years, true);
  return rateBetween(ONE, m, n, 'years', years);
}

/**
 * The years `rate` a year takes to multiply a value by `multiple`.
 * Formula: ln(multiple) / ln(1 + rate).
 *
 * @throws `non_positive` when multiple ≤ 0; `out_of_range` when rate ≤ −1; `no_solution` when
 *   the rate never gets there.
 * @example
 * multipleYears(2, 0.1).toFixed(2) //=> '7.27'
 */
export function multipleYears(multiple: Numeric, rate: Numeric): D {
  positiveOf(multiple, 'multiple');
  return yearsToReach(1, multiple, rate).years;
}
