/** Shared by the units tests. */
import { GrowthError } from '../../src/errors.js';

/** The code of the GrowthError `fn` throws, or undefined when it returns; any other error is rethrown. */
export function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof GrowthError) return e.code;
    throw e;
  }
  return undefined;
}
