/** The plan file's optional `scenarios:` section: schema, normalisation, validation with positions, round trip. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan, planJsonSchema, serializePlan, type Plan, type PlanIssue } from '../../src/plan/index.js';

const YAML = (scenarios: string): string => `id: sample
title: 新产品销售收入
issuer: 山西省经济和信息化委员会
year: 2014
period: { from: 2013, to: 2020, base: 2012 }
source: { document: 晋经信技术字〔2014〕319号 }
indicators:
  - { id: sales, name: 新产品销售收入, unit: 亿元, kind: value }
  - { id: share, name: 占比, unit: "%", kind: share }
  - { id: alone, name: 只有增速, unit: 亿元, kind: value }
figures:
  - { id: sales_2012, indicator: sales, type: level, year: 2012, value: "928.4" }
  - { id: sales_rate, indicator: sales, type: rate, from: 2012, to: 2020, value: "10" }
  - { id: sales_2020, indicator: sales, type: level, year: 2020, value: "2000", qualifier: 以上 }
  - { id: share_2020, indicator: share, type: share, year: 2020, value: "40" }
  - { id: alone_rate, indicator: alone, type: rate, from: 2012, to: 2020, value: "5" }
relations:
  - { id: gt_sales, kind: growth_target, base: sales_2012, rate: sales_rate, target: sales_2020 }
${scenarios}`;

const parse = (scenarios: string) => parsePlan(YAML(scenarios), { file: 'plan.yaml' });
const planOf = (scenarios: string): Plan => {
  const r = parse(scenarios);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.plan;
};
const errorsOf = (scenarios: string): readonly PlanIssue[] => {
  const r = parse(scenarios);
  expect(r.ok).toBe(false);
  return r.issues.filter((i) => i.severity === 'error');
};
/** The line of the first line of text holding `needle`, 1-based. */
const lineOf = (scenarios: string, needle: string): number => YAML(scenarios).split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('the scenarios section', () => {
  it('is optional: a plan without one has no scenarios key', () => {
    expect('scenarios' in planOf('')).toBe(false);
  });

  it('reads every kind of change, rates in % as written ("8%" and 8 both read as "8")', () => {
    const plan = planOf(`scenarios:
  - id: slow
    name: 放缓
    note: a what-if
    changes:
      - { kind: rate, indicator: sales, rate: "8%" }
      - { kind: rate, indicator: sales, rate: 7.50, from: 2016 }
      - { kind: schedule, indicator: sales, schedule: [{ until: 2015, rate: 10 }, { until: 2020, rate: "-2.5" }] }
      - { kind: base, indicator: sales, value: "1,042.4" }
      - { kind: shock, indicator: sales, year: 2015, rate: -5 }
      - { kind: target_year, indicator: sales, year: 2021, figure: sales_2020 }
      - { kind: target_year, indicator: sales, year: 2022 }
`);
    expect(plan.scenarios).toEqual([
      {
        id: 'slow',
        name: '放缓',
        note: 'a what-if',
        changes: [
          { kind: 'rate', indicator: 'sales', rate: '8' },
          { kind: 'rate', indicator: 'sales', rate: '7.50', from: 2016 },
          { kind: 'schedule', indicator: 'sales', schedule: [{ until: 2015, rate: '10' }, { until: 2020, rate: '-2.5' }] },
          { kind: 'base', indicator: 'sales', value: '1042.4' },
          { kind: 'shock', indicator: 'sales', year: 2015, rate: '-5' },
          { kind: 'target_year', indicator: 'sales', year: 2021, figure: 'sales_2020' },
          { kind: 'target_year', indicator: 'sales', year: 2022 },
        ],
      },
    ]);
  });

  it('reads the two scenarios of seed 004 (Taiyuan)', () => {
    const file = '004-taiyuan-revitalization.yaml';
    const r = parsePlan(readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8'), { file });
    expect(r.ok && r.issues).toEqual([]);
    if (!r.ok) return;
    expect(r.plan.scenarios?.map((s) => [s.id, s.changes])).toEqual([
      ['action_plan', [{ kind: 'rate', indicator: 'industrial_va', rate: '25' }]],
      ['outline', [{ kind: 'rate', indicator: 'industrial_va', rate: '17' }]],
    ]);
  });

  it('names a missing indicator or figure, with its line and column', () => {
    const text = `scenarios:
  - id: s
    name: s
    changes:
      - { kind: rate, indicator: nowhere, rate: "8" }
      - { kind: target_year, indicator: sales, year: 2021, figure: missing }
`;
    const issues = errorsOf(text);
    expect(issues.map((i) => [i.code, i.path.join('.'), i.line])).toEqual([
      ['unknown_reference', 'scenarios.0.changes.0.indicator', lineOf(text, 'nowhere')],
      ['unknown_reference', 'scenarios.0.changes.1.figure', lineOf(text, 'figure: missing')],
    ]);
    expect(issues[0]?.column).toBeGreaterThan(1);
  });

  it('refuses bad rates, bases, years and figures as issues, never exceptions', () => {
    const issues = errorsOf(`scenarios:
  - id: s
    name: s
    changes:
      - { kind: rate, indicator: sales, rate: abc }
      - { kind: rate, indicator: sales, rate: "-100" }
      - { kind: base, indicator: sales, value: "0" }
      - { kind: shock, indicator: sales, year: 2012, rate: "-5" }
      - { kind: schedule, indicator: sales, schedule: [{ until: 2016, rate: 1 }, { until: 2015, rate: 2 }] }
      - { kind: target_year, indicator: sales, year: 2021, figure: share_2020 }
      - { kind: target_year, indicator: sales, year: 2021, figure: gt_sales }
      - { kind: rate, indicator: alone, rate: "8" }
      - { kind: rate, indicator: sales, rate: "8", from: 2012 }
`);
    expect(issues.map((i) => [i.code, i.path.slice(3).join('.')])).toEqual([
      ['invalid_number', '0.rate'],
      ['invalid_value', '1.rate'],
      ['invalid_value', '2.value'],
      ['invalid_year', '3.year'],
      ['invalid_year', '4.schedule.1.until'],
      ['invalid_value', '5.figure'],
      ['unknown_reference', '6.figure'],
      ['invalid_value', '7.indicator'],
      ['invalid_year', '8.from'],
    ]);
  });

  it('refuses a figure of the same indicator that is not a target type', () => {
    const issues = errorsOf(`scenarios:
  - id: s
    name: s
    changes:
      - { kind: target_year, indicator: share, year: 2021, figure: share_2020 }
`);
    // share has no level: the indicator itself is refused before its figure
    expect(issues.map((i) => i.code)).toEqual(['invalid_value']);
  });

  it('refuses unknown kinds and fields, duplicate ids and names', () => {
    expect(errorsOf(`scenarios:\n  - { id: s, name: s, changes: [{ kind: boost, indicator: sales }] }\n`).map((i) => i.code)).toEqual(['invalid_value']);
    expect(errorsOf(`scenarios:\n  - { id: s, name: s, changes: [{ kind: rate, indicator: sales, rate: 8, until: 2015 }] }\n`).map((i) => i.code)).toEqual(['unknown_field']);
    expect(errorsOf(`scenarios:\n  - { id: s, name: s, changes: [] }\n  - { id: s, name: t, changes: [] }\n`).map((i) => i.code)).toEqual(['duplicate_id']);
    expect(errorsOf(`scenarios:\n  - { id: s, name: 同名, changes: [] }\n  - { id: t, name: 同名, changes: [] }\n`).map((i) => i.code)).toEqual(['duplicate_id']);
    expect(errorsOf(`scenarios:\n  - { id: sales, name: s, changes: [] }\n`).map((i) => i.code)).toEqual(['duplicate_id']);
    expect(errorsOf(`scenarios:\n  - { id: s, changes: [] }\n`).map((i) => i.code)).toEqual(['missing_field']);
  });

  it('round-trips through serializePlan in YAML and JSON', () => {
    const plan = planOf(`scenarios:
  - id: slow
    name: 放缓
    quote: 年均增长8%
    changes:
      - { kind: rate, indicator: sales, rate: "8.0", from: 2016 }
      - { kind: schedule, indicator: sales, schedule: [{ until: 2015, rate: 10 }, { until: 2020, rate: 6 }] }
      - { kind: shock, indicator: sales, year: 2015, rate: "-5" }
      - { kind: target_year, indicator: sales, year: 2021 }
      - { kind: base, indicator: sales, value: "950" }
`);
    for (const format of ['yaml', 'json'] as const) {
      const again = parsePlan(serializePlan(plan, format), { format });
      expect(again.ok && again.plan).toEqual(plan);
    }
  });

  it('is in the JSON Schema, each change kind with its own shape', () => {
    const schema = planJsonSchema() as { properties: Record<string, { items?: { properties?: Record<string, { items?: { oneOf?: unknown[]; anyOf?: unknown[] } }> } }> };
    const changes = schema.properties['scenarios']?.items?.properties?.['changes']?.items;
    expect((changes?.oneOf ?? changes?.anyOf)?.length).toBe(5);
  });
});
