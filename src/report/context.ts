/** What every renderer gets besides the reports, and the helpers they share. */
import {
  VERDICTS,
  failOnOf,
  verdictFails,
  renderFinding,
  verdictLabel,
  type FailOn,
  type Finding,
  type Lang,
  type PlanReport,
  type Verdict,
} from '../check/index.js';
import type { MonitoringTarget, PlanIssue } from '../plan/index.js';
import { argError, isRecord, madeBy, optionsOf } from '../errors.js';
import { qualifierInfo, writeQualified } from '../units/index.js';

/** Options of the report renderers. */
export interface ReportOptions {
  /** The language of sentences and labels. Default `en`. */
  readonly lang?: Lang;
  /** The fail level that marks findings as failures (JUnit failures, GitHub errors). Default `inconsistent`. */
  readonly failOn?: FailOn | 'near-miss';
  /** ANSI colour in the text format. Default false. */
  readonly color?: boolean;
  /** The version to name in JSON and SARIF output. Default: none given. */
  readonly version?: string;
}

/** The options with their defaults, and the finding renderers of the chosen language. */
export interface Context {
  readonly lang: Lang;
  readonly failOn: FailOn;
  readonly color: boolean;
  readonly version: string | undefined;
  /** All verdicts, best first (the order of summary counts). */
  readonly verdicts: readonly Verdict[];
  sentence(finding: Finding): string;
  label(verdict: Verdict): string;
}

/**
 * Resolves renderer options.
 *
 * @throws `invalid_option` for an unknown `failOn` or `lang`.
 */
export function contextOf(given: ReportOptions = {}): Context {
  const options = optionsOf(given);
  const lang = langOf(options.lang);
  if (options.version !== undefined && typeof options.version !== 'string') throw argError('invalid_option', 'options.version', options.version, 'must be a string');
  return {
    lang,
    failOn: failOnOf(options.failOn ?? 'inconsistent'),
    color: options.color === true,
    version: options.version,
    verdicts: VERDICTS,
    sentence: (finding) => renderFinding(finding, lang),
    label: (verdict) => verdictLabel(verdict, lang),
  };
}

/**
 * Reads a `lang` option: `en` (the default) or `zh`.
 *
 * @throws `invalid_option` naming the argument for anything else.
 * @example
 * langOf(undefined) //=> 'en'
 */
export function langOf(value: unknown, argument = 'options.lang'): Lang {
  const lang = value ?? 'en';
  if (lang !== 'en' && lang !== 'zh') throw argError('invalid_option', argument, lang, "must be 'en' or 'zh'");
  return lang;
}

/** A renderer: a pure function from reports to the whole output. */
export type Renderer = (reports: readonly PlanReport[], context: Context) => string;

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
 * An issue of a plan file on one line, as compilers print them: `file:line:column: code: message`.
 *
 * @example
 * formatIssue({ code: 'syntax_error', severity: 'error', message: 'bad', path: [], line: 3, column: 1 }, 'a.yaml') //=> 'a.yaml:3:1: syntax_error: bad'
 */
export function formatIssue(issue: PlanIssue, fallbackFile = ''): string {
  if (typeof fallbackFile !== 'string') throw argError('invalid_argument', 'fallbackFile', fallbackFile, 'must be a string');
  if (!isRecord(issue) || typeof issue.code !== 'string' || typeof issue.message !== 'string') {
    throw argError('invalid_argument', 'issue', issue, 'must be an issue (as parsePlan returns), with a code and a message');
  }
  return madeBy('issue', 'parsePlan (an issue)', () => `${issueLocation(issue, fallbackFile)}: ${issue.code}: ${issue.message.replace(/\s*[\r\n]+\s*/g, ' ')}`);
}

/**
 * A monitoring target in a few words, its number written as the plan writes it.
 *
 * @example
 * describeTarget({ figure: 'f', subject: '农户', text: '600', unit: '户', year: 2015, qualifiers: ['余'] }) //=> '农户 600余户 (2015)'
 */
export function describeTarget(target: MonitoringTarget): string {
  const sentence = target.qualifiers.filter((q) => qualifierInfo(q).position === 'sentence');
  const number = `${sentence.join('')}${writeQualified(target.text, target.unit, target.qualifiers)}`;
  const when =
    target.year !== undefined
      ? ` (${target.year})`
      : target.from !== undefined && target.to !== undefined
        ? ` (${target.from}–${target.to})`
        : target.to !== undefined
          ? ` (${target.to})`
          : '';
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
const WORDS = {
  zh: {
    summary: '合计',
    targets: '监测目标',
    issues: '文件问题',
    none: '没有可检查的关系',
    relation: '关系',
    verdict: '结论',
    finding: '说明',
    plans: '个规划',
    total: (plans: number, relations: number) => `总计（${plans}个规划，${relations}个关系）`,
    failing: (level: string, n: number, first: string) => `按 ${level} 级别失败：${n}项结论达到或超过该级别（${first}）`,
    passing: (level: string) => (level === 'none' ? '失败级别 none：不因结论失败' : `按 ${level} 级别通过：没有结论达到该级别`),
    errors: (n: number) => `${n}个文件有错误，未检查`,
  },
  en: {
    summary: 'Summary',
    targets: 'Targets',
    issues: 'File issues',
    none: 'no relations to check',
    relation: 'Relation',
    verdict: 'Verdict',
    finding: 'Finding',
    plans: 'plans',
    total: (plans: number, relations: number) => `Total (${plans} ${plans === 1 ? 'plan' : 'plans'}, ${relations} ${relations === 1 ? 'relation' : 'relations'})`,
    failing: (level: string, n: number, first: string) => `fails at ${level}: ${n} ${n === 1 ? 'finding' : 'findings'} at or above it (${first})`,
    passing: (level: string) => (level === 'none' ? 'fail level none: findings never fail the run' : `passes at ${level}: no finding at or above it`),
    errors: (n: number) => `${n} ${n === 1 ? 'file' : 'files'} with errors, not checked`,
  },
} as const;

/** The words of a language. */
export function wordsOf(lang: Lang): (typeof WORDS)[keyof typeof WORDS] {
  return lang === 'zh' ? WORDS.zh : WORDS.en;
}

/** `file:line:column` of a finding's relation, when the plan was read from a file. */
export function findingLocation(finding: Finding, fallbackFile: string): string | undefined {
  const at = finding.location;
  return at === undefined ? undefined : `${at.file ?? fallbackFile}:${at.line}:${at.column}`;
}

/** How many findings a closing line names before `…`. */
const FAILING_SHOWN = 3;

/**
 * The closing line across all plans: the totals per verdict, then whether the run fails at the
 * fail level and which findings make it fail (as `plan/relation`), and how many files had errors.
 *
 * @example
 * closingLine([report], context) //=> 'Total (1 plan, 4 relations): consistent 3 · near miss 1; passes at inconsistent: no finding at or above it'
 */
export function closingLine(reports: readonly PlanReport[], context: Context): string {
  const words = wordsOf(context.lang);
  const counts = Object.fromEntries(context.verdicts.map((v) => [v, 0])) as Record<Verdict, number>;
  let relations = 0;
  const failing: string[] = [];
  let errors = 0;
  for (const report of reports) {
    if (report.issues.some((i) => i.severity === 'error')) errors += 1;
    for (const f of report.findings) {
      counts[f.verdict] += 1;
      relations += 1;
      if (verdictFails(f.verdict, context.failOn)) failing.push(report.plan.id === '' ? f.relation : `${report.plan.id}/${f.relation}`);
    }
  }
  const totals = context.verdicts.filter((v) => counts[v] > 0).map((v) => `${context.label(v)} ${counts[v]}`);
  const level = context.failOn.replace('_', '-');
  const named = `${failing.slice(0, FAILING_SHOWN).join(', ')}${failing.length > FAILING_SHOWN ? ', …' : ''}`;
  const parts = [
    totals.length === 0 ? words.total(reports.length, relations) : `${words.total(reports.length, relations)}${context.lang === 'zh' ? '：' : ': '}${totals.join(' · ')}`,
    ...(failing.length > 0 ? [words.failing(level, failing.length, named)] : errors === 0 ? [words.passing(level)] : []),
    ...(errors > 0 ? [words.errors(errors)] : []),
  ];
  return parts.join(context.lang === 'zh' ? '；' : '; ');
}

/** Non-zero verdict counts, best first: `一致 3 · 接近 1`. */
export function countsLine(report: PlanReport, context: Context): string {
  const parts = context.verdicts.filter((v) => (report.counts[v] ?? 0) > 0).map((v) => `${context.label(v)} ${report.counts[v]}`);
  return parts.length === 0 ? '0' : parts.join(' · ');
}
