/**
 * Rendering a chart specification to SVG with the `vega` and `vega-lite` packages, which are
 * optional peer dependencies: they are loaded on the first call only, so importing the library
 * stays light, and a clear `missing_dependency` error says what to install when they are absent.
 */
import { GrowthError } from '../../errors.js';
import type { ChartSpec } from './spec.js';

/** Vega's text measurer: a canvas when there is one, else a width estimate. */
interface TextMetrics {
  width: (item: { fontSize?: number | string; text?: unknown }, text: unknown) => number;
  readonly estimateWidth: (item: { fontSize?: number | string; text?: unknown }, text: unknown) => number;
}

interface VegaModules {
  readonly vega: {
    parse(spec: unknown): unknown;
    View: new (runtime: unknown, options: { renderer: 'none' }) => { toSVG(): Promise<string>; finalize(): void };
    readonly textMetrics?: TextMetrics;
  };
  readonly compile: (spec: unknown) => { spec: unknown };
}

let loading: Promise<VegaModules> | undefined;

/** A real dynamic import, also from the CommonJS build (where a bundler would turn `import()` into `require()`). */
const importModule = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<Record<string, unknown>>;

async function load(): Promise<VegaModules> {
  try {
    const [vega, lite] = await Promise.all([importModule('vega'), importModule('vega-lite')]);
    return { vega: vega as unknown as VegaModules['vega'], compile: lite['compile'] as VegaModules['compile'] };
  } catch (cause) {
    loading = undefined;
    throw new GrowthError(
      'missing_dependency',
      'rendering charts needs the optional packages vega and vega-lite: npm install vega vega-lite',
      { argument: 'spec', value: 'vega, vega-lite', cause: cause instanceof Error ? cause.message : String(cause) },
    );
  }
}

/**
 * Renders a Vega-Lite specification (as the chart builders of this library make them) to an SVG
 * document. Text is laid out by Vega's estimates (no canvas); Chinese labels use the fonts the
 * specification declares, so they render on a reader's machine that has one of them.
 *
 * @throws `missing_dependency` when `vega` or `vega-lite` cannot be loaded; `invalid_option` when
 *   the specification does not compile.
 * @example
 * const svg = await renderChartSvg(growthPathChart(path)); svg.startsWith('<svg') //=> true
 */
export async function renderChartSvg(spec: ChartSpec): Promise<string> {
  loading ??= load();
  const { vega, compile } = await loading;
  // Without a canvas, Vega estimates every character at 0.8 em, so a long Chinese label (a glyph
  // is a full em) overruns the space laid out for it and is cut off: estimate CJK at 1 em while
  // this chart renders, and put Vega's own estimate back after.
  const metrics = vega.textMetrics;
  const estimating = metrics !== undefined && metrics.width === metrics.estimateWidth;
  if (estimating) metrics.width = estimateWidth;
  try {
    return await render(vega, compile, spec);
  } finally {
    if (estimating) metrics.width = metrics.estimateWidth;
  }
}

/** Full-width characters: CJK ideographs and punctuation, kana, hangul, full-width forms. */
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** A text's width in a font of the item's size (the longest line): 1 em a full-width character, 0.6 em the others. */
function estimateWidth(item: { fontSize?: number | string; text?: unknown }, text: unknown): number {
  const size = item.fontSize === undefined || item.fontSize === null ? 11 : Number(item.fontSize) || 0;
  const value = text ?? item.text;
  const lines = (Array.isArray(value) ? value : [value]).map((line) => (line === undefined || line === null ? '' : String(line)));
  let widest = 0;
  for (const line of lines) {
    let ems = 0;
    for (const c of line) ems += WIDE.test(c) ? 1 : 0.6;
    widest = Math.max(widest, ems);
  }
  return Math.ceil(widest * size);
}

async function render(vega: VegaModules['vega'], compile: VegaModules['compile'], spec: ChartSpec): Promise<string> {
  let view;
  try {
    view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  } catch (cause) {
    throw new GrowthError('invalid_option', `the chart specification does not compile: ${cause instanceof Error ? cause.message : String(cause)}`, {
      argument: 'spec',
    });
  }
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}
