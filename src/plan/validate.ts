/**
 * Semantic validation of a plan: ids, references, numbers, units, years and the figure types and
 * years each relation needs. Problems come back as issues, never as exceptions.
 */
import type { Figure, FigureType, Plan, Relation, Scenario, ScenarioChange } from './model.js';
import type { IssueSeverity, PlanIssue, PlanIssueCode } from './issues.js';
import { isWrittenNumber } from '../math/number-text.js';
import { toDecimal } from '../math/decimal.js';
import { MAX_YEAR, MIN_YEAR } from './schema.js';
import type { IssueExtra, Path, SourceMap } from './source.js';
import { RELATION_SLOTS } from './relations.js';
import { FIGURE_MEASURES } from './figure-measures.js';
import { declareUnits, isCompatible, isUnit, listUnits, nearest, normalizeSymbol, unitOf, type UnitTable } from '../units/index.js';

export interface ValidatePlanOptions {
  /** Where the plan's nodes are in its file, to give issues a line and column. */
  readonly map?: SourceMap;
  /** The file name to put on issues made without a source map. */
  readonly file?: string;
}

type MakeIssue = (code: PlanIssueCode, path: Path, message: string, extra?: IssueExtra) => PlanIssue;

const plainIssue =
  (file: string | undefined): MakeIssue =>
  (code, path, message, extra = {}) => ({
    code,
    severity: extra.severity ?? ('error' satisfies IssueSeverity),
    message,
    ...(file !== undefined && { file }),
    path: [...path],
    ...('value' in extra && { value: extra.value }),
  });

/**
 * True for a unit a plan file may use: a unit of the library's table (src/units), written as the
 * table writes it, and not a bare number (a plan names what it counts).
 */
function isPlanUnit(unit: string, table: UnitTable): boolean {
  return isUnit(unit, table) && normalizeSymbol(unit) === unit && unitOf(unit, table).dimension !== 'number';
}

/** The plan units nearest an unknown one, and how to declare it. */
function unknownUnit(unit: string, table: UnitTable): string {
  const known = [...listUnits().filter((u) => u.dimension !== 'number').map((u) => u.symbol), ...table.keys()];
  const near = nearest(unit, known);
  return `${near.length > 0 ? ` (nearest: ${near.join(', ')})` : ''}; a unit outside the table can be declared under units: with its base and factor`;
}

/** True when a figure of this type may be written in `unit` for an indicator in `indicatorUnit`. */
function fitsIndicator(type: FigureType, unit: string, indicatorUnit: string, table: UnitTable): boolean {
  const amount = (): boolean => !isPlanUnit(indicatorUnit, table) || isCompatible(unit, indicatorUnit, table);
  const measure = FIGURE_MEASURES[type];
  if (measure === 'amount') return amount();
  if (measure === 'gap') return unitOf(unit, table).dimension === 'points' || amount();
  return unitOf(unit, table).dimension === measure;
}

/** The figure types dated by one `year`; the others run `from`..`to`. */
const DATED: ReadonlySet<FigureType> = new Set(['level', 'share', 'gap']);

function validateIds(plan: Plan, issue: MakeIssue): PlanIssue[] {
  const seen = new Set<string>();
  const out: PlanIssue[] = [];
  const groups = [
    ['indicators', plan.indicators],
    ['figures', plan.figures],
    ['relations', plan.relations],
    ['scenarios', plan.scenarios ?? []],
  ] as const;
  for (const [name, items] of groups) {
    items.forEach((item, i) => {
      if (seen.has(item.id)) {
        out.push(issue('duplicate_id', [name, i, 'id'], `the id ${JSON.stringify(item.id)} is used more than once`, { value: item.id }));
      }
      seen.add(item.id);
    });
  }
  return out;
}

function validatePlanYears(plan: Plan, issue: MakeIssue): PlanIssue[] {
  const { from, to, base } = plan.period;
  const out: PlanIssue[] = [];
  for (const [key, year] of [['from', from], ['to', to], ['base', base]] as const) {
    if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
      out.push(issue('invalid_year', ['period', key], `period.${key} must be a year in ${MIN_YEAR}..${MAX_YEAR}`, { value: year }));
    }
  }
  if (to < from) out.push(issue('invalid_year', ['period', 'to'], `period.to (${to}) is before period.from (${from})`, { value: to }));
  if (base > from) out.push(issue('invalid_year', ['period', 'base'], `period.base (${base}) is after period.from (${from})`, { value: base }));
  return out;
}

/** The plan's own units: a symbol and a base, a positive factor, no unit of the table redefined, no symbol twice. */
function validateUnits(plan: Plan, issue: MakeIssue): PlanIssue[] {
  const seen = new Set<string>();
  return (plan.units ?? []).flatMap((u, i) => {
    const at = (key: string): Path => ['units', i, key];
    const out: PlanIssue[] = [];
    if (u.symbol === '') out.push(issue('missing_field', at('symbol'), 'a declared unit needs a symbol'));
    else if (isUnit(u.symbol)) out.push(issue('invalid_value', at('symbol'), `the unit ${JSON.stringify(u.symbol)} is already in the library's table`, { value: u.symbol }));
    else if (seen.has(u.symbol)) out.push(issue('duplicate_id', at('symbol'), `the unit ${JSON.stringify(u.symbol)} is declared more than once`, { value: u.symbol }));
    seen.add(u.symbol);
    if (u.base === '') out.push(issue('missing_field', at('base'), `unit ${u.symbol}: a declared unit needs a base`));
    if (!isWrittenNumber(u.factor) || toDecimal(u.factor).lte(0)) {
      out.push(issue('invalid_number', at('factor'), `unit ${u.symbol}: factor ${JSON.stringify(u.factor)} is not a positive number`, { value: u.factor }));
    }
    return out;
  });
}

function validateIndicators(plan: Plan, table: UnitTable, issue: MakeIssue): PlanIssue[] {
  return plan.indicators.flatMap((ind, i) =>
    !isPlanUnit(ind.unit, table)
      ? [issue('unknown_unit', ['indicators', i, 'unit'], `the unit ${JSON.stringify(ind.unit)} is not a known plan unit${unknownUnit(ind.unit, table)}`, { value: ind.unit })]
      : [],
  );
}

function validateFigure(f: Figure, i: number, units: ReadonlyMap<string, string>, table: UnitTable, issue: MakeIssue): PlanIssue[] {
  const at = (key: string): Path => ['figures', i, key];
  const out: PlanIssue[] = [];
  const indicatorUnit = units.get(f.indicator);
  if (indicatorUnit === undefined) {
    out.push(issue('unknown_reference', at('indicator'), `figure ${f.id} names the missing indicator ${JSON.stringify(f.indicator)}`, { value: f.indicator }));
  }
  for (const key of ['value', 'high'] as const) {
    const text = f[key];
    if (text !== undefined && !isWrittenNumber(text)) {
      out.push(issue('invalid_number', at(key), `figure ${f.id}: ${key} ${JSON.stringify(text)} is not a number as written (digits, optional sign, decimals, thousands separators)`, { value: text }));
    }
  }
  const p = f.precision;
  if (typeof p === 'object' && 'halfWidth' in p && !isWrittenNumber(p.halfWidth)) {
    out.push(issue('invalid_number', ['figures', i, 'precision', 'halfWidth'], `figure ${f.id}: precision.halfWidth ${JSON.stringify(p.halfWidth)} is not a number`, { value: p.halfWidth }));
  }
  if (f.high !== undefined && isWrittenNumber(f.value) && isWrittenNumber(f.high) && toDecimal(f.high).lt(toDecimal(f.value))) {
    out.push(issue('invalid_value', at('high'), `figure ${f.id}: high ${f.high} is below value ${f.value}`, { value: f.high }));
  }
  if (f.unit !== undefined) {
    if (!isPlanUnit(f.unit, table)) {
      out.push(issue('unknown_unit', at('unit'), `figure ${f.id}: the unit ${JSON.stringify(f.unit)} is not a known plan unit${unknownUnit(f.unit, table)}`, { value: f.unit }));
    } else if (indicatorUnit !== undefined && !fitsIndicator(f.type, f.unit, indicatorUnit, table)) {
      out.push(issue('unit_mismatch', at('unit'), `figure ${f.id}: a ${f.type} in ${f.unit} does not fit indicator ${f.indicator} in ${indicatorUnit}`, { value: f.unit }));
    }
  }
  out.push(...validateFigureYears(f, i, issue));
  return out;
}

function validateFigureYears(f: Figure, i: number, issue: MakeIssue): PlanIssue[] {
  const at = (key: string): Path => ['figures', i, key];
  const out: PlanIssue[] = [];
  if (DATED.has(f.type)) {
    if (f.year === undefined) out.push(issue('missing_field', at('year'), `figure ${f.id}: a ${f.type} needs a year`));
    for (const key of ['from', 'to'] as const) {
      if (f[key] !== undefined) out.push(issue('invalid_value', at(key), `figure ${f.id}: a ${f.type} takes year, not ${key}`, { value: f[key] }));
    }
    return out;
  }
  if (f.year !== undefined) out.push(issue('invalid_value', at('year'), `figure ${f.id}: a ${f.type} takes from and to, not year`, { value: f.year }));
  for (const key of ['from', 'to'] as const) {
    if (f[key] === undefined) out.push(issue('missing_field', at(key), `figure ${f.id}: a ${f.type} needs ${key}`));
  }
  if (f.from !== undefined && f.to !== undefined && f.to <= f.from) {
    out.push(issue('invalid_year', at('to'), `figure ${f.id}: to (${f.to}) must be after from (${f.from})`, { value: f.to }));
  }
  return out;
}

/** The start year of a figure (its `year` or `from`). */
const startYear = (f: Figure): number | undefined => f.year ?? f.from;
/** The end year of a figure (its `year` or `to`). */
const endYear = (f: Figure): number | undefined => f.year ?? f.to;

interface RelationContext {
  readonly path: Path;
  readonly issue: MakeIssue;
  /** The figures in a slot (one, or the list of a slot that takes one or many). */
  readonly get: (slot: string) => readonly Figure[];
}

/** A span figure (rate, change…) against its start and end figures: years must line up, the end after the start. */
function validateSpan(ctx: RelationContext, startSlot: string, endSlot: string, spanSlot: string): PlanIssue[] {
  const [[start], [end], [span]] = [ctx.get(startSlot), ctx.get(endSlot), ctx.get(spanSlot)];
  if (!start || !end || !span) return [];
  const a = startYear(start);
  const b = endYear(end);
  if (a !== undefined && b !== undefined && b <= a) {
    return [ctx.issue('year_mismatch', [...ctx.path, endSlot], `${endSlot} (${b}) is not after ${startSlot} (${a})`, { value: b })];
  }
  const out: PlanIssue[] = [];
  if (a !== undefined && span.from !== undefined && a !== span.from) {
    out.push(ctx.issue('year_mismatch', [...ctx.path, startSlot], `${startSlot} is in ${a} but ${spanSlot} runs from ${span.from}`, { value: a }));
  }
  if (b !== undefined && span.to !== undefined && b !== span.to) {
    out.push(ctx.issue('year_mismatch', [...ctx.path, endSlot], `${endSlot} is in ${b} but ${spanSlot} runs to ${span.to}`, { value: b }));
  }
  return out;
}

/** Whether two figures cover the same time (same year, or same from..to). */
const sameTime = (a: Figure, b: Figure): boolean => a.year === b.year && a.from === b.from && a.to === b.to;

/** Every figure of a set must be of `year` (a share and its parts, an actual and its target). */
function sameYear(ctx: RelationContext, slots: readonly string[], of: string): PlanIssue[] {
  const ref = ctx.get(of)[0];
  if (!ref) return [];
  return slots.flatMap((slot) =>
    ctx
      .get(slot)
      .filter((f) => f.type !== 'total' && f.year !== ref.year)
      .map((f) => ctx.issue('year_mismatch', [...ctx.path, slot], `${slot} ${f.id} is in ${f.year} but ${of} in ${ref.year}`, { value: f.year })),
  );
}

/** Two span figures must run over the same years. */
function sameSpan(ctx: RelationContext, a: string, b: string, shift = 0): PlanIssue[] {
  const [x] = ctx.get(a);
  const [y] = ctx.get(b);
  if (!x || !y || (x.from === (y.from ?? 0) + shift && x.to === y.to)) return [];
  return [ctx.issue('year_mismatch', [...ctx.path, b], `${a} runs ${x.from}..${x.to} but ${b} ${y.from}..${y.to}`, { value: y.from })];
}

function validateRelationYears(r: Relation, ctx: RelationContext): PlanIssue[] {
  switch (r.kind) {
    case 'growth_target':
      return validateSpan(ctx, 'base', 'target', 'rate');
    case 'historical_cagr':
    case 'points_change':
    case 'cumulative_change':
      return validateSpan(ctx, 'start', 'end', r.kind === 'historical_cagr' ? 'rate' : 'change');
    case 'multiple':
      return validateSpan(ctx, 'start', 'end', 'multiple');
    case 'absolute_change':
      return validateSpan(ctx, 'start', 'end', 'increase');
    case 'annual_vs_cumulative':
      return sameSpan(ctx, 'rate', 'change');
    case 'annual_points':
      return sameSpan(ctx, 'annual', 'change');
    case 'rate_multiple':
      return sameSpan(ctx, 'rate', 'multiple');
    case 'average_total': {
      // An average of yearly values has a total over the same years; an average increase the
      // increase from the year before its first year.
      const [average] = ctx.get('average');
      return sameSpan(ctx, 'average', 'total', average?.type === 'average_increase' ? 1 : 0);
    }
    case 'cumulative_total': {
      const [[base], [total], [rate]] = [ctx.get('base'), ctx.get('total'), ctx.get('rate')];
      if (!base || !total || total.from === undefined) return [];
      const out: PlanIssue[] = [];
      if (base.year !== total.from - 1) {
        out.push(ctx.issue('year_mismatch', [...ctx.path, 'base'], `base must be in ${total.from - 1}, the year before the total's from`, { value: base.year }));
      }
      if (rate && (rate.from !== total.from - 1 || rate.to !== total.to)) {
        out.push(ctx.issue('year_mismatch', [...ctx.path, 'rate'], `rate must run ${total.from - 1}..${total.to}`, { value: r.rate }));
      }
      return out;
    }
    case 'share':
      return sameYear(ctx, ['part', 'total'], 'share');
    case 'target_gap':
      return sameYear(ctx, ['actual', 'target'], 'gap');
    case 'level_pair': {
      const [[start], [end]] = [ctx.get('start'), ctx.get('end')];
      if (!start || !end || start.year === undefined || end.year === undefined || end.year > start.year) return [];
      return [ctx.issue('year_mismatch', [...ctx.path, 'end'], `end (${end.year}) is not after start (${start.year})`, { value: end.year })];
    }
    case 'sum':
      return [];
  }
}

function validateSum(r: Extract<Relation, { kind: 'sum' }>, figures: ReadonlyMap<string, Figure>, path: Path, issue: MakeIssue): PlanIssue[] {
  const out: PlanIssue[] = [];
  const slots: [Path, string][] = r.parts.map((id, j) => [[...path, 'parts', j], id]);
  if (r.total !== '100%') slots.push([[...path, 'total'], r.total]);
  let first: Figure | undefined;
  for (const [at, id] of slots) {
    const f = figures.get(id);
    if (!f) {
      out.push(issue('unknown_reference', at, `relation ${r.id} names the missing figure ${JSON.stringify(id)}`, { value: id }));
      continue;
    }
    if (f.type !== 'level' && f.type !== 'share' && f.type !== 'total') {
      out.push(issue('wrong_figure_type', at, `relation ${r.id}: a sum adds levels, shares or totals, not a ${f.type}`, { value: f.type }));
    } else if (first && f.type !== first.type) {
      out.push(issue('wrong_figure_type', at, `relation ${r.id}: ${f.id} is a ${f.type} but ${first.id} a ${first.type}`, { value: f.type }));
    } else if (first && !sameTime(f, first)) {
      out.push(issue('year_mismatch', at, `relation ${r.id}: ${f.id} is not of the same year(s) as ${first.id}`, { value: f.year ?? f.to }));
    }
    first ??= f;
  }
  if (r.total === '100%' && first && first.type !== 'share') {
    out.push(issue('wrong_figure_type', [...path, 'total'], `relation ${r.id}: only shares add up to "100%"`, { value: r.total }));
  }
  return out;
}

function validateRelation(r: Relation, i: number, figures: ReadonlyMap<string, Figure>, issue: MakeIssue): PlanIssue[] {
  const path: Path = ['relations', i];
  if (r.kind === 'sum') return validateSum(r, figures, path, issue);
  const out: PlanIssue[] = [];
  const good = new Map<string, Figure[]>();
  const record = r as unknown as Readonly<Record<string, unknown>>;
  for (const { key: slot, types } of RELATION_SLOTS[r.kind]) {
    const value = record[slot];
    const ids: readonly [Path, unknown][] = Array.isArray(value) ? value.map((id, j) => [[...path, slot, j], id]) : value === undefined ? [] : [[[...path, slot], value]];
    for (const [at, id] of ids) {
      const f = typeof id === 'string' ? figures.get(id) : undefined;
      if (!f) {
        out.push(issue('unknown_reference', at, `relation ${r.id} names the missing figure ${JSON.stringify(id)}`, { value: id }));
      } else if (!types.includes(f.type)) {
        out.push(issue('wrong_figure_type', at, `relation ${r.id}: ${slot} must be a ${types.join(' or ')}, ${f.id} is a ${f.type}`, { value: f.type }));
      } else {
        good.set(slot, [...(good.get(slot) ?? []), f]);
      }
    }
  }
  if (out.length > 0) return out;
  return validateRelationYears(r, { path, issue, get: (slot) => good.get(slot) ?? [] });
}

/** The earliest year of a level figure of each indicator. */
function firstLevels(plan: Plan): ReadonlyMap<string, number> {
  const out = new Map<string, number>();
  for (const f of plan.figures) {
    if (f.type !== 'level' || f.year === undefined) continue;
    const seen = out.get(f.indicator);
    if (seen === undefined || f.year < seen) out.set(f.indicator, f.year);
  }
  return out;
}

/** The figure types a scenario's target_year change may move. */
const TARGET_TYPES: ReadonlySet<FigureType> = new Set(['level', 'total', 'rate', 'change', 'multiple']);

/** The years a change names, with their keys, for the check against the indicator's first level. */
function changeYears(c: ScenarioChange): readonly (readonly [Path, number])[] {
  switch (c.kind) {
    case 'rate':
      return c.from === undefined ? [] : [[['from'], c.from]];
    case 'schedule':
      return c.schedule.map((e, k) => [['schedule', k, 'until'], e.until] as const);
    case 'shock':
    case 'target_year':
      return [[['year'], c.year]];
    case 'base':
      return [];
  }
}

/** The rates (in %) a change names, with their keys. */
function changeRates(c: ScenarioChange): readonly (readonly [Path, string])[] {
  switch (c.kind) {
    case 'rate':
    case 'shock':
      return [[['rate'], c.rate]];
    case 'schedule':
      return c.schedule.map((e, k) => [['schedule', k, 'rate'], e.rate] as const);
    default:
      return [];
  }
}

interface ScenarioContext {
  readonly issue: MakeIssue;
  readonly units: ReadonlyMap<string, string>;
  readonly figures: ReadonlyMap<string, Figure>;
  /** The earliest year of a level of each indicator. */
  readonly firstLevel: ReadonlyMap<string, number>;
}

function validateChange(c: ScenarioChange, path: Path, ctx: ScenarioContext): PlanIssue[] {
  const { issue } = ctx;
  const at = (key: Path): Path => [...path, ...key];
  if (!ctx.units.has(c.indicator)) {
    return [issue('unknown_reference', at(['indicator']), `the change names the missing indicator ${JSON.stringify(c.indicator)}`, { value: c.indicator })];
  }
  const first = ctx.firstLevel.get(c.indicator);
  if (first === undefined) {
    return [issue('invalid_value', at(['indicator']), `indicator ${c.indicator} has no level to grow from, so a scenario cannot change it`, { value: c.indicator })];
  }
  const out: PlanIssue[] = [];
  for (const [key, text] of changeRates(c)) {
    if (!isWrittenNumber(text)) out.push(issue('invalid_number', at(key), `the rate ${JSON.stringify(text)} is not a number in %`, { value: text }));
    else if (toDecimal(text).lte(-100)) out.push(issue('invalid_value', at(key), `the rate ${text}% is not above -100%`, { value: text }));
  }
  if (c.kind === 'base') {
    if (!isWrittenNumber(c.value)) out.push(issue('invalid_number', at(['value']), `the base ${JSON.stringify(c.value)} is not a number as written`, { value: c.value }));
    else if (toDecimal(c.value).lte(0)) out.push(issue('invalid_value', at(['value']), `the base ${c.value} is not positive`, { value: c.value }));
  }
  if (c.kind === 'schedule') {
    c.schedule.forEach((e, k) => {
      const before = c.schedule[k - 1];
      if (before !== undefined && e.until <= before.until) {
        out.push(issue('invalid_year', at(['schedule', k, 'until']), `schedule until ${e.until} is not after ${before.until}`, { value: e.until }));
      }
    });
  }
  for (const [key, year] of changeYears(c)) {
    if (year <= first) {
      out.push(issue('invalid_year', at(key), `${year} is not after ${first}, the first level of ${c.indicator}`, { value: year }));
    }
  }
  if (c.kind === 'target_year' && c.figure !== undefined) {
    const f = ctx.figures.get(c.figure);
    if (f === undefined) out.push(issue('unknown_reference', at(['figure']), `the change names the missing figure ${JSON.stringify(c.figure)}`, { value: c.figure }));
    else if (f.indicator !== c.indicator) out.push(issue('invalid_value', at(['figure']), `figure ${f.id} is of ${f.indicator}, not ${c.indicator}`, { value: c.figure }));
    else if (!TARGET_TYPES.has(f.type)) out.push(issue('wrong_figure_type', at(['figure']), `a target_year change moves a level, total, rate, change or multiple, not a ${f.type}`, { value: f.type }));
  }
  return out;
}

function validateScenarios(scenarios: readonly Scenario[], ctx: ScenarioContext): PlanIssue[] {
  const names = new Set<string>();
  return scenarios.flatMap((s, i) => {
    const out: PlanIssue[] = [];
    if (names.has(s.name)) out.push(ctx.issue('duplicate_id', ['scenarios', i, 'name'], `the scenario name ${JSON.stringify(s.name)} is used more than once`, { value: s.name }));
    names.add(s.name);
    s.changes.forEach((c, j) => out.push(...validateChange(c, ['scenarios', i, 'changes', j], ctx)));
    return out;
  });
}

/**
 * Checks the meaning of a plan: unique ids, references, numbers as written, known and matching
 * units, years in 1900..2100, the figure types and years of every relation, and the references,
 * rates and years of every scenario change. Returns the
 * problems as issues (empty when the plan is sound); never throws on a well-typed plan.
 *
 * @example
 * validatePlan(plan).map((i) => i.code) //=> ['year_mismatch']
 */
export function validatePlan(plan: Plan, options: ValidatePlanOptions = {}): readonly PlanIssue[] {
  const issue: MakeIssue = options.map ? options.map.issue : plainIssue(options.file);
  const units = new Map<string, string>();
  for (const ind of plan.indicators) if (!units.has(ind.id)) units.set(ind.id, ind.unit);
  const figures = new Map<string, Figure>();
  for (const f of plan.figures) if (!figures.has(f.id)) figures.set(f.id, f);
  const table = declareUnits(plan.units ?? []);
  return [
    ...validateIds(plan, issue),
    ...validatePlanYears(plan, issue),
    ...validateUnits(plan, issue),
    ...validateIndicators(plan, table, issue),
    ...plan.figures.flatMap((f, i) => validateFigure(f, i, units, table, issue)),
    ...plan.relations.flatMap((r, i) => validateRelation(r, i, figures, issue)),
    ...validateScenarios(plan.scenarios ?? [], { issue, units, figures, firstLevel: firstLevels(plan) }),
  ];
}
