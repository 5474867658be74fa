/**
 * Reading a plan file: text → syntax → schema → model → semantic validation. Data problems come
 * back as issues; only {@link loadPlan} throws.
 */
import type { z } from 'zod';
import { argError, GrowthError, isRecord, kindOf, optionsOf, show } from '../errors.js';
import { nearest } from '../units/index.js';
import { RELATION_KINDS } from './relations.js';
import type { IssueSeverity, PlanIssue } from './issues.js';
import { PLAN_LIMITS } from './limits.js';
import type { Plan, PlanLocations, SourceLocation } from './model.js';
import { normalizePlan } from './normalize.js';
import { planFileSchema } from './schema.js';
import { readSource, tooManyIssues, type Path, type SourceMap } from './source.js';
import { validatePlan } from './validate.js';
import { isTrusted, trust } from './trusted.js';

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
 * file, JSON path, line and column. The plan it returns is deep-frozen and carries the places of
 * its relations and figures in the file ({@link Plan.locations}).
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
 * @throws `invalid_argument` when text is not a string; `invalid_option` for options that are not
 *   an object or an unknown `format` (contract violations, not data problems).
 * @example
 * parsePlan('id: x').ok //=> false
 * parsePlan(text, { file: 'plan.yaml' }).ok //=> true
 */
export function parsePlan(text: string, options: ParsePlanOptions = {}): PlanParseResult {
  if (typeof text !== 'string') throw argError('invalid_argument', 'text', text, `must be the text of a plan file (a string), not ${kindOf(text)}`);
  const { file, format: given } = optionsOf(options);
  if (file !== undefined && typeof file !== 'string') throw argError('invalid_option', 'options.file', file, 'must be a string');
  if (given !== undefined && given !== 'yaml' && given !== 'json') throw argError('invalid_option', 'options.format', given, "must be 'yaml' or 'json'");
  const format = given ?? (file?.toLowerCase().endsWith('.json') ? 'json' : 'yaml');
  const source = readSource(text, { ...(file !== undefined && { file }), format });
  if (!source.ok) return { ok: false, issues: source.issues };
  const list = new IssueList(file);
  list.add(source.issues);
  return planOfData(source.data, source.map, list, file, true);
}

/**
 * The schema, normalisation and (with `semantic`) the semantic rules, over data read from a file
 * or given as an object. The plan is deep-frozen and trusted (trusted.ts).
 */
function planOfData(data: unknown, map: SourceMap, list: IssueList, file: string | undefined, semantic: boolean): PlanParseResult {
  const parsed = planFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) addZodIssues(parsed.error.issues, [], map, list);
  if (!parsed.success || list.hasErrors) return { ok: false, issues: list.list() };
  const normalized = normalizePlan(parsed.data, map);
  if (semantic) list.add(validatePlan(normalized, { map }));
  if (list.hasErrors) return { ok: false, issues: list.list() };
  return { ok: true, plan: trust(withLocations(normalized, locationsOf(normalized, map, file))), issues: list.list() };
}

/**
 * The plan with its locations as a non-enumerable property: there to read, but no part of the
 * plan's content (deep equality, JSON and object spread leave it out).
 */
function withLocations(plan: Plan, locations: PlanLocations | undefined): Plan {
  if (locations === undefined) return plan;
  return Object.defineProperty({ ...plan }, 'locations', { value: locations, enumerable: false, writable: false, configurable: false });
}

/** The places of the relations and figures (undefined when the map knows no lines: data, not text). */
function locationsOf(plan: Plan, map: SourceMap, file: string | undefined): PlanLocations | undefined {
  const at = (path: Path): SourceLocation | undefined => {
    const { line, column } = map.issue('invalid_value', path, '');
    return line === undefined || column === undefined ? undefined : file === undefined ? { line, column } : { file, line, column };
  };
  const relations: Record<string, SourceLocation> = Object.create(null) as Record<string, SourceLocation>;
  const figures: Record<string, SourceLocation> = Object.create(null) as Record<string, SourceLocation>;
  let found = false;
  plan.relations.forEach((r, i) => {
    const position = at(['relations', i]);
    if (position !== undefined) [relations[r.id], found] = [position, true];
  });
  plan.figures.forEach((f, i) => {
    const position = at(['figures', i]);
    if (position !== undefined) [figures[f.id], found] = [position, true];
  });
  return found ? { ...(file !== undefined && { file }), relations, figures } : undefined;
}

/** A source map for data that has no text: no numbers' source, issues without line and column. */
function dataMap(file: string | undefined): SourceMap {
  return {
    numberText: () => undefined,
    issue: (code, path, message, extra = {}) => ({
      code,
      severity: extra.severity ?? 'error',
      message,
      ...(file !== undefined && { file }),
      path: [...path],
      ...('value' in extra && { value: extra.value }),
    }),
  };
}

/**
 * Reads a plan given as data (an object: a {@link Plan}, a plan file's JSON parsed, a plan of a
 * program's own making) through the file schema, which accepts the model as well as the file
 * conveniences, and normalises it: every field of the right type, so that no consumer meets a
 * TypeError. The semantic rules of a file (unique ids, references that resolve, numbers as plans
 * write them) are left to the consumers, which report what they cannot use (the checker: a
 * relation with a missing figure is not checkable). A `locations` field is kept when well-formed
 * and dropped otherwise (it is no plan content). Numbers given as JS numbers keep the decimals of
 * their shortest form (30.9, not "30.90"). Issues carry JSON paths but no lines. A plan that
 * parsePlan made is returned as it is.
 */
export function parsePlanData(value: unknown, options: { readonly file?: string } = {}): PlanParseResult {
  if (isTrusted(value)) return { ok: true, plan: value as Plan, issues: [] };
  const file = options.file;
  if (!isRecord(value)) {
    return { ok: false, issues: [dataMap(file).issue('invalid_type', [], `a plan must be an object, not ${kindOf(value)}`, { value: show(value) })] };
  }
  const locations = (value as { readonly locations?: unknown }).locations;
  const rest = Object.fromEntries(Object.entries(value).filter(([key]) => key !== 'locations'));
  const result = planOfData(rest, dataMap(file), new IssueList(file), file, false);
  if (!result.ok) return result;
  const kept = wellFormedLocations(locations, result.plan);
  return kept === undefined ? result : { ...result, plan: trust(withLocations(result.plan, kept)) };
}

/** `locations` when it has the shape of {@link PlanLocations} (positions of ids the plan has), else undefined. */
function wellFormedLocations(value: unknown, plan: Plan): PlanLocations | undefined {
  if (!isRecord(value)) return undefined;
  const file = value['file'];
  if (file !== undefined && typeof file !== 'string') return undefined;
  const positions = (record: unknown, ids: readonly string[]): Record<string, SourceLocation> | undefined => {
    if (!isRecord(record)) return undefined;
    const out = Object.create(null) as Record<string, SourceLocation>;
    for (const id of ids) {
      if (!Object.hasOwn(record, id)) continue;
      const p = record[id];
      if (!isRecord(p) || !Number.isSafeInteger(p['line']) || !Number.isSafeInteger(p['column']) || (p['line'] as number) < 1 || (p['column'] as number) < 1) return undefined;
      out[id] = { ...(typeof file === 'string' && { file }), line: p['line'] as number, column: p['column'] as number };
    }
    return out;
  };
  const relations = positions(value['relations'], plan.relations.map((r) => r.id));
  const figures = positions(value['figures'], plan.figures.map((f) => f.id));
  if (relations === undefined || figures === undefined) return undefined;
  return { ...(file !== undefined && { file }), relations, figures };
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
  const file = optionsOf(options).file;
  throw invalidPlan(file ?? 'plan', result.issues, file === undefined ? {} : { file });
}

/** The `invalid_plan` error of a plan that has errors: how many, and the first with its place. */
function invalidPlan(name: string, issues: readonly PlanIssue[], details: { readonly file?: string; readonly argument?: string }): GrowthError {
  const first = issues[0];
  const where =
    first?.line !== undefined
      ? ` at line ${first.line}, column ${first.column ?? 1}`
      : first !== undefined && first.path.length > 0
        ? ` at ${first.path.join('.')}`
        : '';
  return new GrowthError('invalid_plan', `${name} is not a valid plan: ${issues.length} issue(s); first${where}: ${first?.message ?? ''}`, {
    ...details,
    issues,
  });
}

/**
 * A plan argument of a public function (checkPlan, monitorPlan …): a plan that parsePlan made, as
 * it is; anything else validated as {@link parsePlanData} does, and normalised.
 *
 * @throws `invalid_plan` naming the argument, with `details.issues`, when it is not a valid plan.
 * @example
 * acceptPlan({}) // throws GrowthError 'invalid_plan': "plan is not a valid plan: 7 issue(s); …"
 */
export function acceptPlan(value: unknown, argument = 'plan'): Plan {
  const result = parsePlanData(value);
  if (result.ok) return result.plan;
  throw invalidPlan(argument, result.issues, { argument });
}
