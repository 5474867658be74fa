/** Scenarios side by side: each indicator's path under the plan and each scenario, with its level targets. */
import type { ComparisonRow, ComparisonTarget, ScenarioComparison } from '../../scenario/index.js';
import { indicatorsChart } from './growth-path.js';
import { axisUnit, domainOf, plotted, targetText, type ChartWords, type WhatIfChartOptions, checkedChart } from './labels.js';
import type { ChartSpec } from './spec.js';

function layers(c: ScenarioComparison, rows: readonly ComparisonRow[], targets: readonly ComparisonTarget[], words: ChartWords, title: string | undefined): Record<string, unknown> {
  const first = rows[0] as ComparisonRow;
  const unit = first.unit;
  const names = c.columns.map((col) => (col.kind === 'plan' ? words.plan : col.name));
  // drawn last first, so that the plan as written (dashed, wide) lies on top
  const lines = rows.flatMap((r) => r.values.flatMap((v, j) => (v === undefined ? [] : [{ year: r.year, value: plotted(v, unit), scenario: names[j] as string, order: j }])));
  const marks = targets
    .filter((t) => t.type === 'level')
    .flatMap((t) => {
      const any = t.results.find((r) => r !== undefined);
      if (any === undefined) return [];
      const met = t.results.map((r, j) => `${names[j]} ${r === undefined ? '–' : r.met ? '✓' : '✗'}`).join('  ');
      return [{ year: any.year, value: plotted(any.value.minus(any.gap), unit), label: targetText(t.text, t.unit, t.qualifiers), met }];
    });
  const domain = domainOf([...lines.map((l) => l.value), ...marks.map((m) => m.value)]);
  const x = { field: 'year', type: 'ordinal', title: words.year, axis: { labelAngle: 0 } };
  const y = { field: 'value', type: 'quantitative', title: axisUnit(unit), scale: { domain, zero: false } };
  return {
    title: title ?? `${first.name}${words.colon}${words.scenarios}`,
    width: 560,
    height: 300,
    layer: [
      {
        data: { values: lines },
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y,
          color: { field: 'scenario', type: 'nominal', title: null, sort: names },
          // the plan as written dashed, so that a scenario on the same path still shows it
          strokeDash: { field: 'scenario', type: 'nominal', title: null, sort: names, scale: { domain: names, range: names.map((_, j) => (j === 0 ? [6, 3] : [1, 0])) } },
          strokeWidth: { condition: { test: `datum.order === 0`, value: 3.5 }, value: 2 },
        },
      },
      { data: { values: marks }, mark: { type: 'point', shape: 'diamond', size: 130, filled: true, color: '#d62728' }, encoding: { x, y, tooltip: [{ field: 'label' }, { field: 'met' }] } },
      { data: { values: marks }, mark: { type: 'text', align: 'right', dx: -10, dy: -10, fontSize: 11, color: '#d62728' }, encoding: { x, y, text: { field: 'label' } } },
    ],
  };
}

/**
 * A Vega-Lite chart of scenarios side by side ({@link compareScenarios}): per indicator one line
 * per column (the plan as written, then each scenario), and its level targets as labelled
 * diamonds. Several indicators are stacked.
 *
 * @throws `unknown_reference` for an `indicator` the comparison does not have.
 * @example
 * scenarioChart(compareScenarios(plan, plan.scenarios), { lang: 'zh', indicator: 'industrial_va' }).title //=> '规模工业增加值：情景比较'
 */
export function scenarioChart(c: ScenarioComparison, options: WhatIfChartOptions = {}): ChartSpec {
  return checkedChart(c, options, 'c', 'compareScenarios', scenarioChartSpec);
}

function scenarioChartSpec(c: ScenarioComparison, options: WhatIfChartOptions): ChartSpec {
  const ids = [...new Set(c.rows.map((r) => r.indicator))].map((indicator) => ({ indicator }));
  return indicatorsChart(
    ids,
    options,
    ({ indicator }, words, title) => layers(c, c.rows.filter((r) => r.indicator === indicator), c.targets.filter((t) => t.indicator === indicator), words, title),
    { resolve: { scale: { color: 'shared' } } },
  );
}
