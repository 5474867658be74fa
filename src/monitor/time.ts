/**
 * Time in monitoring, on one axis of fractional years (src/units' `yearFraction`):
 * - a value for year t (an annual actual, a plan figure dated t) stands at the end of t, which is
 *   t + 1 on the axis; a plan's base year t0 is t0 + 1, its target year T is T + 1;
 * - a dated value stands at the end of its day: yearFraction of the next day (Dec 31 of t is t + 1);
 * - the share of a span elapsed at time τ is (τ − (t0 + 1)) / (T − t0), clamped to [0, 1].
 * Dates are written `YYYY-MM-DD`, `YYYY/M/D`, `YYYY-MM` (the month's last day: 1–N月累计) or
 * `2018年6月30日`; they name calendar days, never instants.
 */
import { D } from '../math/index.js';
import { parseChineseDate, parseChineseYear, yearFraction } from '../units/index.js';

/** A parsed day: its ISO text and year. */
export interface Day {
  readonly iso: string;
  readonly year: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** The ISO text of a calendar day, or undefined when the day does not exist. */
function isoOf(y: number, m: number, d: number): string | undefined {
  if (y < 1 || m < 1 || m > 12 || d < 1) return undefined;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return undefined;
  return `${String(y).padStart(4, '0')}-${pad(m)}-${pad(d)}`;
}

/**
 * Reads a date as monitoring accepts it: `2018-06-30`, `2018/6/30`, `2018-6-30`, `2018-06` (the
 * last day of June) or `2018年6月30日`. Undefined for anything else or a day the calendar lacks.
 *
 * @example
 * parseDay('2018-06')?.iso //=> '2018-06-30'
 */
export function parseDay(text: string): Day | undefined {
  if (typeof text !== 'string') return undefined;
  const clean = text.normalize('NFKC').trim();
  const full = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(clean);
  if (full !== null) return dayOf(isoOf(Number(full[1]), Number(full[2]), Number(full[3])));
  const month = /^(\d{4})[-/.](\d{1,2})$/.exec(clean);
  if (month !== null) {
    const y = Number(month[1]);
    const m = Number(month[2]);
    if (m < 1 || m > 12) return undefined;
    return dayOf(isoOf(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate()));
  }
  if (clean.includes('年') && /[日号]$/.test(clean)) {
    try {
      return dayOf(parseChineseDate(clean));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

function dayOf(iso: string | undefined): Day | undefined {
  return iso === undefined ? undefined : { iso, year: Number(iso.slice(0, 4)) };
}

/**
 * Reads a year as monitoring accepts it: `2016`, `2016年`, `二〇一六年`. Undefined otherwise.
 *
 * @example
 * parseYear('2016年') //=> 2016
 */
export function parseYear(text: string | number): number | undefined {
  if (typeof text === 'number') return Number.isInteger(text) ? text : undefined;
  try {
    return parseChineseYear(text);
  } catch {
    return undefined;
  }
}

/**
 * The time of the end of year t: t + 1.
 *
 * @example
 * endOfYear(2017).toString() //=> '2018'
 */
export function endOfYear(year: number): D {
  return new D(year + 1);
}

/**
 * The time of the end of a day (an ISO date): the year fraction at the start of the next day.
 *
 * @example
 * endOfDay('2017-12-31').toString() //=> '2018'
 */
export function endOfDay(iso: string): D {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return yearFraction(`${String(next.getUTCFullYear()).padStart(4, '0')}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`);
}

/**
 * The share of the span from the end of `from` to the end of `to` elapsed at time τ, in [0, 1].
 * Formula: (τ − (from + 1)) / (to − from).
 *
 * @example
 * shareElapsed(new D(2018), 2015, 2020).toString() //=> '0.4'
 */
export function shareElapsed(time: D, from: number, to: number): D {
  const s = time.minus(from + 1).div(to - from);
  return s.lt(0) ? new D(0) : s.gt(1) ? new D(1) : s;
}
