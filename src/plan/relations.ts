/**
 * The relation kinds and their slots: the one table that the schema, the validator, the checker
 * and the monitoring targets derive from (which figures a relation names, of which types, in
 * which order).
 */
import type { FigureType, Relation, RelationKind } from './model.js';

/** One slot of a relation: the key in the file, the figure types it takes, and how many. */
export interface RelationSlot {
  readonly key: string;
  readonly types: readonly FigureType[];
  /** A list of figures (`parts`). */
  readonly many?: true;
  /** A figure, or a list of figures whose sum stands in the slot (a share's part or total). */
  readonly oneOrMany?: true;
  /** May be left out (`rate` of a cumulative total). */
  readonly optional?: true;
  /** May hold the literal `"100%"` instead of a figure id (the whole of shares). */
  readonly whole?: true;
  /** What the slot holds, for the schema's descriptions. */
  readonly describe: string;
}

const slot = (key: string, types: readonly FigureType[], describe: string, extra: Partial<RelationSlot> = {}): RelationSlot =>
  Object.freeze({ key, types, describe, ...extra });

/** The `start` and `end` slots of a relation between two figures of one indicator: `what` at the start, and at the end. */
const startEnd = (types: readonly FigureType[], what: string, endNote = ''): readonly RelationSlot[] => [
  slot('start', types, `${what} at the start.`),
  slot('end', types, `${what} at the end${endNote}.`),
];

/** Every relation kind's slots, in the order findings list their figures. */
export const RELATION_SLOTS: { readonly [K in RelationKind]: readonly RelationSlot[] } = {
  growth_target: [
    slot('base', ['level'], 'A level figure in the base year.'),
    slot('rate', ['rate'], 'A rate figure from the base year to the target year.'),
    slot('target', ['level'], 'A level figure in the target year.'),
  ],
  historical_cagr: [
    ...startEnd(['level'], 'A level figure'),
    slot('rate', ['rate'], 'The stated average annual rate over start..end.'),
  ],
  sum: [
    slot('parts', ['level', 'share', 'total'], 'Figures of one type and unit (level, share or total).', { many: true }),
    slot('total', ['level', 'share', 'total'], 'A figure id, or "100%" for shares that make up the whole.', { whole: true }),
  ],
  share: [
    slot('part', ['level', 'total'], 'The part: a level or total figure, or a list of them whose sum is the part.', { oneOrMany: true }),
    slot('total', ['level', 'total'], 'The total: a level or total figure, or a list of them whose sum is the total.', { oneOrMany: true }),
    slot('share', ['share'], 'A share figure: part / total.'),
  ],
  points_change: [
    ...startEnd(['share', 'level'], 'A share (or ratio level) figure'),
    slot('change', ['points'], 'A points figure: end − start.'),
  ],
  cumulative_change: [
    ...startEnd(['level', 'share'], 'A level or share figure'),
    slot('change', ['change'], 'A change figure: end / start − 1.'),
  ],
  annual_vs_cumulative: [
    slot('rate', ['rate'], 'A rate figure (年均下降3.5% is -3.5).'),
    slot('change', ['change'], 'A change figure over the same from..to.'),
  ],
  multiple: [
    ...startEnd(['level'], 'A level figure'),
    slot('multiple', ['multiple'], 'A multiple figure: end / start.'),
  ],
  cumulative_total: [
    slot('base', ['level'], "A level figure in the year before the total's from."),
    slot('total', ['total'], 'A total figure.'),
    slot('rate', ['rate'], 'A rate figure, when the plan states one.', { optional: true }),
  ],
  absolute_change: [
    ...startEnd(['level'], 'A level figure'),
    slot('increase', ['increase'], 'An increase figure: end − start.'),
  ],
  average_total: [
    slot('average', ['average', 'average_increase'], 'An average (of yearly values) or average_increase (of yearly increases) figure.'),
    slot('total', ['total', 'increase'], 'A total figure over the same years (for an average), or an increase figure over them (for an average increase).'),
  ],
  annual_points: [
    slot('annual', ['annual_points'], 'An annual_points figure.'),
    slot('change', ['points'], 'A points figure over the same years: change = years × annual.'),
  ],
  target_gap: [
    slot('actual', ['level', 'share'], 'The actual level or share.'),
    slot('target', ['level', 'share'], 'The target level or share of the same year.'),
    slot('gap', ['gap'], 'A gap figure: actual − target.'),
  ],
  rate_multiple: [
    slot('rate', ['rate'], 'A rate figure.'),
    slot('multiple', ['multiple'], 'A multiple figure over the same years: (1 + rate)^years.'),
  ],
  level_pair: startEnd(['level'], 'A level figure', ' (no rate stated: the rate they imply is reported)'),
};

/**
 * Every relation kind, in the table's order.
 *
 * @example
 * RELATION_KINDS[0] //=> 'growth_target'
 */
export const RELATION_KINDS = Object.keys(RELATION_SLOTS) as readonly RelationKind[];

/**
 * The ids of the figures a relation names, in slot order (the literal `"100%"` left out).
 *
 * @example
 * relationFigureIds({ kind: 'growth_target', base: 'a', rate: 'g', target: 'b', id: 'r' }) //=> ['a', 'g', 'b']
 */
export function relationFigureIds(relation: Relation): readonly string[] {
  const record = relation as unknown as Readonly<Record<string, unknown>>;
  return (RELATION_SLOTS[relation.kind] ?? []).flatMap((s) => {
    const value = record[s.key];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
    return typeof value === 'string' && !(s.whole === true && value === '100%') ? [value] : [];
  });
}
