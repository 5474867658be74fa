/** English messages. Units stay as the plan writes them (亿元, 户, %). */
import type { ClaimWord, Priced } from '../params.js';
import type { FindingOf, Reading } from '../types.js';
import type { Cumulative, Growth, Judged, Messages, Span, Template } from './types.js';


/** A number with 个百分点 spelled out in English. */
const pts = (x: string): string => x.replace(/个百分点$/, ' percentage points');

/** " (x)", or nothing for an empty x. */
const paren = (x: string): string => (x === '' ? '' : ` (${x})`);

const CLAIM: Readonly<Record<ClaimWord, string>> = {
  floor: 'floor ',
  floor_exclusive: 'floor (exclusive) ',
  ceiling: 'ceiling ',
  ceiling_exclusive: 'ceiling (exclusive) ',
  approx: 'approximate ',
  near: 'reach-or-come-close ',
  range: 'range ',
  more: 'a little more than ',
  less: 'nearly ',
  exact: 'target ',
  whole: 'whole, ',
  rounded: '',
};

/** "the stated floor 2000亿元". */
const stated = (f: Judged): string => `the stated ${CLAIM[f.params.claim]}${pts(f.params.stated)}`;
/** Which side of the stated figure the implied value is on; for a decline, going further is overshooting it. */
const side = (f: Judged): string =>
  f.decline === true ? (f.direction === 'short' ? 'beyond' : 'short of') : f.direction === 'short' ? 'short of' : 'above';
/** How the implied value was read, when an alternative reading gave the verdict. */
const AS_READ: Readonly<Record<Reading, string>> = {
  points_not_percent: 'read as percentage points',
  percent_not_points: 'read as percent',
  restated_rounded: 'with the restated figure rounded',
  truncation: 'read as truncated',
  lenient_rounding: 'with lenient rounding',
  current_prices: 'at current prices',
};
/** The reading the implied value is under, as " (under 累计法)", or nothing. */
const note = (f: Judged): string => paren(f.reading === undefined ? '' : AS_READ[f.reading]);
/** The implied value, with the reading it is under: "6.40 percentage points (read as percentage points)". */
const implied = (f: Judged): string => `${pts(f.params.implied)}${note(f)}`;
/** The miss: by how much and which side; an exclusive bound hit exactly is on its excluded side. */
const off = (f: Judged): string => {
  if (f.bound !== undefined) return `exactly at, not ${f.bound === 'floor' ? 'above' : 'below'}, ${stated(f)}`;
  return `${pts(f.params.gap)} (${f.params.gapPct}) ${side(f)} ${stated(f)}`;
};
/**
 * How a relation that holds meets its stated figure: plainly when it holds as written, else
 * saying how (within rounding, through which qualifiers, under which reading).
 */
const meeting = (f: Judged, verb = 'matching'): string => {
  switch (f.verdict) {
    case 'consistent_within_rounding':
      return `${verb} ${stated(f)} within rounding`;
    case 'consistent_via_qualifier':
      return `${verb} ${stated(f)} only through ${f.qualifiersUsed.join('、')}`;
    case 'consistent_other_reading': {
      const reading = f.readings[0];
      return `${verb} ${stated(f)} only ${reading === undefined ? 'under another reading' : AS_READ[reading]}`;
    }
    default:
      return `${verb} ${stated(f)}`;
  }
};
/** The free figure as a message shows it. */
const required = (f: Judged): string => pts(f.params.required ?? '');
/** What the free rate must do: reach the target, or pass an exclusive bound it only touches. */
const needs = (f: Judged, verb: string): string => {
  if (f.bound === 'floor') return `exceeding it needs more than ${required(f)} a year`;
  if (f.bound === 'ceiling') return `staying below it needs less than ${required(f)} a year`;
  return `${verb} it needs ${required(f)} a year`;
};
/** The figure the caveat says is at comparable prices. */
const PRICED: Readonly<Record<Priced, string>> = {
  rate: 'the rate is at comparable prices and the levels at current prices',
  change: 'the change is at comparable prices and the levels at current prices',
  multiple: 'the multiple is at comparable prices and the levels at current prices',
  mixed: 'the rate and the change are at different price bases',
};

const growth = (f: Growth): string => {
  const p = f.params;
  return `${p.subject}: ${pts(p.base)} in ${p.baseYear} growing ${pts(p.rate)} a year gives ${implied(f)} in ${p.targetYear}`;
};
const span = (f: Span): string => {
  const p = f.params;
  return `${p.subject}: from ${pts(p.start)} in ${p.startYear} to ${pts(p.end)} in ${p.endYear}`;
};
const cumulative = (f: Cumulative): string => {
  const p = f.params;
  return `${p.subject}: ${pts(p.total)} over ${p.fromYear ?? '?'}–${p.toYear ?? '?'} from ${pts(p.base)} in ${p.baseYear ?? '?'} needs ${implied(f)} a year (累计法)`;
};
const average = (f: FindingOf<'average_matches' | 'average_mismatch'>): string => {
  const p = f.params;
  const what = p.of === 'increase' ? 'a yearly increase of' : 'a yearly average of';
  return `${p.subject}: ${pts(p.total)} over the ${p.years} years ${p.fromYear}–${p.toYear} is ${what} ${implied(f)}`;
};
const yearly = (f: FindingOf<'annual_points_match' | 'annual_points_mismatch' | 'rate_multiple_matches' | 'rate_multiple_mismatch'>, as: 'points' | 'rate'): string => {
  const p = f.params;
  return as === 'points'
    ? `${p.subject}: ${pts(p.other)} over ${p.fromYear}–${p.toYear} is ${implied(f)} a year (points add up, they do not compound)`
    : `${p.subject}: ${pts(p.other)} a year over ${p.fromYear}–${p.toYear} makes ${implied(f)}`;
};
const gap = (f: FindingOf<'gap_matches' | 'gap_mismatch'>): string =>
  `${f.params.subject}: ${pts(f.params.actual)} against the target ${pts(f.params.target)} in ${f.params.year} is a gap of ${implied(f)}`;
const caveat =
  <C extends 'comparable_prices' | 'cumulative_method' | 'other_total' | 'comparable_scope' | 'revised_base'>(why: (f: FindingOf<C>) => string): Template<C> =>
  (f) =>
    `${f.params.subject}: the other figures imply ${implied(f)} against ${stated(f)} (${pts(f.params.gap)}, ${f.params.gapPct} apart), but ${why(f)}`;

export const en: Messages = {
  verdicts: {
    consistent: 'Consistent',
    consistent_within_rounding: 'Consistent within rounding',
    consistent_via_qualifier: 'Consistent via qualifier',
    consistent_other_reading: 'Consistent under another reading',
    near_miss: 'Near miss',
    inconsistent: 'Inconsistent',
    indeterminate: 'Indeterminate',
    not_checkable: 'Not checkable',
  },
  decisions: {
    floor_not_met: 'floor not met',
    ceiling_exceeded: 'ceiling exceeded',
    target_not_reached: 'target not reached',
    stretch_target_not_reached: 'stretch target not reached',
  },
  readings: {
    points_not_percent: 'percentage points instead of percent',
    percent_not_points: 'percent instead of percentage points',
    restated_rounded: 'a restated planned figure read as rounded to its written decimals',
    truncation: 'truncation instead of rounding',
    lenient_rounding: 'lenient rounding (±1 unit of the last digit)',
    current_prices: 'at current prices',
  },
  hints: {
    decline_sign: 'check the sign: a decline is a negative number in a plan file (下降3.5% is -3.5)',
  },
  templates: {
    target_reached: (f) => `${growth(f)}, ${meeting(f, 'meeting')}`,
    target_short: (f) => `${growth(f)}, ${off(f)}; ${needs(f, 'reaching')}`,
    target_exceeded: (f) => `${growth(f)}, ${off(f)}; ${needs(f, 'matching')}`,
    rate_matches: (f) => `${span(f)} is ${pts(f.params.implied)} a year${note(f)}, ${meeting(f)}`,
    rate_mismatch: (f) => `${span(f)} is ${pts(f.params.implied)} a year${note(f)}, ${off(f)}; the stated rate would have to be ${required(f)}`,
    sum_matches: (f) => `${f.params.subject}: the parts ${f.params.parts} add up to ${implied(f)}, ${meeting(f)}`,
    sum_mismatch: (f) =>
      `${f.params.subject}: the parts ${f.params.parts} add up to ${implied(f)}, ${off(f)}; ${f.params.required === undefined ? 'they do not make up the whole' : `the total would have to be ${required(f)}`}`,
    share_matches: (f) => `${f.params.subject}: ${pts(f.params.part)} of ${pts(f.params.total)} is ${implied(f)}, ${meeting(f)}`,
    share_mismatch: (f) =>
      `${f.params.subject}: ${pts(f.params.part)} of ${pts(f.params.total)} is ${implied(f)}, ${off(f)}; the share would have to be ${required(f)}`,
    points_match: (f) => `${span(f)} is a change of ${implied(f)}, ${meeting(f)}`,
    points_mismatch: (f) => `${span(f)} is a change of ${implied(f)}, ${off(f)}`,
    change_matches: (f) => `${span(f)} is a change of ${implied(f)}, ${meeting(f)}`,
    change_mismatch: (f) => `${span(f)} is a change of ${implied(f)}, ${off(f)}`,
    annual_cumulative_match: (f) =>
      `${f.params.subject}: ${pts(f.params.rate)} a year over ${f.params.fromYear}–${f.params.toYear} compounds to ${implied(f)}, ${meeting(f)}`,
    annual_cumulative_mismatch: (f) =>
      `${f.params.subject}: ${pts(f.params.rate)} a year over ${f.params.fromYear}–${f.params.toYear} compounds to ${implied(f)}, ${off(f)}; that change needs ${required(f)} a year`,
    multiple_matches: (f) => `${span(f)} is ${implied(f)}, ${meeting(f)}`,
    multiple_mismatch: (f) => `${span(f)} is ${implied(f)}, ${off(f)}`,
    cumulative_rate_matches: (f) => `${cumulative(f)}, ${meeting(f)}`,
    cumulative_rate_mismatch: (f) => `${cumulative(f)}, ${off(f)}; at ${pts(f.params.rate)} the total would be ${pts(f.params.totalAtRate)}`,
    increase_matches: (f) => `${span(f)} is a change of ${implied(f)}, ${meeting(f)}`,
    increase_mismatch: (f) => `${span(f)} is a change of ${implied(f)}, ${off(f)}`,
    average_matches: (f) => `${average(f)}, ${meeting(f)}`,
    average_mismatch: (f) => `${average(f)}, ${off(f)}`,
    annual_points_match: (f) => `${yearly(f, 'points')}, ${meeting(f)}`,
    annual_points_mismatch: (f) => `${yearly(f, 'points')}, ${off(f)}`,
    gap_matches: (f) => `${gap(f)}, ${meeting(f)}`,
    gap_mismatch: (f) => `${gap(f)}, ${off(f)}`,
    rate_multiple_matches: (f) => `${yearly(f, 'rate')}, ${meeting(f)}`,
    rate_multiple_mismatch: (f) => `${yearly(f, 'rate')}, ${off(f)}; that multiple needs ${required(f)} a year`,
    level_pair_rate: (f) =>
      `${span(f)} is ${f.params.impliedRate} a year (${f.params.impliedLo}–${f.params.impliedHi} within rounding); the plan states no rate to check it against`,
    cumulative_total_without_rate: (f) =>
      `${f.params.subject}: the total ${pts(f.params.stated)} over ${f.params.fromYear ?? '?'}–${f.params.toYear ?? '?'} from ${pts(f.params.base)} in ${f.params.baseYear ?? '?'} comes with no rate to check it against`,
    missing_figure: (f) => `${f.params.subject || f.params.relation}: relation ${f.params.relation} names a figure the plan does not have${paren(f.params.missing)}`,
    not_computable: (f) => `${f.params.subject || f.params.relation}: relation ${f.params.relation} cannot be computed from its figures${paren(f.params.reason)}`,
    comparable_prices: caveat((f) => PRICED[f.params.priced]),
    cumulative_method: caveat(() => 'the official average rate of fixed-asset investment is 累计法, which needs the yearly values (the figure above is 水平法)'),
    other_total: caveat(() => 'the part and the total are of different scopes'),
    comparable_scope: caveat(() => 'the growth is 按可比口径 and need not match the published levels'),
    revised_base: caveat(() => 'the base may have been revised since'),
  },
  tail: (label, notes) => (notes.length === 0 ? label : `${label} (${notes.join('; ')})`),
  usingQualifiers: (qualifiers) => `using ${qualifiers}`,
  otherwise: (label) => `otherwise ${label.toLowerCase()}`,
  atCurrentPrices: (label) => `at current prices: ${label.toLowerCase()}`,
  sentence: (body, tail) => `${body}. ${tail}.`,
};
