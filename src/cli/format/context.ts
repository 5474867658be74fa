/** What every formatter gets besides the reports, and the helpers they share. */
import type { Finding, Lang, MonitoringTarget, PlanIssue, PlanReport, Verdict } from '../../index.js';

/** The lowest verdict level that fails a run (`--fail-on`). */
export type FailOn = 'near-miss' | 'inconsistent' | 'none';

/** The names of the output formats, one module each. */
export type FormatName = 'text' | 'json' | 'markdown' | 'junit' | 'sarif' | 'github';

/** Everything a formatter needs besides the reports: language, gate, colour and the renderers. */
export interface FormatContext {
  readonly lang: Lang;
  /** The package version, for JSON and SARIF. */
  readonly version: string;
  readonly failOn: FailOn;
  /** ANSI colour (text only). */
  readonly color: boolean;
  /** All verdicts, best first (the order of summary counts). */
  readonly verdicts: readonly Verdict[];
  /** The finding as a sentence in `lang`. */
  sentence(finding: Finding): string;
  /** The verdict's label in `lang`. */
  label(verdict: Verdict): string;
}

/** A formatter: a pure function from reports to the whole output. */
export type Formatter = (reports: readonly PlanReport[], context: FormatContext) => string;

const FAILING: Readonly<Record<FailOn, readonly Verdict[]>> = {
  'near-miss': ['near_miss', 'indeterminate', 'inconsistent'],
  inconsistent: ['inconsistent'],
  none: [],
};

/**
 * True when the verdict is at or above the fail level.
 *
 * @example
 * fails('indeterminate', 'near-miss') //=> true
 */
export function fails(verdict: Verdict, failOn: FailOn): boolean {
  return FAILING[failOn].includes(verdict);
}

/**
 * True for the four consistent verdicts.
 *
 * @example
 * isConsistent('consistent_via_qualifier') //=> true
 */
export function isConsistent(verdict: Verdict): boolean {
  return verdict.startsWith('consistent');
}

/** The file a report is about, or its plan id when it has none. */
export function fileOf(report: PlanReport): string {
  return report.plan.file ?? report.plan.id;
}

/** `file:line:column` of an issue, as far as known. */
export function issueLocation(issue: PlanIssue, fallbackFile: string): string {
  const file = issue.file ?? fallbackFile;
  if (issue.line === undefined) return file;
  return issue.column === undefined ? `${file}:${issue.line}` : `${file}:${issue.line}:${issue.column}`;
}

/**
 * An issue on one line, as compilers print them: `file:line:column: code: message`.
 *
 * @example
 * issueLine({ code: 'syntax_error', severity: 'error', message: 'bad', path: [], line: 3, column: 1 }, 'a.yaml') //=> 'a.yaml:3:1: syntax_error: bad'
 */
export function issueLine(issue: PlanIssue, fallbackFile: string): string {
  return `${issueLocation(issue, fallbackFile)}: ${issue.code}: ${issue.message.replace(/\s*[\r\n]+\s*/g, ' ')}`;
}

/** True when a report's file has error issues (the run is then an input error). */
export function hasErrorIssues(report: PlanReport): boolean {
  return report.issues.some((i) => i.severity === 'error');
}

const PREFIX = new Set(['不低于', '不少于', '不超过', '不高于', '大约', '至少', '超过', '突破', '大于', '高于', '不满', '不足', '低于', '近', '约', '预计', '测算', '力争', '努力']);
const MIDDLE = new Set(['余', '多']);

/**
 * A monitoring target in a few words.
 *
 * @example
 * describeTarget({ figure: 'f', subject: '农户', text: '600', unit: '户', year: 2015, qualifiers: ['余'] }) //=> '农户 600余户 (2015)'
 */
export function describeTarget(target: MonitoringTarget): string {
  const q = target.qualifiers;
  const number =
    q.filter((x) => PREFIX.has(x)).join('') +
    target.text +
    q.filter((x) => MIDDLE.has(x)).join('') +
    target.unit +
    q.filter((x) => !PREFIX.has(x) && !MIDDLE.has(x)).join('');
  const when =
    target.year !== undefined ? ` (${target.year})` : target.from !== undefined && target.to !== undefined ? ` (${target.from}–${target.to})` : target.to !== undefined ? ` (${target.to})` : '';
  return `${target.subject} ${number}${when}`;
}

/** How many monitoring targets the text and Markdown formats show before `… +N`. */
export const TARGETS_SHOWN = 5;

/** The monitoring targets in one short line: the first few and how many more (all are in JSON). */
export function targetsLine(report: PlanReport): string {
  const shown = report.targets.slice(0, TARGETS_SHOWN).map(describeTarget);
  const more = report.targets.length - shown.length;
  return `(${report.targets.length}) ${shown.join('; ')}${more > 0 ? `; … +${more}` : ''}`;
}

/** Words of the text and Markdown formats, per language. */
export const WORDS = {
  zh: { summary: '合计', targets: '监测目标', issues: '文件问题', none: '没有可检查的关系', relation: '关系', verdict: '结论', finding: '说明', plans: '个规划' },
  en: { summary: 'Summary', targets: 'Targets', issues: 'File issues', none: 'no relations to check', relation: 'Relation', verdict: 'Verdict', finding: 'Finding', plans: 'plans' },
} as const;

/** The words of a language. */
export function wordsOf(lang: Lang): (typeof WORDS)[keyof typeof WORDS] {
  return lang === 'zh' ? WORDS.zh : WORDS.en;
}

/** Non-zero verdict counts, best first: `一致 3 · 接近 1`. */
export function countsLine(report: PlanReport, context: FormatContext): string {
  const parts = context.verdicts.filter((v) => (report.counts[v] ?? 0) > 0).map((v) => `${context.label(v)} ${report.counts[v]}`);
  return parts.length === 0 ? '0' : parts.join(' · ');
}
