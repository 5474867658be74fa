/**
 * A draft as a plan file in the style of seeds/*.yaml: a header marking it unreviewed, the
 * `$schema` line, indicators as flow mappings, figures as block mappings with their quotes and a
 * comment giving each one's confidence, relations, and the issues an analyst should look at.
 * `parsePlan` of the text gives back the draft's plan.
 */
import { argError, isRecord, kindOf, madeBy, optionsOf } from '../errors.js';
import type { Figure, Indicator, Plan, Relation } from '../plan/index.js';
import { defaultUnit, RELATION_SLOTS } from '../plan/index.js';
import { PLAIN_SCALAR, YAML_KEYWORD } from './patterns.js';
import type { PlanDraft, TextIssue } from './types.js';

/** Options of {@link formatDraft}. */
export interface FormatDraftOptions {
  /** The `$schema` line's path. Default: the schema shipped in the package, under node_modules. */
  readonly schema?: string;
  /** Issues listed at the end, at most this many (default 200). */
  readonly maxIssues?: number;
}

/** The default `$schema` path: the package's schema as installed next to the plan. */
export const DRAFT_SCHEMA = './node_modules/growth-targets/src/plan/plan.schema.json';

const NEEDS_ESCAPE = new Set([0x22, 0x5c]);

/** A string as a YAML double-quoted scalar: control, private-use and lone-surrogate characters escaped. */
function quoted(text: string): string {
  let out = '"';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const high = c >= 0xd800 && c <= 0xdbff;
    const low = c >= 0xdc00 && c <= 0xdfff;
    if (high && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += text.slice(i, i + 2);
      i++;
    } else if (NEEDS_ESCAPE.has(c)) {
      out += `\\${text[i]}`;
    } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || high || low || (c >= 0xe000 && c <= 0xf8ff) || c === 0x2028 || c === 0x2029 || c === 0xfeff || c >= 0xfffe) {
      out += `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`;
    } else {
      out += text[i];
    }
  }
  return `${out}"`;
}

/** A string as a YAML scalar: plain when that is safe in flow and block context, else double-quoted. */
function scalar(text: string): string {
  return PLAIN_SCALAR.test(text) && !YAML_KEYWORD.test(text) ? text : quoted(text);
}

/** A flow mapping of simple values (`{ from: 2013, to: 2020, base: 2012 }`). */
function flow(entries: readonly (readonly [string, string | number | undefined])[]): string {
  const parts = entries.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}: ${typeof v === 'number' ? v : scalar(v as string)}`);
  return `{ ${parts.join(', ')} }`;
}

/** A comment line: one line, no control characters. */
function comment(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    out += c < 0x20 || c === 0x2028 || c === 0x2029 || (c >= 0x7f && c <= 0x9f) ? ' ' : ch;
  }
  return out.length > 160 ? `${out.slice(0, 159)}…` : out;
}

function indicatorLine(i: Indicator): string {
  return `  - ${flow([
    ['id', i.id],
    ['name', i.name],
    ['unit', i.unit],
    ['kind', i.kind],
    ['prices', i.prices],
    ['scope', i.scope],
    ['note', i.note],
  ])}`;
}

function figureLines(f: Figure, plan: Plan, confidence: number | undefined, notes: readonly string[]): string[] {
  const lines: string[] = [];
  const about = [confidence === undefined ? undefined : `confidence ${confidence.toFixed(2)}`, ...notes].filter((x): x is string => x !== undefined);
  if (about.length > 0) lines.push(`  # ${comment(about.join('; '))}`);
  lines.push(`  - id: ${f.id}`, `    indicator: ${f.indicator}`, `    type: ${f.type}`);
  if (f.year !== undefined) lines.push(`    year: ${f.year}`);
  if (f.from !== undefined) lines.push(`    from: ${f.from}`);
  if (f.to !== undefined) lines.push(`    to: ${f.to}`);
  lines.push(`    value: ${quoted(f.value)}`);
  if (f.high !== undefined) lines.push(`    high: ${quoted(f.high)}`);
  const indicatorUnit = plan.indicators.find((i) => i.id === f.indicator)?.unit;
  if (f.unit !== undefined && f.unit !== defaultUnit(f.type, indicatorUnit)) lines.push(`    unit: ${scalar(f.unit)}`);
  if (f.qualifiers.length === 1) lines.push(`    qualifier: ${scalar(f.qualifiers[0] as string)}`);
  if (f.qualifiers.length > 1) lines.push(`    qualifier: [${f.qualifiers.map(scalar).join(', ')}]`);
  // The reader's reading of the role, always written so that a reviewer sees it (the loader would infer one when left out).
  lines.push(`    role: ${f.role}`);
  if (f.doubling === true) lines.push('    doubling: true');
  if (f.prices !== undefined) lines.push(`    prices: ${f.prices}`);
  if (f.precision !== undefined) {
    const p = f.precision;
    lines.push(`    precision: ${typeof p === 'string' ? p : 'decimals' in p ? `{ decimals: ${p.decimals} }` : `{ halfWidth: ${quoted(p.halfWidth)} }`}`);
  }
  if (f.quote !== undefined) lines.push(`    quote: ${scalar(f.quote)}`);
  if (f.note !== undefined) lines.push(`    note: ${scalar(f.note)}`);
  return lines;
}

function relationLines(r: Relation, confidence: number | undefined): string[] {
  const lines: string[] = [];
  if (confidence !== undefined) lines.push(`  # confidence ${confidence.toFixed(2)}`);
  lines.push(`  - id: ${r.id}`, `    kind: ${r.kind}`);
  const record = r as unknown as Readonly<Record<string, unknown>>;
  const slots = (RELATION_SLOTS as unknown as Readonly<Record<string, readonly { readonly key: string }[]>>)[r.kind] ?? [];
  for (const { key } of slots) {
    const v = record[key];
    if (Array.isArray(v)) lines.push(`    ${key}: [${v.map((x) => scalar(String(x))).join(', ')}]`);
    else if (typeof v === 'string') lines.push(`    ${key}: ${scalar(v)}`);
  }
  if (r.caveats !== undefined && r.caveats.length > 0) lines.push(`    caveats: [${r.caveats.join(', ')}]`);
  if (r.quote !== undefined) lines.push(`    quote: ${scalar(r.quote)}`);
  if (r.note !== undefined) lines.push(`    note: ${scalar(r.note)}`);
  return lines;
}

function issueLine(i: TextIssue): string {
  const where = i.span.end > i.span.start ? ` at ${i.span.start}: ${i.span.quote}` : '';
  return `#   [${i.code}] ${comment(`${i.message}${where}`)}`;
}

/**
 * Writes a draft as a plan file (YAML) in the style of the seed plans: marked unreviewed at the
 * top (a comment, and a `note` saying it is a machine draft), each figure with its confidence in
 * a comment above it, the issues an analyst should look at listed at the end. Reading the text
 * back with `parsePlan` gives the draft's plan.
 *
 * @throws `invalid_option` when `maxIssues` is not a whole number ≥ 0.
 * @example
 * formatDraft(extractPlan(text)).startsWith('# Machine draft') //=> true
 * parsePlan(formatDraft(draft)).ok //=> true
 */
export function formatDraft(draft: PlanDraft, givenOptions: FormatDraftOptions = {}): string {
  // Contract checks on the arguments (issue 10): options an object, the draft as extractPlan makes it.
  const options = optionsOf(givenOptions);
  if (!isRecord(draft)) throw argError('invalid_argument', 'draft', draft, `must be a draft (as extractPlan returns), not ${kindOf(draft)}`);
  return madeBy('draft', 'extractPlan', () => draftText(draft, options));
}

function draftText(draft: PlanDraft, options: FormatDraftOptions): string {
  const maxIssues = options.maxIssues ?? 200;
  if (!Number.isInteger(maxIssues) || maxIssues < 0) throw argError('invalid_option', 'options.maxIssues', maxIssues, 'must be a whole number ≥ 0');
  const { plan } = draft;
  const confidence = new Map(draft.figures.map((f) => [f.id, f] as const));
  const relationConfidence = new Map(draft.relations.map((r) => [r.id, r.confidence] as const));
  const defaults = Object.entries(draft.identity).filter(([field, source]) => source === 'default' && field !== 'id').map(([field]) => field);
  const lines: string[] = [
    `# Machine draft by growth-targets extract: unreviewed. Check every figure against its quote before use;`,
    `# the confidences are the reader's, not facts. ${plan.figures.length} figures, ${plan.relations.length} relations, ${draft.issues.filter((i) => i.severity === 'warning').length} warnings.`,
  ];
  if (defaults.length > 0) lines.push(`# Not in the text, set by hand: ${defaults.join(', ')}.`);
  lines.push(`$schema: ${scalar(options.schema ?? DRAFT_SCHEMA)}`);
  lines.push(`id: ${scalar(plan.id)}`, `title: ${scalar(plan.title)}`, `issuer: ${scalar(plan.issuer)}`, `year: ${plan.year}`);
  lines.push(`period: ${flow([['from', plan.period.from], ['to', plan.period.to], ['base', plan.period.base], ['name', plan.period.name]])}`);
  lines.push(`source: ${flow([['document', plan.source.document], ['url', plan.source.url], ['date', plan.source.date]])}`);
  if (plan.note !== undefined) lines.push(`note: ${scalar(plan.note)}`);
  if (plan.units !== undefined && plan.units.length > 0) {
    lines.push('', '# Units outside the library\'s table that the text writes: check each base and factor.', 'units:');
    for (const u of plan.units) lines.push(`  - ${flow([['symbol', u.symbol], ['base', u.base], ['factor', u.factor], ['note', u.note]])}`);
  }
  lines.push('', plan.indicators.length === 0 ? 'indicators: []' : 'indicators:');
  for (const i of plan.indicators) lines.push(indicatorLine(i));
  lines.push('', plan.figures.length === 0 ? 'figures: []' : 'figures:');
  for (const f of plan.figures) {
    const d = confidence.get(f.id);
    lines.push(...figureLines(f, plan, d?.confidence, d?.notes ?? []));
  }
  lines.push('', plan.relations.length === 0 ? 'relations: []' : 'relations:');
  for (const r of plan.relations) lines.push(...relationLines(r, relationConfidence.get(r.id)));
  const warnings = draft.issues.filter((i) => i.severity === 'warning');
  if (warnings.length > 0 && maxIssues > 0) {
    lines.push('', `# Not placed: ${warnings.length} warning(s) for the reviewer (offsets are UTF-16 positions in the source).`);
    for (const i of warnings.slice(0, maxIssues)) lines.push(issueLine(i));
    if (warnings.length > maxIssues) lines.push(`#   … and ${warnings.length - maxIssues} more`);
  }
  return `${lines.join('\n')}\n`;
}
