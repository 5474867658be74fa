/**
 * Monte Carlo in binary floats (DOMAIN.md section 6): yearly rates drawn around a plan's (or a
 * scenario's) rates, the probability of meeting each target with its qualifier, and a fan of
 * percentile paths. The one place the library computes in doubles; named as such
 * ({@link simulateFloat}) with its error bounds documented and tested. Memory does not grow with
 * the number of paths: each path lives in a small buffer, each indicator-year in a fixed-size
 * histogram (histogram.ts), each target in a counter.
 */
import { argError, optionsOf } from '../errors.js';
import { D, toDecimal, type Numeric, type PathPoint } from '../math/index.js';
import { acceptPlan, type Plan, type Scenario } from '../plan/index.js';
import { applyScenario, isProjectable, type LineState } from './apply.js';
import { addValue, BUCKET_BITS, BUCKETS, HIGH, SHIFT, histograms, mergeInto, quantile, QUANTILE_RELATIVE_ERROR, type Histograms } from './histogram.js';
import { growthLines, type GrowthTarget } from './lines.js';
import { BLOCK_PATHS, cholesky, normalCdf, NormalStream, seededGenerator, uniform, type JumpableRandomGenerator } from './random.js';
import { bandOf, projectState, type ScenarioOptions } from './run.js';
import { evaluateTarget, targetAdmissible } from './targets.js';
import { type DueTarget, writtenNumber, writtenUnit } from './written.js';

/**
 * How a yearly rate is drawn. The first three deviate from the year's planned rate r: normal
 * r + sd·z; uniform on [r − halfWidth, r + halfWidth]; triangular from r − below to r + above with
 * its mode at r. A bootstrap draws each year's rate from the stated (historical) rates, with
 * replacement, whatever the plan's rate. Parameters are fractions (or percent text, `"2%"`).
 */
export type RateDistribution =
  | { readonly kind: 'normal'; readonly sd: Numeric }
  | { readonly kind: 'uniform'; readonly halfWidth: Numeric }
  | { readonly kind: 'triangular'; readonly below: Numeric; readonly above: Numeric }
  | { readonly kind: 'bootstrap'; readonly rates: readonly Numeric[] };

/** The distribution when none is given: normal with a standard deviation of 2 percentage points a year. */
export const DEFAULT_DISTRIBUTION: RateDistribution = Object.freeze({ kind: 'normal', sd: '0.02' });

/** The percentiles of the fan when none are given. */
export const DEFAULT_PERCENTILES: readonly number[] = Object.freeze([5, 25, 50, 75, 95]);

/** The most paths one simulation runs. */
export const MAX_RUNS = 1_000_000_000;

/** The most indicator-years one simulation follows (each holds a 256 KiB histogram). */
export const MAX_SLOTS = 400;

/** A correlation between the yearly rate draws of several indicators (a Gaussian copula). */
export interface RateCorrelation {
  readonly indicators: readonly string[];
  /** The correlation matrix, in the order of `indicators`. */
  readonly matrix: readonly (readonly Numeric[])[];
}

/** Options of {@link simulateFloat}. */
export interface SimulationOptions extends ScenarioOptions {
  /** The number of paths, from 1 to 10^9. */
  readonly runs: number;
  /** The seed, an integer from 0 to 2^53 − 1: the same seed gives the same result, bit for bit. */
  readonly seed: number;
  /** The distribution of every indicator's yearly rate; default {@link DEFAULT_DISTRIBUTION}. */
  readonly distribution?: RateDistribution;
  /** Distributions for some indicators, by id. */
  readonly distributions?: Readonly<Record<string, RateDistribution>>;
  /** The indicators to simulate (default every projected growth indicator). */
  readonly indicators?: readonly string[];
  /** Correlated draws across indicators, in the same year (years are independent). */
  readonly correlation?: RateCorrelation;
  /** The percentiles of the fan, from 0 to 100; default 5, 25, 50, 75, 95. */
  readonly percentiles?: readonly number[];
  /** Simulate under this scenario. */
  readonly scenario?: Scenario;
  /** Called after each block of 65,536 paths with the paths done and the total. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** One point of a percentile path. */
export interface FanPoint {
  readonly year: number;
  readonly value: number;
  /** True when the percentile fell outside the histogram's window (2^±8 around the plan's value): a bound, not within the error bound. */
  readonly clipped?: true;
}

/** A percentile path: the p-th percentile of each year's simulated values. */
export interface PercentilePath {
  readonly percentile: number;
  readonly points: readonly FanPoint[];
}

/** A target's probability of being met. */
export interface SimulatedTarget extends DueTarget {
  /** The figure's value in the indicator's value domain (the low end of a range). */
  readonly stated: D;
  /** The share of paths on which it is met, from 0 to 1. */
  readonly probability: number;
  /** The paths on which it is met. */
  readonly hits: number;
  /** The standard error of the probability: √(p(1 − p)/runs). */
  readonly standardError: number;
  /** Whether the exact path (no uncertainty) meets it, and its measure there. */
  readonly exact: { readonly met: boolean; readonly value: D };
}

/** One simulated indicator. */
export interface SimulatedIndicator {
  readonly indicator: string;
  readonly name: string;
  readonly unit: string;
  readonly distribution: RateDistribution;
  /** The exact path of the plan (or scenario), base year first. */
  readonly exact: readonly { readonly year: number; readonly value: D }[];
  /** The fan: one path per percentile, base year first. */
  readonly percentiles: readonly PercentilePath[];
  readonly targets: readonly SimulatedTarget[];
}

/** The result of {@link simulateFloat}. */
export interface SimulationResult {
  readonly plan: { readonly id: string; readonly title: string };
  readonly engine: 'float64';
  readonly generator: 'xoroshiro128+';
  readonly runs: number;
  readonly seed: number;
  readonly scenario?: { readonly id: string; readonly name: string };
  readonly indicators: readonly SimulatedIndicator[];
  /**
   * The documented error bounds, relative: `path`, of the float path against the exact path
   * ((3n + 1)·2^-53 after n years, for yearly rates between −50% and 100%); `quantile`, of a
   * reported percentile against the sample's order statistic (2^-13).
   */
  readonly errorBound: { readonly path: number; readonly quantile: number };
}

/**
 * The relative error bound of a float path after `years` years (yearly rates in (−50%, 100%)).
 *
 * @example
 * pathErrorBound(10) //=> 31 × 2^-53 ≈ 3.4e-15
 */
export const pathErrorBound = (years: number): number => (3 * years + 1) * 2 ** -53;

// ---- preparation -------------------------------------------------------------------------------

const enum Kind {
  Normal,
  Uniform,
  Triangular,
  Bootstrap,
}

const enum Stat {
  Level,
  Total,
  Ratio,
  CumulativeRatio,
}

interface PreparedTarget {
  readonly target: GrowthTarget;
  readonly stat: Stat;
  /** Indexes into the path buffer (years after the base). */
  readonly from: number;
  readonly to: number;
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

interface Prepared {
  readonly state: LineState;
  readonly distribution: RateDistribution;
  readonly kind: Kind;
  readonly a: number;
  readonly b: number;
  readonly sample: Float64Array;
  readonly base: number;
  /** 1 + the planned rate of each year after the base. */
  readonly factors: Float64Array;
  readonly years: number;
  /** The histogram slot of the first year after the base. */
  readonly slot: number;
  readonly buffer: Float64Array;
  /** The buffer's 32-bit words, to read each value's bucket key. */
  readonly words: Uint32Array;
  readonly targets: readonly PreparedTarget[];
  /** Its index in the correlation, or −1. */
  readonly correlated: number;
  /** The float path when its distribution has no spread (every path is this one), else undefined. */
  readonly fixed: Float64Array | undefined;
}

function fraction(x: Numeric, argument: string, min: number, strict = false): number {
  const d = toDecimal(x, argument);
  if (strict ? d.lte(min) : d.lt(min)) throw argError(min === 0 && !strict ? 'negative' : 'out_of_range', argument, x, strict ? `must be above ${min}` : `must not be below ${min}`);
  return d.toNumber();
}

function prepareDistribution(d: RateDistribution, argument: string): { kind: Kind; a: number; b: number; sample: Float64Array } {
  const none = new Float64Array(0);
  switch (d?.kind) {
    case 'normal':
      return { kind: Kind.Normal, a: fraction(d.sd, `${argument}.sd`, 0), b: 0, sample: none };
    case 'uniform':
      return { kind: Kind.Uniform, a: fraction(d.halfWidth, `${argument}.halfWidth`, 0), b: 0, sample: none };
    case 'triangular':
      return { kind: Kind.Triangular, a: fraction(d.below, `${argument}.below`, 0), b: fraction(d.above, `${argument}.above`, 0), sample: none };
    case 'bootstrap': {
      if (!Array.isArray(d.rates) || d.rates.length === 0) throw argError('invalid_option', `${argument}.rates`, d.rates, 'must list at least one rate');
      return { kind: Kind.Bootstrap, a: 0, b: 0, sample: Float64Array.from(d.rates, (r, i) => fraction(r, `${argument}.rates[${i}]`, -1, true)) };
    }
    default:
      throw argError('invalid_option', `${argument}.kind`, (d as { kind?: unknown } | undefined)?.kind, 'must be normal, uniform, triangular or bootstrap');
  }
}

/** g(x): a rate, change or multiple bound as a bound on the path statistic (monotone increasing). */
function statBound(target: GrowthTarget, x: D, cumulative: boolean): number {
  const years = target.year - (target.from ?? target.year);
  switch (target.type) {
    case 'level':
    case 'total':
    case 'multiple':
      return x.toNumber();
    case 'change':
      return Math.max(0, x.plus(1).toNumber());
    case 'rate': {
      if (x.lte(-1)) return 0;
      const q = x.plus(1);
      if (!cumulative) return q.pow(years).toNumber();
      let sum = new D(0);
      for (let i = 0; i < years; i++) sum = sum.plus(1).times(q);
      return sum.toNumber();
    }
  }
}

/**
 * The float error of a path statistic after `years` years: two path values (a ratio) or a sum of
 * them, each within {@link pathErrorBound}, and the rounding of the statistic and its bound.
 */
const statErrorBound = (years: number): number => 2 * pathErrorBound(years) + (years + 3) * 2 ** -53;

/**
 * Moves a float bound by the float error so that a path whose exact value sits on the bound is
 * decided as the exact arithmetic decides it: a closed bound widens, an open one narrows.
 */
function guard(bound: number, side: 'lo' | 'hi', open: boolean, epsilon: number): number {
  if (!Number.isFinite(bound) || bound === 0) return bound;
  const outward = (side === 'lo') !== open ? -1 : 1; // closed lo and open hi move down
  return bound * (1 + outward * Math.sign(bound) * epsilon);
}

function prepareTarget(t: GrowthTarget, state: LineState, band: D): PreparedTarget {
  const set = targetAdmissible(t, band);
  const cumulative = state.line.cumulative;
  const to = t.year - state.baseYear;
  const from = (t.from ?? state.baseYear) - state.baseYear;
  const stat =
    t.type === 'level' ? Stat.Level : t.type === 'total' ? Stat.Total : t.type === 'rate' && cumulative ? Stat.CumulativeRatio : Stat.Ratio;
  const epsilon = statErrorBound(to);
  return {
    target: t,
    stat,
    from,
    to,
    lo: set.lo === undefined ? -Infinity : guard(statBound(t, set.lo, cumulative), 'lo', set.loOpen, epsilon),
    hi: set.hi === undefined ? Infinity : guard(statBound(t, set.hi, cumulative), 'hi', set.hiOpen, epsilon),
    loOpen: set.loOpen,
    hiOpen: set.hiOpen,
  };
}

/**
 * The one path of an indicator whose distribution has no spread (sd 0, a bootstrap of equal
 * rates …), computed as the loop computes every path, or undefined.
 */
function fixedPath(p: Omit<Prepared, 'fixed'>): Float64Array | undefined {
  const none =
    (p.kind === Kind.Normal || p.kind === Kind.Uniform) ? p.a === 0 : p.kind === Kind.Triangular ? p.a === 0 && p.b === 0 : p.sample.every((x) => x === p.sample[0]);
  if (!none) return undefined;
  const path = new Float64Array(p.years + 1);
  let v = p.base;
  path[0] = v;
  for (let y = 1; y <= p.years; y++) {
    let f = p.kind === Kind.Bootstrap ? 1 + (p.sample[0] as number) : (p.factors[y - 1] as number);
    if (!(f > 0)) f = 0;
    v *= f;
    path[y] = v;
  }
  return path;
}

function runsOf(runs: unknown): number {
  if (typeof runs !== 'number' || !Number.isSafeInteger(runs) || runs < 1 || runs > MAX_RUNS) {
    throw argError('invalid_option', 'options.runs', runs, `must be a whole number from 1 to ${MAX_RUNS}`);
  }
  return runs;
}

function percentilesOf(list: readonly number[] | undefined): readonly number[] {
  const ps = list ?? DEFAULT_PERCENTILES;
  if (!Array.isArray(ps) || ps.length === 0) throw argError('invalid_option', 'options.percentiles', ps, 'must list at least one percentile');
  ps.forEach((p, i) => {
    if (typeof p !== 'number' || !Number.isFinite(p) || p < 0 || p > 100) throw argError('invalid_option', `options.percentiles[${i}]`, p, 'must be a number from 0 to 100');
  });
  return [...ps];
}

// ---- the loop ----------------------------------------------------------------------------------

/** Adds the path in an item's buffer to its targets' hit counters. */
function countItemHits(p: Prepared, counter: Float64Array): void {
  const buffer = p.buffer;
  for (let t = 0; t < p.targets.length; t++) {
    const target = p.targets[t] as PreparedTarget;
    let s: number;
    if (target.stat === Stat.Level) s = buffer[target.to] as number;
    else if (target.stat === Stat.Ratio) s = (buffer[target.to] as number) / (buffer[target.from] as number);
    else {
      s = 0;
      const first = target.stat === Stat.Total ? target.from : target.from + 1;
      for (let y = first; y <= target.to; y++) s += buffer[y] as number;
      if (target.stat === Stat.CumulativeRatio) s /= buffer[target.from] as number;
    }
    const above = target.loOpen ? s > target.lo : s >= target.lo;
    const below = target.hiOpen ? s < target.hi : s <= target.hi;
    if (above && below) counter[t] = (counter[t] as number) + 1;
  }
}

/** Adds the path in each item's buffer to its targets' hit counters. */
function countHits(items: readonly Prepared[], hits: readonly Float64Array[]): void {
  for (let i = 0; i < items.length; i++) countItemHits(items[i] as Prepared, hits[i] as Float64Array);
}

/**
 * Simulates `count` paths from generator `g` with independent draws: indicator by indicator,
 * year by year (each year's rate from 53-bit uniforms; normals by Box–Muller, the second of a
 * pair kept for the next draw).
 */
function runIndependent(g: JumpableRandomGenerator, count: number, items: readonly Prepared[], h: Histograms, hits: readonly Float64Array[]): void {
  let spare = 0;
  let hasSpare = false;
  const { counts, start, under, over } = h;
  for (let path = 0; path < count; path++) {
    for (let i = 0; i < items.length; i++) {
      const p = items[i] as Prepared;
      const { factors, buffer, years, a, b, sample, kind } = p;
      let v = p.base;
      buffer[0] = v;
      for (let y = 1; y <= years; y++) {
        let f: number;
        if (kind === Kind.Normal) {
          let z: number;
          if (hasSpare) {
            hasSpare = false;
            z = spare;
          } else {
            const u1 = ((g.next() >>> 5) * 67108864 + (g.next() >>> 6)) * 1.1102230246251565e-16;
            const u2 = ((g.next() >>> 5) * 67108864 + (g.next() >>> 6)) * 1.1102230246251565e-16;
            const r = Math.sqrt(-2 * Math.log(1 - u1));
            const theta = 6.283185307179586 * u2;
            spare = r * Math.sin(theta);
            hasSpare = true;
            z = r * Math.cos(theta);
          }
          f = (factors[y - 1] as number) + a * z;
        } else {
          const u = ((g.next() >>> 5) * 67108864 + (g.next() >>> 6)) * 1.1102230246251565e-16;
          if (kind === Kind.Uniform) f = (factors[y - 1] as number) + a * (2 * u - 1);
          else if (kind === Kind.Triangular) {
            const width = a + b;
            f = (factors[y - 1] as number) + (width === 0 ? 0 : u * width < a ? -a + Math.sqrt(u * width * a) : b - Math.sqrt((1 - u) * width * b));
          } else f = 1 + (sample[Math.min(sample.length - 1, Math.floor(u * sample.length))] as number);
        }
        if (!(f > 0)) f = 0;
        v *= f;
        buffer[y] = v;
      }
      // The path's values into the histograms, their bucket keys read from the buffer's words
      // once the values are stored (a second pass: no store-to-load stall per value).
      const words = p.words;
      for (let y = 1, slot = p.slot; y <= years; y++, slot++) {
        const offset = (((words[2 * y + HIGH] as number) >>> SHIFT) - (start[slot] as number)) | 0;
        if (offset >>> 0 < BUCKETS) {
          const at = (slot << BUCKET_BITS) | offset;
          counts[at] = (counts[at] as number) + 1;
        } else if (offset < 0) under[slot] = (under[slot] as number) + 1;
        else over[slot] = (over[slot] as number) + 1;
      }
      countItemHits(p, hits[i] as Float64Array);
    }
  }
}

/**
 * Simulates `count` paths from generator `g` with correlated draws (a Gaussian copula): year by
 * year, k independent normals made correlated by the Cholesky factor, each turned into its
 * indicator's rate (a normal directly, the others through Φ and their quantile function).
 */
function runCorrelated(g: JumpableRandomGenerator, count: number, items: readonly Prepared[], h: Histograms, hits: readonly Float64Array[], chol: Float64Array, k: number): void {
  const normals = new NormalStream(g);
  const maxYears = Math.max(0, ...items.map((p) => p.years));
  const independent = new Float64Array(k);
  const correlated = new Float64Array(k);
  const values = new Float64Array(items.length);
  for (let path = 0; path < count; path++) {
    for (let i = 0; i < items.length; i++) {
      const p = items[i] as Prepared;
      values[i] = p.base;
      p.buffer[0] = p.base;
    }
    for (let y = 1; y <= maxYears; y++) {
      for (let j = 0; j < k; j++) independent[j] = normals.next();
      for (let j = 0; j < k; j++) {
        let z = 0;
        for (let m = 0; m <= j; m++) z += (chol[j * k + m] as number) * (independent[m] as number);
        correlated[j] = z;
      }
      for (let i = 0; i < items.length; i++) {
        const p = items[i] as Prepared;
        if (y > p.years) continue;
        const c = p.correlated;
        const factor = p.factors[y - 1] as number;
        let f: number;
        if (p.kind === Kind.Normal) f = factor + p.a * (c >= 0 ? (correlated[c] as number) : normals.next());
        else {
          const u = c >= 0 ? normalCdf(correlated[c] as number) : uniform(g);
          const width = p.a + p.b;
          if (p.kind === Kind.Uniform) f = factor + p.a * (2 * u - 1);
          else if (p.kind === Kind.Triangular) f = factor + (width === 0 ? 0 : u * width < p.a ? -p.a + Math.sqrt(u * width * p.a) : p.b - Math.sqrt((1 - u) * width * p.b));
          else f = 1 + (p.sample[Math.min(p.sample.length - 1, Math.floor(u * p.sample.length))] as number);
        }
        if (!(f > 0)) f = 0;
        const v = (values[i] as number) * f;
        values[i] = v;
        p.buffer[y] = v;
        addValue(h, p.slot + y - 1, v);
      }
    }
    countHits(items, hits);
  }
}

// ---- the engine --------------------------------------------------------------------------------

function distributionFor(id: string, options: SimulationOptions): RateDistribution {
  const own = options.distributions !== undefined && Object.hasOwn(options.distributions, id) ? options.distributions[id] : undefined;
  return own ?? options.distribution ?? DEFAULT_DISTRIBUTION;
}

/** A simulation made ready: the indicators, their draws and targets, and what the blocks share. */
export interface PreparedSimulation {
  readonly plan: { readonly id: string; readonly title: string };
  readonly runs: number;
  readonly seed: number;
  readonly generator: JumpableRandomGenerator;
  readonly band: D;
  readonly percentiles: readonly number[];
  readonly items: readonly Prepared[];
  readonly exactPaths: readonly (readonly PathPoint[])[];
  readonly chol: Float64Array | undefined;
  readonly correlated: number;
  readonly scenario?: Scenario;
  /** The histogram windows' centres (the exact path's float values). */
  readonly centres: readonly number[];
}

/** What blocks of paths add up: the histograms and the hit counters. Blocks merge exactly. */
export interface SimulationTally {
  readonly histograms: Histograms;
  readonly hits: readonly Float64Array[];
}

/**
 * Checks the options and prepares a simulation: the states under the scenario, each chosen
 * indicator's draws, targets and histogram slots.
 *
 * @throws as {@link simulateFloat}.
 *
 * @example
 * prepareSimulation(plan, { runs: 1000, seed: 1 }).items.length //=> 4
 */
export function prepareSimulation(givenPlan: Plan, givenOptions: SimulationOptions): PreparedSimulation {
  // Contract checks on the arguments (issue 10): a plan validated, options an object.
  const plan = acceptPlan(givenPlan);
  const options = optionsOf(givenOptions);
  if (options.indicators !== undefined && (!Array.isArray(options.indicators) || !options.indicators.every((t) => typeof t === 'string'))) {
    throw argError('invalid_option', 'options.indicators', options.indicators, 'must be a list of indicator ids');
  }
  const runs = runsOf(options.runs);
  const generator = seededGenerator(options.seed);
  const band = bandOf(options);
  const percentiles = percentilesOf(options.percentiles);
  const states = applyScenario(plan, growthLines(plan), options.scenario);
  const wanted = options.indicators;
  if (wanted !== undefined) {
    for (const id of wanted) {
      const state = states.find((s) => s.line.indicator.id === id);
      if (state === undefined) throw argError('unknown_reference', 'options.indicators', id, 'is not a growth indicator of the plan');
      if (!isProjectable(state)) throw argError('invalid_option', 'options.indicators', id, 'has no rate for every year: give it one in a scenario');
    }
  }
  const chosen = states.filter((s) => isProjectable(s) && (wanted === undefined || wanted.includes(s.line.indicator.id)));
  const slots = chosen.reduce((n, s) => n + (s.end - s.baseYear), 0);
  if (slots > MAX_SLOTS) throw argError('invalid_option', 'options.indicators', slots, `follow at most ${MAX_SLOTS} indicator-years at once`);
  for (const id of Object.keys(options.distributions ?? {})) {
    if (!chosen.some((s) => s.line.indicator.id === id)) throw argError('invalid_option', 'options.distributions', id, 'is not a simulated indicator');
  }

  const correlation = options.correlation;
  const correlatedIds = correlation?.indicators ?? [];
  for (const id of correlatedIds) {
    if (!chosen.some((s) => s.line.indicator.id === id)) throw argError('invalid_option', 'options.correlation.indicators', id, 'is not a simulated indicator');
  }
  if (new Set(correlatedIds).size !== correlatedIds.length) throw argError('invalid_option', 'options.correlation.indicators', correlatedIds, 'must not repeat an indicator');
  const chol =
    correlation === undefined
      ? undefined
      : cholesky(
          (Array.isArray(correlation.matrix) ? correlation.matrix : []).map((row, i) =>
            Array.isArray(row) ? row.map((x, j) => toDecimal(x, `options.correlation.matrix[${i}][${j}]`).toNumber()) : (row as never),
          ),
        );
  if (chol !== undefined && chol.length !== correlatedIds.length ** 2) {
    throw argError('invalid_option', 'options.correlation.matrix', correlation?.matrix, `must be ${correlatedIds.length} × ${correlatedIds.length}`);
  }

  let slot = 0;
  const exactPaths = chosen.map((s) => projectState(s) ?? []);
  const items: Prepared[] = chosen.map((state, i) => {
    const id = state.line.indicator.id;
    const distribution = distributionFor(id, options);
    const prepared = prepareDistribution(distribution, `options.distributions.${id}`);
    const years = state.end - state.baseYear;
    const buffer = new Float64Array(years + 1);
    const base = state.baseValue.toNumber();
    const factors = Float64Array.from(state.rates, (r) => 1 + (r as D).toNumber());
    if (!Number.isFinite(base) || !factors.every(Number.isFinite)) {
      throw argError('out_of_range', 'options.indicators', id, 'has a base or rate beyond the range of binary floats');
    }
    const item: Omit<Prepared, 'fixed'> = {
      state,
      distribution,
      ...prepared,
      base,
      factors,
      years,
      slot,
      buffer,
      words: new Uint32Array(buffer.buffer),
      targets: state.targets.filter((t) => evaluateTarget(t, exactPaths[i] ?? [], state.line.cumulative, band) !== undefined).map((t) => prepareTarget(t, state, band)),
      correlated: correlatedIds.indexOf(id),
    };
    slot += years;
    return { ...item, fixed: fixedPath(item) };
  });
  return {
    plan: { id: plan.id, title: plan.title },
    runs,
    seed: options.seed,
    generator,
    band,
    percentiles,
    items,
    exactPaths,
    chol,
    correlated: correlatedIds.length,
    ...(options.scenario !== undefined && { scenario: options.scenario }),
    centres: exactPaths.flatMap((path) => path.slice(1).map((pt) => pt.value.toNumber())),
  };
}

/**
 * An empty tally for a prepared simulation.
 *
 * @example
 * emptyTally(sim).hits[0]?.length //=> the targets of the first indicator
 */
export function emptyTally(sim: PreparedSimulation): SimulationTally {
  return { histograms: histograms(sim.centres), hits: sim.items.map((p) => new Float64Array(p.targets.length)) };
}

/**
 * The paths in blocks [first, last) of a simulation (block b holds paths b·65,536 … up to runs).
 *
 * @example
 * mergeTally(simulateBlocks(sim, 0, 1), simulateBlocks(sim, 1, 2)) // the same counts as simulateBlocks(sim, 0, 2)
 */
export function simulateBlocks(sim: PreparedSimulation, first: number, last: number, onBlock?: (done: number) => void): SimulationTally {
  const tally = emptyTally(sim);
  const blocks = Math.ceil(sim.runs / BLOCK_PATHS);
  const cursor = sim.generator.clone();
  for (let b = 0; b < Math.min(first, blocks); b++) cursor.jump();
  for (let b = first; b < Math.min(last, blocks); b++) {
    const g = cursor.clone();
    cursor.jump();
    const count = Math.min(BLOCK_PATHS, sim.runs - b * BLOCK_PATHS);
    if (sim.chol === undefined) runIndependent(g, count, sim.items, tally.histograms, tally.hits);
    else runCorrelated(g, count, sim.items, tally.histograms, tally.hits, sim.chol, sim.correlated);
    onBlock?.(b * BLOCK_PATHS + count);
  }
  return tally;
}

/**
 * Adds one tally into another (exactly: counts are whole numbers).
 *
 * @example
 * mergeTally(whole, part); whole.hits //=> the hits of both
 */
export function mergeTally(into: SimulationTally, from: SimulationTally): void {
  mergeInto(into.histograms, from.histograms);
  into.hits.forEach((counter, i) => {
    const other = from.hits[i] as Float64Array;
    for (let j = 0; j < counter.length; j++) counter[j] = (counter[j] as number) + (other[j] as number);
  });
}

/**
 * The result of a simulation from its tally.
 *
 * @example
 * summarize(sim, simulateBlocks(sim, 0, 1)).runs //=> sim.runs
 */
export function summarize(sim: PreparedSimulation, tally: SimulationTally): SimulationResult {
  const { runs, band, percentiles, items, exactPaths } = sim;
  const h = tally.histograms;
  const indicators: SimulatedIndicator[] = items.map((p, i) => {
    const state = p.state;
    const exact = exactPaths[i] ?? [];
    return {
      indicator: state.line.indicator.id,
      name: state.line.indicator.name,
      unit: state.line.indicator.unit,
      distribution: p.distribution,
      exact: exact.map((pt) => ({ year: pt.year, value: pt.value })),
      percentiles: percentiles.map((q) => ({
        percentile: q,
        points: [
          { year: state.baseYear, value: p.base },
          ...Array.from({ length: p.years }, (_, y) => {
            if (p.fixed !== undefined) {
              const value = p.fixed[y + 1] as number;
              // a path that overflows the doubles is reported at the largest one, as a bound
              return Number.isFinite(value) ? { year: state.baseYear + y + 1, value } : { year: state.baseYear + y + 1, value: Number.MAX_VALUE, clipped: true as const };
            }
            const read = quantile(h, p.slot + y, q / 100);
            return read.clipped ? { year: state.baseYear + y + 1, value: read.value, clipped: true as const } : { year: state.baseYear + y + 1, value: read.value };
          }),
        ],
      })),
      targets: p.targets.map((t, j) => {
        const count = (tally.hits[i] as Float64Array)[j] as number;
        const probability = count / runs;
        const r = t.target.reading;
        const outcome = evaluateTarget(t.target, exact, state.line.cumulative, band);
        return {
          figure: t.target.figure,
          type: t.target.type,
          year: t.target.year,
          ...(t.target.from !== undefined && { from: t.target.from }),
          text: writtenNumber(t.target),
          unit: writtenUnit(t.target),
          stated: r.value,
          qualifiers: r.figure.qualifiers,
          stretch: r.stretch,
          probability,
          hits: count,
          standardError: Math.sqrt((probability * (1 - probability)) / runs),
          exact: { met: outcome?.met ?? false, value: outcome?.value ?? new D(0) },
        };
      }),
    };
  });
  const maxYears = Math.max(0, ...items.map((p) => p.years));
  return {
    plan: sim.plan,
    engine: 'float64',
    generator: 'xoroshiro128+',
    runs,
    seed: sim.seed,
    ...(sim.scenario !== undefined && { scenario: { id: sim.scenario.id, name: sim.scenario.name } }),
    indicators,
    errorBound: { path: pathErrorBound(maxYears), quantile: QUANTILE_RELATIVE_ERROR },
  };
}

/**
 * Simulates a plan's growth indicators (or a scenario's) in binary floats: `runs` paths, each
 * drawing every year's rate from its distribution (around the year's planned rate), so that
 * value(y) = value(y − 1) × (1 + rate(y)) (a draw below −100% ends the path at 0). For each target
 * it gives the share of paths that meet it with its qualifier (以上, 左右, ranges …, read as
 * {@link runScenario} reads them), and for each indicator the fan of percentile paths.
 *
 * Reproducible: the same seed and options give the same result bit for bit, whatever the split of
 * the work (see random.ts). Memory is fixed: 256 KiB per indicator-year and nothing per path.
 * Error: with no uncertainty every percentile path is the float path, within (3n + 1)·2^-53 of the
 * exact one after n years; a reported percentile is within 2^-13 (relative) of the sample's
 * ⌈p·N⌉-th value; each target's bound is moved by the float error, so that a path the exact
 * arithmetic puts on the bound (the plan's own rate, a goal-sought value) is decided as the exact
 * arithmetic decides it. Single-threaded: a path costs a few hundred nanoseconds, so 10^6 paths of 10
 * years take well under a second; threads would cost more to start than they save here.
 *
 * @throws `invalid_option` for bad runs, seed, percentiles, distributions, indicators or
 *   correlation; `unknown_reference` for an indicator that is not a growth indicator; the errors
 *   of {@link runScenario} for the scenario.
 * @example
 * const r = simulateFloat(plan, { runs: 100000, seed: 1, indicators: ['new_product_sales'], distribution: { kind: 'normal', sd: '2%' } });
 * r.indicators[0].targets.find((t) => t.figure === 'new_product_sales_2020')?.probability //=> 0.45…
 */
export function simulateFloat(plan: Plan, options: SimulationOptions): SimulationResult {
  const sim = prepareSimulation(plan, options);
  const blocks = Math.ceil(sim.runs / BLOCK_PATHS);
  const progress = typeof options.onProgress === 'function' ? options.onProgress : undefined;
  const tally = simulateBlocks(sim, 0, blocks, progress === undefined ? undefined : (done) => progress(done, sim.runs));
  return summarize(sim, tally);
}
