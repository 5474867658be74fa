/** Data problems found while reading a plan: data, not exceptions. */

/** How bad a problem is: an `error` makes the plan unusable, a `warning` does not. */
export type IssueSeverity = 'error' | 'warning';

/** Stable snake_case codes of plan-file problems. */
export type PlanIssueCode =
  | 'io_error' // the file cannot be read
  | 'empty_file'
  | 'syntax_error' // malformed YAML or JSON, more than one document, nesting past PLAN_LIMITS.maxDepth
  | 'invalid_character' // a NUL byte or U+FFFD (the mark of bytes that were not UTF-8) in the text
  | 'unsupported_tag' // a YAML tag other than the core schema's (!foo, !!binary, !!timestamp…)
  | 'limit_exceeded' // a file past one of PLAN_LIMITS: size, nodes, aliases
  | 'invalid_type' // a field of the wrong type
  | 'missing_field'
  | 'unknown_field'
  | 'invalid_value' // a value outside its allowed set (a kind, a qualifier)
  | 'invalid_number' // a figure that is not a number
  | 'unknown_unit'
  | 'unit_mismatch' // a figure's unit is of another dimension than its indicator's
  | 'invalid_year' // a year outside 1900..2100, or to before from
  | 'year_mismatch' // a relation's figures do not line up in time
  | 'duplicate_id'
  | 'unknown_reference' // a relation or figure naming a missing indicator or figure
  | 'wrong_figure_type' // a relation slot holding a figure of the wrong type
  | 'forbidden_key' // __proto__, constructor, prototype
  | 'too_many_issues'; // the last issue of a file with more than PLAN_LIMITS.maxIssues: how many were left out

/** One problem in a file the library reads (a plan, an actuals file), with where it is. */
export interface FileIssue<Code extends string> {
  readonly code: Code;
  readonly severity: IssueSeverity;
  /** An English sentence naming the field and the offending value. */
  readonly message: string;
  /** The file, as the caller named it. */
  readonly file?: string;
  /** Where in the file: the keys and indexes down to the offending node. */
  readonly path: readonly (string | number)[];
  /** 1-based line and column of the offending node, when known. */
  readonly line?: number;
  readonly column?: number;
  /** The offending value, when there is one. */
  readonly value?: unknown;
}

/** One problem in a plan file, with where it is. */
export interface PlanIssue extends FileIssue<PlanIssueCode> {
  /** JSON path inside the file: `["figures", 3, "value"]`. */
  readonly path: readonly (string | number)[];
}
