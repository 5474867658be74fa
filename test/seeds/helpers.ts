/** Shared scaffolding for the per-seed tests: loading a seed plan, looking figures up, the quote check. */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { parsePlan, type Figure, type Plan, type Relation } from '../../src/plan/index.js';

/** The text of a seed plan file in seeds/, e.g. `readSeed('000-shanxi-equipment-12th.yaml')`. */
export function readSeed(file: string): string {
  return readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
}

/** Parses a seed plan file, asserting it loads with no issues at all, and returns its plan. */
export function loadSeed(file: string): Plan {
  const result = parsePlan(readSeed(file), { file });
  expect(result.issues).toEqual([]);
  if (!result.ok) throw new Error(`plan ${file} did not load`);
  return result.plan;
}

/** Counts the items by a key, e.g. `countBy(plan.figures, (f) => f.type)` //=> { level: 28, rate: 7 }. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const item of items) out[key(item)] = (out[key(item)] ?? 0) + 1;
  return out;
}

/** The figure of the plan with this id; throws when there is none. */
export function figureOf(plan: Plan, id: string): Figure {
  const found = plan.figures.find((f) => f.id === id);
  if (!found) throw new Error(`no figure ${id}`);
  return found;
}

/** The relation of the plan with this id; throws when there is none. */
export function relationOf(plan: Plan, id: string): Relation {
  const found = plan.relations.find((r) => r.id === id);
  if (!found) throw new Error(`no relation ${id}`);
  return found;
}

/** The text of a seed's source document, kept in the repository under seeds/sources/. */
export function sourceOf(document: string): string {
  return readFileSync(new URL(`../../seeds/sources/${document}`, import.meta.url), 'utf8');
}

/**
 * Declares the test that every figure carries a quote and every quote of a figure or relation
 * appears verbatim in the source document.
 */
export function itQuotesVerbatim(plan: Plan, document: string): void {
  const source = sourceOf(document);
  it('quotes every figure and relation verbatim from the source document', () => {
    const unquoted = plan.figures.filter((f) => f.quote === undefined).map((f) => f.id);
    expect(unquoted).toEqual([]);
    const missing = [...plan.figures, ...plan.relations]
      .filter((x) => x.quote !== undefined && !source.includes(x.quote))
      .map((x) => [x.id, x.quote]);
    expect(missing).toEqual([]);
  });
}
