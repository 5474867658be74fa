/**
 * Reading an actuals file (CSV, YAML or JSON) into {@link Actuals}, checked on its own and, given
 * the plan, against it: the same rules and issue codes for every format.
 */
import type { Plan } from '../plan/index.js';
import { readCsvRows } from './actuals-csv.js';
import { checkRow, duplicates, indexIndicators, issueMaker, type RawActual } from './actuals-rows.js';
import { readYamlRows } from './actuals-yaml.js';
import type { Actual, ActualsIssue, ActualsParseResult } from './actuals.js';

/** The formats of actuals files. */
export type ActualsFormat = 'csv' | 'yaml' | 'json';

/** Options of {@link parseActuals}. */
export interface ParseActualsOptions {
  /** The file name to put on issues; its extension picks the format when `format` is not given. */
  readonly file?: string;
  /** `csv`, `yaml` or `json`; by default from the file's extension (.csv/.tsv/.txt, .json, else YAML), else from the text. */
  readonly format?: ActualsFormat;
  /** The plan the values are for: indicators must be its, units must fit its indicators. */
  readonly plan?: Plan;
}

/** The format of a file by its name, else by its first characters. */
function formatOf(text: string, options: ParseActualsOptions): ActualsFormat {
  if (options.format !== undefined) return options.format;
  const name = options.file?.toLowerCase() ?? '';
  if (/\.(csv|tsv|txt)$/.test(name)) return 'csv';
  if (name.endsWith('.json')) return 'json';
  if (/\.ya?ml$/.test(name)) return 'yaml';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start.startsWith('{') || start.startsWith('[')) return 'json';
  const first = start.split(/\r\n|\n|\r/, 1)[0] ?? '';
  return /^[^:#-]*[,\t;，]/.test(first) ? 'csv' : 'yaml';
}

/**
 * Reads an actuals file's text: CSV (a header row, then one value per row: indicator, year or
 * date, value, and optionally type, unit, source, note, illustrative) or YAML/JSON (`actuals:` a
 * list of entries with the same fields). Never throws on bad data: a syntax error, an empty file,
 * an unknown indicator or column, a unit of the wrong dimension, a duplicate year, a value that
 * is not a number come back as issues with file, line, column and a stable code.
 *
 * @example
 * const r = parseActuals('indicator,year,value\nsales,2016,1040.2\n', { file: 'a.csv' });
 * r.ok && r.actuals.items[0].text //=> '1040.2'
 * parseActuals('', { file: 'a.csv' }).issues[0].code //=> 'empty_file'
 */
export function parseActuals(text: string, options: ParseActualsOptions = {}): ActualsParseResult {
  const source = typeof text === 'string' ? text : String(text);
  const issue = issueMaker(options.file);
  const format = formatOf(source, options);
  const read = format === 'csv' ? readCsvRows(source, issue) : readYamlRows(source, format, issue, options.file);
  if (!read.ok) return { ok: false, issues: sorted(read.issues) };
  const issues: ActualsIssue[] = [...read.issues];
  const filePlan: string | undefined = 'plan' in read && typeof read.plan === 'string' ? read.plan : undefined;
  if (options.plan !== undefined && filePlan !== undefined && filePlan !== options.plan.id) {
    issues.push(issue('plan_mismatch', ['plan'], `the file is for plan ${JSON.stringify(filePlan)}, not ${JSON.stringify(options.plan.id)}`, { line: 1, column: 1 }, filePlan));
  }
  const indicators = options.plan === undefined ? undefined : indexIndicators(options.plan);
  const good: { actual: Actual; row: RawActual }[] = [];
  for (const row of read.rows) {
    const checked = checkRow(row, issue, indicators);
    issues.push(...checked.issues);
    if (checked.actual !== undefined) good.push({ actual: checked.actual, row });
  }
  issues.push(...duplicates(good, issue));
  if (issues.some((i) => i.severity === 'error')) return { ok: false, issues: sorted(issues) };
  return {
    ok: true,
    actuals: {
      ...(options.file !== undefined && { file: options.file }),
      ...(filePlan !== undefined && { plan: filePlan }),
      items: good.map((g) => g.actual),
    },
    issues: sorted(issues),
  };
}

function sorted(issues: readonly ActualsIssue[]): readonly ActualsIssue[] {
  return [...issues].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || (a.column ?? Infinity) - (b.column ?? Infinity));
}
