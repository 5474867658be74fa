/** sum: the parts should add up to the total (or to 100% for shares). */
import { D } from '../../math/decimal.js';
import type { SumRelation } from '../../plan/model.js';
import { readFigure, type FigureReading } from '../../plan/index.js';
import { writtenText } from '../format.js';
import { factorTo } from './scale.js';
import { resolveSlots, subjectOf, type Rule, type RuleContext } from './spec.js';

/** The implicit whole of shares that add up to "100%": exact. */
function whole(part: FigureReading, context: RuleContext): FigureReading {
  const figure = { id: '100%', indicator: part.indicator.id, type: 'share', value: '100', unit: '%', qualifiers: [], role: 'planned' } as const;
  return readFigure(figure, part.indicator, context.options);
}

/**
 * Checks a sum: the total against Σ parts (each converted to the total's unit); the interval is
 * [Σ lo, Σ hi]. The free figure is Σ parts.
 *
 * @example
 * // 3亿 + 2亿 + 5亿 against 10亿: consistent
 */
export const checkSum: Rule<SumRelation> = (relation, context) => {
  const slots = resolveSlots(Object.fromEntries(relation.parts.map((id, i) => [`part${i}`, id])), context);
  if (!slots.ok) return slots.result;
  const parts = relation.parts.map((_, i) => slots.figures[`part${i}`]!);
  let total: FigureReading;
  if (relation.total === '100%') {
    if (parts[0] === undefined) return { kind: 'unchecked', code: 'missing_figure', subject: '', figures: [], params: { missing: 'parts' } };
    total = whole(parts[0], context);
  } else {
    const t = context.figure(relation.total);
    if (t === undefined) {
      return { kind: 'unchecked', code: 'missing_figure', subject: subjectOf(parts), figures: parts, params: { missing: `total: ${relation.total}` } };
    }
    total = t;
  }
  if (parts.length === 0) {
    return { kind: 'unchecked', code: 'missing_figure', subject: subjectOf([total]), figures: [total], params: { missing: 'parts' } };
  }
  const factors = parts.map((p) => factorTo(p, total));
  const figures = [...parts, total];
  return {
    kind: 'spec',
    stated: total,
    inputs: parts,
    implied: (values) => values.reduce<D>((acc, v, i) => acc.plus(v.times(factors[i]!)), new D(0)),
    additive: true,
    alternatives: [],
    required: {
      figure: total.figure.id,
      what: 'total',
      value: parts.reduce<D>((acc, p, i) => acc.plus(p.value.times(factors[i]!)), new D(0)),
      unit: total.unit,
    },
    codes: { match: 'sum_matches', short: 'sum_mismatch', over: 'sum_mismatch' },
    figures,
    subject: subjectOf([total]),
    params: { parts: parts.map((r) => writtenText(r)).join(' + '), count: parts.length },
  };
};
