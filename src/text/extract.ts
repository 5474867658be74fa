/**
 * `extractPlan`: a document's text in, a draft plan out (indicators, figures, relations), each
 * figure and relation with where it was read and how sure the reading is, and issues for what
 * could not be placed. Never throws on text.
 */
import { argError } from '../errors.js';
import { MAX_YEAR, MIN_YEAR } from '../plan/schema.js';
import { planPeriod, type PlanPeriod } from '../units/index.js';
import { assemble, shortHash, spanOf, type PlanIdentity } from './assemble.js';
import type { Skip } from './candidate.js';
import { readIdentity, type TextIdentity } from './identity.js';
import { readDocument } from './read.js';
import { findRelations } from './relations.js';
import { ISO_DAY, PLAN_ID } from './patterns.js';
import { foldText, segment } from './segment.js';
import type { ExtractPlanOptions, IdentitySource, PlanDraft, TextIssue, TextIssueCode } from './types.js';

/** The default confidence floor. */
export const DEFAULT_MIN_CONFIDENCE = 0.3;
/** The most issues a draft reports; the rest are counted in one `too_many_issues`. */
export const MAX_ISSUES = 500;

const isYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

/** Checks the options; a bad one is a contract violation. */
function checkOptions(options: unknown): ExtractPlanOptions {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null) throw argError('invalid_option', 'options', options, 'must be an object');
  const o = options as ExtractPlanOptions;
  if (o.id !== undefined && (typeof o.id !== 'string' || !PLAN_ID.test(o.id))) throw argError('invalid_option', 'options.id', o.id, 'must match [a-z0-9_-]+');
  for (const key of ['title', 'issuer', 'document', 'url'] as const) {
    const v = o[key];
    if (v !== undefined && (typeof v !== 'string' || v.trim() === '')) throw argError('invalid_option', `options.${key}`, v, 'must be a non-empty string');
  }
  if (o.year !== undefined && !isYear(o.year)) throw argError('invalid_option', 'options.year', o.year, `must be a whole year in ${MIN_YEAR}..${MAX_YEAR}`);
  if (o.date !== undefined && (typeof o.date !== 'string' || !ISO_DAY.test(o.date))) throw argError('invalid_option', 'options.date', o.date, 'must be a date YYYY-MM-DD');
  if (o.minConfidence !== undefined && !(typeof o.minConfidence === 'number' && o.minConfidence >= 0 && o.minConfidence <= 1)) {
    throw argError('invalid_option', 'options.minConfidence', o.minConfidence, 'must be a number in [0, 1]');
  }
  if (o.period !== undefined) periodOption(o.period);
  return o;
}

/** The period option as a period. */
function periodOption(period: PlanPeriod | string): PlanPeriod {
  if (typeof period === 'string') {
    const p = planPeriod(period);
    return { from: p.from, to: p.to, base: p.base, name: p.name };
  }
  if (typeof period !== 'object' || period === null || !isYear(period.from) || !isYear(period.to) || !isYear(period.base) || period.to < period.from || period.base > period.from) {
    throw argError('invalid_option', 'options.period', period, 'must be { from, to, base } years with base ≤ from ≤ to, or a five-year plan name');
  }
  return { from: period.from, to: period.to, base: period.base, ...(typeof period.name === 'string' && { name: period.name }) };
}

/** The months of a year's end: a report given in them (a congress in December) reports that year's results. */
const YEAR_END_MONTH = 11;

/** The last year a document reports results for: the year before its issue, or its own year when given at its end. */
function reviewedYear(identity: PlanIdentity): number {
  const date = identity.source.date;
  const late = date !== undefined && Number(date.slice(0, 4)) === identity.year && Number(date.slice(5, 7)) >= YEAR_END_MONTH;
  return late ? identity.year : identity.year - 1;
}

/** The plan's identity: options first, then the text, then defaults (each default reported). */
function identityOf(text: string, read: TextIdentity, options: ExtractPlanOptions, issues: TextIssue[]): { readonly identity: PlanIdentity; readonly sources: PlanDraft['identity'] } {
  const none = { start: 0, end: 0, quote: '' };
  const missing = (field: string, value: string): void => {
    issues.push({ code: 'identity_default', severity: 'warning', message: `the plan's ${field} is neither given nor in the text; the draft says ${value}`, span: none });
  };
  const dateYear = read.date === undefined ? undefined : Number(read.date.value.slice(0, 4));
  const period: PlanPeriod =
    options.period !== undefined
      ? periodOption(options.period)
      : (read.period ?? (options.year !== undefined ? { from: options.year, to: options.year + 4, base: options.year - 1 } : dateYear !== undefined ? { from: dateYear, to: dateYear + 4, base: dateYear - 1 } : { from: 2021, to: 2025, base: 2020, name: '十四五' }));
  if (options.period === undefined && read.period === undefined) missing('period', `${period.from}–${period.to} (base ${period.base})`);
  const year = options.year ?? dateYear ?? read.docYear ?? read.published ?? period.from;
  // The year the text implies (the year of an annual plan's title, the year after a review's last) counts as read.
  if (options.year === undefined && dateYear === undefined && read.docYear === undefined && read.published === undefined) missing('year of issue', String(year));
  // The title and issuer as the input writes them (the folded copy turns （） into ()).
  const written = (r: { readonly start: number; readonly end: number } | undefined): string | undefined =>
    r === undefined ? undefined : text.slice(r.start, r.end).trim() || undefined;
  const title = options.title ?? written(read.title) ?? options.document ?? '未命名规划';
  if (options.title === undefined && read.title === undefined) missing('title', title);
  const issuer = options.issuer ?? written(read.issuer) ?? '未注明';
  if (options.issuer === undefined && read.issuer === undefined) missing('issuer', issuer);
  const date = options.date ?? read.date?.value;
  const id = options.id ?? `draft-${shortHash(title)}`;
  const identity: PlanIdentity = {
    id,
    title,
    issuer,
    year,
    period,
    source: { document: options.document ?? title, ...(options.url !== undefined && { url: options.url }), ...(date !== undefined && { date }) },
    note: 'Machine draft by growth-targets extract: unreviewed. Check every figure against its quote before use.',
  };
  const from = (option: unknown, found: unknown): IdentitySource => (option !== undefined ? 'option' : found !== undefined ? 'text' : 'default');
  return {
    identity,
    sources: {
      id: options.id !== undefined ? 'option' : 'default',
      title: from(options.title, read.title),
      issuer: from(options.issuer, read.issuer),
      year: from(options.year, dateYear ?? read.docYear ?? read.published),
      period: from(options.period, read.period),
      date: from(options.date, read.date),
    },
  };
}

const SKIP_ISSUES: Readonly<Record<Skip['reason'], readonly [TextIssueCode, TextIssue['severity']]>> = {
  benchmark: ['not_a_figure', 'info'],
  modifier: ['not_a_figure', 'info'],
  quota: ['not_a_figure', 'info'],
  code: ['not_a_figure', 'info'],
  no_unit: ['no_unit', 'warning'],
  no_name: ['no_name', 'warning'],
  too_many: ['too_many_figures', 'warning'],
  unavailable_type: ['type_unavailable', 'warning'],
  bad_years: ['bad_years', 'warning'],
  long_number: ['long_number', 'info'],
};

/** Keeps the first {@link MAX_ISSUES} issues, warnings first, in the order of the text. */
function capIssues(issues: readonly TextIssue[]): TextIssue[] {
  const ordered = [...issues].sort((a, b) => (a.severity === b.severity ? a.span.start - b.span.start : a.severity === 'warning' ? -1 : 1));
  if (ordered.length <= MAX_ISSUES) return ordered;
  const kept = ordered.slice(0, MAX_ISSUES - 1);
  kept.push({
    code: 'too_many_issues',
    severity: 'info',
    message: `${ordered.length - kept.length} further issues are left out`,
    span: { start: 0, end: 0, quote: '' },
  });
  return kept;
}

/**
 * Drafts a plan from the text of a Chinese plan document: its indicators (named from each
 * figure's clause, grouped so that clauses about one indicator meet), its figures (value as
 * written, unit, year or years, qualifiers, role) and the relations the text states (growth
 * targets, historical CAGRs, shares, sums, points changes, cumulative changes and totals,
 * multiples). Every figure and relation carries its source span and a confidence in [0, 1];
 * what the reader could not place comes back as an issue with its span. The plan's identity
 * comes from the options, else from the text (its title line, 〔2014〕 document number, date of
 * issue, the years its targets run to), else from reported defaults. The draft plan always loads:
 * `parsePlan` of its file and `checkPlan` accept it.
 *
 * Never throws on text; reading is linear in its length.
 *
 * @throws `invalid_option` for a malformed option (an id outside `[a-z0-9_-]+`, a year outside
 *   1900..2100, a `minConfidence` outside [0, 1], text that is not a string);
 *   `invalid_period` for an unknown five-year plan name.
 * @example
 * const draft = extractPlan('2012年新产品销售收入928.4亿元。新产品销售收入在2012年928.4亿元的基础上，年均增长10%，到2020年达到2000亿元以上。')
 * draft.plan.relations.map((r) => r.kind) //=> ['growth_target']
 * draft.plan.figures.map((f) => f.value) //=> ['928.4', '10', '2000']
 */
export function extractPlan(text: string, options?: ExtractPlanOptions): PlanDraft {
  if (typeof text !== 'string') throw argError('invalid_option', 'text', text, 'must be a string');
  const checked = checkOptions(options);
  const folded = foldText(text);
  const paragraphs = segment(folded);
  const issues: TextIssue[] = [];
  const { identity, sources } = identityOf(text, readIdentity(folded, paragraphs), checked, issues);
  const { candidates, skips } = readDocument(folded, paragraphs, { period: identity.period, published: identity.year, reviewed: reviewedYear(identity) });
  for (const s of skips) {
    const [code, severity] = SKIP_ISSUES[s.reason];
    issues.push({ code, severity, message: `${text.slice(s.start, s.end)}: ${s.detail ?? s.reason}`, span: spanOf(text, s.start, s.end) });
  }
  const found = findRelations(candidates, identity.period);
  for (const p of found.pending) {
    issues.push({ code: 'relation_unavailable', severity: 'warning', message: `a relation of kind ${p.kind} is stated here; the plan format does not have that kind yet`, span: spanOf(text, p.span.start, p.span.end) });
  }
  for (const list of found.unsummed) {
    const [total, ...parts] = list;
    if (total === undefined) continue;
    issues.push({
      code: 'parts_not_summed',
      severity: 'info',
      message: `the ${parts.length} parts listed after ${total.value}${total.unit} do not come near it: read as naming some parts only, not as a sum`,
      span: spanOf(text, total.clause.start, (parts[parts.length - 1] ?? total).clause.end),
    });
  }
  const assembled = assemble({
    text,
    identity,
    candidates,
    relations: found.relations,
    minConfidence: checked.minConfidence ?? DEFAULT_MIN_CONFIDENCE,
  });
  return {
    plan: assembled.plan,
    figures: assembled.figures,
    relations: assembled.relations,
    issues: capIssues([...issues, ...assembled.issues]),
    identity: sources,
  };
}
