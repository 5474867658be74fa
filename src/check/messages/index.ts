/** Messages for findings, one file per locale; codes are stable, texts are not. */
import { FINDING_CODES, type FindingCode } from '../codes.js';
import type { Finding, Verdict } from '../types.js';
import { en } from './en.js';
import type { Messages } from './types.js';
import { zh } from './zh.js';

/** A message language. */
export type Lang = 'en' | 'zh';

const LOCALES: Readonly<Record<Lang, Messages>> = { en, zh };

function locale(lang: Lang): Messages {
  return Object.hasOwn(LOCALES, lang) ? LOCALES[lang] : en;
}

const isCode = (code: string): code is FindingCode => (FINDING_CODES as readonly string[]).includes(code);

/**
 * The label of a verdict.
 *
 * @example
 * verdictLabel('near_miss', 'zh') //=> '近似不符'
 */
export function verdictLabel(verdict: Verdict, lang: Lang = 'en'): string {
  return locale(lang).verdicts[verdict];
}

/**
 * One sentence a reviewer can act on: what was stated, what the other figures imply, by how much
 * it misses and what would make it hold, then the verdict with its decision, the qualifiers and
 * readings it used. Numbers are rounded 四舍五入.
 *
 * @example
 * renderFinding(finding)
 * //=> '新产品销售收入: 928.4亿元 in 2012 growing 10% a year gives 1990.1亿元 in 2020, 9.9亿元 (0.5%) short of the stated floor 2000亿元; reaching it needs 10.07% a year. Near miss (stretch target not reached).'
 */
export function renderFinding(finding: Finding, lang: Lang = 'en'): string {
  const m = locale(lang);
  const p = { ...finding.params, relation: finding.params['relation'] ?? finding.relation };
  const body = isCode(finding.code) ? m.templates[finding.code](p) : `${finding.subject}: ${finding.code}`;
  const notes: string[] = [];
  if (finding.decision !== undefined) notes.push(m.decisions[finding.decision] ?? finding.decision);
  if (finding.qualifiersUsed.length > 0) notes.push(m.usingQualifiers(finding.qualifiersUsed.join('、')));
  const atCurrent = finding.params['atCurrentPrices'];
  for (const r of finding.readings) if (!(r === 'current_prices' && atCurrent !== undefined)) notes.push(m.readings[r]);
  const wouldBe = finding.params['wouldBe'];
  if (typeof atCurrent === 'string' && Object.hasOwn(m.verdicts, atCurrent)) notes.push(m.atCurrentPrices(m.verdicts[atCurrent as Verdict]));
  if (typeof wouldBe === 'string' && Object.hasOwn(m.verdicts, wouldBe)) notes.push(m.wouldBe(m.verdicts[wouldBe as Verdict]));
  return m.sentence(body, m.tail(m.verdicts[finding.verdict], notes));
}

export { FINDING_CODES };
export type { FindingCode };
/** The template table of a language, for tests that every code has a message. */
export const templatesOf = (lang: Lang): Messages['templates'] => locale(lang).templates;
