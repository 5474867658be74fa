// @ts-check
// A mid-term review (中期评估) of seed 001, 山西省“十三五”工业经济和信息化发展规划, as of 2018-06-30:
// each monitored target's task progress against the share of time elapsed, its pace ratio R and the
// mid-term label. The actual values are in examples/data/shanxi-13th-actuals.csv: published figures
// with their sources where public pages give them, every other value marked illustrative (*).
// Run:  npm run example -- shanxi-midterm-review [chart.svg] [as-of date]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatActualsIssue, monitorPlan, parseActuals, parsePlan, progressChart, renderChartSvg } from 'growth-targets';

const here = (/** @type {string} */ path) => fileURLToPath(new URL(path, import.meta.url));
const planFile = here('../seeds/001-shanxi-industry-13th.yaml');
const actualsFile = here('data/shanxi-13th-actuals.csv');
const chartFile = process.argv[2] ?? here('out/shanxi-midterm-review.svg');
const asOf = process.argv[3] ?? '2018-06-30';

const plan = parsePlan(readFileSync(planFile, 'utf8'), { file: planFile });
if (!plan.ok) throw new Error(`${planFile} does not load: ${plan.issues[0]?.message}`);
const parsed = parseActuals(readFileSync(actualsFile, 'utf8'), { file: actualsFile, plan: plan.plan });
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(formatActualsIssue(issue));
  process.exit(2);
}
const review = monitorPlan(plan.plan, parsed.actuals, { asOf });

const LABELS = { achieved_early: '提前实现', met: '已实现', ahead: '快于预期', as_expected: '基本符合预期', behind: '滞后', missed: '未实现' };
const pct = (/** @type {{ times(n: number): { toFixed(d: number): string } }} */ x, d = 1) => `${x.times(100).toFixed(d)}%`;
/** Display width: CJK characters take two columns. */
const width = (/** @type {string} */ s) => [...s].reduce((w, c) => w + (/[\u2e80-\uffff]/.test(c) ? 2 : 1), 0);
const cell = (/** @type {string} */ s, /** @type {number} */ n) => s + ' '.repeat(Math.max(0, n - width(s)));

/** @type {string[][]} */
const rows = [['评价', '指标', '目标', '最新', '任务进度', 'R', '数据']];
for (const t of review.targets) {
  const latest =
    t.figure === 'rate' ? `年均${pct(t.current, 2)}` : t.figure === 'change' ? `累计${pct(t.current, 2)}` : t.unit === '%' ? pct(t.current) : `${t.current.toFixed(t.current.isInteger() ? 0 : 1)}${t.unit}`;
  rows.push([
    LABELS[t.label],
    t.subject.length > 16 ? `${t.subject.slice(0, 15)}…` : t.subject,
    t.text,
    `${latest} (${t.latest.date ?? t.latest.year})`,
    pct(t.progress),
    t.pace === undefined ? '' : t.pace.toFixed(2),
    t.illustrative ? '示意*' : '公开',
  ]);
}
const widths = (rows[0] ?? []).map((_, j) => Math.max(...rows.map((r) => width(r[j] ?? ''))));
console.log(`${review.plan.title} · 中期评估，截至 ${review.asOf}（时间进度 ${pct(review.elapsed)}）\n`);
for (const r of rows) console.log(r.map((c, j) => cell(c, widths[j] ?? 0)).join('  ').trimEnd());
console.log(`\n* 示意值：非公开统计数，仅作演示（见 ${'examples/data/shanxi-13th-actuals.csv'}）。未评估的目标：${review.skipped.length} 个（无实际值或为测算数）。`);
console.log('公开数据来源：');
for (const s of new Set(review.targets.filter((t) => !t.illustrative).flatMap((t) => t.sources))) console.log(`  - ${s}`);

mkdirSync(dirname(chartFile), { recursive: true });
writeFileSync(chartFile, await renderChartSvg(progressChart(review, { lang: 'zh' })));
console.log(`\nchart: ${chartFile}`);
