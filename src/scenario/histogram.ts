/**
 * Streaming quantiles of positive doubles in fixed memory: a histogram with log-linear buckets
 * read straight from the bits of each double (its exponent and the top {@link MANTISSA_BITS} bits
 * of its mantissa, as HdrHistogram does), over a window of {@link WINDOW_BINADES} powers of two
 * around a centre. A bucket's width is at most 2^-12 of its lower end, so the midpoint of the
 * bucket that holds an order statistic is within 2^-13 (1.2e-4) of it, relatively. Counts add up,
 * so histograms of parts of a sample merge exactly. Adding a value is a few integer operations
 * and one increment: no per-value comparisons beyond the window test.
 */

/** Mantissa bits per bucket index: 4,096 buckets per power of two. */
export const MANTISSA_BITS = 12;
/** Buckets per histogram, 2^BUCKET_BITS (256 KiB of counts). */
export const BUCKET_BITS = 16;
export const BUCKETS = 1 << BUCKET_BITS;
/** Powers of two the window spans (16: from 2^-8 to 2^8 times the centre). */
export const WINDOW_BINADES = BUCKETS >> MANTISSA_BITS;
/** The relative error bound of a reported quantile: half the widest relative bucket width. */
export const QUANTILE_RELATIVE_ERROR = 2 ** -(MANTISSA_BITS + 1);

/** The shift from a double's high word to its bucket key. */
export const SHIFT = 20 - MANTISSA_BITS;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** The index of the high word of a double in the two 32-bit words that alias it. */
export const HIGH = new Uint8Array(new Float64Array([1]).buffer)[7] === 0x3f ? 1 : 0;
const LOW = 1 - HIGH;

/**
 * The bucket key of a positive double: its high word without the low mantissa bits.
 *
 * @example
 * bucketKey(1) //=> 4190208 (the high word 0x3ff00000 >>> 8)
 */
export function bucketKey(value: number): number {
  F64[0] = value;
  return (U32[HIGH] as number) >>> SHIFT;
}

/**
 * The least double of a bucket key.
 *
 * @example
 * bucketFloor(bucketKey(1.00001)) //=> 1
 */
export function bucketFloor(key: number): number {
  U32[HIGH] = key << SHIFT;
  U32[LOW] = 0;
  return F64[0] as number;
}

/**
 * A set of histograms (one per slot: an indicator's year) in one block of memory. The hot loop
 * of the simulation writes `counts`, `under` and `over` directly.
 */
export interface Histograms {
  readonly slots: number;
  /** counts[slot × BUCKETS + bucket]. */
  readonly counts: Uint32Array;
  /** The bucket key where each slot's window starts. */
  readonly start: Int32Array;
  /** Values below a slot's window (including 0). */
  readonly under: Float64Array;
  /** Values above it. */
  readonly over: Float64Array;
}

/**
 * Empty histograms whose windows centre on the given positive values (one per slot).
 *
 * @example
 * histograms([1990, 2190]).slots //=> 2
 */
export function histograms(centres: readonly number[]): Histograms {
  const slots = centres.length;
  const start = new Int32Array(slots);
  centres.forEach((c, i) => {
    const key = bucketKey(c > 0 && Number.isFinite(c) ? c : 1);
    start[i] = Math.max(0, ((key >>> MANTISSA_BITS) - WINDOW_BINADES / 2) << MANTISSA_BITS);
  });
  return {
    slots,
    counts: new Uint32Array(slots * BUCKETS),
    start,
    under: new Float64Array(slots),
    over: new Float64Array(slots),
  };
}

/**
 * Adds one value (≥ 0) to a slot.
 *
 * @example
 * addValue(h, 0, 1990.1); quantile(h, 0, 0.5).value //=> 1990.1… (within 2^-13)
 */
export function addValue(h: Histograms, slot: number, value: number): void {
  F64[0] = value;
  const offset = (((U32[HIGH] as number) >>> SHIFT) - (h.start[slot] as number)) | 0;
  if (offset >>> 0 < BUCKETS) h.counts[slot * BUCKETS + offset] = (h.counts[slot * BUCKETS + offset] as number) + 1;
  else if (offset < 0) h.under[slot] = (h.under[slot] as number) + 1;
  else h.over[slot] = (h.over[slot] as number) + 1;
}

/**
 * Adds the counts of `from` into `into` (same slots and windows): merging parts of one sample.
 *
 * @example
 * mergeInto(left, right); left.counts //=> the counts of both samples
 */
export function mergeInto(into: Histograms, from: Histograms): void {
  for (let i = 0; i < into.counts.length; i++) into.counts[i] = (into.counts[i] as number) + (from.counts[i] as number);
  for (let s = 0; s < into.slots; s++) {
    into.under[s] = (into.under[s] as number) + (from.under[s] as number);
    into.over[s] = (into.over[s] as number) + (from.over[s] as number);
  }
}

/** A quantile read from a histogram. */
export interface QuantileValue {
  readonly value: number;
  /** True when the order statistic fell outside the window: `value` is then the window's edge, not within the error bound. */
  readonly clipped: boolean;
}

/**
 * The p-quantile (0 ≤ p ≤ 1) of a slot: the ⌈p·N⌉-th smallest of its N values (the least for
 * p = 0), as the midpoint of its bucket: within 2^-13 of it, relatively, unless it lies outside
 * the window (then the window's edge, marked clipped).
 *
 * @example
 * quantile(h, 0, 0.5).value //=> the median, within 2^-13 relatively
 */
export function quantile(h: Histograms, slot: number, p: number): QuantileValue {
  const base = slot * BUCKETS;
  const under = h.under[slot] as number;
  let total = under + (h.over[slot] as number);
  for (let i = 0; i < BUCKETS; i++) total += h.counts[base + i] as number;
  const start = h.start[slot] as number;
  if (total === 0) return { value: bucketFloor(start), clipped: true };
  const rank = Math.max(1, Math.ceil(p * total));
  if (rank <= under) return { value: bucketFloor(start), clipped: true };
  let seen = under;
  for (let i = 0; i < BUCKETS; i++) {
    seen += h.counts[base + i] as number;
    if (rank <= seen) return { value: (bucketFloor(start + i) + bucketFloor(start + i + 1)) / 2, clipped: false };
  }
  return { value: bucketFloor(start + BUCKETS), clipped: true };
}
