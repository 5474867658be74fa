/** English messages. Units stay as the plan writes them (亿元, 户, %). */
import type { Messages, Params, Template } from './types.js';
import { get } from './types.js';

/** A parameter with 个百分点 spelled out in English. */
const q = (p: Params, key: string): string => get(p, key).replace(/个百分点$/, ' percentage points');

/** " (x)", or nothing for an empty x. */
const paren = (x: string): string => (x === '' ? '' : ` (${x})`);

const CLAIM: Readonly<Record<string, string>> = {
  floor: 'floor ',
  floor_exclusive: 'floor (exclusive) ',
  ceiling: 'ceiling ',
  ceiling_exclusive: 'ceiling (exclusive) ',
  approx: 'approximate ',
  range: 'range ',
  more: 'a little more than ',
  less: 'nearly ',
  exact: 'target ',
  whole: 'whole, ',
  rounded: '',
};

/** "the stated floor 2000亿元". */
const stated = (p: Params): string => `the stated ${CLAIM[get(p, 'claim')] ?? ''}${q(p, 'stated')}`;
const side = (p: Params): string => (get(p, 'direction') === 'short' ? 'short of' : 'above');
/** How the implied value was read, when an alternative reading gave the verdict. */
const AS_READ: Readonly<Record<string, string>> = {
  cumulative_method: 'under 累计法',
  geometric_method: 'under 水平法',
  points_not_percent: 'read as percentage points',
  percent_not_points: 'read as percent',
  truncation: 'read as truncated',
  lenient_rounding: 'with lenient rounding',
  current_prices: 'at current prices',
};
/** The reading the implied value is under, as " (under 累计法)", or nothing. */
const note = (p: Params): string => paren(AS_READ[get(p, 'reading')] ?? '');
/** The implied value, with the reading it is under: "6.40 percentage points (read as percentage points)". */
const implied = (p: Params): string => `${q(p, 'implied')}${note(p)}`;
/** The miss: by how much and which side; an exclusive bound hit exactly is on its excluded side. */
const off = (p: Params): string => {
  const at = get(p, 'atBound');
  if (at !== '') return `exactly at, not ${at === 'floor' ? 'above' : 'below'}, ${stated(p)}`;
  return `${q(p, 'gap')} (${get(p, 'gapPct')}) ${side(p)} ${stated(p)}`;
};
/** What the free rate must do: reach the target, or pass an exclusive bound it only touches. */
const needs = (p: Params, verb: string): string => {
  const at = get(p, 'atBound');
  if (at === 'floor') return `exceeding it needs more than ${q(p, 'required')} a year`;
  if (at === 'ceiling') return `staying below it needs less than ${q(p, 'required')} a year`;
  return `${verb} it needs ${q(p, 'required')} a year`;
};
/** The figure the caveat says is at comparable prices. */
const PRICED: Readonly<Record<string, string>> = {
  rate: 'the rate is at comparable prices and the levels at current prices',
  change: 'the change is at comparable prices and the levels at current prices',
  multiple: 'the multiple is at comparable prices and the levels at current prices',
  mixed: 'the rate and the change are at different price bases',
};

const growth = (p: Params): string =>
  get(p, 'reading') === 'cumulative_method'
    ? `${get(p, 'subject')}: ${q(p, 'base')} in ${get(p, 'baseYear')} growing ${q(p, 'rate')} a year adds up to ${q(p, 'implied')} over ${Number(get(p, 'baseYear')) + 1}–${get(p, 'targetYear')}${note(p)}`
    : `${get(p, 'subject')}: ${q(p, 'base')} in ${get(p, 'baseYear')} growing ${q(p, 'rate')} a year gives ${implied(p)} in ${get(p, 'targetYear')}`;
const span = (p: Params): string =>
  `${get(p, 'subject')}: from ${q(p, 'start')} in ${get(p, 'startYear')} to ${q(p, 'end')} in ${get(p, 'endYear')}`;
const cumulative = (p: Params): string =>
  `${get(p, 'subject')}: ${q(p, 'total')} over ${get(p, 'fromYear')}–${get(p, 'toYear')} from ${q(p, 'base')} in ${get(p, 'baseYear')} needs ${implied(p)} a year (累计法)`;
const caveat = (why: string | ((p: Params) => string)): Template => (p) =>
  `${get(p, 'subject')}: the other figures imply ${implied(p)} against ${stated(p)} (${q(p, 'gap')}, ${get(p, 'gapPct')} apart), but ${typeof why === 'string' ? why : why(p)}`;

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
    cumulative_method: '累计法 instead of 水平法',
    geometric_method: '水平法 instead of 累计法',
    points_not_percent: 'percentage points instead of percent',
    percent_not_points: 'percent instead of percentage points',
    truncation: 'truncation instead of rounding',
    lenient_rounding: 'lenient rounding (±1 unit of the last digit)',
    current_prices: 'at current prices',
  },
  templates: {
    target_reached: (p) => `${growth(p)}, meeting ${stated(p)}`,
    target_short: (p) => `${growth(p)}, ${off(p)}; ${needs(p, 'reaching')}`,
    target_exceeded: (p) => `${growth(p)}, ${off(p)}; ${needs(p, 'matching')}`,
    rate_matches: (p) => `${span(p)} is ${q(p, 'implied')} a year${note(p)}, matching ${stated(p)}`,
    rate_mismatch: (p) => `${span(p)} is ${q(p, 'implied')} a year${note(p)}, ${off(p)}; the stated rate would have to be ${q(p, 'required')}`,
    sum_matches: (p) => `${get(p, 'subject')}: the parts ${get(p, 'parts')} add up to ${implied(p)}, matching ${stated(p)}`,
    sum_mismatch: (p) =>
      `${get(p, 'subject')}: the parts ${get(p, 'parts')} add up to ${implied(p)}, ${off(p)}; the total would have to be ${q(p, 'required')}`,
    share_matches: (p) => `${get(p, 'subject')}: ${q(p, 'part')} of ${q(p, 'total')} is ${implied(p)}, matching ${stated(p)}`,
    share_mismatch: (p) =>
      `${get(p, 'subject')}: ${q(p, 'part')} of ${q(p, 'total')} is ${implied(p)}, ${off(p)}; the share would have to be ${q(p, 'required')}`,
    points_match: (p) => `${span(p)} is a change of ${implied(p)}, matching ${stated(p)}`,
    points_mismatch: (p) => `${span(p)} is a change of ${implied(p)}, ${off(p)}`,
    change_matches: (p) => `${span(p)} is a change of ${implied(p)}, matching ${stated(p)}`,
    change_mismatch: (p) => `${span(p)} is a change of ${implied(p)}, ${off(p)}`,
    annual_cumulative_match: (p) =>
      `${get(p, 'subject')}: ${q(p, 'rate')} a year over ${get(p, 'fromYear')}–${get(p, 'toYear')} compounds to ${implied(p)}, matching ${stated(p)}`,
    annual_cumulative_mismatch: (p) =>
      `${get(p, 'subject')}: ${q(p, 'rate')} a year over ${get(p, 'fromYear')}–${get(p, 'toYear')} compounds to ${implied(p)}, ${off(p)}; that change needs ${q(p, 'required')} a year`,
    multiple_matches: (p) => `${span(p)} is ${implied(p)}, matching ${stated(p)}`,
    multiple_mismatch: (p) => `${span(p)} is ${implied(p)}, ${off(p)}`,
    cumulative_rate_matches: (p) => `${cumulative(p)}, matching ${stated(p)}`,
    cumulative_rate_mismatch: (p) => `${cumulative(p)}, ${off(p)}; at ${q(p, 'rate')} the total would be ${q(p, 'totalAtRate')}`,
    cumulative_total_without_rate: (p) =>
      `${get(p, 'subject')}: the total ${q(p, 'stated')} over ${get(p, 'fromYear')}–${get(p, 'toYear')} from ${q(p, 'base')} in ${get(p, 'baseYear')} comes with no rate to check it against`,
    missing_figure: (p) => `${get(p, 'subject') || get(p, 'relation')}: relation ${get(p, 'relation')} names a figure the plan does not have${paren(get(p, 'missing'))}`,
    not_computable: (p) => `${get(p, 'subject') || get(p, 'relation')}: relation ${get(p, 'relation')} cannot be computed from its figures${paren(get(p, 'reason'))}`,
    comparable_prices: caveat((p) => PRICED[get(p, 'priced')] ?? PRICED.rate!),
    other_total: caveat('the part and the total are of different scopes'),
    comparable_scope: caveat('the growth is 按可比口径 and need not match the published levels'),
    revised_base: caveat('the base may have been revised since'),
  },
  tail: (label, notes) => (notes.length === 0 ? label : `${label} (${notes.join('; ')})`),
  usingQualifiers: (qualifiers) => `using ${qualifiers}`,
  wouldBe: (label) => `otherwise ${label.toLowerCase()}`,
  atCurrentPrices: (label) => `at current prices: ${label.toLowerCase()}`,
  sentence: (body, tail) => `${body}. ${tail}.`,
};
