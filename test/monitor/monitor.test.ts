import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/decimal.js';
import { cumulativeTotal, project } from '../../src/math/index.js';
import type { Actual } from '../../src/monitor/actuals.js';
import { monitorPlan, type MonitorOptions } from '../../src/monitor/monitor.js';
import { endOfDay } from '../../src/monitor/time.js';
import type { TargetProgress } from '../../src/monitor/types.js';
import { parsePlan, type Plan } from '../../src/plan/index.js';
import { decimalArb, deepFreeze, expectCode, RUNS } from '../math/oracle.js';
import { reviewPlan } from './fixtures.js';

const plan = reviewPlan();

/** An actual value: `when` is a year or an ISO date. */
function actual(indicator: string, when: number | string, value: string | D, type: 'level' | 'rate' = 'level', extra: Partial<Actual> = {}): Actual {
  const text = typeof value === 'string' ? value : value.toFixed();
  return typeof when === 'number'
    ? { indicator, year: when, type, text, illustrative: false, ...extra }
    : { indicator, year: Number(when.slice(0, 4)), date: when, type, text, illustrative: false, ...extra };
}

function review(actuals: readonly Actual[], options: MonitorOptions = {}, p: Plan = plan) {
  return monitorPlan(p, deepFreeze(actuals), options);
}

function target(actuals: readonly Actual[], id: string, options: MonitorOptions = {}, p: Plan = plan): TargetProgress {
  const r = review(actuals, options, p);
  const t = r.targets.find((x) => x.target === id);
  if (t === undefined) throw new Error(`${id} not reviewed: ${JSON.stringify(r.skipped.find((s) => s.target === id))}`);
  return t;
}

const close = (a: D, b: D | number | string, eps = '1e-28') => a.minus(b).abs().lte(eps);

/** A single-indicator plan. */
function miniPlan(indicator: string, figures: string): Plan {
  const r = parsePlan(
    `id: mini\ntitle: mini\nissuer: t\nyear: 2016\nperiod: 十三五\nsource: { document: x }\nindicators:\n  - ${indicator}\nfigures:${figures === '' ? ' []' : `\n${figures}`}\nrelations: []\n`,
    { file: 'mini.yaml' },
  );
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('; '));
  return r.plan;
}

describe('worked figures', () => {
  it('a 13.4% cut of a 16% target is 82.5% done (compound), and the 16% cut needs 3.43% a year', () => {
    const t = target([actual('energy', 2015, '1'), actual('energy', 2018, '0.866')], 'energy_cut');
    expect(t.measure).toBe('compound');
    expect(t.progress.toFixed(3)).toBe('0.825');
    expect(t.plannedRate?.toFixed(4)).toBe('-0.0343');
    expect(t.current.toFixed(3)).toBe('-0.134');
    expect(t.notes.map((n) => n.code)).toContain('base_from_actuals');
    expect(t.label).toBe('ahead');
  });

  it('a bare 万 of a count is read in base units', () => {
    expect(target([actual('firms', 2017, '0.0035', 'level', { unit: '万' })], 'firms_2020').current.toString()).toBe('35');
  });

  it('chained rates give the same index as levels', () => {
    const viaRates = target([actual('energy', 2016, '-5', 'rate'), actual('energy', 2017, '-5', 'rate')], 'energy_cut');
    const viaLevels = target([actual('energy', 2015, '1'), actual('energy', 2017, '0.9025')], 'energy_cut');
    expect(viaRates.current.eq(viaLevels.current)).toBe(true);
    expect(viaRates.progress.eq(viaLevels.progress)).toBe(true);
  });

  it('a growth target: 1000 at 10% a year, 1210 by 2017 is exactly on its path', () => {
    const t = target([actual('sales', 2016, '1100'), actual('sales', 2017, '1210')], 'sales_2020');
    expect(t.relation).toBe('gt_sales');
    expect(t.plannedRate?.toFixed(10)).toBe('0.1000000000');
    expect(t.statedRate?.toString()).toBe('0.1');
    expect(close(t.pace as D, 1)).toBe(true);
    expect(t.label).toBe('as_expected');
    expect(t.band).toBe('on_track');
    expect(t.elapsed.toString()).toBe('0.4');
    expect(t.aheadOfTime).toBe(true);
    expect(close(t.projected, '1610.51')).toBe(true);
    expect(t.projectedMeets).toBe(true);
    expect(t.notes).toEqual([]);
  });

  it('a share floor: 40% → 50%以上 is linear; 45% in 2017 is half the way in 40% of the time', () => {
    const t = target([actual('share', 2017, '45')], 'share_2020');
    expect(t.measure).toBe('linear');
    expect(t.progress.toString()).toBe('0.5');
    expect(t.pace?.toString()).toBe('1.25');
    expect(t.label).toBe('ahead');
    expect(t.requiredRate?.toFixed(4)).toBe('0.0167');
    expect(target([actual('share', 2017, '51')], 'share_2020').label).toBe('achieved_early');
  });

  it('a points target reads its share levels and shows points', () => {
    const t = target([actual('rd', 2017, '1.2')], 'rd_points');
    expect(t.unit).toBe('个百分点');
    expect(t.current.toFixed(2)).toBe('0.20');
    expect(t.progress.toFixed(2)).toBe('0.40');
    expect(close(t.pace as D, 1)).toBe(true);
  });

  it('a rate floor with no level at all: value added 6%以上 from growth rates', () => {
    const t = target([actual('va', 2016, '5', 'rate'), actual('va', 2017, '7', 'rate')], 'va_rate');
    expect(t.current.toFixed(6)).toBe(new D('1.05').times('1.07').sqrt().minus(1).toFixed(6));
    expect(t.base).toBeUndefined();
    expect(t.label).toBe('as_expected');
  });
});

describe('qualifiers keep their meaning', () => {
  it('左右 is a band: inside it the target is met, beyond it it is not (but faster than expected)', () => {
    expect(target([actual('output', 2017, '480')], 'output_2020').met).toBe(true);
    const over = target([actual('output', 2017, '530')], 'output_2020');
    expect(over.met).toBe(false);
    expect(over.label).toBe('ahead');
    expect(target([actual('output', 2017, '480')], 'output_2020', { band: '1%' }).met).toBe(false);
  });

  it('19.1% was accepted as meeting “20%左右”', () => {
    const p = miniPlan('{ id: r, name: 比重, unit: "%", kind: ratio }', '  - { id: r_2015, indicator: r, type: level, year: 2015, value: "15" }\n  - { id: r_2020, indicator: r, type: level, year: 2020, value: "20", qualifier: 左右 }\n');
    const t = target([actual('r', 2020, '19.1')], 'r_2020', {}, p);
    expect(t.met).toBe(true);
    expect(t.final).toBe(true);
    expect(t.label).toBe('met');
  });

  it('a decline with 以上 is a ceiling on the level; an unqualified target is reached at or beyond it', () => {
    const p = miniPlan('{ id: e, name: 能耗, unit: 吨标准煤/万元, kind: intensity }', '  - { id: e_cut, indicator: e, type: change, from: 2015, to: 2020, value: "-18", qualifier: 以上 }\n');
    expect(target([actual('e', 2015, '1'), actual('e', 2018, '0.79')], 'e_cut', {}, p).met).toBe(true);
    expect(target([actual('e', 2015, '1'), actual('e', 2018, '0.83')], 'e_cut', {}, p).met).toBe(false);
    expect(target([actual('firms', 2017, '41')], 'firms_2020').met).toBe(true);
    expect(target([actual('sales', 2019, '1700')], 'sales_2020').label).toBe('achieved_early');
  });

  it('a range is met anywhere inside it, and progress runs to its nearer end', () => {
    const p = miniPlan('{ id: g, name: 企业集团, unit: 家, kind: count }', '  - { id: g_2015, indicator: g, type: level, year: 2015, value: "1" }\n  - { id: g_2020, indicator: g, type: level, year: 2020, value: "3", high: "5" }\n');
    const t = target([actual('g', 2017, '4')], 'g_2020', {}, p);
    expect(t.met).toBe(true);
    expect(t.goal.toString()).toBe('3');
    expect(target([actual('g', 2017, '6')], 'g_2020', {}, p).met).toBe(false);
  });

  it('a stretch target (力争) is not binding', () => {
    const t = target([actual('exports', 2017, '90')], 'exports_2020');
    expect(t.stretch).toBe(true);
    expect(t.binding).toBe(false);
    expect(t.band).toBe('moving_away');
  });
});

describe('flows', () => {
  it('a total over the period in equal yearly shares: realised sum against the planned sum (序时进度)', () => {
    const t = target([actual('projects', 2016, '20'), actual('projects', 2017, '16')], 'projects_13th');
    expect(t.measure).toBe('flow');
    expect(t.current.toString()).toBe('36');
    expect(t.progress.toString()).toBe('0.36');
    expect(t.pace?.toString()).toBe('0.9');
    expect(t.requiredRate?.toFixed(2)).toBe('21.33');
    expect(t.label).toBe('behind');
  });

  it('a year-to-date amount counts for a flow, by the share of the year elapsed', () => {
    const t = target([actual('projects', 2016, '20'), actual('projects', 2017, '20'), actual('projects', '2018-06-30', '10')], 'projects_13th');
    expect(t.current.toString()).toBe('50');
    const e = endOfDay('2018-06-30').minus(2016);
    expect(close(t.pace as D, new D(50).div(e.times(20)))).toBe(true);
  });

  it('an investment rate is a flow by 累计法: the realised sum against Σ base (1 + g)^i', () => {
    const t = target([actual('investment', 2016, '12', 'rate'), actual('investment', 2017, '12', 'rate')], 'investment_rate');
    expect(t.rateKind).toBe('cumulative');
    expect(close(t.goal, cumulativeTotal(200, '0.12', { from: 2015, to: 2020 }))).toBe(true);
    expect(close(t.pace as D, 1)).toBe(true);
    expect(close(t.observedRate as D, '0.12', '1e-30')).toBe(true);
    expect(close(t.requiredRate as D, '0.12', '1e-30')).toBe(true);
  });
});

describe('increases, averages and points a year', () => {
  const p = miniPlan(
    '{ id: jobs, name: 城镇新增就业, unit: 万人, kind: value }\n  - { id: inv, name: 投资, unit: 亿元, kind: investment }\n  - { id: r, name: 城镇化率, unit: "%", kind: ratio }',
    [
      '  - { id: jobs_2015, indicator: jobs, type: level, year: 2015, value: "100" }',
      '  - { id: jobs_more, indicator: jobs, type: increase, from: 2015, to: 2020, value: "50" }',
      '  - { id: jobs_avg, indicator: jobs, type: average_increase, from: 2016, to: 2020, value: "10" }',
      '  - { id: inv_avg, indicator: inv, type: average, from: 2016, to: 2020, value: "560" }',
      '  - { id: r_2015, indicator: r, type: level, year: 2015, value: "55" }',
      '  - { id: r_pts, indicator: r, type: annual_points, from: 2015, to: 2020, value: "1" }',
      '  - { id: r_gap, indicator: r, type: gap, year: 2016, value: "0.5" }',
      '',
    ].join('\n'),
  );
  const data = [actual('jobs', 2017, '120'), actual('inv', 2016, '500'), actual('inv', 2017, '620'), actual('r', 2017, '57.5')];

  it('an absolute increase and an average yearly increase are linear: 20 of 50 more in 40% of the time', () => {
    const more = target(data, 'jobs_more', {}, p);
    expect(more.measure).toBe('linear');
    expect(more.current.toString()).toBe('20');
    expect(more.goal.toString()).toBe('50');
    expect(more.progress.toString()).toBe('0.4');
    expect(close(more.pace as D, 1)).toBe(true);
    const avg = target(data, 'jobs_avg', {}, p);
    expect(avg.current.toString()).toBe('10');
    expect(avg.goal.toString()).toBe('10');
    expect(close(avg.pace as D, 1)).toBe(true);
  });

  it('an average over years is a flow shown as averages', () => {
    const t = target(data, 'inv_avg', {}, p);
    expect(t.measure).toBe('flow');
    expect(t.current.toString()).toBe('560');
    expect(t.goal.toString()).toBe('560');
    expect(t.progress.toString()).toBe('0.4');
  });

  it('points a year: 2.5 points in two years against 1 a year is ahead; a gap figure is no target', () => {
    const t = target(data, 'r_pts', {}, p);
    expect(t.unit).toBe('个百分点');
    expect(t.current.toString()).toBe('1.25');
    expect(t.label).toBe('ahead');
    const r = review(data, {}, p);
    expect([...r.targets, ...r.skipped].some((x) => x.target === 'r_gap')).toBe(false);
  });
});

describe('what is not reviewed is listed, with the reason', () => {
  it('computed figures, targets without actuals, without a base', () => {
    const noBase = { ...plan, figures: plan.figures.filter((f) => f.id !== 'output_2015') };
    const r = review([actual('output', 2017, '450')], {}, noBase);
    const reasons = Object.fromEntries(r.skipped.map((s) => [s.target, s.reason]));
    expect(reasons).toMatchObject({ capacity_2020: 'computed', output_2020: 'no_base', sales_2020: 'no_actuals' });
    expect(r.targets).toEqual([]);
    const withBase = target([actual('output', 2015, '400'), actual('output', 2017, '450')], 'output_2020', {}, noBase);
    expect(withBase.base?.source).toBe('actuals');
  });

  it('a zero or negative level cannot be read in compound terms', () => {
    const r = review([actual('firms', 2017, '0')]);
    expect(r.skipped.find((s) => s.target === 'firms_2020')?.reason).toBe('not_positive');
  });

  it('notes: a revised base, a hole in the rates, a year-to-date amount', () => {
    const revised = target([actual('sales', 2015, '1005'), actual('sales', 2016, '1100')], 'sales_2020');
    expect(revised.notes).toEqual([{ code: 'base_revised', year: 2015, value: new D('1005') }]);
    expect(revised.base?.value.toString()).toBe('1000');
    const gap = target([actual('va', 2016, '5', 'rate'), actual('va', 2018, '6', 'rate')], 'va_rate');
    expect(gap.latest.year).toBe(2016);
    expect(gap.notes).toContainEqual({ code: 'gap', year: 2017 });
    const ytd = target([actual('sales', 2016, '1100'), actual('sales', '2017-06-30', '600')], 'sales_2020');
    expect(ytd.latest.year).toBe(2016);
    expect(ytd.notes).toContainEqual({ code: 'amount_ignored' });
  });

  it('actuals that do not fit the plan are left out and reported, not thrown', () => {
    const r = review([actual('nope', 2016, '1'), actual('sales', 2016, 'abc'), actual('share', 2016, '41', 'level', { unit: '亿元' }), actual('sales', 2016, '1100'), actual('sales', 2016, '1101')]);
    expect(r.issues.map((i) => i.code)).toEqual(['unknown_indicator', 'invalid_number', 'unit_mismatch', 'duplicate_year']);
    expect(r.targets.find((t) => t.target === 'sales_2020')?.current.toString()).toBe('1100');
  });
});

describe('the evaluation date', () => {
  const data = [actual('sales', 2016, '1100'), actual('sales', 2017, '1210'), actual('sales', 2018, '1331')];
  it('defaults to the latest actual; later actuals are not used', () => {
    expect(review(data).asOf).toBe('2018-12-31');
    const r = review(data, { asOf: 2017 });
    expect(r.asOf).toBe('2017-12-31');
    expect(r.targets[0]?.latest.year).toBe(2017);
    expect(review(data, { asOf: '2018-06' }).targets[0]?.latest.year).toBe(2017);
    expect(review(data, { asOf: new Date(2018, 5, 30) }).asOf).toBe('2018-06-30');
  });
  it('time elapsed is measured at the date; progress at the data', () => {
    const t = target(data, 'sales_2020', { asOf: '2018-06-30' });
    expect(t.elapsed.toFixed(4)).toBe(endOfDay('2018-06-30').minus(2016).div(5).toFixed(4));
    expect(t.observed.toString()).toBe('0.4');
    expect(t.aheadOfTime).toBe(false);
  });
  it('refuses dates that are not dates', () => {
    expectCode(() => review(data, { asOf: '2018-13-01' }), 'invalid_date');
    expectCode(() => review(data, { asOf: 'soon' }), 'invalid_date');
    expectCode(() => review(data, { asOf: 1850 }), 'invalid_date');
    expectCode(() => review(data, { band: '-1' }), 'out_of_range');
    expectCode(() => monitorPlan(plan, null as never), 'invalid_option');
    expectCode(() => monitorPlan(plan, { items: 'x' } as never), 'invalid_option');
  });
  it('with no actuals the review is empty and everything is listed', () => {
    const r = review([]);
    expect(r.targets).toEqual([]);
    expect(r.skipped.length).toBe(11);
    expect(r.asOf).toBe('2015-12-31');
  });
});

describe('laws', () => {
  const rate = decimalArb(-0.3, 0.5, 3).filter((r) => !r.isZero());
  const day = fc.integer({ min: 0, max: 364 });

  it('an exact planned path is exactly on schedule at every date: R = 1, p = s, the rate then needed is the planned rate', () => {
    const p = miniPlan('{ id: x, name: 指标, unit: 家, kind: count }', '');
    fc.assert(
      fc.property(decimalArb(1, 1e5, 1), rate, fc.integer({ min: 2, max: 10 }), fc.integer({ min: 0, max: 9 }), day, (base, g, n, k, d) => {
        fc.pre(k < n);
        const target = project(base, g, n);
        const plan2 = { ...p, figures: [
          { id: 'x_base', indicator: 'x', type: 'level' as const, year: 2015, value: base.toFixed(), qualifiers: [], role: 'measured' as const },
          { id: 'x_goal', indicator: 'x', type: 'level' as const, year: 2015 + n, value: target.toFixed(), qualifiers: [], role: 'planned' as const, precision: 'exact' as const },
        ] };
        const date = new Date(Date.UTC(2016 + k, 0, 1 + d)).toISOString().slice(0, 10);
        const e = endOfDay(date).minus(2016);
        const at = project(base, g, e);
        const t = target2([actual('x', date, at)], plan2);
        expect(close(t.pace as D, 1)).toBe(true);
        expect(close(t.progress, t.elapsed)).toBe(true);
        expect(t.aheadOfTime).toBe(true);
        expect(['as_expected', 'achieved_early']).toContain(t.label);
        if (t.requiredRate !== undefined) expect(close(t.requiredRate, g)).toBe(true);
      }),
      { ...RUNS, numRuns: 100 },
    );
    function target2(a: readonly Actual[], p2: Plan) {
      return target(a, 'x_goal', { asOf: a[0]?.date ?? '' }, p2);
    }
  });

  it('the same law for shares (linear) and totals (flows)', () => {
    fc.assert(
      fc.property(decimalArb(1, 60, 1), decimalArb(-20, 30, 1), fc.integer({ min: 0, max: 4 }), day, (s0, delta, k, d) => {
        fc.pre(!delta.isZero());
        const p = miniPlan('{ id: s, name: 比重, unit: "%", kind: share }', `  - { id: s_2015, indicator: s, type: share, year: 2015, value: "${s0.toFixed()}" }\n  - { id: s_2020, indicator: s, type: share, year: 2020, value: "${s0.plus(delta).toFixed()}" }\n`);
        const date = new Date(Date.UTC(2016 + k, 0, 1 + d)).toISOString().slice(0, 10);
        const e = endOfDay(date).minus(2016);
        const level = s0.plus(delta.times(e).div(5));
        const t = target([actual('s', date, level)], 's_2020', { asOf: date }, p);
        expect(close(t.pace as D, 1)).toBe(true);
        expect(close(t.progress, t.elapsed)).toBe(true);
        if (t.requiredRate !== undefined) expect(close(t.requiredRate.times(100), delta.div(5))).toBe(true);
        const flow = [...Array.from({ length: k }, (_, i) => actual('projects', 2016 + i, '20')), actual('projects', date, new D(20).times(e.minus(k)))];
        const f = target(flow, 'projects_13th', { asOf: date });
        expect(close(f.pace as D, 1)).toBe(true);
        expect(close(f.progress, f.elapsed)).toBe(true);
      }),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('progress is 1 at the target: a path that reaches it at the target year is met', () => {
    const t = target([1, 2, 3, 4, 5].map((k) => actual('sales', 2015 + k, project(1000, '0.1', k).toFixed(6))), 'sales_2020');
    expect(close(t.progress, 1, '1e-8')).toBe(true);
    expect(t.final).toBe(true);
    expect(t.label).toBe('met');
    const short = target([actual('sales', 2020, '1500')], 'sales_2020');
    expect(short.label).toBe('missed');
  });

  it('more actual growth never lowers progress or R (growth targets), more decline never lowers them (cuts)', () => {
    fc.assert(
      fc.property(decimalArb(500, 2000, 1), decimalArb(500, 2000, 1), decimalArb(0.5, 1.2, 3), decimalArb(0.5, 1.2, 3), fc.integer({ min: 2016, max: 2019 }), (x, y, u, v, year) => {
        const [lo, hi] = x.lte(y) ? [x, y] : [y, x];
        const a = target([actual('sales', year, lo)], 'sales_2020');
        const b = target([actual('sales', year, hi)], 'sales_2020');
        expect(b.progress.gte(a.progress)).toBe(true);
        expect((b.pace as D).gte(a.pace as D)).toBe(true);
        const [less, more] = u.lte(v) ? [v, u] : [u, v];
        const c = target([actual('energy', 2015, '1'), actual('energy', year, less)], 'energy_cut');
        const d = target([actual('energy', 2015, '1'), actual('energy', year, more)], 'energy_cut');
        expect(d.progress.gte(c.progress)).toBe(true);
        expect((d.pace as D).gte(c.pace as D)).toBe(true);
      }),
      RUNS,
    );
  });

  it('never returns NaN or throws on odd but valid actuals', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ i: fc.constantFrom('sales', 'share', 'energy', 'va', 'firms', 'projects', 'investment', 'rd', 'output'), y: fc.integer({ min: 2014, max: 2022 }), v: decimalArb(-50, 5000, 2), rate: fc.boolean() }), { maxLength: 12 }), (rows) => {
        const r = review(rows.map((x) => actual(x.i, x.y, x.v, x.rate ? 'rate' : 'level')));
        for (const t of r.targets) {
          for (const v of [t.progress, t.current, t.projected, t.goal, t.elapsed, t.pace, t.requiredRate, t.observedRate].filter((z) => z !== undefined)) {
            expect((v as D).isFinite()).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });
});
