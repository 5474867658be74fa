/**
 * From a schema-checked plan file to the {@link Plan} model: numbers as their written text,
 * `qualifier` merged into `qualifiers`, the period expanded, units and roles filled in.
 */
import type {
  Figure,
  FigureRole,
  FigureType,
  Indicator,
  Plan,
  PlanPeriod,
  Precision,
  Qualifier,
  Relation,
  Scenario,
  ScenarioChange,
} from './model.js';
import type { PlanFile, PlanFileFigure, PlanFileScenario } from './schema.js';
import { FIGURE_MEASURES, type FigureMeasure } from './figure-measures.js';
import type { Path, SourceMap } from './source.js';
import { isWrittenNumber, withoutSeparators } from '../math/number-text.js';
import { isPercentUnit, normalizeSymbol, planPeriod, qualifierInfo, toSimplified } from '../units/index.js';

/**
 * The unit a figure has when the file does not give one.
 *
 * @example
 * defaultUnit('points', '%') //=> '个百分点'
 */
export function defaultUnit(type: FigureType, indicatorUnit: string | undefined): string | undefined {
  const measure = FIGURE_MEASURES[type];
  switch (measure) {
    case 'amount':
      return indicatorUnit;
    case 'gap':
      return indicatorUnit !== undefined && isPercentUnit(indicatorUnit) ? '个百分点' : indicatorUnit;
    default:
      return MEASURE_UNITS[measure];
  }
}

/** The unit of a figure measured in percent, points or a multiple when the file gives none. */
const MEASURE_UNITS: Readonly<Record<Exclude<FigureMeasure, 'amount' | 'gap'>, string>> = { percent: '%', points: '个百分点', multiple: '倍' };

/**
 * The role of a figure the file left it out for (DOMAIN.md section 3): `computed` with 预计/测算;
 * else `measured` when its year (or `to`) is before the plan's year of issue or not after its base
 * year (a review or a work report states mostly measured figures); else `planned`.
 *
 * @example
 * inferRole(['以上'], 2020, { base: 2012, issued: 2014 }) //=> 'planned'
 * inferRole([], 2015, { base: 2010, issued: 2016 }) //=> 'measured'
 */
function inferRole(qualifiers: readonly Qualifier[], year: number | undefined, plan: { readonly base: number; readonly issued: number }): FigureRole {
  if (qualifiers.some((q) => qualifierInfo(q).meaning === 'computed')) return 'computed';
  if (year === undefined) return 'measured';
  return year < plan.issued || year <= plan.base ? 'measured' : 'planned';
}

/** The written text of a number: a string as written (separators removed when it is a number), a YAML/JSON number as its source. */
function numberText(value: string | number, path: Path, map: SourceMap | undefined): string {
  const text = typeof value === 'string' ? value.trim() : (map?.numberText(path) ?? String(value));
  return isWrittenNumber(text) ? withoutSeparators(text) : text;
}

/**
 * The number of a percent figure written with its `%` (`"7%"`, `"7.50 %"`): the number as
 * written, its decimals kept (`"7.50"`); any other text as it is.
 *
 * @example
 * withoutPercent('7.50%') //=> '7.50'
 */
function withoutPercent(text: string): string {
  const m = /^(.*?)\s*[%\uFF05]$/.exec(text);
  if (m === null) return text;
  const number = numberTextOf(m[1] ?? '');
  return isWrittenNumber(number) ? number : text;
}

/** A written number with separators removed, other text as it is. */
function numberTextOf(text: string): string {
  const t = text.trim();
  return isWrittenNumber(t) ? withoutSeparators(t) : t;
}

function toList<T>(value: T | readonly T[] | undefined): readonly T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? (value as readonly T[]) : [value as T];
}

function normalizePeriod(period: PlanFile['period']): PlanPeriod {
  if (typeof period === 'string') {
    // The schema only lets the five-year plans' names through.
    const { name, from, to, base } = planPeriod(period);
    return { from, to, base, name };
  }
  return { from: period.from, to: period.to, base: period.base, ...(period.name !== undefined && { name: period.name }) };
}

function normalizePrecision(p: NonNullable<PlanFileFigure['precision']>, path: Path, map: SourceMap | undefined): Precision {
  if (typeof p === 'string') return p;
  if ('decimals' in p) return { decimals: p.decimals };
  return { halfWidth: numberText(p.halfWidth, [...path, 'halfWidth'], map) };
}

function normalizeFigure(
  f: PlanFileFigure,
  index: number,
  units: ReadonlyMap<string, string>,
  dates: { readonly base: number; readonly issued: number },
  map: SourceMap | undefined,
): Figure {
  const path: Path = ['figures', index];
  // Traditional wordings (以內, 約) read as their Simplified forms; the schema let only table wordings through.
  const qualifiers = [...new Set([...toList(f.qualifiers), ...toList(f.qualifier)].map((q) => toSimplified(q) as Qualifier))];
  const unit = f.unit === undefined ? defaultUnit(f.type, units.get(f.indicator)) : normalizeSymbol(f.unit);
  // A percent figure may carry its % ("7%" is "7"), as the plan prints it.
  const written = (text: string): string => (unit !== undefined && isPercentUnit(unit) ? withoutPercent(text) : text);
  return {
    id: f.id,
    indicator: f.indicator,
    type: f.type,
    value: written(numberText(f.value, [...path, 'value'], map)),
    ...(f.high !== undefined && { high: written(numberText(f.high, [...path, 'high'], map)) }),
    ...(unit !== undefined && { unit }),
    ...(f.year !== undefined && { year: f.year }),
    ...(f.from !== undefined && { from: f.from }),
    ...(f.to !== undefined && { to: f.to }),
    qualifiers,
    role: f.role ?? inferRole(qualifiers, f.year ?? f.to, dates),
    ...(f.precision !== undefined && { precision: normalizePrecision(f.precision, [...path, 'precision'], map) }),
    ...(f.prices !== undefined && { prices: f.prices }),
    ...(f.doubling !== undefined && { doubling: f.doubling }),
    ...(f.quote !== undefined && { quote: f.quote }),
    ...(f.note !== undefined && { note: f.note }),
  };
}

/** A fresh plain copy of a record's own entries, arrays copied too. */
function copyRecord<T>(record: object): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    if (v !== undefined) out[k] = Array.isArray(v) ? [...(v as unknown[])] : v;
  }
  return out as T;
}

/** A scenario's rate as written in %, a trailing `%` dropped (`"8%"` is `"8"`). */
function percentText(value: string | number, path: Path, map: SourceMap | undefined): string {
  const text = typeof value === 'string' ? value.trim().replace(/[%％]$/, '').trim() : value;
  return numberText(text, path, map);
}

function normalizeChange(c: PlanFileScenario['changes'][number], path: Path, map: SourceMap | undefined): ScenarioChange {
  switch (c.kind) {
    case 'rate':
      return { kind: 'rate', indicator: c.indicator, rate: percentText(c.rate, [...path, 'rate'], map), ...(c.from !== undefined && { from: c.from }) };
    case 'schedule':
      return {
        kind: 'schedule',
        indicator: c.indicator,
        schedule: c.schedule.map((e, k) => ({ until: e.until, rate: percentText(e.rate, [...path, 'schedule', k, 'rate'], map) })),
      };
    case 'base':
      return { kind: 'base', indicator: c.indicator, value: numberText(c.value, [...path, 'value'], map) };
    case 'shock':
      return { kind: 'shock', indicator: c.indicator, year: c.year, rate: percentText(c.rate, [...path, 'rate'], map) };
    case 'target_year':
      return { kind: 'target_year', indicator: c.indicator, year: c.year, ...(c.figure !== undefined && { figure: c.figure }) };
  }
}

function normalizeScenario(s: PlanFileScenario, index: number, map: SourceMap | undefined): Scenario {
  return {
    id: s.id,
    name: s.name,
    changes: s.changes.map((c, j) => normalizeChange(c, ['scenarios', index, 'changes', j], map)),
    ...(s.quote !== undefined && { quote: s.quote }),
    ...(s.note !== undefined && { note: s.note }),
  };
}

/**
 * Turns a schema-checked plan file into the plan model. Pure; the source map (when given)
 * supplies the written text of numbers.
 *
 * @example
 * normalizePlan(file).figures[0].value //=> '30.90'
 */
export function normalizePlan(file: PlanFile, map?: SourceMap): Plan {
  const period = normalizePeriod(file.period);
  // Units as the table writes them: Traditional (億元, 噸) and full-width forms read as Simplified.
  const indicators: Indicator[] = file.indicators.map((i) => ({ ...copyRecord<Indicator>(i), unit: normalizeSymbol(i.unit) }));
  const units = new Map<string, string>();
  for (const i of indicators) if (!units.has(i.id)) units.set(i.id, i.unit);
  return {
    id: file.id,
    title: file.title,
    issuer: file.issuer,
    year: file.year,
    period,
    source: copyRecord(file.source),
    ...(file.units !== undefined && {
      units: file.units.map((u, i) => ({
        symbol: normalizeSymbol(u.symbol),
        base: normalizeSymbol(u.base),
        factor: numberText(u.factor, ['units', i, 'factor'], map),
        ...(u.note !== undefined && { note: u.note }),
      })),
    }),
    indicators,
    figures: file.figures.map((f, i) => normalizeFigure(f, i, units, { base: period.base, issued: file.year }, map)),
    relations: file.relations.map((r) => copyRecord<Relation>(r)),
    ...(file.scenarios !== undefined && { scenarios: file.scenarios.map((s, i) => normalizeScenario(s, i, map)) }),
    ...(file.note !== undefined && { note: file.note }),
  };
}
