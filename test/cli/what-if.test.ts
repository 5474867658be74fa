/** The what-if commands in-process: scenario and simulate (their --chart runs in e2e.test.ts, on the built CLI). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { memoryIO, type MemoryIOOptions } from './memory-io.js';
import { NEAR_MISS_PLAN } from './plans.js';

const seed = (file: string) => readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
const FILES = {
  'seeds/002.yaml': seed('002-shanxi-innovation-2014.yaml'),
  'seeds/004.yaml': seed('004-taiyuan-revitalization.yaml'),
  'seeds/000.yaml': seed('000-shanxi-equipment-12th.yaml'),
  'near-miss.yaml': NEAR_MISS_PLAN,
  'empty.yaml': '',
  'broken.yaml': 'id: x\n',
};

async function run(argv: readonly string[], options: MemoryIOOptions = {}) {
  const io = memoryIO({ files: FILES, env: { LANG: 'en_US.UTF-8' }, ...options });
  const code = await main(argv, io);
  return { code, out: io.out(), err: io.err(), io };
}

describe('growth-targets scenario', () => {
  it("lays a plan's own scenarios beside the plan (Taiyuan: 25% and 17%), exit 0", async () => {
    const r = await run(['scenario', 'seeds/004.yaml', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out.split('\n')[0]).toBe('太原工业振兴行动方案：情景比较');
    expect(r.out).toContain('行动方案：现价年均增长25%');
    expect(r.out).toMatch(/2015\s+1762\.848\s+1762\.848\s+1266\.468/);
    expect(r.out).toMatch(/规模工业增加值 1400亿元 \(2015\)\s+✓ 1762\.848\s+✓ 1762\.848\s+✗ 1266\.468 \(−133\.532\)/);
  });

  it('makes a scenario of --set and --shock: 8% a year with a −5% shock in 2015', async () => {
    const r = await run(['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.rate=8%', '--shock', 'new_product_sales@2015=-5%']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('new_product_sales.rate=8%, shock new_product_sales@2015=-5%');
    // 928.4 × 1.08² × 0.95 × 1.08⁵ = 1511.56
    expect(r.out).toMatch(/2020\s+1990\.11\s+1511\.56/);
  });

  it('takes a rate from a year on, a base in another unit, a later target year, and one --scenario to build on', async () => {
    const from = await run(['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.rate@2016=12%', '--format', 'json']);
    const rows = JSON.parse(from.out).indicators.find((i: { indicator: string }) => i.indicator === 'new_product_sales').rows;
    expect(rows.at(-1).values[1]).toBe('2177.72632286691328'); // 928.4 × 1.1³ × 1.12⁵
    const base = await run(['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.base=95000000万元', '--format', 'json']);
    expect(JSON.parse(base.out).indicators.find((i: { indicator: string }) => i.indicator === 'new_product_sales').rows[0].values[1]).toBe('9500');
    const later = await run(['scenario', 'seeds/002.yaml', '--set', 'new_product_sales_2020.year=2021', '--format', 'json']);
    const target = JSON.parse(later.out).targets.find((t: { figure: string }) => t.figure === 'new_product_sales_2020');
    expect(target.results.map((x: { year: number; met: boolean }) => [x.year, x.met])).toEqual([[2020, false], [2021, true]]);
    const on = await run(['scenario', 'seeds/004.yaml', '--scenario', 'outline', '--shock', 'industrial_va@2012=0%']);
    expect(on.out).toContain('规划纲要：年均增长17% + shock industrial_va@2012=0%');
  });

  it('writes Markdown to --output, whole', async () => {
    const r = await run(['scenario', 'seeds/004.yaml', '--format', 'markdown', '--output', 'out/scenarios.md', '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.io.files.get('out/scenarios.md')).toMatch(/^## 太原工业振兴行动方案: scenarios compared\n/);
  });

  it.each([
    [['scenario'], /needs a plan file/],
    [['scenario', 'seeds/002.yaml', 'seeds/004.yaml'], /one plan file/],
    [['scenario', 'seeds'], /not a folder/],
    [['scenario', 'nope.yaml'], /no such file/],
    [['scenario', 'empty.yaml'], /not a valid plan/],
    [['scenario', 'broken.yaml'], /not a valid plan/],
    [['scenario', 'seeds/004.yaml', '--scenario', 'nope'], /action_plan \(行动方案：现价年均增长25%\), outline/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.rate=8'], /percentage such as 8%/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.speed=8%'], /--set must look like/],
    [['scenario', 'seeds/002.yaml', '--set', 'nowhere.rate=8%'], /neither an indicator nor a figure/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.base=2000家'], /--set base/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.rate@16=8%'], /--set must look like/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales.base@2016=8'], /takes no @year/],
    [['scenario', 'seeds/002.yaml', '--shock', 'new_product_sales=5%'], /--shock must look like/],
    [['scenario', 'seeds/002.yaml', '--shock', 'new_product_sales@2012=-5%'], /invalid_year/],
    [['scenario', 'seeds/002.yaml', '--set', 'tech_alliances.rate=8%'], /no level to grow from/],
    [['scenario', 'seeds/002.yaml', '--format', 'sarif'], /--format/],
    [['scenario', 'seeds/002.yaml', '--chart', 'chart.png'], /option '--chart' writes SVG: give a file ending in \.svg/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales_rate=8%'], /did you mean 'new_product_sales\.rate=8%'\?/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales@2016=8%'], /did you mean 'new_product_sales\.rate@2016=8%'\?/],
    [['scenario', 'seeds/002.yaml', '--set', 'new_product_sales_base=950'], /did you mean 'new_product_sales\.base=950'\?/],
    [['scenario', 'seeds/002.yaml', '--band', 'wide'], /--band/],
  ])('%j exits 2 and says why', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('reports where a bad scenarios section is, line and column', async () => {
    const bad = `${FILES['seeds/002.yaml']}\nscenarios:\n  - { id: s, name: s, changes: [{ kind: rate, indicator: nowhere, rate: 8 }] }\n`;
    const r = await run(['scenario', 'bad.yaml'], { files: { 'bad.yaml': bad } });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^bad\.yaml:\d+:\d+: unknown_reference: /m);
  });

  it('lists it in the help', async () => {
    const r = await run(['help', 'scenario']);
    expect(r.out).toContain('--set <id.rate=8%>');
    expect(r.out).toContain('exit codes: 0 done');
  });
});

describe('growth-targets simulate', () => {
  it('gives each target its probability, reproducibly (the same seed, the same output)', async () => {
    const a = await run(['simulate', 'seeds/002.yaml', '--runs', '5000', '--seed', '7', '--format', 'json']);
    const b = await run(['simulate', 'seeds/002.yaml', '--runs', '5,000', '--seed', '7', '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.out).toBe(b.out);
    const doc = JSON.parse(a.out);
    const target = doc.indicators.find((i: { indicator: string }) => i.indicator === 'new_product_sales').targets.find((t: { figure: string }) => t.figure === 'new_product_sales_2020');
    expect(typeof target.probability).toBe('number');
    expect(target.probability).toBeGreaterThan(0.4);
    expect(target.probability).toBeLessThan(0.5);
    const fan = doc.indicators[0].percentiles[0];
    expect(fan.percentile).toBe(5);
    expect(fan.points[0]).toEqual({ year: 2012, value: 0.64 }); // R&D intensity 0.64% in 2012, in its unit (%)
    expect(doc.indicators[0].unit).toBe('%');
    expect(doc.indicators[0].distribution).toEqual({ kind: 'normal', sd: '2', unit: '个百分点' });
    expect(doc.runs).toBe(5000);
  });

  it('states its assumption in the text output, in the distribution asked for', async () => {
    const normal = await run(['simulate', 'seeds/002.yaml', '--runs', '1000', '--sd', '3%', '--lang', 'zh']);
    expect(normal.out).toContain('年增速服从正态分布，均值为规划增速，标准差3.00个百分点');
    const uniform = await run(['simulate', 'seeds/002.yaml', '--runs', '1000', '--sd', '0.01', '--distribution', 'uniform']);
    expect(uniform.out).toContain('uniform within 1.73 points');
    const triangular = await run(['simulate', 'seeds/002.yaml', '--runs', '1000', '--distribution', 'triangular']);
    expect(triangular.out).toContain('from 4.90 points below to 4.90 above');
    const bootstrap = await run(['simulate', 'seeds/000.yaml', '--runs', '1000', '--distribution', 'bootstrap', '--set', 'main_revenue.rate=20%']);
    expect(bootstrap.code).toBe(0);
    expect(bootstrap.out).toMatch(/drawn with replacement from \d+ historical rates/);
  });

  it('simulates a scenario of the plan', async () => {
    const r = await run(['simulate', 'seeds/004.yaml', '--runs', '2000', '--scenario', 'outline', '--format', 'json']);
    expect(JSON.parse(r.out).scenario).toEqual({ id: 'outline', name: '规划纲要：年均增长17%' });
  });

  it('shows a progress line on stderr for long runs on a terminal, never under CI or off a terminal', async () => {
    const argv = ['simulate', 'seeds/002.yaml', '--runs', '150000', '--format', 'json'];
    const tty = await run(argv, { isTTY: true, env: { LANG: 'en_US.UTF-8' } });
    expect(tty.err).toMatch(/\rsimulating \d+% \(\d{1,3}(,\d{3})*\/150,000\)/);
    expect(tty.err.endsWith('\r\u001b[K')).toBe(true);
    const ci = await run(argv, { isTTY: true, env: { CI: 'true' } });
    expect(ci.err).toBe('');
    const pipe = await run(argv, { isTTY: false });
    expect(pipe.err).toBe('');
    const short = await run(['simulate', 'seeds/002.yaml', '--runs', '1000'], { isTTY: true });
    expect(short.err).toBe('');
  });

  it.each([
    [['simulate', 'seeds/002.yaml', '--runs', '0'], /--runs/],
    [['simulate', 'seeds/002.yaml', '--runs', '1.5'], /--runs/],
    [['simulate', 'seeds/002.yaml', '--runs', 'many'], /--runs/],
    [['simulate', 'seeds/002.yaml', '--runs', '2000000000'], /--runs/],
    [['simulate', 'seeds/002.yaml', '--seed', '-1'], /--seed/],
    [['simulate', 'seeds/002.yaml', '--sd', '-2%'], /--sd/],
    [['simulate', 'seeds/002.yaml', '--distribution', 'lognormal'], /--distribution/],
    [['simulate', 'near-miss.yaml', '--distribution', 'bootstrap'], /at least two historical/],
    [['simulate', 'seeds/000.yaml', '--distribution', 'bootstrap', '--sd', '2%'], /does not apply/],
    [['simulate', 'seeds/004.yaml', '--scenario', 'outline', '--scenario', 'action_plan'], /one scenario at a time/],
    [['simulate', 'seeds/002.yaml', '--format', 'junit'], /--format/],
    [['simulate', 'seeds/002.yaml', '--chart', 'fan.png'], /option '--chart' writes SVG: give a file ending in \.svg/],
  ])('%j exits 2 and says why', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });
});
