/** SARIF 2.1.0 for code-scanning uploads: one result per non-consistent finding or file issue. */
import { isConsistent, type PlanReport, type Severity } from '../check/index.js';
import { fileOf, type Context } from './context.js';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note' | 'none'>> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
  ok: 'none',
};

/**
 * A file path as a SARIF URI reference (forward slashes, percent-encoded).
 *
 * @example
 * toUri('plans\\规划 1.yaml') //=> 'plans/%E8%A7%84%E5%88%92%201.yaml'
 */
export function toUri(path: string): string {
  return encodeURI(path.replace(/\\/g, '/')).replace(/[?#]/g, encodeURIComponent);
}

interface Region {
  readonly startLine: number;
  readonly startColumn?: number;
}

/**
 * Formats reports as a SARIF 2.1.0 log: `ruleId` is the finding's code (`plan/<code>` for a
 * plan-file issue), `level` follows the severity, the location is the plan file (with a region for
 * issues that know their line).
 *
 * @example
 * JSON.parse(formatSarif([report], context)).version //=> '2.1.0'
 */
export function formatSarif(reports: readonly PlanReport[], context: Context): string {
  const rules = new Map<string, string>();
  const results: unknown[] = [];
  const location = (file: string, region?: Region) => ({
    physicalLocation: { artifactLocation: { uri: toUri(file) }, ...(region === undefined ? {} : { region }) },
  });
  for (const report of reports) {
    const file = fileOf(report);
    for (const issue of report.issues) {
      const ruleId = `plan/${issue.code}`;
      rules.set(ruleId, `Plan file: ${issue.code}`);
      const region: Region | undefined =
        issue.line === undefined ? undefined : issue.column === undefined ? { startLine: issue.line } : { startLine: issue.line, startColumn: issue.column };
      results.push({
        ruleId,
        level: issue.severity,
        message: { text: issue.message },
        locations: [location(issue.file ?? file, region)],
        properties: { plan: report.plan.id, path: issue.path.join('.') },
      });
    }
    for (const finding of report.findings) {
      if (isConsistent(finding.verdict)) continue;
      rules.set(finding.code, finding.code);
      results.push({
        ruleId: finding.code,
        level: LEVEL[finding.severity],
        message: { text: `${report.plan.title} · ${finding.relation}: ${context.label(finding.verdict)}. ${context.sentence(finding)}` },
        locations: [location(file)],
        partialFingerprints: { relation: `${report.plan.id}/${finding.relation}` },
        properties: { plan: report.plan.id, relation: finding.relation, kind: finding.kind, verdict: finding.verdict },
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'growth-targets',
            ...(context.version !== undefined && { version: context.version }),
            informationUri: 'https://www.npmjs.com/package/growth-targets',
            rules: [...rules].map(([id, text]) => ({ id, shortDescription: { text } })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
