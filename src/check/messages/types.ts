/** The shape of one locale's messages: a template per finding code, typed by that code's parameters. */
import type { FindingCode, JudgedCode } from '../params.js';
import type { Decision, FindingOf, Hint, Reading, Verdict } from '../types.js';

/** A message template: the first part of the sentence, from a finding of its code. */
export type Template<C extends FindingCode> = (finding: FindingOf<C>) => string;

/** Everything a locale supplies. */
export interface Messages {
  readonly verdicts: Readonly<Record<Verdict, string>>;
  readonly decisions: Readonly<Record<Decision, string>>;
  readonly readings: Readonly<Record<Reading, string>>;
  /** A note per hint: a likely cause of a miss. */
  readonly hints: Readonly<Record<Hint, string>>;
  readonly templates: { readonly [C in FindingCode]: Template<C> };
  /** The verdict sentence after the template: label and notes (decision, qualifiers used, readings). */
  readonly tail: (label: string, notes: readonly string[]) => string;
  /** A note naming the qualifiers a verdict used. */
  readonly usingQualifiers: (qualifiers: string) => string;
  /** A note naming the verdict a caveat replaced. */
  readonly otherwise: (label: string) => string;
  /** A note giving the verdict at current prices (comparable-prices findings). */
  readonly atCurrentPrices: (label: string) => string;
  /** Joins the template and the tail. */
  readonly sentence: (body: string, tail: string) => string;
}

/** The findings the templates of every locale share helpers for. */
export type Judged = FindingOf<JudgedCode>;
export type Growth = FindingOf<'target_reached' | 'target_short' | 'target_exceeded'>;
export type Span = FindingOf<
  | 'rate_matches'
  | 'rate_mismatch'
  | 'points_match'
  | 'points_mismatch'
  | 'change_matches'
  | 'change_mismatch'
  | 'multiple_matches'
  | 'multiple_mismatch'
  | 'increase_matches'
  | 'increase_mismatch'
  | 'level_pair_rate'
>;
export type Cumulative = FindingOf<'cumulative_rate_matches' | 'cumulative_rate_mismatch'>;
