/**
 * Reading a plan file: text → syntax → schema → model → semantic validation. Data problems come
 * back as issues; only {@link loadPlan} throws.
 */
import type { z } from 'zod';
import { GrowthError } from '../errors.js';
import { nearest } from '../units/index.js';
import { RELATION_KINDS } from './relations.js';
import type { IssueSeverity, PlanIssue } from './issues.js';
import { PLAN_LIMITS } from './limits.js';
import type { Plan } from './model.js';
import { normalizePlan } from './normalize.js';
import { planFileSchema } from './schema.js';
import { readSource, tooManyIssues, type Path, type SourceMap } from './source.js';
import { validatePlan } from './validate.js';

/** Options of {@link parsePlan} and {@link loadPlan}. */
export interface ParsePlanOptions {
  /** The file name to put on issues (the caller reads the file; this module never does). */
  readonly file?: string;
  /** `json` also insists on strict JSON syntax; by default the format follows `file`'s extension, else YAML. */
  readonly format?: 'yaml' | 'json';
}

/** The result of {@link parsePlan}: the plan and its warnings, or the issues that stop it. */
export type PlanParseResult =
  | { readonly ok: true; readonly plan: Plan; readonly issues: readonly PlanIssue[] }
  | { readonly ok: false; readonly issues: readonly PlanIssue[] };

type ZodIssue = z.core.$ZodIssue;

const YEAR_KEYS: ReadonlySet<unknown> = new Set(['year', 'from', 'to', 'base']);

const describe = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
};

/**
 * The issues of one file: the first PLAN_LIMITS.maxIssues found (in reading order), and a count
 * of the others, reported as one last `too_many_issues` issue.
 */
class IssueList {
  private readonly kept: PlanIssue[] = [];
  private omitted = 0;
  /** How many of the omitted issues are errors (the others are warnings). */
  private omittedErrors = 0;

  constructor(private readonly file: string | undefined) {}

  /** True once no more issues are kept. */
  get full(): boolean {
    return this.kept.length >= PLAN_LIMITS.maxIssues;
  }

  /** Adds issues; a `too_many_issues` summary (the reader's) adds its count to the omitted ones. */
  add(issues: readonly PlanIssue[]): void {
    for (const issue of issues) {
      if (issue.code === 'too_many_issues') this.skip(typeof issue.value === 'number' ? issue.value : 0, issue.severity);
      else if (this.full) this.skip(1, issue.severity);
      else this.kept.push(issue);
    }
  }

  /** Counts issues left out without making them. */
  skip(n: number, severity: IssueSeverity): void {
    this.omitted += n;
    if (severity === 'error') this.omittedErrors += n;
  }

  get hasErrors(): boolean {
    return this.omittedErrors > 0 || this.kept.some((i) => i.severity === 'error');
  }

  /** The kept issues by position, then the summary. */
  list(): readonly PlanIssue[] {
    const sorted = [...this.kept].sort(byPosition);
    if (this.omitted === 0) return sorted;
    return [...sorted, tooManyIssues(this.omitted, this.file, this.omittedErrors > 0 ? 'error' : 'warning')];
  }
}

/** How far a union branch got: the deepest path of its issues, -1 for a type mismatch at its root. */
function branchDepth(issues: readonly ZodIssue[]): number {
  let depth = -1;
  for (const i of issues) if (!(i.code === 'invalid_type' && i.path.length === 0) && i.path.length > depth) depth = i.path.length;
  return depth;
}

/** Picks the union branch that got furthest: not a plain type mismatch at its root, deepest path. */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  let best: readonly ZodIssue[] | undefined;
  let bestDepth = -1;
  for (const b of branches) {
    const depth = branchDepth(b);
    if (depth >= 0 && (best === undefined || depth > bestDepth)) [best, bestDepth] = [b, depth];
  }
  return best;
}

/** How many plan issues a zod issue stands for (to count the ones left out). */
function issueCount(issue: ZodIssue): number {
  if (issue.code === 'unrecognized_keys') return issue.keys.length;
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    const branch = bestBranch(issue.errors);
    if (branch) return branch.reduce((n, i) => n + issueCount(i), 0);
  }
  return 1;
}

/** Turns zod issues into plan issues located in the file, as many as the list still keeps. */
function addZodIssues(issues: readonly ZodIssue[], prefix: Path, map: SourceMap, list: IssueList): void {
  for (const issue of issues) {
    if (list.full) list.skip(issueCount(issue), 'error');
    else if (issue.code === 'invalid_union' && issue.errors.length > 0 && bestBranch(issue.errors)) {
      addZodIssues(bestBranch(issue.errors) ?? [], [...prefix, ...pathOf(issue)], map, list);
    } else list.add(fromZod(issue, prefix, map));
  }
}

const pathOf = (issue: ZodIssue): Path => issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));

/** Turns one zod issue into plan issues located in the file (a union: see addZodIssues). */
function fromZod(issue: ZodIssue, prefix: Path, map: SourceMap): PlanIssue[] {
  const path: Path = [...prefix, ...pathOf(issue)];
  const input = (issue as { input?: unknown }).input;
  const where = path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => map.issue('unknown_field', [...path, key], `unknown field ${where}.${key}${splitValueHint(key)}`, { value: key, at: 'key' }));
    case 'invalid_value': {
      // An enum (a kind, a type, a qualifier): name the nearest allowed values, not all of them.
      const values = (issue as { values?: readonly unknown[] }).values ?? [];
      const allowed = values.filter((v): v is string => typeof v === 'string');
      if (allowed.length > 8 && typeof input === 'string') {
        const near = nearest(input, allowed);
        return [map.issue('invalid_value', path, `${where}: unknown value ${describe(input)}${near.length > 0 ? ` (nearest: ${near.join(', ')})` : ''}; see the JSON Schema for the ${allowed.length} allowed values`, { value: input })];
      }
      return [map.issue('invalid_value', path, `${where}: ${issue.message}, got ${describe(input)}`, { value: input })];
    }
    case 'invalid_type':
      return input === undefined
        ? [map.issue('missing_field', path, `missing field ${where}`)]
        : [map.issue('invalid_type', path, `${where} must be ${issue.expected}, got ${describe(input)}`, { value: input })];
    case 'too_small':
    case 'too_big':
      return YEAR_KEYS.has(path[path.length - 1])
        ? [map.issue('invalid_year', path, `${where} must be a year in 1900..2100, got ${describe(input)}`, { value: input })]
        : [map.issue('invalid_value', path, `${where}: ${issue.message}`, { value: input })];
    case 'invalid_union': {
      const discriminator = (issue as { discriminator?: unknown }).discriminator;
      if (typeof discriminator === 'string' && typeof input === 'object' && input !== null) {
        // A relation of an unknown kind: name its kind and the valid ones, not the whole object.
        const kind = (input as Record<string, unknown>)[discriminator];
        const at = path[path.length - 1] === discriminator ? path : [...path, discriminator];
        const named = at.map(String).join('.');
        if (kind === undefined) return [map.issue('missing_field', at, `missing field ${named} (one of ${RELATION_KINDS.join(', ')})`)];
        const near = typeof kind === 'string' ? nearest(kind, RELATION_KINDS) : [];
        return [
          map.issue('invalid_value', at, `${named}: unknown relation kind ${describe(kind)}${near.length > 0 ? ` (nearest: ${near.join(', ')})` : ''}; the kinds are ${RELATION_KINDS.join(', ')}`, {
            value: kind,
          }),
        ];
      }
      if (issue.errors.length === 0) {
        return input === undefined
          ? [map.issue('missing_field', path, `missing field ${where}`)]
          : [map.issue('invalid_value', path, `${where} has the unknown value ${describe(input)}`, { value: input })];
      }
      return [map.issue('invalid_type', path, `${where} has the wrong type, got ${describe(input)}`, { value: input })];
    }
    default:
      return [map.issue('invalid_value', path, `${where}: ${issue.message}, got ${describe(input)}`, { value: input })];
  }
}

/**
 * A hint for an unknown field that looks like the rest of a value: in a flow mapping ({ … }) an
 * ASCII comma ends an unquoted value, so `quote: 实现100亿元,比上年增长10%` leaves a field named
 * "比上年增长10%".
 */
function splitValueHint(key: string): string {
  return /^[A-Za-z_$][\w$-]*$/.test(key)
    ? ''
    : ' (it looks like the rest of the value before it: in a flow mapping { … } a comma ends an unquoted value; put the value in quotes)';
}

const byPosition = (a: PlanIssue, b: PlanIssue): number =>
  (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? Infinity) - (b.column ?? Infinity);

/**
 * Reads a plan file's text (YAML or JSON) into a validated {@link Plan}. Never throws on bad
 * data: syntax errors, schema problems and semantic problems come back as issues, each with
 * file, JSON path, line and column.
 *
 * The work for one file is bounded by {@link PLAN_LIMITS} (src/plan/limits.ts); a file past one
 * of them is refused with a `limit_exceeded` issue (a `syntax_error` for nesting) naming it:
 * - `maxTextLength`: 32 Mi characters (a generated plan of 50,000 relations has about 20 Mi);
 * - `maxNodes`: 4,000,000 YAML nodes, aliases counted as what they expand to (the 50,000-relation
 *   plan has 2.9 million); a longer text is first screened by its node marks, before parsing;
 * - `maxDepth`: 32 levels of nesting, checked before the parser recurses;
 * - `maxAliases`: 100 aliases; `maxAliasNodes`: 10,000 nodes that the aliases expand to;
 * - `maxIssues`: 100 issues, sorted by position, then one `too_many_issues` issue counting the rest.
 *
 * @example
 * parsePlan('id: x').ok //=> false
 * parsePlan(text, { file: 'plan.yaml' }).ok //=> true
 */
export function parsePlan(text: string, options: ParsePlanOptions = {}): PlanParseResult {
  const format = options.format ?? (options.file?.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
  const source = readSource(String(text), { ...(options.file !== undefined && { file: options.file }), format });
  if (!source.ok) return { ok: false, issues: source.issues };
  const { data, map } = source;
  const list = new IssueList(options.file);
  list.add(source.issues);
  const parsed = planFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) addZodIssues(parsed.error.issues, [], map, list);
  if (!parsed.success || list.hasErrors) return { ok: false, issues: list.list() };
  const plan = normalizePlan(parsed.data, map);
  list.add(validatePlan(plan, { map }));
  return list.hasErrors ? { ok: false, issues: list.list() } : { ok: true, plan, issues: list.list() };
}

/**
 * Reads a plan file's text like {@link parsePlan}, but returns the plan or throws.
 *
 * @throws {GrowthError} `invalid_plan` when the file has errors; `details.issues` lists them.
 * @example
 * loadPlan(text, { file: 'plan.yaml' }).figures[0].value //=> '928.4'
 */
export function loadPlan(text: string, options: ParsePlanOptions = {}): Plan {
  const result = parsePlan(text, options);
  if (result.ok) return result.plan;
  const first = result.issues[0];
  const where = first?.line === undefined ? '' : ` at line ${first.line}, column ${first.column ?? 1}`;
  throw new GrowthError(
    'invalid_plan',
    `${options.file ?? 'plan'} is not a valid plan: ${result.issues.length} issue(s); first${where}: ${first?.message ?? ''}`,
    { issues: result.issues, ...(options.file !== undefined && { file: options.file }) },
  );
}
