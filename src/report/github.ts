/** GitHub Actions workflow commands: annotations on the plan files. */
import { isConsistent, verdictFails, type PlanReport } from '../check/index.js';
import { fileOf, type Context } from './context.js';

/**
 * Escapes a workflow command's message (`%`, CR, LF), as GitHub's toolkit does.
 *
 * @example
 * escapeData('10%\nmore') //=> '10%25%0Amore'
 */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * Escapes a workflow command's property value (also `:` and `,`).
 *
 * @example
 * escapeProperty('a:b,c') //=> 'a%3Ab%2Cc'
 */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: 'error' | 'warning' | 'notice', props: Readonly<Record<string, string | number | undefined>>, message: string): string {
  const list = Object.entries(props)
    .filter((e): e is [string, string | number] => e[1] !== undefined)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name}${list === '' ? '' : ` ${list}`}::${escapeData(message)}`;
}

/**
 * Formats reports as GitHub workflow commands: `::error` for findings at or above the fail level
 * and for plan-file errors, `::warning` for other findings of severity warning or error (and
 * file warnings), `::notice` for the remaining non-consistent ones.
 *
 * @example
 * formatGithub([report], context) //=> '::error file=plans/a.yaml,title=…::…\n'
 */
export function formatGithub(reports: readonly PlanReport[], context: Context): string {
  const lines: string[] = [];
  for (const report of reports) {
    const file = fileOf(report);
    for (const issue of report.issues) {
      lines.push(
        command(issue.severity === 'error' ? 'error' : 'warning', { file: issue.file ?? file, line: issue.line, col: issue.column, title: issue.code }, issue.message),
      );
    }
    for (const finding of report.findings) {
      if (isConsistent(finding.verdict)) continue;
      const name = verdictFails(finding.verdict, context.failOn)
        ? 'error'
        : finding.severity === 'error' || finding.severity === 'warning'
          ? 'warning'
          : 'notice';
      lines.push(
        command(name, { file, title: `${finding.relation}: ${context.label(finding.verdict)}` }, `${report.plan.title}: ${context.sentence(finding)}`),
      );
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
