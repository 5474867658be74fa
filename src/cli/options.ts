/** Option checking and output shared by the commands. */
import type { CliIO } from './io.js';

/** A bad command line or input: reported on stderr, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Checks `--format` against the formats a command offers; the first is the default. */
export function formatOf<F extends string>(format: string | undefined, allowed: readonly F[]): F {
  const chosen = format ?? allowed[0];
  if (chosen === undefined || !(allowed as readonly string[]).includes(chosen)) {
    throw new UsageError(`option '--format' must be one of ${allowed.join(', ')} (got '${format}')`);
  }
  return chosen as F;
}

/** Reads a year flag (`--from 2012`). */
export function yearOf(flag: 'from' | 'to', value: string | undefined): number {
  if (value === undefined) throw new UsageError(`option '--${flag}' is required`);
  if (!/^\d{4}$/.test(value)) throw new UsageError(`option '--${flag}' must be a four-digit year (got '${value}')`);
  return Number(value);
}

/**
 * Reads `--tolerance`: a non-negative fraction (`0.01`) or percent (`1%`), returned as a fraction
 * in decimal text, so no binary floating point is involved.
 *
 * @throws UsageError for anything else.
 * @example
 * toleranceOf('1.5%') //=> '0.015'
 */
export function toleranceOf(value: string | undefined, option = '--tolerance'): string | undefined {
  if (value === undefined) return undefined;
  const m = /^(\d+(?:\.\d*)?|\.\d+)(%?)$/.exec(value.normalize('NFKC').trim());
  if (m === null) throw new UsageError(`option '${option}' must be a non-negative number or percent, e.g. 0.01 or 1% (got '${value}')`);
  const number = m[1] ?? '';
  return m[2] === '%' ? shiftLeft2(number) : number;
}

/** Divides a plain decimal text by 100, exactly, as text. */
function shiftLeft2(text: string): string {
  const [int = '', frac = ''] = text.split('.');
  const digits = `${int.padStart(3, '0')}${frac}`;
  const point = digits.length - frac.length - 2;
  const out = `${digits.slice(0, point).replace(/^0+(?=\d)/, '')}.${digits.slice(point)}`.replace(/\.?0+$/, '');
  return out === '' || out.startsWith('.') ? `0${out}` : out;
}

/**
 * ANSI colour: off when NO_COLOR is set (non-empty), on when FORCE_COLOR is (non-empty, not 0),
 * else when stdout is a terminal.
 *
 * @example
 * colorOf({ env: { FORCE_COLOR: '1' }, isTTY: false }) //=> true
 */
export function colorOf(io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  if ((io.env['NO_COLOR'] ?? '') !== '') return false;
  const force = io.env['FORCE_COLOR'] ?? '';
  if (force !== '' && force !== '0') return true;
  return io.isTTY;
}

/** Writes the output to `--output` (atomically) or stdout. Resolves to false when the file cannot be written. */
export async function emit(text: string, output: string | undefined, io: CliIO): Promise<boolean> {
  if (output === undefined) {
    io.stdout(text);
    return true;
  }
  try {
    await io.writeFileAtomic(output, text);
    return true;
  } catch (error) {
    io.stderr(`growth-targets: cannot write ${output}: ${error instanceof Error ? error.message : String(error)}\n`);
    return false;
  }
}
