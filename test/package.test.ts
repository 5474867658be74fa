/**
 * The built package as its users get it: required from CommonJS and imported from ESM by name,
 * and the example scripts run as an analyst would run them. Needs `npm run build` (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const ROOT = new URL('..', import.meta.url);
const built = existsSync(new URL('dist/index.cjs', ROOT)) && existsSync(new URL('dist/index.js', ROOT));
const node = (args: readonly string[]): string => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "DECOMPOSE_BY",
        "DECOMPOSITION_FORMATS",
        "FINDING_CODES",
        "GrowthError",
        "MONITOR_FAIL_ON",
        "QUALIFIERS",
        "REPORT_FORMATS",
        "SCENARIO_FORMATS",
        "VERDICTS",
        "addPoints",
        "annualDeclineFor",
        "annualDeclineForInterval",
        "annualRateFor",
        "annualRateForInterval",
        "annualTargets",
        "assertPlan",
        "cagr",
        "cagrInterval",
        "chainChanges",
        "checkPlan",
        "chineseNumeral",
        "compareScenarios",
        "compoundProgress",
        "convert",
        "cumulativeChange",
        "cumulativeChangeInterval",
        "cumulativeTotal",
        "cumulativeTotalInterval",
        "decimalsOf",
        "decomposePlan",
        "decompositionChart",
        "doublingMultiple",
        "elasticities",
        "extractPlan",
        "failOnOf",
        "fanChart",
        "findScenario",
        "formatActualsIssue",
        "formatDecomposition",
        "formatDraft",
        "formatIssue",
        "formatMonitorReport",
        "formatQuantity",
        "formatReportPieces",
        "formatReports",
        "formatScenarios",
        "formatSensitivity",
        "formatSimulation",
        "goalSeek",
        "growthPath",
        "growthPathChart",
        "growthPathInterval",
        "impliedBase",
        "impliedBaseInterval",
        "inYearTargets",
        "intervalOf",
        "isQualifier",
        "linearProgress",
        "listUnits",
        "loadPlan",
        "midTermLabel",
        "monitorFailOnOf",
        "monitorPlan",
        "monitoringTargets",
        "multipleYears",
        "multipleYearsInterval",
        "paceBand",
        "paceRatio",
        "parseActuals",
        "parseChineseDate",
        "parseChineseYear",
        "parsePlan",
        "parseQuantity",
        "periodOfYear",
        "planJsonSchema",
        "planPeriod",
        "planYear",
        "points",
        "pointsBetween",
        "positionInPeriod",
        "progressChart",
        "progressFails",
        "project",
        "projectInterval",
        "qualifierInfo",
        "rankUnits",
        "rankingChart",
        "rateForCumulativeTotal",
        "rateForCumulativeTotalInterval",
        "rateForMultiple",
        "rateForMultipleInterval",
        "renderChartSvg",
        "renderFinding",
        "requiredRate",
        "requiredRateInterval",
        "roundHalfUp",
        "runScenario",
        "scenarioChart",
        "sensitivityChart",
        "sensitivityGrid",
        "serializePlan",
        "simulateFloat",
        "solveCumulativeRate",
        "splitTarget",
        "unitOf",
        "verdictFails",
        "verdictLabel",
        "yearFraction",
        "yearsToReach",
        "yearsToReachInterval",
      ]
    `);
  });
});

describe.skipIf(!built)('the built package', () => {
  it('can be required and imported by name, and gives 1990.108… for the 928.4 example', () => {
    const cjs = node(['-e', "console.log(require('growth-targets').project('928.4', '10%', 8).toFixed(6))"]);
    const esm = node(['--input-type=module', '-e', "import { project } from 'growth-targets'; console.log(project('928.4', '10%', 8).toFixed(6))"]);
    expect(cjs.trim()).toBe('1990.107851');
    expect(esm.trim()).toBe('1990.107851');
  });

  it('runs the example scripts', () => {
    expect(node(['examples/project-target.mjs'])).toContain('rate that reaches 2000亿元 in 2020: 10.07%');
    expect(node(['examples/require.cjs'])).toContain('a zero start is refused: non_positive');
    expect(node(['examples/check-plan.mjs'])).toContain('新产品销售收入');
  });

  it('runs the what-if examples as an analyst would (npm run example -- <name> <chart.svg>), each writing its chart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'growth-targets-examples-'));
    try {
      const cases = [
        ['new-product-revenue', ['达到2000亿元所需年均增速: 10.07%', '2021年首次达到2000亿元', '新产品销售收入 力争2000亿元以上 (2020)'], '新产品销售收入：模拟分布'],
        ['taiyuan-scenarios', ['规划纲要：年均增长17%: 2015年1266.5亿元，1764亿元未达，1400亿元未达', '行动方案：现价年均增长25%: 2015年1762.8亿元'], '规模工业增加值：情景比较'],
        ['info-industry-goal-seek', ['所需年均增速      12.27%', '信息产业主营业务收入 1700亿元：敏感性分析'], '敏感性分析'],
      ] as const;
      for (const [name, texts, title] of cases) {
        const svg = join(dir, `${name}.svg`);
        const out = node(['examples/run.mjs', name, svg]);
        for (const text of texts) expect(out).toContain(text);
        const written = readFileSync(svg, 'utf8');
        expect(written.startsWith('<svg')).toBe(true);
        expect(written).toContain(title);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the monitoring examples, each printing its table and writing its chart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'growth-targets-examples-'));
    try {
      const review = node(['examples/shanxi-midterm-review.mjs', join(dir, 'review.svg')]);
      expect(review).toContain('中期评估，截至 2018-06-30');
      expect(review).toMatch(/滞后\s+全省工业增加值\s+4\.8%以上\s+年均4\.30% \(2018-06-30\)\s+44\.9%\s+0\.90\s+公开/);
      expect(review).toContain('示意*');
      expect(review).toContain('https://sx.cnipai.com/news/detail/167935.html');
      expect(readFileSync(join(dir, 'review.svg'), 'utf8').startsWith('<svg')).toBe(true);
      const split = node(['examples/taiyuan-decompose.mjs', join(dir, 'ranking.svg')]);
      expect(split).toContain('累计法年均增长 31.61%');
      expect(split).toContain('1383.2亿元');
      expect(split).toContain('850 + 10县(市、区) 913 = 1763（相加不一致，差 -1亿元）');
      expect(split).toContain('开发区排队');
      expect(readFileSync(join(dir, 'ranking.svg'), 'utf8').startsWith('<svg')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
