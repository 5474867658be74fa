/**
 * What reading a sentence yields: figure candidates (a figure with where it was read, how sure
 * the reading is and the links relations are built from) and the numbers it could not place.
 */
import type { FigureRole, FigureType, PriceBasis, Qualifier } from '../plan/index.js';
import type { ComingFigureType } from './kinds.js';
import type { Range } from './segment.js';

/** A figure type of the plan format, or one of the coming ones (kinds.ts). */
export type CandidateType = FigureType | ComingFigureType;

/** A figure read from the text, before it becomes a figure of the draft plan. */
export interface Candidate {
  /** Its place in reading order. */
  readonly index: number;
  readonly paragraph: number;
  readonly sentence: number;
  /** The part of its sentence between two ；. */
  readonly part: number;
  /** The clause it is quoted from. */
  readonly clause: Range;
  /** The number itself. */
  readonly number: Range;
  /** The number with its unit and qualifiers. */
  readonly token: Range;
  type: CandidateType;
  /** The number as written, with the sign of a decline (累计下降19.26% is `-19.26`). */
  value: string;
  high?: string;
  /** The unit symbol (`%`, `个百分点`, `倍`, `亿元` …); `''` when the text has none. */
  unit: string;
  year?: number;
  from?: number;
  to?: number;
  qualifiers: Qualifier[];
  role: FigureRole;
  prices?: PriceBasis;
  /** The indicator's name as composed from the text. */
  name: string;
  /** How sure the reading is, in [0, 1]. */
  confidence: number;
  /** Notes for the analyst (why a year or unit was inferred). */
  notes: string[];
  /** A multiple written as a doubling phrase (翻一番): a floor at its value. */
  doubling?: boolean;
  /** A unit outside the table the text writes (52.5亿斤): its base and factor, for the plan's `units`. */
  declared?: { readonly base: string; readonly factor: string };
  /** True when its year (or end year) is written in the words right before it. */
  ownYear?: boolean;
  /** The level is the base of a growth phrase (在…的基础上, 从…, 由…). */
  base?: boolean;
  /** For a share: the words naming its total (占全市工业投资的 → 工业投资; '' for 全市/全省). */
  shareTotalText?: string;
  /** For a share: the total stated inside the share (占全市固定资产投资818.66亿元的27.86%). */
  shareTotal?: Candidate;
  /** For a share: the level it is the share of. */
  sharePart?: Candidate;
  /** This level is the total stated inside a share. */
  inlineTotal?: boolean;
  /** A part of a 其中 list: the figure it is part of. */
  parent?: Candidate;
  /** A total after its parts (三户共计2500亿元): the parts. */
  sumOf?: readonly Candidate[];
  /** The figure was read from a ratio (比例为7.3:92.7), with its partner(s). */
  ratioOf?: readonly Candidate[];
  /** Further places the same figure is stated (merged repeats): each clause and its number. */
  repeats: { readonly clause: Range; readonly number: Range }[];
  /** Set when the candidate was merged into another. */
  mergedInto?: Candidate;
}

/** Why a number was not placed as a figure. */
export type SkipReason =
  | 'benchmark' // a comparison with another place (低于全国平均4.9个百分点)
  | 'modifier' // a number describing a noun (10亿元以上项目, 超过百亿元的企业, 30万千瓦机组)
  | 'quota' // a per-entity quota (每位市领导包10户)
  | 'no_unit' // a bare number the reader found no unit for
  | 'no_name' // a number with no words naming what it measures
  | 'too_many' // a figure past the most one document is read for
  | 'unavailable_type' // a figure of a type the plan format does not know yet
  | 'bad_years' // a span whose end is not after its start
  | 'long_number' // a run of digits too long to be a figure
  | 'code'; // a number glued to Latin letters (4G, IPv6)

/** A number that did not become a figure, with where it is. */
export interface Skip extends Range {
  readonly reason: SkipReason;
  readonly detail?: string;
}
