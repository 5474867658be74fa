/**
 * Decomposing a plan's targets (年度分解, 分解到各开发区和县): each target into annual targets (equal
 * rate for growth and intensity targets, equal increments for shares and points, the planned path
 * of a flow), the annual targets of the remaining years recomputed after each actual year, a
 * flow's years into months or quarters (序时进度), and totals into sub-units with the check that
 * the split adds up and, given actuals, the sub-units ranked by completion of their own targets.
 */
import { argError, optionsOf } from '../errors.js';
import { cagr, D, project, rateForCumulativeTotal, toDecimal } from '../math/index.js';
import { acceptPlan, DEFAULT_APPROX_BAND, type FigureReading, type FigureType, type Plan, type ShareRelation } from '../plan/index.js';
import type { UnitTable } from '../units/index.js';
import type { Actual, Actuals, ActualsIssue } from './actuals.js';
import { asOfOf, baseOf, byIndicator, checkedItems, monitorPlan, type MonitorOptions } from './monitor.js';
import { rankUnits, type RankedUnit } from './ranking.js';
import { flowPath, indexPath, observationsOf } from './series.js';
import { annualTargets, inYearTargets, type InYearTarget } from './split.js';
import { figureReader, levelOf, linearLevel, selectTargets, skippedOf, targetHead, targetText, unitTableOf, type TargetSpec } from './targets.js';
import { endOfYear } from './time.js';
import type { ProgressMeasure, SkippedTarget, TargetHead } from './types.js';

/** What a plan is decomposed by: years, months or quarters of flows, or sub-units. */
export type DecomposeBy = 'year' | 'quarter' | 'month' | 'unit';

/** Every way to decompose, the default first. */
export const DECOMPOSE_BY: readonly DecomposeBy[] = ['year', 'quarter', 'month', 'unit'];

/**
 * How a target's years are planned: `rate` (an equal annual rate), `increment` (equal
 * increments), `cumulative` (a flow growing from its base at the rate that makes its total,
 * 累计法) or `equal` (a flow in equal yearly amounts).
 */
export type YearMethod = 'rate' | 'increment' | 'cumulative' | 'equal';

/** One year of a target's decomposition. Values are in the decomposition's `unit` (fractions for %). */
export interface YearRow {
  readonly year: number;
  /** The value the year should reach on the plan's path (a flow: the year's amount). */
  readonly planned: D;
  /** Its change over the year before: the rate, the increment, or (flows) the year's amount. */
  readonly change: D;
  /** Flows: the planned sum from the first year to this one. */
  readonly cumulative?: D;
  /** The actual value of the year in the same terms (annual actuals only). */
  readonly actual?: D;
  /** The year's target recomputed after the previous year's actual (the base year's value for the first). */
  readonly rolling?: D;
  /** After this year's actual: the change a year (rate, increment, amount; 累计法 rate for growing flows) the remaining years need. */
  readonly required?: D;
}

/** One target split into years (and, for flows by month or quarter, into periods). */
export interface TargetDecomposition extends TargetHead {
  /** The target figure's type (a level, a rate, a change, a total …). */
  readonly figure: FigureType;
  readonly measure: ProgressMeasure;
  readonly method: YearMethod;
  /**
   * The unit of `planned`, `actual` and `rolling`: the indicator's for levels and flows, `%` for a
   * rate or change target (values are the cumulative change since the base), `倍` for multiples.
   */
  readonly unit: string;
  readonly from: number;
  readonly to: number;
  /** The base-year value in the same terms, when known. */
  readonly base?: D;
  /** The target year's value in the same terms (a flow: its total). */
  readonly goal: D;
  /** The equal rate, increment or amount (累计法 rate for a growing flow) of the plan's path. */
  readonly step: D;
  readonly rows: readonly YearRow[];
  /** By month or quarter: each year's cumulative in-year targets. */
  readonly periods?: readonly { readonly year: number; readonly targets: readonly InYearTarget[] }[];
}

/** One part of a split. */
export interface SplitRow {
  readonly figure: string;
  readonly subject: string;
  /**
   * Its amount in the total's unit, when known: a part's stated amount, or for a share the share
   * of the amount its share relation names (五个开发区 49.4% of 2800亿元 is 1383.2亿元).
   */
  readonly amount?: D;
  /** For a share: the amount the plan states for its part, when a share relation names one (the five zones' 2168亿元). */
  readonly statedAmount?: D;
  /** Its share of the total (a fraction). */
  readonly share: D;
  /** The share the plan states for it, when a share relation does. */
  readonly statedShare?: D;
}

/**
 * Whether a split adds up: `adds_up` exactly, `within_rounding` inside the figures' rounding
 * intervals (computed or measured figures), or `gap`.
 */
export type SplitVerdict = 'adds_up' | 'within_rounding' | 'gap';

/** A total split among sub-units, as a sum relation of the plan states it. */
export interface UnitSplit {
  /** The sum relation. */
  readonly relation: string;
  /** `amounts` (levels or totals) or `shares` (of 100% or of a share). */
  readonly kind: 'amounts' | 'shares';
  readonly total: { readonly figure?: string; readonly subject: string; readonly text: string; readonly value: D; readonly year?: number };
  readonly unit: string;
  /** The unit of the parts' amounts when a split of shares links them to amounts (share relations). */
  readonly amountUnit?: string;
  readonly parts: readonly SplitRow[];
  readonly sum: D;
  /** Σ parts − total. */
  readonly gap: D;
  readonly verdict: SplitVerdict;
  /** With actuals: the parts ranked by completion of their own targets. */
  readonly ranking?: readonly RankedUnit[];
}

/**
 * Why a target is not decomposed: `computed` (a figure the plan computed), `no_base` (a level
 * target without a base-year level), `not_positive` (a base ≤ 0 where rates need logs),
 * `not_a_flow` (months and quarters split flows only).
 */
export type DecomposeSkipReason = 'computed' | 'no_base' | 'not_positive' | 'not_a_flow';

/** A target that is not decomposed, and why. */
export interface DecomposeSkipped extends Omit<SkippedTarget, 'reason'> {
  readonly reason: DecomposeSkipReason;
}

/** A plan's targets decomposed. */
export interface DecompositionReport {
  readonly plan: { readonly id: string; readonly title: string; readonly file?: string };
  readonly by: DecomposeBy;
  /** The evaluation date, when actuals were given. */
  readonly asOf?: string;
  readonly targets: readonly TargetDecomposition[];
  readonly splits: readonly UnitSplit[];
  readonly skipped: readonly DecomposeSkipped[];
  readonly issues: readonly ActualsIssue[];
  readonly illustrative: boolean;
}

/** Options of {@link decomposePlan}. */
export interface DecomposeOptions extends MonitorOptions {
  /** Default `year`. */
  readonly by?: DecomposeBy;
  /** Actual values: rows get the actuals and the recomputed targets; splits get rankings. */
  readonly actuals?: Actuals | readonly Actual[];
}

const ZERO = new D(0);
const ONE = new D(1);

/** The planned path of one target in its decomposition's terms, before actuals. */
interface Path {
  readonly method: YearMethod;
  readonly unit: string;
  readonly base?: D;
  readonly goal: D;
  readonly step: D;
  readonly rows: readonly { readonly year: number; readonly planned: D; readonly change: D; readonly cumulative?: D }[];
  /** Index terms of a compound path: value → index over the base, and back. */
  readonly toIndex?: (v: D) => D;
  readonly fromIndex?: (x: D) => D;
  /** The base amount of a flow (its year before the first). */
  readonly flowBase?: D;
}

/** The path of equal annual steps (an equal rate or equal increments) from a base level to a goal level, in the indicator's unit. */
function stepPath(spec: TargetSpec, base: D, goal: D, method: 'rate' | 'increment'): Path {
  const years = annualTargets(base, goal, { from: spec.t0, to: spec.T }, method);
  return {
    method,
    unit: spec.indicator.unit,
    base,
    goal,
    step: years[0]?.change ?? ZERO,
    rows: years.map((y) => ({ year: y.year, planned: y.value, change: y.change })),
  };
}

function compoundPath(spec: TargetSpec, base: D | undefined): Path | DecomposeSkipReason {
  const r = spec.reading;
  const type = spec.figure.type;
  const n = spec.T - spec.t0;
  const goalValue = r.claim === 'range' && r.high !== undefined && r.value.isNegative() ? r.high : r.value;
  if (type === 'level') {
    if (base === undefined) return 'no_base';
    if (base.lte(0)) return 'not_positive';
    const goal = levelOf(r, goalValue);
    if (goal.lte(0)) return 'not_positive';
    return { ...stepPath(spec, base, goal, 'rate'), toIndex: (v) => v.div(base), fromIndex: (x) => x.times(base) };
  }
  if (type === 'rate' && goalValue.lte(-1)) return 'not_positive';
  const X = type === 'rate' ? project(1, goalValue, n) : type === 'change' ? goalValue.plus(1) : goalValue;
  if (X.lte(0)) return 'not_positive';
  const multiple = type === 'multiple';
  const fromIndex = (x: D): D => (multiple ? x : x.minus(1));
  const years = annualTargets(ONE, X, { from: spec.t0, to: spec.T }, 'rate');
  return {
    method: 'rate',
    unit: multiple ? '倍' : '%',
    base: fromIndex(ONE),
    goal: fromIndex(X),
    step: years[0]?.change ?? ZERO,
    rows: years.map((y) => ({ year: y.year, planned: fromIndex(y.value), change: y.change })),
    toIndex: (v) => (multiple ? v : v.plus(1)),
    fromIndex,
  };
}

function linearPath(spec: TargetSpec, base: D | undefined): Path | DecomposeSkipReason {
  if (base === undefined) return 'no_base';
  return stepPath(spec, base, linearLevel(spec, base, spec.reading.value), 'increment');
}

function flowPlanPath(spec: TargetSpec, base: D | undefined): Path | DecomposeSkipReason {
  const r = spec.reading;
  const n = spec.T - spec.t0;
  let amounts: D[];
  let method: YearMethod;
  let step: D;
  if (spec.figure.type === 'rate') {
    if (base === undefined) return 'no_base';
    if (base.lte(0)) return 'not_positive';
    amounts = Array.from({ length: n }, (_, i) => project(base, r.value, i + 1));
    method = 'cumulative';
    step = r.value;
  } else {
    const total = levelOf(r, r.value).times(spec.figure.type === 'average' ? n : 1);
    if (total.lte(0)) return 'not_positive';
    if (spec.growing && base !== undefined && base.gt(0)) {
      const x = rateForCumulativeTotal(base, total, n);
      amounts = Array.from({ length: n }, (_, i) => project(base, x, i + 1));
      method = 'cumulative';
      step = x;
    } else {
      amounts = Array.from({ length: n }, () => total.div(n));
      method = 'equal';
      step = total.div(n);
    }
  }
  let sum = ZERO;
  const rows = amounts.map((a, i) => {
    sum = sum.plus(a);
    return { year: spec.t0 + i + 1, planned: a, change: a, cumulative: sum };
  });
  return { method, unit: spec.indicator.unit, ...(base !== undefined && { base, flowBase: base }), goal: sum, step, rows };
}

/** Annual actuals and the recomputed targets along a path. */
function withActuals(spec: TargetSpec, path: Path, items: readonly Actual[], asOf: D, base: D | undefined, units: UnitTable): readonly YearRow[] {
  const observations = observationsOf(items, spec.indicator, D.min(asOf, endOfYear(spec.T)), units);
  const T = spec.T;
  const actual = new Map<number, D>();
  if (spec.measure === 'flow') {
    for (const y of flowPath(observations, spec.t0 + 1, T, path.flowBase).years) actual.set(y.year, y.amount);
  } else if (spec.measure === 'compound' && path.fromIndex !== undefined) {
    const anchor = spec.figure.type === 'level' ? base : undefined;
    for (const p of indexPath(observations, spec.indicator, spec.t0, T, anchor).points) if (p.date === undefined) actual.set(p.year, path.fromIndex(p.index));
  } else if (base !== undefined && !base.isZero()) {
    for (const p of indexPath(observations, spec.indicator, spec.t0, T, base).points) if (p.date === undefined) actual.set(p.year, base.times(p.index));
  }
  const valueAt = (year: number): D | undefined => (year === spec.t0 ? path.base : actual.get(year));
  const row = (r: Path['rows'][number], now: D | undefined, rolling: D | undefined, required: D | undefined): YearRow => ({
    ...r,
    ...(now !== undefined && { actual: now }),
    ...(rolling !== undefined && { rolling }),
    ...(required !== undefined && { required }),
  });
  if (spec.measure === 'flow') {
    // Sums need every year from the first: the chain ends at the first year without an actual.
    let realised = ZERO;
    let chain = true;
    return path.rows.map((r) => {
      const y = r.year;
      const last = y === spec.t0 + 1 ? path.flowBase : actual.get(y - 1);
      const rolling = chain ? flowRolling(path, path.goal.minus(realised), T - y + 1, last) : undefined;
      const now = actual.get(y);
      let required: D | undefined;
      if (chain && now !== undefined) {
        realised = realised.plus(now);
        if (y < T) required = flowRequired(path, path.goal.minus(realised), T - y, now);
      } else {
        chain = false;
      }
      return row(r, now, rolling, required);
    });
  }
  return path.rows.map((r) => {
    const y = r.year;
    const left = T - y + 1;
    const previous = valueAt(y - 1);
    const now = actual.get(y);
    let rolling: D | undefined;
    let required: D | undefined;
    if (path.toIndex !== undefined && path.fromIndex !== undefined) {
      const X = path.toIndex(path.goal);
      const xPrev = previous === undefined ? undefined : path.toIndex(previous);
      if (xPrev !== undefined && xPrev.gt(0)) rolling = path.fromIndex(xPrev.times(cagr(xPrev, X, left).plus(1)));
      const xNow = now === undefined ? undefined : path.toIndex(now);
      if (xNow !== undefined && xNow.gt(0) && y < T) required = cagr(xNow, X, T - y);
    } else {
      if (previous !== undefined) rolling = previous.plus(path.goal.minus(previous).div(left));
      if (now !== undefined && y < T) required = path.goal.minus(now).div(T - y);
    }
    return row(r, now, rolling, required);
  });
}

/** A flow year's target given what remains of the total, the years left and last year's amount. */
function flowRolling(path: Path, remaining: D, left: number, last: D | undefined): D {
  if (remaining.lte(0)) return ZERO;
  if (path.method === 'cumulative' && last !== undefined && last.gt(0)) return last.times(rateForCumulativeTotal(last, remaining, left).plus(1));
  return remaining.div(left);
}

/** The pace a flow's remaining years need: the 累计法 rate from this year's amount, or an amount a year. */
function flowRequired(path: Path, remaining: D, left: number, now: D): D {
  if (path.method === 'cumulative') return remaining.lte(0) || now.lte(0) ? new D(-1) : rateForCumulativeTotal(now, remaining, left);
  return remaining.div(left);
}

/** The parts of a plan's sum relations that split a target total among sub-units. */
function unitSplits(plan: Plan): UnitSplit[] {
  const reader = figureReader(plan);
  const read = (id: string): FigureReading | undefined => reader.read(reader.figures.get(id));
  const shareOf = new Map<string, ShareRelation>();
  for (const r of plan.relations) {
    if (r.kind !== 'share') continue;
    if (typeof r.part === 'string' && typeof r.total === 'string') shareOf.set(`${r.part}\u0000${r.total}`, r);
    shareOf.set(`share\u0000${r.share}`, r);
  }
  /** The amount of a list of figures (or one figure), in the first one's unit. */
  const amountOf = (ref: string | readonly string[]): { readonly amount: D; readonly unit: string } | undefined => {
    const ids = typeof ref === 'string' ? [ref] : ref;
    const readings = ids.map(read);
    if (readings.length === 0 || readings.some((r) => r === undefined)) return undefined;
    const list = readings as FigureReading[];
    return { amount: list.reduce((s, r) => s.plus(levelOf(r)), ZERO), unit: (list[0] as FigureReading).indicator.unit };
  };
  /** The amount of a share relation's part. */
  const partOf = (link: ShareRelation) => amountOf(link.part);
  /** The amount of a share relation's total. */
  const totalOf = (link: ShareRelation) => amountOf(link.total);
  const isTarget = (r: FigureReading | undefined): boolean => r !== undefined && r.figure.role !== 'measured';

  const out: UnitSplit[] = [];
  for (const rel of plan.relations) {
    if (rel.kind !== 'sum') continue;
    const parts = rel.parts.map(read);
    if (parts.some((p) => p === undefined) || parts.length === 0) continue;
    const readings = parts as FigureReading[];
    const whole = rel.total === '100%';
    const total = whole ? undefined : read(rel.total);
    if (!whole && total === undefined) continue;
    if (!isTarget(total) && !readings.some(isTarget)) continue;
    const first = readings[0] as FigureReading;
    const shares = first.figure.type === 'share';
    const totalValue = whole ? ONE : levelOf(total as FigureReading);
    // A split of shares gets amounts from the total a share relation of one of its parts names.
    const link = shares ? readings.map((p) => shareOf.get(`share\u0000${p.figure.id}`)).find((l) => l !== undefined && totalOf(l) !== undefined) : undefined;
    const wholeAmount = link === undefined ? undefined : totalOf(link);
    const rows: SplitRow[] = readings.map((p) => {
      const value = shares ? p.value : levelOf(p);
      if (shares) {
        const own = shareOf.get(`share\u0000${p.figure.id}`);
        const stated = own === undefined ? undefined : partOf(own);
        return {
          figure: p.figure.id,
          subject: p.indicator.name,
          ...(wholeAmount !== undefined && { amount: wholeAmount.amount.times(value) }),
          ...(stated !== undefined && { statedAmount: stated.amount }),
          share: whole ? value : value.div(totalValue),
        };
      }
      const stated = whole ? undefined : shareOf.get(`${p.figure.id}\u0000${rel.total}`);
      const statedShare = stated === undefined ? undefined : read(stated.share)?.value;
      return {
        figure: p.figure.id,
        subject: p.indicator.name,
        amount: value,
        share: totalValue.isZero() ? ZERO : value.div(totalValue),
        ...(statedShare !== undefined && { statedShare }),
      };
    });
    const amountUnit = wholeAmount?.unit;
    const sum = readings.reduce((s, p) => s.plus(shares ? p.value : levelOf(p)), ZERO);
    const gap = sum.minus(totalValue);
    let verdict: SplitVerdict = gap.isZero() ? 'adds_up' : 'gap';
    if (verdict === 'gap') {
      const lo = readings.reduce((s, p) => s.plus(shares ? p.rounding.lo : levelOf(p, p.rounding.lo)), ZERO);
      const hi = readings.reduce((s, p) => s.plus(shares ? p.rounding.hi : levelOf(p, p.rounding.hi)), ZERO);
      const tLo = whole ? ONE : levelOf(total as FigureReading, (total as FigureReading).rounding.lo);
      const tHi = whole ? ONE : levelOf(total as FigureReading, (total as FigureReading).rounding.hi);
      if (lo.lte(tHi) && hi.gte(tLo)) verdict = 'within_rounding';
    }
    out.push({
      relation: rel.id,
      kind: shares ? 'shares' : 'amounts',
      total: whole
        ? { subject: '100%', text: '100%', value: ONE }
        : {
            figure: (total as FigureReading).figure.id,
            subject: (total as FigureReading).indicator.name,
            text: targetText(total as FigureReading),
            value: totalValue,
            ...((total as FigureReading).figure.year !== undefined && { year: (total as FigureReading).figure.year as number }),
          },
      unit: shares ? '%' : whole ? '' : (total as FigureReading).indicator.unit,
      ...(amountUnit !== undefined && { amountUnit }),
      parts: rows,
      sum,
      gap,
      verdict,
    });
  }
  return out;
}

/**
 * Decomposes a plan's targets: by `year` (each target's annual targets: equal rate for growth and
 * intensity targets, equal increments for shares and points, a flow's planned amounts; with
 * actuals, each year's actual, the year's target recomputed after the previous actual year and
 * the pace the remaining years need), by `quarter` or `month` (a flow's cumulative in-year
 * targets, equal shares: 序时进度), or by `unit` (the plan's sums that split a target total among
 * sub-units, whether they add up, and with actuals the sub-units ranked by completion).
 *
 * @throws `invalid_plan` when `plan` is not a valid plan; `invalid_option` for an unknown `by` or `actuals` that are neither parsed actuals nor a list;
 *   `invalid_date` for a bad `asOf`.
 * @example
 * decomposePlan(plan, { by: 'year' }).targets[0].rows.map((r) => r.year) //=> [2016, 2017, 2018, 2019, 2020]
 */
export function decomposePlan(givenPlan: Plan, givenOptions: DecomposeOptions = {}): DecompositionReport {
  // Contract checks on the arguments (issue 10): a plan validated, options an object.
  const plan = acceptPlan(givenPlan);
  const options = optionsOf(givenOptions);
  const by = options.by ?? 'year';
  if (!DECOMPOSE_BY.includes(by)) throw argError('invalid_option', 'options.by', by, `must be one of ${DECOMPOSE_BY.join(', ')}`);
  const band = toDecimal(options.band ?? DEFAULT_APPROX_BAND, 'options.band');
  const given = options.actuals;
  const { items, issues } = given === undefined ? { items: [] as readonly Actual[], issues: [] as readonly ActualsIssue[] } : checkedItems(given, plan);
  const asOf = given === undefined ? undefined : asOfOf(options.asOf, items, plan);
  const head = {
    plan: { id: plan.id, title: plan.title, ...(options.planFile !== undefined && { file: options.planFile }) },
    by,
    ...(asOf !== undefined && { asOf: asOf.iso }),
  };
  if (by === 'unit') {
    const splits = unitSplits(plan);
    if (given === undefined) return { ...head, targets: [], splits, skipped: [], issues, illustrative: false };
    const review = monitorPlan(plan, items, { ...(asOf !== undefined && { asOf: asOf.iso }), band });
    const ranked = splits.map((s) => {
      const parts = new Set(s.parts.map((p) => p.figure));
      const reviewed = review.targets.filter((t) => parts.has(t.target));
      return reviewed.length < 2 ? s : { ...s, ranking: rankUnits(reviewed) };
    });
    const illustrative = ranked.some((s) => s.ranking?.some((u) => u.illustrative) === true);
    return { ...head, targets: [], splits: ranked, skipped: [], issues, illustrative };
  }

  const { specs, skipped: computed } = selectTargets(plan);
  const skipped: DecomposeSkipped[] = computed.map((s) => ({ ...s, reason: 'computed' as const }));
  const targets: TargetDecomposition[] = [];
  const time = asOf?.time ?? endOfYear(plan.period.to);
  const grouped = byIndicator(items);
  const units = unitTableOf(plan);
  let illustrative = false;
  for (const spec of specs) {
    const own = grouped.get(spec.indicator.id) ?? [];
    if ((by === 'month' || by === 'quarter') && spec.measure !== 'flow') {
      skipped.push({ ...skippedOf(spec.reading, 'no_base'), reason: 'not_a_flow' });
      continue;
    }
    const observations = observationsOf(own, spec.indicator, D.min(time, endOfYear(spec.T)), units);
    const { base } = baseOf(spec, observations);
    if (base?.actual?.illustrative === true) illustrative = true;
    const path = spec.measure === 'compound' ? compoundPath(spec, base?.value) : spec.measure === 'linear' ? linearPath(spec, base?.value) : flowPlanPath(spec, base?.value);
    if (typeof path === 'string') {
      skipped.push({ ...skippedOf(spec.reading, 'no_base'), reason: path });
      continue;
    }
    const rows: readonly YearRow[] = given === undefined ? path.rows : withActuals(spec, path, own, time, base?.value, units);
    if (given !== undefined && observations.some((o) => o.actual.illustrative && rows.some((r) => r.year === o.year && r.actual !== undefined))) illustrative = true;
    const periods =
      by === 'month' || by === 'quarter' ? path.rows.map((r) => ({ year: r.year, targets: inYearTargets(r.planned, by) })) : undefined;
    targets.push({
      ...targetHead(spec),
      measure: spec.measure,
      method: path.method,
      unit: path.unit,
      from: spec.t0,
      to: spec.T,
      ...(path.base !== undefined && { base: path.base }),
      goal: path.goal,
      step: path.step,
      rows,
      ...(periods !== undefined && { periods }),
    });
  }
  return { ...head, targets, splits: [], skipped, issues, illustrative };
}

