/**
 * Scenarios side by side as text for people (aligned columns), Markdown (tables) or JSON (every
 * decimal an exact `toFixed` string, in the unit beside it: a `%` quantity as a percent number).
 */
import type { Lang } from '../check/index.js';
import { argError } from '../errors.js';
import type { D } from '../math/index.js';
import type { ComparisonTarget, IndicatorResult, ScenarioColumn, ScenarioComparison, TargetResult } from '../scenario/index.js';
import { pathDecimals, scenarioWords, showValue, signed, targetLabel, type ScenarioWords } from './scenario-words.js';
import { comparisonTargetInUnits, inUnit } from './json-units.js';
import { markdownTable, textTable } from './table.js';

/** The formats of {@link formatScenarios} and the other what-if renderers. */
export type ScenarioFormat = 'text' | 'json' | 'markdown';

/** Every what-if format, the default (`text`) first. */
export const SCENARIO_FORMATS: readonly ScenarioFormat[] = ['text', 'json', 'markdown'];

/** Options of {@link formatScenarios}. */
export interface ScenarioReportOptions {
  /** Default `en`. */
  readonly lang?: Lang;
  /** The version to name in JSON. */
  readonly version?: string;
}

/**
 * Checks a what-if format.
 *
 * @throws `invalid_option` for a format other than text, json or markdown.
 * @example
 * scenarioFormatOf('markdown') //=> 'markdown'
 */
export function scenarioFormatOf(format: string): ScenarioFormat {
  if (!(SCENARIO_FORMATS as readonly string[]).includes(format)) throw argError('invalid_option', 'format', format, `must be one of ${SCENARIO_FORMATS.join(', ')}`);
  return format as ScenarioFormat;
}

const columnName = (c: ScenarioColumn, words: ScenarioWords): string => (c.kind === 'plan' ? words.plan : c.name);

/** The decimals of a target's measure: a level's path decimals, 2 for %, 2 for a multiple. */
function targetDecimals(t: ComparisonTarget, base: D | undefined): number {
  if (t.type === 'level' || t.type === 'total') return base === undefined ? 2 : pathDecimals(base, t.unit);
  return 2;
}

function targetCell(r: TargetResult | undefined, t: ComparisonTarget, decimals: number): string {
  if (r === undefined) return '–';
  const value = showValue(r.value, t.unit, decimals, t.type !== 'level' && t.type !== 'total');
  const gap = r.met ? '' : ` (${signed(showValue(r.gap, t.unit, decimals))})`;
  return `${r.met ? '✓' : '✗'} ${value}${gap}`;
}

/** The plain-data document behind the JSON format. */
function toPlain(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toFixed?: unknown }).toFixed === 'function' && typeof (value as { isFinite?: unknown }).isFinite === 'function') return (value as D).toFixed();
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : toPlain(v)));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (v !== undefined) out[key] = toPlain(v);
  return out;
}

function baseOf(c: ScenarioComparison, indicator: string): IndicatorResult | undefined {
  for (const r of c.results) {
    const found = r.indicators.find((i) => i.indicator === indicator);
    if (found !== undefined) return found;
  }
  return undefined;
}

interface Section {
  readonly heading: string;
  readonly rows: readonly (readonly string[])[];
}

/** The tables of a comparison: one per indicator (year × column), then the targets. */
function sections(c: ScenarioComparison, words: ScenarioWords): Section[] {
  const header = [words.year, ...c.columns.map((col) => columnName(col, words))];
  const out: Section[] = [];
  const indicators = [...new Set(c.rows.map((r) => r.indicator))];
  for (const id of indicators) {
    const rows = c.rows.filter((r) => r.indicator === id);
    const first = rows[0];
    if (first === undefined) continue;
    const decimals = pathDecimals(baseOf(c, id)?.base.value ?? rows[0]?.values.find((v) => v !== undefined) ?? (first.values[0] as D), first.unit);
    out.push({
      heading: `${first.name}（${first.unit}）`,
      rows: [header, ...rows.map((r) => [String(r.year), ...r.values.map((v) => (v === undefined ? '–' : showValue(v, first.unit, decimals)))])],
    });
  }
  if (c.targets.length > 0) {
    out.push({
      heading: words.targets,
      rows: [
        [words.target, ...c.columns.map((col) => columnName(col, words))],
        ...c.targets.map((t) => {
          const decimals = targetDecimals(t, baseOf(c, t.indicator)?.base.value);
          const year = t.results.find((r) => r !== undefined);
          return [targetLabel({ ...t, year: year?.year ?? 0, ...(year?.from !== undefined && { from: year.from }) }), ...t.results.map((r) => targetCell(r, t, decimals))];
        }),
      ],
    });
  }
  return out;
}

function unprojectedLine(c: ScenarioComparison, words: ScenarioWords): string | undefined {
  const names = [...new Set(c.results.flatMap((r) => r.unprojected.map((u) => u.name)))];
  return names.length === 0 ? undefined : `${words.unprojected}: ${names.join('、')}`;
}

/**
 * Renders scenarios side by side ({@link compareScenarios}):
 * - `text`: the title, a table per indicator (a row per year, a column per scenario, the plan as
 *   written first), and a table of targets (✓ met / ✗ not met, the value and the gap to the
 *   figure), then the indicators that could not be projected;
 * - `markdown`: the same tables in Markdown;
 * - `json`: `{ version, plan, columns, indicators: [{ indicator, name, unit, rows: [{ year, values }] }],
 *   targets: [{ figure, …, results: [{ year, value, met, gap, distance, relativeGap }] }], unprojected }`,
 *   decimals as exact strings in their value domain (rates as fractions), null where a column has none.
 *
 * @throws `invalid_option` for an unknown format or language.
 * @example
 * formatScenarios(compareScenarios(plan, plan.scenarios), 'text', { lang: 'zh' }).split('\n')[0] //=> '太原工业振兴行动方案：情景比较'
 */
export function formatScenarios(c: ScenarioComparison, format: ScenarioFormat, options: ScenarioReportOptions = {}): string {
  const chosen = scenarioFormatOf(format);
  const words = scenarioWords(options.lang);
  const title = `${c.plan.title}${options.lang === 'zh' ? '：' : ': '}${words.compared}`;
  if (chosen === 'json') {
    const indicators = [...new Set(c.rows.map((r) => r.indicator))].map((id) => {
      const rows = c.rows.filter((r) => r.indicator === id);
      const unit = rows[0]?.unit ?? '';
      return { indicator: id, name: rows[0]?.name, unit, rows: rows.map((r) => ({ year: r.year, values: r.values.map((v) => (v === undefined ? undefined : inUnit(v, unit))) })) };
    });
    const document = {
      ...(options.version !== undefined && { version: options.version }),
      plan: c.plan,
      columns: c.columns,
      indicators,
      targets: c.targets.map((t) => comparisonTargetInUnits(t, c.rows.find((r) => r.indicator === t.indicator)?.unit ?? t.unit)),
      unprojected: c.results.map((r) => r.unprojected),
    };
    return `${JSON.stringify(toPlain(document), null, 2)}\n`;
  }
  const parts = sections(c, words);
  const note = parts.length === 0 && c.results.every((r) => r.unprojected.length === 0) ? words.nothing : unprojectedLine(c, words);
  if (chosen === 'markdown') {
    const body = parts.map((s) => `### ${s.heading}\n\n${markdownTable(s.rows)}`);
    return [`## ${title}`, ...body, ...(note === undefined ? [] : [note])].join('\n\n') + '\n';
  }
  const body = parts.map((s) => `${s.heading}\n${textTable(s.rows, '  ')}`);
  return [title, ...body, ...(note === undefined ? [] : [note])].join('\n\n') + '\n';
}

export { toPlain as plainForJson };
