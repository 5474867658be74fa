/** Chart specifications (Vega-Lite) and their lazy SVG rendering. */
export { chart, chartConfig, CHART_FONT, VEGA_LITE_SCHEMA, type ChartSpec } from './spec.js';
export { renderChartSvg } from './render.js';
