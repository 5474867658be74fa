/**
 * Actuals as YAML or JSON: read through the plan files' reader (src/plan/source.ts: positions and
 * the written text of numbers), shaped by a zod schema, then handed to the shared row checker.
 *
 * ```yaml
 * plan: shanxi-industry-13th        # optional: the plan the values are for
 * actuals:
 *   - { indicator: above_scale_va, year: 2016, type: rate, value: "1.1", source: … }
 *   - { indicator: info_industry_revenue, year: 2017, value: 1180.5, unit: 亿元, illustrative: true }
 * ```
 * A top-level list of entries is read as `actuals:` alone.
 */
import * as z from 'zod';
import { readSource, type Path, type SourceMap } from '../plan/source.js';
import { ACTUAL_FIELDS, type ActualField, type IssueMaker, type RawActual } from './actuals-rows.js';
import type { ActualsIssue, ActualsIssueCode } from './actuals.js';

const text = z.string();
const numberOrText = z.union([z.string(), z.number()]);

const entrySchema = z.strictObject({
  indicator: text,
  name: text.optional(),
  year: numberOrText.optional(),
  date: text.optional(),
  type: text.optional(),
  value: numberOrText,
  unit: text.optional(),
  source: text.optional(),
  note: text.optional(),
  illustrative: z.union([z.boolean(), z.string(), z.number()]).optional(),
});

const fileSchema = z.union([
  z.strictObject({
    $schema: text.optional(),
    plan: text.optional(),
    note: text.optional(),
    actuals: z.array(z.unknown()),
  }),
  z.array(z.unknown()),
]);

/** The entries of a YAML/JSON actuals file, or the issues that stop reading it. */
export type YamlRows =
  | { readonly ok: true; readonly rows: readonly RawActual[]; readonly plan?: string; readonly issues: readonly ActualsIssue[] }
  | { readonly ok: false; readonly issues: readonly ActualsIssue[] };

/** An actuals issue at a path of the source, located through its map. */
function located(map: SourceMap, issue: IssueMaker, code: ActualsIssueCode, path: Path, message: string, value?: unknown, atKey = false): ActualsIssue {
  const where = map.issue('invalid_value', path, message, atKey ? { at: 'key' } : {});
  return issue(code, path, message, { ...(where.line !== undefined && { line: where.line }), ...(where.column !== undefined && { column: where.column }) }, value);
}

const describe = (v: unknown): string => {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
};

/** Turns zod issues of one entry (or the file) into actuals issues. */
function fromZod(issues: readonly z.core.$ZodIssue[], prefix: Path, map: SourceMap, issue: IssueMaker): ActualsIssue[] {
  return issues.flatMap((i) => {
    const path: Path = [...prefix, ...i.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const where = path.map(String).join('.') || '(root)';
    const input = (i as { input?: unknown }).input;
    if (i.code === 'unrecognized_keys') {
      return i.keys.map((key) => located(map, issue, 'unknown_field', [...path, key], `unknown field ${where}.${key} (fields: ${ACTUAL_FIELDS.join(', ')})`, key, true));
    }
    if (i.code === 'invalid_type' && input === undefined) return [located(map, issue, 'missing_field', path, `missing field ${where}`)];
    if (i.code === 'invalid_union' && prefix.length === 0 && path.length === 0) {
      return [located(map, issue, 'invalid_type', path, 'an actuals file holds `actuals:` (a list of values) or is such a list')];
    }
    return [located(map, issue, 'invalid_type', path, `${where} has the wrong type, got ${describe(input)}`, input)];
  });
}

/**
 * Reads the entries of a YAML or JSON actuals file. Syntax errors, an empty file, forbidden keys,
 * unknown fields and wrong types come back as issues with line and column; an entry with such a
 * problem is left out and the others are still returned, so that their problems are reported too.
 * This function does not throw.
 *
 * @example
 * readYamlRows('actuals:\n  - { indicator: sales, year: 2016, value: 1 }\n', 'yaml', issueMaker()).ok //=> true
 */
export function readYamlRows(source: string, format: 'yaml' | 'json', issue: IssueMaker, file?: string): YamlRows {
  const read = readSource(source, { ...(file !== undefined && { file }), format });
  const convert = (i: { code: string; message: string; path: readonly (string | number)[]; line?: number; column?: number; value?: unknown }): ActualsIssue => {
    const code: ActualsIssueCode = i.code === 'empty_file' || i.code === 'syntax_error' || i.code === 'forbidden_key' ? i.code : 'invalid_type';
    const message = i.code === 'empty_file' ? 'the actuals file is empty' : i.message;
    return issue(code, i.path, message, { ...(i.line !== undefined && { line: i.line }), ...(i.column !== undefined && { column: i.column }) }, i.value);
  };
  if (!read.ok) return { ok: false, issues: read.issues.map(convert) };
  const { data, map } = read;
  const issues = read.issues.map(convert);
  const parsed = fileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: [...issues, ...fromZod(parsed.error.issues, [], map, issue)] };
  const entries = Array.isArray(parsed.data) ? parsed.data : parsed.data.actuals;
  const prefix: Path = Array.isArray(parsed.data) ? [] : ['actuals'];
  const plan = Array.isArray(parsed.data) ? undefined : parsed.data.plan;
  if (entries.length === 0) return { ok: false, issues: [...issues, located(map, issue, 'empty_file', prefix, 'the actuals file has no values')] };

  const rows: RawActual[] = [];
  entries.forEach((entry, index) => {
    const path: Path = [...prefix, index];
    const checked = entrySchema.safeParse(entry, { reportInput: true });
    if (!checked.success) {
      issues.push(...fromZod(checked.error.issues, path, map, issue));
      return;
    }
    const cells: Partial<Record<ActualField, string>> = {};
    for (const field of ACTUAL_FIELDS) {
      const v = (checked.data as Readonly<Record<string, unknown>>)[field];
      if (v === undefined) continue;
      cells[field] = typeof v === 'number' ? (map.numberText([...path, field]) ?? String(v)) : String(v);
    }
    const at = (field: ActualField) => {
      const where = map.issue('invalid_value', field in cells ? [...path, field] : path, '');
      return { ...(where.line !== undefined && { line: where.line }), ...(where.column !== undefined && { column: where.column }) };
    };
    const line = at('indicator').line;
    rows.push({ index, cells, ...(line !== undefined && { line }), at });
  });
  // Entries with problems are reported and left out; the others are still checked (nothing is lost).
  return { ok: true, rows, ...(plan !== undefined && { plan }), issues };
}
