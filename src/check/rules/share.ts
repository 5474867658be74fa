/** share: part / total should equal the stated share; the part or the total may be a sum of stated figures. */
import { D } from '../../math/decimal.js';
import type { FigureReading } from '../../plan/index.js';
import type { ShareRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { missCodes, openSlots, ratioOver, ruleSpec, subjectOf, type Rule } from './spec.js';

const list = (ids: string | readonly string[]): readonly string[] => (typeof ids === 'string' ? [ids] : ids);

/** The figures of a slot as written: `a`, or `a + b + c` for a sum. */
const written = (figures: readonly FigureReading[]): string => figures.map((r) => writtenText(r)).join(' + ');

/**
 * Checks a share: the stated share against part / total, the part and the total each a figure or
 * the sum of several (五个开发区 897、422、308、228、313亿元，占全市工业投资的49.4%), all in the total's
 * unit; the interval is [Σpart_lo / Σtotal_hi, Σpart_hi / Σtotal_lo]. The free figure is part /
 * total. A total at or below zero, or whose interval reaches zero, makes the share not computable.
 * A share and its levels state one figure twice: a restatement.
 *
 * @example
 * // 228.05 / 818.66 = 27.857% against the stated 27.86%: consistent
 */
export const checkShare: Rule<ShareRelation> = (relation, context) => {
  const partIds = list(relation.part);
  const totalIds = list(relation.total);
  const slots: Record<string, string> = { share: relation.share };
  partIds.forEach((id, i) => (slots[`part${i}`] = id));
  totalIds.forEach((id, i) => (slots[`total${i}`] = id));
  const o = openSlots(slots, context);
  if (o.kind === 'unchecked') return o;
  const share = o.slots['share']!;
  const parts = partIds.map((_, i) => o.slots[`part${i}`]!);
  const totals = totalIds.map((_, i) => o.slots[`total${i}`]!);
  const unitOf = totals[0]!;
  const partFactors = parts.map((p) => factorTo(p, unitOf, context.units));
  const totalFactors = totals.map((t) => factorTo(t, unitOf, context.units));
  const sum = (values: readonly D[], factors: readonly D[]): D => values.reduce<D>((acc, v, i) => acc.plus(v.times(factors[i]!)), new D(0));
  const implied = (values: readonly D[]): D =>
    ratioOver(sum(values.slice(0, parts.length), partFactors), sum(values.slice(parts.length), totalFactors), 'total');
  return ruleSpec(o, {
    stated: share,
    inputs: [...parts, ...totals],
    implied,
    directions: [...parts.map(() => 1 as const), ...totals.map(() => -1 as const)],
    free: { what: 'share', unit: '%' },
    codes: missCodes('share_matches', 'share_mismatch', {
      part: written(parts),
      total: written(totals),
      partName: subjectOf(parts),
      totalName: subjectOf(totals),
    }),
    figures: [...parts, ...totals, share],
    subject: subjectOf([share, ...parts]),
    restatement: true,
  });
};
