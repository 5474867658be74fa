/**
 * Splitting targets (DOMAIN.md section 6): a multi-year target into annual targets (equal rate, or
 * equal increments for shares and points), a year's amount into months or quarters (序时进度),
 * and a total among sub-units by stated shares or amounts, with the check that the split adds up.
 */
import { argError } from '../errors.js';
import { D, requiredRate, toDecimal, type Numeric, type YearSpan } from '../math/index.js';
import { powInt } from '../math/roots.js';

/** How a multi-year target is split into years: by an equal annual rate, or by equal increments. */
export type SplitMethod = 'rate' | 'increment';

/** One year's target of a decomposition. */
export interface AnnualTarget {
  readonly year: number;
  /** The value the year should reach. */
  readonly value: D;
  /** Its change over the year before: the annual rate (`rate`) or the increment (`increment`). */
  readonly change: D;
  /** The share of the way from the base to the target covered by the end of the year. */
  readonly progress: D;
}

function whole(year: unknown, argument: string): number {
  if (typeof year !== 'number' || !Number.isSafeInteger(year)) throw argError('invalid_year', argument, year, 'must be a whole year');
  return year;
}

/**
 * The annual targets that take `base` (in year `from`) to `target` (in year `to`): by an equal
 * annual rate (the dominant practice; declines too: a 16% five-year cut is 3.43% a year), or by
 * equal increments (shares and percentage points).
 * Formula: rate: value(y) = base × (1 + g)^(y − from), g = (target/base)^(1/n) − 1;
 * increment: value(y) = base + (target − base) × (y − from)/n; n = to − from. The last year's
 * value is the target itself (not its 40-digit reconstruction).
 *
 * @throws `invalid_year` / `invalid_years` for a span that is not whole years with to > from (at
 *   most 1000); `non_positive` / `negative` when `rate` meets a base ≤ 0 or a target < 0.
 * @example
 * annualTargets(1, '0.84', { from: 2015, to: 2020 })[0].change.toFixed(4) //=> '-0.0343'
 * annualTargets('53.2', '60', { from: 2015, to: 2020 }, 'increment')[0].value.toFixed(2) //=> '54.56'
 */
export function annualTargets(base: Numeric, target: Numeric, span: YearSpan, method: SplitMethod = 'rate'): readonly AnnualTarget[] {
  const from = whole(span?.from, 'span.from');
  const to = whole(span?.to, 'span.to');
  if (to <= from || to - from > 1000) throw argError('invalid_years', 'span.to', to, `must be 1 to 1000 years after span.from (${from})`);
  if (method !== 'rate' && method !== 'increment') throw argError('invalid_option', 'method', method, "must be 'rate' or 'increment'");
  const b = toDecimal(base, 'base');
  const t = toDecimal(target, 'target');
  const n = to - from;
  const out: AnnualTarget[] = [];
  if (method === 'increment') {
    const step = t.minus(b).div(n);
    for (let k = 1; k <= n; k++) {
      out.push({ year: from + k, value: k === n ? t : b.plus(step.times(k)), change: step, progress: new D(k).div(n) });
    }
    return out;
  }
  const g = requiredRate(b, t, n);
  const factor = g.plus(1);
  const logTotal = t.eq(b) ? undefined : t.div(b).ln();
  for (let k = 1; k <= n; k++) {
    const value = k === n ? t : b.times(powInt(factor, k));
    out.push({
      year: from + k,
      value,
      change: g,
      progress: logTotal === undefined ? new D(k).div(n) : value.div(b).ln().div(logTotal),
    });
  }
  return out;
}

/** One month's or quarter's target of a year's amount. */
export interface InYearTarget {
  /** 1..12 for months, 1..4 for quarters. */
  readonly period: number;
  /** The amount due in the period. */
  readonly amount: D;
  /** The amount due from Jan 1 to the period's end (1–N月累计). */
  readonly cumulative: D;
  /** The cumulative share of the year's amount (序时进度). */
  readonly share: D;
}

/**
 * The monthly or quarterly cumulative targets of a year's amount of a flow (investment, projects):
 * equal shares (序时进度), the convention of monthly progress reports.
 * Formula: cumulative(k) = amount × k / periods.
 *
 * @throws `invalid_option` for `by` other than month or quarter; `invalid_number` / `non_finite`.
 * @example
 * inYearTargets(600, 'quarter')[1].cumulative.toString() //=> '300'
 */
export function inYearTargets(amount: Numeric, by: 'month' | 'quarter'): readonly InYearTarget[] {
  if (by !== 'month' && by !== 'quarter') throw argError('invalid_option', 'by', by, "must be 'month' or 'quarter'");
  const a = toDecimal(amount, 'amount');
  const periods = by === 'month' ? 12 : 4;
  const each = a.div(periods);
  return Array.from({ length: periods }, (_, i) => {
    const k = i + 1;
    return { period: k, amount: each, cumulative: k === periods ? a : each.times(k), share: new D(k).div(periods) };
  });
}

/** A sub-unit's part of a total, given by its share or by its amount. */
export interface SplitPart {
  readonly name: string;
  readonly share?: Numeric;
  readonly amount?: Numeric;
}

/** A sub-unit's part after {@link splitTarget}. */
export interface SplitShare {
  readonly name: string;
  readonly share: D;
  readonly amount: D;
}

/** A total split among sub-units, and whether the parts add up to it. */
export interface TargetSplit {
  readonly total: D;
  readonly parts: readonly SplitShare[];
  /** Σ amounts. */
  readonly sum: D;
  /** Σ amounts − total (0 when the split adds up). */
  readonly gap: D;
  readonly addsUp: boolean;
}

/**
 * Splits a total among sub-units (开发区, 县) by their stated shares or amounts, and checks that the
 * parts add up to the total exactly.
 * Formula: amount = total × share, or share = amount / total; gap = Σ amount − total.
 *
 * @throws `invalid_option` for a part with neither or both of share and amount, or a name that is
 *   not a string; `non_positive` for a total ≤ 0; `invalid_number` / `non_finite`.
 * @example
 * const s = splitTarget(2800, [{ name: '五个开发区', share: '49.4%' }, { name: '10县', share: '50.6%' }]);
 * [s.parts[0].amount.toString(), s.addsUp] //=> ['1383.2', true]
 */
export function splitTarget(total: Numeric, parts: readonly SplitPart[]): TargetSplit {
  const t = toDecimal(total, 'total');
  if (t.lte(0)) throw argError('non_positive', 'total', total, 'must be positive');
  if (!Array.isArray(parts)) throw argError('invalid_option', 'parts', parts, 'must be a list of parts');
  const shares = parts.map((p, i): SplitShare => {
    if (typeof p?.name !== 'string') throw argError('invalid_option', `parts[${i}].name`, p?.name, 'must be a string');
    if ((p.share === undefined) === (p.amount === undefined)) {
      throw argError('invalid_option', `parts[${i}]`, p.name, 'needs exactly one of share and amount');
    }
    if (p.share !== undefined) {
      const share = toDecimal(p.share, `parts[${i}].share`);
      return { name: p.name, share, amount: t.times(share) };
    }
    const amount = toDecimal(p.amount as Numeric, `parts[${i}].amount`);
    return { name: p.name, share: amount.div(t), amount };
  });
  const sum = shares.reduce((s, p) => s.plus(p.amount), new D(0));
  const gap = sum.minus(t);
  return { total: t, parts: shares, sum, gap, addsUp: gap.isZero() };
}
