/**
 * A plan's identity from its text when the caller does not give it: the title line, the issuer
 * line, the date of issue, the plan period. Each field says where it came from, so the draft can
 * mark what an analyst must confirm.
 */
import { listPlanPeriods, parseChineseDate, parseChineseYear, type PlanPeriod, type PlanPeriodName } from '../units/index.js';
import {
  ABOUT_TITLE,
  ANNUAL_TITLE,
  ANY_YEAR,
  BASE_YEAR_PHRASE,
  DATED_MEETING,
  DATE_LINE,
  DOC_NUMBER,
  FIVE_YEAR_WORDS,
  GOAL_WORD,
  ISO_DATE,
  ISSUED_TITLE,
  NOTICE_TITLE,
  START_YEAR_PHRASE,
  TARGET_YEAR_PHRASE,
  THIS_YEAR,
  TITLE_DATE,
  TITLE_YEARS,
  GOALS_MET,
} from './patterns.js';
import type { Paragraph } from './segment.js';
import { ISSUER_ENDINGS, TITLE_WORDS } from './vocabulary.js';

/** Where an identity field came from: the caller's options, the text, or a default. */
export type IdentitySource = 'option' | 'text' | 'default';

/** A plan's identity as read from its text. */
export interface TextIdentity {
  readonly title?: { readonly value: string; readonly start: number; readonly end: number };
  readonly issuer?: { readonly value: string; readonly start: number; readonly end: number };
  /** The date of issue as an ISO date, when the text has one. */
  readonly date?: { readonly value: string; readonly start: number; readonly end: number };
  /** The year of a document number (〔2014〕). */
  readonly docYear?: number;
  /** The period the targets run over. */
  readonly period?: PlanPeriod;
  /** The year of issue when the text tells it only by what it reports (a report on 2021 that says 今年 is of 2022). */
  readonly published?: number;
}

/** How many lines from the top are searched for a title or an issuer. */
const HEAD_LINES = 12;
/** The longest line taken for a title or issuer. */
const MAX_TITLE = 60;
const FIVE_YEAR_DIGITS = '一二三四五';
/** The most years collected from a document for the fallback period. */
const MAX_YEARS = 10000;

/** The text of a line, if short enough to be a title, issuer or date line. */
function shortLine(folded: string, p: Paragraph, max: number): string | undefined {
  return p.end - p.start <= max ? folded.slice(p.start, p.end) : undefined;
}

/** A bare title from a line: 关于印发X的通知 is X; 《X》 is X. */
function titleOf(line: string): { readonly value: string; readonly offset: number } | undefined {
  const notice = NOTICE_TITLE.exec(line);
  if (notice?.[1] !== undefined) return { value: notice[1], offset: 4 };
  if (ABOUT_TITLE.test(line)) return undefined;
  if (!TITLE_WORDS.some((w) => line.includes(w)) || line.includes('。') || line.includes(',')) return undefined;
  const open = line.startsWith('《') && line.endsWith('》') ? 1 : 0;
  return { value: line.slice(open, line.length - open), offset: open };
}

/** The most frequent element (the latest on a tie). */
function mode(values: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: number | undefined;
  for (const [v, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0) || (n === counts.get(best) && v > best)) best = v;
  return best;
}

/** The period and, when the text says it only that way, the year of issue. */
interface PeriodReading {
  readonly period?: PlanPeriod;
  /** The year of issue of a report on one year or a review (2022 for a report on 2021 that says 今年). */
  readonly published?: number;
}

/**
 * The plan period from the text, in this order: the base of its 在YYYY年…的基础上 phrases; the
 * years of its title (…（2023-2025年）); one year for an annual document (2024年…计划, 政府工作报告,
 * 统计公报; or untitled, with a heading of targets naming one year after a heading reviewing the year
 * before, or with 今年); the five-year plan its targets (到2020年) end or it names most; for a review
 * (no targets, no 目标/规划/力争 words) from the base of its 从YYYY年 phrases (else its earliest year)
 * to its latest year; else the five-year plan its latest year falls in. A report that says 今年 and
 * states no target year, and a review, were issued the year after their latest year.
 */
function periodOf(folded: string, paragraphs: readonly Paragraph[], titleText: string | undefined): PeriodReading {
  const targets: number[] = [];
  const bases: number[] = [];
  const named: PlanPeriodName[] = [];
  const years: number[] = [];
  const starts: number[] = [];
  let thisYear = false;
  let goals = false;
  for (const p of paragraphs) {
    for (const s of p.sentences) {
      const text = folded.slice(s.start, s.end);
      if (!thisYear && THIS_YEAR.test(text)) thisYear = true;
      // Targets said to be met (主要目标任务如期完成) are a review's words, not targets.
      if (!goals && GOAL_WORD.test(text) && !GOALS_MET.test(text)) goals = true;
      if (text.includes('年')) {
        for (const t of text.matchAll(TARGET_YEAR_PHRASE)) if (t[1] !== undefined) targets.push(Number(t[1]));
        for (const y of text.matchAll(ANY_YEAR)) if (y[1] !== undefined && years.length < MAX_YEARS) years.push(Number(y[1]));
        for (const y of text.matchAll(START_YEAR_PHRASE)) if (y[1] !== undefined && starts.length < MAX_YEARS) starts.push(Number(y[1]));
        const b = text.includes('基础') ? BASE_YEAR_PHRASE.exec(text) : null;
        if (b?.[1] !== undefined) bases.push(Number(b[1]));
      }
      if (!text.includes('五')) continue;
      for (const period of listPlanPeriods()) if (text.includes(period.name)) named.push(period.name);
      const words = FIVE_YEAR_WORDS.exec(text);
      if (words?.[1] !== undefined) {
        const name = listPlanPeriods()[FIVE_YEAR_DIGITS.indexOf(words[1])]?.name;
        if (name !== undefined) named.push(name);
      }
    }
  }
  const target = mode(targets);
  const latestYear = years.length === 0 ? undefined : Math.max(...years);
  const review = targets.length === 0 && !goals;
  const published = latestYear !== undefined && targets.length === 0 && (thisYear || review) ? latestYear + 1 : undefined;
  const withPublished = (period: PlanPeriod | undefined): PeriodReading => ({
    ...(period !== undefined && { period }),
    ...(published !== undefined && { published }),
  });
  const titleYears = titleText === undefined ? null : TITLE_YEARS.exec(titleText);
  const annual = titleText === undefined ? null : ANNUAL_TITLE.exec(titleText);
  const base = mode(bases.filter((b) => target === undefined || b < target));
  const byTarget = listPlanPeriods().find((p) => p.to === target);
  // A plan reviews the period before its own: the latest period named at least twice (or the only one).
  const counts = named.reduce((m, n) => m.set(n, (m.get(n) ?? 0) + 1), new Map<string, number>());
  const latest = listPlanPeriods()
    .filter((p) => (counts.get(p.name) ?? 0) >= Math.min(2, Math.max(1, ...counts.values())))
    .pop();
  const five = byTarget ?? latest;
  if (base !== undefined && (target !== undefined || five !== undefined)) {
    const to = target ?? five?.to ?? base + 5;
    if (to > base) return withPublished({ from: base + 1, to, base });
  }
  if (titleYears?.[1] !== undefined && titleYears[2] !== undefined) {
    const from = Number(titleYears[1]);
    return withPublished({ from, to: Number(titleYears[2]), base: from - 1 });
  }
  if (annual?.[1] !== undefined) {
    const year = Number(annual[1]);
    return { period: { from: year, to: year, base: year - 1 }, published: year };
  }
  // An annual report without a title: a heading of targets naming one year (二、2025年…主要预期目标)
  // after a heading reviewing the year before, or in a text that says 今年.
  const headings = paragraphs.flatMap((p) => (p.heading?.year !== undefined ? [p.heading] : []));
  const planYear = headings.find((h) => h.kind === 'plan')?.year;
  if (planYear !== undefined && (thisYear || headings.some((h) => h.kind === 'review' && h.year === planYear - 1))) {
    return { period: { from: planYear, to: planYear, base: planYear - 1 }, published: planYear };
  }
  if (five !== undefined && (target === undefined || target === five.to)) return withPublished({ from: five.from, to: five.to, base: five.base, name: five.name });
  if (target !== undefined) return withPublished({ from: target - 4, to: target, base: target - 5 });
  if (review && latestYear !== undefined) {
    // From the base of its 从YYYY年 phrases, else its earliest year; a five-year plan's years are named so.
    const earliest = Math.min(...years);
    const start = mode(starts.filter((y) => y < latestYear)) ?? (earliest < latestYear ? earliest : latestYear - 1);
    const plan = listPlanPeriods().find((p) => p.base === start && p.to === latestYear);
    return withPublished({ from: start + 1, to: latestYear, base: start, ...(plan !== undefined && { name: plan.name }) });
  }
  // Only years: the five-year plan the latest of them falls in.
  const ending = listPlanPeriods().find((p) => latestYear !== undefined && p.from <= latestYear && latestYear <= p.to);
  return withPublished(ending === undefined ? undefined : { from: ending.from, to: ending.to, base: ending.base, name: ending.name });
}

/**
 * Reads a plan's identity from its text: the title (a short line naming a 规划/方案/意见…, or the
 * X of 关于印发X的通知), the issuer (a short line ending in 委员会/人民政府/…, near the top or
 * before the date), the date of issue (a line 2014年9月10日 or 二O一二年四月二十五日), the year of
 * its document number (〔2014〕) and the period (the most common 到YYYY年 target year, the base of
 * 在YYYY年…的基础上, the five-year plan named most often, the title's 2014-2020年).
 */
export function readIdentity(folded: string, paragraphs: readonly Paragraph[]): TextIdentity {
  let title: TextIdentity['title'];
  let issuer: TextIdentity['issuer'];
  let date: TextIdentity['date'];
  let docYear: number | undefined;
  let posted: TextIdentity['date'];
  let meetingYear: number | undefined;
  paragraphs.forEach((p, index) => {
    if (date === undefined && meetingYear === undefined && index < HEAD_LINES) {
      // A date opening a longer line (（2023年2月2日在…会议上）): the day the report was given.
      const meeting = DATED_MEETING.exec(folded.slice(p.start, Math.min(p.end, p.start + MAX_TITLE)));
      if (meeting?.[1] !== undefined) {
        const at = p.start + meeting[0].indexOf(meeting[1]);
        try {
          date = { value: parseChineseDate(meeting[1]), start: at, end: at + meeting[1].length };
        } catch {
          // a month without its day (——2024年1月在…): the year alone
          try {
            meetingYear = parseChineseYear(meeting[1].slice(0, meeting[1].indexOf('年') + 1));
          } catch {
            // not a year
          }
        }
        return;
      }
    }
    const line = shortLine(folded, p, MAX_TITLE);
    if (line === undefined) {
      if (docYear === undefined && index < HEAD_LINES) {
        const head = folded.slice(p.start, Math.min(p.end, p.start + 200));
        const doc = DOC_NUMBER.exec(head);
        if (doc !== null) docYear = Number(doc[1] ?? doc[2]);
      }
      return;
    }
    const doc = index < HEAD_LINES ? DOC_NUMBER.exec(line) : null;
    if (doc !== null && docYear === undefined) docYear = Number(doc[1] ?? doc[2]);
    const dated = DATE_LINE.exec(line);
    if (dated?.[1] !== undefined && date === undefined) {
      try {
        const at = p.start + line.indexOf(dated[1]);
        date = { value: parseChineseDate(dated[1]), start: at, end: at + dated[1].length };
        const previous = paragraphs[index - 1];
        const signer = previous === undefined ? undefined : shortLine(folded, previous, 30);
        if (issuer === undefined && previous !== undefined && signer !== undefined && ISSUER_ENDINGS.some((e) => signer.endsWith(e))) {
          issuer = { value: signer, start: previous.start, end: previous.end };
        }
      } catch {
        // not a day of the calendar: not a date line
      }
      return;
    }
    if (index < HEAD_LINES) {
      if (issuer === undefined && line.length <= 30 && ISSUER_ENDINGS.some((e) => line.endsWith(e)) && !TITLE_WORDS.some((w) => line.includes(w))) {
        issuer = { value: line, start: p.start, end: p.end };
        return;
      }
      const t = title === undefined ? titleOf(line) : undefined;
      if (t !== undefined && t.value.length >= 4) title = { value: t.value, start: p.start + t.offset, end: p.start + t.offset + t.value.length };
    }
    if (posted === undefined && index < HEAD_LINES) {
      const iso = ISO_DATE.exec(line);
      if (iso !== null) {
        const at = p.start + line.indexOf(iso[0]);
        posted = { value: iso[0], start: at, end: at + iso[0].length };
      }
    }
  });
  // A posting date near the top (发表时间：2014-09-11) stands in for a missing date of issue, when its year is the document number's.
  if (date === undefined && posted !== undefined && docYear !== undefined && Number(posted.value.slice(0, 4)) === docYear) date = posted;
  if (title === undefined) {
    // 印发《X》 in a notice or a report near the top: X is the plan.
    for (const p of paragraphs.slice(0, HEAD_LINES)) {
      const head = folded.slice(p.start, Math.min(p.end, p.start + 300));
      const m = ISSUED_TITLE.exec(head);
      if (m?.[1] !== undefined) {
        const at = p.start + m.index + m[0].indexOf('《') + 1;
        title = { value: m[1], start: at, end: at + m[1].length };
        break;
      }
    }
  }
  if (title === undefined) {
    // A title line anywhere (an attachment's title, 附件 … 太原工业振兴行动方案).
    for (const p of paragraphs) {
      const line = shortLine(folded, p, 30);
      const t = line === undefined || line.startsWith('附件') ? undefined : titleOf(line);
      if (t !== undefined && t.value.length >= 4 && /* not a heading */ p.heading === undefined) {
        title = { value: t.value, start: p.start + t.offset, end: p.start + t.offset + t.value.length };
        break;
      }
    }
  }
  const reading = periodOf(folded, paragraphs, title?.value);
  const { period } = reading;
  // A title dated at its end (…回顾（2025年9月）) was issued that year.
  const titleDate = title === undefined ? null : TITLE_DATE.exec(title.value);
  const published = titleDate?.[1] !== undefined ? Number(titleDate[1]) : (meetingYear ?? reading.published);
  return {
    ...(published !== undefined && { published }),
    ...(title !== undefined && { title }),
    ...(issuer !== undefined && { issuer }),
    ...(date !== undefined && { date }),
    ...(docYear !== undefined && { docYear }),
    ...(period !== undefined && { period }),
  };
}
