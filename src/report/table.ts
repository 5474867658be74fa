/** Tables for the text and Markdown formats: columns aligned by display width (a Chinese character is two columns). */

/** True for a code point a terminal shows two columns wide (CJK, full-width forms). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * The number of terminal columns a text takes.
 *
 * @example
 * displayWidth('规划 2020') //=> 9
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return width;
}

const pad = (text: string, width: number, right: boolean): string => {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return right ? fill + text : text + fill;
};

/**
 * Lays rows out as aligned text columns: the first column left-aligned, the others right-aligned
 * (numbers), two spaces apart, each line indented by `indent`.
 *
 * @example
 * textTable([['年份', '规划'], ['2020', '1990.1']]) //=> '年份    规划\n2020  1990.1'
 */
export function textTable(rows: readonly (readonly string[])[], indent = ''): string {
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, j) => Math.max(0, ...rows.map((r) => displayWidth(r[j] ?? ''))));
  return rows.map((r) => indent + widths.map((w, j) => pad(r[j] ?? '', w, j > 0)).join('  ').trimEnd()).join('\n');
}

/** A cell of a Markdown table: pipes and line breaks escaped. */
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/**
 * A Markdown table: the first row is the header; numbers (every column but the first) right-aligned.
 *
 * @example
 * markdownTable([['年份', '规划'], ['2020', '1990.1']]) //=> '| 年份 | 规划 |\n| :-- | --: |\n| 2020 | 1990.1 |'
 */
export function markdownTable(rows: readonly (readonly string[])[]): string {
  const [header = [], ...body] = rows;
  const line = (r: readonly string[]): string => `| ${header.map((_, j) => cell(r[j] ?? '')).join(' | ')} |`;
  return [line(header), `| ${header.map((_, j) => (j === 0 ? ':--' : '--:')).join(' | ')} |`, ...body.map(line)].join('\n');
}
