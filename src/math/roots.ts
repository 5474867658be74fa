/**
 * Roots and real powers at full precision. The n-th root is the hot path of every CAGR: a float
 * seed refined by Halley's iteration (third-order Newton) in BigInt fixed point, one step in the
 * usual case, then rounded once to the 40 digits of `D`.
 */
import { argError } from '../errors.js';
import { D, toDecimal, type Numeric } from './decimal.js';

const ONE = new D(1);
/** Working digits of the fixed-point root (a few beyond the 40 of `D`). */
const WORK = 44;
const MAX_STEPS = 200;
/** Above this order the BigInt powers get long; decimal.js exp/ln takes over. */
const MAX_FIXED_ORDER = 128;
const TEN = 10n;

/** `x = coefficient · 10^exponent` for a finite, non-zero D. */
interface Scaled {
  readonly coefficient: bigint;
  readonly exponent: number;
  /** The leading (up to) 17 digits as a float, and the power of ten that scales them. */
  readonly lead: number;
  readonly leadExponent: number;
}

function scaled(x: D): Scaled {
  const words = x.d;
  let digits = String(words[0]);
  for (let i = 1; i < words.length; i++) digits += String(words[i]).padStart(7, '0');
  const exponent = x.e - (digits.length - 1);
  const cut = Math.min(digits.length, 17);
  return {
    coefficient: BigInt(digits),
    exponent,
    lead: Number(digits.slice(0, cut)),
    leadExponent: exponent + digits.length - cut,
  };
}

const POWERS: readonly bigint[] = Array.from({ length: 256 }, (_, k) => TEN ** BigInt(k));

/** 10^k as a BigInt (cached for small k). */
function pow10(k: number): bigint {
  return POWERS[k] ?? TEN ** BigInt(k);
}

/**
 * (b/a)^(1/n) − shift for positive a, b and a safe integer n ≥ 1, where `shift` is 0 or 1: the
 * root in BigInt fixed point, the shift subtracted exactly, one rounding to 40 digits at the end.
 * No validation: the caller guarantees the preconditions.
 * @internal
 */
export function ratioRoot(a: D, b: D, n: number, shift: 0 | 1 = 0): D {
  if (n === 1) return shift === 0 ? b.div(a) : b.div(a).minus(1);
  if (n > MAX_FIXED_ORDER) {
    const root = b.div(a).pow(ONE.div(n));
    return shift === 0 ? root : root.minus(1);
  }
  const sa = scaled(a);
  const sb = scaled(b);
  // Float seed: ratio ≈ rho · 10^t; with t = q·n + r (0 ≤ r < n), root = (rho·10^r)^(1/n) · 10^q.
  const rho = sb.lead / sa.lead;
  const t = sb.leadExponent - sa.leadExponent;
  if (Math.abs(t) > 1e15) {
    // Exponents this far apart are beyond exact float arithmetic: let decimal.js do it.
    const root = b.div(a).pow(ONE.div(n));
    return shift === 0 ? root : root.minus(1);
  }
  const q = Math.floor(t / n);
  const r = t - q * n;
  const s = Math.pow(rho * Math.pow(10, r), 1 / n);
  const lead = Math.floor(Math.log10(s));
  // root ≈ Y · 10^exp with Y about WORK digits long.
  const exp = q + lead - WORK + 1;
  let y = BigInt(Math.round(s * Math.pow(10, 16 - lead))) * pow10(WORK - 17);
  // Solve ca · Y^n · 10^(ea + n·exp) = cb · 10^eb for Y: left = ca·10^max(0,−k), right = cb·10^max(0,k).
  const k = sb.exponent - sa.exponent - n * exp;
  const left = k < 0 ? sa.coefficient * pow10(-k) : sa.coefficient;
  const right = k > 0 ? sb.coefficient * pow10(k) : sb.coefficient;
  const bn = BigInt(n);
  const up = (bn + 1n) * right;
  const down = (bn - 1n) * right;
  const order = Math.log10((n * n - 1) / 12);
  for (let step = 0; step < MAX_STEPS; step++) {
    // Halley: Y ← Y·((n+1)R + (n−1)Z) / ((n−1)R + (n+1)Z), Z = L·Y^n. The relative error after a
    // step is ((n²−1)/12)·δ³ for a step of relative size δ: stop once that is below 10^−(WORK+1).
    const z = left * y ** bn;
    const next = (y * (up + (bn - 1n) * z)) / (down + (bn + 1n) * z);
    const change = next - y;
    y = next;
    if (change === 0n) break;
    const delta = Math.abs(Number(change) / Number(y));
    if (3 * Math.log10(delta) + order < -WORK - 1) break;
  }
  if (shift === 1) {
    if (exp <= 0) return new D(`${y - pow10(-exp)}e${exp}`).toSignificantDigits();
    return new D(`${y}e${exp}`).minus(1);
  }
  return new D(`${y}e${exp}`).toSignificantDigits();
}

/**
 * The positive n-th root of a non-negative D, n a positive safe integer. No validation.
 * @internal
 */
function rootOf(x: D, n: number): D {
  if (n === 1 || x.isZero()) return x;
  return ratioRoot(ONE, x, n);
}

/** Above this many digits an exact BigInt power is not worth it; decimal.js takes over. */
const MAX_EXACT_DIGITS = 4000;

/**
 * x^n for a safe integer n: the exact power of the coefficient in BigInt, rounded once to 40
 * digits (1/x^|n| for negative n). The result may be ±Infinity or 0 beyond the Decimal range.
 * No validation: 0 to a negative power is the caller's to exclude.
 * @internal
 */
export function powInt(x: D, n: number): D {
  if (n === 0) return ONE;
  if (x.isZero() || n === 1) return x;
  const m = Math.abs(n);
  const sx = scaled(x);
  const digits = sx.coefficient.toString().length;
  let r: D;
  if (digits * m > MAX_EXACT_DIGITS) {
    r = x.abs().pow(m);
  } else {
    r = new D(`${sx.coefficient ** BigInt(m)}e${sx.exponent * m}`);
  }
  if (x.isNegative() && m % 2 === 1) r = r.negated();
  return n < 0 ? ONE.div(r) : r.toSignificantDigits();
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}

/**
 * x^y for x > 0 (any x for an integer y), without validation: integer powers exactly
 * ({@link powInt}); y = p/q with a small q as the q-th root of x^p; exp(y·ln x) otherwise.
 * The result may be Infinity or 0 beyond the Decimal range.
 * @internal
 */
export function powOf(x: D, y: D): D {
  if (y.isInteger() && y.abs().lte(Number.MAX_SAFE_INTEGER)) return powInt(x, y.toNumber());
  const f = fractionOf(y);
  if (f !== undefined && f.q <= MAX_FIXED_ORDER && Math.abs(f.p) <= 1000) {
    const power = powInt(x, f.p);
    if (power.isFinite() && !power.isZero()) return rootOf(power, f.q);
  }
  return x.pow(y);
}

/** y = p/q in lowest terms when y has at most 6 decimals and is below 10^6 in size. */
function fractionOf(y: D): { readonly p: number; readonly q: number } | undefined {
  const places = y.decimalPlaces();
  if (places > 6 || y.abs().gte(1e6)) return undefined;
  const scale = 10 ** places;
  const numerator = y.times(scale).toNumber();
  const g = gcd(Math.abs(numerator), scale);
  return { p: numerator / g, q: scale / g };
}

/**
 * x^(1/y) for x > 0 and y > 0, without validation: the y-th root for integer y; for y = p/q
 * with a small p, the p-th root of x^q; exp(ln(x)/y) otherwise.
 * @internal
 */
export function powInverse(x: D, y: D): D {
  if (y.isInteger() && y.lte(Number.MAX_SAFE_INTEGER)) return rootOf(x, y.toNumber());
  const f = fractionOf(y);
  if (f !== undefined && f.p <= MAX_FIXED_ORDER && f.q <= 1000) {
    const power = powInt(x, f.q);
    if (!power.isFinite() || power.isZero()) return x.pow(ONE.div(y));
    return rootOf(power, f.p);
  }
  return x.pow(ONE.div(y));
}

/**
 * ln(1 + u) for u > −1, accurate also for u near 0: 2·atanh(u / (2 + u)) by its series
 * (z + z³/3 + z⁵/5 + …) when |u| is small, decimal.js `ln` otherwise.
 * @internal
 */
export function ln1p(u: D): D {
  if (u.abs().gt(0.02)) return u.plus(1).ln();
  if (u.isZero()) return u;
  const z = u.div(u.plus(2));
  const z2 = z.times(z);
  let power = z;
  let sum = z;
  for (let k = 3; ; k += 2) {
    power = power.times(z2);
    const term = power.div(k);
    if (term.isZero() || term.e < sum.e - 42) break;
    sum = sum.plus(term);
  }
  return sum.times(2);
}

/**
 * ln(b / a) for positive a and b: through {@link ln1p} of (b − a)/a when the ratio is near 1,
 * the plain logarithm of the ratio otherwise.
 * @internal
 */
export function lnRatio(a: D, b: D): D {
  const u = b.minus(a).div(a);
  return u.abs().gt(0.02) ? b.div(a).ln() : ln1p(u);
}



