/**
 * Rendering a chart specification to SVG with the `vega` and `vega-lite` packages, which are
 * optional peer dependencies: they are loaded on the first call only, so importing the library
 * stays light, and a clear `missing_dependency` error says what to install when they are absent.
 */
import { GrowthError } from '../../errors.js';
import type { ChartSpec } from './spec.js';

interface VegaModules {
  readonly vega: {
    parse(spec: unknown): unknown;
    View: new (runtime: unknown, options: { renderer: 'none' }) => { toSVG(): Promise<string>; finalize(): void };
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
