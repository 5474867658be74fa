/** A Monte Carlo fan: the percentile bands of each year against the exact path, and each level target's probability. */
import type { SimulatedIndicator, SimulationResult } from '../../scenario/index.js';
import type { Lang } from '../../check/index.js';
import { describeDistribution } from '../simulation.js';
import { scenarioWords } from '../scenario-words.js';
import { indicatorsChart } from './growth-path.js';
import { axisUnit, domainOf, plotted, targetText, type ChartWords, type WhatIfChartOptions, checkedChart } from './labels.js';
import type { ChartSpec } from './spec.js';

/** The value of percentile p in point i, if the simulation has that percentile. */
const at = (ind: SimulatedIndicator, p: number, i: number): number | undefined => ind.percentiles.find((q) => q.percentile === p)?.points[i]?.value;

function layers(ind: SimulatedIndicator, words: ChartWords, title: string | undefined, runs: number, lang: Lang | undefined): Record<string, unknown> {
  const unit = ind.unit;
  const percents = ind.percentiles.map((p) => p.percentile).sort((a, b) => a - b);
  const outer = [percents[0], percents[percents.length - 1]] as const;
  const inner = percents.length >= 4 ? ([percents[1], percents[percents.length - 2]] as const) : undefined;
  const median = percents.includes(50) ? 50 : undefined;
  const rows = ind.exact.map((e, i) => ({
    year: e.year,
    exact: plotted(e.value, unit),
    ...(outer[0] !== undefined && { lo: plotted(at(ind, outer[0], i) ?? 0, unit), hi: plotted(at(ind, outer[1] as number, i) ?? 0, unit) }),
    ...(inner !== undefined && { lo2: plotted(at(ind, inner[0] as number, i) ?? 0, unit), hi2: plotted(at(ind, inner[1] as number, i) ?? 0, unit) }),
    ...(median !== undefined && { median: plotted(at(ind, median, i) ?? 0, unit) }),
  }));
  const targets = ind.targets
    .filter((t) => t.type === 'level')
    .map((t) => ({
      year: t.year,
      value: plotted(t.stated, unit),
      label: `${targetText(t.text, t.unit, t.qualifiers)}  ${words.probability} ${(t.probability * 100).toFixed(1)}%`,
    }));
  const domain = domainOf([...rows.flatMap((r) => [r.exact, r.lo ?? r.exact, r.hi ?? r.exact]), ...targets.map((t) => t.value)]);
  const x = { field: 'year', type: 'ordinal', title: words.year, axis: { labelAngle: 0 } };
  const y = { type: 'quantitative', title: axisUnit(unit), scale: { domain, zero: false } };
  const band = (lo: string, hi: string, opacity: number) => ({ mark: { type: 'area', opacity, color: '#1f77b4' }, encoding: { x, y: { field: lo, ...y }, y2: { field: hi } } });
  const bands = [outer, inner].flatMap((b) => (b === undefined || b[0] === undefined ? [] : [`P${b[0]}–P${b[1]}`])).join(' · ');
  const legend = `${bands}${median === undefined ? '' : ` · ${words.median}`} · ${words.dashed}${words.exact}`;
  const assumption = `${words.runs(runs.toLocaleString('en-US'))}${words.comma}${describeDistribution(ind.distribution, scenarioWords(lang))}`;
  return {
    title: { text: title ?? `${ind.name}${words.colon}${words.fan}`, subtitle: [legend, assumption], subtitleColor: '#555555' },
    width: 560,
    height: 300,
    data: { values: rows },
    layer: [
      ...(outer[0] !== undefined ? [band('lo', 'hi', 0.18)] : []),
      ...(inner !== undefined ? [band('lo2', 'hi2', 0.3)] : []),
      ...(median !== undefined ? [{ mark: { type: 'line', color: '#1f77b4' }, encoding: { x, y: { field: 'median', ...y } } }] : []),
      { mark: { type: 'line', color: '#333333', strokeDash: [5, 3] }, encoding: { x, y: { field: 'exact', ...y } } },
      { data: { values: targets }, mark: { type: 'point', shape: 'diamond', size: 130, filled: true, color: '#d62728' }, encoding: { x, y: { field: 'value', ...y } } },
      { data: { values: targets }, mark: { type: 'text', align: 'right', dx: -10, dy: -12, fontSize: 11, color: '#d62728' }, encoding: { x, y: { field: 'value', ...y }, text: { field: 'label' } } },
    ],
  };
}

/**
 * A Vega-Lite fan chart of a simulation ({@link simulateFloat}): per indicator the band between
 * the outer percentiles (P5–P95 by default), the band between the inner ones (P25–P75), the
 * median, the exact path dashed, and each level target as a diamond labelled with its
 * probability of being met; the subtitle names the bands, the runs and the assumption. Several
 * indicators are stacked.
 *
 * @throws `unknown_reference` for an `indicator` the result does not have.
 * @example
 * fanChart(simulateFloat(plan, { runs: 10000, seed: 1 }), { lang: 'zh', indicator: 'new_product_sales' }).title.text //=> '新产品销售收入：模拟分布'
 */
export function fanChart(result: SimulationResult, options: WhatIfChartOptions = {}): ChartSpec {
  return checkedChart(result, options, 'result', 'simulateFloat', fanChartSpec);
}

function fanChartSpec(result: SimulationResult, options: WhatIfChartOptions): ChartSpec {
  return indicatorsChart(result.indicators, options, (ind, words, title) => layers(ind, words, title, result.runs, options.lang));
}
