import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cholesky, normalCdf, NormalStream, seededGenerator, uniform, type JumpableRandomGenerator } from '../../src/scenario/random.js';
import { codeOf } from './helpers.js';

const take = (g: JumpableRandomGenerator, n: number) => Array.from({ length: n }, () => g.next());

describe('seededGenerator', () => {
  it('gives the same stream for the same seed and another for another seed', () => {
    expect(take(seededGenerator(1), 8)).toEqual(take(seededGenerator(1), 8));
    expect(take(seededGenerator(1), 8)).not.toEqual(take(seededGenerator(2), 8));
    expect(take(seededGenerator(2 ** 40), 8)).not.toEqual(take(seededGenerator(0), 8));
  });

  it('jumps to streams that do not start where another does', () => {
    const a = seededGenerator(7);
    const b = a.clone();
    b.jump();
    expect(take(a, 4)).not.toEqual(take(b, 4));
  });

  it('refuses seeds that are not whole numbers from 0 to 2^53 − 1', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53, '1' as unknown as number]) expect(codeOf(() => seededGenerator(bad))).toBe('invalid_option');
  });
});

describe('uniform', () => {
  it('stays in [0, 1) at the extremes of the generator', () => {
    const all = (word: number) => ({ next: () => word }) as unknown as JumpableRandomGenerator;
    expect(uniform(all(-1))).toBe(1 - 2 ** -53);
    expect(uniform(all(0))).toBe(0);
  });

  it('is uniform: a Kolmogorov–Smirnov distance below the 1% critical value over 20,000 draws', () => {
    const g = seededGenerator(42);
    const xs = Array.from({ length: 20000 }, () => uniform(g)).sort((a, b) => a - b);
    const d = Math.max(...xs.map((x, i) => Math.max(Math.abs((i + 1) / xs.length - x), Math.abs(x - i / xs.length))));
    expect(d).toBeLessThan(1.63 / Math.sqrt(xs.length));
  });
});

describe('NormalStream', () => {
  it('draws standard normals: mean 0, variance 1, and a KS distance to Φ below the 1% critical value', () => {
    const n = new NormalStream(seededGenerator(42));
    const zs = Array.from({ length: 20000 }, () => n.next());
    const mean = zs.reduce((a, b) => a + b, 0) / zs.length;
    const variance = zs.reduce((a, b) => a + (b - mean) ** 2, 0) / (zs.length - 1);
    expect(Math.abs(mean)).toBeLessThan(4 / Math.sqrt(zs.length));
    expect(Math.abs(variance - 1)).toBeLessThan(0.04);
    zs.sort((a, b) => a - b);
    const d = Math.max(...zs.map((z, i) => Math.max(Math.abs((i + 1) / zs.length - normalCdf(z)), Math.abs(normalCdf(z) - i / zs.length))));
    expect(d).toBeLessThan(1.63 / Math.sqrt(zs.length));
  });

  it('has no sign bias in the second draw of a pair (the sine half of Box–Muller)', () => {
    const n = new NormalStream(seededGenerator(3));
    let positiveSecond = 0;
    for (let i = 0; i < 10000; i++) {
      n.next();
      if (n.next() > 0) positiveSecond++;
    }
    expect(Math.abs(positiveSecond - 5000)).toBeLessThan(200);
  });
});

describe('normalCdf', () => {
  it('matches tabulated values of Φ to 1e-14', () => {
    const table: readonly [number, number][] = [
      [0, 0.5],
      [1, 0.8413447460685429],
      [-1, 0.15865525393145707],
      [1.96, 0.9750021048517795],
      [2.5, 0.9937903346742238],
      [-3, 0.0013498980316301035],
      [-5, 2.866515718791939e-7],
      [-8, 6.22096057427178e-16],
    ];
    for (const [z, p] of table) expect(Math.abs(normalCdf(z) - p)).toBeLessThan(1e-14 + p * 1e-13);
  });

  it('is increasing and symmetric: Φ(−z) = 1 − Φ(z)', () => {
    fc.assert(
      fc.property(fc.double({ min: -8, max: 8, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (z, dz) => {
        expect(normalCdf(z + dz)).toBeGreaterThanOrEqual(normalCdf(z));
        expect(Math.abs(normalCdf(-z) - (1 - normalCdf(z)))).toBeLessThan(1e-15);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('cholesky', () => {
  it('factors a correlation matrix: L·Lᵀ gives it back (law)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }).chain((k) => fc.array(fc.double({ min: -1, max: 1, noNaN: true }), { minLength: k * k, maxLength: k * k }).map((a) => ({ k, a }))), ({ k, a }) => {
        // A·Aᵀ + I, scaled to unit diagonal, is a correlation matrix
        const m = Array.from({ length: k }, (_, i) => Array.from({ length: k }, (_, j) => a.slice(i * k, i * k + k).reduce((s, x, t) => s + x * (a[j * k + t] as number), 0) + (i === j ? 1 : 0)));
        const c = m.map((row, i) => row.map((x, j) => (i === j ? 1 : x / Math.sqrt((m[i]![i] as number) * (m[j]![j] as number)))));
        const l = cholesky(c);
        for (let i = 0; i < k; i++) {
          for (let j = 0; j < k; j++) {
            let s = 0;
            for (let t = 0; t < k; t++) s += (l[i * k + t] as number) * (l[j * k + t] as number);
            expect(Math.abs(s - (c[i]![j] as number))).toBeLessThan(1e-12);
          }
        }
      }),
      { seed: 42, numRuns: 100 },
    );
  });

  it('accepts a perfect correlation (semi-definite) and refuses what is not a correlation matrix', () => {
    expect(Array.from(cholesky([[1, 1], [1, 1]]))).toEqual([1, 0, 1, 0]);
    expect(codeOf(() => cholesky([[1, 0.5], [0.4, 1]]))).toBe('invalid_option');
    expect(codeOf(() => cholesky([[2, 0], [0, 1]]))).toBe('invalid_option');
    expect(codeOf(() => cholesky([[1, 1.5], [1.5, 1]]))).toBe('invalid_option');
    expect(codeOf(() => cholesky([[1, 0.9, -0.9], [0.9, 1, 0.9], [-0.9, 0.9, 1]]))).toBe('invalid_option');
    expect(codeOf(() => cholesky([[1, 0], [0]]))).toBe('invalid_option');
  });
});
