// npm run bench: measures growth-targets against its peers and against baselines measured in the
// same run, and prints ratios (never absolute goals). Runs on the built package (dist/).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';
import { Decimal } from 'decimal.js';
import { measure, do_not_optimize } from 'mitata';
import * as financial from 'financial';
import * as formulajs from '@formulajs/formulajs';
import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { build } from 'tsup';
import { parse as parseCsv } from 'csv-parse/sync';
import { cagr, requiredRate, checkPlan, monitorPlan, parseActuals, project, simulateFloat, sensitivityGrid, extractPlan, parsePlan } from '../../dist/index.js';
import { generatedPlan, generatedPlanYaml, lcg } from './generate.mjs';
import { evaluateSet, scores, seenSets, unseenSets } from './text-eval.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const quick = process.argv.includes('--quick');
const rows = [];
const row = (group, name, value, ratio, goal, note = '') => rows.push({ group, name, value, ratio, goal, note });

// ---------------------------------------------------------------------------------------------
// 1. cagr at full precision against Math.pow, decimal.js pow(1/n) and the spreadsheet peers.
// Fixed pseudo-random cases (start, end, years) of the kind plans state.
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
// 2. Checking the seed plans end to end through the CLI, against a bare `node -e 0`; and the
// floors that reading the seeds with a YAML parser alone sets (yaml, js-yaml) in a fresh process.
const work = mkdtempSync(join(tmpdir(), 'growth-targets-bench-'));
// Preloaded into every measured process: its peak RSS (KB) and CPU time (ms) on stderr at exit.
writeFileSync(join(work, 'usage.cjs'), [
  "process.on('exit', () => {",
  '  const u = process.resourceUsage();',
  '  process.stderr.write(`\\nusage ${u.maxRSS} ${(u.userCPUTime + u.systemCPUTime) / 1000}\\n`);',
  '});',
].join('\n'));
/** Wall and CPU milliseconds of `node args`, the medians of `runs` runs. */
function medianRun(args, runs) {
  const wall = [];
  const cpu = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, ['--require', join(work, 'usage.cjs'), ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
    const [, rssKB, cpuMs] = /usage (\d+) ([\d.]+)/.exec(r.stderr) ?? [];
    cpu.push(Number(cpuMs));
    rss.push(Number(rssKB) / 1024);
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: median(wall), cpu: median(cpu), rssMB: median(rss) };
}
const medianMs = (args, runs) => medianRun(args, runs).wall;
const runs = quick ? 3 : 11;
const bareRun = medianRun(['-e', '0'], runs);
const cliRun = medianRun([join('dist', 'cli.js'), 'check', 'seeds', '--format', 'json', '--fail-on', 'none'], runs);
const [bare, cli] = [bareRun.wall, cliRun.wall];
row('CLI', 'node -e 0 (baseline)', `${bare.toFixed(0)} ms`, '1.0×', '', `${bareRun.cpu.toFixed(0)} ms CPU`);
// The floors a parser alone sets over the same files, in a fresh process: yaml (the old reader's), js-yaml (the reader's).
const yamlOnly = medianMs(['--input-type=module', '-e', [
  "import { readFileSync, readdirSync } from 'node:fs';",
  "import { parseDocument, LineCounter } from 'yaml';",
  "for (const f of readdirSync('seeds').filter((f) => f.endsWith('.yaml')))",
  "  parseDocument(readFileSync('seeds/' + f, 'utf8'), { lineCounter: new LineCounter(), keepSourceTokens: true });",
].join('\n')], runs);
const jsYamlOnly = medianMs(['--input-type=module', '-e', [
  "import { readFileSync, readdirSync } from 'node:fs';",
  "import { parseEvents } from 'js-yaml/browser';",
  "for (const f of readdirSync('seeds').filter((f) => f.endsWith('.yaml')))",
  "  parseEvents(readFileSync('seeds/' + f, 'utf8'), { maxDepth: 32 });",
].join('\n')], runs);
row('CLI', 'node + yaml parseDocument of the seeds only', `${yamlOnly.toFixed(0)} ms`, `${(yamlOnly / bare).toFixed(2)}×`, '', 'the floor with the yaml package (the old reader)');
row('CLI', 'node + js-yaml parseEvents of the seeds only', `${jsYamlOnly.toFixed(0)} ms`, `${(jsYamlOnly / bare).toFixed(2)}×`, '', 'the floor with js-yaml (the reader)');
row('CLI', 'growth-targets check seeds', `${cli.toFixed(0)} ms`, `${(cli / bare).toFixed(2)}×`, cli / bare <= 3 ? 'met (≤3×)' : 'MISSED (≤3×)', `${cliRun.cpu.toFixed(0)} ms CPU, ${(cliRun.cpu / bareRun.cpu).toFixed(2)}× node's`);
// npm start when nothing changed since the build (scripts/start.mjs: an mtime comparison, then the
// CLI in the same process), against the CLI run directly; the goal is at most twice.
const npmStart = (() => {
  const wall = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync('npm', ['start', '--silent'], { cwd: ROOT, stdio: 'ignore', shell: process.platform === 'win32' });
    wall.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (r.status !== 0) throw new Error(`npm start exited ${r.status}`);
  }
  return wall.sort((a, b) => a - b)[Math.floor(wall.length / 2)];
})();
const direct = medianMs([join('dist', 'cli.js'), 'check', 'seeds', '--fail-on', 'none'], runs);
row('npm start', 'node dist/cli.js check seeds (baseline)', `${direct.toFixed(0)} ms`, '1.0×', '', 'the CLI run directly');
row('npm start', 'npm start, nothing to rebuild', `${npmStart.toFixed(0)} ms`, `${(npmStart / direct).toFixed(2)}×`, npmStart / direct <= 2 ? 'met (≤2×)' : 'MISSED (≤2×)', "npm's own start-up included");

// ---------------------------------------------------------------------------------------------
// 3. checkPlan alone (in this process) on 1,000 and 10,000 generated growth-target relations:
// linear scaling.
const small = generatedPlan(1000);
const large = generatedPlan(10000);
const t1k = (await measure(() => do_not_optimize(checkPlan(small)), { min_cpu_time: quick ? 50e6 : 500e6, min_samples: 3 })).avg;
const t10k = (await measure(() => do_not_optimize(checkPlan(large)), { min_cpu_time: quick ? 50e6 : 500e6, min_samples: 3 })).avg;
row('checkPlan scaling', '1,000 relations (baseline)', `${(t1k / 1e6).toFixed(1)} ms`, '1.0×', '');
row('checkPlan scaling', '10,000 relations', `${(t10k / 1e6).toFixed(1)} ms`, `${(t10k / t1k).toFixed(2)}×`, t10k / t1k <= 11 ? 'met (≤11×)' : 'MISSED (≤11×)');

// ---------------------------------------------------------------------------------------------
// 4. The plan reader alone on the seeds: MB per CPU second of readSource (src/plan/source.ts on
// js-yaml, bundled from src) against the yaml reader it replaced (yaml-reader.mjs), cold (the
// first pass in a fresh process, after the import) and warm (the mean pass after a warm-up, in
// this process). CPU time, so that other processes on the machine do not skew the ratio.
await build({
  entry: { harness: join(ROOT, 'test', 'bench', 'harness.ts') },
  format: ['esm'], outDir: work, platform: 'node', target: 'node20', noExternal: [/.*/],
  silent: true, config: false, dts: false, clean: false, splitting: false, treeshake: false,
});
const harnessPath = join(work, 'harness.js');
const oldReaderPath = join(ROOT, 'test', 'bench', 'yaml-reader.mjs');
const seedTexts = readdirSync(join(ROOT, 'seeds')).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(join(ROOT, 'seeds', f), 'utf8'));
const seedBytes = seedTexts.reduce((n, t) => n + Buffer.byteLength(t), 0);
const mbps = (ms) => seedBytes / 1e6 / (ms / 1000);

function coldMs(modulePath, n) {
  const script = [
    "import { readFileSync, readdirSync } from 'node:fs';",
    `const { readSource } = await import(${JSON.stringify(pathToFileURL(modulePath).href)});`,
    "const texts = readdirSync('seeds').filter((f) => f.endsWith('.yaml')).map((f) => readFileSync('seeds/' + f, 'utf8'));",
    'const c0 = process.cpuUsage();',
    "for (const t of texts) if (!readSource(t).ok) throw new Error('a seed does not read');",
    'const c = process.cpuUsage(c0);',
    'process.stdout.write(String((c.user + c.system) / 1000));',
  ].join('\n');
  const times = [];
  for (let i = 0; i < n; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`cold read failed: ${r.stderr}`);
    times.push(Number(r.stdout));
  }
  return times.sort((a, b) => a - b)[Math.floor(n / 2)];
}
const readers = { old: (await import(pathToFileURL(oldReaderPath).href)).readSource, new: (await import(pathToFileURL(harnessPath).href)).readSource };
/** Mean CPU milliseconds of one pass over the seeds, after passes for `warmUp` ms. */
function warmMs(readSource, warmUp = quick ? 300 : 1000, window = quick ? 500 : 2000) {
  const pass = () => {
    for (let i = 0; i < seedTexts.length; i++) do_not_optimize(readSource(seedTexts[i]));
  };
  for (const t0 = performance.now(); performance.now() - t0 < warmUp; ) pass();
  const c0 = process.cpuUsage();
  let passes = 0;
  for (const t0 = performance.now(); performance.now() - t0 < window || passes < 5; passes++) pass();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000 / passes;
}
const coldRuns = quick ? 5 : 11;
const cold = { old: coldMs(oldReaderPath, coldRuns), new: coldMs(harnessPath, coldRuns) };
const warm = { old: warmMs(readers.old), new: warmMs(readers.new) };
const seedKB = `${(seedBytes / 1000).toFixed(0)} KB of seeds`;
for (const [kind, t] of [['cold', cold], ['warm', warm]]) {
  const gain = t.old / t.new;
  row(`plan reader, ${kind}`, `yaml reader (baseline, before js-yaml)`, `${mbps(t.old).toFixed(2)} MB/s`, '1.0×', '', `${t.old.toFixed(1)} ms CPU for ${seedKB}`);
  row(`plan reader, ${kind}`, 'readSource on js-yaml', `${mbps(t.new).toFixed(2)} MB/s`, `${gain.toFixed(1)}×`, gain >= 5 ? 'met (≥5×)' : 'MISSED (≥5×)', `${t.new.toFixed(1)} ms CPU for ${seedKB}`);
}

// ---------------------------------------------------------------------------------------------
// 5. Generated plans of 1,000, 10,000 and 50,000 growth-target relations (the seeds' style, see
// generate.mjs) through `growth-targets check <file> --format json --fail-on none`: wall time and
// peak RSS of the process, and the RSS as a multiple of the file's size.
function checkRun(file) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--require', join(work, 'usage.cjs'), join('dist', 'cli.js'), 'check', file, '--format', 'json', '--fail-on', 'none'], {
    cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`check ${file} exited ${r.status}: ${r.stderr.slice(0, 500)}`);
  const [, rssKB, cpuMs] = /usage (\d+) ([\d.]+)/.exec(r.stderr) ?? [];
  return { ms, rssMB: Number(rssKB) / 1024, cpuMs: Number(cpuMs) };
}
const sizes = quick ? [1000, 10000] : [1000, 10000, 50000];
row('check generated plans (CLI)', 'node -e 0 (baseline)', `${(bare / 1000).toFixed(2)} s, ${bareRun.rssMB.toFixed(0)} MB RSS`, '', '', 'what node itself takes');
for (const n of sizes) {
  const file = join(work, `plan-${n}.yaml`);
  writeFileSync(file, generatedPlanYaml(n));
  const fileMB = statSync(file).size / 1024 / 1024;
  const tries = n >= 50000 || quick ? 1 : 3;
  const results = Array.from({ length: tries }, () => checkRun(file)).sort((a, b) => a.ms - b.ms);
  const { ms, rssMB, cpuMs } = results[Math.floor(tries / 2)];
  const times = rssMB / fileMB;
  // The goals are for 10,000 relations and up: below, node's own RSS is more than 50× the file.
  const goals = n < 10000 ? [] : [times <= 50 ? 'memory met (≤50×)' : 'memory MISSED (≤50×)'];
  if (n === 10000) goals.unshift(ms < 3000 ? 'time met (<3 s)' : 'time MISSED (<3 s)');
  row('check generated plans (CLI)', `${n.toLocaleString('en')} relations, ${fileMB.toFixed(1)} MB`, `${(ms / 1000).toFixed(2)} s, ${rssMB.toFixed(0)} MB RSS`, `${times.toFixed(0)}× file size`, goals.join(', '), `${(cpuMs / 1000).toFixed(2)} s CPU`);
}

// ---------------------------------------------------------------------------------------------
// 6. Where the time of one CLI check of 10,000 relations goes, phase by phase, in a fresh process
// (harness.ts: read, schema, normalize, validate, checkPlan, the JSON format).
const phases = spawnSync(process.execPath, ['--input-type=module', '-e', [
  "import { readFileSync } from 'node:fs';",
  `const { breakdown } = await import(${JSON.stringify(pathToFileURL(harnessPath).href)});`,
  `const file = ${JSON.stringify(join(work, 'plan-10000.yaml'))};`,
  'process.stdout.write(JSON.stringify(breakdown(readFileSync(file, "utf8"), file)));',
].join('\n')], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1024 * 1024 });
if (phases.status !== 0) throw new Error(`breakdown failed: ${phases.stderr}`);
const phaseTimes = JSON.parse(phases.stdout);
const phaseTotal = ['read', 'schema', 'normalize', 'validate', 'check', 'format'].reduce((sum, k) => sum + phaseTimes[k], 0);
for (const k of ['read', 'schema', 'normalize', 'validate', 'check', 'format']) {
  row('check 10,000 relations by phase', k, `${phaseTimes[k].toFixed(0)} ms`, `${((phaseTimes[k] / phaseTotal) * 100).toFixed(0)}%`, '', k === 'format' ? `${(phaseTimes.outputLength / 1e6).toFixed(1)} M characters of JSON` : '');
}
rmSync(work, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------
// 7. Monitoring 1,000 and 10,000 growth targets against three years of actuals each: linear
// scaling; and reading those actuals from CSV against csv-parse alone on the same text.
function generatedActuals(plan) {
  const r = lcg(11);
  const rows = ['indicator,year,value,source'];
  for (const f of plan.figures.filter((x) => x.id.startsWith('b'))) {
    let v = Number(f.value);
    for (let year = 2016; year <= 2018; year++) {
      v *= 1 + (r() * 0.2 - 0.02);
      rows.push(`${f.indicator},${year},${v.toFixed(1)},bench`);
    }
  }
  return `${rows.join('\n')}\n`;
}
const smallCsv = generatedActuals(small);
const largeCsv = generatedActuals(large);
const smallActuals = parseActuals(smallCsv, { format: 'csv', plan: small });
const largeActuals = parseActuals(largeCsv, { format: 'csv', plan: large });
if (!smallActuals.ok || !largeActuals.ok) throw new Error('bench actuals do not parse');
const minTime = { min_cpu_time: quick ? 50e6 : 500e6, min_samples: 3 };
const m1k = (await measure(() => do_not_optimize(monitorPlan(small, smallActuals.actuals, { asOf: '2018-12-31' })), minTime)).avg;
const m10k = (await measure(() => do_not_optimize(monitorPlan(large, largeActuals.actuals, { asOf: '2018-12-31' })), minTime)).avg;
row('monitorPlan scaling', '1,000 targets × 3 actual years (baseline)', `${(m1k / 1e6).toFixed(1)} ms`, '1.0×', '');
row('monitorPlan scaling', '10,000 targets × 3 actual years', `${(m10k / 1e6).toFixed(1)} ms`, `${(m10k / m1k).toFixed(2)}×`, m10k / m1k <= 11 ? 'met (≤11×)' : 'MISSED (≤11×)');
const csvFloor = (await measure(() => do_not_optimize(parseCsv(largeCsv, { info: true, relax_column_count: true, skip_empty_lines: true })), minTime)).avg;
const csvOurs = (await measure(() => do_not_optimize(parseActuals(largeCsv, { format: 'csv', plan: large })), minTime)).avg;
row('actuals CSV (30,000 rows)', 'csv-parse alone (baseline)', `${(csvFloor / 1e6).toFixed(1)} ms`, '1.0×', '');
row('actuals CSV (30,000 rows)', 'parseActuals, checked against the plan', `${(csvOurs / 1e6).toFixed(1)} ms`, `${(csvOurs / csvFloor).toFixed(2)}×`, '', 'positions, units, duplicates, indicators');

// ---------------------------------------------------------------------------------------------
// 8. Monte Carlo: simulateFloat against a hand-written Float64Array loop doing the same arithmetic
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
// 9. An exact sensitivity grid of 1,000 cells (40 rates × 25 target years), against 1,000 plain
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
// 10. Reading plan text: 1 MB of ordinary plan text (the seed sources repeated) and 1 MB of
// adversarial text (long runs of digits, 年, %, unmatched brackets and quotes, and runs of
// number-like tokens), each against a plain regex scan of the same text (the baseline).
const sourcesDir = join(ROOT, 'seeds', 'sources');
const seedText = readdirSync(sourcesDir).sort().map((f) => readFileSync(join(sourcesDir, f), 'utf8')).join('\n');
const MB = 1_000_000;
let ordinary = '';
while (ordinary.length < MB) ordinary += `${seedText}\n`;
ordinary = ordinary.slice(0, MB);
const RUNS = [
  '0123456789'.repeat(2000), '年'.repeat(5000), '%'.repeat(5000), '（'.repeat(3000), '“'.repeat(3000), '《'.repeat(2000),
  '〔'.repeat(2000), '2012年'.repeat(2000), '12%'.repeat(2000), '1,'.repeat(3000), '十二五'.repeat(1000), '。'.repeat(3000),
  '，'.repeat(3000), '一'.repeat(3000), '9.'.repeat(3000), '亿元'.repeat(2000), '占'.repeat(3000),
];
let adversarial = '';
for (let i = 0; adversarial.length < MB; i++) adversarial += RUNS[i % RUNS.length];
adversarial = adversarial.slice(0, MB);
const scan = (text) => (text.match(/[0-9]+(?:\.[0-9]+)?/g) ?? []).length;
const textOpts = { min_cpu_time: quick ? 100e6 : 1500e6, min_samples: quick ? 2 : 5 };
for (const [name, text] of [['ordinary plan text', ordinary], ['adversarial text', adversarial]]) {
  const base = (await measure(() => do_not_optimize(scan(text)), textOpts)).avg / 1e6;
  const took = (await measure(() => do_not_optimize(extractPlan(text)), textOpts)).avg / 1e6;
  row('extract 1 MB', `${name}: regex scan for numbers (baseline)`, `${base.toFixed(1)} ms`, '1.0×', '');
  row('extract 1 MB', `${name}: extractPlan`, `${took.toFixed(0)} ms (${(1000 / took).toFixed(2)} MB/s)`, `${(took / base).toFixed(0)}×`,
    took < 1000 ? 'met (<1 s)' : 'MISSED (<1 s)', `${extractPlan(text).plan.figures.length} figures drafted`);
}

// 11. The reader's quality on the gold set (test/bench/text-eval.mjs says how figures and relations match).
const pct = (x) => `${(x * 100).toFixed(1)}%`;
for (const which of ['seeds', ...unseenSets()]) {
  const result = evaluateSet(which, { extractPlan, parsePlan });
  if (result.plans.length === 0) continue;
  const f = scores(result.figures);
  const r = scores(result.relations);
  const label = `extract quality, ${which === 'seeds' ? 'seed plans' : `unseen plans ${which.slice('unseen/'.length)}`} (${result.plans.length})`;
  // The sets generalized on after their first measurement (test/fixtures/unseen/README.md says which).
  const seen = seenSets().includes(which) ? '; seen: its first measurement is in test/fixtures/unseen/README.md' : '';
  const goal = (x, min) => (which === 'seeds' ? (x >= min ? `met (≥${min * 100}%)` : `MISSED (≥${min * 100}%)`) : '');
  row(label, 'figures: precision', pct(f.precision), '', goal(f.precision, 0.9), `${result.figures.right} right of ${result.figures.extracted} drafted${seen}`);
  row(label, 'figures: recall', pct(f.recall), '', goal(f.recall, 0.9), `${result.figures.right} right of ${result.figures.gold} in the gold set`);
  row(label, 'relations: precision', pct(r.precision), '', goal(r.precision, 0.8), `${result.relations.right} right of ${result.relations.extracted} drafted`);
  row(label, 'relations: recall', pct(r.recall), '', goal(r.recall, 0.8), `${result.relations.right} right of ${result.relations.gold} in the gold set`);
  for (const [kind, c] of Object.entries(result.kinds).sort()) {
    const k = scores(c);
    row(label, `relations: ${kind}`, `P ${pct(k.precision)} · R ${pct(k.recall)}`, '', '', `${c.right} right; ${c.extracted} drafted; ${c.gold} gold`);
  }
}

// ---------------------------------------------------------------------------------------------
const header = ['group', 'what', 'measured', 'ratio to baseline', 'goal', 'note'];
const lines = [header, header.map(() => '---'), ...rows.map((r) => [r.group, r.name, r.value, r.ratio, r.goal, r.note])];
console.log(`growth-targets benchmark — node ${process.version}, ${new Date().toISOString().slice(0, 10)}${quick ? ' (quick)' : ''}\n`);
for (const l of lines) console.log(`| ${l.join(' | ')} |`);
