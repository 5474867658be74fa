import { describe, expect, it } from 'vitest';
import { checkPlan, renderFinding } from '../../src/check/index.js';
import type { CheckOptions, Finding } from '../../src/check/types.js';
import type { Figure, Plan, Relation } from '../../src/plan/model.js';
import { change, figure, growthPlan, indicator, level, makePlan, multiple, points, rate, share, total, param } from './helpers.js';

const only = (plan: Plan, options?: CheckOptions): Finding => {
  const f = checkPlan(plan, options).findings[0];
  if (f === undefined) throw new Error('no finding');
  return f;
};
const planned = { role: 'planned' } as const;

describe('growth_target', () => {
  // 100.0 at 10% for 2 years: 121, with base rounding [120.9395, 121.0605].
  const g = (target: string, extra: Partial<Figure> = {}, base = '100.0') =>
    only(growthPlan({ base, rate: '10', target, from: 2010, to: 2012, targetExtra: extra }));

  it('is consistent at the point values', () => {
    const f = g('121');
    expect([f.verdict, f.code, f.severity]).toEqual(['consistent', 'target_reached', 'ok']);
    expect(f.implied?.value.toString()).toBe('121');
  });

  it('holds within rounding just inside the base interval, misses just outside', () => {
    expect(g('121.06').verdict).toBe('consistent_within_rounding');
    // Just outside: only a truncated base [100.0, 100.1) reaches it.
    const truncated = g('121.07');
    expect([truncated.verdict, truncated.readings]).toEqual(['consistent_other_reading', ['truncation']]);
    // Beyond lenient rounding too (base [99.9, 100.1] gives at most 121.121).
    const out = g('121.13');
    expect([out.verdict, out.code, out.decision]).toEqual(['near_miss', 'target_short', 'target_not_reached']);
  });

  it('rounds a computed (预计) target to its decimals', () => {
    expect(g('121.0', { role: 'computed', qualifiers: ['预计'] }).verdict).toBe('consistent');
    expect(g('121.1', { role: 'computed', qualifiers: ['预计'] }).verdict).toBe('consistent_within_rounding');
    expect(g('121.3', { role: 'computed', qualifiers: ['预计'] }).verdict).toBe('near_miss');
  });

  it('reads ≥ and > as the claim direction; > excludes the bound', () => {
    expect(g('121', { qualifiers: ['以上'] }).verdict).toBe('consistent');
    expect(g('120', { qualifiers: ['超过'] }).verdict).toBe('consistent');
    const floor = g('122', { qualifiers: ['以上'] });
    expect([floor.verdict, floor.code, floor.decision, floor.severity]).toEqual(['near_miss', 'target_short', 'floor_not_met', 'warning']);
    // 121 is not > 121, but a base of up to 100.05 gives 121.06.
    expect(g('121', { qualifiers: ['超过'] }).verdict).toBe('consistent_within_rounding');
    // An exact base (a count) leaves nothing to round: 121 > 121 fails.
    const exact = only(growthPlan({ base: '100', rate: '10', target: '121', from: 2010, to: 2012, unit: '户', kind: 'count', targetExtra: { qualifiers: ['超过'] } }));
    expect([exact.verdict, exact.decision]).toEqual(['near_miss', 'floor_not_met']);
  });

  it('reads ≤ and < as ceilings', () => {
    expect(g('121', { qualifiers: ['以下'] }).verdict).toBe('consistent');
    const over = g('120', { qualifiers: ['不超过'] });
    expect([over.verdict, over.code, over.decision]).toEqual(['near_miss', 'target_exceeded', 'ceiling_exceeded']);
    expect(g('121', { qualifiers: ['低于'] }).verdict).toBe('consistent_within_rounding');
    expect(g('110', { qualifiers: ['低于'] }).verdict).toBe('inconsistent');
  });

  it('meets 左右 within ±approxBand and ranges anywhere inside', () => {
    expect(g('125', { qualifiers: ['左右'] }).verdict).toBe('consistent');
    expect(g('130', { qualifiers: ['左右'] }).verdict).toBe('inconsistent');
    expect(g('130', { qualifiers: ['左右'] }, '100.0').verdict).toBe('inconsistent');
    expect(only(growthPlan({ base: '100.0', rate: '10', target: '130', from: 2010, to: 2012, targetExtra: { qualifiers: ['约'] } }), { approxBand: 0.1 }).verdict).toBe('consistent');
    expect(g('118', { high: '122' }).verdict).toBe('consistent');
    const range = g('115', { high: '120' });
    expect(range.verdict).toBe('near_miss');
    expect(range.gap?.absolute.toString()).toBe('1'); // from the nearer end, 120
  });

  it('reports a stretch target (力争) that is not reached', () => {
    const f = g('122', { qualifiers: ['力争', '以上'] });
    expect([f.verdict, f.decision]).toEqual(['near_miss', 'stretch_target_not_reached']);
  });

  it('uses an input qualifier only in the direction it opens', () => {
    const withRate = (q: Figure['qualifiers'], target: string, targetQ: Figure['qualifiers']) =>
      only(growthPlan({ base: '100.0', rate: '10', target, from: 2010, to: 2012, rateExtra: { qualifiers: q }, targetExtra: { qualifiers: targetQ } }));
    const up = withRate(['以上'], '125', ['以上']);
    expect([up.verdict, up.qualifiersUsed]).toEqual(['consistent_via_qualifier', ['以上']]);
    // A floor on the rate cannot help reach a lower ceiling.
    expect(withRate(['以上'], '115', ['以下']).verdict).toBe('inconsistent');
    const down = withRate(['以内'], '115', ['以下']);
    expect([down.verdict, down.qualifiersUsed]).toEqual(['consistent_via_qualifier', ['以内']]);
  });

  it('opens 余 up to its next step and 近 down by one, no further', () => {
    const counts = (base: string, baseQ: Figure['qualifiers'], target: string, targetQ: Figure['qualifiers']) =>
      only(growthPlan({ base, rate: '10', target, from: 2010, to: 2012, unit: '户', kind: 'count', baseExtra: { qualifiers: baseQ }, targetExtra: { qualifiers: targetQ } }));
    const more = counts('600', ['余'], '800', ['超过']);
    expect([more.verdict, more.qualifiersUsed]).toEqual(['consistent_via_qualifier', ['余']]);
    // 700 × 1.21 = 847: 900 is out of reach even at the top of 600余.
    expect(counts('600', ['余'], '900', ['超过']).verdict).toBe('inconsistent');
    const less = counts('1000', ['近'], '1100', ['以下']);
    expect([less.verdict, less.qualifiersUsed]).toEqual(['consistent_via_qualifier', ['近']]);
  });

  it('for investment, a miss under 水平法 is not checkable: 累计法 needs the yearly values (DOMAIN.md section 5)', () => {
    const f = only(growthPlan({ base: '100.0', rate: '10', target: '231', from: 2010, to: 2012, kind: 'investment' }));
    expect([f.verdict, f.code, f.otherwise]).toEqual(['not_checkable', 'cumulative_method', 'inconsistent']);
    expect(renderFinding(f)).toContain('累计法');
    expect(only(growthPlan({ base: '100.0', rate: '10', target: '121', from: 2010, to: 2012, kind: 'investment' })).verdict).toBe('consistent');
    expect(only(growthPlan({ base: '100.0', rate: '10', target: '231', from: 2010, to: 2012 })).verdict).toBe('inconsistent');
  });

  it('gives the required rate as the free figure', () => {
    const f = g('144');
    expect(f.required?.what).toBe('rate');
    expect(f.required?.value.toFixed(10)).toBe('0.2000000000');
  });

  it('is indeterminate when the point gap and the nearest-end gap disagree', () => {
    // 100 (±0.5) × 1.1 = 110 [109.45, 110.55] against 111.6: 1.43% by points, 0.94% at the nearest end.
    const f = only(growthPlan({ base: '100', rate: '10', target: '111.6', from: 2010, to: 2011 }));
    expect([f.verdict, f.severity]).toEqual(['indeterminate', 'warning']);
  });
});

describe('historical_cagr', () => {
  const cagrPlan = (start: string, end: string, r: string, kind: 'value' | 'investment' = 'value') =>
    makePlan(
      [indicator('p', '利润总额', '亿元', kind)],
      [level('s', 'p', 2005, start), level('e', 'p', 2010, end), rate('r', 'p', 2005, 2010, r)],
      [{ id: 'c', kind: 'historical_cagr', start: 's', end: 'e', rate: 'r' }],
    );

  it('8.4 → 30.9 over 2005–2010 is 29.76%, which rounds to 29.8%', () => {
    const f = only(cagrPlan('8.4', '30.9', '29.8'));
    expect([f.verdict, f.code]).toEqual(['consistent', 'rate_matches']);
    expect(f.implied?.value.toFixed(4)).toBe('0.2976');
  });

  it('holds within rounding just inside, misses far outside', () => {
    expect(only(cagrPlan('8.4', '30.9', '29.7')).verdict).toBe('consistent_within_rounding');
    const f = only(cagrPlan('8.4', '30.9', '31.0'));
    expect([f.verdict, f.code, f.severity]).toEqual(['inconsistent', 'rate_mismatch', 'error']);
  });

  it('reads truncated figures as another reading', () => {
    // 100.00 → 164.60 is 10.48% a year, printed truncated as 10.4: outside [10.35, 10.45], inside [10.4, 10.5).
    const f = only(cagrPlan('100.00', '164.60', '10.4'));
    expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['truncation']]);
    // The truncated reading's interval: inputs [100.00, 100.01) and [164.60, 164.61).
    expect(f.implied?.interval.hi.toFixed(6)).toBe('0.104819');
  });
});

describe('sum', () => {
  const sumPlan = (parts: readonly [string, string?][], totalValue: string, totalExtra: Partial<Figure> = {}, unit = '亿元') =>
    makePlan(
      [indicator('a', '专项资金', unit)],
      [
        ...parts.map(([v, u], i) => level(`p${i}`, 'a', 2012, v, u === undefined ? {} : { unit: u })),
        level('t', 'a', 2012, totalValue, totalExtra),
      ],
      [{ id: 's', kind: 'sum', parts: parts.map((_, i) => `p${i}`), total: 't' }],
    );

  it('adds planned parts exactly', () => {
    const p = makePlan(
      [indicator('a', '专项资金', '亿元')],
      [level('a1', 'a', 2012, '3', planned), level('a2', 'a', 2012, '2', planned), level('a3', 'a', 2012, '5', planned), level('t', 'a', 2012, '10', planned)],
      [{ id: 's', kind: 'sum', parts: ['a1', 'a2', 'a3'], total: 't' }],
    );
    expect(only(p).verdict).toBe('consistent');
  });

  it('holds within the rounding of the parts and the total', () => {
    expect(only(sumPlan([['1.1'], ['2.2']], '3.3')).verdict).toBe('consistent');
    expect(only(sumPlan([['1.1'], ['2.2']], '3.4')).verdict).toBe('consistent_within_rounding');
    expect(only(sumPlan([['1.1'], ['2.2']], '3.5')).readings).toEqual(['truncation']);
    const f = only(sumPlan([['1.1'], ['2.2']], '3.7'));
    expect([f.verdict, f.code]).toEqual(['inconsistent', 'sum_mismatch']);
    expect(f.required?.value.toString()).toBe('3.3');
  });

  it('converts parts in 万元 to a total in 亿元', () => {
    expect(only(sumPlan([['5000', '万元'], ['0.5']], '1')).verdict).toBe('consistent');
  });

  it('adds shares to an exact 100%', () => {
    const p = (a: string, b: string): Plan =>
      makePlan([indicator('s', '占比', '%', 'share')], [share('a', 's', 2015, a), share('b', 's', 2015, b)], [{ id: 's', kind: 'sum', parts: ['a', 'b'], total: '100%' }]);
    expect(only(p('40.5', '59.5')).verdict).toBe('consistent');
    expect(only(p('40.5', '59.4')).verdict).toBe('consistent_within_rounding');
    expect(only(p('40.5', '58.5')).verdict).toBe('near_miss');
  });

  it('reads a total off by one unit as lenient rounding only when lenient is switched on (DOMAIN.md section 3)', () => {
    const p = makePlan(
      [indicator('v', '增加值', '亿元', 'value', { prices: 'current' })],
      [level('a', 'v', 2015, '850', planned), level('b', 'v', 2015, '913', planned), level('t', 'v', 2015, '1764', { role: 'computed', qualifiers: ['测算'] })],
      [{ id: 's', kind: 'sum', parts: ['a', 'b'], total: 't' }],
    );
    const f = only(p);
    expect([f.verdict, f.readings]).toEqual(['near_miss', []]);
    const lenient = only(p, { lenient: true });
    expect([lenient.verdict, lenient.readings]).toEqual(['consistent_other_reading', ['lenient_rounding']]);
  });
});

describe('share', () => {
  const sharePlan = (part: string, whole: string, s: string, caveats?: Relation['caveats']) =>
    makePlan(
      [indicator('inv', '工业投资', '亿元', 'investment'), indicator('fai', '固定资产投资', '亿元', 'investment'), indicator('sh', '工业投资占比', '%', 'share')],
      [level('part', 'inv', 2010, part), level('whole', 'fai', 2010, whole), share('s', 'sh', 2010, s)],
      [{ id: 'sh', kind: 'share', part: 'part', total: 'whole', share: 's', ...(caveats && { caveats }) }],
    );

  it('Taiyuan: 228.05 / 818.66 = 27.86%', () => {
    const f = only(sharePlan('228.05', '818.66', '27.86'));
    expect([f.verdict, f.code]).toEqual(['consistent', 'share_matches']);
    expect(f.implied?.value.toFixed(6)).toBe('0.278565');
  });

  it('names truncation when only [x, x + unit) fits (51.049 printed as 51.04)', () => {
    const f = only(sharePlan('1018.16', '1994.47', '51.04'));
    expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['truncation']]);
  });

  it('turns a miss into not_checkable under a declared other_total caveat', () => {
    const f = only(sharePlan('242.62', '577.65', '40.6', ['other_total']));
    expect([f.verdict, f.code, f.severity, f.caveats]).toEqual(['not_checkable', 'other_total', 'info', ['other_total']]);
    expect(f.otherwise).toBe('inconsistent');
    const ok = only(sharePlan('228.05', '818.66', '27.86', ['other_total']));
    expect([ok.verdict, ok.caveats]).toEqual(['consistent', ['other_total']]);
  });
});

describe('points_change', () => {
  const pointsPlan = (a: string, b: string, c: string) =>
    makePlan(
      [indicator('s', '占GDP比重', '%', 'share')],
      [share('a', 's', 2010, a), share('b', 's', 2015, b), points('c', 's', 2010, 2015, c)],
      [{ id: 'pc', kind: 'points_change', start: 'a', end: 'b', change: 'c' }],
    );

  it('41.6% → 53.2% is 11.6 points', () => {
    const f = only(pointsPlan('41.6', '53.2', '11.6'));
    expect([f.verdict, f.code]).toEqual(['consistent', 'points_match']);
    expect(f.implied?.value.toString()).toBe('11.6');
  });

  it('holds within rounding at the interval ends [b_lo − a_hi, b_hi − a_lo]', () => {
    expect(only(pointsPlan('41.6', '53.2', '11.7')).verdict).toBe('consistent_within_rounding');
    expect(only(pointsPlan('41.6', '53.2', '12.1')).verdict).toBe('inconsistent');
  });

  it('reads a stated change as percent when only that fits', () => {
    const f = only(pointsPlan('41.6', '53.2', '27.9'));
    expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['percent_not_points']]);
  });
});

describe('cumulative_change', () => {
  const changePlan = (a: string, b: string, c: string, cExtra: Partial<Figure> = {}, unit = '吨标准煤/万元') =>
    makePlan(
      [indicator('e', '单位GDP能耗', unit, unit === '%' ? 'share' : 'intensity')],
      [
        unit === '%' ? share('a', 'e', 2010, a) : level('a', 'e', 2010, a),
        unit === '%' ? share('b', 'e', 2015, b) : level('b', 'e', 2015, b),
        change('c', 'e', 2010, 2015, c, cExtra),
      ],
      [{ id: 'cc', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' }],
    );

  it('checks end / start − 1', () => {
    expect(only(changePlan('100', '80', '-20')).verdict).toBe('consistent');
    expect(only(changePlan('1.78', '1.44', '-19.26')).verdict).toBe('consistent_within_rounding');
    expect(only(changePlan('1.78', '1.44', '-25')).verdict).toBe('inconsistent');
  });

  it('reads 下降18%以上 as a floor on the decline', () => {
    expect(only(changePlan('100', '80', '-18', { role: 'planned', qualifiers: ['以上'] })).verdict).toBe('consistent');
    const f = only(changePlan('100', '85', '-18', { role: 'planned', qualifiers: ['以上'] }));
    expect([f.verdict, f.decision]).toEqual(['inconsistent', 'floor_not_met']);
  });

  it('reads a change of shares as points when only that fits', () => {
    const f = only(changePlan('41.6', '53.2', '11.6', {}, '%'));
    expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['points_not_percent']]);
  });
});

describe('annual_vs_cumulative', () => {
  const avc = (r: string, c: string, rExtra: Partial<Figure> = {}) =>
    makePlan(
      [indicator('e', '单位GDP能耗', '吨标准煤/万元', 'intensity')],
      [rate('r', 'e', 2015, 2020, r, rExtra), change('c', 'e', 2015, 2020, c, planned)],
      [{ id: 'ac', kind: 'annual_vs_cumulative', rate: 'r', change: 'c' }],
    );

  it('a 16% five-year cut is 3.43% a year: declines compound', () => {
    const f = only(avc('-3.43', '-16'));
    expect(f.verdict).toBe('consistent_within_rounding');
    expect(f.required?.value.toFixed(4)).toBe('-0.0343');
  });

  it('a linear split (3.2% × 5) misses, measured in level terms: 0.850 against 0.840 (DOMAIN.md section 4)', () => {
    const f = only(avc('-3.2', '-16'));
    expect(f.verdict).not.toMatch(/^consistent/);
    expect(f.gap?.relative.toFixed(4)).toBe('0.0118');
    // 3.2% × 5 against a stated 25% cut is far off in any terms.
    expect(only(avc('-3.2', '-25')).verdict).toBe('inconsistent');
  });

  it('a restated annual rate is read as rounded: 年均下降2.9% and 累计下降13.5% (DOMAIN.md section 3)', () => {
    const f = only(avc('-2.9', '-13.5', planned));
    expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['restated_rounded']]);
  });
});

describe('multiple', () => {
  const mult = (a: string, b: string, m: string) =>
    makePlan(
      [indicator('t', '利税总额', '亿元')],
      [level('a', 't', 2010, a, planned), level('b', 't', 2015, b, planned), multiple('m', 't', 2010, 2015, m, planned)],
      [{ id: 'mu', kind: 'multiple', start: 'a', end: 'b', multiple: 'm' }],
    );

  const doubling = (a: string, b: string, m: string) =>
    makePlan(
      [indicator('t', '利税总额', '亿元')],
      [level('a', 't', 2010, a), level('b', 't', 2015, b, planned), multiple('m', 't', 2010, 2015, m, { ...planned, doubling: true })],
      [{ id: 'mu', kind: 'multiple', start: 'a', end: 'b', multiple: 'm' }],
    );

  it('翻一番 is a floor at 2, 翻两番 at 4 (DOMAIN.md section 3)', () => {
    expect(only(doubling('100', '200', '2')).verdict).toBe('consistent');
    expect(only(doubling('100', '400', '4')).verdict).toBe('consistent');
    expect(only(doubling('162.11', '330', '2')).verdict).toBe('consistent');
    const f = only(doubling('100', '190', '2'));
    expect([f.verdict, f.code, f.direction]).toEqual(['inconsistent', 'multiple_mismatch', 'short']);
    expect(f.required?.value.toString()).toBe('1.9');
  });

  it('a numeric multiple follows its role: planned, exact; restated with its levels, rounded', () => {
    expect(only(mult('100', '150', '1.5')).verdict).toBe('consistent');
    const f = only(mult('100', '160', '1.5'));
    expect([f.verdict, f.code]).toEqual(['inconsistent', 'multiple_mismatch']);
    expect(f.required?.value.toString()).toBe('1.6');
    expect(only(mult('100', '154', '1.5'))).toMatchObject({ verdict: 'consistent_other_reading', readings: ['restated_rounded'] });
  });
});

describe('cumulative_total', () => {
  const ct = (base: string, t: string, r?: string, rExtra: Partial<Figure> = {}) =>
    makePlan(
      [indicator('i', '工业投资', '亿元', 'investment')],
      [
        level('b', 'i', 2010, base),
        total('t', 'i', 2011, 2015, t, planned),
        ...(r === undefined ? [] : [rate('r', 'i', 2010, 2015, r, { role: 'planned', ...rExtra })]),
      ],
      [{ id: 'ct', kind: 'cumulative_total', base: 'b', total: 't', ...(r !== undefined && { rate: 'r' }) }],
    );

  it('Taiyuan: 2800 over 2011–2015 from 228.05 needs 31.61% a year, not 35%以上', () => {
    const f = only(ct('228.05', '2800', '35', { qualifiers: ['以上'] }));
    expect([f.verdict, f.code, f.decision]).toEqual(['inconsistent', 'cumulative_rate_mismatch', 'floor_not_met']);
    expect(f.stated?.figure).toBe('r');
    expect(f.implied?.value.toFixed(4)).toBe('0.3161');
    expect(f.required?.value.toFixed(4)).toBe('0.3161');
    expect(param(f, 'totalAtRate')).toBe('3064.6亿元');
  });

  it('holds when the total is the 累计法 sum at the rate', () => {
    // 100 × (1.1 + 1.21 + 1.331 + 1.4641 + 1.61051) = 671.561
    expect(only(ct('100', '671.561', '10')).verdict).toBe('consistent');
    expect(only(ct('100.0', '671.5', '10')).verdict).toBe('consistent_within_rounding');
    expect(only(ct('100.0', '672', '10')).readings).toEqual(['truncation']);
  });

  it('is not checkable without a rate', () => {
    const f = only(ct('228.05', '2800'));
    expect([f.verdict, f.code, f.stated?.figure]).toEqual(['not_checkable', 'cumulative_total_without_rate', 't']);
  });
});

describe('definitional differences', () => {
  it('a value-added growth target is not checkable at mixed prices, but says how it would fare', () => {
    const f = only(growthPlan({ base: '100.0', rate: '10', target: '121', from: 2010, to: 2012, kind: 'value_added' }));
    expect([f.verdict, f.code, f.caveats, f.readings]).toEqual(['not_checkable', 'comparable_prices', ['comparable_prices'], ['current_prices']]);
    expect(f.atCurrentPrices).toBe('consistent');
    expect(f.implied?.value.toString()).toBe('121');
    const miss = only(growthPlan({ base: '100.0', rate: '10', target: '140', from: 2010, to: 2012, kind: 'value_added' }));
    expect([miss.verdict, miss.readings, miss.atCurrentPrices]).toEqual(['not_checkable', [], 'inconsistent']);
  });

  it('is checked normally when the plan says 现价', () => {
    const f = only(growthPlan({ base: '100.0', rate: '10', target: '121', from: 2010, to: 2012, kind: 'value_added', prices: 'current' }));
    expect(f.verdict).toBe('consistent');
  });

  it.each(['comparable_scope', 'revised_base'] as const)('a declared %s softens a miss', (caveat) => {
    const f = only(growthPlan({ base: '100.0', rate: '10', target: '140', from: 2010, to: 2012, caveats: [caveat] }));
    expect([f.verdict, f.code]).toEqual(['not_checkable', caveat]);
  });
});

describe('unresolvable relations', () => {
  it('a missing figure gives not_checkable', () => {
    const p = makePlan([indicator('x', 'x', '亿元')], [level('a', 'x', 2010, '1')], [{ id: 'g', kind: 'growth_target', base: 'a', rate: 'nope', target: 'none' }]);
    const f = only(p);
    expect([f.verdict, f.code, f.severity]).toEqual(['not_checkable', 'missing_figure', 'info']);
  });

  it('a formula that cannot be evaluated gives not_computable', () => {
    const f = only(growthPlan({ base: '0', rate: '10', target: '100', from: 2010, to: 2012 }));
    expect([f.verdict, f.code]).toEqual(['not_checkable', 'not_computable']);
  });

  it('a figure of another kind than its slot needs is checked as far as it goes', () => {
    const p = makePlan([indicator('x', 'x', '亿元')], [figure('a', 'x', 'level', '1', { year: 2010 })], []);
    expect(checkPlan(p).findings).toEqual([]);
  });
});

describe('audit fixes', () => {
  describe('a measured numeric multiple is rounded to its written decimals; a doubling phrase is a floor', () => {
    const historic = (a: string, b: string, m: string, mExtra: Partial<Figure> = {}) =>
      makePlan(
        [indicator('t', '利税总额', '亿元')],
        [level('a', 't', 2005, a), level('b', 't', 2010, b), multiple('m', 't', 2005, 2010, m, mExtra)],
        [{ id: 'mu', kind: 'multiple', start: 'a', end: 'b', multiple: 'm' }],
      );

    it('a historical numeric multiple "2" stands for [1.5, 2.5]; a historical 翻一番 is at least 2', () => {
      const f = only(historic('100.0', '240.0', '2'));
      // A measured figure is met by any value that rounds to it: 2.4 is written "2".
      expect(f.verdict).toBe('consistent');
      expect([f.stated?.interval.lo.toString(), f.stated?.interval.hi.toString()]).toEqual(['1.5', '2.5']);
      expect(only(historic('100.0', '450.0', '3')).verdict).toBe('inconsistent');
      expect(only(historic('100.0', '240.0', '2', { doubling: true })).verdict).toBe('consistent');
      expect(only(historic('100.0', '190.0', '2', { doubling: true })).verdict).toBe('inconsistent');
      expect(only(historic('100.0', '199.95', '2', { doubling: true })).verdict).toBe('consistent_within_rounding');
    });

    it('an explicit precision still applies', () => {
      const f = only(historic('100.0', '240.0', '2', { precision: { halfWidth: '0.05' } }));
      expect([f.verdict, f.stated?.interval.hi.toString()]).toEqual(['inconsistent', '2.05']);
    });
  });

  describe('an alternative reading carries its own numbers', () => {
    it('points read as percent: 41.6% → 48.0% is 15.38%, not 6.4 points', () => {
      const p = makePlan(
        [indicator('s', '占GDP比重', '%', 'share')],
        [share('a', 's', 2010, '41.6'), share('b', 's', 2015, '48.0'), points('c', 's', 2010, 2015, '15.4')],
        [{ id: 'pc', kind: 'points_change', start: 'a', end: 'b', change: 'c' }],
      );
      const f = only(p);
      expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['percent_not_points']]);
      expect(f.implied?.value.toFixed(6)).toBe('0.153846');
      expect(f.implied?.unit).toBe('%');
      expect(f.implied!.interval.lo.lte(f.implied!.value) && f.implied!.interval.hi.gte(f.implied!.value)).toBe(true);
      expect(f.gap?.absolute.toFixed(6)).toBe('-0.000154');
      expect(f.required?.value.toFixed(6)).toBe('0.153846');
      expect([param(f, 'implied'), param(f, 'defaultImplied'), f.reading]).toEqual(['15.38%', '6.40个百分点', 'percent_not_points']);
      expect(renderFinding(f)).toContain('15.38% (read as percent)');
      expect(renderFinding(f, 'zh')).toContain('按百分比计');
    });

    it('a cumulative change of shares read as points', () => {
      const p = makePlan(
        [indicator('s', '占GDP比重', '%', 'share')],
        [share('a', 's', 2010, '41.6'), share('b', 's', 2015, '48.0'), change('c', 's', 2010, 2015, '6.4')],
        [{ id: 'cc', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' }],
      );
      const f = only(p);
      expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['points_not_percent']]);
      expect([f.implied?.value.toFixed(6), f.implied?.unit, param(f, 'implied')]).toEqual(['6.400000', '个百分点', '6.40个百分点']);
      expect(f.gap?.absolute.isZero()).toBe(true);
      expect(param(f, 'defaultImplied')).toBe('15.38%');
    });

    it('historical_cagr on investment between two levels is not checkable when 水平法 misses', () => {
      const p = makePlan(
        [indicator('i', '固定资产投资', '亿元', 'investment')],
        [level('s', 'i', 2010, '100.0'), level('e', 'i', 2015, '671.6'), rate('r', 'i', 2010, 2015, '10.0')],
        [{ id: 'c', kind: 'historical_cagr', start: 's', end: 'e', rate: 'r' }],
      );
      const f = only(p);
      expect([f.verdict, f.code, f.otherwise]).toEqual(['not_checkable', 'cumulative_method', 'inconsistent']);
      expect(param(f, 'implied')).toBe('46.36%');
      expect(renderFinding(f, 'zh')).toContain('累计法');
    });
  });

  describe('a stretch target', () => {
    const g = (target: string, qualifiers: Figure['qualifiers']) =>
      only(growthPlan({ base: '100.0', rate: '10', target, from: 2010, to: 2012, targetExtra: { qualifiers } }));

    it('that is overshot is target_exceeded with no stretch decision', () => {
      const f = g('120', ['力争']);
      expect([f.verdict, f.code, f.decision]).toEqual(['near_miss', 'target_exceeded', undefined]);
    });

    it('that is not reached keeps the stretch decision', () => {
      const f = g('122', ['力争']);
      expect([f.verdict, f.code, f.decision]).toEqual(['near_miss', 'target_short', 'stretch_target_not_reached']);
      expect(g('122', ['努力', '以上']).decision).toBe('stretch_target_not_reached');
    });

    it('a stretch decline not reached keeps the stretch decision', () => {
      const p = makePlan(
        [indicator('e', '单位GDP能耗', '吨标准煤/万元', 'intensity')],
        [level('a', 'e', 2010, '100'), level('b', 'e', 2015, '85'), change('c', 'e', 2010, 2015, '-18', { role: 'planned', qualifiers: ['力争'] })],
        [{ id: 'cc', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' }],
      );
      expect(only(p).decision).toBe('stretch_target_not_reached');
    });
  });

  describe('an exclusive bound hit exactly', () => {
    const counts = (target: string, qualifiers: Figure['qualifiers']) =>
      only(growthPlan({ base: '100', rate: '10', target, from: 2010, to: 2012, unit: '户', kind: 'count', targetExtra: { qualifiers } }));

    it('超过 at equality is short of the floor', () => {
      const f = counts('121', ['超过']);
      expect([f.verdict, f.code, f.decision, f.direction, f.bound]).toEqual(['near_miss', 'target_short', 'floor_not_met', 'short', 'floor']);
      expect(renderFinding(f)).not.toContain('above the stated');
    });

    it('低于 / 不满 at equality is over the ceiling', () => {
      for (const q of ['低于', '不满'] as const) {
        const f = counts('121', [q]);
        expect([f.verdict, f.code, f.decision, f.direction, f.bound]).toEqual(['near_miss', 'target_exceeded', 'ceiling_exceeded', 'over', 'ceiling']);
      }
    });
  });

  describe('comparable prices beyond growth targets', () => {
    const va = (prices?: 'current') => indicator('v', '工业增加值', '亿元', 'value_added', prices === undefined ? {} : { prices });

    it('a multiple of value-added levels', () => {
      const p = (prices?: 'current') =>
        makePlan(
          [va(prices)],
          [level('a', 'v', 2010, '100.0'), level('b', 'v', 2015, '200.0'), multiple('m', 'v', 2010, 2015, '2', planned)],
          [{ id: 'mu', kind: 'multiple', start: 'a', end: 'b', multiple: 'm' }],
        );
      const f = only(p());
      expect([f.verdict, f.code, f.caveats, f.atCurrentPrices]).toEqual(['not_checkable', 'comparable_prices', ['comparable_prices'], 'consistent']);
      expect(only(p('current')).verdict).toBe('consistent');
    });

    it('a cumulative change of value-added levels', () => {
      const p = makePlan(
        [va()],
        [level('a', 'v', 2010, '100.0'), level('b', 'v', 2015, '80.0'), change('c', 'v', 2010, 2015, '-20')],
        [{ id: 'cc', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' }],
      );
      expect([only(p).verdict, only(p).code]).toEqual(['not_checkable', 'comparable_prices']);
    });

    it('an annual rate against a cumulative change only when their bases differ', () => {
      const p = (rateExtra: Partial<Figure>) =>
        makePlan(
          [va()],
          [rate('r', 'v', 2015, 2020, '8.45', rateExtra), change('c', 'v', 2015, 2020, '50', planned)],
          [{ id: 'ac', kind: 'annual_vs_cumulative', rate: 'r', change: 'c' }],
        );
      expect(only(p({})).verdict).toBe('consistent_within_rounding');
      expect([only(p({ prices: 'current' })).verdict, only(p({ prices: 'current' })).code]).toEqual(['not_checkable', 'comparable_prices']);
    });
  });

  it("reports a figure's own lenient precision", () => {
    const p = (t: string) =>
      makePlan(
        [indicator('v', '增加值', '亿元', 'value', { prices: 'current' })],
        [level('a', 'v', 2015, '850', planned), level('b', 'v', 2015, '913', planned), level('t', 'v', 2015, t, { precision: 'lenient' })],
        [{ id: 's', kind: 'sum', parts: ['a', 'b'], total: 't' }],
      );
    const f = only(p('1764'));
    expect([f.verdict, f.readings]).toEqual(['consistent_other_reading', ['lenient_rounding']]);
    // Within ±½ as written: the figure's lenient interval was not needed.
    const strict = only(p('1763'));
    expect([strict.verdict, strict.readings]).toEqual(['consistent', []]);
  });

  describe('intervals crossing zero', () => {
    const sharePlan = (part: string, whole: string, s: string, wholeExtra: Partial<Figure> = {}) =>
      makePlan(
        [indicator('a', '工业', '亿元'), indicator('sh', '占比', '%', 'share')],
        [level('part', 'a', 2010, part), level('whole', 'a', 2010, whole, wholeExtra), share('s', 'sh', 2010, s)],
        [{ id: 'sh', kind: 'share', part: 'part', total: 'whole', share: 's' }],
      );

    it('a share of a total at or across zero is not computable', () => {
      for (const f of [
        only(sharePlan('-1', '-2', '50')),
        only(sharePlan('1', '1', '100', { precision: { halfWidth: '2' } })),
        only(sharePlan('1', '0', '50')),
      ]) {
        expect([f.verdict, f.code]).toEqual(['not_checkable', 'not_computable']);
      }
    });

    it('a points change read as percent from a start share of 0 is not a reading', () => {
      const p = makePlan(
        [indicator('s', '占比', '%', 'share')],
        [share('a', 's', 2010, '0'), share('b', 's', 2015, '5.0'), points('c', 's', 2010, 2015, '500')],
        [{ id: 'pc', kind: 'points_change', start: 'a', end: 'b', change: 'c' }],
      );
      const f = only(p);
      expect(f.readings).not.toContain('percent_not_points');
      expect(f.verdict).toBe('inconsistent');
    });

    it('a measured end of 0 after a 100% cut holds', () => {
      const p = makePlan(
        [indicator('e', '落后产能', '万吨')],
        [level('a', 'e', 2010, '100'), level('b', 'e', 2015, '0'), change('c', 'e', 2010, 2015, '-100')],
        [{ id: 'cc', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' }],
      );
      expect(only(p).verdict).toBe('consistent');
    });
  });
});
