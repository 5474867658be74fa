/**
 * One checker for the rows of every actuals format: CSV rows and YAML/JSON entries arrive here as
 * cells of text with their positions, and leave as {@link Actual}s or issues. Checking against a
 * plan (indicators, units) happens here too, so the formats agree on every rule.
 */
import { isWrittenNumber, normalizeNumberText } from '../math/index.js';
import type { Indicator, Plan } from '../plan/index.js';
import { isCompatible, isPercentUnit, isQualifier, isUnit, parseQuantity, unitOf, type UnitTable } from '../units/index.js';
import { unitTableOf } from './targets.js';
import type { Actual, ActualsIssue, ActualsIssueCode, ActualType } from './actuals.js';
import { parseDay, parseYear } from './time.js';

/** The fields of an actual, in the order a CSV header usually has them. */
export const ACTUAL_FIELDS = ['indicator', 'name', 'year', 'date', 'type', 'value', 'unit', 'source', 'note', 'illustrative'] as const;

/** One field of an actual. */
export type ActualField = (typeof ACTUAL_FIELDS)[number];

/** The earliest and latest years an actual may have (as plan files). */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Where something is in its file. */
export interface Position {
  readonly line?: number;
  readonly column?: number;
}

/** A row (CSV) or entry (YAML/JSON) as text cells with their positions. */
export interface RawActual {
  /** Its index among the file's values (0-based), for issue paths. */
  readonly index: number;
  readonly cells: Partial<Readonly<Record<ActualField, string>>>;
  /** Where the row starts. */
  readonly line?: number;
  /** Where a field's cell is (its row when the field is absent). */
  at(field: ActualField): Position;
}

/** Makes issues for one file. */
export type IssueMaker = (code: ActualsIssueCode, path: readonly (string | number)[], message: string, where: Position, value?: unknown) => ActualsIssue;

/**
 * An issue maker for a file name.
 *
 * @example
 * issueMaker('a.csv')('empty_file', [], 'empty', { line: 1 }).file //=> 'a.csv'
 */
export function issueMaker(file: string | undefined): IssueMaker {
  return (code, path, message, where, value) => ({
    code,
    severity: code === 'plan_mismatch' ? 'warning' : 'error',
    message,
    ...(file !== undefined && { file }),
    path: [...path],
    ...(where.line !== undefined && { line: where.line }),
    ...(where.column !== undefined && { column: where.column }),
    ...(value !== undefined && { value }),
  });
}

const TRUE = new Set(['true', 'yes', 'y', '1', '是', '示意', 'illustrative']);
const FALSE = new Set(['false', 'no', 'n', '0', '否', '']);
const TYPES: Readonly<Record<string, ActualType>> = { level: 'level', rate: 'rate', 水平: 'level', 数值: 'level', 增速: 'rate', 增长率: 'rate' };

/** Indicators by id and, where unique, by name. */
export interface IndicatorIndex {
  readonly byId: ReadonlyMap<string, Indicator>;
  /** A name maps to its indicator when exactly one indicator has it, else to `null`. */
  readonly byName: ReadonlyMap<string, Indicator | null>;
  /** The plan's units with the library's table. */
  readonly units: UnitTable;
}

/**
 * Indexes a plan's indicators for {@link checkRow}.
 *
 * @example
 * indexIndicators(plan).byId.get('sales')?.unit //=> '亿元'
 */
export function indexIndicators(plan: Plan): IndicatorIndex {
  const byId = new Map<string, Indicator>();
  const byName = new Map<string, Indicator | null>();
  for (const i of plan.indicators) {
    if (!byId.has(i.id)) byId.set(i.id, i);
    byName.set(i.name, byName.has(i.name) ? null : i);
  }
  return { byId, byName, units: unitTableOf(plan) };
}

/** A value cell read: the written number, its unit when the cell names one. */
interface ValueText {
  readonly text: string;
  readonly unit?: string;
}

/** Reads a value cell: a written number, optionally with `%` or a unit of the table ("1,042.4", "12.5%", "1042.4亿元"). */
function readValue(cell: string): ValueText | 'qualified' | undefined {
  const clean = normalizeNumberText(cell);
  if (isWrittenNumber(clean)) return { text: clean.replaceAll(',', '') };
  if (clean.endsWith('%') || clean.endsWith('％')) {
    const number = clean.slice(0, -1);
    return isWrittenNumber(number) ? { text: number.replaceAll(',', ''), unit: '%' } : undefined;
  }
  try {
    const q = parseQuantity(clean);
    if (q.qualifiers !== undefined && q.qualifiers.some(isQualifier)) return 'qualified';
    return q.unit.symbol === '' ? { text: q.text } : { text: q.text, unit: q.unit.symbol };
  } catch {
    return undefined;
  }
}

/**
 * True for a bare magnitude (万, 亿): an actual may count base units in it (1.5万 个 is 15000个)
 * when its indicator's unit is a base unit.
 *
 * @example
 * isMagnitude('万') //=> true
 * isMagnitude('万元') //=> false
 */
export function isMagnitude(unit: string): boolean {
  return isUnit(unit) && unitOf(unit).dimension === 'number' && unitOf(unit).symbol !== '';
}

/** Checks a unit against an actual's type and its indicator; undefined when it fits. */
function unitProblem(type: ActualType, unit: string, indicator: Indicator | undefined, units: UnitTable | undefined): string | undefined {
  if (type === 'rate') return isPercentUnit(unit) ? undefined : `a rate is in %, not ${unit}`;
  if (indicator === undefined || !isUnit(indicator.unit, units)) return undefined;
  if (isMagnitude(unit)) {
    return unitOf(indicator.unit, units).factor.eq(1) && !isPercentUnit(indicator.unit)
      ? undefined
      : `indicator ${indicator.id} is in ${indicator.unit}: write the unit in full, not ${unit}`;
  }
  if (isPercentUnit(indicator.unit) !== isPercentUnit(unit) || !isCompatible(unit, indicator.unit, units)) {
    return `indicator ${indicator.id} is in ${indicator.unit}, not ${unit}`;
  }
  return undefined;
}

/**
 * Checks one row and reads it as an {@link Actual}; with a plan's indicator index, also that the
 * indicator exists and the unit fits it. Every problem of the row is reported, not only the first.
 *
 * @example
 * checkRow(row, issueMaker('a.csv'), indexIndicators(plan)).actual?.text //=> '1100.50'
 */
export function checkRow(row: RawActual, issue: IssueMaker, indicators?: IndicatorIndex): { readonly actual?: Actual; readonly issues: readonly ActualsIssue[] } {
  const issues: ActualsIssue[] = [];
  const cell = (field: ActualField): string => (row.cells[field] ?? '').trim();
  const fail = (code: ActualsIssueCode, field: ActualField, message: string, value?: unknown): void => {
    issues.push(issue(code, ['actuals', row.index, field], message, row.at(field), value));
  };
  const where = row.line === undefined ? `value ${row.index + 1}` : `line ${row.line}`;

  // indicator
  let indicatorId = cell('indicator');
  let indicator: Indicator | undefined;
  if (indicatorId === '') {
    fail('missing_field', 'indicator', `${where}: the indicator is missing`);
  } else if (indicators !== undefined) {
    indicator = indicators.byId.get(indicatorId);
    if (indicator === undefined) {
      const named = indicators.byName.get(indicatorId);
      if (named) {
        indicator = named;
        indicatorId = named.id;
      } else {
        const hint = named === null ? ' (several indicators have this name; write the id)' : '';
        fail('unknown_indicator', 'indicator', `${where}: the plan has no indicator ${JSON.stringify(indicatorId)}${hint}`, indicatorId);
      }
    }
  }

  // type
  const typeCell = cell('type').toLowerCase();
  const type: ActualType | undefined = typeCell === '' ? 'level' : TYPES[typeCell];
  if (type === undefined) fail('invalid_value', 'type', `${where}: type must be level or rate, got ${JSON.stringify(cell('type'))}`, cell('type'));

  // year and date
  const yearCell = cell('year');
  const dateCell = cell('date');
  let year: number | undefined;
  let date: string | undefined;
  if (yearCell === '' && dateCell === '') fail('missing_field', 'year', `${where}: a year or a date is needed`);
  if (yearCell !== '') {
    year = parseYear(yearCell);
    if (year === undefined || year < MIN_YEAR || year > MAX_YEAR) {
      fail('invalid_year', 'year', `${where}: year must be a four-digit year in ${MIN_YEAR}..${MAX_YEAR}, got ${JSON.stringify(yearCell)}`, yearCell);
      year = undefined;
    }
  }
  if (dateCell !== '') {
    const day = parseDay(dateCell);
    if (day === undefined || day.year < MIN_YEAR || day.year > MAX_YEAR) {
      fail('invalid_date', 'date', `${where}: date must be a calendar day such as 2018-06-30 (or 2018-06 for the month's end), got ${JSON.stringify(dateCell)}`, dateCell);
    } else if (year !== undefined && year !== day.year) {
      fail('year_mismatch', 'date', `${where}: the date ${day.iso} is not in the year ${year}`, dateCell);
    } else {
      date = day.iso;
      year = day.year;
    }
  }

  // value and unit
  const valueCell = cell('value');
  let value: ValueText | undefined;
  if (valueCell === '') {
    fail('missing_field', 'value', `${where}: the value is missing`);
  } else {
    const read = readValue(valueCell);
    if (read === 'qualified') {
      fail('invalid_number', 'value', `${where}: an actual is a number; qualifiers such as 约, 余 or 以上 belong to targets, got ${JSON.stringify(valueCell)}`, valueCell);
    } else if (read === undefined) {
      fail('invalid_number', 'value', `${where}: the value ${JSON.stringify(valueCell)} is not a number (digits, optional sign, decimals, thousands separators)`, valueCell);
    } else {
      value = read;
    }
  }
  const unitCell = cell('unit');
  let unit: string | undefined;
  let unitKnown = true;
  if (unitCell !== '') {
    unitKnown = isUnit(unitCell, indicators?.units);
    if (unitKnown) unit = unitOf(unitCell, indicators?.units).symbol;
    else fail('unknown_unit', 'unit', `${where}: the unit ${JSON.stringify(unitCell)} is not a known unit`, unitCell);
  }
  if (value?.unit !== undefined && unitKnown) {
    if (unit !== undefined && unit !== value.unit) {
      fail('unit_mismatch', 'value', `${where}: the value is written in ${value.unit} but the unit column says ${unit}`, valueCell);
    } else {
      unit = value.unit;
    }
  }
  if (type !== undefined && unit !== undefined && unitKnown) {
    const problem = unitProblem(type, unit, indicator, indicators?.units);
    if (problem !== undefined) fail('unit_mismatch', unitCell === '' ? 'value' : 'unit', `${where}: ${problem}`, unit);
  }

  // illustrative
  const flag = cell('illustrative').toLowerCase();
  const illustrative = TRUE.has(flag) ? true : FALSE.has(flag) ? false : undefined;
  if (illustrative === undefined) fail('invalid_value', 'illustrative', `${where}: illustrative must be yes or no (true/false, 1/0), got ${JSON.stringify(cell('illustrative'))}`, cell('illustrative'));

  if (issues.length > 0 || type === undefined || year === undefined || value === undefined || illustrative === undefined) return { issues };
  const source = cell('source');
  const note = cell('note');
  const actual: Actual = {
    indicator: indicatorId,
    type,
    year,
    ...(date !== undefined && { date }),
    text: value.text,
    ...(unit !== undefined ? { unit } : type === 'rate' ? { unit: '%' } : {}),
    ...(source !== '' && { source }),
    ...(note !== '' && { note }),
    illustrative,
    ...(row.line !== undefined && { line: row.line }),
  };
  return { actual, issues };
}

/**
 * The key two actuals must not share: indicator, type and time.
 *
 * @example
 * actualKey({ indicator: 'sales', type: 'level', year: 2016, … }) //=> 'sales\u0000level\u00002016-12-31'
 */
export function actualKey(a: Actual): string {
  return `${a.indicator}\u0000${a.type}\u0000${a.date ?? `${a.year}-12-31`}`;
}

/**
 * Reports actuals that repeat an indicator, type and year (or date) of an earlier one.
 *
 * @example
 * duplicates([first2016, again2016], issue).map((i) => i.code) //=> ['duplicate_year']
 */
export function duplicates(actuals: readonly { readonly actual: Actual; readonly row: RawActual }[], issue: IssueMaker): readonly ActualsIssue[] {
  const seen = new Map<string, RawActual>();
  const out: ActualsIssue[] = [];
  for (const { actual, row } of actuals) {
    const key = actualKey(actual);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, row);
      continue;
    }
    const when = actual.date ?? String(actual.year);
    const earlier = first.line === undefined ? `value ${first.index + 1}` : `line ${first.line}`;
    out.push(
      issue(
        'duplicate_year',
        ['actuals', row.index, actual.date === undefined ? 'year' : 'date'],
        `${row.line === undefined ? `value ${row.index + 1}` : `line ${row.line}`}: ${actual.indicator} has a ${actual.type} for ${when} already (${earlier})`,
        row.at(actual.date === undefined ? 'year' : 'date'),
        when,
      ),
    );
  }
  return out;
}
