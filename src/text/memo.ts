/** Remembering the results of a costly text function: documents repeat their wordings. */

/**
 * `fn` with its results remembered for up to `max` texts (all forgotten when that many are kept).
 *
 * @example
 * const upper = remembered((s) => s.toUpperCase()); upper('a') //=> 'A'
 */
export function remembered(fn: (text: string) => string, max = 4096): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    const result = known.get(text);
    if (result !== undefined) return result;
    if (known.size >= max) known.clear();
    const computed = fn(text);
    known.set(text, computed);
    return computed;
  };
}
