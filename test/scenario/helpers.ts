/** Shared scaffolding of the scenario tests: seed plans, small generated plans, a 100-digit oracle. */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { parsePlan, type Figure, type Plan, type Qualifier, type Scenario, type ScenarioChange } from '../../src/plan/index.js';

/** A seed plan by file name, parsed (throws on issues). */
export function seed(file: string): Plan {
  const r = parsePlan(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'), { file });
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.issues)}`);
  return r.plan;
}

export const INNOVATION = '002-shanxi-innovation-2014.yaml';
export const INDUSTRY = '001-shanxi-industry-13th.yaml';
export const TAIYUAN = '004-taiyuan-revitalization.yaml';
export const EQUIPMENT = '000-shanxi-equipment-12th.yaml';

/** A scenario made of changes. */
export const scenario = (changes: readonly ScenarioChange[], id = 'what_if', name = '假设'): Scenario => ({ id, name, changes });

/** The 100-digit oracle. */
export const O = Decimal.clone({ precision: 100 });

/** Parameters of a one-indicator growth-target plan. */
export interface OnePlan {
  readonly base: string;
  readonly rate: string;
  readonly target: string;
  readonly years: number;
  readonly qualifiers?: readonly Qualifier[];
  readonly kind?: 'value' | 'investment' | 'intensity';
  readonly baseYear?: number;
  readonly baseRole?: Figure['role'];
}

/** A plan with one indicator x growing from base at rate (%) to target in baseYear + years. */
export function onePlan(p: OnePlan): Plan {
  const baseYear = p.baseYear ?? 2015;
  const to = baseYear + p.years;
  const kind = p.kind ?? 'value';
  return {
    id: 'one',
    title: '一个指标',
    issuer: 'test',
    year: baseYear + 1,
    period: { from: baseYear + 1, to, base: baseYear },
    source: { document: 'test' },
    indicators: [{ id: 'x', name: '指标', unit: '亿元', kind }],
    figures: [
      { id: 'x_base', indicator: 'x', type: 'level', year: baseYear, value: p.base, qualifiers: [], role: p.baseRole ?? 'measured', unit: '亿元' },
      { id: 'x_rate', indicator: 'x', type: 'rate', from: baseYear, to, value: p.rate, qualifiers: [], role: 'planned', unit: '%' },
      { id: 'x_target', indicator: 'x', type: 'level', year: to, value: p.target, qualifiers: [...(p.qualifiers ?? [])], role: 'planned', unit: '亿元' },
    ],
    relations: [{ id: 'gt_x', kind: 'growth_target', base: 'x_base', rate: 'x_rate', target: 'x_target' }],
  };
}

/** A plan whose figure `id` has another value. */
export function withFigure(plan: Plan, id: string, change: Partial<Figure>): Plan {
  return { ...plan, figures: plan.figures.map((f) => (f.id === id ? { ...f, ...change } : f)) };
}

const decimalText = (min: number, max: number, decimals: number): fc.Arbitrary<string> =>
  fc.integer({ min: Math.round(min * 10 ** decimals), max: Math.round(max * 10 ** decimals) }).map((n) => (n / 10 ** decimals).toFixed(decimals));

/** Generated one-indicator plans: bases 1–10,000, rates −20%..40%, 1–15 years, a target near the projection. */
export const onePlans = (qualifiers: fc.Arbitrary<readonly Qualifier[]> = fc.constant(['以上'] as const)): fc.Arbitrary<OnePlan> =>
  fc
    .record({
      base: decimalText(1, 10_000, 1),
      rate: decimalText(-20, 40, 1),
      years: fc.integer({ min: 1, max: 15 }),
      spread: fc.double({ min: 0.5, max: 2, noNaN: true }),
      qualifiers,
    })
    .map(({ base, rate, years, spread, qualifiers }) => ({
      base,
      rate,
      years,
      qualifiers,
      target: Math.max(0.1, Number(base) * (1 + Number(rate) / 100) ** years * spread).toFixed(1),
    }));

/** Deep-freezes a value, to prove nothing mutates it. */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The error code a function throws, or undefined. */
export function codeOf(f: () => unknown): string | undefined {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code ?? `not a GrowthError: ${String(e)}`;
  }
}
