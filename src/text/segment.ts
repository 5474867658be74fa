/**
 * The document's shape: a same-length folded copy of the text (so every offset of the copy is an
 * offset of the input), paragraphs, sentences and clauses. Sentences and clauses are capped in
 * length, so that every pattern later runs on a short window and reading stays linear.
 */
import { toSimplified } from '../units/index.js';
import { ANY_YEAR, HEADING_NUMBER, LIST_ITEM, YEAR_SPAN } from './patterns.js';
import { PLAN_HEADINGS, REVIEW_HEADINGS } from './vocabulary.js';

/** A range of the input: UTF-16 offsets, `end` exclusive. */
export interface Range {
  readonly start: number;
  readonly end: number;
}

/** What ends a clause. */
export type ClauseEnd = 'list' | 'comma' | 'semicolon' | 'colon' | 'sentence' | 'cut';

/** A clause: the words between two of ，、；：。 */
export interface Clause extends Range {
  readonly ends: ClauseEnd;
}

/** A sentence: up to 。！？ or the end of its paragraph (or the length cap). */
export interface Sentence extends Range {
  readonly index: number;
  readonly paragraph: number;
  readonly clauses: readonly Clause[];
}

/** What a heading introduces: a review of the past, targets and tasks, or neither. */
export type SectionKind = 'review' | 'plan' | 'other';

/** A heading line (一、发展现状 …). */
export interface Heading {
  /** 1 for 一、 and 第一章, 2 for （一）, 3 for 1., 4 for （1）. */
  readonly level: number;
  readonly kind: SectionKind;
  /** The heading's words, without its numbering (焦化工业). */
  readonly title: string;
  /** The one year its words name (2024年工作回顾, 2025年主要预期目标), not a span of years. */
  readonly year?: number;
}

/** A paragraph: one line of the input, trimmed. */
export interface Paragraph extends Range {
  readonly index: number;
  readonly sentences: readonly Sentence[];
  /** Set when the line is a numbered heading with a short title. */
  readonly heading?: Heading;
  /** True for a list item (——…, --…, ·…). */
  readonly listItem: boolean;
}

/** The longest sentence and clause read as one; longer ones are cut (at a clause end when there is one). */
export const MAX_SENTENCE = 400;
export const MAX_CLAUSE = 160;
/** The longest line inspected as a possible heading or title. */
const MAX_HEADING = 40;

/**
 * Folds the text for reading without changing its length: full-width ASCII (１２．５％, ，, ：)
 * as ASCII, the ideographic and no-break spaces as spaces, the Traditional characters of the
 * library's vocabulary as Simplified. Offsets of the result are offsets of the input.
 *
 * @example
 * foldText('１２．５％，億元') //=> '12.5%,亿元'
 */
export function foldText(text: string): string {
  const table = foldTable();
  const codes = new Uint16Array(text.length);
  for (let i = 0; i < text.length; i++) codes[i] = table[text.charCodeAt(i)] as number;
  // One flat string (a join, not a rope of concatenations).
  const parts: string[] = [];
  for (let i = 0; i < codes.length; i += CHUNK) parts.push(String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]));
  return parts.join('');
}

const CHUNK = 8192;
let table: Uint16Array | undefined;

/** The fold of every UTF-16 code unit: Traditional → Simplified (src/units' table), full width → ASCII, wide spaces → space. */
function foldTable(): Uint16Array {
  if (table !== undefined) return table;
  const t = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) t[c] = c;
  // The script table, applied once to every character outside the surrogates.
  const chars: string[] = [];
  for (let c = 0x3400; c < 0xd800; c++) chars.push(String.fromCharCode(c));
  const simplified = toSimplified(chars.join(''));
  for (let i = 0; i < simplified.length; i++) t[0x3400 + i] = simplified.charCodeAt(i);
  for (let c = 0xff01; c <= 0xff5e; c++) t[c] = c - 0xfee0;
  t[0x3000] = 0x20;
  t[0xa0] = 0x20;
  table = t;
  return t;
}

/** Character codes the segmenter looks at (folded text: full-width punctuation is ASCII). */
const CODE = {
  comma: 0x2c,
  semicolon: 0x3b,
  colon: 0x3a,
  list: 0x3001, // 、
  open: 0x28,
  openWide: 0xff08,
  close: 0x29,
  closeWide: 0xff09,
  newline: 0x0a,
} as const;
const SENTENCE_END_CODES = new Set([0x3002, 0x21, 0x3f, 0xff01, 0xff1f]); // 。 ! ? ！ ？
const SPACE_CODES = new Set([0x20, 0x09, 0x0d, 0x3000]);

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** True when the comma at `i` groups thousands (1,042.4): a digit before, exactly three after. */
function groupsThousands(text: string, i: number): boolean {
  return (
    isDigitCode(text.charCodeAt(i - 1)) &&
    isDigitCode(text.charCodeAt(i + 1)) &&
    isDigitCode(text.charCodeAt(i + 2)) &&
    isDigitCode(text.charCodeAt(i + 3)) &&
    !isDigitCode(text.charCodeAt(i + 4))
  );
}

/** What ends a clause at `i`, if anything does. */
function clauseEnd(text: string, i: number): ClauseEnd | undefined {
  switch (text.charCodeAt(i)) {
    case CODE.comma:
      return groupsThousands(text, i) ? undefined : 'comma';
    case CODE.list:
      return 'list';
    case CODE.semicolon:
      return 'semicolon';
    case CODE.colon:
      return 'colon';
    default:
      return undefined;
  }
}

/** Trims white space off a range. */
function trimRange(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && SPACE_CODES.has(text.charCodeAt(s))) s++;
  while (e > s && SPACE_CODES.has(text.charCodeAt(e - 1))) e--;
  return { start: s, end: e };
}

/** Adds a clause, trimmed of white space, unless it is empty. */
function pushClause(text: string, out: Clause[], start: number, end: number, ends: ClauseEnd): void {
  let s = start;
  let e = end;
  while (s < e && SPACE_CODES.has(text.charCodeAt(s))) s++;
  while (e > s && SPACE_CODES.has(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, ends });
}

/** Splits a sentence into clauses, each at most {@link MAX_CLAUSE} long. */
function clausesOf(text: string, range: Range): Clause[] {
  const out: Clause[] = [];
  let start = range.start;
  let depth = 0;
  for (let i = range.start; i < range.end; i++) {
    const c = text.charCodeAt(i);
    if (c === CODE.open || c === CODE.openWide) depth = Math.min(depth + 1, 8);
    else if ((c === CODE.close || c === CODE.closeWide) && depth > 0) depth--;
    // 、 inside brackets lists names (10县(市、区)), not clauses.
    const ends = depth > 0 && c === CODE.list ? undefined : clauseEnd(text, i);
    if (ends !== undefined || i - start >= MAX_CLAUSE) {
      pushClause(text, out, start, ends === undefined ? i : i + 1, ends ?? 'cut');
      start = ends === undefined ? i : i + 1;
    }
  }
  pushClause(text, out, start, range.end, 'sentence');
  return out;
}

/** Where to cut a sentence that is too long: after the last clause end before the cap, else at the cap. */
function cutPoint(text: string, start: number): number {
  const cap = start + MAX_SENTENCE;
  for (let i = cap - 1; i > start + MAX_SENTENCE / 2; i--) if (clauseEnd(text, i) !== undefined) return i + 1;
  return cap;
}

/** Splits a paragraph into sentences. */
function sentencesOf(text: string, range: Range, paragraph: number, first: number): Sentence[] {
  const out: Sentence[] = [];
  let start = range.start;
  const push = (end: number): void => {
    const r = trimRange(text, start, end);
    if (r.end > r.start) out.push({ start: r.start, end: r.end, index: first + out.length, paragraph, clauses: clausesOf(text, r) });
    start = end;
  };
  for (let i = range.start; i < range.end; i++) {
    if (SENTENCE_END_CODES.has(text.charCodeAt(i))) push(i + 1);
    else if (i - start >= MAX_SENTENCE) {
      const cut = cutPoint(text, start);
      push(cut);
      i = cut - 1;
    }
  }
  push(range.end);
  return out;
}

/** The kind of section a heading's words announce. */
function sectionKind(title: string): SectionKind {
  if (REVIEW_HEADINGS.some((w) => title.includes(w))) return 'review';
  if (PLAN_HEADINGS.some((w) => title.includes(w))) return 'plan';
  return 'other';
}

/** The one year a heading names, when it names one and no span. */
function headingYear(title: string): number | undefined {
  if (YEAR_SPAN.test(title)) return undefined;
  const years = [...title.matchAll(ANY_YEAR)].map((m) => Number(m[1]));
  return years.length === 1 ? years[0] : undefined;
}

/** A heading when the line is numbered and short (its title, up to 。, at most 40 characters). */
function headingOf(line: string): Heading | undefined {
  if (line.length > MAX_HEADING * 4) return undefined;
  const m = HEADING_NUMBER.exec(line);
  if (m === null) return undefined;
  const stop = line.indexOf('。', m[0].length);
  const title = line.slice(m[0].length, stop === -1 ? undefined : stop);
  if (title.length > MAX_HEADING || line.length - m[0].length > MAX_HEADING + 2) return undefined;
  const level = m[1] !== undefined || m[3] !== undefined ? 1 : m[2] !== undefined ? 2 : m[4] !== undefined ? 3 : 4;
  const year = headingYear(title);
  return { level, kind: sectionKind(title), title: title.trim(), ...(year !== undefined && { year }) };
}

/**
 * Splits folded text into paragraphs (lines), sentences and clauses, with their offsets.
 *
 * @example
 * segment(foldText('一、发展现状\n2012年，收入928.4亿元。')).map((p) => p.sentences.length) //=> [1, 1]
 */
export function segment(folded: string): readonly Paragraph[] {
  const out: Paragraph[] = [];
  let sentences = 0;
  let start = 0;
  for (let i = 0; i <= folded.length; i++) {
    if (i < folded.length && folded.charCodeAt(i) !== CODE.newline) continue;
    const r = trimRange(folded, start, i);
    start = i + 1;
    if (r.end <= r.start) continue;
    const line = folded.slice(r.start, Math.min(r.end, r.start + MAX_HEADING * 4 + 1));
    const heading = headingOf(line);
    const list = sentencesOf(folded, r, out.length, sentences);
    sentences += list.length;
    out.push({
      start: r.start,
      end: r.end,
      index: out.length,
      sentences: list,
      ...(heading !== undefined && { heading }),
      listItem: LIST_ITEM.test(line),
    });
  }
  return out;
}
