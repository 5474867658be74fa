/** Laws of the checker, with a fixed seed. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPlan, renderFinding } from '../../src/check/index.js';
import type { Finding, Verdict } from '../../src/check/types.js';
import { D } from '../../src/math/decimal.js';
import { formatFixed } from '../../src/math/rounding.js';
import type { Figure, Indicator, Plan, Relation } from '../../src/plan/model.js';
import { change, deepFreeze, figure, indicator, level, makePlan, multiple, points, rate, share, total } from './helpers.js';

const RUNS = { seed: 42, numRuns: 150 } as const;
const CONSISTENT: readonly Verdict[] = ['consistent', 'consistent_within_rounding', 'consistent_via_qualifier', 'consistent_other_reading'];

/** A measured level as written: 10 to 99999 with 0–2 decimals. */
const amount = fc
  .tuple(fc.integer({ min: 1000, max: 9_999_999 }), fc.integer({ min: 0, max: 2 }))
  .map(([m, k]) => formatFixed(new D(m).div(100), k));
/** A rate in % with one decimal, −9.9 to 30.0. */
const rateText = fc.integer({ min: -99, max: 300 }).map((t) => formatFixed(new D(t).div(10), 1));
const years = fc.integer({ min: 1, max: 10 });
const decimals = fc.integer({ min: 0, max: 2 });

const projectExact = (base: string, r: string, n: number): D => new D(base).times(new D(r).div(100).plus(1).pow(n));

interface Piece {
  readonly indicators: readonly Indicator[];
  readonly figures: readonly Figure[];
  readonly relations: readonly Relation[];
}

/** growth_target and historical_cagr over one exact projection, rounded half-up as measured figures. */
const projectionPiece = (id: string) =>
  fc.record({ base: amount, r: rateText, n: years, k: decimals }).map(({ base, r, n, k }): Piece => {
    const end = formatFixed(projectExact(base, r, n), k);
    const from = 2010;
    return {
      indicators: [indicator(id, `指标${id}`, '亿元')],
      figures: [
        level(`${id}_base`, id, from, base),
        rate(`${id}_plan_rate`, id, from, from + n, r, { role: 'planned' }),
        level(`${id}_target`, id, from + n, end, { role: 'computed', qualifiers: ['预计'] }),
        level(`${id}_end`, id, from + n, end),
        rate(`${id}_rate`, id, from, from + n, r),
      ],
      relations: [
        { id: `${id}_gt`, kind: 'growth_target', base: `${id}_base`, rate: `${id}_plan_rate`, target: `${id}_target` },
        { id: `${id}_cagr`, kind: 'historical_cagr', start: `${id}_base`, end: `${id}_end`, rate: `${id}_rate` },
      ],
    };
  });

/** sum and share over measured parts, totals and shares rounded half-up. */
const partsPiece = (id: string) =>
  fc.record({ parts: fc.array(amount, { minLength: 2, maxLength: 4 }), k: decimals }).map(({ parts, k }): Piece => {
    const exact = parts.reduce((acc, p) => acc.plus(p), new D(0));
    const totalText = formatFixed(exact, k);
    const shareText = formatFixed(new D(parts[0]!).div(exact).times(100), 2);
    return {
      indicators: [indicator(id, `合计${id}`, '亿元'), indicator(`${id}_s`, `占比${id}`, '%', 'share')],
      figures: [
        ...parts.map((p, i) => level(`${id}_p${i}`, id, 2012, p)),
        level(`${id}_total`, id, 2012, totalText),
        level(`${id}_exact_total`, id, 2012, exact.toFixed()),
        share(`${id}_share`, `${id}_s`, 2012, shareText),
      ],
      relations: [
        { id: `${id}_sum`, kind: 'sum', parts: parts.map((_, i) => `${id}_p${i}`), total: `${id}_total` },
        { id: `${id}_sh`, kind: 'share', part: `${id}_p0`, total: `${id}_exact_total`, share: `${id}_share` },
      ],
    };
  });

const combine = (pieces: readonly Piece[]): Plan =>
  makePlan(
    pieces.flatMap((p) => p.indicators),
    pieces.flatMap((p) => p.figures),
    pieces.flatMap((p) => p.relations),
  );

const fingerprint = (f: Finding): string =>
  [f.relation, f.verdict, f.code, f.implied?.value.toFixed() ?? '', f.implied?.interval.lo.toFixed() ?? '', f.decision ?? '', f.readings.join(), f.qualifiersUsed.join()].join('|');

describe('properties', () => {
  it('plans built from exact projections, rounded half-up, are always consistent', () => {
    fc.assert(
      fc.property(projectionPiece('a'), partsPiece('b'), (a, b) => {
        for (const f of checkPlan(combine([a, b])).findings) {
          expect(CONSISTENT, `${f.relation}: ${f.verdict}`).toContain(f.verdict);
        }
      }),
      RUNS,
    );
  });

  it('a target moved beyond its rounding interval by more than the tolerance is inconsistent', () => {
    const shift = fc.tuple(fc.integer({ min: 25, max: 500 }), fc.boolean()).map(([s, up]) => new D(s).div(1000).times(up ? 1 : -1));
    const base = fc.integer({ min: 100_000, max: 9_999_999 }).map((m) => formatFixed(new D(m).div(100), 2));
    fc.assert(
      fc.property(base, rateText, years, shift, (b, r, n, s) => {
        const stated = formatFixed(projectExact(b, r, n).times(s.plus(1)), 1);
        const plan = makePlan(
          [indicator('x', 'x', '亿元')],
          [level('b', 'x', 2010, b), rate('r', 'x', 2010, 2010 + n, r, { role: 'planned' }), level('t', 'x', 2010 + n, stated, { role: 'computed' })],
          [{ id: 'g', kind: 'growth_target', base: 'b', rate: 'r', target: 't' }],
        );
        const f = checkPlan(plan).findings[0]!;
        expect(f.verdict).toBe('inconsistent');
        expect(f.severity).toBe('error');
      }),
      RUNS,
    );
  });

  it('verdicts do not depend on the order of figures, indicators or relations', () => {
    const fixed: Piece = {
      indicators: [indicator('n', '新产品销售收入', '亿元'), indicator('c', '技术中心', '户', 'count')],
      figures: [
        level('n_base', 'n', 2012, '928.4'),
        rate('n_rate', 'n', 2012, 2020, '10', { role: 'planned' }),
        level('n_target', 'n', 2020, '2000', { role: 'planned', qualifiers: ['力争', '以上'] }),
        level('c_base', 'c', 2012, '600', { qualifiers: ['余'] }),
        rate('c_rate', 'c', 2012, 2020, '6.5', { role: 'planned' }),
        level('c_target', 'c', 2020, '1000', { role: 'planned', qualifiers: ['超过'] }),
      ],
      relations: [
        { id: 'n_gt', kind: 'growth_target', base: 'n_base', rate: 'n_rate', target: 'n_target' },
        { id: 'c_gt', kind: 'growth_target', base: 'c_base', rate: 'c_rate', target: 'c_target' },
      ],
    };
    const permutation = <T>(xs: readonly T[]) => fc.shuffledSubarray([...xs], { minLength: xs.length, maxLength: xs.length });
    fc.assert(
      fc.property(
        fc.tuple(projectionPiece('a'), partsPiece('b')).chain(([a, b]) => {
          const plan = combine([a, b, fixed]);
          return fc.tuple(fc.constant(plan), permutation(plan.indicators), permutation(plan.figures), permutation(plan.relations));
        }),
        ([plan, indicators, figures, relations]) => {
          const shuffled = deepFreeze({ ...plan, indicators, figures, relations });
          const a = checkPlan(plan).findings.map(fingerprint).sort();
          const b = checkPlan(shuffled).findings.map(fingerprint).sort();
          expect(b).toEqual(a);
          expect(checkPlan(shuffled).findings.map((f) => f.relation)).toEqual(relations.map((r) => r.id));
        },
      ),
      { seed: 42, numRuns: 60 },
    );
  });

  it('never mutates its input (deep-frozen plans check like the originals)', () => {
    fc.assert(
      fc.property(projectionPiece('a'), partsPiece('b'), (a, b) => {
        const plan = combine([a, b]);
        const copy = structuredClone(plan);
        const frozen = deepFreeze(combine([a, b]));
        expect(checkPlan(frozen).findings.map(fingerprint)).toEqual(checkPlan(plan).findings.map(fingerprint));
        expect(plan).toEqual(copy);
      }),
      { seed: 42, numRuns: 50 },
    );
  });
});

describe('degenerate figures', () => {
  /** Zero, negative, tiny and huge numbers as a plan might (mis)state them. */
  const odd = fc.constantFrom('0', '0.0', '-0', '-5', '-100', '-100.0', '1e30', '-1e30', '1e-30', '0.001', '100', '99999999999999999999.99', '1000000000000');
  const qualifiers = fc.constantFrom<Figure['qualifiers']>([], ['以上'], ['超过'], ['以下'], ['不满'], ['余'], ['近'], ['左右'], ['力争']);
  const extra = fc.record({
    qualifiers,
    role: fc.constantFrom<Figure['role']>('measured', 'planned', 'computed'),
    precision: fc.constantFrom<Figure['precision']>(undefined, 'lenient', 'exact', { halfWidth: '2' }),
  }).map(({ precision, ...rest }) => (precision === undefined ? rest : { ...rest, precision }));
  const kind = fc.constantFrom<Indicator['kind']>('value', 'value_added', 'investment', 'count');
  const slot = fc.tuple(odd, extra);

  const plan = fc
    .record({ kind, a: slot, b: slot, r: slot, c: slot, p: slot, m: slot, sa: slot, sb: slot, t: slot, u: slot })
    .map(({ kind: k, a, b, r, c, p, m, sa, sb, t, u }) =>
      makePlan(
        [indicator('x', '指标', '亿元', k), indicator('s', '占比', '%', 'share')],
        [
          level('a', 'x', 2010, ...a),
          level('b', 'x', 2015, ...b),
          rate('r', 'x', 2010, 2015, ...r),
          change('c', 'x', 2010, 2015, ...c),
          points('p', 's', 2010, 2015, ...p),
          multiple('m', 'x', 2010, 2015, ...m),
          share('sa', 's', 2010, ...sa),
          share('sb', 's', 2015, ...sb),
          total('t', 'x', 2011, 2015, ...t),
          figure('u', 'x', 'level', u[0], { year: 2015, ...u[1] }),
        ],
        [
          { id: 'gt', kind: 'growth_target', base: 'a', rate: 'r', target: 'b' },
          { id: 'hc', kind: 'historical_cagr', start: 'a', end: 'b', rate: 'r' },
          { id: 'su', kind: 'sum', parts: ['a', 'b'], total: 'u' },
          { id: 'sh', kind: 'share', part: 'a', total: 'b', share: 'sa' },
          { id: 'sh100', kind: 'sum', parts: ['sa', 'sb'], total: '100%' },
          { id: 'pc', kind: 'points_change', start: 'sa', end: 'sb', change: 'p' },
          { id: 'cc', kind: 'cumulative_change', start: 'a', end: 'b', change: 'c' },
          { id: 'ccs', kind: 'cumulative_change', start: 'sa', end: 'sb', change: 'c' },
          { id: 'ac', kind: 'annual_vs_cumulative', rate: 'r', change: 'c' },
          { id: 'mu', kind: 'multiple', start: 'a', end: 'b', multiple: 'm' },
          { id: 'ct', kind: 'cumulative_total', base: 'a', total: 't', rate: 'r' },
        ],
      ),
    );

  const decimals = (f: Finding): D[] => [
    ...(f.implied === undefined ? [] : [f.implied.value, f.implied.interval.lo, f.implied.interval.hi]),
    ...(f.gap === undefined ? [] : [f.gap.absolute, f.gap.relative]),
    ...(f.required === undefined ? [] : [f.required.value]),
    ...[...(f.stated === undefined ? [] : [f.stated]), ...f.figures].flatMap((v) => [v.value, v.interval.lo, v.interval.hi]),
  ];

  it('zero, negative and huge figures never throw and never give a non-finite number', () => {
    fc.assert(
      fc.property(plan, (p) => {
        const report = checkPlan(p);
        expect(report.findings).toHaveLength(p.relations.length);
        for (const f of report.findings) {
          for (const d of decimals(f)) expect(d.isFinite(), `${f.relation}: ${d.toString()}`).toBe(true);
          for (const lang of ['en', 'zh'] as const) expect(renderFinding(f, lang), f.relation).not.toMatch(/NaN|Infinity|undefined/);
        }
      }),
      { seed: 42, numRuns: 300 },
    );
  });
});
