/**
 * The seeded random streams of the simulation, in binary floats (the one place they are allowed).
 *
 * The generator is pure-rand's xoroshiro128+: a few 32-bit operations per output, a period of
 * 2^128 − 1, and `jump()`, which moves a stream 2^64 steps ahead. Paths are simulated in blocks of
 * {@link BLOCK_PATHS}; block b draws from the seed's stream jumped b times, so every path's draws
 * depend on the seed and its index only, never on how the work is split (the same result from one
 * thread or many, in one call or several). Its initial state comes from the seed through
 * SplitMix32, so that nearby seeds start far apart. Doubles take the high 53 of two outputs' bits
 * (the lowest bits of xoroshiro128+ are its weakest); normals are Box–Muller pairs.
 */
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import type { JumpableRandomGenerator } from 'pure-rand/types/JumpableRandomGenerator';
import { argError } from '../errors.js';

export type { JumpableRandomGenerator };

/** Paths per block of the stream (a fixed constant: results depend on it, so it never changes). */
export const BLOCK_PATHS = 65_536;

/** The largest seed: seeds are integers from 0 to 2^53 − 1. */
export const MAX_SEED = Number.MAX_SAFE_INTEGER;

/** SplitMix32: a 32-bit mixer whose outputs seed the generator's four state words. */
function splitMix32(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x9e3779b9) | 0;
    let t = a ^ (a >>> 16);
    t = Math.imul(t, 0x21f0aaad);
    t ^= t >>> 15;
    t = Math.imul(t, 0x735a2d97);
    return (t ^ (t >>> 15)) | 0;
  };
}

/**
 * The generator of a seed, before its first block.
 *
 * @throws `invalid_option` unless the seed is an integer from 0 to 2^53 − 1.
 * @example
 * seededGenerator(1).next() === seededGenerator(1).next() //=> true
 */
export function seededGenerator(seed: number): JumpableRandomGenerator {
  if (typeof seed !== 'number' || !Number.isSafeInteger(seed) || seed < 0) {
    throw argError('invalid_option', 'options.seed', seed, 'must be an integer from 0 to 2^53 - 1');
  }
  const low = splitMix32(seed >>> 0);
  const high = splitMix32(Math.floor(seed / 2 ** 32) ^ 0x5bd1e995);
  const state: number[] = [low() ^ high(), low() ^ high(), low() ^ high(), low() ^ high()];
  if (!state.some((w) => w !== 0)) state[0] = 1;
  return xoroshiro128plusFromState(state);
}

/**
 * A uniform double in [0, 1): 53 bits, the high 27 bits of one 32-bit output and the high 26 of the next.
 *
 * @example
 * const u = uniform(seededGenerator(1)); u >= 0 && u < 1 //=> true
 */
export function uniform(g: JumpableRandomGenerator): number {
  return ((g.next() >>> 5) * 67108864 + (g.next() >>> 6)) * 1.1102230246251565e-16;
}

/** Standard normal draws by Box–Muller, two per pair of uniforms; the second of a pair is kept for the next call. */
export class NormalStream {
  private spare = 0;
  private hasSpare = false;

  constructor(private readonly g: JumpableRandomGenerator) {}

  /** The next standard normal draw. */
  next(): number {
    if (this.hasSpare) {
      this.hasSpare = false;
      return this.spare;
    }
    const u1 = 1 - uniform(this.g); // (0, 1]: the logarithm stays finite
    const u2 = uniform(this.g);
    const r = Math.sqrt(-2 * Math.log(u1));
    const theta = 6.283185307179586 * u2;
    this.spare = r * Math.sin(theta);
    this.hasSpare = true;
    return r * Math.cos(theta);
  }
}

/** erfc(x) for x ≥ 0: the Maclaurin series of erf below 2, a continued fraction (Lentz) above; about 1e-15 relative. */
function erfcPositive(x: number): number {
  if (x < 2) {
    let term = x;
    let sum = x;
    const x2 = x * x;
    for (let n = 1; n < 100; n++) {
      term *= -x2 / n;
      const add = term / (2 * n + 1);
      sum += add;
      if (Math.abs(add) < 1e-17 * Math.abs(sum)) break;
    }
    return 1 - 1.1283791670955126 * sum;
  }
  // erfc(x) = exp(−x²)/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + …)))))
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 200; n++) {
    const a = n / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / (1.7724538509055159 * f);
}

/**
 * The standard normal distribution function Φ(z), to about 1e-15 (absolute, and relative in the
 * lower tail).
 *
 * @example
 * normalCdf(0) //=> 0.5
 */
export function normalCdf(z: number): number {
  const x = Math.abs(z) * 0.7071067811865476;
  const tail = 0.5 * erfcPositive(x);
  return z < 0 ? tail : 1 - tail;
}

/**
 * The lower-triangular Cholesky factor L (row-major, k × k) of a correlation matrix: symmetric,
 * ones on the diagonal, entries in [−1, 1], positive semi-definite.
 *
 * @throws `invalid_option` for anything else.
 * @example
 * Array.from(cholesky([[1, 0.5], [0.5, 1]])).map((x) => x.toFixed(4)) //=> ['1.0000', '0.0000', '0.5000', '0.8660']
 */
export function cholesky(matrix: readonly (readonly number[])[]): Float64Array {
  const k = matrix.length;
  const at = (i: number, j: number): number => {
    const row = matrix[i];
    const v = Array.isArray(row) ? row[j] : undefined;
    if (row === undefined || row.length !== k || typeof v !== 'number' || !Number.isFinite(v)) {
      throw argError('invalid_option', `correlation.matrix[${i}]`, row, `must be a row of ${k} finite numbers`);
    }
    return v;
  };
  for (let i = 0; i < k; i++) {
    if (Math.abs(at(i, i) - 1) > 1e-12) throw argError('invalid_option', `correlation.matrix[${i}][${i}]`, at(i, i), 'must be 1');
    for (let j = 0; j < i; j++) {
      if (Math.abs(at(i, j) - at(j, i)) > 1e-12) throw argError('invalid_option', `correlation.matrix[${i}][${j}]`, at(i, j), `must equal matrix[${j}][${i}]`);
      if (Math.abs(at(i, j)) > 1) throw argError('invalid_option', `correlation.matrix[${i}][${j}]`, at(i, j), 'must be between -1 and 1');
    }
  }
  const l = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = at(i, j);
      for (let m = 0; m < j; m++) sum -= (l[i * k + m] as number) * (l[j * k + m] as number);
      if (i === j) {
        if (sum < -1e-10) throw argError('invalid_option', 'correlation.matrix', `pivot ${i}`, 'must be positive semi-definite');
        l[i * k + i] = Math.sqrt(Math.max(sum, 0));
      } else {
        const pivot = l[j * k + j] as number;
        l[i * k + j] = pivot > 1e-12 ? sum / pivot : 0;
      }
    }
  }
  return l;
}
