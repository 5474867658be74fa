/**
 * A review of a plan against actual values at one date (DOMAIN.md section 6): per target, task
 * progress, the share of time elapsed, the pace ratio and its band, the rate now required, the
 * value at the target year if the observed pace continues, and the mid-term label.
 */
import { argError, optionsOf } from '../errors.js';
import { cagr, cumulativeTotal, D, project, rateForCumulativeTotal, toDecimal, type Numeric } from '../math/index.js';
import {
  acceptPlan,
  admissible,
  DEFAULT_APPROX_BAND,
  meets,
  slack,
  type Admissible,
  type FigureReading,
  type Plan,
} from '../plan/index.js';
import { isPercentUnit, type UnitTable } from '../units/index.js';
import { checkRow, duplicates, indexIndicators, issueMaker, type RawActual } from './actuals-rows.js';
import type { Actual, Actuals, ActualsIssue } from './actuals.js';
import { compoundProgress, linearProgress, MID_TERM_LABELS, midTermLabel, paceBand, type MidTermLabel } from './progress.js';
import { flowPath, indexPath, observationsOf, type IndexPath, type IndexPoint, type Observation } from './series.js';
import { levelOf, linearLevel, selectTargets, skippedOf, targetHead, unitTableOf, type TargetSpec } from './targets.js';
import { endOfDay, endOfYear, parseDay, shareElapsed } from './time.js';
import type { MonitorNote, MonitorReport, RateKind, SkippedTarget, TargetProgress } from './types.js';

/** Options of {@link monitorPlan}. */
export interface MonitorOptions {
  /**
   * The evaluation date: an ISO date (`2018-06-30`, `2018-06` for the month's end), a `Date`, or a
   * year (its Dec 31). Default: the time of the latest actual. Actuals after it are not used.
   */
  readonly asOf?: string | number | Date;
  /** The relative half-width of 左右/约 bands, a fraction or a percent. Default 5%. */
  readonly band?: Numeric;
  /** The plan's file name, to name in the report. */
  readonly planFile?: string;
}

const ZERO = new D(0);
const ONE = new D(1);
const HUNDREDTH = new D('0.01');

/**
 * The evaluation time and its ISO date (for monitor and decompose).
 *
 * @throws `invalid_date` for an option that is not a date or a year in 1900..2100.
 * @example
 * asOfOf(2017, [], plan).iso //=> '2017-12-31'
 */
export function asOfOf(option: MonitorOptions['asOf'], items: readonly Actual[], plan: Plan): { readonly time: D; readonly iso: string } {
  if (option === undefined) {
    let best: { time: D; iso: string } | undefined;
    for (const a of items) {
      const time = a.date === undefined ? endOfYear(a.year) : endOfDay(a.date);
      if (best === undefined || time.gt(best.time)) best = { time, iso: a.date ?? `${a.year}-12-31` };
    }
    return best ?? { time: endOfYear(plan.period.base), iso: `${plan.period.base}-12-31` };
  }
  if (typeof option === 'number' || (typeof option === 'string' && /^\s*\d{4}\s*$/.test(option))) {
    const year = Number(option);
    if (!Number.isInteger(year) || year < 1900 || year > 2100) throw argError('invalid_date', 'options.asOf', option, 'must be a year in 1900..2100 or a date');
    return { time: endOfYear(year), iso: `${year}-12-31` };
  }
  const text =
    option instanceof Date && !Number.isNaN(option.getTime())
      ? `${option.getFullYear()}-${option.getMonth() + 1}-${option.getDate()}`
      : typeof option === 'string'
        ? option
        : '';
  const day = parseDay(text);
  if (day === undefined) throw argError('invalid_date', 'options.asOf', option, 'must be a date such as 2018-06-30 (or 2018-06, or a year)');
  return { time: endOfDay(day.iso), iso: day.iso };
}

/**
 * The actuals checked against the plan: unknown indicators, unit mismatches and repeats are dropped with issues (for monitor and decompose).
 *
 * @example
 * checkedItems([{ indicator: 'nope', … }], plan).issues[0].code //=> 'unknown_indicator'
 */
export function checkedItems(actuals: Actuals | readonly Actual[], plan: Plan): { readonly items: readonly Actual[]; readonly issues: readonly ActualsIssue[] } {
  const items = Array.isArray(actuals) ? actuals : (actuals as Actuals | null | undefined)?.items;
  if (!Array.isArray(items)) throw argError('invalid_option', 'actuals', actuals, 'must be parsed actuals (parseActuals) or a list of actual values');
  const list: readonly Actual[] = items;
  const file = Array.isArray(actuals) ? undefined : (actuals as Actuals).file;
  const issue = issueMaker(file);
  const index = indexIndicators(plan);
  const good: { actual: Actual; row: RawActual }[] = [];
  const issues: ActualsIssue[] = [];
  list.forEach((a, i) => {
    const row: RawActual = {
      index: i,
      cells: {
        indicator: String(a?.indicator ?? ''),
        year: a?.date === undefined ? String(a?.year ?? '') : '',
        ...(a?.date !== undefined && { date: String(a.date) }),
        type: String(a?.type ?? ''),
        value: String(a?.text ?? ''),
        ...(a?.unit !== undefined && { unit: String(a.unit) }),
        ...(a?.source !== undefined && { source: String(a.source) }),
        ...(a?.note !== undefined && { note: String(a.note) }),
        illustrative: a?.illustrative === true ? 'true' : 'false',
      },
      ...(a?.line !== undefined && { line: a.line }),
      at: () => (a?.line === undefined ? {} : { line: a.line }),
    };
    const checked = checkRow(row, issue, index);
    issues.push(...checked.issues);
    if (checked.actual !== undefined) good.push({ actual: checked.actual, row });
  });
  const repeated = duplicates(good, issue);
  const dropped = new Set(repeated.map((r) => r.path[1]));
  return { items: good.filter((g) => !dropped.has(g.row.index)).map((g) => g.actual), issues: [...issues, ...repeated] };
}

/** A monotone increasing map applied to the ends of a set. */
function mapSet(a: Admissible, f: (x: D) => D): Admissible {
  return { ...(a.lo !== undefined && { lo: f(a.lo) }), ...(a.hi !== undefined && { hi: f(a.hi) }), loOpen: a.loOpen, hiOpen: a.hiOpen };
}

/**
 * The values that meet a target: its qualifiers' set, except that an unqualified (or computed)
 * figure is reached when the value gets to it or beyond, in the target's direction (达到75%).
 */
function targetSet(r: FigureReading, direction: number, band: D): Admissible {
  if (r.claim !== 'exact' && r.claim !== 'rounded') return admissible(r, r.point, band);
  if (direction > 0) return { lo: r.value, loOpen: false, hiOpen: false };
  if (direction < 0) return { hi: r.value, loOpen: false, hiOpen: false };
  return { lo: r.value, hi: r.value, loOpen: false, hiOpen: false };
}

/** The target's point: its value, or for a range the end nearest the base. */
function goalPoint(r: FigureReading, direction: number): D {
  return r.claim === 'range' && direction < 0 && r.high !== undefined ? r.high : r.value;
}

const sign = (x: D): number => (x.isZero() ? 0 : x.isNegative() ? -1 : 1);
const unique = <T>(xs: readonly T[]): readonly T[] => [...new Set(xs)];

/** The parts every measure computes. */
interface Measured {
  readonly goal: D;
  readonly current: D;
  readonly projected: D;
  readonly met: boolean;
  readonly projectedMeets: boolean;
  readonly progress: D;
  readonly scheduled: D;
  readonly rateKind: RateKind;
  readonly observedRate?: D;
  readonly plannedRate?: D;
  readonly requiredRate?: D;
  readonly pace?: D;
  readonly unit: string;
  readonly latest: { readonly year: number; readonly date?: string; readonly time: D };
  readonly used: readonly Actual[];
  readonly notes: readonly MonitorNote[];
}

type Evaluation = { readonly ok: true; readonly measured: Measured } | { readonly ok: false; readonly reason: SkippedTarget['reason'] };

/** A target's base-year level and where it comes from. */
export interface BaseValue {
  readonly value: D;
  readonly source: 'plan' | 'actuals';
  readonly actual?: Actual;
}

/** What a spec needs from its context. */
interface Context {
  readonly spec: TargetSpec;
  readonly observations: readonly Observation[];
  readonly base?: BaseValue;
  readonly band: D;
}

const pointSet = (x: D) => ({ lo: x, hi: x });

/** How a measure reads an index path: compound (CAGR on indexes) or linear (level changes a year). */
interface PathScale {
  readonly rateKind: RateKind;
  /** The pace a year from one value to another over a number of years. */
  readonly rate: (from: D, to: D, years: D | number) => D;
  /** A value carried forward at a pace a year. */
  readonly project: (from: D, rate: D, years: D) => D;
  /** Task progress from the start to the goal. */
  readonly progress: (start: D, now: D, goal: D) => D;
  /** Whether a rate the plan states with a level target is checked against the planned pace. */
  readonly statedRate: boolean;
}

const COMPOUND: PathScale = { rateKind: 'cagr', rate: cagr, project, progress: compoundProgress, statedRate: true };
const LINEAR: PathScale = {
  rateKind: 'points',
  rate: (a, b, years) => b.minus(a).div(years),
  project: (a, rate, years) => a.plus(rate.times(years)),
  progress: linearProgress,
  statedRate: false,
};

/** Where a target stands on its path in the scale's values (indexes or levels): start, latest, goal, and the values that meet it. */
interface OnPath {
  readonly start: D;
  readonly now: D;
  readonly goal: D;
  readonly set: Admissible;
}

/** How a measure states its values in the target's terms: the goal, the unit, and a path value at a pace in those terms. */
interface InTerms {
  readonly goal: D;
  readonly unit: string;
  readonly of: (value: D, observedRate: D) => D;
}

/**
 * A compound or linear target measured at the latest point of its index path: met or not, the
 * observed, planned and required pace and R, the value at the target year at this pace, task
 * progress and the point's share of the span, with the path's notes (then the stated rate's).
 */
function measureOnPath(spec: TargetSpec, path: IndexPath, point: IndexPoint, scale: PathScale, on: OnPath, terms: InTerms): Evaluation {
  const { start, now, goal, set } = on;
  const n = spec.T - spec.t0;
  const e = point.time.minus(spec.t0 + 1);
  const met = meets(pointSet(now), set);
  const observedRate = scale.rate(start, now, e);
  const plannedRate = goal.eq(start) ? ZERO : scale.rate(start, goal, n);
  const rest = new D(n).minus(e);
  const projected = rest.gt(0) ? scale.project(now, observedRate, rest) : now;
  const requiredRate = rest.gt(0) ? scale.rate(now, goal, rest) : undefined;
  const progress = goal.eq(start) ? (met ? ONE : ZERO) : scale.progress(start, now, goal);
  const pace = plannedRate.isZero() ? undefined : observedRate.div(plannedRate);
  const notes: MonitorNote[] = [];
  if (path.gap !== undefined) notes.push({ code: 'gap', year: path.gap });
  if (path.ignoredAmounts > 0) notes.push({ code: 'amount_ignored' });
  const stated = scale.statedRate ? spec.statedRate?.value : undefined;
  if (stated !== undefined && stated.minus(plannedRate).abs().gt('0.00005')) notes.push({ code: 'stated_rate', value: stated });
  return {
    ok: true,
    measured: {
      goal: terms.goal,
      current: terms.of(now, observedRate),
      projected: terms.of(projected, observedRate),
      met,
      projectedMeets: meets(pointSet(projected), set),
      progress,
      scheduled: shareElapsed(point.time, spec.t0, spec.T),
      rateKind: scale.rateKind,
      observedRate,
      plannedRate,
      ...(requiredRate !== undefined && { requiredRate }),
      ...(pace !== undefined && { pace }),
      unit: terms.unit,
      latest: { year: point.year, ...(point.date !== undefined && { date: point.date }), time: point.time },
      used: point.used,
      notes,
    },
  };
}

function evaluateCompound(c: Context): Evaluation {
  const { spec, band } = c;
  const r = spec.reading;
  const type = spec.figure.type;
  const n = spec.T - spec.t0;
  const i0 = c.base?.value;
  if (type === 'level' && i0 === undefined) return { ok: false, reason: c.observations.length > 0 ? 'no_base' : 'no_actuals' };
  if (i0 !== undefined && i0.lte(0)) return { ok: false, reason: 'not_positive' };
  const path = indexPath(c.observations, spec.indicator, spec.t0, spec.T, i0);
  const point = path.points[path.points.length - 1];
  if (point === undefined) return { ok: false, reason: c.observations.some((o) => o.year > spec.t0) && i0 === undefined ? 'no_base' : 'no_actuals' };
  const x = point.index;
  if (x.lte(0)) return { ok: false, reason: 'not_positive' };

  // The index map of the target figure's values, and the direction.
  const toIndex: (v: D) => D =
    type === 'level'
      ? (v) => levelOf(r, v).div(i0 as D)
      : type === 'rate'
        ? (v) => (v.lte(-1) ? ZERO : project(1, v, n))
        : type === 'change'
          ? (v) => D.max(ZERO, v.plus(1))
          : (v) => v;
  const direction = sign(toIndex(r.value).minus(1));
  const goalValue = goalPoint(r, direction);
  const X = toIndex(goalValue);
  if (X.lte(0)) return { ok: false, reason: 'not_positive' };
  const set = mapSet(targetSet(r, direction, band), toIndex);

  const inTerms = (idx: D, rate: D): D =>
    type === 'level' ? (idx === x && point.level !== undefined ? point.level : (i0 as D).times(idx)) : type === 'rate' ? rate : type === 'change' ? idx.minus(1) : idx;
  const unit = type === 'level' ? spec.indicator.unit : type === 'multiple' ? '倍' : '%';
  return measureOnPath(spec, path, point, COMPOUND, { start: ONE, now: x, goal: X, set }, { goal: type === 'level' ? levelOf(r, goalValue) : goalValue, unit, of: inTerms });
}

function evaluateLinear(c: Context): Evaluation {
  const { spec, band } = c;
  const r = spec.reading;
  const s0 = c.base?.value;
  if (s0 === undefined) return { ok: false, reason: c.observations.length > 0 ? 'no_base' : 'no_actuals' };
  const path = indexPath(c.observations, spec.indicator, spec.t0, spec.T, s0.isZero() ? undefined : s0);
  const point = s0.isZero() ? undefined : path.points[path.points.length - 1];
  if (point === undefined) return { ok: false, reason: s0.isZero() ? 'not_positive' : 'no_actuals' };
  const type = spec.figure.type;
  const points = type === 'points' || type === 'annual_points';
  const perYear = type === 'annual_points' || type === 'average_increase';
  const difference = points || type === 'increase' || type === 'average_increase';
  const scale = points && isPercentUnit(spec.indicator.unit) ? HUNDREDTH : ONE;
  const toLevel = (v: D): D => linearLevel(spec, s0, v);
  const direction = sign(toLevel(r.value).minus(s0));
  const goalValue = goalPoint(r, direction);
  const sT = toLevel(goalValue);
  const set = mapSet(targetSet(r, direction, band), toLevel);
  const st = point.level ?? s0.times(point.index);

  const inTerms = (level: D, rate: D): D => (perYear ? rate.div(scale) : difference ? level.minus(s0).div(scale) : level);
  const unit = points ? '个百分点' : spec.indicator.unit;
  return measureOnPath(spec, path, point, LINEAR, { start: s0, now: st, goal: sT, set }, { goal: points ? goalValue : difference ? levelOf(r, goalValue) : sT, unit, of: inTerms });
}

/** The planned amounts of a flow's years and its total, or why there are none. */
function flowPlan(c: Context): { readonly amounts: readonly D[]; readonly total: D; readonly set: Admissible; readonly growthRate?: D } | SkippedTarget['reason'] {
  const { spec, band } = c;
  const r = spec.reading;
  const n = spec.T - spec.t0;
  const span = { from: spec.t0, to: spec.T };
  const a0 = c.base?.value;
  if (spec.figure.type === 'rate') {
    if (a0 === undefined) return c.observations.length > 0 ? 'no_base' : 'no_actuals';
    if (a0.lte(0)) return 'not_positive';
    const toTotal = (v: D): D => (v.lte(-1) ? ZERO : cumulativeTotal(a0, v, span));
    const direction = sign(r.value);
    const g = goalPoint(r, direction);
    const amounts = Array.from({ length: n }, (_, i) => project(a0, g, i + 1));
    return { amounts, total: toTotal(g), set: mapSet(targetSet(r, 1, band), toTotal), growthRate: g };
  }
  const years = spec.figure.type === 'average' ? n : 1;
  const total = levelOf(r, goalPoint(r, 1)).times(years);
  if (total.lte(0)) return 'not_positive';
  const set = mapSet(targetSet(r, 1, band), (v) => levelOf(r, v).times(years));
  if (spec.growing && a0 !== undefined && a0.gt(0)) {
    const x = rateForCumulativeTotal(a0, total, n);
    return { amounts: Array.from({ length: n }, (_, i) => project(a0, x, i + 1)), total, set, growthRate: x };
  }
  return { amounts: Array.from({ length: n }, () => total.div(n)), total, set };
}

function evaluateFlow(c: Context): Evaluation {
  const { spec } = c;
  const n = spec.T - spec.t0;
  const planned = flowPlan(c);
  if (typeof planned === 'string') return { ok: false, reason: planned };
  const a0 = c.base?.value;
  const path = flowPath(c.observations, spec.t0 + 1, spec.T, a0);
  const complete = path.years;
  const k = complete.length;
  if (k === 0 && path.partial === undefined) {
    const rates = c.observations.some((o) => o.type === 'rate' && o.year > spec.t0);
    return { ok: false, reason: rates && a0 === undefined ? 'no_base' : 'no_actuals' };
  }
  const sumComplete = complete.reduce((s, y) => s.plus(y.amount), ZERO);
  const realised = sumComplete.plus(path.partial?.amount ?? ZERO);
  const time = path.partial?.time ?? endOfYear(spec.t0 + k);
  const e = time.minus(spec.t0 + 1);
  const whole = path.partial === undefined;
  const cumulativePlan = (years: D): D => {
    const full = Math.min(n, Math.floor(years.toNumber()));
    let s = planned.amounts.slice(0, full).reduce((acc, a) => acc.plus(a), ZERO);
    const f = years.minus(full);
    if (full < n && f.gt(0)) s = s.plus((planned.amounts[full] as D).times(f));
    return s;
  };
  const due = cumulativePlan(e);
  const met = meets(pointSet(realised), planned.set);
  const pace = due.gt(0) ? realised.div(due) : undefined;
  const growth = planned.growthRate !== undefined && a0 !== undefined && a0.gt(0);
  let observedRate: D | undefined;
  let requiredRate: D | undefined;
  let plannedRate: D | undefined;
  let rateKind: RateKind = 'amount';
  const remaining = planned.total.minus(realised);
  if (growth) {
    rateKind = 'cumulative';
    plannedRate = planned.growthRate;
    if (whole && k > 0 && sumComplete.gt(0)) observedRate = rateForCumulativeTotal(a0 as D, sumComplete, k);
    const lastAmount = complete[k - 1]?.amount ?? a0;
    if (whole && k < n && remaining.gt(0) && lastAmount !== undefined && lastAmount.gt(0)) {
      requiredRate = rateForCumulativeTotal(lastAmount, remaining, n - k);
    }
  } else {
    observedRate = e.gt(0) ? realised.div(e) : undefined;
    plannedRate = planned.total.div(n);
    const rest = new D(n).minus(e);
    if (rest.gt(0)) requiredRate = remaining.div(rest);
  }
  const projected =
    growth && observedRate !== undefined ? cumulativeTotal(a0 as D, observedRate, { from: spec.t0, to: spec.T }) : pace !== undefined ? planned.total.times(pace) : realised;
  const latestYear = path.partial?.year ?? spec.t0 + k;
  const used = [...complete.flatMap((y) => y.used), ...(path.partial?.used ?? [])];
  const notes: MonitorNote[] = [];
  if (path.gap !== undefined) notes.push({ code: 'gap', year: path.gap });
  // An average (年均投资560亿元) is shown as averages: so far, planned, at this pace.
  const perYear = spec.figure.type === 'average';
  return {
    ok: true,
    measured: {
      goal: perYear ? planned.total.div(n) : planned.total,
      current: perYear && e.gt(0) ? realised.div(e) : realised,
      projected: perYear ? projected.div(n) : projected,
      met,
      projectedMeets: meets(pointSet(projected), planned.set),
      progress: realised.div(planned.total),
      scheduled: due.div(planned.total),
      rateKind,
      ...(observedRate !== undefined && { observedRate }),
      ...(plannedRate !== undefined && { plannedRate }),
      ...(requiredRate !== undefined && { requiredRate }),
      ...(pace !== undefined && { pace }),
      unit: spec.indicator.unit,
      latest: { year: latestYear, ...(path.partial !== undefined && { date: path.partial.date }), time },
      used,
      notes,
    },
  };
}

/**
 * The base-year level of a target: the plan's figure, else an annual level in the actuals (for monitor and decompose).
 *
 * @example
 * baseOf(spec, observations).base?.source //=> 'plan'
 */
export function baseOf(spec: TargetSpec, observations: readonly Observation[]): { readonly base?: BaseValue; readonly notes: readonly MonitorNote[] } {
  const actual = observations.find((o) => o.date === undefined && o.type === 'level' && o.year === spec.t0);
  const fromPlan = spec.base === undefined ? undefined : levelOf(spec.base);
  const notes: MonitorNote[] = [];
  if (fromPlan !== undefined) {
    if (actual !== undefined && !actual.value.eq(fromPlan)) notes.push({ code: 'base_revised', year: spec.t0, value: actual.value });
    return { base: { value: fromPlan, source: 'plan' }, notes };
  }
  if (actual !== undefined) {
    notes.push({ code: 'base_from_actuals', year: spec.t0 });
    return { base: { value: actual.value, source: 'actuals', actual: actual.actual }, notes };
  }
  return { notes };
}

/**
 * Actuals grouped by indicator, so that each target reads its own only.
 *
 * @example
 * byIndicator(actuals).get('sales')?.length //=> 3
 */
export function byIndicator(items: readonly Actual[]): ReadonlyMap<string, readonly Actual[]> {
  const out = new Map<string, Actual[]>();
  for (const a of items) {
    const list = out.get(a.indicator);
    if (list === undefined) out.set(a.indicator, [a]);
    else list.push(a);
  }
  return out;
}

function evaluate(spec: TargetSpec, items: readonly Actual[], asOf: D, band: D, units: UnitTable): TargetProgress | SkippedTarget {
  const until = D.min(asOf, endOfYear(spec.T));
  const observations = observationsOf(items, spec.indicator, until, units);
  const { base, notes: baseNotes } = baseOf(spec, observations);
  const context: Context = { spec, observations, ...(base !== undefined && { base }), band };
  const result = spec.measure === 'compound' ? evaluateCompound(context) : spec.measure === 'linear' ? evaluateLinear(context) : evaluateFlow(context);
  if (!result.ok) return skippedOf(spec.reading, result.reason);
  const m = result.measured;
  const used = base?.actual === undefined ? m.used : [base.actual, ...m.used];
  const illustrative = used.some((a) => a.illustrative);
  const elapsed = shareElapsed(asOf, spec.t0, spec.T);
  const final = m.latest.time.gte(spec.T + 1);
  const paceBandOf = m.met ? 'achieved' : m.pace === undefined ? 'moving_away' : paceBand(m.pace);
  const f = spec.figure;
  return {
    ...targetHead(spec),
    qualifiers: f.qualifiers,
    unit: m.unit,
    measure: spec.measure,
    from: spec.t0,
    to: spec.T,
    binding: spec.binding,
    stretch: spec.reading.stretch,
    ...(base !== undefined && { base: { value: base.value, year: spec.t0, source: base.source } }),
    latest: m.latest,
    goal: m.goal,
    current: m.current,
    projected: m.projected,
    projectedMeets: m.projectedMeets,
    elapsed,
    observed: shareElapsed(m.latest.time, spec.t0, spec.T),
    progress: m.progress,
    scheduled: m.scheduled,
    aheadOfTime: m.progress.gte(elapsed.minus(slack(elapsed))),
    rateKind: m.rateKind,
    ...(m.observedRate !== undefined && { observedRate: m.observedRate }),
    ...(m.plannedRate !== undefined && { plannedRate: m.plannedRate }),
    ...(m.requiredRate !== undefined && { requiredRate: m.requiredRate }),
    ...(spec.statedRate !== undefined && { statedRate: spec.statedRate.value }),
    ...(m.pace !== undefined && { pace: m.pace }),
    band: paceBandOf,
    label: midTermLabel(m.pace ?? ZERO, m.met, final),
    met: m.met,
    final,
    illustrative,
    sources: unique(used.flatMap((a) => (a.source === undefined ? [] : [a.source]))),
    notes: [...baseNotes, ...m.notes, ...(illustrative ? [{ code: 'illustrative' as const }] : [])],
  };
}

/**
 * Reviews a plan against actual values at one date (a mid-term review, 中期评估): every planned
 * target with a base and actuals gets its task progress p (compound ln(It/I0)/ln(IT/I0) for growth
 * and intensity targets, linear for shares and points, the realised sum against the planned
 * cumulative path for flows), the share of time elapsed s and whether p ≥ s (时间过半、任务过半),
 * the pace ratio R = observed / required pace and its band, the rate the remaining years now
 * require, the value at the target year if the observed pace continues, whether it is already met
 * (with its qualifiers: 以上, 左右, ranges) and the mid-term label (提前实现, 快于预期, 基本符合预期,
 * 滞后; 已实现/未实现 once the data reach the target year). Targets that cannot be reviewed are
 * listed with the reason. Actuals that do not fit the plan are left out and reported as issues.
 *
 * @throws `invalid_plan` when `plan` is not a valid plan; `invalid_date` for an `asOf` that is not a date or year; `invalid_number` / `non_finite`
 *   / `out_of_range` for a bad `band`; `invalid_option` when `actuals` is neither parsed actuals
 *   nor a list.
 * @example
 * const report = monitorPlan(plan, parsed.actuals, { asOf: '2018-06-30' });
 * report.targets[0].label //=> 'behind'
 */
export function monitorPlan(given: Plan, actuals: Actuals | readonly Actual[], givenOptions: MonitorOptions = {}): MonitorReport {
  // Contract checks on the arguments (issue 10): a plan validated, options an object.
  const plan = acceptPlan(given);
  const options = optionsOf(givenOptions);
  const band = toDecimal(options.band ?? DEFAULT_APPROX_BAND, 'options.band');
  if (band.isNegative()) throw argError('out_of_range', 'options.band', options.band, 'must not be negative');
  const { items, issues } = checkedItems(actuals, plan);
  const asOf = asOfOf(options.asOf, items, plan);
  const { specs, skipped: computed } = selectTargets(plan);
  const targets: TargetProgress[] = [];
  const skipped: SkippedTarget[] = [...computed];
  const grouped = byIndicator(items);
  const units = unitTableOf(plan);
  for (const spec of specs) {
    const result = evaluate(spec, grouped.get(spec.indicator.id) ?? [], asOf.time, band, units);
    if ('reason' in result) skipped.push(result);
    else targets.push(result);
  }
  const counts = Object.fromEntries(MID_TERM_LABELS.map((l) => [l, 0])) as Record<MidTermLabel, number>;
  for (const t of targets) counts[t.label] += 1;
  const file = Array.isArray(actuals) ? undefined : (actuals as Actuals).file;
  return {
    plan: { id: plan.id, title: plan.title, ...(options.planFile !== undefined && { file: options.planFile }) },
    ...(file !== undefined && { actualsFile: file }),
    asOf: asOf.iso,
    period: { from: plan.period.from, to: plan.period.to, base: plan.period.base },
    elapsed: shareElapsed(asOf.time, plan.period.base, plan.period.to),
    targets,
    skipped,
    issues,
    counts,
    illustrative: targets.some((t) => t.illustrative),
  };
}
