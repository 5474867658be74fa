/** Writing a chart's SVG for `--chart` (shared by the what-if commands; not a command itself). */
import type { CliIO } from './io.js';
import { UsageError } from './options.js';

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
    io.stderr(`growth-targets: cannot write ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}
