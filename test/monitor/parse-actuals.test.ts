import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ActualsIssue } from '../../src/monitor/actuals.js';
import { parseActuals } from '../../src/monitor/parse-actuals.js';
import { RUNS } from '../math/oracle.js';
import { reviewPlan } from './fixtures.js';

const plan = reviewPlan();
const csv = (body: string) => `indicator,year,value\n${body}`;
const codes = (issues: readonly ActualsIssue[]) => issues.map((i) => i.code);
const at = (issues: readonly ActualsIssue[]) => issues.map((i) => `${i.line}:${i.column} ${i.code}`);

describe('CSV', () => {
  it('reads values as written, with units, dates, types, sources and flags', () => {
    const text = [
      '\uFEFFindicator,year,date,type,value,unit,source,illustrative,note',
      'sales,2016,,,"1,100.50",亿元,统计公报 2016,no,',
      'sales,2017,,,1210000,万元,,yes,',
      'va,,2018-06,rate,5.5,%,"月报, 1-6月",,year to date',
      'share,2016,,,41.5%,,,,',
      '',
      '   ,  ,  ',
    ].join('\r\n');
    const r = parseActuals(text, { file: 'a.csv', plan });
    expect(r.issues).toEqual([]);
    if (!r.ok) return;
    const [a, b, c, d] = r.actuals.items;
    expect(a).toMatchObject({ indicator: 'sales', year: 2016, text: '1100.50', unit: '亿元', source: '统计公报 2016', illustrative: false, line: 2 });
    expect(b).toMatchObject({ text: '1210000', unit: '万元', illustrative: true, line: 3 });
    expect(c).toMatchObject({ type: 'rate', year: 2018, date: '2018-06-30', text: '5.5', unit: '%', source: '月报, 1-6月', note: 'year to date' });
    expect(d).toMatchObject({ text: '41.5', unit: '%' });
    expect(r.actuals.items).toHaveLength(4);
  });

  it('takes Chinese headers, indicator names for ids, tabs or semicolons, and a value with its unit', () => {
    const tsv = '指标\t年份\t数值\t来源\n主营业务收入\t2016\t1100亿元\t公报\n';
    const r = parseActuals(tsv, { file: 'a.tsv', plan });
    expect(r.ok && r.actuals.items[0]).toMatchObject({ indicator: 'sales', year: 2016, text: '1100', unit: '亿元', source: '公报' });
    const semi = parseActuals('indicator;year;value\nsales;2016;1100\n', { file: 'a.csv', plan });
    expect(semi.ok).toBe(true);
  });

  it('reports every problem of a bad file at once, each with its line and column', () => {
    const text = csv(
      [
        'sales,2016,1100', // fine
        'salez,2016,1100', // unknown indicator
        'sales,2017,abc', // not a number
        'sales,2016,1200', // duplicate year
        'share,2016,41吨', // unit of another dimension
        'sales,16,1300', // bad year
        'sales,2018,约1300', // a qualifier
      ].join('\n'),
    );
    const r = parseActuals(text, { file: 'bad.csv', plan });
    expect(r.ok).toBe(false);
    expect(at(r.issues)).toEqual([
      '3:1 unknown_indicator',
      '4:12 invalid_number',
      '5:7 duplicate_year',
      '6:12 unit_mismatch',
      '7:7 invalid_year',
      '8:12 invalid_number',
    ]);
    expect(r.issues.every((i) => i.file === 'bad.csv' && i.severity === 'error')).toBe(true);
    expect(r.issues[2]?.message).toContain('line 2');
  });

  it('checks units against the indicator: dimension, percent, rates in %', () => {
    const r = parseActuals(
      'indicator,year,type,value,unit\nsales,2016,,1100,吨\nshare,2016,,41,亿元\nva,2016,rate,6,亿元\nsales,2017,,1100,斤\n',
      { plan },
    );
    expect(codes(r.issues)).toEqual(['unit_mismatch', 'unit_mismatch', 'unit_mismatch', 'unknown_unit']);
  });

  it('a bare 万 counts base units; it does not scale a unit that is itself scaled', () => {
    const r = parseActuals('indicator,year,value,unit\nfirms,2016,1.5,万\nsales,2016,1320万,\n', { plan });
    expect(r.issues.map((i) => `${i.line} ${i.code}`)).toEqual(['3 unit_mismatch']);
    expect(r.issues[0]?.message).toContain('write the unit in full');
  });

  it('an unquoted number with thousands separators gets a hint, and its row is not read further', () => {
    const r = parseActuals('indicator,year,value,unit\nsales,2016,1,180.6,亿元\n', { plan });
    expect(codes(r.issues)).toEqual(['syntax_error']);
    expect(r.issues[0]?.message).toContain('must be quoted ("1,180.6")');
  });

  it.each([
    ['', 'empty_file'],
    ['\uFEFF  \n\n', 'empty_file'],
    ['indicator,year,value\n', 'empty_file'],
    ['indicator,value\nsales,1\n', 'missing_field'],
    ['year,value\n2016,1\n', 'missing_field'],
    ['indicator,year,value,vaule\nsales,2016,1,2\n', 'unknown_field'],
    ['indicator,year,value,year\nsales,2016,1,2016\n', 'unknown_field'],
    ['indicator,year,value\nsales,2016,"1\n', 'syntax_error'],
    ['indicator,year,value\nsales,2016,1,extra\n', 'syntax_error'],
    ['indicator,year,date,value\nsales,2016,2017-02-01,1\n', 'year_mismatch'],
    ['indicator,date,value\nsales,2017-02-30,1\n', 'invalid_date'],
    ['indicator,year,type,value\nsales,2016,growth,1\n', 'invalid_value'],
    ['indicator,year,value,illustrative\nsales,2016,1,maybe\n', 'invalid_value'],
    ['indicator,year,value\n,2016,1\n', 'missing_field'],
    ['indicator,year,value\nsales,,1\n', 'missing_field'],
    ['indicator,year,value\nsales,2016,\n', 'missing_field'],
  ])('%j → %s', (text, code) => {
    const r = parseActuals(text, { file: 'x.csv', plan });
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toContain(code);
    expect(r.issues.every((i) => i.line !== undefined)).toBe(true);
  });

  it('without a plan, checks the file only', () => {
    const r = parseActuals('indicator,year,value\nanything,2016,1\n', { format: 'csv' });
    expect(r.ok && r.actuals.items[0]?.indicator).toBe('anything');
  });

  it('an indicator name shared by two indicators is refused with a hint', () => {
    const twins = { ...plan, indicators: [...plan.indicators, { ...plan.indicators[0], id: 'sales_b' } as (typeof plan.indicators)[number]] };
    const r = parseActuals('indicator,year,value\n主营业务收入,2016,1\n', { format: 'csv', plan: twins });
    expect(r.issues[0]?.message).toContain('several indicators');
  });
});

describe('YAML and JSON', () => {
  it('reads `actuals:` entries with numbers as written, and a bare list', () => {
    const yaml = 'plan: review-plan\nactuals:\n  - { indicator: sales, year: 2016, value: 1100.50 }\n  - { indicator: va, date: 2018-06-30, type: rate, value: "5.5", illustrative: true }\n';
    const r = parseActuals(yaml, { file: 'a.yaml', plan });
    expect(r.issues).toEqual([]);
    expect(r.ok && r.actuals.items.map((a) => a.text)).toEqual(['1100.50', '5.5']);
    expect(r.ok && r.actuals.plan).toBe('review-plan');
    expect(r.ok && r.actuals.items[1]).toMatchObject({ date: '2018-06-30', illustrative: true, line: 4 });
    const list = parseActuals('- { indicator: sales, year: 2016, value: 1 }\n', { file: 'a.yml', plan });
    expect(list.ok).toBe(true);
    const json = parseActuals('{"actuals":[{"indicator":"sales","year":2016,"value":1100.50}]}', { file: 'a.json', plan });
    expect(json.ok && json.actuals.items[0]?.text).toBe('1100.50');
  });

  it('locates the problems of YAML entries', () => {
    const yaml = 'actuals:\n  - { indicator: sales, year: 2016, value: 1 }\n  - { indicator: salez, year: 2016, value: 1 }\n  - { indicator: sales, year: 2016, value: 2, colour: red }\n  - { indicator: sales, year: 2017, value: [1] }\n  - { indicator: sales, year: 2016, value: 3 }\n';
    const r = parseActuals(yaml, { file: 'a.yaml', plan });
    expect(r.ok).toBe(false);
    expect(at(r.issues)).toEqual(['3:18 unknown_indicator', '4:47 unknown_field', '5:44 invalid_type', '6:31 duplicate_year']);
  });

  it.each([
    ['', 'empty_file'],
    ['actuals: []\n', 'empty_file'],
    ['actuals: [\n', 'syntax_error'],
    ['{"actuals": [}', 'syntax_error'],
    ['actuals:\n  - { __proto__: 1, indicator: sales, year: 2016, value: 1 }\n', 'forbidden_key'],
    ['values: []\n', 'invalid_type'],
    ['actuals:\n  - { year: 2016, value: 1 }\n', 'missing_field'],
  ])('%j → %s', (text, code) => {
    const r = parseActuals(text, { file: text.startsWith('{') ? 'a.json' : 'a.yaml', plan });
    expect(r.ok).toBe(false);
    expect(codes(r.issues)).toContain(code);
  });

  it('warns when the file names another plan, and goes on', () => {
    const r = parseActuals('plan: other\nactuals:\n  - { indicator: sales, year: 2016, value: 1 }\n', { file: 'a.yaml', plan });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['plan_mismatch', 'warning']]);
  });
});

describe('formats by name and by content', () => {
  it('picks the format from the extension, else from the text', () => {
    expect(parseActuals('indicator,year,value\nsales,2016,1\n', { plan }).ok).toBe(true);
    expect(parseActuals('actuals:\n  - { indicator: sales, year: 2016, value: 1 }\n', { plan }).ok).toBe(true);
    expect(parseActuals('[{"indicator":"sales","year":2016,"value":1}]', { plan }).ok).toBe(true);
  });
});

describe('properties', () => {
  it('never throws, whatever the text, and every issue has a code, a severity and a path', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc.array(fc.constantFrom('indicator', 'year', 'value', 'sales', '2016', '1,0', '"', ',', '\n', '\r\n', '约', '%', '亿元', '2018-06', ' '), { maxLength: 40 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(text, fc.constantFrom('csv', 'yaml', 'json') as fc.Arbitrary<'csv' | 'yaml' | 'json'>, (t, format) => {
        const r = parseActuals(t, { format, plan });
        for (const i of r.issues) {
          expect(typeof i.code).toBe('string');
          expect(['error', 'warning']).toContain(i.severity);
          expect(Array.isArray(i.path)).toBe(true);
        }
        if (!r.ok) expect(r.issues.some((i) => i.severity === 'error')).toBe(true);
      }),
      { ...RUNS, numRuns: 300 },
    );
  });

  it('a written value survives the trip through CSV with its decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 9 }), fc.integer({ min: 0, max: 4 }), (n, d) => {
        const text = d === 0 ? String(n) : `${Math.floor(n / 10 ** d)}.${String(n % 10 ** d).padStart(d, '0')}`;
        const r = parseActuals(`indicator,year,value\nsales,2016,${text}\n`, { plan });
        expect(r.ok && r.actuals.items[0]?.text).toBe(text);
      }),
      RUNS,
    );
  });
});
