// @ts-check
// Decomposing seed 004, 太原工业振兴行动方案 (2011–2015): the industrial investment total (2800亿元) and
// the value-added target (1764亿元) into years, the investment total into the five development
// zones and the counties by their stated shares, and the zones ranked on illustrative actuals
// (examples/data/taiyuan-zones-actuals.yaml: every value there is made up, marked *).
// Run:  npm run example -- taiyuan-decompose [chart.svg]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decomposePlan, parseActuals, parsePlan, rankingChart, renderChartSvg, splitTarget } from 'growth-targets';

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const planFile = here('../seeds/004-taiyuan-revitalization.yaml');
const actualsFile = here('data/taiyuan-zones-actuals.yaml');
const chartFile = process.argv[2] ?? here('out/taiyuan-zones-ranking.svg');

const loaded = parsePlan(readFileSync(planFile, 'utf8'), { file: planFile });
if (!loaded.ok) throw new Error(`${planFile} does not load`);
const plan = loaded.plan;
const parsed = parseActuals(readFileSync(actualsFile, 'utf8'), { file: actualsFile, plan });
if (!parsed.ok) throw new Error(`${actualsFile}: ${parsed.issues.map((i) => `${i.line}:${i.column} ${i.code}`).join(', ')}`);

const num = (/** @type {{ toFixed(d: number): string }} */ x, d = 1) => x.toFixed(d);
/** Pads to a display width: CJK characters take two columns. */
const cell = (/** @type {string} */ s, /** @type {number} */ n) => s + ' '.repeat(Math.max(0, n - [...s].reduce((w, c) => w + (/[\u2e80-\uffff]/.test(c) ? 2 : 1), 0)));
const pct = (/** @type {{ times(n: number): { toFixed(d: number): string } }} */ x, d = 2) => `${x.times(100).toFixed(d)}%`;

// 1. Into years: investment by 累计法 from the 2010 base, value added by an equal rate.
const byYear = decomposePlan(plan, { by: 'year', actuals: parsed.actuals });
for (const id of ['industrial_investment_total_2011_2015', 'industrial_va_2015']) {
  const t = byYear.targets.find((x) => x.target === id);
  if (t === undefined) continue;
  console.log(`${t.subject} ${t.text}（${t.from + 1}–${t.to}）：${t.method === 'cumulative' ? '累计法年均' : '等速年均'}增长 ${pct(t.step)}`);
  console.log(`  年份  ${cell('分解目标', 12)}  ${cell('实际*', 12)}  滚动目标`);
  for (const r of t.rows) {
    const cells = [String(r.year), `${num(r.planned)}亿元`, r.actual === undefined ? '—' : `${num(r.actual)}亿元`, r.rolling === undefined ? '' : `${num(r.rolling)}亿元`];
    console.log(`  ${cells.map((c, j) => (j === 1 || j === 2 ? cell(c, 12) : c)).join('  ')}`.trimEnd());
  }
}

// 2. The investment total into zones and counties by the stated shares (49.4% / 50.6%).
const split = splitTarget('2800', [
  { name: '五个开发区', share: '49.4%' },
  { name: '10县(市、区)', share: '50.6%' },
]);
console.log(`\n工业投资2800亿元按规划占比分解（相加${split.addsUp ? '一致' : `差${num(split.gap)}亿元`}）：`);
for (const p of split.parts) console.log(`  ${cell(p.name, 14)}  ${pct(p.share, 1)}  ${num(p.amount)}亿元`);
const zones = ['hitech_zone_investment_2011_2015', 'econ_zone_investment_2011_2015', 'private_zone_investment_2011_2015', 'stainless_park_investment_2011_2015', 'qingxu_zone_investment_2011_2015'];
const stated = plan.figures.filter((f) => zones.includes(f.id)).reduce((s, f) => s + Number(f.value), 0);
const zonesShare = split.parts[0];
if (zonesShare !== undefined) {
  console.log(`  五个开发区各自所列投资合计 ${stated}亿元，是按占比所得 ${num(zonesShare.amount)}亿元 的 ${(stated / Number(zonesShare.amount.toString())).toFixed(2)} 倍：口径可能不同（完成投资 vs 工业投资）。`);
}

// 3. The value added into zones, and the zones ranked by completion of their own targets.
const byUnit = decomposePlan(plan, { by: 'unit', actuals: parsed.actuals });
for (const s of byUnit.splits.filter((x) => x.total.figure === 'industrial_va_2015' || x.total.figure === 'zones5_va_2015')) {
  console.log(`\n${s.total.subject} ${s.total.text}：${s.parts.map((p) => `${p.subject.replace('规模工业增加值', '').replace('工业增加值', '')} ${num(p.amount ?? p.share, 0)}`).join(' + ')} = ${num(s.sum, 0)}（${s.verdict === 'adds_up' ? '相加一致' : `相加不一致，差 ${num(s.gap, 0)}亿元`}）`);
}
const ranked = byUnit.splits.find((s) => s.ranking !== undefined);
if (ranked?.ranking !== undefined) {
  console.log(`\n开发区排队（截至 ${byUnit.asOf}，完成进度/序时进度，示意数据*）：`);
  for (const u of ranked.ranking) console.log(`  ${u.rank}. ${cell(u.subject, 22)} ${num(u.completion, 2)}  任务进度 ${pct(u.progress, 1)}`);
  mkdirSync(dirname(chartFile), { recursive: true });
  writeFileSync(chartFile, await renderChartSvg(rankingChart(ranked.ranking, { lang: 'zh', title: '开发区工业增加值目标完成排队（示意数据）' })));
  console.log(`\nchart: ${chartFile}`);
}
