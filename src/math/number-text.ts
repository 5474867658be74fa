/**
 * Numbers as text: the one place that says what a written number looks like and how its text is
 * normalised (full-width digits and signs, the Unicode minus, white space, thousands separators).
 * The decimal parser, the rounding intervals, quantities and plan files all use it.
 */

/** A number as a plan writes it: an optional sign, digits (optionally grouped by thousands), decimals. */
const WRITTEN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** What the decimal parser reads besides: a leading `.5` and an exponent (`1.2e3`). */
const NUMERIC = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i;

/** The parts of a numeric text: integer digits (with separators), decimals, exponent. */
const PARTS = /^[+-]?([\d,]*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Dashes that plans and spreadsheets use for a minus sign. */
const MINUS = /[\u2212\u2012\u2013\uFE63]/g;

/**
 * Normalises the text of a number as published: NFKC (full-width `１２．５％` is `12.5%`), a
 * Unicode minus as `-`, no white space anywhere.
 *
 * @example
 * normalizeNumberText(' －１，０４２．４ ') //=> '-1,042.4'
 */
export function normalizeNumberText(text: string): string {
  return text.normalize('NFKC').replace(MINUS, '-').replace(/\s+/g, '');
}

/**
 * True when `text` (normalised) is a number as plans write it: sign, digits with optional
 * thousands separators, decimals; no exponent.
 *
 * @example
 * isWrittenNumber('1,042.4') //=> true
 * isWrittenNumber('1e3') //=> false
 */
export function isWrittenNumber(text: string): boolean {
  return WRITTEN_NUMBER.test(text);
}

/**
 * True when `text` (normalised, without `%`) is numeric text the decimal parser reads: a written
 * number, a leading `.5`, an exponent; at least one digit.
 *
 * @example
 * isNumericText('1.2e3') //=> true
 * isNumericText('e5') //=> false
 */
export function isNumericText(text: string): boolean {
  return NUMERIC.test(text) && /\d/.test(text.replace(/e.*$/i, ''));
}

/**
 * A written number without its thousands separators (`"1,042.4"` → `"1042.4"`); other text is
 * returned as it is.
 *
 * @example
 * withoutSeparators('1,042.40') //=> '1042.40'
 */
export function withoutSeparators(text: string): string {
  return isNumericText(text) ? text.replaceAll(',', '') : text;
}

/**
 * The number of decimals of numeric text as written (trailing zeros count; thousands separators
 * and a trailing `%` do not); an exponent shifts the count and may make it negative (`"1.2e3"`
 * has −2). Undefined for text that is not numeric.
 *
 * @example
 * writtenDecimals('30.90') //=> 2
 * writtenDecimals('12%') //=> 0
 */
export function writtenDecimals(text: string): number | undefined {
  let t = normalizeNumberText(text);
  if (t.endsWith('%')) t = t.slice(0, -1);
  const m = isNumericText(t) ? PARTS.exec(t) : null;
  if (m === null) return undefined;
  return (m[2] ?? '').length - Number(m[3] ?? 0);
}
