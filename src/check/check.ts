/** checkPlan / assertPlan: every relation of a plan through its rule and the verdict ladder. */
import { GrowthError } from '../errors.js';
import { failOnOf, verdictFails, type FailOn } from './gate.js';
import type { Indicator, Plan, Relation } from '../plan/model.js';
import { monitoringTargets, readFigure, relationFigureIds, type FigureReading } from '../plan/index.js';
import { resolveOptions } from './options.js';
import { declareUnits, type UnitTable } from '../units/index.js';
import { applyRule, type RuleContext } from './rules/index.js';
import { subjectOf } from './rules/spec.js';
import { judge, uncheckedFinding } from './finding.js';
import { type Finding, type PlanReport, type Verdict, VERDICTS, type CheckOptions } from './types.js';

/** Options of {@link assertPlan}. */
export interface AssertPlanOptions extends CheckOptions {
  /** The least bad verdict that fails: `near_miss` (also indeterminate), `inconsistent` (default) or `none`; `near-miss` is read as `near_miss`. */
  readonly failOn?: FailOn | 'near-miss';
}

/** Reads every figure once, keyed by id; a figure whose indicator is missing or whose text is not a number is left out. */
function readFigures(plan: Plan, units: UnitTable): ReadonlyMap<string, FigureReading> {
  const indicators = new Map<string, Indicator>();
  for (const i of plan.indicators) if (!indicators.has(i.id)) indicators.set(i.id, i);
  const out = new Map<string, FigureReading>();
  for (const f of plan.figures) {
    const indicator = indicators.get(f.indicator);
    if (indicator === undefined || out.has(f.id)) continue;
    try {
      out.set(f.id, readFigure(f, indicator, units));
    } catch (e) {
      if (!(e instanceof GrowthError)) throw e;
    }
  }
  return out;
}

/** Checks one relation; a formula that cannot be evaluated gives a `not_computable` finding. */
function checkRelation(relation: Relation, context: RuleContext): Finding {
  try {
    const result = applyRule(relation, context);
    return result.kind === 'spec' ? judge(result, relation, context.options) : uncheckedFinding(result, relation);
  } catch (e) {
    if (!(e instanceof GrowthError)) throw e;
    const figures = relationFigureIds(relation).flatMap((id) => {
      const r = context.figure(id);
      return r === undefined ? [] : [r];
    });
    return uncheckedFinding({ kind: 'unchecked', code: 'not_computable', subject: subjectOf(figures), figures, params: { reason: e.code } }, relation);
  }
}

/**
 * Checks every relation of a validated plan: one finding per relation, in relation order, with
 * its verdict and the numbers behind it; figures that no relation uses become monitoring targets.
 * Verdicts do not depend on the order of figures, indicators or relations. Never throws on a
 * valid plan.
 *
 * @throws `invalid_option` naming `options.tolerance`, `options.approxBand` or `options.lenient`.
 * @example
 * checkPlan(plan).findings[0].verdict //=> 'near_miss'
 */
export function checkPlan(plan: Plan, options: CheckOptions = {}): PlanReport {
  const resolved = resolveOptions(options);
  const units = declareUnits(plan.units ?? []);
  const figures = readFigures(plan, units);
  const context: RuleContext = { figure: (id) => figures.get(id), options: resolved, units };
  const findings = plan.relations.map((r) => checkRelation(r, context));
  const targets = monitoringTargets(plan);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const f of findings) counts[f.verdict] += 1;
  return {
    plan: { id: plan.id, title: plan.title },
    findings,
    targets,
    issues: [],
    counts,
  };
}

/**
 * Checks a plan and throws when a finding is at or above the fail level: `inconsistent` by
 * default, `near_miss` to fail on near misses and indeterminate findings too.
 *
 * @throws `plan_findings` with `details.findings` (the failing findings); `invalid_option` for
 *   bad options.
 * @example
 * assertPlan(plan, { failOn: 'near_miss' }) // throws GrowthError 'plan_findings'
 */
export function assertPlan(plan: Plan, options: AssertPlanOptions = {}): PlanReport {
  const failOn = failOnOf(options.failOn ?? 'inconsistent');
  const report = checkPlan(plan, options);
  const failing = report.findings.filter((f) => verdictFails(f.verdict, failOn));
  if (failing.length > 0) {
    throw new GrowthError('plan_findings', `${failing.length} finding(s) of plan ${plan.id} at or above ${failOn}: ${failing.map((f) => f.relation).join(', ')}`, {
      argument: 'plan',
      findings: failing,
    });
  }
  return report;
}
