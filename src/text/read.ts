/**
 * Reading a document into figure candidates: sentence by sentence, each number with its unit,
 * qualifiers, year(s), role and indicator name, and the links relations are built from (the base
 * of a growth phrase, a share's part and total, the parts of a 其中 list, a ratio's terms).
 */
import { D } from '../math/index.js';
import { chineseNumeral, planPeriod, qualifierInfo, type PlanPeriod, type Qualifier } from '../units/index.js';
import type { Candidate, Skip } from './candidate.js';
import { classify, isSkip, type Classified } from './classify.js';
import {
  countedName,
  headNoun,
  isBareMeasure,
  isCountUnit,
  isGenericName,
  measureOf,
  nameKey,
  nameOf,
  subjectAndMeasure,
} from './names.js';
import {
  BARE_LEVEL_LEAD,
  BASE_TAIL,
  ENTITY_LABEL,
  INDEX_NAME,
  INLINE_TOTAL_TAIL,
  ADDITION_WORD,
  CONTINUING,
  INVESTMENT_NAME,
  PERCENT_NAME,
  PROJECTS,
  QUOTED_NAME,
  STRETCH_WORD,
  STRETCH_WORDS,
  RATE_CUE,
  DECLINE_RATE_CUE,
  RATIO_LEAD,
  RATIO_SEPARATOR,
  THREE_SECTORS,
  NAME_JOINER,
  SHARE_TOTAL_TRIM,
  TO_PHRASE,
  TOTAL_LEAD,
  WORD_SPAN,
  YEARLY_WORD,
} from './patterns.js';
import type { Clause, Paragraph, SectionKind, Sentence } from './segment.js';
import { scanTokens, type DoublingToken, type QuantityToken, type Token, type YearToken } from './tokens.js';

/** What reading needs to know about the plan: its period and its year of publication. */
export interface ReadSettings {
  readonly period: PlanPeriod;
  readonly published: number;
  /** The last year the document reports results for: the year before its issue, or its year when given at the year's end. */
  readonly reviewed?: number;
}

/** Candidates and skipped numbers of a document, in reading order. */
export interface ReadResult {
  readonly candidates: readonly Candidate[];
  readonly skips: readonly Skip[];
}

/** The most figures one document is read for (a plan states hundreds; more is not a plan). */
export const MAX_FIGURES = 10000;

/** The longest window of words read before and after a number. */
const LEAD = 60;
const TAIL = 40;
const REST = 80;

/** Words that name a share without saying of what (占比提高了6.4个百分点). */
const SHARE_WORDS = new Set(['占比', '比重', '比例', '占比重']);

/** The share-total words of a share of a whole region (占全市的…), as opposed to no words (占9.22%). */
export const REGION_TOTAL = '*';

/** Words that only join list items: a figure after one reads like the one before (28.7%、19%和45.4%). */
const JOINERS = new Set(['', '、', '和', '及', '与', ',', '以及']);

/** The words joining the items of one list (no comma: 超过90家，870家 are two statements). */
const LIST_JOINERS = new Set(['、', '和', '及', '与', '以及']);

/** A qualifier written before its number (超过, 突破, 不低于). */
function isBefore(q: Qualifier): boolean {
  return qualifierInfo(q).position === 'before';
}

/** What a sentence knows while it is read. */
interface SentenceState {
  readonly sentence: Sentence;
  readonly tokens: readonly Token[];
  /** Where the sentence's parts (split by ；) end. */
  readonly partEnds: readonly number[];
  readonly span?: PlanPeriod;
  /** The span the sentence's review names in words (这五年, 五年来), in it or earlier in its paragraph. */
  readonly wordSpan?: PlanPeriod;
  /** The sentence names a plan period the document reports as ended (“十三五”时期 in a report of 2021). */
  readonly periodOver?: boolean;
  /** The span of years the sentence is written over (2016—2020年, 2013年至2021年). */
  readonly yearSpan?: { readonly from: number; readonly to: number };
  readonly cumulative: boolean;
  /** Where the sentence's stretch words (力争, 努力, 争创) stand. */
  readonly modals: readonly number[];
  readonly estimate: { readonly at: number; readonly from: number } | undefined;
  contextYear?: number;
  pending: string | undefined;
  /** The pending name is a list of names (太钢、西山、太重). */
  pendingList: boolean;
  /** Where the clause giving the pending name ends. */
  pendingAt: number;
  subject: string | undefined;
  subjectPart?: number;
  distribution: { readonly names: readonly string[]; next: number } | undefined;
  /** The names the sentence's last 分别 list distributed (装备制造业增加值, 高技术制造业增加值). */
  distributed?: readonly string[];
  parts?: { readonly parent: Candidate; readonly unit: string; readonly year?: number };
  readonly read: Candidate[];
  readonly classified: Map<Candidate, Classified>;
  /** The clauses a figure was read in. */
  readonly figureClauses: Set<number>;
}

/** What the document knows between sentences. */
interface DocumentState {
  sections: SectionKind[];
  /** The year each open heading names (2024年工作回顾), inherited by the headings under it. */
  headingYears: (number | undefined)[];
  section: SectionKind;
  paragraphYear: number | undefined;
  listModal: boolean;
  previous: readonly Candidate[];
  count: number;
  /** The place or body a paragraph opens with (高新区：…): bare measures in it are that place's. */
  label: string | undefined;
  /** The title of the current sub-section (焦化工业): a measure named in general in it is that industry's. */
  topic: string | undefined;
  /** The plan period a section speaks of (“十二五”期间, …): undated flows in it are totals over it. */
  sectionSpan: PlanPeriod | undefined;
  /** The paragraph the last span was named in. */
  spanParagraph?: number;
  /** The span a review names in words (这五年, 五年来) and the paragraph it was named in: its figures are over it. */
  wordSpan?: { readonly span: PlanPeriod; readonly paragraph: number } | undefined;
}

/**
 * Reads the candidates of a whole document. Never throws on text.
 */
export function readDocument(folded: string, paragraphs: readonly Paragraph[], settings: ReadSettings): ReadResult {
  const candidates: Candidate[] = [];
  const skips: Skip[] = [];
  const doc: DocumentState = { sections: [], headingYears: [], section: 'other', paragraphYear: undefined, listModal: false, previous: [], count: 0, label: undefined, topic: undefined, sectionSpan: undefined };
  for (const p of paragraphs) {
    if (p.heading !== undefined) {
      const level = p.heading.level;
      const inherited = doc.sections[level - 2] ?? 'other';
      doc.sections = [...doc.sections.slice(0, level - 1), p.heading.kind === 'other' ? inherited : p.heading.kind];
      doc.section = doc.sections[level - 1] ?? 'other';
      doc.headingYears = [...doc.headingYears.slice(0, level - 1), p.heading.year ?? doc.headingYears[level - 2]];
      doc.topic = level >= 2 && p.heading.title.length <= 12 ? p.heading.title : undefined;
      if (level === 1) doc.sectionSpan = undefined;
    }
    doc.paragraphYear = undefined;
    doc.label = ENTITY_LABEL.exec(folded.slice(p.start, Math.min(p.end, p.start + 16)))?.[1];
    if (!p.listItem) doc.listModal = false;
    for (const s of p.sentences) {
      if (candidates.length >= MAX_FIGURES) {
        skips.push({ start: s.start, end: folded.length, reason: 'too_many', detail: `more than ${MAX_FIGURES} figures: the rest of the text is not read` });
        return { candidates, skips };
      }
      const read = readSentence(folded, s, doc, settings, skips);
      candidates.push(...read);
      if (read.length > 0) doc.previous = read;
    }
    const last = p.sentences[p.sentences.length - 1];
    if (last !== undefined) {
      const text = folded.slice(last.start, last.end);
      if ((text.endsWith(':') || text.endsWith('：')) && STRETCH_WORD.test(text)) doc.listModal = true;
    }
  }
  return { candidates, skips };
}

/** The year a figure with no year of its own gets from its section: the year its heading names, else by the section's kind. */
function sectionYear(doc: DocumentState, settings: ReadSettings): number {
  const named = doc.headingYears[doc.headingYears.length - 1];
  if (named !== undefined) return named;
  return doc.section === 'review' ? settings.period.base : settings.period.to;
}

/**
 * A span a review names in words (这五年, 过去五年, 五年来) holds for the rest of its paragraph: the
 * years ending in the last year the document reports (a work report of 2021 looks back over
 * 2016..2020; one given in December 2021, over 2017..2021).
 */
function readWordSpan(text: string, sentence: Sentence, doc: DocumentState, settings: ReadSettings): void {
  if (doc.wordSpan !== undefined && doc.wordSpan.paragraph !== sentence.paragraph) doc.wordSpan = undefined;
  const words = settings.reviewed === undefined ? null : WORD_SPAN.exec(text);
  if (words === null || settings.reviewed === undefined) return;
  // The numeral is one of 两二…十 (the pattern's class), which chineseNumeral reads.
  const count = chineseNumeral(words[1] ?? words[2] ?? '');
  const to = settings.reviewed;
  doc.wordSpan = { span: { from: to - count + 1, to, base: to - count }, paragraph: sentence.paragraph };
}

function readSentence(folded: string, sentence: Sentence, doc: DocumentState, settings: ReadSettings, skips: Skip[]): Candidate[] {
  const { tokens, skipped } = scanTokens(folded, sentence, settings.published);
  for (const k of skipped) if (k.reason === 'long_number') skips.push({ start: k.start, end: k.end, reason: k.reason });
  const text = folded.slice(sentence.start, sentence.end);
  readWordSpan(text, sentence, doc, settings);
  if (tokens.length === 0) return [];
  const spanToken = tokens.find((t) => t.kind === 'period' && t.span);
  // A span of years after the sentence's first figure (…分别增长31.4%，2019年至2021年连续3年…) is not the span it is written over.
  const firstFigure = tokens.find((t) => t.kind !== 'year' && t.kind !== 'period')?.start ?? sentence.end;
  const yearSpanToken = tokens.find((t): t is YearToken => t.kind === 'year' && t.to !== undefined && !t.date && t.start < firstFigure);
  const yearSpan = yearSpanToken?.to === undefined ? undefined : { from: yearSpanToken.year, to: yearSpanToken.to };
  const estimateAt = text.indexOf('测算');
  const byAt = estimateAt === -1 ? -1 : text.lastIndexOf('按', estimateAt);
  const modals: number[] = [];
  for (const m of text.matchAll(STRETCH_WORDS)) if (modals.length < 16) modals.push(sentence.start + m.index);
  if (spanToken?.kind === 'period') {
    doc.sectionSpan = planPeriod(spanToken.name);
    doc.spanParagraph = sentence.paragraph;
  }
  const wordSpan = yearSpan === undefined ? doc.wordSpan?.span : undefined;
  const state: SentenceState = {
    sentence,
    tokens,
    partEnds: sentence.clauses.filter((c) => c.ends === 'semicolon').map((c) => c.end),
    ...(spanToken?.kind === 'period'
      ? { span: planPeriod(spanToken.name) }
      : yearSpan !== undefined
        ? { span: { from: yearSpan.from, to: yearSpan.to, base: yearSpan.from - 1 } }
        : wordSpan !== undefined && { span: wordSpan }),
    ...(wordSpan !== undefined && { wordSpan }),
    ...(spanToken?.kind === 'period' && planPeriod(spanToken.name).to <= (settings.reviewed ?? settings.published - 1) && { periodOver: true }),
    ...(yearSpan !== undefined && { yearSpan }),
    cumulative: text.includes('累计'),
    modals,
    estimate: estimateAt === -1 ? undefined : { at: sentence.start + estimateAt, from: byAt === -1 ? sentence.start + estimateAt : sentence.start + byAt },
    read: [],
    classified: new Map(),
    pending: undefined,
    pendingList: false,
    pendingAt: -1,
    subject: undefined,
    distribution: undefined,
    figureClauses: new Set(),
  };
  let clauseIndex = 0;
  let listed: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // Clauses before this token that gave no figure name what follows (工业投资：…; 太钢、西山、太重，共完成…).
    while (clauseIndex < sentence.clauses.length && (sentence.clauses[clauseIndex]?.end ?? 0) <= t.start) {
      const c = sentence.clauses[clauseIndex] as Clause;
      if (state.figureClauses.has(clauseIndex)) listed = [];
      else {
        const name = nameOf(folded.slice(c.start, c.end));
        if (c.ends === 'list' && name !== '') listed.push(headNoun(name));
        else {
          if (name !== '') {
            state.pending = listed.length > 0 ? [...listed, name].join('、') : name;
            state.pendingList = listed.length > 0;
            state.pendingAt = c.end;
          }
          listed = [];
        }
      }
      clauseIndex++;
    }
    if (t.kind === 'year') {
      // A figure with no year of its own in a span of years is at the span's end (2020—2024年，…提升到34.6%).
      if (!t.date && t.to !== undefined) state.contextYear = t.to;
      if (!t.date && t.to === undefined && t.role !== 'base') {
        state.contextYear = t.year;
        doc.paragraphYear = t.year;
      }
      continue;
    }
    if (t.kind === 'period') {
      if (t.last && !t.base) {
        state.contextYear = planPeriod(t.name).to;
        doc.paragraphYear = state.contextYear;
      }
      continue;
    }
    const ratio = t.kind === 'quantity' ? ratioTerms(folded, tokens, i) : undefined;
    if (ratio !== undefined) {
      readRatio(folded, ratio, state, doc, settings, skips);
      i += ratio.length - 1;
      continue;
    }
    const c = readNumber(folded, t, state, doc, settings, skips);
    if (c !== undefined) {
      state.read.push(c);
      state.figureClauses.add(clauseOf(sentence, c.number.start));
    }
  }
  return named(state.read, skips);
}

/** Gives figures with no name of their own the name of the next named figure of their sentence; drops (and reports) the rest. */
function named(read: readonly Candidate[], skips: Skip[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < read.length; i++) {
    const c = read[i] as Candidate;
    if (c.name === '') {
      const next = read.slice(i + 1).find((r) => r.name !== '' && (r.type === 'level' || r.type === 'total'));
      if (next === undefined) {
        skips.push({ start: c.token.start, end: c.token.end, reason: 'no_name', detail: 'a number with no words naming what it measures' });
        continue;
      }
      c.name = next.name;
      c.confidence = Math.round(c.confidence * 0.9 * 100) / 100;
      c.notes.push('named after the figure that follows it');
    }
    out.push(c);
  }
  return out;
}

/** The index of the clause holding a position. */
function clauseOf(sentence: Sentence, at: number): number {
  const i = sentence.clauses.findIndex((c) => c.start <= at && at < c.end);
  return i === -1 ? Math.max(0, sentence.clauses.length - 1) : i;
}

/** The sentence part (between ；) holding a position, as a range. */
function partOf(state: SentenceState, at: number): { readonly index: number; readonly start: number; readonly end: number } {
  let index = 0;
  while (index < state.partEnds.length && (state.partEnds[index] ?? 0) <= at) index++;
  return {
    index,
    start: index === 0 ? state.sentence.start : (state.partEnds[index - 1] ?? state.sentence.start),
    end: state.partEnds[index] ?? state.sentence.end,
  };
}

/** The terms of a ratio starting at token `i` (比例为7.3:92.7), or undefined. */
function ratioTerms(folded: string, tokens: readonly Token[], i: number): QuantityToken[] | undefined {
  const first = tokens[i];
  if (first?.kind !== 'quantity' || first.unit !== '' || !RATIO_LEAD.test(folded.slice(Math.max(0, first.start - 6), first.start))) return undefined;
  const terms: QuantityToken[] = [first];
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    const last = terms[terms.length - 1] as QuantityToken;
    if (t?.kind !== 'quantity' || t.unit !== '' || t.start - last.end !== 1 || !RATIO_SEPARATOR.test(folded[last.end] ?? '')) break;
    terms.push(t);
  }
  return terms.length >= 2 ? terms : undefined;
}

/** Reads a ratio's terms as shares of the whole when they add up to 100, else reports them. */
function readRatio(folded: string, terms: readonly QuantityToken[], state: SentenceState, doc: DocumentState, settings: ReadSettings, skips: Skip[]): void {
  const first = terms[0] as QuantityToken;
  const last = terms[terms.length - 1] as QuantityToken;
  const opening = state.sentence.clauses[clauseOf(state.sentence, first.start)] as Clause;
  // The ratio's terms stand in clauses of their own (13.0:58.6:28.4): they are quoted together.
  const clause: Clause = { start: opening.start, end: Math.max(opening.end, last.end), ends: opening.ends };
  const sum = terms.reduce((acc, t) => acc.plus(t.text), new D(0));
  if (!sum.eq(100)) {
    skips.push({ start: first.start, end: last.end, reason: 'no_unit', detail: 'a ratio whose terms do not add up to 100' });
    return;
  }
  const name = nameOf(folded.slice(clause.start, first.start).replace(RATIO_LEAD, '')) || state.pending || '比例';
  const year = state.contextYear ?? doc.paragraphYear ?? sectionYear(doc, settings);
  const part = partOf(state, first.start);
  const made: Candidate[] = terms.map((t, k) =>
    candidate(doc, state, part.index, clause, t, {
      type: 'level',
      value: t.text,
      unit: '%',
      year,
      qualifiers: [],
      role: roleOf([], year, settings),
      name: termName(name, k, terms.length),
      confidence: 0.6,
      notes: ['read from a ratio whose terms add up to 100: the shares of the whole'],
    }),
  );
  for (const c of made) {
    c.ratioOf = made;
    state.read.push(c);
  }
}

/** The three sectors of 三次产业结构 (第一产业比重 …); else the term's place (比例（前项）, 结构（第2项）). */
function termName(name: string, k: number, terms: number): string {
  if (terms === 3 && THREE_SECTORS.test(name)) return `${['第一', '第二', '第三'][k] ?? ''}产业比重`;
  return `${name}${terms === 2 ? (k === 0 ? '（前项）' : '（后项）') : `（第${k + 1}项）`}`;
}

/** Builds a candidate. */
function candidate(
  doc: DocumentState,
  state: SentenceState,
  part: number,
  clause: Clause,
  t: QuantityToken | DoublingToken,
  fields: Pick<Candidate, 'type' | 'value' | 'unit' | 'qualifiers' | 'role' | 'name' | 'confidence' | 'notes'> &
    Partial<Pick<Candidate, 'year' | 'from' | 'to' | 'high'>>,
): Candidate {
  return {
    index: doc.count++,
    paragraph: state.sentence.paragraph,
    sentence: state.sentence.index,
    part,
    clause: { start: clause.start, end: clause.end },
    number: t.kind === 'quantity' ? t.number : { start: t.start, end: t.end },
    token: { start: t.start, end: t.end },
    repeats: [],
    ...fields,
  };
}

/** The role of a figure by its (end) year: measured up to the base year or before publication, else planned. */
function roleOf(qualifiers: readonly Qualifier[], year: number | undefined, settings: ReadSettings): Candidate['role'] {
  if (qualifiers.includes('预计') || qualifiers.includes('测算')) return 'computed';
  if (year === undefined) return 'planned';
  return year <= settings.period.base || year < settings.published || year <= (settings.reviewed ?? -Infinity) ? 'measured' : 'planned';
}

/** The year tokens (and 末 periods) between two positions, as years. */
function yearsBetween(tokens: readonly Token[], start: number, end: number, roles: readonly YearToken['role'][]): number[] {
  const out: number[] = [];
  for (const t of tokens) {
    if (t.start < start || t.end > end) continue;
    if (t.kind === 'year' && !t.date && t.to === undefined && roles.includes(t.role)) out.push(t.year);
    if (t.kind === 'period' && t.last && (roles.includes('target') || (t.base && roles.includes('base')))) out.push(planPeriod(t.name).to);
  }
  return out;
}

/** Reads one number into a candidate, or records why it is not one. */
function readNumber(
  folded: string,
  t: QuantityToken | DoublingToken,
  state: SentenceState,
  doc: DocumentState,
  settings: ReadSettings,
  skips: Skip[],
): Candidate | undefined {
  const { sentence } = state;
  const clause = sentence.clauses[clauseOf(sentence, t.start)] as Clause;
  const previous = state.read[state.read.length - 1];
  const inClause = (r: Candidate | undefined): boolean => r !== undefined && r.token.end > clause.start && r.token.end <= t.start;
  // After a total stated inside a share (占…818.66亿元的27.86%), the share reads the words before that total too.
  const anchor = previous?.inlineTotal === true && inClause(previous) ? state.read[state.read.length - 2] : previous;
  const leadStart = Math.max(inClause(anchor) ? (anchor?.token.end ?? clause.start) : clause.start, t.start - LEAD);
  // The words before the number, without the spaces some texts put before it (增长 5.4%).
  const lead = folded.slice(leadStart, t.start).trimEnd();
  const tail = folded.slice(t.end, Math.min(clause.end, t.end + TAIL));
  const part = partOf(state, t.start);
  if (state.subjectPart !== part.index) {
    state.subject = undefined;
    state.subjectPart = part.index;
  }
  const rest = folded.slice(t.end, Math.min(part.end, t.end + REST));
  const skip = (reason: Skip['reason'], detail: string): undefined => {
    skips.push({ start: t.start, end: t.end, reason, detail });
    return undefined;
  };
  // A number listed right after one left out as a per-unit floor (全部达45万元、55万元) is one too.
  const left = skips[skips.length - 1];
  if (left?.reason === 'quota' && left.end <= t.start && LIST_JOINERS.has(folded.slice(left.end, t.start).trim())) return skip(left.reason, left.detail ?? '');

  // What the number is.
  let unit = t.kind === 'quantity' ? t.unit : '倍';
  let inferredUnit = false;
  if (t.kind === 'quantity' && unit === '') {
    // A bare number is a figure only after a level verb (达到70以上) or a rate's words (年均增长10); else it is no figure.
    if (t.qualifiers.length === 0 && !BARE_LEVEL_LEAD.test(lead) && !RATE_CUE.test(lead) && !DECLINE_RATE_CUE.test(lead)) return undefined;
    const name = nameOf(lead) || state.pending || '';
    if (INDEX_NAME.test(name)) unit = '点';
    else if (PERCENT_NAME.test(name) || RATE_CUE.test(lead) || DECLINE_RATE_CUE.test(lead)) unit = '%';
    else return skip('no_unit', 'a number with no unit');
    inferredUnit = true;
  }
  let c: Classified;
  const joined = previous !== undefined && previous.sentence === sentence.index && JOINERS.has(lead.trim()) && previous.unit === unit;
  const inherited = joined ? state.classified.get(previous) : undefined;
  if (t.kind === 'doubling') {
    const r = classify('倍', lead, tail, rest);
    c = isSkip(r) ? { type: 'multiple', sign: 1, time: 'span' } : r;
  } else if (inherited !== undefined) {
    c = inherited;
  } else {
    const r = classify(unit, lead, tail, rest);
    if (isSkip(r)) return skip(r.skip, r.detail);
    // 新增孵化载体53个、物理空间194.89万平方米: an amount listed right after an increase, named by a bare noun
    // with no verb of its own, is an increase too.
    const prior = previous === undefined ? undefined : state.classified.get(previous);
    const listedAfter = previous !== undefined && previous.sentence === sentence.index && folded.slice(previous.token.end, t.start) === `、${lead}`;
    c = r.type === 'level' && r.time === 'at' && prior?.type === 'increase' && prior.compare === undefined && listedAfter && nameOf(lead) === lead ? prior : r;
  }

  // Its value.
  const written = t.kind === 'quantity' ? t.text : t.multiple;
  let value = c.plusOne === true ? new D(written).plus(1).toFixed() : written;
  let high = t.kind === 'quantity' ? t.high : undefined;
  if (c.sign === -1) {
    value = `-${value}`;
    if (high !== undefined) [value, high] = [`-${high}`, value];
  }

  // Its years.
  const own = yearsBetween(state.tokens, leadStart, t.start, ['base', 'target', 'plain']);
  const ownYear = own[own.length - 1];
  // The year a change or multiple ends in: not the base it is compared with (比2010年翻一番).
  const ownEnd = yearsBetween(state.tokens, leadStart, t.start, ['target', 'plain']).pop();
  const context = state.contextYear ?? doc.paragraphYear;
  const target = Math.max(...yearsBetween(state.tokens, part.start, part.end, ['target', 'plain']), -Infinity);
  const targetYear = Number.isFinite(target) ? target : undefined;
  const baseYears = yearsBetween(state.tokens, part.start, t.start, ['base']);
  const earlierBase = state.read.find((r) => r.part === part.index && r.base === true && r.year !== undefined);
  const baseYear = baseYears[0] ?? earlierBase?.year;
  const notes: string[] = [];
  let confidence = 0.9;
  let year: number | undefined;
  let from: number | undefined;
  let to: number | undefined;
  let type = c.type;
  // The second figure of 由A提高到B: A's indicator; when neither has a year of its own, the sentence's base and target years.
  const pairWith = previous !== undefined && inClause(previous) && previous.unit === unit && TO_PHRASE.test(lead.trim()) ? previous : undefined;
  const atYear = (): number => {
    if (ownYear !== undefined) return ownYear;
    if (pairWith !== undefined && pairWith.ownYear !== true && baseYear !== undefined && targetYear !== undefined && targetYear > baseYear) {
      pairWith.year = baseYear;
      pairWith.role = roleOf(pairWith.qualifiers, baseYear, settings);
      pairWith.notes.push(`dated ${baseYear}, the base of its sentence (由…到…)`);
      return targetYear;
    }
    // 由A到B over a span (2020—2024年, “十三五”期间, or a period named earlier in its paragraph with no year since):
    // A at its start (the span's first year, the period's base), B at its end.
    const pairSpan =
      state.span ?? (state.contextYear === undefined && doc.spanParagraph === sentence.paragraph ? doc.sectionSpan : undefined);
    if (pairWith !== undefined && pairWith.ownYear !== true && baseYear === undefined && targetYear === undefined && pairSpan !== undefined) {
      const start = state.yearSpan?.from ?? pairSpan.base;
      pairWith.year = start;
      pairWith.base = true;
      pairWith.role = roleOf(pairWith.qualifiers, start, settings);
      pairWith.notes.push(`dated ${start}, the start of the span its sentence is written over (由…到…)`);
      return pairSpan.to;
    }
    if (state.parts !== undefined && state.parts.year !== undefined) return state.parts.year;
    if (YEARLY_WORD.test(lead) && doc.section === 'plan') {
      notes.push('a yearly amount (每年), dated the first year of the plan');
      confidence *= 0.8;
      return Math.max(settings.period.from, settings.published);
    }
    if (state.contextYear !== undefined) return state.contextYear;
    if (state.wordSpan !== undefined) return state.wordSpan.to;
    if (doc.paragraphYear !== undefined) {
      confidence *= 0.9;
      notes.push(`no year in its sentence; dated ${doc.paragraphYear} from its paragraph`);
      return doc.paragraphYear;
    }
    confidence *= 0.75;
    const y = sectionYear(doc, settings);
    notes.push(`no year in the text; dated ${y}, ${doc.section === 'review' ? 'the base year' : 'the end of the plan'}`);
    return y;
  };
  const compareYear = (): number | undefined => {
    const cmp = c.compare;
    if (cmp?.year !== undefined) return cmp.year;
    if (cmp?.period !== undefined) {
      try {
        return planPeriod(cmp.period).to;
      } catch {
        return undefined;
      }
    }
    return undefined;
  };
  switch (c.time) {
    case 'at':
      year = atYear();
      break;
    case 'yoy':
      const overSpan = state.yearSpan !== undefined || ((state.wordSpan !== undefined || state.periodOver === true) && state.contextYear === undefined);
      if (c.compare === undefined && ownEnd === undefined && overSpan && state.span !== undefined) {
        // 2016—2019年，X增长27.7%: the change over the span's years, from the level of the year before it; so in a
        // review's 这五年 (提高31.5%, 下降34.5%) and under a plan period it reports as ended (“十三五”时期…增长38.4%).
        type = 'change';
        from = state.span.base;
        to = state.span.to;
        break;
      }
      to = ownEnd ?? context ?? atYear();
      from = to - 1;
      break;
    case 'annual': {
      from = baseYear ?? state.span?.base;
      to = targetYear ?? state.span?.to;
      if (state.yearSpan !== undefined && targetYear === undefined) {
        // The statistical convention: 2013—2017年年均增长 is the five years of growth from the 2012 level; with the
        // span's two levels stated (从A增长到B), the rate is read between them.
        confidence *= 0.85;
        notes.push(
          baseYear === undefined
            ? `a rate over ${state.yearSpan.from}—${state.yearSpan.to}: read over its years of growth, from the ${from} level; check that the text does not mean from ${state.yearSpan.from}`
            : `a rate over ${state.yearSpan.from}—${state.yearSpan.to} with its levels: read between them, from ${from}; check that the text does not mean the years of growth from ${state.yearSpan.from - 1}`,
        );
      }
      if (from === undefined && to === undefined && doc.section === 'review') {
        to = context ?? settings.period.base;
        from = to - (settings.period.to - settings.period.base);
        confidence *= 0.7;
      }
      from ??= settings.period.base;
      to ??= context !== undefined && context > from ? context : settings.period.to;
      if (baseYear === undefined && state.span === undefined) notes.push(`from the plan's base year ${from}`);
      // An average is over the years of its values (“十二五”期间年均投资 is 2011..2015), not from the base year.
      if (c.type === 'average' || c.type === 'average_increase') from += 1;
      break;
    }
    case 'span': {
      to = (t.kind === 'doubling' || c.type === 'multiple' ? (ownEnd ?? context) : undefined) ?? targetYear ?? context ?? atYear();
      from = compareYear() ?? baseYear ?? (lead.includes('五年') ? to - 5 : undefined) ?? state.span?.base ?? settings.period.base;
      // 比2015年增长43.1% with no year of its own but the one it is compared with, under a span: over to the span's end.
      if (to <= from && state.span !== undefined && state.span.to > from) to = state.span.to;
      if (c.compare === undefined && baseYear === undefined && state.span === undefined && !lead.includes('五年')) {
        // A change dated in or before the base year (a report's review of its year) is over that year.
        if (from >= to) from = to - 1;
        notes.push(`from ${from}, the plan's base year or the year before`);
        confidence *= 0.85;
      }
      break;
    }
  }
  if (from !== undefined && to !== undefined && to <= from) return skip('bad_years', `a span from ${from} to ${to}`);

  // A level in a span sentence with no year of its own is a total over the span.
  const span =
    state.span ??
    (state.cumulative && targetYear !== undefined ? { from: targetYear - 4, to: targetYear, base: targetYear - 5 } : undefined) ??
    (targetYear === undefined && context === undefined ? doc.sectionSpan : undefined);
  const isPercentish = unit === '%' || unit === '个百分点' || unit === '倍';
  const flow = INVESTMENT_NAME.test(lead) || TOTAL_LEAD.test(lead) || (isCountUnit(unit) && PROJECTS.test(folded.slice(t.end, clause.end)));
  if (type === 'level' && !isPercentish && ownYear === undefined && span !== undefined && flow) {
    // 累计新增城镇就业60万人: the total of yearly increases is the increase over the span.
    const increase = ADDITION_WORD.test(lead);
    type = increase ? 'increase' : 'total';
    from = increase ? span.base : span.from;
    to = span.to;
    year = undefined;
  }

  // Its qualifiers and role.
  const sentenceQualifiers: Qualifier[] = [];
  const clauseText = folded.slice(clause.start, t.start);
  const continues = nameOf(lead) === '' || CONTINUING.test(lead.trim());
  if (clauseText.includes('预计') || (previous?.qualifiers.includes('预计') === true && previous.sentence === sentence.index && continues && !joined)) {
    sentenceQualifiers.push('预计');
  }
  if (state.estimate !== undefined && t.start > state.estimate.at) sentenceQualifiers.push('测算');
  const qualifiers: Qualifier[] = [...sentenceQualifiers, ...(t.kind === 'quantity' ? t.qualifiers : [])];
  // A bound written once before a list of figures bounds each (分别超过90家和870家, 分别突破8.5万亿元、13万元).
  const listed = previous !== undefined && previous.sentence === sentence.index && previous.token.end <= t.start && LIST_JOINERS.has(folded.slice(previous.token.end, t.start).trim());
  if (t.kind === 'quantity' && listed && !qualifiers.some(isBefore)) {
    qualifiers.push(...(previous?.qualifiers.filter(isBefore) ?? []));
  }
  let role = roleOf(qualifiers, year ?? to, settings);
  // 力争 (努力, 争创) opening a sentence governs it all; later in a sentence, its own clause.
  const firstClauseEnd = sentence.clauses[0]?.end ?? sentence.end;
  const stretched = state.modals.some((m) => m < t.start && (m < firstClauseEnd || m >= clause.start));
  if (role === 'planned' && (stretched || doc.listModal)) qualifiers.unshift('力争');
  if (role === 'planned' && (type === 'level' || type === 'points') && unit !== '倍' && isPercentish && decimals(value) >= 2) {
    role = 'computed';
    notes.push('a planned share with two decimals is read as computed');
  }

  // Its indicator's name.
  // A pair's second figure and a gap to a target (超过规划目标1.5个百分点) are about the figure before them.
  const about = pairWith ?? (type === 'gap' ? previous : undefined);
  const found: FoundName = about !== undefined ? { value: about.name, inherited: true } : nameFor(folded, t, c, lead, tail, rest, state, previous, unit);
  const subject = doc.label ?? doc.topic;
  const name = subject !== undefined && isGenericName(found.value) && !found.value.includes(subject) ? { ...found, value: `${subject}${found.value}` } : found;
  if (name.inherited) confidence *= 0.95;
  // A rate or change named only later in its sentence (按…增长25%测算，到2015年工业增加值达到…) is named at the sentence's end.
  if (name.value === '' && (type === 'level' || type === 'total')) return skip('no_name', 'a number with no words naming what it measures');
  if (inferredUnit) {
    confidence *= 0.7;
    notes.push(`the text has no unit; ${unit} inferred from the words around it`);
  }
  if (t.kind === 'quantity' && t.chinese) confidence *= 0.9;
  if (c.countedAfter === true || c.capacityAfter === true) confidence *= 0.9;

  const made = candidate(doc, state, part.index, clause, t, {
    type,
    value,
    ...(high !== undefined && { high }),
    unit,
    ...(year !== undefined && { year }),
    ...(from !== undefined && { from }),
    ...(to !== undefined && { to }),
    qualifiers: [...new Set(qualifiers)],
    role,
    name: name.value,
    confidence: Math.round(confidence * 100) / 100,
    notes,
  });
  if (BASE_TAIL.test(tail) || baseYears.includes(ownYear ?? NaN)) made.base = true;
  if (ownYear !== undefined || ownEnd !== undefined) made.ownYear = true;
  if (t.kind === 'doubling') made.doubling = true;
  if (t.kind === 'quantity' && t.declared !== undefined && t.unit === unit) made.declared = t.declared;
  if (pairWith !== undefined && pairWith.shareTotalText !== undefined) made.shareTotalText = pairWith.shareTotalText;
  state.classified.set(made, c);
  link(folded, made, t, lead, tail, state, doc, name);
  return made;
}

/** The last element of a list that satisfies a test (no copy of the list). */
function findLast<T>(list: readonly T[], test: (x: T) => boolean): T | undefined {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return list[i];
  return undefined;
}

/** The measure a name states: the whole name when it is a bare measure (工业增加值), else the measure it ends with. */
function measureFor(name: string): string | undefined {
  return isBareMeasure(name) ? name : measureOf(name);
}

/** The number of decimals of a value as written. */
function decimals(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** An indicator name with how it was found. */
interface FoundName {
  readonly value: string;
  readonly inherited: boolean;
  /** The words naming a share's total (after 占), region words dropped. */
  readonly shareTotal?: string;
}

/** The name of a figure's indicator. */
function nameFor(
  folded: string,
  t: QuantityToken | DoublingToken,
  c: Classified,
  lead: string,
  tail: string,
  rest: string,
  state: SentenceState,
  previous: Candidate | undefined,
  unit: string,
): FoundName {
  if (state.distribution !== undefined) {
    const next = state.distribution.names[state.distribution.next];
    if (next !== undefined && JOINERS.has(lead.trim().replace('分别', ''))) {
      state.distribution.next++;
      return withShare(next, lead, false);
    }
    state.distribution = undefined;
  }
  if (lead.includes('分别')) {
    const names = distributedNames(folded, t, lead, state);
    if (names.length > 0) {
      state.distribution = { names, next: 1 };
      state.distributed = names;
      return withShare(names[0] as string, lead, false);
    }
  }
  if (c.countedAfter === true) return { value: countedName(tail), inherited: false };
  const quoted = QUOTED_NAME.exec(tail);
  if (quoted?.[1] !== undefined && nameOf(lead) === '') return { value: quoted[1], inherited: false };
  if (c.capacityAfter === true) {
    const stop = Math.min(...['、', '和', ',', ';'].map((w) => rest.indexOf(w)).map((i) => (i === -1 ? Infinity : i)));
    const words = countedName(rest.slice(0, stop === Infinity ? undefined : stop));
    return { value: words.endsWith('能力') || words.endsWith('产能') ? words : `${words}能力`, inherited: false };
  }
  const zhan = lead.lastIndexOf('占');
  const sameSentence = previous !== undefined && previous.sentence === state.sentence.index;
  if (zhan !== -1 && unit === '%') {
    const before = nameOf(lead.slice(0, zhan));
    const own = before === '' ? undefined : nameOf(`${lead.slice(0, zhan)}占${cutAtDigit(lead.slice(zhan + 1))}`);
    const part = findLast(state.read, (r) => r.inlineTotal !== true && r.unit !== '%');
    const partName = before || part?.name || state.pending || '';
    return withShare(own ?? partName, lead, own === undefined);
  }
  const bare = nameOf(lead);
  const own = withListHead(folded, SHARE_WORDS.has(bare) ? '' : bare, t, lead, state);
  const split = own === '' ? undefined : subjectAndMeasure(own);
  if (split !== undefined && split.subject !== '' && split.measure !== '') {
    state.subject = split.subject;
    return { value: `${split.subject}${split.measure}`, inherited: false };
  }
  if (own !== '') {
    if (state.subject !== undefined && isBareMeasure(own)) return { value: `${state.subject}${own}`, inherited: true };
    if (state.pending !== undefined && state.pendingList && isGenericName(own)) {
      const value = `${state.pending}${own}`;
      state.pending = undefined;
      return { value, inherited: true };
    }
    // An item of a list takes the measure of the item before it (中央企业规模工业增加值81.4亿元；省属企业327.24亿元).
    const before = findLast(state.read, (r) => r.type === 'level' && r.unit === unit && r.inlineTotal !== true);
    const measure = before === undefined || unit === '%' ? undefined : measureFor(before.name);
    if (measure !== undefined && measureFor(own) === undefined && !isGenericName(own) && !own.includes(measure)) {
      return { value: `${own}${measure}`, inherited: true };
    }
    return { value: own, inherited: false };
  }
  // A name-giving clause after the figure before this one names it (工业投资：全市计划完成2800亿元).
  if (state.pending !== undefined && (!sameSentence || (previous?.token.end ?? 0) <= state.pendingAt)) {
    const pending = state.pending;
    state.pending = undefined;
    return { value: pending, inherited: true };
  }
  // A rate or change inherits the name of the figure it is about: not a share's total, not a share of another.
  const about =
    unit === '个百分点'
      ? previous
      : findLast(state.read, (r) => r.inlineTotal !== true && r.sharePart === undefined && r.shareTotal === undefined);
  if (sameSentence && about !== undefined) return { value: about.name, inherited: true };
  return { value: '', inherited: false };
}

/** The words before the first digit (the total's name in 占全市固定资产投资818.66亿元的). */
function cutAtDigit(words: string): string {
  for (let i = 0; i < words.length; i++) if (words[i] !== undefined && (words[i] as string) >= '0' && (words[i] as string) <= '9') return words.slice(0, i);
  return words;
}

/**
 * A name whose clause follows a 、-list of short number-less clauses takes them in (煤炭、焦炭、冶金、电力
 * 四大传统产业增加值 …).
 */
function withListHead(folded: string, name: string, t: QuantityToken | DoublingToken, lead: string, state: SentenceState): string {
  const at = clauseOf(state.sentence, t.start);
  const clause = state.sentence.clauses[at];
  if (name === '' || clause === undefined || folded.slice(clause.start, t.start) !== lead) return name;
  const head: string[] = [];
  for (let j = at - 1; j >= 0; j--) {
    const c = state.sentence.clauses[j] as Clause;
    const words = folded.slice(c.start, c.end - 1);
    if (c.ends !== 'list' || state.figureClauses.has(j) || words.length > 10 || words.length === 0) break;
    head.unshift(nameOf(words) || words);
  }
  return head.length === 0 ? name : `${head.join('、')}、${name}`;
}

function clauseStartOf(state: SentenceState, at: number): number {
  return state.sentence.clauses[clauseOf(state.sentence, at)]?.start ?? state.sentence.start;
}

/** A share's name: the part's name 占 the total's words 比重; `shareTotal` keeps the total's words. */
function withShare(name: string, lead: string, compose: boolean): FoundName {
  const zhan = lead.lastIndexOf('占');
  if (zhan === -1) return { value: name, inherited: compose };
  const words = cutAtDigit(lead.slice(zhan + 1));
  if (words.startsWith('比')) return { value: compose ? `${name}占比` : name, inherited: compose, shareTotal: '' };
  const total = words.replace(SHARE_TOTAL_TRIM, '').replace('的', '');
  // 占全市的86.59%: the whole region's total of the part's measure; 占9.22%: the total its list's head is a share of.
  const shareTotal = total === '' ? '' : nameOf(total) || REGION_TOTAL;
  return { value: compose ? (total === '' ? `${name}占比` : `${name}占${total}比重`) : name, inherited: compose, shareTotal };
}

/** The names a 分别 list distributes over its figures: the 、-list before it, or the figures before it. */
function distributedNames(folded: string, t: QuantityToken | DoublingToken, lead: string, state: SentenceState): string[] {
  let k = 1;
  const i = state.tokens.indexOf(t);
  for (let j = i + 1; j < state.tokens.length; j++) {
    const next = state.tokens[j];
    const prev = state.tokens[j - 1] as Token;
    if (next?.kind !== 'quantity' || !JOINERS.has(folded.slice(prev.end, next.start).trim())) break;
    k++;
  }
  if (k < 2) return [];
  const clauses = state.sentence.clauses;
  const at = clauseOf(state.sentence, t.start);
  const listed: string[] = [];
  const head = folded.slice((clauses[at] as Clause).start, t.start);
  const cut = head.indexOf('分别');
  // 占…比重分别… with no names of its own: the shares of the things the sentence's last 分别 list named.
  const zhan = head.lastIndexOf('占');
  if (zhan !== -1 && cut > zhan && nameOf(head.slice(0, zhan)) === '' && state.distributed?.length === k) {
    const total = head.slice(zhan + 1, cut).replace(SHARE_TOTAL_TRIM, '');
    if (total !== '') return state.distributed.map((n) => `${n}占${total}比重`);
  }
  listed.unshift(nameOf(head.slice(0, cut === -1 ? head.length : cut)));
  for (let j = at - 1; j >= 0 && clauses[j]?.ends === 'list'; j--) {
    const c = clauses[j] as Clause;
    listed.unshift(nameOf(folded.slice(c.start, c.end)));
  }
  if (listed.length === k && listed.every((n) => n !== '')) return listed;
  // The names joined in one name before (高新技术企业和科技型企业…实现“双倍增”，分别超过90家和870家).
  const joined = (listed[0] || state.read[state.read.length - 1]?.name) ?? '';
  const items = joined.split(NAME_JOINER).map((n) => nameOf(n));
  if (items.length === k && items.every((n) => n !== '')) {
    // The measure written once after the last name is each one's (装备制造业和高技术制造业增加值).
    const measure = measureOf(items[k - 1] as string);
    return measure === undefined ? items : items.map((n) => (measureFor(n) === undefined ? `${n}${measure}` : n));
  }
  const levels = state.read.filter((r) => r.type === 'level' || r.type === 'share');
  if (levels.length >= k) return levels.slice(-k).map((r) => r.name);
  return [];
}

/** Links a candidate to the ones it relates to: share parts and totals, 其中 lists, 共计 totals. */
function link(
  folded: string,
  made: Candidate,
  t: QuantityToken | DoublingToken,
  lead: string,
  tail: string,
  state: SentenceState,
  doc: DocumentState,
  name: FoundName,
): void {
  const absolute = made.unit !== '%' && made.unit !== '个百分点' && made.unit !== '倍';
  const levels = state.read.filter((r) => (r.type === 'level' || r.type === 'total') && r.unit !== '%' && r.unit !== '个百分点' && r.unit !== '倍');
  // A total stated inside a share: 占全市固定资产投资818.66亿元的27.86%.
  if (absolute && lead.includes('占') && INLINE_TOTAL_TAIL.test(tail)) {
    made.inlineTotal = true;
    made.name = nameOf(lead.slice(lead.lastIndexOf('占') + 1)) || made.name;
    return;
  }
  if (made.unit === '%' && made.type === 'level') {
    const inline = state.read[state.read.length - 1];
    if (inline?.inlineTotal === true && inline.token.end <= t.start) made.shareTotal = inline;
    if (name.shareTotal !== undefined) made.shareTotalText = name.shareTotal;
    if (lead.includes('占')) {
      // The words before 占 name the part when there are any (数字经济增加值占…): a level of another thing is not it.
      const subject = nameOf(lead.slice(0, lead.lastIndexOf('占')));
      const part = findLast(levels, (r) => r.inlineTotal !== true && r.part === made.part);
      if (part !== undefined && (subject === '' || sameThing(subject, part.name))) made.sharePart = part;
    }
    const last = levels[levels.length - 1];
    if (made.sharePart === undefined && state.parts !== undefined && lead.includes('占') && last !== undefined) made.sharePart = last;
    return;
  }
  if (!absolute || made.type !== 'level' || made.inlineTotal === true) return;
  // 其中: the parts of the figure before it.
  const opens = lead.includes('其中') || folded.slice(state.read[state.read.length - 1]?.token.end ?? state.sentence.start, t.start).includes('其中');
  if (opens) {
    const before = findLast(levels, (r) => r.inlineTotal !== true && r.parent === undefined);
    const parent = before ?? (levels.length === 0 ? lastLevel(doc.previous) : undefined);
    if (parent !== undefined) state.parts = { parent, unit: made.unit, ...(made.year !== undefined && { year: made.year }) };
  }
  if (state.parts !== undefined && state.parts.parent !== made && state.parts.unit === made.unit && state.parts.year === made.year) {
    made.parent = state.parts.parent;
    const measure = measureFor(state.parts.parent.name) ?? state.parts.parent.name;
    if (made.name !== '' && !made.name.includes(measure) && measureFor(made.name) === undefined) made.name = `${made.name}${measure}`;
    if (made.name === '') made.name = measure;
  }
  // 共计: a total after its parts (太钢1600亿元、西山600亿元、太重300亿元，三户共计2500亿元).
  if (lead.includes('共计') || lead.includes('合计') || lead.includes('总计')) {
    const parts = levels.filter((r) => r.year === made.year && r.unit === made.unit && r.inlineTotal !== true);
    if (parts.length >= 2) made.sumOf = parts;
  }
}

/** True when two names can be of one thing: equal keys, or one written inside the other. */
function sameThing(a: string, b: string): boolean {
  return a.includes(b) || b.includes(a) || nameKey(a) === nameKey(b);
}

/** The last level of a list of candidates (the figure a sentence-opening 其中 refers to). */
function lastLevel(list: readonly Candidate[]): Candidate | undefined {
  return findLast(list, (r) => r.type === 'level' && r.unit !== '%' && r.unit !== '个百分点' && r.unit !== '倍' && r.inlineTotal !== true);
}
