/**
 * Chart specifications as plain Vega-Lite objects: data and encodings only, no rendering
 * dependency. The builders of each chart (growth paths, scenarios, fans, progress) share the
 * configuration here, which declares fonts with Chinese glyphs that readers' machines have.
 */

/** A Vega-Lite specification (a plain JSON object). */
export type ChartSpec = Readonly<Record<string, unknown>>;

/** Fonts with CJK glyphs on common systems (Linux Noto/WenQuanYi, macOS PingFang, Windows YaHei), then generic. */
export const CHART_FONT =
  '"Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", sans-serif';

/** The Vega-Lite schema the specifications follow. */
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/**
 * The configuration every chart of the library shares: fonts, sizes, a white background.
 *
 * @example
 * chartConfig().font //=> CHART_FONT
 */
export function chartConfig(): Readonly<Record<string, unknown>> {
  return {
    font: CHART_FONT,
    background: 'white',
    view: { stroke: null },
    axis: { labelFontSize: 11, titleFontSize: 12, grid: true, gridOpacity: 0.4 },
    legend: { labelFontSize: 11, titleFontSize: 12, orient: 'bottom' },
    title: { fontSize: 14, anchor: 'start' },
  };
}

/**
 * A chart specification with the shared schema and configuration around a body of data and
 * marks (the body's own `config` entries win).
 *
 * @example
 * chart({ mark: 'line', data: { values: [] } }).$schema //=> VEGA_LITE_SCHEMA
 */
export function chart(body: Readonly<Record<string, unknown>>): ChartSpec {
  const own = (body['config'] ?? {}) as Readonly<Record<string, unknown>>;
  return { $schema: VEGA_LITE_SCHEMA, width: 560, height: 320, ...body, config: { ...chartConfig(), ...own } };
}
