/**
 * The charts of a decomposition: by year, one small chart per target with the planned path, the
 * actuals and the recomputed targets; by unit, each split's parts as shares of their total (or,
 * with actuals, the ranking of the first split that has one).
 */
import type { DecompositionReport } from '../../monitor/index.js';
import { monitorWords } from '../monitor-words.js';
import { checkedReportChart, type ChartOptions } from './progress.js';
import { rankingChart } from './ranking.js';
import { chart, type ChartSpec } from './spec.js';

/** Targets shown in the small multiples of a yearly decomposition, at most. */
export const DECOMPOSITION_CHART_TARGETS = 12;

/**
 * A Vega-Lite chart of a decomposition. By year (or month/quarter: the years of the flows): one
 * panel per target (the first {@link DECOMPOSITION_CHART_TARGETS}), the plan's path as a line,
 * actuals as points, recomputed targets dashed; values in each target's unit (% as percent). By
 * unit: the ranking of the first ranked split, else each split's parts as stacked shares.
 *
 * @example
 * decompositionChart(decomposePlan(plan, { by: 'year' })).columns //=> 3
 */
export function decompositionChart(report: DecompositionReport, given: ChartOptions = {}): ChartSpec {
  return checkedReportChart(report, given, 'a decomposition', 'decomposePlan', decompositionSpec);
}

function decompositionSpec(report: DecompositionReport, options: ChartOptions): ChartSpec {
  const w = monitorWords(options.lang ?? 'en');
  const title = options.title ?? `${report.plan.title} · ${w.decomposition}`;
  if (report.by === 'unit') {
    const ranked = report.splits.find((s) => s.ranking !== undefined);
    if (ranked?.ranking !== undefined) return rankingChart(ranked.ranking, { ...options, title });
    const values = report.splits.flatMap((s) =>
      s.parts.map((p) => ({ split: s.total.figure === undefined ? `${s.relation} (100%)` : `${s.total.subject} ${s.total.text}`, part: p.subject, share: p.share.toNumber() })),
    );
    return chart({
      title,
      data: { values },
      height: { step: 28 },
      mark: 'bar',
      encoding: {
        y: { field: 'split', type: 'nominal', title: null, axis: { labelLimit: 300 } },
        x: { field: 'share', type: 'quantitative', stack: 'zero', axis: { format: '.0%' }, title: w.share },
        color: { field: 'part', type: 'nominal', title: null, legend: { columns: 2, labelLimit: 240 } },
        tooltip: [{ field: 'part' }, { field: 'share', format: '.2%' }],
      },
    });
  }
  const scaleOf = (unit: string): number => (unit === '%' || unit.endsWith('%') ? 100 : 1);
  const values = report.targets.slice(0, DECOMPOSITION_CHART_TARGETS).flatMap((t) => {
    const k = scaleOf(t.unit);
    const panel = `${t.subject} ${t.text} (${t.unit === '%' ? '%' : t.unit})`;
    return t.rows.flatMap((r) => [
      { panel, year: r.year, series: w.planned, value: r.planned.toNumber() * k },
      ...(r.actual === undefined ? [] : [{ panel, year: r.year, series: w.actual, value: r.actual.toNumber() * k }]),
      ...(r.rolling === undefined ? [] : [{ panel, year: r.year, series: w.rolling, value: r.rolling.toNumber() * k }]),
    ]);
  });
  return chart({
    title,
    data: { values },
    facet: { field: 'panel', type: 'nominal', title: null, header: { labelLimit: 240, labelFontSize: 11 } },
    columns: 3,
    spec: {
      width: 220,
      height: 140,
      layer: [
        {
          mark: { type: 'line', point: true },
          encoding: {
            x: { field: 'year', type: 'ordinal', title: null },
            y: { field: 'value', type: 'quantitative', title: null, scale: { zero: false } },
            color: { field: 'series', type: 'nominal', title: null, scale: { domain: [w.planned, w.actual, w.rolling], range: ['#4575b4', '#d73027', '#999999'] } },
            strokeDash: { field: 'series', type: 'nominal', legend: null, scale: { domain: [w.planned, w.actual, w.rolling], range: [[1, 0], [1, 0], [4, 3]] } },
          },
        },
      ],
    },
    resolve: { scale: { y: 'independent' } },
  });
}
