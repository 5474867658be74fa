/** Messages for findings, one file per locale; codes are stable, texts are not. */
import type { FindingCode } from '../params.js';
import type { Finding, FindingOf, Verdict } from '../types.js';
import { en } from './en.js';
import type { Messages, Template } from './types.js';
import { zh } from './zh.js';

/** A message language. */
export type Lang = 'en' | 'zh';

const LOCALES: Readonly<Record<Lang, Messages>> = { en, zh };

function locale(lang: Lang): Messages {
  return Object.hasOwn(LOCALES, lang) ? LOCALES[lang] : en;
}

/**
 * The label of a verdict.
 *
 * @example
 * verdictLabel('near_miss', 'zh') //=> '近似不符'
 */
export function verdictLabel(verdict: Verdict, lang: Lang = 'en'): string {
  return locale(lang).verdicts[verdict];
}

/** The template of a finding's code, applied to it. */
function body<C extends FindingCode>(m: Messages, finding: FindingOf<C>): string {
  const template = m.templates[finding.code] as Template<C> | undefined;
  return template === undefined ? `${finding.subject}: ${String(finding.code)}` : template(finding);
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
  const notes: string[] = [];
  if (finding.decision !== undefined) notes.push(m.decisions[finding.decision]);
  if (finding.qualifiersUsed.length > 0) notes.push(m.usingQualifiers(finding.qualifiersUsed.join('、')));
  for (const r of finding.readings) if (!(r === 'current_prices' && finding.atCurrentPrices !== undefined)) notes.push(m.readings[r]);
  if (finding.atCurrentPrices !== undefined) notes.push(m.atCurrentPrices(m.verdicts[finding.atCurrentPrices]));
  if (finding.otherwise !== undefined) notes.push(m.otherwise(m.verdicts[finding.otherwise]));
  if (finding.hint !== undefined) notes.push(m.hints[finding.hint]);
  return m.sentence(body(m, finding), m.tail(m.verdicts[finding.verdict], notes));
}

/** The template table of a language, for tests that every code has a message. */
export const templatesOf = (lang: Lang): Messages['templates'] => locale(lang).templates;
