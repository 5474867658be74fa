/** Markdown for pull-request comments: a table per plan. */
import type { PlanReport, Verdict } from '../check/index.js';
import { countsLine, targetsLine, fileOf, issueLocation, wordsOf, type Context } from './context.js';

const ICON: Readonly<Record<Verdict, string>> = {
  consistent: '✅',
  consistent_within_rounding: '✅',
  consistent_via_qualifier: '✅',
  consistent_other_reading: '☑️',
  near_miss: '⚠️',
  indeterminate: '❔',
  inconsistent: '❌',
  not_checkable: '➖',
};

/**
 * Makes text safe inside a Markdown table cell.
 *
 * @example
 * escapeCell('a|b\nc') //=> 'a\\|b<br>c'
 */
export function escapeCell(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>');
}

/**
 * Formats reports as Markdown: per plan a heading, a table (relation, verdict, sentence), the
 * counts, the monitoring targets and any file issues.
 *
 * @example
 * formatMarkdown([report], context).startsWith('### ') //=> true
 */
export function formatMarkdown(reports: readonly PlanReport[], context: Context): string {
  const words = wordsOf(context.lang);
  const out: string[] = [];
  for (const report of reports) {
    const file = fileOf(report);
    out.push(`### ${escapeCell(report.plan.title)}`, '');
    if (report.plan.file !== undefined && report.plan.file !== report.plan.title) out.push(`\`${file.replace(/`/g, "'")}\``, '');
    if (report.issues.length > 0) {
      out.push(`**${words.issues}:**`, '');
      for (const issue of report.issues) {
        out.push(`- ${issue.severity === 'error' ? '❌' : '⚠️'} \`${issueLocation(issue, file).replace(/`/g, "'")}\` **${issue.code}**: ${escapeCell(issue.message)}`);
      }
      out.push('');
    }
    if (report.findings.length > 0) {
      out.push(`| ${words.relation} | ${words.verdict} | ${words.finding} |`, '|---|---|---|');
      for (const f of report.findings) {
        out.push(`| \`${f.relation}\` | ${ICON[f.verdict]} ${escapeCell(context.label(f.verdict))} | ${escapeCell(context.sentence(f))} |`);
      }
      out.push('', `**${words.summary}:** ${escapeCell(countsLine(report, context))}`, '');
    } else if (report.issues.length === 0) {
      out.push(`_${words.none}_`, '');
    }
    if (report.targets.length > 0) {
      out.push(`**${words.targets}:** ${escapeCell(targetsLine(report))}`, '');
    }
  }
  return out.join('\n');
}
