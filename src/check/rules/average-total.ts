/** average_total: total = n × average over the n years of the average (年均投资560亿元 against the total). */
import type { AverageTotalRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { missCodes, openSlots, ruleSpec, type Rule } from './spec.js';

/**
 * Checks an average over years against its total: the stated average against total / n, n the
 * years `from`..`to` of the average (inclusive). An average of yearly values goes with the total
 * of those years; an average yearly increase with the increase over them. An average and its
 * total state one figure twice: a restatement.
 *
 * @example
 * // 2800亿元 over 2011–2015 against 年均560亿元: consistent
 */
export const checkAverageTotal: Rule<AverageTotalRelation> = (relation, context) => {
  const o = openSlots({ average: relation.average, total: relation.total }, context);
  if (o.kind === 'unchecked') return o;
  const { average, total } = o.slots;
  const { from, to } = average.figure;
  if (from === undefined || to === undefined || to < from) {
    return { kind: 'unchecked', code: 'not_computable', subject: o.subject, figures: o.figures, params: { reason: 'years' } };
  }
  const n = to - from + 1;
  const factor = factorTo(total, average, context.units);
  const of = average.figure.type === 'average_increase' ? 'increase' : 'value';
  return ruleSpec(o, {
    stated: average,
    inputs: [total],
    implied: ([t]) => t!.times(factor).div(n),
    free: { what: 'part', unit: average.unit },
    codes: missCodes('average_matches', 'average_mismatch', { total: writtenText(total), fromYear: from, toYear: to, years: n, of }),
    restatement: true,
  });
};
