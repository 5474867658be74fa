import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { REVIEW_PLAN } from '../monitor/fixtures.js';
import { memoryIO, type MemoryIOOptions } from './memory-io.js';

const ACTUALS = `indicator,year,date,type,value,unit,source,illustrative
sales,2016,,,1100,亿元,统计公报2016,no
sales,2017,,,1150,亿元,统计公报2017,no
share,2017,,,45,%,,yes
exports,2017,,,90,,,no
projects,2016,,,20,,,no
projects,2017,,,20,,,no
va,,2018-06,rate,6.5,%,月报,no
`;
const FILES = { 'plans/review.yaml': REVIEW_PLAN, 'data/actuals.csv': ACTUALS };

async function run(argv: readonly string[], options: MemoryIOOptions = {}) {
  const io = memoryIO({ files: { ...FILES, ...options.files }, ...(options.failWrites !== undefined && { failWrites: options.failWrites }), ...(options.env !== undefined && { env: options.env }) });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('growth-targets monitor', () => {
  it('prints the review and exits 0 when no binding target moves away', async () => {
    const r = await run(['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--as-of', '2018-06-30', '--lang', 'zh']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('中期评估');
    expect(r.out).toContain('评估日期 2018-06-30');
    expect(r.out).toContain('滞后');
  });

  it('exits 1 when a binding target is at or beyond --fail-on', async () => {
    expect((await run(['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--fail-on', 'behind'])).code).toBe(1);
    expect((await run(['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--fail-on', 'limited'])).code).toBe(0);
    expect((await run(['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--fail-on', 'none'])).code).toBe(0);
  });

  it('writes the output whole before the chart; a chart that cannot be rendered exits 2 and loses nothing', async () => {
    // Inside vitest the optional vega packages cannot be imported lazily, as when they are not
    // installed; the built CLI renders the chart (test/cli/e2e.test.ts).
    const r = await run(['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--format', 'json', '--output', 'out/review.json', '--chart', 'out/progress.svg']);
    expect(r.out).toBe('');
    expect(JSON.parse(r.io.files.get('out/review.json') ?? '{}').review.asOf).toBe('2018-06-30');
    expect(r.err).toContain('missing_dependency');
    expect(r.code).toBe(2);
    expect(r.io.files.has('out/progress.svg')).toBe(false);
  });

  it('a bad actuals file exits 2, prints every issue with its position, and writes nothing', async () => {
    const bad = 'indicator,year,value\nsalez,2016,1\nsales,2017,1.2.3\nshare,2017,4吨\nsales,2017,5\n';
    const r = await run(['monitor', 'plans/review.yaml', '--actuals', 'data/bad.csv', '--output', 'out/x.txt'], { files: { 'data/bad.csv': bad } });
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.io.files.has('out/x.txt')).toBe(false);
    expect(r.err.trim().split('\n')).toEqual([
      'data/bad.csv:2:1: unknown_indicator: line 2: the plan has no indicator "salez"',
      'data/bad.csv:3:12: invalid_number: line 3: the value "1.2.3" is not a number (digits, optional sign, decimals, thousands separators)',
      'data/bad.csv:4:12: unit_mismatch: line 4: indicator share is in %, not 吨',
    ]);
  });

  it.each([
    [['monitor'], /needs a plan file/],
    [['monitor', 'plans/review.yaml'], /--actuals/],
    [['monitor', 'plans/review.yaml', 'other.yaml', '--actuals', 'data/actuals.csv'], /one plan file/],
    [['monitor', 'plans/nope.yaml', '--actuals', 'data/actuals.csv'], /no such file/],
    [['monitor', 'plans/review.yaml', '--actuals', 'data/nope.csv'], /no such file/],
    [['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--as-of', 'yesterday'], /--as-of/],
    [['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--fail-on', 'near-miss'], /--fail-on/],
    [['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--chart', 'x.png'], /--chart/],
    [['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--by', 'year'], /unknown option/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('an unwritable output exits 2', async () => {
    const r = await run(['monitor', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--output', 'out/x.txt'], { failWrites: true });
    expect(r.code).toBe(2);
    expect(r.err).toContain('cannot write');
  });

  it('has help with its fail levels', async () => {
    const r = await run(['help', 'monitor']);
    expect(r.out).toContain('moving-away  R < 0');
    expect(r.out).toContain('--as-of <date>');
  });
});

describe('growth-targets decompose', () => {
  it('prints annual targets, in-year targets of flows and splits', async () => {
    const byYear = await run(['decompose', 'plans/review.yaml', '--lang', 'en']);
    expect(byYear.code).toBe(0);
    expect(byYear.out).toContain('equal rate +10.00%');
    const withActuals = await run(['decompose', 'plans/review.yaml', '--actuals', 'data/actuals.csv', '--format', 'markdown']);
    expect(withActuals.out).toContain('recomputed');
    const byQuarter = await run(['decompose', 'plans/review.yaml', '--by', 'quarter']);
    expect(byQuarter.out).toContain('Q4 20个');
    const json = await run(['decompose', 'plans/review.yaml', '--by', 'unit', '--format', 'json']);
    expect(JSON.parse(json.out).decomposition.by).toBe('unit');
  });

  it.each([
    [['decompose', 'plans/review.yaml', '--by', 'week'], /--by/],
    [['decompose', 'plans/review.yaml', '--as-of', '2018'], /--as-of needs --actuals|'--as-of' needs/],
    [['decompose', 'plans/review.yaml', '--format', 'sarif'], /--format/],
    [['decompose'], /needs a plan file/],
  ])('%j is a usage error (exit 2)', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });
});
