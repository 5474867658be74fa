/**
 * Which figures of a plan are monitored, how, over which span, and from which base:
 * - every planned figure (role `planned`) is a target, and so is the target of a growth relation
 *   that the plan computed (测算, 预计); a growth relation's rate and a cumulative total's rate
 *   belong to their relation's target, not to targets of their own;
 * - other computed figures (预计1.3亿千瓦, shares the plan derived) are listed as skipped; `gap`
 *   figures state an outcome and are no targets;
 * - a total, an average or an average increase over the years from..to spans from the end of
 *   `from − 1`; other figures over from..to span from the end of `from`;
 * - the base of a level or share target is the plan's measured figure of the same indicator in the
 *   plan's base year (else its latest measured one before the target year); of a relation's target,
 *   the relation's base; the actuals may supply a base the plan lacks (monitor.ts).
 */
import { D } from '../math/index.js';
import type { Figure, FigureReading, FigureType, Indicator, Plan } from '../plan/index.js';
import { readFigure } from '../plan/index.js';
import { declareUnits, isPercentUnit, unitFactor, writeQualified, type UnitTable } from '../units/index.js';
import type { ProgressMeasure, SkippedTarget, TargetHead } from './types.js';

/** A planned figure read for monitoring. */
export interface TargetSpec {
  readonly figure: Figure;
  readonly reading: FigureReading;
  readonly indicator: Indicator;
  readonly relation?: string;
  readonly measure: ProgressMeasure;
  /** The base year t0 (for flows, the year before the first). */
  readonly t0: number;
  /** The target year T. */
  readonly T: number;
  /** The plan's base-year figure, when it has one. */
  readonly base?: FigureReading;
  /** The rate a growth relation states with its level target. */
  readonly statedRate?: FigureReading;
  /** A cumulative total's path grows from its base (累计法), instead of equal yearly shares. */
  readonly growing: boolean;
  readonly binding: boolean;
}

/** Indicator kinds whose levels progress linearly (shares, ratios in %, index points). */
const LINEAR_KINDS: ReadonlySet<Indicator['kind']> = new Set(['share', 'ratio', 'index']);

/** How a target figure's progress is measured. */
function measureOf(figure: Figure, reading: FigureReading, indicator: Indicator): ProgressMeasure {
  switch (figure.type) {
    case 'share':
    case 'points':
    case 'annual_points':
    case 'increase':
    case 'average_increase':
      return 'linear';
    case 'average':
      return 'flow';
    case 'level':
      return LINEAR_KINDS.has(indicator.kind) || isPercentUnit(reading.unit) ? 'linear' : 'compound';
    case 'total':
      return 'flow';
    case 'rate':
      return indicator.kind === 'investment' ? 'flow' : 'compound';
    default:
      return 'compound';
  }
}

/** The figure types a base of a target of this type may have. */
function baseTypes(type: FigureType): readonly FigureType[] {
  return type === 'share' ? ['share'] : type === 'points' || type === 'annual_points' ? ['share', 'level'] : ['level'];
}

const ONE = new D(1);
const HUNDREDTH = new D('0.01');

/**
 * The level at the target year that a linear target's value stands for, from the base level s0:
 * a level or share itself; s0 + points (+ n × points a year) for percentage points; s0 + the
 * increase (+ n × the average yearly increase) for absolute increases.
 *
 * @example
 * linearLevel(spec5Points, new D('0.40'), new D(5)).toString() //=> '0.45'
 */
export function linearLevel(spec: TargetSpec, s0: D, v: D): D {
  const n = spec.T - spec.t0;
  const scale = isPercentUnit(spec.indicator.unit) ? HUNDREDTH : ONE;
  switch (spec.figure.type) {
    case 'points':
      return s0.plus(v.times(scale));
    case 'annual_points':
      return s0.plus(v.times(scale).times(n));
    case 'increase':
      return s0.plus(levelOf(spec.reading, v));
    case 'average_increase':
      return s0.plus(levelOf(spec.reading, v).times(n));
    default:
      return levelOf(spec.reading, v);
  }
}

/**
 * The units a plan declares (`units:`) with the library's table: what its figures and actuals are
 * read with. A declaration the plan's validation refused is left out.
 *
 * @example
 * unitOf('万吨钢', unitTableOf(plan)).factor.toString() //=> '10000'
 */
export function unitTableOf(plan: Plan): UnitTable {
  try {
    return declareUnits(plan.units ?? []);
  } catch {
    return declareUnits([]);
  }
}

/**
 * A level or share figure's value in its indicator's value domain: the indicator's unit
 * (readFigure reads an amount written in 万元 in the indicator's 亿元), % as fractions.
 *
 * @example
 * levelOf(readFigure(figureIn万元, indicatorIn亿元)).toString() //=> '121'
 */
export function levelOf(reading: FigureReading, point: D = reading.value): D {
  if (isPercentUnit(reading.unit) || reading.unit === reading.indicator.unit) return point;
  try {
    return point.times(unitFactor(reading.unit, reading.indicator.unit));
  } catch {
    return point;
  }
}

/**
 * The target as written: its number (a range as `low–high`) with unit and qualifiers.
 *
 * @example
 * targetText(figure2000以上, indicator) //=> '2000亿元以上'
 */
export function targetText(reading: FigureReading): string {
  const f = reading.figure;
  const number = f.high === undefined ? f.value : `${f.value}–${f.high}`;
  return writeQualified(number, reading.unit, f.qualifiers);
}

/**
 * A skipped entry for a figure.
 *
 * @example
 * skippedOf(reading, 'no_actuals').reason //=> 'no_actuals'
 */
export function skippedOf(reading: FigureReading, reason: SkippedTarget['reason']): SkippedTarget {
  const f = reading.figure;
  return {
    target: f.id,
    subject: reading.indicator.name,
    text: targetText(reading),
    ...(f.year !== undefined && { year: f.year }),
    ...(f.from !== undefined && { from: f.from }),
    ...(f.to !== undefined && { to: f.to }),
    reason,
  };
}

/**
 * What names a target in a review or a decomposition.
 *
 * @example
 * targetHead(spec).text //=> '2000亿元以上'
 */
export function targetHead(spec: TargetSpec): TargetHead {
  return {
    target: spec.figure.id,
    ...(spec.relation !== undefined && { relation: spec.relation }),
    indicator: spec.indicator.id,
    subject: spec.indicator.name,
    figure: spec.figure.type,
    text: targetText(spec.reading),
  };
}

/**
 * A plan's figures by id (the first of each id) and their reader: a figure read with its
 * indicator in the plan's units, or undefined when it cannot be (the plan's validation says why).
 *
 * @example
 * figureReader(plan).read(plan.figures[0])?.indicator.id //=> 'sales'
 */
export function figureReader(plan: Plan): { readonly figures: ReadonlyMap<string, Figure>; readonly read: (f: Figure | undefined) => FigureReading | undefined } {
  const units = unitTableOf(plan);
  const indicators = new Map<string, Indicator>();
  for (const i of plan.indicators) if (!indicators.has(i.id)) indicators.set(i.id, i);
  const figures = new Map<string, Figure>();
  for (const f of plan.figures) if (!figures.has(f.id)) figures.set(f.id, f);
  const read = (f: Figure | undefined): FigureReading | undefined => {
    const indicator = f === undefined ? undefined : indicators.get(f.indicator);
    if (f === undefined || indicator === undefined) return undefined;
    try {
      return readFigure(f, indicator, units);
    } catch {
      return undefined;
    }
  };
  return { figures, read };
}

/**
 * The plan's monitored targets, in file order, and the planned-looking figures it skips
 * (computed ones). Figures of unknown indicators or with unreadable numbers are left to the
 * plan's own validation (parsePlan reports them) and not listed.
 *
 * @example
 * selectTargets(plan).specs.map((s) => s.figure.id) //=> ['sales_2020', 'share_2020', …]
 */
export function selectTargets(plan: Plan): { readonly specs: readonly TargetSpec[]; readonly skipped: readonly SkippedTarget[] } {
  const { figures, read } = figureReader(plan);

  // Relations that own their figures: growth targets (base, rate, target) and cumulative totals.
  const owner = new Map<string, { relation: string; base?: string; rate?: string }>();
  const ownedRates = new Set<string>();
  for (const r of plan.relations) {
    if (r.kind === 'growth_target') {
      owner.set(r.target, { relation: r.id, base: r.base, rate: r.rate });
      ownedRates.add(r.rate);
    } else if (r.kind === 'cumulative_total') {
      owner.set(r.total, { relation: r.id, base: r.base, ...(r.rate !== undefined && { rate: r.rate }) });
      if (r.rate !== undefined) ownedRates.add(r.rate);
    }
  }

  const byIndicator = new Map<string, Figure[]>();
  for (const f of plan.figures) {
    const list = byIndicator.get(f.indicator);
    if (list === undefined) byIndicator.set(f.indicator, [f]);
    else list.push(f);
  }
  const specs: TargetSpec[] = [];
  const skipped: SkippedTarget[] = [];
  for (const f of plan.figures) {
    if (f.role === 'measured' || f.type === 'gap' || ownedRates.has(f.id)) continue;
    const reading = read(f);
    if (reading === undefined) continue;
    const own = owner.get(f.id);
    if (f.role === 'computed' && own === undefined) {
      skipped.push(skippedOf(reading, 'computed'));
      continue;
    }
    const indicator = reading.indicator;
    const measure = measureOf(f, reading, indicator);
    const explicitBase = read(own?.base === undefined ? undefined : figures.get(own.base));
    const statedRate = read(own?.rate === undefined ? undefined : figures.get(own.rate));
    let t0: number;
    let T: number;
    if (f.type === 'level' || f.type === 'share') {
      T = f.year ?? plan.period.to;
      t0 = explicitBase?.figure.year ?? plan.period.base;
    } else if (f.type === 'total' || f.type === 'average' || f.type === 'average_increase') {
      T = f.to ?? plan.period.to;
      t0 = (f.from ?? plan.period.from) - 1;
    } else {
      T = f.to ?? plan.period.to;
      t0 = f.from ?? plan.period.base;
    }
    let base = explicitBase;
    if (base === undefined) {
      const types = baseTypes(f.type);
      const candidates = (byIndicator.get(f.indicator) ?? []).filter(
        (g) => g.role !== 'planned' && g.year !== undefined && types.includes(g.type) && g.high === undefined,
      );
      const exact = candidates.find((g) => g.year === t0);
      const earlier = candidates.filter((g) => (g.year as number) < T).sort((a, b) => (b.year as number) - (a.year as number))[0];
      const chosen = exact ?? (f.type === 'level' || f.type === 'share' ? earlier : undefined);
      base = read(chosen);
      if (base !== undefined && (f.type === 'level' || f.type === 'share')) t0 = base.figure.year as number;
    }
    if (t0 >= T) continue;
    specs.push({
      figure: f,
      reading,
      indicator,
      ...(own !== undefined && { relation: own.relation }),
      measure,
      t0,
      T,
      ...(base !== undefined && { base }),
      ...(statedRate !== undefined && { statedRate }),
      growing: f.type === 'total' ? explicitBase !== undefined : measure === 'flow',
      binding: !reading.stretch,
    });
  }
  return { specs, skipped };
}
