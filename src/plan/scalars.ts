/**
 * What a YAML scalar means in a plan file: the YAML 1.2 core schema for plain (unquoted) scalars,
 * text for everything else. A scalar that resolves to a number was written as that number, so its
 * text is the written text the reader records: `30.90` keeps its two decimals while `year: 2014`
 * still reaches the schema as a number.
 */

/** A scalar's value in a plan file. */
export type Scalar = string | number | boolean | null;

const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const INT = /^[-+]?[0-9]+$/;
const OCT = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** An integer of the core schema (decimal, `0o` octal, `0x` hex), or undefined. */
function coreInt(text: string): number | undefined {
  if (INT.test(text)) return Number(text);
  if (OCT.test(text)) return parseInt(text.slice(2), 8);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  return undefined;
}

/**
 * Resolves a plain (unquoted, untagged) scalar as the YAML 1.2 core schema does: `~`, `null` and
 * the empty scalar are null; `true`/`false` (three spellings each) booleans; decimal, `0o` octal and
 * `0x` hex integers and decimal floats numbers. `.inf`, `.nan` and numbers past the float range
 * (`1e400`) stay text (no plan can use them; the checks name them as written). Anything else is a
 * string.
 *
 * @example
 * resolvePlain('30.90') //=> 30.9 (the reader keeps '30.90')
 * resolvePlain('1,042.4') //=> '1,042.4'
 * resolvePlain('~') //=> null
 */
export function resolvePlain(text: string): Scalar {
  if (text === '') return null;
  const c = text.charCodeAt(0);
  // Dispatch on the first character: most plan scalars are words and need no regex at all.
  if ((c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46) {
    const number = coreInt(text) ?? (FLOAT.test(text) ? Number(text) : undefined);
    // 1e400 overflows to Infinity: keep the text, as for .inf.
    return number !== undefined && Number.isFinite(number) ? number : text;
  }
  // The words have 1, 4 or 5 letters: most keys and names are longer and skip the regexes.
  const n = text.length;
  if (n === 1 || n === 4) {
    if (c === 126 || c === 110 || c === 78) return NULL.test(text) ? null : text;
    if (c === 116 || c === 84) return TRUE.test(text) ? true : text;
  }
  if (n === 5 && (c === 102 || c === 70)) return FALSE.test(text) ? false : text;
  return text;
}

/** The core-schema scalar tags a plan file may write (`!!str 2014`), by their short names. */
export type CoreScalarTag = 'str' | 'null' | 'bool' | 'int' | 'float';

/**
 * Resolves a scalar under an explicit core-schema tag (`!!int "2014"`), or undefined when its text
 * is not of that type (`!!int abc`).
 *
 * @example
 * resolveTagged('2014', 'int') //=> 2014
 * resolveTagged('abc', 'int') //=> undefined
 */
export function resolveTagged(text: string, tag: CoreScalarTag): Scalar | undefined {
  switch (tag) {
    case 'str':
      return text;
    case 'null':
      return text === '' || NULL.test(text) ? null : undefined;
    case 'bool':
      return TRUE.test(text) ? true : FALSE.test(text) ? false : undefined;
    case 'int': {
      const n = coreInt(text);
      return n === undefined || Number.isFinite(n) ? n : text;
    }
    case 'float': {
      const n = coreInt(text) ?? (FLOAT.test(text) ? Number(text) : undefined);
      if (n !== undefined) return Number.isFinite(n) ? n : text;
      return /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(text) ? text : undefined;
    }
  }
}
