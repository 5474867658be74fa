import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addValue, bucketFloor, bucketKey, histograms, mergeInto, quantile, QUANTILE_RELATIVE_ERROR } from '../../src/scenario/histogram.js';

const positive = fc.double({ min: 1e-300, max: 1e300, noNaN: true });

describe('buckets', () => {
  it('hold their values: floor(key(v)) ≤ v < floor(key(v) + 1), at most 2^-12 wide relatively (law)', () => {
    fc.assert(
      fc.property(positive, (v) => {
        const k = bucketKey(v);
        const lo = bucketFloor(k);
        const hi = bucketFloor(k + 1);
        expect(lo).toBeLessThanOrEqual(v);
        expect(v).toBeLessThan(hi);
        expect((hi - lo) / lo).toBeLessThanOrEqual(2 ** -12);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe('quantile', () => {
  it('is within 2^-13 of the exact ⌈p·N⌉-th value for values inside the window (law)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 300 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, p) => {
          const h = histograms([1]);
          for (const v of values) addValue(h, 0, v);
          const sorted = [...values].sort((a, b) => a - b);
          const exact = sorted[Math.max(1, Math.ceil(p * values.length)) - 1] as number;
          const q = quantile(h, 0, p);
          expect(q.clipped).toBe(false);
          expect(Math.abs(q.value - exact)).toBeLessThanOrEqual(exact * QUANTILE_RELATIVE_ERROR);
        },
      ),
      { seed: 42, numRuns: 300 },
    );
  });

  it('marks order statistics outside the window (2^±8 around the centre) as clipped', () => {
    const h = histograms([100]);
    for (const v of [0, 0.001, 50, 100, 150, 1e9]) addValue(h, 0, v);
    expect(quantile(h, 0, 0).clipped).toBe(true); // 0
    expect(quantile(h, 0, 0.5)).toEqual({ value: expect.closeTo(50, 2), clipped: false });
    expect(quantile(h, 0, 1).clipped).toBe(true); // 1e9
    expect(quantile(histograms([1]), 0, 0.5).clipped).toBe(true); // empty
  });

  it('merges exactly: the histogram of a sample is the sum of its parts (law)', () => {
    fc.assert(
      fc.property(fc.array(positive), fc.array(positive), (a, b) => {
        const whole = histograms([1, 1e6]);
        const left = histograms([1, 1e6]);
        const right = histograms([1, 1e6]);
        a.forEach((v, i) => {
          addValue(whole, i % 2, v);
          addValue(left, i % 2, v);
        });
        b.forEach((v, i) => {
          addValue(whole, (a.length + i) % 2, v);
          addValue(right, (a.length + i) % 2, v);
        });
        mergeInto(left, right);
        expect(left.counts.every((c, i) => c === whole.counts[i])).toBe(true);
        expect([...left.under, ...left.over]).toEqual([...whole.under, ...whole.over]);
      }),
      { seed: 42, numRuns: 30 },
    );
  });
});
