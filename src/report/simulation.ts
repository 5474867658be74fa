/**
 * A Monte Carlo result as text, Markdown or JSON: the assumption behind it, each indicator's fan
 * (percentiles by year against the exact path) and each target's probability of being met.
 */
import { D, toDecimal, type Numeric } from '../math/index.js';
import type { RateDistribution, SimulatedIndicator, SimulationResult } from '../scenario/index.js';
import { simulationInUnits } from './json-units.js';
import { plainForJson, scenarioFormatOf, type ScenarioFormat, type ScenarioReportOptions } from './scenario.js';
import { boundedDecimals, pathDecimals, scenarioWords, showValue, targetLabel, type ScenarioWords } from './scenario-words.js';
import { markdownTable, textTable } from './table.js';

/** A spread parameter (a fraction) in percentage points, two decimals. */
const points = (x: Numeric): string => showValue(toDecimal(x, 'distribution'), '%', 2);

/**
 * The assumption of a distribution in words: `each year's rate normal around the planned rate, sd 2.00 points`.
 *
 * @example
 * describeDistribution({ kind: 'normal', sd: '2%' }, scenarioWords('zh')) //=> '年增速服从正态分布，均值为规划增速，标准差2.00个百分点'
 */
export function describeDistribution(d: RateDistribution, words: ScenarioWords): string {
  switch (d.kind) {
    case 'normal':
      return words.normal(points(d.sd));
    case 'uniform':
      return words.uniform(points(d.halfWidth));
    case 'triangular':
      return words.triangular(points(d.below), points(d.above));
    case 'bootstrap':
      return words.bootstrap(d.rates.length);
  }
}

const grouped = (n: number): string => n.toLocaleString('en-US');

/** The probability in percent with its standard error: `45.27% ± 0.16%`. */
const probabilityText = (p: number, se: number): string => `${(p * 100).toFixed(2)}% ± ${(se * 100).toFixed(2)}%`;

interface Section {
  readonly heading: string;
  readonly note: string;
  readonly fan: readonly (readonly string[])[];
  readonly targets: readonly (readonly string[])[];
}

function section(ind: SimulatedIndicator, words: ScenarioWords, separator: string, bound: number): Section {
  const base = ind.exact[0]?.value ?? new D(1);
  const decimals = pathDecimals(base, ind.unit);
  const header = [words.year, words.exact, ...ind.percentiles.map((p) => `P${p.percentile}`)];
  const fan = ind.exact.map((e, y) => [
    String(e.year),
    showValue(e.value, ind.unit, decimals),
    ...ind.percentiles.map((p) => {
      const point = p.points[y];
      if (point === undefined) return '–';
      // a percentile shows no more digits than its error bound supports (the base year is exact)
      const digits = y === 0 ? decimals : boundedDecimals(point.value, ind.unit, decimals, bound);
      return `${showValue(point.value, ind.unit, digits)}${point.clipped === true ? '*' : ''}`;
    }),
  ]);
  const targets = ind.targets.map((t) => {
    const d = t.type === 'level' || t.type === 'total' ? decimals : 2;
    const exact = `${t.exact.met ? '✓' : '✗'} ${showValue(t.exact.value, t.unit, d, t.type !== 'level' && t.type !== 'total')}`;
    return [targetLabel({ ...t, name: ind.name }), exact, probabilityText(t.probability, t.standardError)];
  });
  return {
    heading: `${ind.name}（${ind.unit}）`,
    note: `${words.assumption}${separator}${describeDistribution(ind.distribution, words)}`,
    fan: [header, ...fan],
    targets: targets.length === 0 ? [] : [[words.target, words.exact, words.probability], ...targets],
  };
}

/**
 * Renders a simulation ({@link simulateFloat}):
 * - `text` and `markdown`: the title, the runs, seed and whether years are independent; per
 *   indicator its assumption, its fan (the exact path and each percentile by year, shown to the
 *   digits its error bound supports; `*` marks a percentile outside the histogram window) and
 *   each target's probability ± its standard error
 *   next to the exact path's verdict; the error bounds last;
 * - `json`: the result as data: each target's `probability` a number from 0 to 1, each percentile
 *   path `{ percentile, points: [{ year, value }] }` with numbers, exact values as strings.
 *
 * @throws `invalid_option` for an unknown format or language.
 * @example
 * JSON.parse(formatSimulation(result, 'json')).indicators[0].targets[0].probability //=> 0.45269
 */
export function formatSimulation(result: SimulationResult, format: ScenarioFormat, options: ScenarioReportOptions = {}): string {
  const chosen = scenarioFormatOf(format);
  const words = scenarioWords(options.lang);
  if (chosen === 'json') {
    const document = { ...(options.version !== undefined && { version: options.version }), ...simulationInUnits(result) };
    return `${JSON.stringify(plainForJson(document), null, 2)}\n`;
  }
  const separator = options.lang === 'zh' ? '：' : ': ';
  const title = `${result.plan.title}${separator}${words.simulated}${result.scenario === undefined ? '' : ` (${result.scenario.name})`}`;
  const runs = options.lang === 'zh' ? `${grouped(result.runs)}${words.paths}，${words.seed}${result.seed}` : `${grouped(result.runs)} ${words.paths}, ${words.seed} ${result.seed}`;
  const error = words.error(result.errorBound.path.toExponential(1), result.errorBound.quantile.toExponential(1));
  const parts = result.indicators.map((ind) => section(ind, words, separator, result.errorBound.quantile));
  const clipped = result.indicators.some((i) => i.percentiles.some((p) => p.points.some((pt) => pt.clipped === true)));
  const footer = [error, ...(clipped ? [`* ${words.clipped}`] : [])];
  if (parts.length === 0) return chosen === 'markdown' ? `## ${title}\n\n${words.nothingToSimulate}\n` : `${title}\n\n${words.nothingToSimulate}\n`;
  if (chosen === 'markdown') {
    const body = parts.map((s) => [`### ${s.heading}`, s.note, markdownTable(s.fan), ...(s.targets.length > 0 ? [markdownTable(s.targets)] : [])].join('\n\n'));
    return `## ${title}\n\n${runs}\n\n${body.join('\n\n')}\n\n${footer.join('\n\n')}\n`;
  }
  const body = parts.map((s) => [s.heading, `  ${s.note}`, textTable(s.fan, '  '), ...(s.targets.length > 0 ? [textTable(s.targets, '  ')] : [])].join('\n'));
  return `${title}\n${runs}\n\n${body.join('\n\n')}\n\n${footer.join('\n')}\n`;
}
