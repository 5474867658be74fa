/**
 * The plan's monitoring targets: the planned figures no relation uses (a 2020 target with no base, a rate
 * with no level). The checker lists them after its findings; scenarios and monitoring follow them.
 */
import type { Figure, Indicator, Plan } from './model.js';
import { figureUnit } from './reading.js';
import { relationFigureIds } from './relations.js';
import { acceptPlan } from './parse.js';
import type { Qualifier } from '../units/index.js';

/** A figure that stands alone (a target with no base or rate): kept for monitoring. */
export interface MonitoringTarget {
  /** The figure's id. */
  readonly figure: string;
  /** The indicator's name. */
  readonly subject: string;
  /** The number as written; `value–high` for a range. */
  readonly text: string;
  readonly unit: string;
  readonly year?: number;
  readonly from?: number;
  readonly to?: number;
  readonly qualifiers: readonly Qualifier[];
}

function monitoringTarget(f: Figure, indicator: Indicator | undefined): MonitoringTarget {
  return {
    figure: f.id,
    subject: indicator?.name ?? f.indicator,
    text: f.high === undefined ? f.value : `${f.value}–${f.high}`,
    unit: indicator === undefined ? (f.unit ?? '') : figureUnit(f, indicator),
    ...(f.year !== undefined && { year: f.year }),
    ...(f.from !== undefined && { from: f.from }),
    ...(f.to !== undefined && { to: f.to }),
    qualifiers: f.qualifiers,
  };
}

/**
 * The planned figures of a plan that no relation names, in file order, as monitoring targets.
 * Measured and computed figures are not targets (DOMAIN.md section 3: roles from the plan's date),
 * so a review's figures for past years are left out even when no relation uses them.
 *
 * @example
 * monitoringTargets(plan).map((t) => t.figure) //=> ['value_added_rate_2020', …]
 */
export function monitoringTargets(given: Plan): readonly MonitoringTarget[] {
  const plan = acceptPlan(given);
  const used = new Set(plan.relations.flatMap(relationFigureIds));
  const indicators = new Map<string, Indicator>();
  for (const i of plan.indicators) if (!indicators.has(i.id)) indicators.set(i.id, i);
  return plan.figures.filter((f) => f.role === 'planned' && !used.has(f.id)).map((f) => monitoringTarget(f, indicators.get(f.indicator)));
}
