/**
 * Reading a plan file: text → syntax → schema → model → semantic validation. Data problems come
 * back as issues; only {@link loadPlan} throws.
 */
import type { z } from 'zod';
import { GrowthError } from '../errors.js';
import type { PlanIssue } from './issues.js';
import type { Plan } from './model.js';
import { normalizePlan } from './normalize.js';
import { planFileSchema } from './schema.js';
import { readSource, type Path, type SourceMap } from './source.js';
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

/** Picks the union branch that got furthest: not a plain type mismatch at its root, deepest path. */
function bestBranch(branches: readonly (readonly ZodIssue[])[]): readonly ZodIssue[] | undefined {
  const depth = (issues: readonly ZodIssue[]): number => Math.max(-1, ...issues.map((i) => (i.code === 'invalid_type' && i.path.length === 0 ? -1 : i.path.length)));
  let best: readonly ZodIssue[] | undefined;
  for (const b of branches) if (depth(b) >= 0 && (!best || depth(b) > depth(best))) best = b;
  return best;
}

/** Turns one zod issue into plan issues located in the file. */
function fromZod(issue: ZodIssue, prefix: Path, map: SourceMap): PlanIssue[] {
  const path: Path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
  const input = (issue as { input?: unknown }).input;
  const where = path.map(String).join('.') || '(root)';
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => map.issue('unknown_field', [...path, key], `unknown field ${where}.${key}`, { value: key, at: 'key' }));
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
      if (issue.errors.length === 0) {
        return input === undefined
          ? [map.issue('missing_field', path, `missing field ${where}`)]
          : [map.issue('invalid_value', path, `${where} has the unknown value ${describe(input)}`, { value: input })];
      }
      const branch = bestBranch(issue.errors);
      if (branch) return branch.flatMap((i) => fromZod(i, path, map));
      return [map.issue('invalid_type', path, `${where} has the wrong type, got ${describe(input)}`, { value: input })];
    }
    default:
      return [map.issue('invalid_value', path, `${where}: ${issue.message}, got ${describe(input)}`, { value: input })];
  }
}

const byPosition = (a: PlanIssue, b: PlanIssue): number =>
  (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? Infinity) - (b.column ?? Infinity);

/**
 * Reads a plan file's text (YAML or JSON) into a validated {@link Plan}. Never throws on bad
 * data: syntax errors, schema problems and semantic problems come back as issues, each with
 * file, JSON path, line and column.
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
  const parsed = planFileSchema.safeParse(data, { reportInput: true });
  const schemaIssues = parsed.success ? [] : parsed.error.issues.flatMap((i) => fromZod(i, [], map));
  const early = [...source.issues, ...schemaIssues];
  if (!parsed.success || early.some((i) => i.severity === 'error')) return { ok: false, issues: [...early].sort(byPosition) };
  const plan = normalizePlan(parsed.data, map);
  const issues = [...early, ...validatePlan(plan, { map })].sort(byPosition);
  return issues.some((i) => i.severity === 'error') ? { ok: false, issues } : { ok: true, plan, issues };
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
