// npm run bench: measures growth-targets against its peers and against baselines measured in the
// same run, and prints ratios (never absolute goals). Runs on the built package (dist/).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Decimal } from 'decimal.js';
import { measure, do_not_optimize } from 'mitata';
import * as financial from 'financial';
import * as formulajs from '@formulajs/formulajs';
import { readFileSync, readdirSync } from 'node:fs';
import { cagr, requiredRate, checkPlan, extractPlan, parsePlan } from '../../dist/index.js';
import { evaluateSet, scores } from './text-eval.mjs';

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
// 4. Reading plan text: 1 MB of ordinary plan text (the seed sources repeated) and 1 MB of
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

// 5. The reader's quality on the gold set (test/bench/text-eval.mjs says how figures and relations match).
const pct = (x) => `${(x * 100).toFixed(1)}%`;
for (const which of ['seeds', 'unseen']) {
  const result = evaluateSet(which, { extractPlan, parsePlan });
  if (result.plans.length === 0) continue;
  const f = scores(result.figures);
  const r = scores(result.relations);
  const label = which === 'seeds' ? `extract quality, seed plans (${result.plans.length})` : `extract quality, unseen plans (${result.plans.length})`;
  const goal = (x, min) => (which === 'seeds' ? (x >= min ? `met (≥${min * 100}%)` : `MISSED (≥${min * 100}%)`) : '');
  row(label, 'figures: precision', pct(f.precision), '', goal(f.precision, 0.9), `${result.figures.right} right of ${result.figures.extracted} drafted`);
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
