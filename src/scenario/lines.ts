/**
 * The growth indicators of a plan (DOMAIN.md section 6): an indicator with a base level, the
 * yearly rates the plan states for it, and its targets. Scenarios, goal seek, sensitivity and
 * the simulation all start from these lines.
 */
import type { D } from '../math/index.js';
import { declareUnits, isCompatible, isUnit, unitOf, type UnitTable } from '../units/index.js';
import {
  readFigure,
  type Figure,
  type FigureReading,
  type GrowthTargetRelation,
  type CumulativeTotalRelation,
  type Indicator,
  type Plan,
} from '../plan/index.js';

/** The figure types a growth indicator's targets can have. */
export type TargetType = 'level' | 'total' | 'rate' | 'change' | 'multiple';

/** A planned figure a growth indicator should reach. */
export interface GrowthTarget {
  /** The figure's id. */
  readonly figure: string;
  readonly reading: FigureReading;
  readonly type: TargetType;
  /** The year it falls due: a level's `year`, a span's `to`. */
  readonly year: number;
  /** The start of a span (rate, change, multiple, total): its `from`. */
  readonly from?: number;
  /**
   * Which way "reached" goes for a figure with no bound (达到1700亿元): `up` for a level at or
   * above the base, a total, a rate or change ≥ 0, a multiple ≥ 1; `down` otherwise.
   */
  readonly direction: 'up' | 'down';
}

/** One stated rate of a line: `rate` (a fraction) for the years after `from` up to and including `to`. */
export interface LineRate {
  readonly figure: string;
  readonly from: number;
  readonly to: number;
  readonly rate: D;
}

/** A growth indicator: where it starts, the rates the plan states, and its targets. */
export interface GrowthLine {
  readonly indicator: Indicator;
  /** The level it grows from. */
  readonly base: { readonly figure: string; readonly year: number; readonly value: D };
  /** The plan's rates, consecutive from the base year (empty when the plan states none). */
  readonly rates: readonly LineRate[];
  /** Rate figures stated for years the chain already covers (a second rate for the same span): not used. */
  readonly alternatives: readonly string[];
  readonly targets: readonly GrowthTarget[];
  /** True for investment: a rate target is the 累计法 average, not the 水平法 CAGR. */
  readonly cumulative: boolean;
}

const TARGET_TYPES: ReadonlySet<string> = new Set<TargetType>(['level', 'total', 'rate', 'change', 'multiple']);

const startOf = (f: Figure): number | undefined => (f.type === 'level' ? f.year : f.from);
const endOf = (f: Figure): number | undefined => (f.type === 'level' ? f.year : f.to);

/** The relations that name a line's base and first rate, in file order, per indicator. */
function anchors(plan: Plan, figures: ReadonlyMap<string, Figure>): Map<string, { base: Figure; rate?: Figure }> {
  const out = new Map<string, { base: Figure; rate?: Figure }>();
  for (const r of plan.relations) {
    if (r.kind !== 'growth_target' && r.kind !== 'cumulative_total') continue;
    const rel = r as GrowthTargetRelation | CumulativeTotalRelation;
    const base = figures.get(rel.base);
    const rate = rel.rate === undefined ? undefined : figures.get(rel.rate);
    if (base === undefined || base.type !== 'level' || base.year === undefined || out.has(base.indicator)) continue;
    out.set(base.indicator, { base, ...(rate !== undefined && rate.type === 'rate' && { rate }) });
  }
  return out;
}

/** True for a rate the plan chose (not a measured, historical one). */
const isPlannedRate = (f: Figure): boolean => f.type === 'rate' && f.role !== 'measured' && f.from !== undefined && f.to !== undefined;

/** The base of an indicator with no relation: the level a planned rate starts from, else the latest measured level up to the plan's base year. */
function baseOf(plan: Plan, levels: readonly Figure[], rates: readonly Figure[]): Figure | undefined {
  for (const rate of rates) {
    const level = levels.find((l) => l.year === rate.from);
    if (level !== undefined) return level;
  }
  const measured = levels.filter((l) => l.role !== 'planned' && (l.year ?? Infinity) <= plan.period.base);
  return measured.reduce<Figure | undefined>((best, l) => (best === undefined || (l.year ?? 0) > (best.year ?? 0) ? l : best), undefined);
}

/** The plan's rates chained from the base year: each starts where the one before ends; the rest are alternatives. */
function chain(baseYear: number, first: Figure | undefined, rates: readonly Figure[], indicator: Indicator, units: UnitTable): { rates: LineRate[]; alternatives: string[] } {
  const ordered = first === undefined ? rates : [first, ...rates.filter((r) => r !== first)];
  const out: LineRate[] = [];
  const alternatives: string[] = [];
  let end = baseYear;
  let progress = true;
  const pending = [...ordered];
  while (progress) {
    progress = false;
    const next = pending.findIndex((r) => r.from === end);
    if (next >= 0) {
      const r = pending.splice(next, 1)[0] as Figure;
      out.push({ figure: r.id, from: end, to: r.to as number, rate: readFigure(r, indicator, units).value });
      end = r.to as number;
      progress = true;
    }
  }
  for (const r of pending) if ((r.from ?? 0) >= baseYear) alternatives.push(r.id);
  return { rates: out, alternatives };
}

/**
 * A level or total read in its indicator's unit, so that it compares with the path: readFigure
 * converts another scale of the unit (a target of 1.2万亿元 for an indicator in 亿元, the plan's
 * declared units too); two words for one count (户, 家) are taken as one; anything else cannot be
 * compared (undefined).
 *
 * @example
 * inIndicatorUnit(readFigure(f50家, indicator户))?.unit //=> '户'
 */
export function inIndicatorUnit(r: FigureReading): FigureReading | undefined {
  if ((r.figure.type !== 'level' && r.figure.type !== 'total') || r.unit === r.indicator.unit) return r;
  return isUnit(r.unit) && isUnit(r.indicator.unit) && isCompatible(r.unit, r.indicator.unit) && unitOf(r.unit).exactCount ? { ...r, unit: r.indicator.unit } : undefined;
}

function targetOf(f: Figure, indicator: Indicator, base: FigureReading, units: UnitTable): GrowthTarget | undefined {
  const year = endOf(f);
  if (year === undefined || !TARGET_TYPES.has(f.type)) return undefined;
  const reading = inIndicatorUnit(readFigure(f, indicator, units));
  if (reading === undefined) return undefined;
  const up =
    f.type === 'level' ? reading.value.gte(base.value) : f.type === 'total' ? true : f.type === 'multiple' ? reading.value.gte(1) : !reading.value.isNegative();
  return {
    figure: f.id,
    reading,
    type: f.type as TargetType,
    year,
    ...(f.type !== 'level' && f.from !== undefined && { from: f.from }),
    direction: up ? 'up' : 'down',
  };
}

/**
 * The growth indicators of a plan, in the order of their indicators: each indicator with a base
 * level and either a rate or a target. The base is the one a growth_target or cumulative_total
 * relation names, else the level a planned rate starts from, else the latest measured level up
 * to the plan's base year. The rates are the planned rate figures chained from the base year (the
 * relation's first); a second rate for the same years is listed as an alternative, not used.
 * The targets are the indicator's planned or computed levels, totals, rates, changes and
 * multiples that fall due after the base year.
 *
 * @example
 * growthLines(innovationPlan).map((l) => l.indicator.id) //=> ['rd_intensity', 'tech_centers', 'invention_patents', 'new_product_sales']
 */
export function growthLines(plan: Plan): readonly GrowthLine[] {
  const figures = new Map<string, Figure>();
  for (const f of plan.figures) if (!figures.has(f.id)) figures.set(f.id, f);
  const related = anchors(plan, figures);
  const units = declareUnits(plan.units ?? []);
  const lines: GrowthLine[] = [];
  const seen = new Set<string>();
  for (const indicator of plan.indicators) {
    if (seen.has(indicator.id)) continue;
    seen.add(indicator.id);
    const own = plan.figures.filter((f) => f.indicator === indicator.id);
    const levels = own.filter((f) => f.type === 'level' && f.year !== undefined);
    const planned = own.filter(isPlannedRate);
    const anchor = related.get(indicator.id);
    const baseFigure = anchor?.base ?? baseOf(plan, levels, planned);
    if (baseFigure === undefined || baseFigure.year === undefined) continue;
    const base = inIndicatorUnit(readFigure(baseFigure, indicator, units));
    if (base === undefined || !base.value.isPositive() || base.value.isZero()) continue;
    const baseYear = baseFigure.year;
    const { rates, alternatives } = chain(baseYear, anchor?.rate, planned, indicator, units);
    const targets = own
      .filter((f) => f.role !== 'measured' && f !== baseFigure && (endOf(f) ?? 0) > baseYear && (startOf(f) ?? baseYear) >= baseYear)
      .map((f) => targetOf(f, indicator, base, units))
      .filter((t): t is GrowthTarget => t !== undefined);
    if (rates.length === 0 && targets.length === 0) continue;
    lines.push({
      indicator,
      base: { figure: baseFigure.id, year: baseYear, value: base.value },
      rates,
      alternatives,
      targets,
      cumulative: indicator.kind === 'investment',
    });
  }
  return lines;
}
