/** The human format: findings grouped under each plan, coloured on a terminal. */
import type { Finding, PlanReport, Verdict } from '../check/index.js';
import { closingLine, countsLine, findingLocation, targetsLine, fileOf, formatIssue, wordsOf, type Context } from './context.js';

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m', cyan: '\u001b[36m' } as const;

const TONE: Readonly<Record<Verdict, keyof typeof ANSI>> = {
  consistent: 'green',
  consistent_within_rounding: 'green',
  consistent_via_qualifier: 'green',
  consistent_other_reading: 'cyan',
  near_miss: 'yellow',
  indeterminate: 'yellow',
  inconsistent: 'red',
  not_checkable: 'dim',
};

const MARK: Readonly<Record<Verdict, string>> = {
  consistent: '✓',
  consistent_within_rounding: '✓',
  consistent_via_qualifier: '✓',
  consistent_other_reading: '✓',
  near_miss: '~',
  indeterminate: '?',
  inconsistent: '✗',
  not_checkable: '-',
};

/**
 * Formats reports for a person: per plan its title and file, one line per finding
 * (`✓ [label] relation (file:line:column): sentence`), the verdict counts, the monitoring targets
 * and any file issues; then a closing line across all plans (totals per verdict, and whether the
 * fail level fails the run and by which findings).
 *
 * @example
 * formatText([report], context) //=> '山西省…\n  ✓ [一致] profit_cagr: …\n  合计: 一致 1\n'
 */
export function formatText(reports: readonly PlanReport[], context: Context): string {
  const paint = (tone: keyof typeof ANSI, text: string): string => (context.color ? `${ANSI[tone]}${text}${ANSI.reset}` : text);
  const words = wordsOf(context.lang);
  const lines: string[] = [];
  for (const report of reports) {
    if (lines.length > 0) lines.push('');
    const file = fileOf(report);
    lines.push(`${paint('bold', report.plan.title)}${report.plan.file === undefined || report.plan.file === report.plan.title ? '' : paint('dim', `  (${file})`)}`);
    for (const issue of report.issues) {
      lines.push(`  ${paint(issue.severity === 'error' ? 'red' : 'yellow', formatIssue(issue, file))}`);
    }
    if (report.findings.length === 0 && report.issues.length === 0) lines.push(`  ${words.none}`);
    for (const finding of report.findings) lines.push(`  ${findingLine(finding, file, context, paint)}`);
    if (report.findings.length > 0) lines.push(`  ${words.summary}: ${countsLine(report, context)}`);
    if (report.targets.length > 0) {
      lines.push(`  ${words.targets}: ${targetsLine(report)}`);
    }
  }
  if (reports.length === 0) return '';
  lines.push('', paint('bold', closingLine(reports, context)));
  return `${lines.join('\n')}\n`;
}

function findingLine(finding: Finding, file: string, context: Context, paint: (tone: keyof typeof ANSI, text: string) => string): string {
  const tone = TONE[finding.verdict];
  const where = findingLocation(finding, file);
  const relation = where === undefined ? finding.relation : `${finding.relation} ${paint('dim', `(${where})`)}`;
  return `${paint(tone, `${MARK[finding.verdict]} [${context.label(finding.verdict)}]`)} ${relation}: ${context.sentence(finding)}`;
}
