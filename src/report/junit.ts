/** JUnit XML: one testsuite per plan, one testcase per relation. */
import { verdictFails, type PlanReport } from '../check/index.js';
import { fileOf, formatIssue, type Context } from './context.js';

/**
 * Escapes text for XML content and attributes, dropping characters XML 1.0 cannot carry.
 *
 * @example
 * escapeXml('a < "b" & c') //=> 'a &lt; &quot;b&quot; &amp; c'
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function attrs(pairs: Readonly<Record<string, string | number>>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

/**
 * Formats reports as JUnit XML: a `<testsuite>` per plan, a `<testcase>` per relation, a
 * `<failure>` for findings at or above the fail level, `<skipped>` for not-checkable relations,
 * and an `<error>` testcase per plan-file issue of severity error.
 *
 * @example
 * formatJunit([report], context).startsWith('<?xml version="1.0" encoding="UTF-8"?>') //=> true
 */
export function formatJunit(reports: readonly PlanReport[], context: Context): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const report of reports) {
    const file = fileOf(report);
    const cases: string[] = [];
    let suiteFailures = 0;
    let suiteErrors = 0;
    let skipped = 0;
    for (const issue of report.issues.filter((i) => i.severity === 'error')) {
      suiteErrors += 1;
      const line = formatIssue(issue, file);
      cases.push(
        `    <testcase${attrs({ classname: report.plan.id || file, name: `${issue.code} ${issue.path.join('.')}`.trim(), file })}>\n` +
          `      <error${attrs({ message: line, type: issue.code })}>${escapeXml(line)}</error>\n` +
          `    </testcase>`,
      );
    }
    for (const finding of report.findings) {
      const head = `    <testcase${attrs({ classname: report.plan.id, name: finding.relation, file })}>`;
      const message = `${context.label(finding.verdict)}: ${context.sentence(finding)}`;
      if (verdictFails(finding.verdict, context.failOn)) {
        suiteFailures += 1;
        cases.push(`${head}\n      <failure${attrs({ message, type: finding.code })}>${escapeXml(message)}</failure>\n    </testcase>`);
      } else if (finding.verdict === 'not_checkable') {
        skipped += 1;
        cases.push(`${head}\n      <skipped${attrs({ message })}/>\n    </testcase>`);
      } else {
        cases.push(`${head}\n      <system-out>${escapeXml(message)}</system-out>\n    </testcase>`);
      }
    }
    const count = cases.length;
    tests += count;
    failures += suiteFailures;
    errors += suiteErrors;
    const open = `  <testsuite${attrs({ name: report.plan.title, tests: count, failures: suiteFailures, errors: suiteErrors, skipped, file })}`;
    suites.push(count === 0 ? `${open}/>` : `${open}>\n${cases.join('\n')}\n  </testsuite>`);
  }
  const root = `<testsuites${attrs({ name: 'growth-targets', tests, failures, errors })}`;
  const body = suites.length === 0 ? `${root}/>` : `${root}>\n${suites.join('\n')}\n</testsuites>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}
