/**
 * Reviews as text for people and machines: pure functions from a {@link MonitorReport} to a string
 * in the formats of `check` (text, JSON, Markdown, JUnit XML, SARIF, GitHub workflow commands),
 * JUnit/SARIF/GitHub marking the binding targets that fail the chosen level.
 */
import type { Lang } from '../check/index.js';
import { argError, isRecord, kindOf, madeBy, optionsOf } from '../errors.js';
import { langOf } from './context.js';
import {
  MID_TERM_LABELS,
  monitorFailOnOf,
  progressFails,
  type ActualsIssue,
  type MonitorFailOn,
  type MonitorReport,
  type SkippedTarget,
  type TargetProgress,
} from '../monitor/index.js';
import { escapeData, escapeProperty } from './github.js';
import { toPlain } from './json.js';
import { monitorTargetInUnits } from './json-units.js';
import { escapeXml } from './junit.js';
import { escapeCell } from './markdown.js';
import { monitorWords, ratio, share, showRate, showValue, type MonitorWords } from './monitor-words.js';
import { issueResult, sarifLocation, sarifLog } from './sarif.js';
import type { ReportFormat } from './index.js';

/** Options of {@link formatMonitorReport}. */
export interface MonitorReportOptions {
  /** Default `en`. */
  readonly lang?: Lang;
  /** The least bad state of a binding target that fails (JUnit failures, SARIF errors, GitHub errors). Default `moving_away`. */
  readonly failOn?: MonitorFailOn | 'moving-away';
  /** ANSI colour in the text format. Default false. */
  readonly color?: boolean;
  /** The version to name in JSON and SARIF output. */
  readonly version?: string;
}

interface Ctx {
  readonly lang: Lang;
  readonly w: MonitorWords;
  readonly failOn: MonitorFailOn;
  readonly color: boolean;
  readonly version: string | undefined;
}

const ANSI = { reset: '\u001b[0m', bold: '\u001b[1m', dim: '\u001b[2m', red: '\u001b[31m', green: '\u001b[32m', yellow: '\u001b[33m' } as const;

const MARK: Readonly<Record<TargetProgress['label'], string>> = {
  achieved_early: '✓',
  met: '✓',
  ahead: '✓',
  as_expected: '✓',
  behind: '✗',
  missed: '✗',
};

/**
 * A one-line location for an actuals issue: `file:line:column: code: message`.
 *
 * @example
 * formatActualsIssue({ code: 'invalid_number', file: 'a.csv', line: 3, column: 12, message: 'bad', … }) //=> 'a.csv:3:12: invalid_number: bad'
 */
export function formatActualsIssue(issue: ActualsIssue, fallbackFile = ''): string {
  if (typeof fallbackFile !== 'string') throw argError('invalid_argument', 'fallbackFile', fallbackFile, 'must be a string');
  if (!isRecord(issue) || typeof issue.code !== 'string' || typeof issue.message !== 'string') {
    throw argError('invalid_argument', 'issue', issue, 'must be an issue (as parseActuals returns), with a code and a message');
  }
  return madeBy('issue', 'parseActuals (an issue)', () => actualsIssueLine(issue, fallbackFile));
}

function actualsIssueLine(issue: ActualsIssue, fallbackFile: string): string {
  const file = issue.file ?? fallbackFile;
  const where = issue.line === undefined ? file : issue.column === undefined ? `${file}:${issue.line}` : `${file}:${issue.line}:${issue.column}`;
  return `${where}: ${issue.code}: ${issue.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** When the data of a target end: a date, or a year. */
function when(t: TargetProgress): string {
  return t.latest.date ?? String(t.latest.year);
}

/** The first line of a target: label, band, subject, target and span. */
function headLine(t: TargetProgress, ctx: Ctx): string {
  const { w } = ctx;
  const tags = [t.binding ? w.binding : w.stretch];
  const star = t.illustrative ? '*' : '';
  const band = t.label === 'ahead' || t.label === 'as_expected' || t.label === 'behind' ? ` · ${w.bands[t.band]}` : '';
  return `${MARK[t.label]} ${w.labels[t.label]}${band}  ${t.subject}${star}  ${w.goal(t.figure, t.text)} (${t.from}→${t.to}) [${tags.join(', ')}]`;
}

/** The second line of a target: where it stands, its pace and what it needs. */
function detailLine(t: TargetProgress, ctx: Ctx): string {
  const { w } = ctx;
  const parts = [
    `${w.upTo(when(t))} ${w.current(t.figure, showValue(t, t.current))}`,
    `${w.progress} ${share(t.progress)} / ${w.time} ${share(t.elapsed)} (${w.halfway(t.aheadOfTime)})`,
  ];
  if (t.pace !== undefined) parts.push(`${w.pace} ${ratio(t.pace)}`);
  if (t.requiredRate !== undefined && !t.met && !t.final) parts.push(w.needs(w.rate(t.rateKind, showRate(t.rateKind, t.requiredRate, t.unit), t.unit)));
  if (!t.final) parts.push(w.atPace(t.to, w.current(t.figure, showValue(t, t.projected)), t.projectedMeets));
  return parts.join(' · ');
}

function notesLine(t: TargetProgress, ctx: Ctx): string | undefined {
  const notes = t.notes.filter((n) => n.code !== 'illustrative').map((n) => ctx.w.note(n, t.unit));
  return notes.length === 0 ? undefined : notes.join('; ');
}

function skippedLines(skipped: readonly SkippedTarget[], ctx: Ctx): string[] {
  const groups = new Map<SkippedTarget['reason'], SkippedTarget[]>();
  for (const s of skipped) groups.set(s.reason, [...(groups.get(s.reason) ?? []), s]);
  return [...groups].map(([reason, list]) => `${ctx.w.skips[reason]} (${list.length}): ${list.map((s) => `${s.subject} ${s.text}`).join('; ')}`);
}

function countsLine(report: MonitorReport, ctx: Ctx): string {
  const parts = MID_TERM_LABELS.filter((l) => report.counts[l] > 0).map((l) => `${ctx.w.labels[l]} ${report.counts[l]}`);
  return parts.length === 0 ? '0' : parts.join(' · ');
}

function sourcesOf(report: MonitorReport): readonly string[] {
  return [...new Set(report.targets.flatMap((t) => t.sources))];
}

function formatText(report: MonitorReport, ctx: Ctx): string {
  const { w } = ctx;
  const paint = (tone: keyof typeof ANSI, text: string): string => (ctx.color ? `${ANSI[tone]}${text}${ANSI.reset}` : text);
  const lines: string[] = [];
  lines.push(paint('bold', `${report.plan.title} · ${w.review}`));
  const head = [`${w.asOf} ${report.asOf}`, `${w.period} ${report.period.from}–${report.period.to}`, `${w.elapsed} ${share(report.elapsed)}`];
  if (report.actualsFile !== undefined) head.push(`${w.actuals} ${report.actualsFile}`);
  lines.push(`  ${head.join(' · ')}`);
  if (report.illustrative) lines.push(`  ${paint('yellow', `* ${w.illustrativeData}`)}`);
  for (const issue of report.issues) lines.push(`  ${paint('yellow', formatActualsIssue(issue, report.actualsFile ?? ''))}`);
  lines.push('');
  if (report.targets.length === 0) lines.push(`  ${w.none}`);
  for (const t of report.targets) {
    const fails = progressFails(t, ctx.failOn);
    const tone = fails ? 'red' : t.label === 'behind' || t.label === 'missed' ? 'yellow' : 'green';
    lines.push(`  ${paint(tone, headLine(t, ctx))}`);
    lines.push(`      ${detailLine(t, ctx)}`);
    const notes = notesLine(t, ctx);
    if (notes !== undefined) lines.push(`      ${paint('dim', notes)}`);
  }
  lines.push('', `  ${w.counts}: ${countsLine(report, ctx)}`);
  if (report.skipped.length > 0) {
    lines.push(`  ${w.skipped} (${report.skipped.length}):`);
    for (const l of skippedLines(report.skipped, ctx)) lines.push(`    ${paint('dim', l)}`);
  }
  const sources = sourcesOf(report);
  if (sources.length > 0) {
    lines.push(`  ${w.sources}:`);
    for (const s of sources) lines.push(`    - ${s}`);
  }
  return `${lines.join('\n')}\n`;
}

function formatMarkdown(report: MonitorReport, ctx: Ctx): string {
  const { w } = ctx;
  const out: string[] = [`### ${escapeCell(report.plan.title)} · ${w.review}`, ''];
  out.push(`${w.asOf} ${report.asOf} · ${w.period} ${report.period.from}–${report.period.to} · ${w.elapsed} ${share(report.elapsed)}`, '');
  if (report.illustrative) out.push(`> \\* ${escapeCell(w.illustrativeData)}`, '');
  if (report.issues.length > 0) {
    out.push(`**${w.issues}:**`, '');
    for (const i of report.issues) out.push(`- \`${formatActualsIssue(i, report.actualsFile ?? '').replace(/`/g, "'")}\``);
    out.push('');
  }
  if (report.targets.length > 0) {
    out.push(`| ${w.label} | ${w.target} | ${w.latest} | ${w.progress} | ${w.time} | R | ${w.required} | ${w.atProjection} |`, '|---|---|---|---|---|---|---|---|');
    for (const t of report.targets) {
      const icon = progressFails(t, ctx.failOn) ? '❌' : t.label === 'behind' || t.label === 'missed' ? '⚠️' : '✅';
      const required = t.requiredRate === undefined || t.met || t.final ? '' : w.rate(t.rateKind, showRate(t.rateKind, t.requiredRate, t.unit), t.unit);
      const projected = t.final ? '' : `${w.current(t.figure, showValue(t, t.projected))}${t.projectedMeets ? ' ✓' : ''}`;
      const cells = [
        `${icon} ${w.labels[t.label]}`,
        `${t.subject}${t.illustrative ? '\\*' : ''} ${w.goal(t.figure, t.text)} (${t.from}→${t.to})${t.binding ? '' : ` · ${w.stretch}`}`,
        `${w.current(t.figure, showValue(t, t.current))} (${when(t)})`,
        share(t.progress),
        share(t.elapsed),
        t.pace === undefined ? '' : ratio(t.pace),
        required,
        projected,
      ];
      out.push(`| ${cells.map((c, j) => (j === 0 ? c : escapeCell(c))).join(' | ')} |`);
    }
    out.push('', `**${w.counts}:** ${escapeCell(countsLine(report, ctx))}`, '');
  } else {
    out.push(`_${w.none}_`, '');
  }
  if (report.skipped.length > 0) {
    out.push(`<details><summary>${w.skipped} (${report.skipped.length})</summary>`, '');
    for (const l of skippedLines(report.skipped, ctx)) out.push(`- ${escapeCell(l)}`);
    out.push('', '</details>', '');
  }
  const sources = sourcesOf(report);
  if (sources.length > 0) {
    out.push(`**${w.sources}:**`, '');
    for (const s of sources) out.push(`- ${escapeCell(s)}`);
    out.push('');
  }
  return out.join('\n');
}

function formatJson(report: MonitorReport, ctx: Ctx): string {
  const { w } = ctx;
  const document = {
    ...(ctx.version !== undefined && { version: ctx.version }),
    review: {
      ...(toPlain(report) as object),
      targets: report.targets.map((t) => ({
        ...(toPlain(monitorTargetInUnits(t)) as object),
        labelText: w.labels[t.label],
        bandText: w.bands[t.band],
        fails: progressFails(t, ctx.failOn),
        message: `${headLine(t, ctx)} — ${detailLine(t, ctx)}`,
      })),
    },
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function attrs(pairs: Readonly<Record<string, string | number>>): string {
  return Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function formatJunit(report: MonitorReport, ctx: Ctx): string {
  const file = report.actualsFile ?? report.plan.file ?? report.plan.id;
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  let skipped = 0;
  for (const issue of report.issues) {
    errors += 1;
    const line = formatActualsIssue(issue, file);
    cases.push(`    <testcase${attrs({ classname: report.plan.id, name: `${issue.code} ${issue.path.join('.')}`, file })}>\n      <error${attrs({ message: line, type: issue.code })}>${escapeXml(line)}</error>\n    </testcase>`);
  }
  for (const t of report.targets) {
    const head = `    <testcase${attrs({ classname: report.plan.id, name: `${t.target} ${t.subject}`, file })}>`;
    const message = `${headLine(t, ctx)} — ${detailLine(t, ctx)}`;
    if (progressFails(t, ctx.failOn)) {
      failures += 1;
      cases.push(`${head}\n      <failure${attrs({ message, type: t.band })}>${escapeXml(message)}</failure>\n    </testcase>`);
    } else {
      cases.push(`${head}\n      <system-out>${escapeXml(message)}</system-out>\n    </testcase>`);
    }
  }
  for (const s of report.skipped) {
    skipped += 1;
    cases.push(`    <testcase${attrs({ classname: report.plan.id, name: `${s.target} ${s.subject}`, file })}>\n      <skipped${attrs({ message: ctx.w.skips[s.reason] })}/>\n    </testcase>`);
  }
  const name = `${report.plan.title} · ${ctx.w.review} ${report.asOf}`;
  const suite = `  <testsuite${attrs({ name, tests: cases.length, failures, errors, skipped, file })}${cases.length === 0 ? '/>' : `>\n${cases.join('\n')}\n  </testsuite>`}`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${attrs({ name: 'growth-targets monitor', tests: cases.length, failures, errors })}>\n${suite}\n</testsuites>\n`;
}

function formatSarif(report: MonitorReport, ctx: Ctx): string {
  const file = report.actualsFile ?? report.plan.file ?? report.plan.id;
  const rules = new Map<string, string>();
  const results: unknown[] = [];
  for (const issue of report.issues) {
    const ruleId = `actuals/${issue.code}`;
    rules.set(ruleId, `Actuals file: ${issue.code}`);
    results.push(issueResult(ruleId, issue, file));
  }
  for (const t of report.targets) {
    const fails = progressFails(t, ctx.failOn);
    if (!fails && t.label !== 'behind' && t.label !== 'missed') continue;
    const ruleId = `monitor/${t.label === 'missed' ? 'missed' : t.band}`;
    rules.set(ruleId, ruleId);
    results.push({
      ruleId,
      level: fails ? 'error' : t.binding ? 'warning' : 'note',
      message: { text: `${report.plan.title} · ${headLine(t, ctx)} — ${detailLine(t, ctx)}` },
      locations: [sarifLocation(report.plan.file ?? file)],
      partialFingerprints: { target: `${report.plan.id}/${t.target}` },
      properties: { plan: report.plan.id, target: t.target, label: t.label, band: t.band, progress: t.progress.toFixed(), ...(t.pace !== undefined && { pace: t.pace.toFixed() }) },
    });
  }
  return sarifLog(rules, results, ctx.version);
}

function formatGithub(report: MonitorReport, ctx: Ctx): string {
  const file = report.plan.file ?? report.actualsFile ?? report.plan.id;
  const lines: string[] = [];
  const command = (name: 'error' | 'warning' | 'notice', props: Readonly<Record<string, string | number | undefined>>, message: string): string => {
    const list = Object.entries(props)
      .filter((e): e is [string, string | number] => e[1] !== undefined)
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(',');
    return `::${name}${list === '' ? '' : ` ${list}`}::${escapeData(message)}`;
  };
  for (const issue of report.issues) {
    lines.push(command('error', { file: issue.file ?? report.actualsFile, line: issue.line, col: issue.column, title: issue.code }, issue.message));
  }
  for (const t of report.targets) {
    const fails = progressFails(t, ctx.failOn);
    if (!fails && t.label !== 'behind' && t.label !== 'missed') continue;
    const name = fails ? 'error' : t.binding ? 'warning' : 'notice';
    lines.push(command(name, { file, title: `${t.subject}: ${ctx.w.labels[t.label]}` }, `${headLine(t, ctx)} — ${detailLine(t, ctx)}`));
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

const RENDERERS: Readonly<Record<ReportFormat, (report: MonitorReport, ctx: Ctx) => string>> = {
  text: formatText,
  json: formatJson,
  markdown: formatMarkdown,
  junit: formatJunit,
  sarif: formatSarif,
  github: formatGithub,
};

/**
 * Renders a review in a format of `check`:
 * - `text`: the plan, the date and the share of time elapsed, then per target its label and band,
 *   where it stands (task progress against time, R, the pace now needed, the value at the target
 *   year at this pace), the targets not reviewed with their reasons, and the sources;
 * - `json`: `{ version, review }`, every decimal an exact `toFixed` string in the unit beside it
 *   (`goal`, `current`, `projected` in `unit`, % as percent numbers; paces in `rateUnit`), each
 *   target with its label and band in words, whether it fails and a one-line message;
 * - `markdown`: a table, for pull-request comments;
 * - `junit`: a testcase per target, a failure for binding targets at or beyond the fail level,
 *   `<skipped>` for targets not reviewed, an error per actuals issue;
 * - `sarif`: results for failing (error) and lagging (warning, or note for stretch targets) targets;
 * - `github`: `::error` for failing targets, `::warning`/`::notice` for lagging ones.
 *
 * @throws `invalid_option` for an unknown format, language or fail level; `invalid_argument` when
 *   `report` is not a review as monitorPlan makes them.
 * @example
 * formatMonitorReport(monitorPlan(plan, actuals), 'text', { lang: 'zh' }).split('\n')[0] //=> '山西省“十三五”工业经济和信息化发展规划 · 中期评估'
 */
export function formatMonitorReport(report: MonitorReport, format: ReportFormat, given: MonitorReportOptions = {}): string {
  const render = typeof format === 'string' && Object.hasOwn(RENDERERS, format) ? RENDERERS[format] : undefined;
  if (render === undefined) throw argError('invalid_option', 'format', format, `must be one of ${Object.keys(RENDERERS).join(', ')}`);
  const options = optionsOf(given);
  const lang = langOf(options.lang);
  if (options.version !== undefined && typeof options.version !== 'string') throw argError('invalid_option', 'options.version', options.version, 'must be a string');
  const ctx = {
    lang,
    w: monitorWords(lang),
    failOn: monitorFailOnOf(options.failOn ?? 'moving_away', 'options.failOn'),
    color: options.color === true,
    version: options.version,
  };
  if (!isRecord(report)) throw argError('invalid_argument', 'report', report, `must be a review (as monitorPlan returns), not ${kindOf(report)}`);
  return madeBy('report', 'monitorPlan', () => render(report, ctx));
}

