/** Writing a chart's SVG for `--chart` (shared by the commands that draw one; not a command itself). */
import { GrowthError, renderChartSvg, type ChartSpec } from '../index.js';
import type { CliIO } from './io.js';
import { emit, UsageError } from './options.js';

/**
 * Checks `--chart` before any work: it names a .svg file.
 *
 * @throws UsageError for a file name that does not end in .svg.
 * @example
 * chartFileOf('fan.svg') //=> 'fan.svg'
 */
export function chartFileOf(file: string | undefined): string | undefined {
  if (file !== undefined && !/\.svg$/i.test(file)) throw new UsageError(`option '--chart' writes SVG: give a file ending in .svg (got '${file}')`);
  return file;
}

/**
 * Renders a chart and writes it whole or not at all; false (with a message on stderr) when it
 * cannot be rendered (the optional vega packages missing, any error of the renderer) or written.
 */
export async function renderChart(spec: ChartSpec, file: string, io: CliIO): Promise<boolean> {
  let svg: string;
  try {
    svg = await renderChartSvg(spec);
  } catch (error) {
    const code = error instanceof GrowthError ? `${error.code}: ` : '';
    io.stderr(`growth-targets: ${code}${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
  return emit(svg, file, io);
}
