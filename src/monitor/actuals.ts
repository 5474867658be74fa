/**
 * The actuals model: the values an indicator actually took (from statistical bulletins, monthly
 * reports or a spreadsheet), as read from an actuals file. Numbers keep the text they were
 * written with; problems with a file come back as {@link ActualsIssue}s, never as exceptions.
 */
import type { FileIssue } from '../plan/issues.js';

/**
 * What an actual states.
 * - `level`: the indicator's value in a year (an annual amount, a year-end stock, a share), or
 *   on a date (a stock on that day; for annual amounts the amount from Jan 1 to that day, 1–N月累计).
 * - `rate`: the growth over the previous year in % (比上年增长); with a date, the year-to-date
 *   growth over the same period a year earlier (累计增速, 1–N月同比).
 */
export type ActualType = 'level' | 'rate';

/** One actual value of one indicator. */
export interface Actual {
  /** The plan indicator's id. */
  readonly indicator: string;
  readonly type: ActualType;
  /** The calendar year the value belongs to (a date's year for dated values). */
  readonly year: number;
  /** An ISO date (`2018-06-30`) for a value observed during a year; absent for annual values. */
  readonly date?: string;
  /** The number as written, normalised (ASCII digits, no thousands separators, no `%`): `"1040.20"`. */
  readonly text: string;
  /** The unit as written (`亿元`, `万元`, `%`); absent when the file leaves it to the indicator. */
  readonly unit?: string;
  /** Where the value comes from: a bulletin's title and URL, a report. */
  readonly source?: string;
  readonly note?: string;
  /** True for a value that is not a published figure (an example, an estimate). */
  readonly illustrative: boolean;
  /** Where it is in its file (1-based), for messages. */
  readonly line?: number;
}

/** A parsed actuals file. */
export interface Actuals {
  /** The file name as the caller gave it. */
  readonly file?: string;
  /** The id of the plan the file says it is for (YAML/JSON `plan:`), when it says so. */
  readonly plan?: string;
  readonly items: readonly Actual[];
}

/** Stable snake_case codes of actuals-file problems. */
export type ActualsIssueCode =
  | 'io_error' // the file cannot be read
  | 'empty_file' // no text, or a header and no rows
  | 'syntax_error' // malformed CSV, YAML or JSON
  | 'invalid_type' // a field of the wrong type (YAML/JSON)
  | 'missing_field' // a required column or field, or an empty required cell
  | 'unknown_field' // a column or field the format does not have
  | 'invalid_value' // a type other than level/rate, an illustrative flag that is not yes/no
  | 'invalid_number' // a value that is not a number
  | 'invalid_year' // a year that is not a four-digit year in 1900..2100
  | 'invalid_date' // a date that is not a calendar day
  | 'year_mismatch' // a year and a date that disagree
  | 'unknown_unit' // a unit not in the unit table
  | 'unit_mismatch' // a unit of another dimension than the indicator's
  | 'unknown_indicator' // an indicator the plan does not have
  | 'duplicate_year' // the same indicator, type and year (or date) twice
  | 'forbidden_key' // __proto__, constructor, prototype
  | 'plan_mismatch'; // the file names another plan (a warning)

/** One problem in an actuals file, with where it is. */
export interface ActualsIssue extends FileIssue<ActualsIssueCode> {
  /** `["actuals", i, field]`: the i-th value (data row) and its field; `["columns", j]` for a CSV header cell. */
  readonly path: readonly (string | number)[];
}

/** The result of reading an actuals file: the actuals and their warnings, or the issues that stop them. */
export type ActualsParseResult =
  | { readonly ok: true; readonly actuals: Actuals; readonly issues: readonly ActualsIssue[] }
  | { readonly ok: false; readonly issues: readonly ActualsIssue[] };
