/**
 * Plan files damaged in their meaning, end to end (issue 10): a field of a real plan replaced by a
 * value of the wrong kind (a number past the Decimal range, a year outside the plan, a figure of
 * the wrong type in a relation slot, a unit of another dimension, an unknown qualifier, a duplicate
 * id), written as JSON and as YAML, then parsed, checked and reported in every format. Nothing but
 * a GrowthError escapes, no number in a result is NaN or infinite, the issues stay within their
 * cap, and the work stays bounded: a report is at most a fixed multiple of its plan file in size.
 * (Damage to the text itself, and the hostile files, are test/plan/hostile.test.ts's.)
 */
import { readFileSync } from 'node:fs';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { dump } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { GrowthError } from '../../src/errors.js';
import { monitoringTargets, parsePlan, PLAN_LIMITS } from '../../src/plan/index.js';
import { formatReports, REPORT_FORMATS } from '../../src/report/index.js';
import { planTemplate } from '../../src/cli/plan-template.js';

const seed = (name: string): string => readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf8');
const SOURCES = [seed('002-shanxi-innovation-2014.yaml'), seed('000-shanxi-equipment-12th.yaml'), planTemplate('./schema.json', 'plan.yaml')];
const DATA = SOURCES.map((text) => {
  const parsed = parsePlan(text, { file: 'plan.yaml' });
  if (!parsed.ok) throw new Error('a source plan does not parse');
  return JSON.parse(JSON.stringify(parsed.plan)) as Record<string, unknown[]> & Record<string, unknown>;
});

/** Values a damaged field may take, by what the field holds. */
const WEIRD = {
  number: ['0', '-0', '-100', '1e30', '1e9000000000000000', '-1e-9000000000000000', '99999999999999999999999999999999999999999999.5', '0.000000000000000000000000000000000000000001', 'abc', '', '1,0,0', '７', '10%', '-150%', 1e308, -1, 0, 30.9],
  year: [1899, 1900, 2100, 2101, 2012.5, -1, 0, '2020', null],
  unit: ['亿元', '万元', '%', '个百分点', '倍', '户', '万吨钢', '斤', '', '吨标准煤/万元'],
  qualifiers: [[], ['以上'], ['以下', '以上'], ['左右', '测算'], ['余'], ['近'], ['超过'], ['不满'], ['力争', '以上'], ['很多']],
  type: ['level', 'rate', 'share', 'points', 'change', 'multiple', 'total', 'increase', 'average', 'average_increase', 'annual_points', 'gap', 'levels'],
  kind: ['value', 'value_added', 'investment', 'share', 'ratio', 'intensity', 'count', 'quantity', 'index', 'other'],
  role: ['measured', 'planned', 'computed', 'guessed'],
  precision: ['exact', 'lenient', { decimals: 0 }, { decimals: 20 }, { halfWidth: '5' }, { halfWidth: '-1' }],
} as const;

/** A copy of a plan's data with one field of one figure, relation or indicator replaced. */
function damage(data: Record<string, unknown>, list: 'figures' | 'relations' | 'indicators', index: number, pick: number, value: (field: string, ids: readonly string[]) => unknown): Record<string, unknown> {
  const items = data[list] as Record<string, unknown>[];
  if (items.length === 0) return data;
  const i = index % items.length;
  const item = items[i] as Record<string, unknown>;
  const fields = Object.keys(item);
  const field = fields[pick % fields.length] as string;
  const ids = (data['figures'] as { id: string }[]).map((f) => f.id);
  const copy = [...items];
  copy[i] = { ...item, [field]: value(field, ids) };
  return { ...data, [list]: copy };
}

const choice = <T>(xs: readonly T[], k: number): T => xs[k % xs.length] as T;

/** The value a damaged field gets: of its own kind but wrong, or of another kind. */
function valueFor(field: string, ids: readonly string[], k: number): unknown {
  switch (field) {
    case 'value':
    case 'high':
      return choice(WEIRD.number, k);
    case 'year':
    case 'from':
    case 'to':
      return choice(WEIRD.year, k);
    case 'unit':
      return choice(WEIRD.unit, k);
    case 'qualifiers':
      return choice(WEIRD.qualifiers, k);
    case 'type':
      return choice(WEIRD.type, k);
    case 'kind':
      return choice([...WEIRD.kind, 'growth_target', 'sum', 'share', 'level_pair'], k);
    case 'role':
      return choice(WEIRD.role, k);
    case 'precision':
      return choice(WEIRD.precision, k);
    case 'id':
      return choice([...ids, 'new_id', 'UPPER'], k);
    default:
      // A relation slot or a name: another figure (of any type), a list of them, a missing one, or a number.
      return choice<unknown>([...ids, [ids[0], ids[1]], 'nope', '100%', 42, []], k);
  }
}

/** The first NaN or infinite number or Decimal in a value, by its path. */
function nonFinite(value: unknown, path = '', seen = new Set<unknown>()): string | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : `${path} = ${value}`;
  if (value === null || typeof value !== 'object' || seen.has(value)) return undefined;
  seen.add(value);
  if (Decimal.isDecimal(value)) return (value as Decimal).isFinite() ? undefined : `${path} = ${String(value)}`;
  for (const [key, v] of Object.entries(value)) {
    const found = nonFinite(v, `${path}.${key}`, seen);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** How many characters of report one character of plan file may cost, at most (amplification). */
const REPORT_PER_CHARACTER = 60;

describe('damaged plans, parsed, checked and reported (property)', () => {
  const damageArb = fc.record({
    source: fc.nat(),
    list: fc.constantFrom<'figures' | 'relations' | 'indicators'>('figures', 'figures', 'relations', 'indicators'),
    index: fc.nat(),
    field: fc.nat(),
    value: fc.nat(),
    count: fc.integer({ min: 1, max: 3 }),
    yaml: fc.boolean(),
    format: fc.constantFrom(...REPORT_FORMATS),
    lang: fc.constantFrom<'en' | 'zh'>('en', 'zh'),
  });

  it('only GrowthError escapes, no NaN or Infinity, issues capped, reports bounded by their files', () => {
    fc.assert(
      fc.property(damageArb, (d) => {
        let data = choice(DATA, d.source) as Record<string, unknown>;
        for (let k = 0; k < d.count; k++) data = damage(data, d.list, d.index + k * 7, d.field + k, (field, ids) => valueFor(field, ids, d.value + k * 13));
        const text = d.yaml ? dump(data, { lineWidth: -1 }) : JSON.stringify(data, null, 1);
        // The data itself, as a program would pass it (checkPlan(JSON.parse(text))): checked for its
        // structure only, so the checker meets every semantic problem the file reader would refuse.
        try {
          const direct = checkPlan(data as never);
          expect(nonFinite(direct)).toBeUndefined();
          formatReports([direct], d.format, { lang: d.lang });
        } catch (error) {
          if (!(error instanceof GrowthError)) throw error;
          expect(error.code).toBe('invalid_plan');
        }
        const parsed = parsePlan(text, { file: d.yaml ? 'plan.yaml' : 'plan.json' });
        expect(parsed.issues.length).toBeLessThanOrEqual(PLAN_LIMITS.maxIssues + 1);
        if (!parsed.ok) return;
        try {
          const report = checkPlan(parsed.plan);
          expect(nonFinite(report)).toBeUndefined();
          expect(report.findings.length).toBe(parsed.plan.relations.length);
          expect(nonFinite(monitoringTargets(parsed.plan))).toBeUndefined();
          const out = formatReports([report], d.format, { lang: d.lang, failOn: 'near_miss' });
          expect(out.length).toBeLessThanOrEqual(REPORT_PER_CHARACTER * text.length + 20_000);
          if (d.format === 'json' || d.format === 'sarif') JSON.parse(out);
        } catch (error) {
          if (!(error instanceof GrowthError)) throw error;
        }
      }),
      { seed: 42, numRuns: 1000 },
    );
  });
});
