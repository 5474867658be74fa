/**
 * What a number is, from its unit and the words right before and after it: a rate (年均增长),
 * a one-year rate (比上年增长), a cumulative change (累计下降), a share, a level, a total, points,
 * a multiple; or a number that only describes something (a threshold, a comparison with the
 * national average).
 */
import { unitDimension } from '../units/index.js';
import type { CandidateType, SkipReason } from './candidate.js';
import {
  ANNUAL_WORD,
  AVERAGE_CUE,
  BENCHMARK,
  BENCHMARK_TAIL,
  COMPARISON,
  CAPACITY_WORD,
  CHANGE_CUE,
  COMMA,
  COMPARE_BASE,
  CONTINUATION_TAIL,
  COUNT_OPENING,
  DECLINE_RATE_CUE,
  GROWTH_MULTIPLE_LEAD,
  INCREASE_CUE,
  INCREASE_OPENING,
  COUNTED_SUBJECT_TAIL,
  EVERY_UNIT_LEAD,
  MILESTONES_TAIL,
  INDICATOR_TALLY_TAIL,
  INLINE_TOTAL_TAIL,
  MODIFIER_TAIL,
  PER_ENTITY,
  RATE_CUE,
  RISE_CUE,
  DROP_CUE,
  SPEC_TAIL,
  SPEC_LEAD,
  TARGET_GAP_CUE,
  YOY_CUE,
} from './patterns.js';

/** How the words around a number read it. */
export interface Classified {
  readonly type: CandidateType;
  /** −1 for a decline (下降, 降低, 减少). */
  readonly sign: 1 | -1;
  /**
   * `annual`: 年均 over a span; `yoy`: one year (比上年, 同比, or a bare 增长 in a status
   * sentence); `span`: a change over a span (累计, 比2010年, 提高了…个百分点); `at`: a level at a
   * year; `total`: decided later (a level or a total over a span).
   */
  readonly time: 'annual' | 'yoy' | 'span' | 'at';
  /** The base of a comparison in the words before (比2010年 → 2010; 比“十二五”末 → its name). */
  readonly compare?: { readonly year?: number; readonly period?: string; readonly previous?: boolean };
  /** For 增长两倍 (×3): add one to the written multiple. */
  readonly plusOne?: boolean;
  /** A count whose thing is named after it (5个国家级企业技术中心). */
  readonly countedAfter?: boolean;
  /** A capacity named after it (500万吨焦炉煤气制甲醇…能力). */
  readonly capacityAfter?: boolean;
}

/** A number that is not a figure, and why. */
export interface NotAFigure {
  readonly skip: SkipReason;
  readonly detail: string;
}

/** The dimension of a unit symbol, or `none`. */
function dimensionOf(unit: string): string {
  if (unit === '') return 'none';
  return unitDimension(unit) ?? 'none';
}

/** The comparison base in the words before a figure. */
function compareOf(lead: string): Classified['compare'] {
  const m = COMPARE_BASE.exec(lead);
  if (m === null) return undefined;
  if (m[1] !== undefined) return { year: Number(m[1]) };
  if (m[2] !== undefined) return { period: m[2] };
  return { previous: true };
}

const DECLINES = new Set(['下降', '降低', '减少', '缩小', '下跌', '回落']);

/** Where the first comma or semicolon of a text is (its length when none). */
function firstComma(text: string): number {
  const i = text.search(COMMA);
  return i === -1 ? text.length : i;
}

/** Reads a `%` figure. */
function percent(lead: string, tail: string): Classified | NotAFigure {
  if ((BENCHMARK.test(lead) && COMPARISON.test(lead)) || BENCHMARK_TAIL.test(tail)) {
    return { skip: 'benchmark', detail: 'a benchmark (全国, 平均水平), not a figure of the plan' };
  }
  if (DECLINE_RATE_CUE.test(lead)) return { type: 'rate', sign: -1, time: 'annual' };
  if (RATE_CUE.test(lead)) return { type: 'rate', sign: 1, time: 'annual' };
  const yoy = YOY_CUE.exec(lead);
  if (yoy !== null) {
    const decline = DECLINES.has(yoy[1] ?? '');
    return { type: decline ? 'change' : 'rate', sign: decline ? -1 : 1, time: 'yoy', compare: { previous: true } };
  }
  if (RISE_CUE.test(lead)) return { type: 'rate', sign: 1, time: 'yoy', compare: { previous: true } };
  if (DROP_CUE.test(lead)) return { type: 'change', sign: -1, time: 'yoy', compare: { previous: true } };
  const change = CHANGE_CUE.exec(lead);
  if (change !== null) {
    const decline = DECLINES.has(change[1] ?? '');
    const compare = compareOf(lead);
    const cumulative = lead.includes('累计') || lead.includes('五年') || compare !== undefined;
    if (compare?.previous === true) return { type: decline ? 'change' : 'rate', sign: decline ? -1 : 1, time: 'yoy', compare };
    if (cumulative) return { type: 'change', sign: decline ? -1 : 1, time: 'span', ...(compare !== undefined && { compare }) };
    return { type: decline ? 'change' : 'rate', sign: decline ? -1 : 1, time: 'yoy' };
  }
  return { type: 'level', sign: 1, time: 'at' };
}

/** Reads a figure in percentage points. */
function points(lead: string): Classified | NotAFigure {
  if (TARGET_GAP_CUE.test(lead)) return { type: 'gap', sign: 1, time: 'at' };
  if (BENCHMARK.test(lead) && (lead.includes('低于') || lead.includes('高于'))) {
    return { skip: 'benchmark', detail: 'a gap to a benchmark (全国, 平均), not a change over time' };
  }
  const yoy = YOY_CUE.exec(lead);
  if (yoy !== null) return { type: 'points', sign: DECLINES.has(yoy[1] ?? '') ? -1 : 1, time: 'yoy', compare: { previous: true } };
  const change = CHANGE_CUE.exec(lead);
  const sign = change !== null && DECLINES.has(change[1] ?? '') ? -1 : 1;
  if (ANNUAL_WORD.test(lead)) return { type: 'annual_points', sign, time: 'annual' };
  const compare = compareOf(lead);
  return { type: 'points', sign, time: 'span', ...(compare !== undefined && { compare }) };
}

/** Reads a multiple (倍). */
function multiple(lead: string): Classified | NotAFigure {
  if (BENCHMARK.test(lead)) return { skip: 'benchmark', detail: 'a multiple of a benchmark (全国平均), not a change over time' };
  const compare = compareOf(lead);
  const plusOne = GROWTH_MULTIPLE_LEAD.test(lead);
  return { type: 'multiple', sign: 1, time: 'span', ...(compare !== undefined && { compare }), ...(plusOne && { plusOne }) };
}

/**
 * Reads a number in an absolute unit (亿元, 万吨, 家 …) or with no unit: a level, a total, an
 * increase, an average; or a number describing a noun after it.
 */
function absolute(unit: string, lead: string, tail: string, rest: string): Classified | NotAFigure {
  if (unit === '米') return { skip: 'modifier', detail: 'a length in 米: a specification' };
  const count = dimensionOf(unit) === 'count';
  if (count && INDICATOR_TALLY_TAIL.test(tail)) return { skip: 'modifier', detail: "a tally of the plan's own indicators (20项主要指标), not a figure" };
  if (INLINE_TOTAL_TAIL.test(tail)) return { type: 'level', sign: 1, time: 'at' };
  if (count && COUNTED_SUBJECT_TAIL.test(tail)) return { skip: 'modifier', detail: 'a count of the things a later figure of its clause is about (137个项目完成投资…)' };
  if (SPEC_TAIL.test(tail)) return { skip: 'modifier', detail: 'a specification (…级, …/年), not an indicator' };
  if (MODIFIER_TAIL.test(tail) && !CONTINUATION_TAIL.test(tail.replace(COUNT_OPENING, ''))) {
    const phrase = rest.slice(0, firstComma(rest));
    if (CAPACITY_WORD.test(phrase)) return { type: 'level', sign: 1, time: 'at', capacityAfter: true };
    if (count && !tail.startsWith('的') && !tail.startsWith('以上的')) return { type: 'level', sign: 1, time: 'at', countedAfter: true };
    return { skip: 'modifier', detail: 'a number describing the noun after it (a threshold or a specification)' };
  }
  const average = AVERAGE_CUE.exec(lead);
  if (average !== null) return { type: average[1] === undefined ? 'average' : 'average_increase', sign: 1, time: 'annual' };
  const compare = compareOf(lead);
  const yoy = YOY_CUE.exec(lead);
  if (yoy !== null) return { type: 'increase', sign: DECLINES.has(yoy[1] ?? '') ? -1 : 1, time: 'yoy', compare: { previous: true } };
  if (INCREASE_CUE.test(lead) && compare !== undefined) return { type: 'increase', sign: lead.endsWith('减少') ? -1 : 1, time: 'span', compare };
  if (CHANGE_CUE.test(lead) && compare !== undefined) return { type: 'increase', sign: 1, time: 'span', compare };
  // An amount right after a verb of change with no comparison (亩产提升10.1斤, 新增装机3.7亿千瓦), or after 新增
  // and its object (新增孵化载体53个), is the change over the plan's span (a year's in a report on one year).
  const change = CHANGE_CUE.exec(lead);
  if (change !== null || INCREASE_CUE.test(lead) || INCREASE_OPENING.test(lead)) return { type: 'increase', sign: DECLINES.has(change?.[1] ?? '') || lead.endsWith('减少') ? -1 : 1, time: 'span' };
  return { type: 'level', sign: 1, time: 'at' };
}

/**
 * Classifies a number by its unit and the words around it.
 *
 * @param unit the unit symbol read with the number (`''` for none)
 * @param lead the words before it in its clause (after the previous figure)
 * @param tail the rest of its clause after it
 * @param rest the rest of its sentence part (up to ；) after it
 */
export function classify(unit: string, lead: string, tail: string, rest: string): Classified | NotAFigure {
  if (PER_ENTITY.test(lead)) return { skip: 'quota', detail: 'a quota per entity (每位, 每个…), not an aggregate' };
  if (EVERY_UNIT_LEAD.test(lead)) return { skip: 'quota', detail: 'a floor every unit reached (全部达, 均达), per unit, not an aggregate' };
  if (MILESTONES_TAIL.test(rest)) return { skip: 'modifier', detail: 'milestones passed (迈上…两大台阶), not a level' };
  if (SPEC_LEAD.test(lead)) return { skip: 'modifier', detail: 'a specification (年产…), not an indicator' };
  switch (dimensionOf(unit)) {
    case 'percent':
      return percent(lead, tail);
    case 'points':
      return points(lead);
    case 'multiple':
      return multiple(lead);
    default:
      return absolute(unit, lead, tail, rest);
  }
}

/** True when a classification is a skip. */
export function isSkip(c: Classified | NotAFigure): c is NotAFigure {
  return 'skip' in c;
}
