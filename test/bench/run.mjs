// npm run bench: measures growth-targets against its peers and against baselines measured in the
// same run, and prints ratios (never absolute goals). Runs on the built package (dist/).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Decimal } from 'decimal.js';
import { measure, do_not_optimize } from 'mitata';
import * as financial from 'financial';
import * as formulajs from '@formulajs/formulajs';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { cagr, requiredRate, checkPlan, project, simulateFloat, sensitivityGrid } from '../../dist/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quick = process.argv.includes('--quick');
const rows = [];
const row = (group, name, value, ratio, goal, note = '') => rows.push({ group, name, value, ratio, goal, note });

// ---------------------------------------------------------------------------------------------
// 1. cagr at full precision against Math.pow, decimal.js pow(1/n) and the spreadsheet peers.
// Fixed pseudo-random cases (start, end, years) of the kind plans state.
function lcg(seed) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}
const rnd = lcg(42);
const CASES = [
  ['928.4', '2000', 8],
  ['8.4', '30.9', 5],
  ['1042.4', '2800', 5],
  ['577.65', '1764', 5],
];
while (CASES.length < 64) {
  const start = (1 + rnd() * 5000).toFixed(2);
  const growth = 0.8 + rnd() * 3;
  const end = (Number(start) * growth).toFixed(2);
  CASES.push([start, end, 1 + Math.floor(rnd() * 15)]);
}
const FLOATS = CASES.map(([s, e, n]) => [Number(s), Number(e), n]);
const D40 = Decimal.clone({ precision: 40 });
const ORACLE = Decimal.clone({ precision: 100 });
const truth = CASES.map(([s, e, n]) => new ORACLE(e).div(s).pow(new ORACLE(1).div(n)).minus(1));

const impls = {
  'Math.pow (float floor)': ([s, e, n]) => (e / s) ** (1 / n) - 1,
  'decimal.js pow(1/n), 40 digits': ([s, e, n]) => new D40(e).div(s).pow(new D40(1).div(n)).minus(1),
  'growth-targets cagr, 40 digits': ([s, e, n]) => cagr(s, e, n),
  'growth-targets requiredRate': ([s, e, n]) => requiredRate(s, e, n),
  'financial rate()': ([s, e, n]) => financial.rate(n, 0, -s, e),
  'formulajs RATE': ([s, e, n]) => formulajs.RATE(n, 0, -s, e),
  'formulajs RRI': ([s, e, n]) => formulajs.RRI(n, s, e),
};
const usesStrings = new Set(['decimal.js pow(1/n), 40 digits', 'growth-targets cagr, 40 digits', 'growth-targets requiredRate']);

const opts = quick ? { min_cpu_time: 50e6 } : { min_cpu_time: 400e6 };
const timing = {};
for (const [name, fn] of Object.entries(impls)) {
  const inputs = usesStrings.has(name) ? CASES : FLOATS;
  const stats = await measure(() => {
    for (let i = 0; i < inputs.length; i++) do_not_optimize(fn(inputs[i]));
  }, opts);
  timing[name] = stats.avg / inputs.length;
}
function relErrors(name) {
  const inputs = usesStrings.has(name) ? CASES : FLOATS;
  return inputs.map((c, i) => {
    const got = impls[name](c);
    if (typeof got === 'number' && !Number.isFinite(got)) return new ORACLE(Infinity);
    if (typeof got !== 'number' && !Decimal.isDecimal(got)) return new ORACLE(Infinity); // an error value
    const value = new ORACLE(typeof got === 'number' ? got : got.toString());
    return value.minus(truth[i]).abs().div(ORACLE.max(truth[i].abs(), '1e-30'));
  });
}
const maxRelError = (name) => ORACLE.max(...relErrors(name));
const floor = timing['Math.pow (float floor)'];
for (const name of Object.keys(impls)) {
  const err = maxRelError(name);
  const goal =
    name === 'growth-targets cagr, 40 digits' ? (timing[name] / floor <= 300 ? 'met (≤300×)' : 'MISSED (≤300×)') : '';
  row('cagr (64 cases)', name, `${timing[name].toFixed(0)} ns/op`, `${(timing[name] / floor).toFixed(1)}×`, goal,
    `max rel. error ${err.toExponential(2)}`);
}
const ours = maxRelError('growth-targets cagr, 40 digits');
const peers = ['financial rate()', 'formulajs RATE', 'formulajs RRI', 'Math.pow (float floor)'].map((n) => maxRelError(n));
// More accurate than every peer on every case (a peer that is exact on a case ties, not beats).
const oursByCase = relErrors('growth-targets cagr, 40 digits');
const beats = ['financial rate()', 'formulajs RATE', 'formulajs RRI'].every((peer) =>
  relErrors(peer).every((e, i) => oursByCase[i].lt(e) || (e.isZero() && oursByCase[i].isZero())),
);
row('cagr accuracy', 'growth-targets vs best peer', `${ours.toExponential(2)} vs ${Decimal.min(...peers).toExponential(2)}`,
  `${Decimal.min(...peers).div(Decimal.max(ours, '1e-45')).toExponential(1)}× smaller`, beats ? 'met (more accurate than every peer)' : 'MISSED');

// ---------------------------------------------------------------------------------------------
// 2. Checking the seed plans end to end through the CLI, against a bare `node -e 0`.
function medianMs(args, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}
const runs = quick ? 3 : 11;
const bare = medianMs(['-e', '0'], runs);
const cli = medianMs([join('dist', 'cli.js'), 'check', 'seeds', '--format', 'json', '--fail-on', 'none'], runs);
row('CLI', 'node -e 0 (baseline)', `${bare.toFixed(0)} ms`, '1.0×', '');
// The floor the parser sets: yaml's parseDocument alone over the same files, in a fresh process.
const yamlOnly = medianMs(['--input-type=module', '-e', [
  "import { readFileSync, readdirSync } from 'node:fs';",
  "import { parseDocument, LineCounter } from 'yaml';",
  "for (const f of readdirSync('seeds').filter((f) => f.endsWith('.yaml')))",
  "  parseDocument(readFileSync('seeds/' + f, 'utf8'), { lineCounter: new LineCounter(), keepSourceTokens: true });",
].join('\n')], runs);
row('CLI', 'node + yaml parseDocument of the seeds only', `${yamlOnly.toFixed(0)} ms`, `${(yamlOnly / bare).toFixed(2)}×`, '', 'the floor with the yaml package');
row('CLI', 'growth-targets check seeds', `${cli.toFixed(0)} ms`, `${(cli / bare).toFixed(2)}×`, cli / bare <= 3 ? 'met (≤3×)' : 'MISSED (≤3×)');

// ---------------------------------------------------------------------------------------------
// 3. Checking 1,000 and 10,000 generated growth-target relations: linear scaling.
function generatedPlan(n) {
  const r = lcg(7);
  const indicators = [];
  const figures = [];
  const relations = [];
  for (let i = 0; i < n; i++) {
    const base = (10 + r() * 1000).toFixed(1);
    const rate = (2 + r() * 15).toFixed(1);
    const target = (Number(base) * (1 + Number(rate) / 100) ** 5 * (0.98 + r() * 0.04)).toFixed(0);
    indicators.push({ id: `i${i}`, name: `指标${i}`, unit: '亿元', kind: 'value' });
    figures.push(
      { id: `b${i}`, indicator: `i${i}`, type: 'level', year: 2015, value: base, qualifiers: [], role: 'measured' },
      { id: `r${i}`, indicator: `i${i}`, type: 'rate', from: 2015, to: 2020, value: rate, qualifiers: [], role: 'planned' },
      { id: `t${i}`, indicator: `i${i}`, type: 'level', year: 2020, value: target, qualifiers: ['以上'], role: 'planned' },
    );
    relations.push({ id: `g${i}`, kind: 'growth_target', base: `b${i}`, rate: `r${i}`, target: `t${i}` });
  }
  return {
    id: `generated-${n}`, title: `generated ${n}`, issuer: 'bench', year: 2016,
    period: { from: 2016, to: 2020, base: 2015 }, source: { document: 'generated' },
    indicators, figures, relations,
  };
}
const small = generatedPlan(1000);
const large = generatedPlan(10000);
const t1k = (await measure(() => do_not_optimize(checkPlan(small)), { min_cpu_time: quick ? 50e6 : 500e6, min_samples: 3 })).avg;
const t10k = (await measure(() => do_not_optimize(checkPlan(large)), { min_cpu_time: quick ? 50e6 : 500e6, min_samples: 3 })).avg;
row('checkPlan scaling', '1,000 relations (baseline)', `${(t1k / 1e6).toFixed(1)} ms`, '1.0×', '');
row('checkPlan scaling', '10,000 relations', `${(t10k / 1e6).toFixed(1)} ms`, `${(t10k / t1k).toFixed(2)}×`, t10k / t1k <= 11 ? 'met (≤11×)' : 'MISSED (≤11×)');

// ---------------------------------------------------------------------------------------------
// 4. Monte Carlo: simulateFloat against a hand-written Float64Array loop doing the same arithmetic
// (the same xoroshiro128+ of pure-rand, the same 53-bit uniforms and Box–Muller normals, the same
// compounding, the same target counted) but no percentiles; CPU time, the least of alternating runs.
const MC_YEARS = 10;
const mcPlan = {
  id: 'mc', title: 'Monte Carlo bench', issuer: 'bench', year: 2016,
  period: { from: 2016, to: 2025, base: 2015 }, source: { document: 'generated' },
  indicators: [{ id: 'x', name: '指标', unit: '亿元', kind: 'value' }],
  figures: [
    { id: 'x_2015', indicator: 'x', type: 'level', year: 2015, value: '1000', qualifiers: [], role: 'measured' },
    { id: 'x_rate', indicator: 'x', type: 'rate', from: 2015, to: 2025, value: '8', qualifiers: [], role: 'planned' },
    { id: 'x_2025', indicator: 'x', type: 'level', year: 2025, value: '2200', qualifiers: ['以上'], role: 'planned' },
  ],
  relations: [{ id: 'gt_x', kind: 'growth_target', base: 'x_2015', rate: 'x_rate', target: 'x_2025' }],
};
const mcRuns = quick ? 200_000 : 1_000_000;
function handWritten(runs) {
  const g = xoroshiro128plusFromState([0x12345678, 0x9abcdef0, 0x0fedcba9, 0x87654321]);
  const values = new Float64Array(MC_YEARS + 1);
  const factor = 1.08;
  const sd = 0.02;
  let spare = 0;
  let hasSpare = false;
  let hits = 0;
  let rateHits = 0;
  for (let path = 0; path < runs; path++) {
    let v = 1000;
    values[0] = v;
    for (let y = 1; y <= MC_YEARS; y++) {
      let z;
      if (hasSpare) {
        hasSpare = false;
        z = spare;
      } else {
        const u1 = ((g.next() >>> 5) * 67108864 + (g.next() >>> 6)) * 1.1102230246251565e-16;
        const u2 = ((g.next() >>> 5) * 67108864 + (g.next() >>> 6)) * 1.1102230246251565e-16;
        const r = Math.sqrt(-2 * Math.log(1 - u1));
        const theta = 6.283185307179586 * u2;
        spare = r * Math.sin(theta);
        hasSpare = true;
        z = r * Math.cos(theta);
      }
      let f = factor + sd * z;
      if (!(f > 0)) f = 0;
      v *= f;
      values[y] = v;
    }
    if (values[MC_YEARS] >= 2200) hits++;
    if (values[MC_YEARS] / values[0] >= 2.158924997) rateHits++;
  }
  return hits + rateHits;
}
const cpuMs = (f) => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const engine = () => simulateFloat(mcPlan, { runs: mcRuns, seed: 1, distribution: { kind: 'normal', sd: '2%' } });
handWritten(20_000);
engine();
const handTimes = [];
const engineTimes = [];
for (let i = 0; i < (quick ? 3 : 7); i++) {
  handTimes.push(cpuMs(() => handWritten(mcRuns)));
  engineTimes.push(cpuMs(engine));
}
const tHand = Math.min(...handTimes);
const tEngine = Math.min(...engineTimes);
const mcLabel = `${mcRuns.toLocaleString('en-US')} paths × ${MC_YEARS} years`;
row('Monte Carlo', `hand-written Float64Array loop, ${mcLabel} (baseline)`, `${tHand.toFixed(0)} ms · ${(mcRuns / tHand / 1000).toFixed(2)} M paths/s`, '1.0×', '');
row('Monte Carlo', `simulateFloat, ${mcLabel}`, `${tEngine.toFixed(0)} ms · ${(mcRuns / tEngine / 1000).toFixed(2)} M paths/s`, `${(tEngine / tHand).toFixed(2)}×`,
  tEngine / tHand <= 1.5 ? 'met (≤1.5×)' : 'MISSED (≤1.5×)', 'plus the fan: 10 histograms of 65,536 buckets');

// Peak memory in child processes: a bare import of the library, then 10^6 and 10^7 paths.
function peakRss(runs) {
  const script = [
    "import { simulateFloat } from './dist/index.js';",
    `const plan = ${JSON.stringify(mcPlan)};`,
    `if (${runs} > 0) simulateFloat(plan, { runs: ${runs}, seed: 1, distribution: { kind: 'normal', sd: '2%' } });`,
    'console.log(process.resourceUsage().maxRSS);',
  ].join('\n');
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`peak memory child failed: ${r.stderr}`);
  return Number(r.stdout.trim()) / 1024; // KiB → MiB
}
const rssImport = peakRss(0);
const rss6 = peakRss(1_000_000);
const rss7 = quick ? undefined : peakRss(10_000_000);
row('Monte Carlo memory', 'peak RSS, import only (baseline)', `${rssImport.toFixed(1)} MiB`, '1.0×', '');
row('Monte Carlo memory', 'peak RSS, 10^6 paths × 10 years', `${rss6.toFixed(1)} MiB`, `${(rss6 / rssImport).toFixed(2)}×`, '');
if (rss7 !== undefined) {
  row('Monte Carlo memory', 'peak RSS, 10^7 paths × 10 years', `${rss7.toFixed(1)} MiB`, `${(rss7 / rssImport).toFixed(2)}×`,
    rss7 <= rss6 * 1.1 ? 'met (10^7 ≤ 1.1 × 10^6)' : 'MISSED (10^7 ≤ 1.1 × 10^6)', `${rss7 >= rss6 ? '+' : '−'}${Math.abs(rss7 - rss6).toFixed(1)} MiB against 10^6 paths`);
}

// ---------------------------------------------------------------------------------------------
// 5. An exact sensitivity grid of 1,000 cells (40 rates × 25 target years), against 1,000 plain
// project() calls of the same bases, rates and spans.
const gridRates = Array.from({ length: 40 }, (_, i) => `${(i * 0.5).toFixed(1)}%`);
const gridYears = Array.from({ length: 25 }, (_, j) => 2016 + j);
const gridOnce = () => sensitivityGrid(mcPlan, 'x_2025', { rates: gridRates, years: gridYears });
const projectOnce = () => {
  for (const rate of gridRates) for (const year of gridYears) do_not_optimize(project('1000', rate, year - 2015));
};
const tGrid = (await measure(() => do_not_optimize(gridOnce()), { min_cpu_time: quick ? 100e6 : 1000e6, min_samples: 3 })).avg / 1e6;
const tProject = (await measure(projectOnce, { min_cpu_time: quick ? 100e6 : 1000e6, min_samples: 3 })).avg / 1e6;
row('sensitivity grid', '1,000 project() calls (baseline)', `${tProject.toFixed(1)} ms`, '1.0×', '');
row('sensitivity grid', 'sensitivityGrid, 40 rates × 25 years, exact', `${tGrid.toFixed(1)} ms`, `${(tGrid / tProject).toFixed(2)}×`, tGrid < 1000 ? 'met (< 1 s)' : 'MISSED (< 1 s)');

// ---------------------------------------------------------------------------------------------
const header = ['group', 'what', 'measured', 'ratio to baseline', 'goal', 'note'];
const lines = [header, header.map(() => '---'), ...rows.map((r) => [r.group, r.name, r.value, r.ratio, r.goal, r.note])];
console.log(`growth-targets benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick)' : ''}\n`);
for (const l of lines) console.log(`| ${l.join(' | ')} |`);
