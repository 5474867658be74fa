/** sum: the parts should add up to the total (or to 100% for shares). */
import { D } from '../../math/decimal.js';
import { readFigure, type FigureReading } from '../../plan/index.js';
import type { SumRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { missCodes, openSlots, ruleSpec, subjectOf, type Rule, type RuleContext } from './spec.js';

/** The implicit whole of shares that add up to "100%": exact. */
function whole(part: FigureReading, context: RuleContext): FigureReading {
  const figure = { id: '100%', indicator: part.indicator.id, type: 'share', value: '100', unit: '%', qualifiers: [], role: 'planned' } as const;
  return readFigure(figure, part.indicator);
}

/**
 * Checks a sum: the total against Σ parts (each converted to the total's unit); the interval is
 * [Σ lo, Σ hi]. The free figure is Σ parts.
 *
 * @example
 * // 3亿 + 2亿 + 5亿 against 10亿: consistent
 */
export const checkSum: Rule<SumRelation> = (relation, context) => {
  const isWhole = relation.total === '100%';
  const slots: Record<string, string> = Object.fromEntries(relation.parts.map((id, i) => [`part${i}`, id]));
  if (!isWhole) slots['total'] = relation.total;
  const o = openSlots(slots, context);
  if (o.kind === 'unchecked') return o;
  const parts = relation.parts.map((_, i) => o.slots[`part${i}`]!);
  const first = parts[0];
  if (first === undefined) return { kind: 'unchecked', code: 'missing_figure', subject: o.subject, figures: o.figures, params: { missing: 'parts' } };
  const total = isWhole ? whole(first, context) : o.slots['total']!;
  const factors = parts.map((p) => factorTo(p, total, context.units));
  const sum = (values: readonly D[]): D => values.reduce<D>((acc, v, i) => acc.plus(v.times(factors[i]!)), new D(0));
  return ruleSpec(o, {
    stated: total,
    inputs: parts,
    implied: sum,
    directions: parts.map(() => 1),
    // The whole of shares is 100% by definition: the fix is never to change it.
    free: isWhole ? undefined : { what: 'total', unit: total.unit },
    codes: missCodes('sum_matches', 'sum_mismatch', { parts: parts.map((r) => writtenText(r)).join(' + '), count: parts.length }),
    figures: [...parts, total],
    // Titled with the total's indicator; shares of the whole with their own (each once).
    subject: isWhole ? [...new Set(parts.map((p) => p.indicator.name))].join('、') : subjectOf([total]),
    restatement: isWhole,
  });
};
