/** What every renderer gets besides the reports, and the helpers they share. */
import {
  VERDICTS,
  failOnOf,
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
  zh: { summary: '合计', targets: '监测目标', issues: '文件问题', none: '没有可检查的关系', relation: '关系', verdict: '结论', finding: '说明', plans: '个规划' },
  en: { summary: 'Summary', targets: 'Targets', issues: 'File issues', none: 'no relations to check', relation: 'Relation', verdict: 'Verdict', finding: 'Finding', plans: 'plans' },
} as const;

/** The words of a language. */
export function wordsOf(lang: Lang): (typeof WORDS)[keyof typeof WORDS] {
  return lang === 'zh' ? WORDS.zh : WORDS.en;
}

/** Non-zero verdict counts, best first: `一致 3 · 接近 1`. */
export function countsLine(report: PlanReport, context: Context): string {
  const parts = context.verdicts.filter((v) => (report.counts[v] ?? 0) > 0).map((v) => `${context.label(v)} ${report.counts[v]}`);
  return parts.length === 0 ? '0' : parts.join(' · ');
}
