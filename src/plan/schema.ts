/**
 * The zod 4 schema of the plan-file format: the shape of {@link Plan} with the file conveniences
 * (`qualifier` for `qualifiers`, numbers as YAML/JSON numbers, `role` optional, `period` as a
 * five-year-plan name, an optional `$schema`). Structure only; the semantic rules live in
 * validate.ts.
 */
import * as z from 'zod';
import { listPlanPeriods, QUALIFIERS, toTraditional, type PlanPeriodName } from '../units/index.js';
import type { Caveat, FigureType, Relation, RelationKind } from './model.js';
import { RELATION_KINDS, RELATION_SLOTS } from './relations.js';

const ID = /^[a-z0-9_]+$/;
const PLAN_ID = /^[a-z0-9_-]+$/;

/** The years a plan may talk about. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

/** Names of the five-year plans the loader expands (`十二五` is 2011–2015, base 2010), from src/units. */
export const FIVE_YEAR_PLAN_NAMES = listPlanPeriods().map((p) => p.name) as [PlanPeriodName, ...PlanPeriodName[]];

export const INDICATOR_KINDS = [
  'value', 'value_added', 'investment', 'share', 'ratio', 'intensity', 'count', 'quantity', 'index',
] as const;
export const FIGURE_TYPES = [
  'level', 'rate', 'share', 'points', 'change', 'multiple', 'total', 'increase', 'average', 'average_increase', 'annual_points', 'gap',
] as const satisfies readonly FigureType[];
export const FIGURE_ROLES = ['measured', 'planned', 'computed'] as const;
export const CAVEATS = [
  'comparable_prices', 'other_total', 'comparable_scope', 'revised_base',
] as const satisfies readonly Caveat[];

const id = () => z.string().regex(ID).describe('Unique id within the plan, [a-z0-9_]+.');
const ref = (what: string) => z.string().describe(`The id of ${what}.`);
const year = () => z.number().int().min(MIN_YEAR).max(MAX_YEAR);
/** A number as written: a string keeps its text, a YAML/JSON number keeps its source text. */
const numberText = () =>
  z.union([z.string(), z.number()]).describe('A number as written, e.g. "928.4", "30.90", "-3.5", "1,042.4".');

/** Every qualifier as the table writes it, and its Traditional form (normalised on loading). */
const QUALIFIER_WORDINGS = [...new Set([...QUALIFIERS, ...QUALIFIERS.map(toTraditional)])] as [string, ...string[]];
const qualifier = z.enum(QUALIFIER_WORDINGS);
const qualifiers = z.union([qualifier, z.array(qualifier)]);

const indicator = z.strictObject({
  id: id(),
  name: z.string().describe('The name as the plan writes it, e.g. 新产品销售收入.'),
  unit: z.string().describe('The unit as written, e.g. 亿元, 户, %.'),
  kind: z.enum(INDICATOR_KINDS),
  prices: z.enum(['current', 'comparable']).optional(),
  scope: z.string().optional(),
  note: z.string().optional(),
});

const precision = z.union([
  z.enum(['exact', 'lenient']),
  z.strictObject({ decimals: z.number().int().min(0).max(20) }),
  z.strictObject({ halfWidth: numberText() }),
]);

const figure = z.strictObject({
  id: id(),
  indicator: ref('an indicator'),
  type: z.enum(FIGURE_TYPES),
  value: numberText(),
  high: numberText().optional().describe('For a range (6.5%–7%): the upper end; value is the lower end.'),
  unit: z.string().optional().describe('Defaults to the indicator unit for level/total, % for rate/share/change, 个百分点 for points, 倍 for multiple.'),
  year: year().optional().describe('For level and share.'),
  from: year().optional().describe('For rate, points, change, multiple, total: the base year.'),
  to: year().optional().describe('For rate, points, change, multiple, total: the target year.'),
  qualifiers: qualifiers.optional(),
  qualifier: qualifiers.optional().describe('Alias of qualifiers.'),
  role: z.enum(FIGURE_ROLES).optional().describe('Inferred when left out: computed (预计/测算); measured for a year before the plan\'s year of issue or not after its base year; planned otherwise.'),
  precision: precision.optional(),
  prices: z.enum(['current', 'comparable']).optional().describe('Price basis of this figure when it differs from its indicator (a 现价 rate of value added is current).'),
  doubling: z.boolean().optional().describe('For a multiple written as a doubling phrase (翻一番 is value 2, 翻两番 4): a floor at the value, planned or historical.'),
  quote: z.string().optional(),
  note: z.string().optional(),
});

const relationBase = {
  id: id(),
  caveats: z.array(z.enum(CAVEATS)).optional(),
  quote: z.string().optional(),
  note: z.string().optional(),
};
const fig = () => ref('a figure');

/** The zod shape of one relation kind, from its slots (src/plan/relations.ts). */
function relationShape<K extends RelationKind>(kind: K) {
  const slots: Record<string, z.ZodType> = {};
  for (const s of RELATION_SLOTS[kind]) {
    const one = s.whole === true ? z.string() : fig();
    const list = z.array(fig()).min(1);
    const value = s.many === true ? list : s.oneOrMany === true ? z.union([fig(), list]) : one;
    slots[s.key] = (s.optional === true ? value.optional() : value).describe(s.describe);
  }
  return z.strictObject({ ...relationBase, kind: z.literal(kind), ...slots });
}

const relation = z.discriminatedUnion(
  'kind',
  RELATION_KINDS.map(relationShape) as unknown as [ReturnType<typeof relationShape>, ...ReturnType<typeof relationShape>[]],
);

/** A rate of a scenario change: in %, as rate figures write it (`"8"`, `-5`); a trailing `%` is allowed. */
const percentText = () => numberText().describe('A rate in %, as written: "8" is 8%, "-5" is −5% ("8%" also reads as 8%).');
const scenarioIndicator = () => ref('an indicator');

/** The changes a scenario may make, one shape per kind. */
const scenarioChange = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('rate'),
    indicator: scenarioIndicator(),
    rate: percentText(),
    from: year().optional().describe('The first year whose growth is at this rate; every year when left out.'),
  }),
  z.strictObject({
    kind: z.literal('schedule'),
    indicator: scenarioIndicator(),
    schedule: z
      .array(z.strictObject({ until: year(), rate: percentText() }))
      .min(1)
      .describe('Rates by sub-period: each applies to the years up to and including until; the last goes on to the end.'),
  }),
  z.strictObject({
    kind: z.literal('base'),
    indicator: scenarioIndicator(),
    value: numberText().describe("Another base value, in the indicator's unit."),
  }),
  z.strictObject({
    kind: z.literal('shock'),
    indicator: scenarioIndicator(),
    year: year().describe('The year of the shock: its growth over the year before is rate.'),
    rate: percentText(),
  }),
  z.strictObject({
    kind: z.literal('target_year'),
    indicator: scenarioIndicator(),
    year: year().describe('The year the targets fall due instead.'),
    figure: ref('one target figure of the indicator (all its targets when left out)').optional(),
  }),
]);

const scenario = z.strictObject({
  id: id(),
  name: z.string().min(1).describe('Its name for people, e.g. 规划纲要：年均增长17%.'),
  changes: z.array(scenarioChange).describe('Changes to the plan, applied in order.'),
  quote: z.string().optional(),
  note: z.string().optional(),
});

const period = z.union([
  z.enum(FIVE_YEAR_PLAN_NAMES),
  z.strictObject({ from: year(), to: year(), base: year(), name: z.string().optional() }),
]);

/** The zod schema of a plan file (YAML or JSON), before normalisation. */
export const planFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    id: z.string().regex(PLAN_ID).describe('Unique plan id, [a-z0-9_-]+.'),
    title: z.string(),
    issuer: z.string(),
    year: year().describe('The year of issue.'),
    period: period.describe('{from, to, base, name?} or a five-year-plan name such as 十二五.'),
    source: z.strictObject({ document: z.string(), url: z.string().optional(), date: z.string().optional() }),
    units: z
      .array(
        z.strictObject({
          symbol: z.string().describe('The unit as the plan writes it, e.g. 万吨钢.'),
          base: z.string().describe('The unit it is a multiple of, e.g. 吨钢 (a unit of the table such as 吨 gives it a dimension).'),
          factor: numberText().describe('How many base units one of it is, e.g. "10000".'),
          note: z.string().optional(),
        }),
      )
      .optional()
      .describe('Units outside the library\'s table that the plan uses.'),
    indicators: z.array(indicator),
    figures: z.array(figure),
    relations: z.array(relation),
    scenarios: z.array(scenario).optional().describe('What-if scenarios: named lists of changes to the plan.'),
    note: z.string().optional(),
  })
  .meta({
    title: 'growth-targets plan file',
    description:
      'The indicators, figures and relations of a Chinese development plan, for checking its growth targets. ' +
      'Numbers keep the text they are written with.',
  });

/** A plan file as the schema accepts it (before normalisation). */
export type PlanFile = z.infer<typeof planFileSchema>;
export type PlanFileFigure = z.infer<typeof figure>;
export type PlanFileScenario = z.infer<typeof scenario>;
/** A relation as the file writes it: the model's relation type (the schema derives it from the slot table). */
export type PlanFileRelation = Relation;

/**
 * The JSON Schema (draft 2020-12) of the plan-file format, generated from the zod schema.
 *
 * @example
 * planJsonSchema().title //=> 'growth-targets plan file'
 */
export function planJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(planFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
