/** A sensitivity grid as a heat map: rates up the side, years or bases across, met or not by colour. */
import type { SensitivityGrid } from '../../scenario/index.js';
import { axisUnit, chartWords, plotted, targetText, type WhatIfChartOptions } from './labels.js';
import { chart, type ChartSpec } from './spec.js';

/**
 * A Vega-Lite heat map of a sensitivity grid ({@link sensitivityGrid}): a cell per rate and
 * year (or base), green where the target is met and red where not, each labelled with the
 * target's value.
 *
 * @example
 * sensitivityChart(grid, { lang: 'zh' }).title //=> '信息产业主营业务收入 1700亿元：敏感性分析'
 */
export function sensitivityChart(grid: SensitivityGrid, options: Omit<WhatIfChartOptions, 'indicator'> = {}): ChartSpec {
  const words = chartWords(options.lang);
  const columns = grid.columns.kind === 'year' ? grid.columns.values.map(String) : grid.columns.values.map((b) => b.toFixed());
  const unit = grid.unit;
  const cells = grid.rates.flatMap((rate, i) =>
    (grid.cells[i] ?? []).map((c, j) => ({
      rate: `${rate.times(100).toDecimalPlaces(2).toFixed()}%`,
      order: i,
      column: columns[j] as string,
      value: Number(plotted(c.value, unit).toPrecision(6)),
      met: c.met ? words.met : words.notMet,
    })),
  );
  const x = { field: 'column', type: 'ordinal', title: grid.columns.kind === 'year' ? words.year : `${words.base} (${axisUnit(grid.unit)})`, sort: columns, axis: { labelAngle: 0 } };
  const y = { field: 'rate', type: 'ordinal', title: words.rate, sort: { field: 'order', order: 'descending' } };
  return chart({
    title: options.title ?? `${grid.name} ${targetText(grid.text, grid.unit, grid.qualifiers)}${words.colon}${words.sensitivity}`,
    width: Math.max(240, 90 * columns.length),
    height: Math.max(160, 28 * grid.rates.length),
    data: { values: cells },
    layer: [
      { mark: { type: 'rect', stroke: 'white' }, encoding: { x, y, color: { field: 'met', type: 'nominal', title: null, scale: { domain: [words.met, words.notMet], range: ['#a1d99b', '#fc9272'] } } } },
      { mark: { type: 'text', fontSize: 11 }, encoding: { x, y, text: { field: 'value', type: 'quantitative', format: ',.6~g' } } },
    ],
  });
}
