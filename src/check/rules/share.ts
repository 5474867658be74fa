/** share: part / total should equal the stated share. */
import type { D } from '../../math/decimal.js';
import type { ShareRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { openSlots, ratioOver, subjectOf, type Rule } from './spec.js';

/**
 * Checks a share: the stated share against part / total (in one unit); the interval is
 * [part_lo / total_hi, part_hi / total_lo]. The free figure is part / total. A total at or below
 * zero, or whose interval reaches zero, makes the share not computable.
 *
 * @example
 * // 228.05 / 818.66 = 27.857% against the stated 27.86%: consistent
 */
export const checkShare: Rule<ShareRelation> = (relation, context) => {
  const o = openSlots({ part: relation.part, total: relation.total, share: relation.share }, context);
  if (o.kind === 'unchecked') return o;
  const { part, total, share } = o.slots;
  const factor = factorTo(part, total);
  const ratio = (p: D, t: D): D => ratioOver(p.times(factor), t, 'total');
  return {
    kind: 'spec',
    stated: share,
    inputs: [part, total],
    implied: ([p, t]) => ratio(p!, t!),
    alternatives: [],
    required: { figure: share.figure.id, what: 'share', value: ratio(part.value, total.value), unit: '%' },
    codes: {
      match: 'share_matches',
      short: 'share_mismatch',
      over: 'share_mismatch',
      params: { part: writtenText(part), total: writtenText(total), partName: part.indicator.name, totalName: total.indicator.name },
    },
    figures: o.figures,
    subject: subjectOf([share, part]),
  };
};
