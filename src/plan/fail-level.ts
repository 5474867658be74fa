/** Reading a fail level (the gates of check and monitor): one of an ordered list, in the library's or the CLI's spelling. */
import { argError } from '../errors.js';

/**
 * Reads a fail level: one of `levels`, or a level's CLI spelling (`near-miss` for `near_miss`).
 *
 * @throws `invalid_option` naming `argument`, listing the levels, for anything else.
 * @example
 * failLevelOf('near-miss', ['near_miss', 'inconsistent', 'none'], 'options.failOn') //=> 'near_miss'
 */
export function failLevelOf<L extends string>(value: unknown, levels: readonly L[], argument: string): L {
  const v = typeof value === 'string' ? value.replace('-', '_') : value;
  if (typeof v === 'string' && (levels as readonly string[]).includes(v)) return v as L;
  const spelled = levels.map((l) => (l.includes('_') ? `'${l}' (or '${l.replace('_', '-')}')` : `'${l}'`));
  throw argError('invalid_option', argument, value, `must be ${spelled.slice(0, -1).join(', ')} or ${spelled.at(-1) ?? ''}`);
}
