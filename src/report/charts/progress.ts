/**
 * The progress chart of a review: per target a bar of task progress, a tick at the share of time
 * elapsed (时间进度), coloured by pace band and labelled with the mid-term label.
 */
import type { Lang } from '../../check/index.js';
import type { MonitorReport, PaceBand } from '../../monitor/index.js';
import { PACE_BANDS } from '../../monitor/index.js';
import { monitorWords } from '../monitor-words.js';
import { argError, isRecord, kindOf, madeBy, optionsOf } from '../../errors.js';
import { langOf } from '../context.js';
import { chart, type ChartSpec } from './spec.js';

/** Colours of the pace bands, best first (green to red). */
export const BAND_COLORS: Readonly<Record<PaceBand, string>> = {
  achieved: '#1a9850',
  on_track: '#91cf60',
  acceleration_needed: '#fee08b',
  limited: '#fc8d59',
  moving_away: '#d73027',
};

/** Options of the chart builders. */
export interface ChartOptions {
  /** The language of titles and labels. Default `en`. */
  readonly lang?: Lang;
  /** A title instead of the default one. */
  readonly title?: string;
}

/** Chart options, checked: an object, a known language, a string title. */
export function chartOptionsOf(given: ChartOptions | undefined): ChartOptions {
  const options = optionsOf(given);
  langOf(options.lang);
  if (options.title !== undefined && typeof options.title !== 'string') throw argError('invalid_option', 'options.title', options.title, 'must be a string');
  return options;
}

/**
 * Runs a chart builder of a review or a decomposition with its arguments checked (issue 10):
 * options as {@link chartOptionsOf}, the report an object (`what`, as `maker` returns it).
 */
export function checkedReportChart<R>(report: R, given: ChartOptions | undefined, what: string, maker: string, build: (report: R, options: ChartOptions) => ChartSpec): ChartSpec {
  const options = chartOptionsOf(given);
  if (!isRecord(report)) throw argError('invalid_argument', 'report', report, `must be ${what} (as ${maker} returns), not ${kindOf(report)}`);
  return madeBy('report', maker, () => build(report, options));
}

const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

/**
 * A Vega-Lite chart of a review: one row per target, a bar of task progress (clipped to
 * −50%…150%), a black tick at the share of time elapsed, bars coloured by pace band.
 *
 * @example
 * progressChart(monitorPlan(plan, actuals), { lang: 'zh' }).layer.length //=> 3
 */
export function progressChart(report: MonitorReport, given: ChartOptions = {}): ChartSpec {
  return checkedReportChart(report, given, 'a review', 'monitorPlan', progressSpec);
}

function progressSpec(report: MonitorReport, options: ChartOptions): ChartSpec {
  const w = monitorWords(options.lang ?? 'en');
  const values = report.targets.map((t) => ({
    target: `${t.subject}${t.illustrative ? '*' : ''} ${t.text}`,
    progress: clamp(t.progress.toNumber(), -0.5, 1.5),
    elapsed: t.elapsed.toNumber(),
    band: w.bands[t.band],
    label: w.labels[t.label],
  }));
  const low = Math.min(0, ...values.map((v) => v.progress));
  const high = Math.max(1, ...values.map((v) => v.progress));
  return chart({
    title: options.title ?? `${report.plan.title} · ${w.progress} / ${w.time} (${report.asOf})`,
    data: { values },
    height: { step: 24 },
    encoding: {
      y: { field: 'target', type: 'nominal', sort: null, title: null, axis: { labelLimit: 320 } },
      x: { type: 'quantitative', scale: { domain: [low, high] }, axis: { format: '.0%' }, title: `${w.progress} (▮) · ${w.time} (|)` },
    },
    layer: [
      {
        mark: { type: 'bar', height: 14 },
        encoding: {
          x: { field: 'progress', type: 'quantitative' },
          color: {
            field: 'band',
            type: 'nominal',
            title: null,
            scale: { domain: PACE_BANDS.map((b) => w.bands[b]), range: PACE_BANDS.map((b) => BAND_COLORS[b]) },
          },
        },
      },
      { mark: { type: 'tick', color: 'black', thickness: 2, size: 20 }, encoding: { x: { field: 'elapsed', type: 'quantitative' } } },
      { mark: { type: 'text', align: 'left', dx: 6, fontSize: 11 }, encoding: { x: { field: 'progress', type: 'quantitative' }, text: { field: 'label' } } },
    ],
  });
}
