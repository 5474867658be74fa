/** Builds plans for the checker tests as Plan objects, not through the file loader. */
import type { Figure, FigureType, Indicator, IndicatorKind, Plan, Relation } from '../../src/plan/model.js';

type Extra = Partial<Omit<Figure, 'id' | 'indicator' | 'type' | 'value'>>;

/** An indicator. */
export function indicator(id: string, name: string, unit: string, kind: IndicatorKind = 'value', extra: Partial<Indicator> = {}): Indicator {
  return { id, name, unit, kind, ...extra };
}

/** A figure; role defaults to measured, no qualifiers. */
export function figure(id: string, indicator: string, type: FigureType, value: string, extra: Extra = {}): Figure {
  return { id, indicator, type, value, qualifiers: [], role: 'measured', ...extra };
}

export const level = (id: string, ind: string, year: number, value: string, extra: Extra = {}): Figure =>
  figure(id, ind, 'level', value, { year, ...extra });
export const share = (id: string, ind: string, year: number, value: string, extra: Extra = {}): Figure =>
  figure(id, ind, 'share', value, { year, unit: '%', ...extra });
export const rate = (id: string, ind: string, from: number, to: number, value: string, extra: Extra = {}): Figure =>
  figure(id, ind, 'rate', value, { from, to, unit: '%', ...extra });
export const change = (id: string, ind: string, from: number, to: number, value: string, extra: Extra = {}): Figure =>
  figure(id, ind, 'change', value, { from, to, unit: '%', ...extra });
export const points = (id: string, ind: string, from: number, to: number, value: string, extra: Extra = {}): Figure =>
  figure(id, ind, 'points', value, { from, to, unit: '个百分点', ...extra });
export const multiple = (id: string, ind: string, from: number, to: number, value: string, extra: Extra = {}): Figure =>
  figure(id, ind, 'multiple', value, { from, to, unit: '倍', ...extra });
export const total = (id: string, ind: string, from: number, to: number, value: string, extra: Extra = {}): Figure =>
  figure(id, ind, 'total', value, { from, to, ...extra });

/** A plan around some indicators, figures and relations. */
export function makePlan(indicators: readonly Indicator[], figures: readonly Figure[], relations: readonly Relation[], id = 'test-plan'): Plan {
  return {
    id,
    title: '测试规划',
    issuer: '测试',
    year: 2014,
    period: { from: 2013, to: 2020, base: 2012 },
    source: { document: 'test' },
    indicators,
    figures,
    relations,
  };
}

/** Object.freeze, recursively. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/** A one-relation growth-target plan: base level, rate, target level. */
export function growthPlan(o: {
  base: string;
  rate: string;
  target: string;
  from?: number;
  to?: number;
  baseExtra?: Extra;
  rateExtra?: Extra;
  targetExtra?: Extra;
  kind?: IndicatorKind;
  unit?: string;
  prices?: Indicator['prices'];
  caveats?: Relation['caveats'];
}): Plan {
  const from = o.from ?? 2012;
  const to = o.to ?? 2020;
  return makePlan(
    [indicator('x', '新产品销售收入', o.unit ?? '亿元', o.kind ?? 'value', o.prices === undefined ? {} : { prices: o.prices })],
    [
      level('base', 'x', from, o.base, o.baseExtra),
      rate('rate', 'x', from, to, o.rate, { role: 'planned', ...o.rateExtra }),
      level('target', 'x', to, o.target, { role: 'planned', ...o.targetExtra }),
    ],
    [{ id: 'g', kind: 'growth_target', base: 'base', rate: 'rate', target: 'target', ...(o.caveats && { caveats: o.caveats }) }],
  );
}

/** A message parameter of a finding, whatever its code (tests read them loosely). */
export function param(f: { readonly params: object }, key: string): unknown {
  return (f.params as Record<string, unknown>)[key];
}
