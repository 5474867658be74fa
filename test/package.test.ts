/**
 * The built package as its users get it: required from CommonJS and imported from ESM by name,
 * and the example scripts run as an analyst would run them. Needs `npm run build` (npm test does it).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const ROOT = new URL('..', import.meta.url);
const built = existsSync(new URL('dist/index.cjs', ROOT)) && existsSync(new URL('dist/index.js', ROOT));
const node = (args: readonly string[]): string => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

describe('the public API', () => {
  it('exports exactly these names', () => {
    expect(Object.keys(api).sort()).toMatchInlineSnapshot(`
      [
        "GrowthError",
        "REPORT_FORMATS",
        "VERDICTS",
        "annualDeclineFor",
        "annualDeclineForInterval",
        "annualRateFor",
        "annualRateForInterval",
        "assertPlan",
        "cagr",
        "cagrInterval",
        "chainChanges",
        "checkPlan",
        "convert",
        "cumulativeChange",
        "cumulativeChangeInterval",
        "cumulativeTotal",
        "cumulativeTotalInterval",
        "decimalsOf",
        "extractPlan",
        "failOnOf",
        "fanbei",
        "formatDraft",
        "formatIssue",
        "formatQuantity",
        "formatReports",
        "growthPath",
        "growthPathInterval",
        "impliedBase",
        "impliedBaseInterval",
        "intervalOf",
        "loadPlan",
        "multipleYears",
        "multipleYearsInterval",
        "parseChineseYear",
        "parsePlan",
        "parseQuantity",
        "planJsonSchema",
        "planPeriod",
        "points",
        "pointsBetween",
        "positionInPeriod",
        "project",
        "projectInterval",
        "rateForCumulativeTotal",
        "rateForCumulativeTotalInterval",
        "rateForMultiple",
        "rateForMultipleInterval",
        "renderChartSvg",
        "renderFinding",
        "requiredRate",
        "requiredRateInterval",
        "roundHalfUp",
        "serializePlan",
        "unitOf",
        "verdictFails",
        "verdictLabel",
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
});
