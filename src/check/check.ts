/** checkPlan / assertPlan: every relation of a plan through its rule and the verdict ladder. */
import { GrowthError, optionsOf } from '../errors.js';
import { failOnOf, verdictFails, type FailOn } from './gate.js';
import type { Indicator, Plan, Relation } from '../plan/model.js';
import { acceptPlan, monitoringTargets, readFigure, relationFigureIds, type FigureReading, type PlanLocations } from '../plan/index.js';
import { resolveOptions } from './options.js';
import { declareUnits, type UnitTable } from '../units/index.js';
import { applyRule, type RuleContext } from './rules/index.js';
import { subjectOf } from './rules/spec.js';
import { judge, uncheckedFinding } from './finding.js';
import { type FigureValue, type Finding, type PlanReport, type SourceLocation, type Verdict, VERDICTS, type CheckOptions } from './types.js';

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

/** An object's own entry, or undefined (the records have no prototype, but a plan's may). */
const own = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/**
 * Places a finding and its figure values in the plan file. The finding and its figure values are
 * this check's own fresh objects, so the places are set on them rather than copied in (a copy of
 * each would cost 10,000 relations tens of megabytes); the place objects are the plan's, shared.
 */
function locate(finding: Finding, locations: PlanLocations): Finding {
  const at = own(locations.relations, finding.relation);
  if (at !== undefined) (finding as { location?: SourceLocation }).location = at;
  const place = (figure: FigureValue): void => {
    const p = own(locations.figures, figure.figure);
    if (p !== undefined) (figure as { location?: SourceLocation }).location = p;
  };
  finding.figures.forEach(place);
  if (finding.stated !== undefined) place(finding.stated);
  return finding;
}

/**
 * Checks every relation of a plan: one finding per relation, in relation order, with its verdict
 * and the numbers behind it; figures that no relation uses become monitoring targets. Verdicts do
 * not depend on the order of figures, indicators or relations. A plan read by parsePlan is used as
 * it is, and its findings carry the places of their relations and figures in the file
 * (`location`); any other value is validated first (the file schema, then the plan's meaning).
 * Never throws on a valid plan.
 *
 * @throws `invalid_plan` (with `details.issues`) when `plan` is not a valid plan;
 *   `invalid_option` naming `options`, `options.tolerance`, `options.approxBand` or `options.lenient`.
 * @example
 * checkPlan(loadPlan(text)).findings[0].verdict //=> 'near_miss'
 */
export function checkPlan(plan: Plan, options: CheckOptions = {}): PlanReport {
  const resolved = resolveOptions(optionsOf(options));
  const valid = acceptPlan(plan);
  const units = declareUnits(valid.units ?? []);
  const figures = readFigures(valid, units);
  const context: RuleContext = { figure: (id) => figures.get(id), options: resolved, units };
  const locations = valid.locations;
  const findings = valid.relations.map((r) => {
    const finding = checkRelation(r, context);
    return locations === undefined ? finding : locate(finding, locations);
  });
  const targets = monitoringTargets(valid);
  const counts = Object.fromEntries(VERDICTS.map((v) => [v, 0])) as Record<Verdict, number>;
  for (const f of findings) counts[f.verdict] += 1;
  return {
    plan: { id: valid.id, title: valid.title, ...(locations?.file !== undefined && { file: locations.file }) },
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
 * @throws `plan_findings` with `details.findings` (the failing findings); `invalid_plan` when
 *   `plan` is not a valid plan; `invalid_option` for bad options.
 * @example
 * assertPlan(loadPlan(text), { failOn: 'near_miss' }) // throws GrowthError 'plan_findings'
 */
export function assertPlan(plan: Plan, options: AssertPlanOptions = {}): PlanReport {
  const failOn = failOnOf(optionsOf(options).failOn ?? 'inconsistent');
  const report = checkPlan(plan, options);
  const failing = report.findings.filter((f) => verdictFails(f.verdict, failOn));
  if (failing.length > 0) {
    throw new GrowthError('plan_findings', `${failing.length} finding(s) of plan ${report.plan.id} at or above ${failOn}: ${failing.map((f) => f.relation).join(', ')}`, {
      argument: 'plan',
      findings: failing,
    });
  }
  return report;
}
