// @ts-check
// Check a plan file and print each finding in Chinese, with the numbers behind the verdict.
// Run after `npm run build`:  node examples/check-plan.mjs [plan.yaml]
import { readFileSync } from 'node:fs';
import { checkPlan, parsePlan, renderFinding } from 'growth-targets';

const file = process.argv[2] ?? new URL('../seeds/002-shanxi-innovation-2014.yaml', import.meta.url);
const parsed = parsePlan(readFileSync(file, 'utf8'), { file: String(file) });
if (!parsed.ok) {
  for (const issue of parsed.issues) console.error(`${issue.line}:${issue.column} ${issue.code} ${issue.message}`);
  process.exit(2);
}

const report = checkPlan(parsed.plan);
for (const finding of report.findings) {
  console.log(renderFinding(finding, 'zh'));
  if (finding.required) console.log(`  free figure ${finding.required.figure}: ${finding.required.value.toFixed(6)}`);
}
console.log(report.counts);
