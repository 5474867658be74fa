/** Option checking and output shared by the commands. */
import { GrowthError } from '../index.js';
import { IOError, type CliIO } from './io.js';

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
  const fraction = m[2] === '%' ? shiftLeft2(number) : number;
  if (Number(fraction) >= 1) {
    throw new UsageError(`option '${option}' must be below 1 (100%): a fraction such as 0.05 or a percent such as 5% (got '${value}'${m[2] === '%' ? '' : `; for ${value}% write ${value}%`})`);
  }
  return fraction;
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

/** Colour for a report: only in the text format on stdout (not into `--output`), and where {@link colorOf} allows it. */
export function reportColorOf(format: string, output: string | undefined, io: Pick<CliIO, 'env' | 'isTTY'>): boolean {
  return format === 'text' && output === undefined && colorOf(io);
}

/** About how many characters one write takes: pieces are gathered up to it (a write per finding costs a system call each). */
const CHUNK = 256 * 1024;

/** The pieces gathered into chunks of about {@link CHUNK} characters. */
function* chunks(pieces: string | Iterable<string>): Generator<string> {
  if (typeof pieces === 'string') {
    yield pieces;
    return;
  }
  let buffer: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      yield buffer.join('');
      buffer = [];
      size = 0;
    }
  }
  if (size > 0) yield buffer.join('');
}

/**
 * Writes the output, piece by piece, to `--output` (whole or not at all) or stdout. Resolves to
 * false, with a message naming the file and the reason, when the file cannot be written.
 */
export async function emit(pieces: string | Iterable<string>, output: string | undefined, io: CliIO): Promise<boolean> {
  if (output === undefined) {
    for (const chunk of chunks(pieces)) io.stdout(chunk);
    return true;
  }
  try {
    await io.writeFileAtomic(output, chunks(pieces));
    return true;
  } catch (error) {
    if (!(error instanceof IOError)) throw error;
    io.stderr(`growth-targets: ${error.message}\n`);
    return false;
  }
}

/** The library's option names, as the flags that set them. */
const FLAGS: Readonly<Record<string, string>> = {
  'options.tolerance': "option '--tolerance'",
  'options.approxBand': "option '--band'",
  'options.band': "option '--band'",
  'options.lenient': "option '--lenient'",
  'options.asOf': "option '--as-of'",
  'options.by': "option '--by'",
  'options.failOn': "option '--fail-on'",
  'options.lang': "option '--lang'",
  'options.from': "option '--from'",
  'options.to': "option '--to'",
};

/** An error's message with the library's argument name replaced by the flag the user typed: internal names never leak. */
export function asFlags(error: GrowthError): string {
  const argument = error.details.argument;
  const flag = argument === undefined ? undefined : FLAGS[argument];
  return flag === undefined || argument === undefined || !error.message.startsWith(argument) ? error.message : `${flag}${error.message.slice(argument.length)}`;
}

/** Runs a library call whose contract violations are the user's input (a bad --as-of, --band): named by the flag that set them. */
export function asUsage<T>(option: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof GrowthError && (error.code === 'invalid_date' || error.code === 'invalid_option' || error.code === 'out_of_range' || error.code === 'invalid_number')) {
      const named = asFlags(error);
      throw new UsageError(named === error.message ? `option '${option}' ${error.message.replace(/^options\.\w+ /, '')}` : named);
    }
    throw error;
  }
}
