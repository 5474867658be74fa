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

/** The region of a line and column in a file, when the line is known. */
function regionAt(line: number | undefined, column: number | undefined): Region | undefined {
  return line === undefined ? undefined : column === undefined ? { startLine: line } : { startLine: line, startColumn: column };
}

/** A SARIF location: the file as a URI, with its region when there is one. */
export function sarifLocation(file: string, region?: Region): { readonly physicalLocation: unknown } {
  return { physicalLocation: { artifactLocation: { uri: toUri(file) }, ...(region === undefined ? {} : { region }) } };
}

/** A file issue (of a plan or an actuals file) as a SARIF result: its severity as the level, located at its line and column. */
export function issueResult(
  ruleId: string,
  issue: { readonly severity: string; readonly message: string; readonly file?: string; readonly line?: number; readonly column?: number },
  file: string,
): Record<string, unknown> {
  return { ruleId, level: issue.severity, message: { text: issue.message }, locations: [sarifLocation(issue.file ?? file, regionAt(issue.line, issue.column))] };
}

/**
 * A SARIF 2.1.0 log of one run of growth-targets: its rules (id → short description) and results.
 *
 * @example
 * JSON.parse(sarifLog(new Map(), [], '1.0.0')).runs[0].tool.driver.version //=> '1.0.0'
 */
export function sarifLog(rules: ReadonlyMap<string, string>, results: readonly unknown[], version: string | undefined): string {
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'growth-targets',
            ...(version !== undefined && { version }),
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

/**
 * Formats reports as a SARIF 2.1.0 log: `ruleId` is the finding's code (`plan/<code>` for a
 * plan-file issue), `level` follows the severity, the location is the plan file with a region: the
 * line and column of the finding's relation (or of the issue), and the figures it used as related
 * locations.
 *
 * @example
 * JSON.parse(formatSarif([report], context)).version //=> '2.1.0'
 */
export function formatSarif(reports: readonly PlanReport[], context: Context): string {
  const rules = new Map<string, string>();
  const results: unknown[] = [];
  for (const report of reports) {
    const file = fileOf(report);
    for (const issue of report.issues) {
      const ruleId = `plan/${issue.code}`;
      rules.set(ruleId, `Plan file: ${issue.code}`);
      results.push({ ...issueResult(ruleId, issue, file), properties: { plan: report.plan.id, path: issue.path.join('.') } });
    }
    for (const finding of report.findings) {
      if (isConsistent(finding.verdict)) continue;
      rules.set(finding.code, finding.code);
      // Each figure the finding used, where it is: SARIF's related locations.
      const located = finding.figures.flatMap((f, id) =>
        f.location === undefined ? [] : [{ id, ...sarifLocation(f.location.file ?? file, regionAt(f.location.line, f.location.column)), message: { text: f.figure } }],
      );
      results.push({
        ruleId: finding.code,
        level: LEVEL[finding.severity],
        message: { text: `${report.plan.title} · ${finding.relation}: ${context.label(finding.verdict)}. ${context.sentence(finding)}` },
        locations: [sarifLocation(finding.location?.file ?? file, regionAt(finding.location?.line, finding.location?.column))],
        ...(located.length > 0 && { relatedLocations: located }),
        partialFingerprints: { relation: `${report.plan.id}/${finding.relation}` },
        properties: { plan: report.plan.id, relation: finding.relation, kind: finding.kind, verdict: finding.verdict },
      });
    }
  }
  return sarifLog(rules, results, context.version);
}
