/**
 * Decompositions as text, JSON or Markdown: a table of annual targets per target (with actuals,
 * the recomputed targets), a flow's monthly or quarterly cumulative targets, and the sub-unit
 * splits with their check and ranking.
 */
import type { Lang } from '../check/index.js';
import { argError, isRecord, kindOf, madeBy, optionsOf } from '../errors.js';
import { langOf } from './context.js';
import type { D } from '../math/index.js';
import { formatFixed } from '../math/index.js';
import type { DecompositionReport, TargetDecomposition, UnitSplit, YearMethod } from '../monitor/index.js';
import { toPlain } from './json.js';
import { decompositionInUnits } from './json-units.js';
import { escapeCell } from './markdown.js';
import { columns, monitorWords, percent, ratio, share, showNumber, type MonitorWords } from './monitor-words.js';
import { formatActualsIssue } from './monitor.js';

/** The formats of {@link formatDecomposition}. */
export type DecompositionFormat = 'text' | 'json' | 'markdown';

/** Every decomposition format, the default first. */
export const DECOMPOSITION_FORMATS: readonly DecompositionFormat[] = ['text', 'json', 'markdown'];

/** Options of {@link formatDecomposition}. */
export interface DecompositionFormatOptions {
  /** Default `en`. */
  readonly lang?: Lang;
  readonly version?: string;
}

/** A value of a decomposition in its unit (cumulative changes signed). */
function value(t: Pick<TargetDecomposition, 'unit' | 'figure'>, x: D): string {
  if (t.figure === 'rate' || t.figure === 'change') return percent(x, 2, true);
  return t.unit === '倍' ? `${formatFixed(x, 3)}倍` : showNumber(x, t.unit);
}

/** A year's change in its method's terms. */
function change(t: Pick<TargetDecomposition, 'unit' | 'method'>, method: YearMethod, x: D): string {
  if (method === 'rate' || method === 'cumulative') return percent(x, 2, true);
  if (method === 'increment') return t.unit === '%' || t.unit.endsWith('%') ? `${x.times(100).toFixed(2)}个百分点` : showNumber(x, t.unit, true);
  return showNumber(x, t.unit);
}

/** How the remaining years' need is written: a rate, points or an amount a year. */
function needed(t: TargetDecomposition, x: D): string {
  return t.method === 'equal' ? showNumber(x, t.unit) : change(t, t.method, x);
}

function headOf(t: TargetDecomposition, w: MonitorWords): string {
  const step = t.method === 'equal' ? showNumber(t.step, t.unit) : change(t, t.method, t.step);
  const indexed = t.figure === 'rate' || t.figure === 'change' || t.figure === 'multiple';
  const base = t.base === undefined || indexed ? '' : ` · ${t.from}: ${showNumber(t.base, t.unit)}`;
  return `${t.subject}  ${w.goal(t.figure, t.text)} (${t.from}→${t.to}) · ${w.methods[t.method]} ${step}${base}`;
}

function yearTable(t: TargetDecomposition, w: MonitorWords, withActuals: boolean): readonly (readonly string[])[] {
  const flow = t.measure === 'flow';
  const header = [w.year, w.planned, flow ? w.cumulative : '', ...(withActuals ? [w.actual, w.rolling, w.required] : [])];
  const rows = t.rows.map((r) => [
    String(r.year),
    flow ? showNumber(r.planned, t.unit) : `${value(t, r.planned)}${t.method === 'rate' || t.method === 'increment' ? ` (${change(t, t.method, r.change)})` : ''}`,
    flow && r.cumulative !== undefined ? showNumber(r.cumulative, t.unit) : '',
    ...(withActuals
      ? [
          r.actual === undefined ? '—' : flow ? showNumber(r.actual, t.unit) : value(t, r.actual),
          r.rolling === undefined ? '' : flow ? showNumber(r.rolling, t.unit) : value(t, r.rolling),
          r.required === undefined ? '' : needed(t, r.required),
        ]
      : []),
  ]);
  const used = header.map((_, j) => j === 0 || rows.some((r) => r[j] !== ''));
  const keep = (row: readonly string[]) => row.filter((_, j) => used[j] === true);
  return [keep(header), ...rows.map(keep)];
}

function splitRows(s: UnitSplit, w: MonitorWords): readonly (readonly string[])[] {
  const head = [w.parts, w.amount, w.share, w.statedShare, w.statedAmount];
  const unit = s.kind === 'shares' ? (s.amountUnit ?? '') : s.unit;
  const rows = s.parts.map((p) => [
    p.subject,
    p.amount === undefined ? '' : showNumber(p.amount, unit),
    percent(p.share),
    p.statedShare === undefined ? '' : percent(p.statedShare),
    p.statedAmount === undefined ? '' : showNumber(p.statedAmount, unit),
  ]);
  const used = head.map((_, j) => j === 0 || rows.some((r) => r[j] !== ''));
  const keep = (row: readonly string[]) => row.filter((_, j) => used[j] === true);
  return [keep(head), ...rows.map(keep)];
}

function splitHead(s: UnitSplit, w: MonitorWords): string {
  const total = s.total.figure === undefined ? '100%' : `${s.total.subject} ${s.total.text}${s.total.year === undefined ? '' : ` (${s.total.year})`}`;
  const sum = s.kind === 'shares' ? percent(s.sum) : showNumber(s.sum, s.unit);
  const gap = s.gap.isZero() ? '' : ` (${s.kind === 'shares' ? percent(s.gap, 2, true) : showNumber(s.gap, s.unit, true)})`;
  return `${total} = Σ ${s.parts.length} → ${sum}${gap}: ${w.verdicts[s.verdict]}`;
}

function formatText(report: DecompositionReport, lang: Lang): string {
  const w = monitorWords(lang);
  const lines: string[] = [`${report.plan.title} · ${w.decomposition} (${report.by})`];
  if (report.asOf !== undefined) lines.push(`  ${w.asOf} ${report.asOf}`);
  if (report.illustrative) lines.push(`  * ${w.illustrativeData}`);
  for (const i of report.issues) lines.push(`  ${formatActualsIssue(i)}`);
  const withActuals = report.asOf !== undefined;
  for (const t of report.targets) {
    lines.push('', `  ${headOf(t, w)}`);
    if (t.periods !== undefined) {
      for (const p of t.periods) {
        lines.push(`    ${p.year}: ${p.targets.map((x) => `${report.by === 'quarter' ? 'Q' : ''}${x.period}${report.by === 'month' ? (lang === 'zh' ? '月' : 'm') : ''} ${showNumber(x.cumulative, t.unit)}`).join(' · ')}`);
      }
    } else {
      for (const l of columns(yearTable(t, w, withActuals))) lines.push(`    ${l}`);
    }
  }
  for (const s of report.splits) {
    lines.push('', `  ${splitHead(s, w)}  [${s.relation}]`);
    for (const l of columns(splitRows(s, w), [false, true, true, true, true])) lines.push(`    ${l}`);
    if (s.ranking !== undefined) {
      lines.push(`    ${w.rank} (${w.completion}):`);
      const rows = s.ranking.map((u) => [`${u.rank}.`, `${u.subject}${u.illustrative ? '*' : ''}`, ratio(u.completion), `${w.progress} ${share(u.progress)}`, w.labels[u.label]]);
      for (const l of columns(rows, [true, false, true, false, false])) lines.push(`      ${l}`);
    }
  }
  if (report.targets.length === 0 && report.splits.length === 0) lines.push('', `  ${w.none}`);
  if (report.skipped.length > 0) {
    lines.push('', `  ${w.skipped} (${report.skipped.length}):`);
    const groups = new Map<string, string[]>();
    for (const s of report.skipped) groups.set(s.reason, [...(groups.get(s.reason) ?? []), `${s.subject} ${s.text}`]);
    for (const [reason, list] of groups) lines.push(`    ${w.skips[reason as keyof MonitorWords['skips']]} (${list.length}): ${list.join('; ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function markdownTable(rows: readonly (readonly string[])[]): string[] {
  const [head, ...body] = rows;
  if (head === undefined) return [];
  return [`| ${head.map(escapeCell).join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(escapeCell).join(' | ')} |`)];
}

function formatMarkdown(report: DecompositionReport, lang: Lang): string {
  const w = monitorWords(lang);
  const out: string[] = [`### ${escapeCell(report.plan.title)} · ${w.decomposition} (${report.by})`, ''];
  if (report.asOf !== undefined) out.push(`${w.asOf} ${report.asOf}`, '');
  if (report.illustrative) out.push(`> \\* ${escapeCell(w.illustrativeData)}`, '');
  const withActuals = report.asOf !== undefined;
  for (const t of report.targets) {
    out.push(`**${escapeCell(headOf(t, w))}**`, '');
    if (t.periods !== undefined) {
      const n = t.periods[0]?.targets.length ?? 0;
      const head = [w.year, ...Array.from({ length: n }, (_, k) => (report.by === 'quarter' ? `Q${k + 1}` : `${k + 1}`))];
      out.push(...markdownTable([head, ...t.periods.map((p) => [String(p.year), ...p.targets.map((x) => showNumber(x.cumulative, t.unit))])]), '');
    } else {
      out.push(...markdownTable(yearTable(t, w, withActuals)), '');
    }
  }
  for (const s of report.splits) {
    out.push(`**${escapeCell(splitHead(s, w))}** \`${s.relation}\``, '', ...markdownTable(splitRows(s, w)), '');
    if (s.ranking !== undefined) {
      out.push(
        ...markdownTable([
          [w.rank, w.parts, w.completion, w.progress, w.label],
          ...s.ranking.map((u) => [String(u.rank), `${u.subject}${u.illustrative ? '*' : ''}`, ratio(u.completion), share(u.progress), w.labels[u.label]]),
        ]),
        '',
      );
    }
  }
  if (report.skipped.length > 0) {
    out.push(`<details><summary>${w.skipped} (${report.skipped.length})</summary>`, '');
    for (const s of report.skipped) out.push(`- ${escapeCell(`${s.subject} ${s.text}: ${w.skips[s.reason]}`)}`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

/**
 * Renders a decomposition:
 * - `text`: per target its method and a table of years (target, and with actuals the actual, the
 *   target recomputed after the previous year and what the remaining years need), or by month or
 *   quarter each year's cumulative targets; per split the parts, shares, the check and a ranking;
 * - `json`: `{ version, decomposition }` with every decimal an exact `toFixed` string in the unit
 *   beside it (levels in `unit`, % as percent numbers; `change` in `changeUnit`, `step` and
 *   `required` in `stepUnit`);
 * - `markdown`: the same tables in Markdown.
 *
 * @throws `invalid_option` for an unknown format or language.
 * @example
 * formatDecomposition(decomposePlan(plan), 'text', { lang: 'en' }).startsWith(plan.title) //=> true
 */
export function formatDecomposition(report: DecompositionReport, format: DecompositionFormat, given: DecompositionFormatOptions = {}): string {
  if (!(DECOMPOSITION_FORMATS as readonly unknown[]).includes(format)) throw argError('invalid_option', 'format', format, `must be one of ${DECOMPOSITION_FORMATS.join(', ')}`);
  const options = optionsOf(given);
  const lang = langOf(options.lang);
  if (options.version !== undefined && typeof options.version !== 'string') throw argError('invalid_option', 'options.version', options.version, 'must be a string');
  if (!isRecord(report)) throw argError('invalid_argument', 'report', report, `must be a decomposition (as decomposePlan returns), not ${kindOf(report)}`);
  return madeBy('report', 'decomposePlan', () => {
    if (format === 'text') return formatText(report, lang);
    if (format === 'markdown') return formatMarkdown(report, lang);
    return `${JSON.stringify({ ...(options.version !== undefined && { version: options.version }), decomposition: toPlain(decompositionInUnits(report)) }, null, 2)}\n`;
  });
}
