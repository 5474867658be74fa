/** The ranking chart: sub-units ordered by completion of their own targets, a rule at the schedule. */
import type { RankedUnit } from '../../monitor/index.js';
import { PACE_BANDS } from '../../monitor/index.js';
import { monitorWords, ratio } from '../monitor-words.js';
import { BAND_COLORS, type ChartOptions } from './progress.js';
import { chart, type ChartSpec } from './spec.js';

/**
 * A Vega-Lite chart of a ranking: one bar per sub-unit, best first, its completion (task progress
 * over scheduled progress, 完成进度/序时进度) with a rule at 1 (exactly on schedule), coloured by
 * pace band.
 *
 * @example
 * rankingChart(rankUnits(zones), { lang: 'zh' }).layer.length //=> 3
 */
export function rankingChart(ranking: readonly RankedUnit[], options: ChartOptions = {}): ChartSpec {
  const w = monitorWords(options.lang ?? 'en');
  const values = ranking.map((u) => ({
    unit: `${u.rank}. ${u.subject}${u.illustrative ? '*' : ''}`,
    completion: u.completion.toNumber(),
    band: w.bands[u.band],
    label: `${ratio(u.completion)} · ${w.labels[u.label]}`,
  }));
  return chart({
    title: options.title ?? `${w.rank}: ${w.completion}`,
    data: { values },
    height: { step: 26 },
    encoding: { y: { field: 'unit', type: 'nominal', sort: null, title: null, axis: { labelLimit: 280 } } },
    layer: [
      {
        mark: { type: 'bar', height: 16 },
        encoding: {
          x: { field: 'completion', type: 'quantitative', title: w.completion },
          color: { field: 'band', type: 'nominal', title: null, scale: { domain: PACE_BANDS.map((b) => w.bands[b]), range: PACE_BANDS.map((b) => BAND_COLORS[b]) } },
        },
      },
      { mark: { type: 'rule', color: 'black', strokeDash: [4, 3] }, data: { values: [{ x: 1 }] }, encoding: { x: { field: 'x', type: 'quantitative' } } },
      { mark: { type: 'text', align: 'left', dx: 6, fontSize: 11 }, encoding: { x: { field: 'completion', type: 'quantitative' }, text: { field: 'label' } } },
    ],
  });
}
