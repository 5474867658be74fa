/** average_total: total = n × average over the n years of the average (年均投资560亿元 against the total). */
import type { D } from '../../math/decimal.js';
import type { AverageTotalRelation } from '../../plan/model.js';
import { writtenText } from '../present.js';
import { factorTo } from './scale.js';
import { openSlots, type Rule } from './spec.js';

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
  const implied = ([t]: readonly D[]): D => t!.times(factor).div(n);
  return {
    kind: 'spec',
    stated: average,
    inputs: [total],
    implied,
    alternatives: [],
    required: { figure: average.figure.id, what: 'part', value: implied([total.value]), unit: average.unit },
    codes: {
      match: 'average_matches',
      short: 'average_mismatch',
      over: 'average_mismatch',
      params: { total: writtenText(total), fromYear: from, toYear: to, years: n, of: average.figure.type === 'average_increase' ? 'increase' : 'value' },
    },
    figures: o.figures,
    subject: o.subject,
    restatement: true,
  };
};
