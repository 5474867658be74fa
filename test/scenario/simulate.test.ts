import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { D } from '../../src/math/index.js';
import type { Plan } from '../../src/plan/index.js';
import { BLOCK_PATHS, normalCdf } from '../../src/scenario/random.js';
import {
  emptyTally,
  mergeTally,
  pathErrorBound,
  prepareSimulation,
  simulateBlocks,
  simulateFloat,
  summarize,
  type SimulationOptions,
} from '../../src/scenario/simulate.js';
import { EQUIPMENT, INNOVATION, TAIYUAN, codeOf, onePlan, onePlans, scenario, seed } from './helpers.js';

const innovation = seed(INNOVATION);
const sales = (options: Partial<SimulationOptions> = {}, plan: Plan = innovation) =>
  simulateFloat(plan, { runs: 2000, seed: 1, indicators: ['new_product_sales'], ...options }).indicators[0]!;
const probability = (ind: ReturnType<typeof sales>, figure: string) => ind.targets.find((t) => t.figure === figure)!.probability;

describe('simulateFloat: laws', () => {
  it('with zero variance gives the exact path within the documented bound (3n + 1)·2^-53, and probabilities 0 or 1 as the exact path', () => {
    fc.assert(
      fc.property(onePlans(fc.constantFrom(['以上'], ['以下'], ['左右'])), fc.constantFrom('normal', 'uniform', 'triangular', 'bootstrap'), (p, kind) => {
        fc.pre(Number(p.rate) > -50);
        const plan = onePlan(p);
        const distribution =
          kind === 'normal'
            ? ({ kind, sd: 0 } as const)
            : kind === 'uniform'
              ? ({ kind, halfWidth: 0 } as const)
              : kind === 'triangular'
                ? ({ kind, below: 0, above: 0 } as const)
                : ({ kind, rates: [`${p.rate}%`, `${p.rate}%`] } as const);
        const r = simulateFloat(plan, { runs: 50, seed: 3, distribution }).indicators[0]!;
        for (const band of r.percentiles) {
          band.points.forEach((point, i) => {
            const exact = r.exact[i]!.value;
            const error = new D(point.value).minus(exact).abs().div(exact);
            expect(error.lte(pathErrorBound(i))).toBe(true);
          });
        }
        // every target as the exact path decides it, ties on a bound included (the plan's own rate)
        for (const t of r.targets) expect(t.probability).toBe(t.exact.met ? 1 : 0);
      }),
      { seed: 42, numRuns: 40 },
    );
  });

  it('never lowers the probability of meeting a floor when the mean rate rises (same seed)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 120 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 1000 }), (rate, raise, s) => {
        const at = (r: number) =>
          probability(
            sales({ runs: 500, seed: s, scenario: scenario([{ kind: 'rate', indicator: 'new_product_sales', rate: String(r / 10) }]) }),
            'new_product_sales_2020',
          );
        expect(at(rate + raise)).toBeGreaterThanOrEqual(at(rate));
      }),
      { seed: 42, numRuns: 25 },
    );
  });

  it('gives the same result for the same seed, bit for bit, and another for another seed', () => {
    const a = simulateFloat(innovation, { runs: 3000, seed: 11 });
    const b = simulateFloat(innovation, { runs: 3000, seed: 11 });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(simulateFloat(innovation, { runs: 3000, seed: 12 }))).not.toBe(JSON.stringify(a));
  });

  it('does not depend on how the paths are split: blocks simulated apart and merged equal one run', () => {
    const options = { runs: 2 * BLOCK_PATHS + 17, seed: 5, indicators: ['tech_centers'] };
    const sim = prepareSimulation(innovation, options);
    const whole = simulateBlocks(sim, 0, 3);
    const parts = emptyTally(sim);
    for (const [first, last] of [[2, 3], [0, 1], [1, 2]] as const) mergeTally(parts, simulateBlocks(sim, first, last));
    expect(parts.hits.map((h) => Array.from(h))).toEqual(whole.hits.map((h) => Array.from(h)));
    expect(parts.histograms.counts.every((c, i) => c === whole.histograms.counts[i])).toBe(true);
    expect(JSON.stringify(summarize(sim, parts))).toBe(JSON.stringify(simulateFloat(innovation, options)));
  });
});

describe('simulateFloat: worked figures', () => {
  it('gives 928.4亿元 at 10% ± 2 points a year a 45% chance of 2000亿元 by 2020 (the lognormal estimate is 45.2%)', () => {
    const r = sales({ runs: 20000, distribution: { kind: 'normal', sd: '2%' } });
    // ln(V/B) ≈ N(8·(ln 1.1 − 0.02²/(2·1.1²)), 8·(0.02/1.1)²)
    const mu = 8 * (Math.log(1.1) - 0.0004 / 2.42);
    const sigma = Math.sqrt(8) * (0.02 / 1.1);
    const expected = 1 - normalCdf((Math.log(2000 / 928.4) - mu) / sigma);
    const target = r.targets.find((t) => t.figure === 'new_product_sales_2020')!;
    expect(Math.abs(target.probability - expected)).toBeLessThan(4 * target.standardError + 0.002);
    expect([target.exact.met, target.stretch, target.qualifiers]).toEqual([false, true, ['力争', '以上']]);
    // the median path runs close to the exact one
    const median = r.percentiles.find((p) => p.percentile === 50)!;
    expect(Math.abs(median.points[8]!.value / r.exact[8]!.value.toNumber() - 1)).toBeLessThan(0.01);
  });

  it('draws uniform and triangular rates inside their ranges, and a bootstrap inside its sample', () => {
    const within = (ind: ReturnType<typeof sales>, low: number, high: number) => {
      for (const band of ind.percentiles) {
        band.points.forEach((pt, y) => {
          expect(pt.value).toBeGreaterThanOrEqual(928.4 * (1 + low) ** y * (1 - 2e-4));
          expect(pt.value).toBeLessThanOrEqual(928.4 * (1 + high) ** y * (1 + 2e-4));
        });
      }
    };
    within(sales({ distribution: { kind: 'uniform', halfWidth: '3%' } }), 0.07, 0.13);
    within(sales({ distribution: { kind: 'triangular', below: '4%', above: '1%' } }), 0.06, 0.11);
    within(sales({ distribution: { kind: 'bootstrap', rates: ['5.67%', '29.8%', '23.2%'] } }), 0.0567, 0.298);
  });

  it("bootstraps seed 000's historical CAGRs (5.67% to 29.8%) for a level pair given a rate", () => {
    const equipment = seed(EQUIPMENT);
    const rates = equipment.figures.filter((f) => f.type === 'rate' && f.role === 'measured').map((f) => `${f.value}%`);
    expect(rates.length).toBeGreaterThan(3);
    const r = simulateFloat(equipment, {
      runs: 5000,
      seed: 1,
      indicators: ['main_revenue'],
      scenario: scenario([{ kind: 'rate', indicator: 'main_revenue', rate: '20' }]),
      distribution: { kind: 'bootstrap', rates },
    }).indicators[0]!;
    // the exact probability: every sequence of five draws from the sample, equally likely
    const sample = rates.map((x) => 1 + Number.parseFloat(x) / 100);
    let hits = 0;
    const walk = (depth: number, product: number): void => {
      if (depth === 5) hits += 1042.4 * product >= 3500 ? 1 : 0;
      else for (const f of sample) walk(depth + 1, product * f);
    };
    walk(0, 1);
    const exact = hits / sample.length ** 5;
    const target = r.targets[0]!;
    expect(Math.abs(target.probability - exact)).toBeLessThan(4 * Math.sqrt((exact * (1 - exact)) / 5000));
  });

  it('correlates draws: with ρ = 1 two indicators at the same rate meet their rate targets on the same paths', () => {
    const both = ['new_product_sales', 'invention_patents'];
    const rateHits = (matrix: number[][]) =>
      simulateFloat(innovation, { runs: 4000, seed: 9, indicators: both, correlation: { indicators: both, matrix } }).indicators.map(
        (i) => i.targets.find((t) => t.type === 'rate')!.hits,
      );
    const [a, b] = rateHits([[1, 1], [1, 1]]);
    expect(a).toBe(b);
    const [c, d] = rateHits([[1, 0], [0, 1]]);
    expect(c).not.toBe(d);
  });

  it('correlates non-normal draws through Φ (a Gaussian copula) and keeps them in range', () => {
    const both = ['new_product_sales', 'invention_patents'];
    const r = simulateFloat(innovation, {
      runs: 3000,
      seed: 2,
      indicators: both,
      distribution: { kind: 'uniform', halfWidth: '3%' },
      correlation: { indicators: both, matrix: [[1, 0.8], [0.8, 1]] },
    });
    for (const ind of r.indicators) {
      const last = ind.percentiles[ind.percentiles.length - 1]!.points.at(-1)!;
      expect(last.value).toBeLessThanOrEqual(ind.exact[0]!.value.toNumber() * 1.13 ** 8 * 1.0002);
    }
  });

  it('simulates a scenario and an investment total (累计法)', () => {
    const taiyuan = seed(TAIYUAN);
    const r = simulateFloat(taiyuan, { runs: 3000, seed: 1, scenario: taiyuan.scenarios![1]!, distribution: { kind: 'normal', sd: '1%' } });
    expect(r.scenario).toEqual({ id: 'outline', name: '规划纲要：年均增长17%' });
    const va = r.indicators.find((i) => i.indicator === 'industrial_va')!;
    expect(va.targets.find((t) => t.figure === 'industrial_va_2015_outline')!.probability).toBe(0); // 1266 vs 1400
    const investment = r.indicators.find((i) => i.indicator === 'industrial_investment')!;
    expect(investment.targets.find((t) => t.type === 'total')!.probability).toBe(1); // 3065 vs 2800
  });

  it('reports progress after each block, ending at the number of runs', () => {
    const seen: number[] = [];
    simulateFloat(innovation, { runs: BLOCK_PATHS + 5, seed: 1, indicators: ['tech_centers'], onProgress: (done, total) => seen.push(done, total) });
    expect(seen).toEqual([BLOCK_PATHS, BLOCK_PATHS + 5, BLOCK_PATHS + 5, BLOCK_PATHS + 5]);
  });
});

describe('simulateFloat: options', () => {
  it('refuses bad runs, seeds, percentiles, distributions, indicators and correlations', () => {
    const bad = (options: Partial<SimulationOptions>) => codeOf(() => simulateFloat(innovation, { runs: 10, seed: 1, ...options }));
    expect(bad({ runs: 0 })).toBe('invalid_option');
    expect(bad({ runs: 1.5 })).toBe('invalid_option');
    expect(bad({ runs: 2e9 })).toBe('invalid_option');
    expect(bad({ seed: -1 })).toBe('invalid_option');
    expect(bad({ percentiles: [101] })).toBe('invalid_option');
    expect(bad({ percentiles: [] })).toBe('invalid_option');
    expect(bad({ distribution: { kind: 'normal', sd: '-1%' } })).toBe('negative');
    expect(bad({ distribution: { kind: 'bootstrap', rates: [] } })).toBe('invalid_option');
    expect(bad({ distribution: { kind: 'bootstrap', rates: ['-100%'] } })).toBe('out_of_range');
    expect(bad({ distribution: { kind: 'lognormal' } as never })).toBe('invalid_option');
    expect(bad({ indicators: ['nope'] })).toBe('unknown_reference');
    expect(codeOf(() => simulateFloat(seed(EQUIPMENT), { runs: 10, seed: 1, indicators: ['main_revenue'] }))).toBe('invalid_option');
    expect(bad({ distributions: { nope: { kind: 'normal', sd: 0 } } })).toBe('invalid_option');
    expect(bad({ correlation: { indicators: ['nope'], matrix: [[1]] } })).toBe('invalid_option');
    expect(bad({ correlation: { indicators: ['tech_centers'], matrix: [[1, 0], [0, 1]] } })).toBe('invalid_option');
    expect(bad({ correlation: { indicators: ['tech_centers', 'tech_centers'], matrix: [[1, 0], [0, 1]] } })).toBe('invalid_option');
  });

  it('never gives a non-finite number: a zero-spread path that overflows the doubles is a clipped bound', () => {
    const huge = onePlan({ base: '1e305', rate: '900', target: '1', years: 5 });
    const r = simulateFloat(huge, { runs: 10, seed: 1, distribution: { kind: 'normal', sd: 0 } });
    const points = r.indicators[0]!.percentiles.flatMap((p) => p.points);
    expect(points.every((p) => Number.isFinite(p.value))).toBe(true);
    expect(points.some((p) => p.clipped === true)).toBe(true);
    expect(codeOf(() => simulateFloat(onePlan({ base: '1e400', rate: '5', target: '1', years: 2 }), { runs: 10, seed: 1 }))).toBe('out_of_range');
  });

  it('takes percentiles of its own, and a distribution per indicator', () => {
    const r = simulateFloat(innovation, {
      runs: 500,
      seed: 1,
      percentiles: [10, 90],
      distributions: { tech_centers: { kind: 'normal', sd: 0 } },
    });
    expect(r.indicators[0]!.percentiles.map((p) => p.percentile)).toEqual([10, 90]);
    const tech = r.indicators.find((i) => i.indicator === 'tech_centers')!;
    expect(tech.distribution).toEqual({ kind: 'normal', sd: 0 });
    expect(tech.percentiles[0]!.points.map((p) => p.value)).toEqual(tech.percentiles[1]!.points.map((p) => p.value));
    expect(r.errorBound.quantile).toBe(2 ** -13);
  });
});
