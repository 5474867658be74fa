/** Writing a chart's SVG for `--chart` (shared by the commands that draw one; not a command itself). */
import { GrowthError, renderChartSvg, type ChartSpec } from '../index.js';
import { IOError, type CliIO } from './io.js';
import { emit, UsageError } from './options.js';

/**
 * Checks `--chart` before any work: it names a .svg file.
 *
 * @throws UsageError for a file name that does not end in .svg.
 * @example
 * chartFileOf('fan.svg') //=> 'fan.svg'
 */
export function chartFileOf(file: string | undefined): string | undefined {
  if (file !== undefined && !/\.svg$/i.test(file)) throw new UsageError(`--chart writes SVG: name a .svg file (got '${file}')`);
  return file;
}

/**
 * Writes an SVG whole or not at all; false (after saying why) when it cannot.
 *
 * @example
 * await writeChart('fan.svg', svg, io) //=> true
 */
export async function writeChart(file: string, svg: string, io: CliIO): Promise<boolean> {
  try {
    await io.writeFileAtomic(file, svg);
    return true;
  } catch (error) {
    if (!(error instanceof IOError)) throw error;
    io.stderr(`growth-targets: ${error.message}\n`);
    return false;
  }
}

/** Renders a chart and writes it whole; false (with a message) when it cannot. */
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
