import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GrowthError } from '../../src/errors.js';
import { loadPlan, parsePlan, validatePlan, type Plan, type PlanIssue } from '../../src/plan/index.js';

const fixture = (name: string): string => readFileSync(new URL(`../fixtures/plans/${name}`, import.meta.url), 'utf8');

/** A minimal valid plan file as data; tests override parts of it and parse it as JSON. */
const baseFile = () => ({
  id: 'sample',
  title: '山西省工业经济创新驱动发展行动方案（2014-2020年）',
  issuer: '山西省经济和信息化委员会',
  year: 2014,
  period: { from: 2014, to: 2020, base: 2012 } as unknown,
  source: { document: '晋经信技术字〔2014〕319号' },
  indicators: [{ id: 'sales', name: '新产品销售收入', unit: '亿元', kind: 'value' }] as unknown[],
  figures: [
    { id: 'sales_2012', indicator: 'sales', type: 'level', value: 928.4, year: 2012 },
    { id: 'sales_rate', indicator: 'sales', type: 'rate', value: 10, from: 2012, to: 2020 },
    { id: 'sales_2020', indicator: 'sales', type: 'level', value: 2000, year: 2020, qualifier: '以上' },
  ] as Record<string, unknown>[],
  relations: [{ id: 'sales_target', kind: 'growth_target', base: 'sales_2012', rate: 'sales_rate', target: 'sales_2020' }] as Record<string, unknown>[],
});

const parseData = (data: unknown) => parsePlan(JSON.stringify(data, null, 2), { file: 'sample.json' });
const codes = (issues: readonly PlanIssue[]) => issues.map((i) => i.code);
const planOf = (text: string, file = 'plan.yaml'): Plan => {
  const result = parsePlan(text, { file });
  if (!result.ok) throw new Error(`unexpected issues: ${JSON.stringify(result.issues)}`);
  return result.plan;
};
const errorsOf = (data: unknown): readonly PlanIssue[] => {
  const result = parseData(data);
  expect(result.ok).toBe(false);
  return result.issues.filter((i) => i.severity === 'error');
};

describe('parsePlan: the innovation action plan (seed 002)', () => {
  const yamlPlan = planOf(fixture('innovation-2014.yaml'), 'innovation-2014.yaml');

  it('loads the same plan from YAML and from JSON', () => {
    expect(planOf(fixture('innovation-2014.json'), 'innovation-2014.json')).toEqual(yamlPlan);
  });

  it('keeps the figures as written and fills in units and roles', () => {
    const [base, rate, target] = yamlPlan.figures;
    expect(base).toMatchObject({ value: '928.4', unit: '亿元', year: 2012, role: 'measured', qualifiers: [] });
    expect(rate).toMatchObject({ value: '10', unit: '%', from: 2012, to: 2020, role: 'planned' });
    expect(target).toMatchObject({ value: '2000', unit: '亿元', year: 2020, role: 'planned', qualifiers: ['以上'] });
    expect(yamlPlan.relations[0]).toEqual({
      id: 'sales_target',
      kind: 'growth_target',
      base: 'sales_2012',
      rate: 'sales_rate',
      target: 'sales_2020',
      quote: '新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上。',
    });
  });

  it('returns no warnings for a clean plan', () => {
    const result = parsePlan(fixture('innovation-2014.yaml'));
    expect(result.ok && result.issues).toEqual([]);
  });
});

describe('parsePlan: numbers keep their written text', () => {
  const withValue = (value: string) => fixture('innovation-2014.yaml').replace('value: 928.4', `value: ${value}`);

  it.each([
    ['30.90', '30.90'],
    ['"30.90"', '30.90'],
    ['-3.50', '-3.50'],
    ['+10', '+10'],
    ['"1,042.4"', '1042.4'],
    ['1,042.40', '1042.40'],
    ['0.640', '0.640'],
  ])('YAML value %s is read as %s', (written, expected) => {
    expect(planOf(withValue(written)).figures[0]?.value).toBe(expected);
  });

  it('keeps the decimals of a JSON number', () => {
    const text = JSON.stringify(baseFile()).replace('928.4', '30.90');
    expect(planOf(text, 'plan.json').figures[0]?.value).toBe('30.90');
  });

  it.each(['928.4亿元', '10%', '1e3', '0x1F', '.5', '.nan', '1,04.2', '""'])('rejects the value %s as invalid_number', (written) => {
    const result = parsePlan(withValue(written));
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_number', path: ['figures', 0, 'value'], line: 24, column: 12 });
  });
});

describe('parsePlan: conveniences', () => {
  it('infers roles: computed for 预计/测算, planned after the base year, measured otherwise', () => {
    const file = baseFile();
    file.figures.push({ id: 'sales_2015', indicator: 'sales', type: 'level', value: '1300', year: 2015, qualifiers: ['预计'] });
    file.figures.push({ id: 'sales_2010', indicator: 'sales', type: 'level', value: '700', year: 2010 });
    file.figures.push({ id: 'sales_2019', indicator: 'sales', type: 'level', value: '1800', year: 2019, role: 'measured' });
    const result = parseData(file);
    expect(result.ok && result.plan.figures.map((f) => [f.id, f.role])).toEqual([
      ['sales_2012', 'measured'],
      ['sales_rate', 'planned'],
      ['sales_2020', 'planned'],
      ['sales_2015', 'computed'],
      ['sales_2010', 'measured'],
      ['sales_2019', 'measured'],
    ]);
  });

  it('reads qualifier (a string or a list) as qualifiers', () => {
    const file = baseFile();
    file.figures[0] = { ...file.figures[0], qualifier: ['预计', '左右'] };
    file.figures[1] = { ...file.figures[1], qualifiers: '力争' };
    const result = parseData(file);
    expect(result.ok && result.plan.figures.map((f) => f.qualifiers)).toEqual([['预计', '左右'], ['力争'], ['以上']]);
  });

  it.each([
    ['十一五', { from: 2006, to: 2010, base: 2005, name: '十一五' }],
    ['十二五', { from: 2011, to: 2015, base: 2010, name: '十二五' }],
    ['十三五', { from: 2016, to: 2020, base: 2015, name: '十三五' }],
    ['十四五', { from: 2021, to: 2025, base: 2020, name: '十四五' }],
    ['十五五', { from: 2026, to: 2030, base: 2025, name: '十五五' }],
  ])('expands the period %s', (name, period) => {
    const result = parseData({ ...baseFile(), period: name });
    expect(result.ok && result.plan.period).toEqual(period);
  });

  it('rejects an unknown five-year-plan name', () => {
    expect(errorsOf({ ...baseFile(), period: '十六五' })[0]).toMatchObject({ code: 'invalid_value', path: ['period'] });
  });

  it('defaults units by figure type', () => {
    const file = baseFile();
    file.indicators.push({ id: 'share', name: '占比', unit: '%', kind: 'share' });
    file.figures.push(
      { id: 'share_2012', indicator: 'share', type: 'share', value: '41.6', year: 2012 },
      { id: 'share_up', indicator: 'share', type: 'points', value: '6.4', from: 2012, to: 2020 },
      { id: 'sales_x2', indicator: 'sales', type: 'multiple', value: '2', from: 2012, to: 2020 },
      { id: 'sales_cut', indicator: 'sales', type: 'change', value: '-18', from: 2012, to: 2020 },
      { id: 'sales_sum', indicator: 'sales', type: 'total', value: '2800', from: 2013, to: 2020 },
    );
    const result = parseData(file);
    expect(result.ok && result.plan.figures.slice(3).map((f) => f.unit)).toEqual(['%', '个百分点', '倍', '%', '亿元']);
  });

  it('accepts an optional $schema key and indicator prices', () => {
    const file = { $schema: './plan.schema.json', ...baseFile() };
    file.indicators[0] = { ...(file.indicators[0] as object), prices: 'current' };
    expect(parseData(file).ok).toBe(true);
  });
});

describe('parsePlan: semantic validation', () => {
  it('flags a figure unit of another dimension than its indicator', () => {
    const file = baseFile();
    file.figures[0] = { ...file.figures[0], unit: '万吨' };
    expect(errorsOf(file)).toMatchObject([{ code: 'unit_mismatch', path: ['figures', 0, 'unit'], value: '万吨' }]);
  });

  it('accepts a figure in another magnitude of the same dimension', () => {
    const file = baseFile();
    file.figures[0] = { ...file.figures[0], value: '9284000', unit: '万元' };
    expect(parseData(file).ok).toBe(true);
  });

  it('flags a rate written in a money unit', () => {
    const file = baseFile();
    file.figures[1] = { ...file.figures[1], unit: '亿元' };
    expect(codes(errorsOf(file))).toEqual(['unit_mismatch']);
  });

  it('flags an unknown indicator unit', () => {
    const file = baseFile();
    file.indicators[0] = { ...(file.indicators[0] as object), unit: '亿美金' };
    expect(codes(errorsOf(file))).toContain('unknown_unit');
  });

  it('flags years outside 1900..2100 and spans that do not move forward', () => {
    const file = baseFile();
    file.figures[0] = { ...file.figures[0], year: 1899 };
    expect(errorsOf(file)).toMatchObject([{ code: 'invalid_year', path: ['figures', 0, 'year'], value: 1899 }]);
    const back = baseFile();
    back.figures[1] = { ...back.figures[1], from: 2020, to: 2012 };
    expect(errorsOf(back)[0]).toMatchObject({ code: 'invalid_year', path: ['figures', 1, 'to'] });
    expect(codes(errorsOf({ ...baseFile(), period: { from: 2020, to: 2014, base: 2012 } }))).toEqual(['invalid_year']);
  });

  it('needs year for levels and from/to for rates', () => {
    const file = baseFile();
    file.figures[0] = { id: 'sales_2012', indicator: 'sales', type: 'level', value: '928.4' };
    file.figures[1] = { id: 'sales_rate', indicator: 'sales', type: 'rate', value: '10', from: 2012 };
    expect(errorsOf(file)).toMatchObject([
      { code: 'missing_field', path: ['figures', 0, 'year'] },
      { code: 'missing_field', path: ['figures', 1, 'to'] },
    ]);
  });

  it('checks the years of a growth target against its rate', () => {
    const file = baseFile();
    file.figures[1] = { ...file.figures[1], from: 2013 };
    expect(errorsOf(file)).toMatchObject([{ code: 'year_mismatch', path: ['relations', 0, 'base'], value: 2012 }]);
  });

  it('checks cumulative totals, annual-vs-cumulative and sums', () => {
    const file = baseFile();
    file.indicators.push({ id: 'share', name: '占比', unit: '%', kind: 'share' });
    file.figures.push(
      { id: 'inv_2010', indicator: 'sales', type: 'level', value: '300', year: 2010 },
      { id: 'inv_total', indicator: 'sales', type: 'total', value: '2800', from: 2012, to: 2015 },
      { id: 'cut_rate', indicator: 'sales', type: 'rate', value: '-3.5', from: 2010, to: 2015 },
      { id: 'cut_total', indicator: 'sales', type: 'change', value: '-16', from: 2011, to: 2015 },
      { id: 'share_a', indicator: 'share', type: 'share', value: '60', year: 2012 },
      { id: 'share_b', indicator: 'share', type: 'share', value: '40', year: 2012 },
    );
    file.relations.push(
      { id: 'inv', kind: 'cumulative_total', base: 'inv_2010', total: 'inv_total' },
      { id: 'cut', kind: 'annual_vs_cumulative', rate: 'cut_rate', change: 'cut_total' },
      { id: 'whole', kind: 'sum', parts: ['share_a', 'share_b'], total: '100%' },
      { id: 'money', kind: 'sum', parts: ['sales_2012', 'inv_2010'], total: '100%' },
    );
    expect(errorsOf(file).map((i) => [i.code, i.path])).toEqual([
      ['year_mismatch', ['relations', 1, 'base']],
      ['year_mismatch', ['relations', 2, 'change']],
      ['year_mismatch', ['relations', 4, 'parts', 1]],
      ['wrong_figure_type', ['relations', 4, 'total']],
    ]);
  });

  it('flags wrong figure types in share and points relations', () => {
    const file = baseFile();
    file.relations.push({ id: 'pts', kind: 'points_change', start: 'sales_2012', end: 'sales_2020', change: 'sales_rate' });
    expect(errorsOf(file)).toMatchObject([{ code: 'wrong_figure_type', path: ['relations', 1, 'change'], value: 'rate' }]);
  });

  it('reports schema problems with codes and positions', () => {
    const file = { ...baseFile(), colour: 'red', title: 7 } as Record<string, unknown>;
    delete file['issuer'];
    file['relations'] = [{ id: 'x', kind: 'growth_rate' }];
    const issues = errorsOf(file);
    // Sorted by position; a missing field points at its parent (here the root, line 1).
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['missing_field', ['issuer']],
      ['invalid_type', ['title']],
      ['invalid_value', ['relations', 0, 'kind']],
      ['unknown_field', ['colour']],
    ]);
    expect(issues[0]).toMatchObject({ line: 1, column: 1 });
    expect(issues[1]).toMatchObject({ file: 'sample.json', line: 3, column: 12, value: 7 });
  });
});

describe('parsePlan: hostile input', () => {
  it('lets no key reach a prototype', () => {
    const text = fixture('innovation-2014.json').replace(
      '"id": "shanxi-innovation-2014",',
      '"id": "shanxi-innovation-2014", "__proto__": { "polluted": true }, "prototype": 1,',
    );
    const result = parsePlan(text);
    expect(codes(result.issues)).toEqual(['forbidden_key', 'forbidden_key']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('stops alias bombs and self-referencing aliases', () => {
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
    ].join('\n');
    // 30 aliases, but they expand to 12,330 nodes: past PLAN_LIMITS.maxAliasNodes.
    expect(parsePlan(bomb).issues).toMatchObject([{ code: 'limit_exceeded', line: 4 }]);
    expect(codes(parsePlan('a: &x [*x]').issues)).toEqual(['syntax_error']);
  });

  it('reports deep nesting instead of overflowing', () => {
    const deep = `${'['.repeat(400)}${']'.repeat(400)}`;
    expect(codes(parsePlan(deep).issues)).toEqual(['syntax_error']);
    expect(codes(parsePlan(deep, { format: 'json' }).issues)).toEqual(['syntax_error']);
  });

  it('holds .json files to strict JSON', () => {
    const text = fixture('innovation-2014.json').replace('"kind": "count" }', "'kind': 'count' }");
    expect(parsePlan(text, { format: 'yaml' }).ok).toBe(true);
    expect(parsePlan(text, { file: 'innovation-2014.json' }).issues).toMatchObject([{ code: 'syntax_error', line: 11, column: 64, file: 'innovation-2014.json' }]);
  });

  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('yaml', 'json') as fc.Arbitrary<'yaml' | 'json'>, (text, format) => {
        const result = parsePlan(text, { format });
        return result.ok || result.issues.length > 0;
      }),
      { seed: 42, numRuns: 500 },
    );
  });

  it('never throws on damaged plan files', () => {
    const texts = [fixture('innovation-2014.yaml'), fixture('innovation-2014.json')];
    const noise = fc.string({ unit: fc.constantFrom(...'{}[],:"\'-&*!|>#\n 0.9e+十%'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(fc.nat(1), fc.nat(3000), fc.nat(20), noise, (which, at, cut, insert) => {
        const text = texts[which] ?? '';
        const i = at % text.length;
        const damaged = text.slice(0, i) + insert + text.slice(i + cut);
        const result = parsePlan(damaged, { format: which === 1 ? 'json' : 'yaml' });
        if (!result.ok) return result.issues.length > 0 && result.issues.every((issue) => issue.line! >= 1 && issue.column! >= 1);
        return validatePlan(result.plan).length === 0;
      }),
      { seed: 42, numRuns: 400 },
    );
  });
});

describe('loadPlan', () => {
  it('returns the plan', () => {
    expect(loadPlan(fixture('innovation-2014.yaml')).id).toBe('shanxi-innovation-2014');
  });

  it('throws invalid_plan with the issues and the file', () => {
    let caught: unknown;
    try {
      loadPlan('id: x', { file: 'x.yaml' });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(GrowthError);
    const error = caught as GrowthError;
    expect(error.code).toBe('invalid_plan');
    expect(error.details['file']).toBe('x.yaml');
    expect(codes(error.details['issues'] as PlanIssue[])).toContain('missing_field');
  });
});

describe('messages a newcomer can act on (issue 7)', () => {
  const plan = (figure: string, relation: string) => `id: t
title: t
issuer: t
year: 2016
period: 十三五
source: { document: t }
indicators:
  - { id: r, name: 收入, unit: 亿元, kind: value }
figures:
  - { id: a, indicator: r, type: level, year: 2015, value: "100" }
  - ${figure}
relations:
  - ${relation}
`;
  const issuesOf = (text: string) => parsePlan(text, { file: 'p.yaml' }).issues;

  it('names an unknown relation kind, the nearest ones and all the kinds, not the whole object', () => {
    const [issue] = issuesOf(plan('{ id: b, indicator: r, type: level, year: 2020, value: "200" }', '{ id: g, kind: growth_targt, base: a, rate: b, target: b }'));
    expect(issue).toMatchObject({ code: 'invalid_value', path: ['relations', 0, 'kind'], value: 'growth_targt', line: 13 });
    expect(issue?.message).toMatch(/nearest: growth_target/);
    expect(issue?.message).toMatch(/level_pair/);
    expect(issue?.message).not.toMatch(/"base"/);
  });

  it('suggests the nearest qualifiers for an unknown one', () => {
    const [issue] = issuesOf(plan('{ id: b, indicator: r, type: level, year: 2020, value: "200", qualifier: 以上上 }', '{ id: s, kind: sum, parts: [a], total: b }'));
    expect(issue).toMatchObject({ code: 'invalid_value', value: '以上上' });
    expect(issue?.message).toMatch(/nearest: 以上/);
    expect(issue?.message.length).toBeLessThan(200);
  });

  it('explains an unknown field made by an ASCII comma inside an unquoted value', () => {
    const [issue] = issuesOf(plan('{ id: b, indicator: r, type: level, year: 2020, value: "200", quote: 实现收入200亿元,比上年增长10% }', '{ id: s, kind: sum, parts: [a], total: b }'));
    expect(issue).toMatchObject({ code: 'unknown_field', value: '比上年增长10%' });
    expect(issue?.message).toMatch(/quotes/);
  });
});
