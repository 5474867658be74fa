/**
 * Reports as text for people and machines: pure functions from check reports to a string in one
 * of six formats (text, JSON, Markdown, JUnit XML, SARIF, GitHub workflow commands).
 */
import type { PlanReport } from '../check/index.js';
import { argError } from '../errors.js';
import { contextOf, type ReportOptions, type Renderer } from './context.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatSarif } from './sarif.js';
import { formatText } from './text.js';

export { describeTarget, formatIssue, type ReportOptions } from './context.js';
export {
  chart,
  chartConfig,
  renderChartSvg,
  CHART_FONT,
  VEGA_LITE_SCHEMA,
  progressChart,
  rankingChart,
  decompositionChart,
  growthPathChart,
  scenarioChart,
  fanChart,
  sensitivityChart,
  type ChartSpec,
  type ChartOptions,
  type WhatIfChartOptions,
} from './charts/index.js';
export { formatMonitorReport, formatActualsIssue, type MonitorReportOptions } from './monitor.js';
export { formatDecomposition, DECOMPOSITION_FORMATS, type DecompositionFormat, type DecompositionFormatOptions } from './decomposition.js';
export { formatScenarios, SCENARIO_FORMATS, type ScenarioFormat, type ScenarioReportOptions } from './scenario.js';
export { formatSimulation, describeDistribution } from './simulation.js';
export { formatSensitivity } from './sensitivity.js';

/** The formats of {@link formatReports}. */
export type ReportFormat = 'text' | 'json' | 'markdown' | 'junit' | 'sarif' | 'github';

const RENDERERS: Readonly<Record<ReportFormat, Renderer>> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  junit: formatJunit,
  sarif: formatSarif,
  github: formatGithub,
};

/**
 * Every report format, the default (`text`) first.
 *
 * @example
 * REPORT_FORMATS.includes('sarif') //=> true
 */
export const REPORT_FORMATS = Object.keys(RENDERERS) as readonly ReportFormat[];

/**
 * Renders the reports of one or more plans in a format:
 * - `text`: per plan its title, a line per finding (`✓ [label] relation: sentence`), the counts,
 *   the monitoring targets and file issues; ANSI colour with `color`.
 * - `json`: `{ version, plans: [{ plan, counts, findings, targets, issues }] }`, each finding with
 *   its rendered `message`, every decimal as an exact `toFixed` string.
 * - `markdown`: a table per plan, for pull-request comments.
 * - `junit`: a `<testsuite>` per plan, a `<testcase>` per relation, failures at the fail level.
 * - `sarif`: SARIF 2.1.0 for code-scanning uploads.
 * - `github`: GitHub Actions `::error`/`::warning`/`::notice` commands.
 *
 * @throws `invalid_option` for an unknown format, language or fail level.
 * @example
 * formatReports([checkPlan(plan)], 'text', { lang: 'zh' }).split('\n')[0] //=> '山西省工业经济创新驱动发展行动方案（2014-2020年）'
 */
export function formatReports(reports: readonly PlanReport[], format: ReportFormat, options: ReportOptions = {}): string {
  const render = Object.hasOwn(RENDERERS, format) ? RENDERERS[format] : undefined;
  if (render === undefined) throw argError('invalid_option', 'format', format, `must be one of ${REPORT_FORMATS.join(', ')}`);
  return render(reports, contextOf(options));
}
