/** A growth path against its targets and the values that meet them (a Vega-Lite specification). */
import { argError } from '../../errors.js';
import type { IndicatorResult, ScenarioResult } from '../../scenario/index.js';
import { axisUnit, bandOf, chartWords, domainOf, plotted, targetText, type ChartWords, type WhatIfChartOptions, checkedChart } from './labels.js';
import { chart, type ChartSpec } from './spec.js';

/**
 * The indicators a chart draws: the one asked for, or every one.
 *
 * @example
 * chosenIndicators([{ indicator: 'a' }, { indicator: 'b' }], 'b') //=> [{ indicator: 'b' }]
 */
export function chosenIndicators<T extends { readonly indicator: string }>(all: readonly T[], indicator: string | undefined): readonly T[] {
  if (indicator === undefined) return all;
  const found = all.filter((i) => i.indicator === indicator);
  if (found.length === 0) throw argError('unknown_reference', 'options.indicator', indicator, `is not among ${all.map((i) => i.indicator).join(', ') || 'no indicators'}`);
  return found;
}

/**
 * A chart of the indicators a what-if chart draws: one indicator's layers alone (with the title
 * asked for), or several stacked under it (`stack`: what else the stack sets).
 */
export function indicatorsChart<T extends { readonly indicator: string }>(
  all: readonly T[],
  options: WhatIfChartOptions,
  layersOf: (indicator: T, words: ChartWords, title: string | undefined) => Record<string, unknown>,
  stack: Record<string, unknown> = {},
): ChartSpec {
  const words = chartWords(options.lang);
  const chosen = chosenIndicators(all, options.indicator);
  if (chosen.length === 1) return chart(layersOf(chosen[0] as T, words, options.title));
  return chart({ ...(options.title !== undefined && { title: options.title }), vconcat: chosen.map((i) => layersOf(i, words, undefined)), ...stack });
}

/** One indicator's layers: the band of each level target, the path (and the plan's, when it differs), the targets. */
function layers(ind: IndicatorResult, words: ChartWords, title: string | undefined): Record<string, unknown> {
  const unit = ind.unit;
  const levels = ind.targets.filter((t) => t.type === 'level');
  const differs = ind.path.some((p) => p.difference !== undefined && !p.difference.isZero());
  const path = [
    ...ind.path.map((p) => ({ year: p.year, value: plotted(p.value, unit), series: words.path })),
    ...(differs ? ind.path.flatMap((p) => (p.plan === undefined ? [] : [{ year: p.year, value: plotted(p.plan, unit), series: words.plan }])) : []),
  ];
  const stated = levels.map((t) => ({ year: t.year, value: plotted(t.value.minus(t.gap), unit), label: targetText(t.text, t.unit, t.qualifiers), met: t.met ? words.met : words.notMet }));
  const domain = domainOf([...path.map((p) => p.value), ...stated.map((s) => s.value), ...levels.flatMap((t) => [t.admissible.lo, t.admissible.hi].filter((x) => x !== undefined).map((x) => plotted(x, unit)))]);
  const bands = levels.map((t) => ({ year: t.year, ...bandOf(t.admissible, unit, domain) }));
  const x = { field: 'year', type: 'ordinal', title: words.year, axis: { labelAngle: 0 } };
  const y = { type: 'quantitative', title: axisUnit(unit), scale: { domain, zero: false } };
  return {
    title: title ?? `${ind.name}${words.colon}${words.path}`,
    width: 560,
    height: 300,
    layer: [
      { data: { values: bands }, mark: { type: 'bar', opacity: 0.18, color: '#2ca02c', width: 26 }, encoding: { x, y: { field: 'lo', ...y }, y2: { field: 'hi' } } },
      {
        data: { values: path },
        mark: { type: 'line', point: true },
        encoding: {
          x,
          y: { field: 'value', ...y },
          color: { field: 'series', type: 'nominal', title: null, scale: { range: ['#1f77b4', '#999999'] } },
          strokeDash: { field: 'series', type: 'nominal', title: null, scale: { range: [[1, 0], [5, 3]] } },
        },
      },
      { data: { values: stated }, mark: { type: 'point', shape: 'diamond', size: 120, filled: true, color: '#d62728' }, encoding: { x, y: { field: 'value', ...y }, tooltip: [{ field: 'label' }, { field: 'met' }] } },
      { data: { values: stated }, mark: { type: 'text', align: 'right', dx: -10, dy: -10, fontSize: 11, color: '#d62728' }, encoding: { x, y: { field: 'value', ...y }, text: { field: 'label' } } },
    ],
  };
}

/**
 * A Vega-Lite chart of growth paths against their targets: per indicator the path year by year
 * (and the plan's, dashed, where a scenario moves it), each level target as a diamond labelled as
 * the plan writes it (力争2000亿元以上), and the values that meet it as a shaded bar in its year (a
 * floor runs to the top of the chart, a 左右 band spans its band). Several indicators are stacked.
 *
 * @throws `unknown_reference` for an `indicator` the result does not have.
 * @example
 * growthPathChart(runScenario(plan), { lang: 'zh', indicator: 'new_product_sales' }).title //=> '新产品销售收入：增长路径'
 */
export function growthPathChart(result: ScenarioResult, options: WhatIfChartOptions = {}): ChartSpec {
  return checkedChart(result, options, 'result', 'runScenario', growthPathChartSpec);
}

function growthPathChartSpec(result: ScenarioResult, options: WhatIfChartOptions): ChartSpec {
  return indicatorsChart(result.indicators, options, layers, { resolve: { scale: { color: 'independent' } } });
}
