/** Chart specifications (Vega-Lite) and their lazy SVG rendering. */
export { chart, chartConfig, CHART_FONT, VEGA_LITE_SCHEMA, type ChartSpec } from './spec.js';
export { renderChartSvg } from './render.js';
export { progressChart, BAND_COLORS, type ChartOptions } from './progress.js';
export { rankingChart } from './ranking.js';
export { decompositionChart, DECOMPOSITION_CHART_TARGETS } from './decomposition.js';
export { growthPathChart } from './growth-path.js';
export { scenarioChart } from './scenarios.js';
export { fanChart } from './fan.js';
export { sensitivityChart } from './sensitivity.js';
export type { WhatIfChartOptions } from './labels.js';
