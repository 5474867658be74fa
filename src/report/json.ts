/**
 * The machine format: the reports as JSON, every decimal as an exact `toFixed` string.
 *
 * Units: a number always means what its `unit` says. A quantity in `%` is written as a percent
 * number (a stated rate of 10% is `{ value: "10", unit: "%" }`, its interval and the required
 * rate too); a quantity in 个百分点 is in points; the absolute gap of a `%` quantity is in
 * percentage points (`gap.unit: "个百分点"`), of any other in the stated unit; `gap.relative` is a
 * plain ratio (−0.005 is 0.5% short).
 *
 * Size: a report of up to {@link PRETTY_FINDINGS} findings is indented by two spaces; a larger
 * one is written with one plan's head and each finding on a line of its own, so that 10,000
 * relations do not cost tens of millions of characters of indentation. Either way the output comes
 * in pieces (one per finding), so a caller can write it without holding it whole.
 */
import type { Finding, FigureValue, PlanReport } from '../check/index.js';
import type { Interval } from '../math/interval.js';
import { D } from '../math/decimal.js';
import type { Context } from './context.js';
import { inUnit, isPercent } from './json-units.js';

/** Deep copy with decimals as exact strings (never exponent notation). */
export function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (D.isDecimal(value)) return (value as D).toFixed();
  if (Array.isArray(value)) return value.map(toPlain);
  // Keys and an indexed loop, not Object.entries: no [key, value] pair per field of 10,000 findings.
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const v = (value as Readonly<Record<string, unknown>>)[key];
    if (v !== undefined) out[key] = toPlain(v);
  }
  return out;
}

/** Above this many findings in all, the JSON format writes a finding per line instead of indenting. */
export const PRETTY_FINDINGS = 2000;

function intervalIn(iv: Interval, unit: string): { readonly lo: D; readonly hi: D } {
  return { lo: inUnit(iv.lo, unit), hi: inUnit(iv.hi, unit) };
}

function figureJson(f: FigureValue): FigureValue {
  return { ...f, value: inUnit(f.value, f.unit), interval: intervalIn(f.interval, f.unit) };
}

/** A finding as JSON writes it: numbers in their units (see the module's notes), and its message. */
function findingJson(finding: Finding, message: string): unknown {
  const unit = finding.implied?.unit ?? finding.stated?.unit;
  const gapUnit = unit === undefined ? undefined : isPercent(unit) ? '个百分点' : unit;
  return toPlain({
    ...finding,
    ...(finding.stated !== undefined && { stated: figureJson(finding.stated) }),
    ...(finding.implied !== undefined && {
      implied: { value: inUnit(finding.implied.value, finding.implied.unit), interval: intervalIn(finding.implied.interval, finding.implied.unit), unit: finding.implied.unit },
    }),
    ...(finding.gap !== undefined && {
      gap: {
        absolute: unit === undefined ? finding.gap.absolute : inUnit(finding.gap.absolute, unit),
        relative: finding.gap.relative,
        ...(gapUnit !== undefined && { unit: gapUnit }),
      },
    }),
    ...(finding.required !== undefined && { required: { ...finding.required, value: inUnit(finding.required.value, finding.required.unit) } }),
    figures: finding.figures.map(figureJson),
    message,
  });
}

/** `JSON.stringify(value, null, 2)` as it would appear `depth` levels deep. */
function nested(value: unknown, depth: number, pretty: boolean): string {
  if (!pretty) return JSON.stringify(value);
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${'  '.repeat(depth)}`);
}

/**
 * The JSON document of {@link formatJson} in pieces: the head, then a piece per finding, then the
 * rest of each plan, then the end. Joined, the pieces are the document.
 */
export function* jsonPieces(reports: readonly PlanReport[], context: Context): Generator<string> {
  const total = reports.reduce((n, r) => n + r.findings.length, 0);
  const pretty = total <= PRETTY_FINDINGS;
  const nl = pretty ? '\n' : '';
  const pad = (depth: number): string => (pretty ? '  '.repeat(depth) : '');
  const key = (name: string): string => (pretty ? `"${name}": ` : `"${name}":`);
  yield `{${nl}`;
  if (context.version !== undefined) yield `${pad(1)}${key('version')}${JSON.stringify(context.version)},${nl}`;
  yield `${pad(1)}${key('plans')}[`;
  for (const [p, report] of reports.entries()) {
    yield `${p === 0 ? '' : ','}${pretty ? `\n${pad(2)}{\n` : '\n{'}`;
    yield `${pad(3)}${key('plan')}${nested(toPlain(report.plan), 3, pretty)},${nl}`;
    yield `${pad(3)}${key('counts')}${nested(toPlain(report.counts), 3, pretty)},${nl}`;
    yield `${pad(3)}${key('findings')}[`;
    for (const [i, finding] of report.findings.entries()) {
      yield `${i === 0 ? '' : ','}\n${pad(4)}${nested(findingJson(finding, context.sentence(finding)), 4, pretty)}`;
    }
    yield report.findings.length === 0 ? `],${nl}` : `\n${pad(3)}],${nl}`;
    yield `${pad(3)}${key('targets')}${nested(toPlain(report.targets), 3, pretty)},${nl}`;
    yield `${pad(3)}${key('issues')}${nested(toPlain(report.issues), 3, pretty)}${nl}`;
    yield `${pad(2)}}`;
  }
  yield reports.length === 0 ? `]${nl}}\n` : `\n${pad(1)}]${nl}}\n`;
}

/**
 * Formats reports as JSON: `{ version, plans: [{ plan, counts, findings, targets, issues }] }`,
 * each finding with its rendered `message`; decimals are `toFixed` strings, in the units their
 * `unit` names (a `%` quantity as a percent number).
 *
 * @example
 * JSON.parse(formatJson([report], context)).plans[0].findings[0].implied.value //=> '1990.10780…'
 */
export function formatJson(reports: readonly PlanReport[], context: Context): string {
  return [...jsonPieces(reports, context)].join('');
}
