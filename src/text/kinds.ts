/**
 * The relation kinds and figure types the reader knows phrasings of, including those the plan
 * format is about to gain (issue 7). The names of the coming ones live here and nowhere else: a
 * recognised phrasing becomes a relation or figure only when the plan format knows its kind or
 * type at run time (RELATION_KINDS, FIGURE_TYPES); until then it is reported as an issue.
 */
import { RELATION_KINDS, RELATION_SLOTS, type FigureType } from '../plan/index.js';
import { FIGURE_TYPES } from '../plan/schema.js';

/** Figure types of the coming relation kinds: 比2010年增加120亿元, 年均投资560亿元, 年均新增…, 年均提高0.9个百分点, 超过规划目标1.5个百分点. */
export const COMING_FIGURE_TYPES = ['increase', 'average', 'average_increase', 'annual_points', 'gap'] as const;

/** A figure type the reader recognises before the plan format has it. */
export type ComingFigureType = (typeof COMING_FIGURE_TYPES)[number];

/** The coming relation kinds and the slots the reader fills, in order. */
export const COMING_RELATIONS = {
  absolute_change: ['start', 'end', 'increase'],
  average_total: ['average', 'total'],
  annual_points: ['annual', 'change'],
  target_gap: ['actual', 'target', 'gap'],
  rate_multiple: ['rate', 'multiple'],
  level_pair: ['start', 'end'],
} as const;

/** A relation kind the reader recognises before the plan format has it. */
export type ComingRelationKind = keyof typeof COMING_RELATIONS;

/**
 * True when the plan format knows a relation kind now, with every slot the reader fills.
 *
 * @example
 * relationKindAvailable('growth_target') //=> true
 */
export function relationKindAvailable(kind: string, slots: readonly string[] = []): boolean {
  if (!(RELATION_KINDS as readonly string[]).includes(kind)) return false;
  const known = (RELATION_SLOTS as unknown as Readonly<Record<string, readonly { readonly key: string }[]>>)[kind] ?? [];
  return slots.every((s) => known.some((k) => k.key === s));
}

/**
 * True when the plan format knows a figure type now.
 *
 * @example
 * figureTypeAvailable('level') //=> true
 */
export function figureTypeAvailable(type: string): type is FigureType {
  return (FIGURE_TYPES as readonly string[]).includes(type);
}

/**
 * True when a relation slot takes a list of figures (a share's part that is the sum of stated
 * figures, once the format allows it).
 *
 * @example
 * slotTakesList('sum', 'parts') //=> true
 */
export function slotTakesList(kind: string, slot: string): boolean {
  const known = (RELATION_SLOTS as unknown as Readonly<Record<string, readonly { readonly key: string; readonly many?: true; readonly oneOrMany?: true }[]>>)[kind] ?? [];
  return known.some((k) => k.key === slot && (k.many === true || k.oneOrMany === true));
}
