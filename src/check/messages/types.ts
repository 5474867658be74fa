/** The shape of one locale's messages. */
import type { FindingCode } from '../codes.js';
import type { Reading, Verdict } from '../types.js';

/** A finding's message parameters. */
export type Params = Readonly<Record<string, string | number>>;

/** A message template: the first part of the sentence, from the finding's parameters. */
export type Template = (p: Params) => string;

/** Everything a locale supplies. */
export interface Messages {
  readonly verdicts: Readonly<Record<Verdict, string>>;
  readonly decisions: Readonly<Record<string, string>>;
  readonly readings: Readonly<Record<Reading, string>>;
  readonly templates: Readonly<Record<FindingCode, Template>>;
  /** The verdict sentence after the template: label and notes (decision, qualifiers used, readings). */
  readonly tail: (label: string, notes: readonly string[]) => string;
  /** A note naming the qualifiers a verdict used. */
  readonly usingQualifiers: (qualifiers: string) => string;
  /** A note naming the verdict a caveat replaced. */
  readonly wouldBe: (label: string) => string;
  /** A note giving the verdict at current prices (comparable-prices findings). */
  readonly atCurrentPrices: (label: string) => string;
  /** Joins the template and the tail. */
  readonly sentence: (body: string, tail: string) => string;
}

/** A parameter as text ('' when missing). */
export const get = (p: Params, key: string): string => {
  const v = p[key];
  return v === undefined ? '' : String(v);
};
