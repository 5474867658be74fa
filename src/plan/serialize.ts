/**
 * Writing a plan back to YAML or JSON, numbers as their written strings, so that reading the
 * output gives the same plan.
 */
import { DEFAULT_SCALAR_STYLE_RULES, SCALAR_STYLE, dump, type ScalarLayout } from 'js-yaml/browser';
import type { Figure, Plan, Relation, Scenario, ScenarioChange } from './model.js';

/** Copies the named keys in that order, leaving out the undefined ones. */
function pick(record: object, keys: readonly string[]): Record<string, unknown> {
  const source = record as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    const value = source[key];
    if (value !== undefined) out[key] = Array.isArray(value) ? [...(value as unknown[])] : value;
  }
  return out;
}

const FIGURE_KEYS = ['id', 'indicator', 'type', 'value', 'high', 'unit', 'year', 'from', 'to', 'qualifiers', 'role', 'precision', 'prices', 'doubling', 'quote', 'note'] as const;
const RELATION_KEYS = ['id', 'kind', 'base', 'start', 'part', 'parts', 'rate', 'end', 'target', 'total', 'share', 'change', 'multiple', 'caveats', 'quote', 'note'] as const;

function figureToData(f: Figure): Record<string, unknown> {
  const out = pick(f, FIGURE_KEYS);
  if (typeof f.precision === 'object') out['precision'] = { ...f.precision };
  return out;
}

const CHANGE_KEYS = ['kind', 'indicator', 'rate', 'from', 'schedule', 'value', 'year', 'figure'] as const;

function changeToData(c: ScenarioChange): Record<string, unknown> {
  const out = pick(c, CHANGE_KEYS);
  if (c.kind === 'schedule') out['schedule'] = c.schedule.map((e) => pick(e, ['until', 'rate']));
  return out;
}

function scenarioToData(s: Scenario): Record<string, unknown> {
  return { ...pick(s, ['id', 'name']), changes: s.changes.map(changeToData), ...pick(s, ['quote', 'note']) };
}

/** The plan as plain data in the file format, keys in a stable order. */
function planToData(plan: Plan): Record<string, unknown> {
  return {
    ...pick(plan, ['id', 'title', 'issuer', 'year']),
    period: pick(plan.period, ['from', 'to', 'base', 'name']),
    source: pick(plan.source, ['document', 'url', 'date']),
    ...(plan.units !== undefined && { units: plan.units.map((u) => pick(u, ['symbol', 'base', 'factor', 'note'])) }),
    indicators: plan.indicators.map((i) => pick(i, ['id', 'name', 'unit', 'kind', 'prices', 'scope', 'note'])),
    figures: plan.figures.map(figureToData),
    relations: plan.relations.map((r: Relation) => pick(r, RELATION_KEYS)),
    ...(plan.scenarios !== undefined && { scenarios: plan.scenarios.map(scenarioToData) }),
    ...pick(plan, ['note']),
  };
}

/** U+FFFD, which plan text may not hold raw (parsePlan refuses it) but a string may: written escaped. */
const REPLACEMENT = /\uFFFD/g;

/** Double-quotes a string holding U+FFFD, so that its escape (`\uFFFD`) can stand for it. */
function quoteReplacementCharacter(layout: ScalarLayout): void {
  if (layout.node.value.includes('\uFFFD')) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}

const YAML_OPTIONS = {
  lineWidth: -1,
  noRefs: true,
  quoteStyle: 'double',
  scalarStyleRules: [quoteReplacementCharacter, ...Object.values(DEFAULT_SCALAR_STYLE_RULES)],
} as const;

/**
 * Writes a plan as YAML or JSON text. Figure values stay strings (`"30.90"`), so
 * `parsePlan(serializePlan(plan, f))` gives back an equal plan.
 *
 * @example
 * serializePlan(plan, 'json').includes('"value": "30.90"') //=> true
 */
export function serializePlan(plan: Plan, format: 'yaml' | 'json'): string {
  const data = planToData(plan);
  const text = format === 'json' ? `${JSON.stringify(data, null, 2)}\n` : dump(data, YAML_OPTIONS);
  return text.replace(REPLACEMENT, '\\uFFFD');
}
