/**
 * The stable snake_case codes of findings, and the parameters each code's message gets: one
 * typed record per code, so that a message template reading a key its code does not have fails
 * the type-check. Parameters are numbers as a message shows them (rounded 四舍五入, with units);
 * the exact numbers are the finding's own fields.
 */
import type { Claim } from '../plan/index.js';

/** Every finding code, grouped by relation kind, then the codes any relation may get. */
export const FINDING_CODES = [
  // growth_target
  'target_reached',
  'target_short',
  'target_exceeded',
  // historical_cagr
  'rate_matches',
  'rate_mismatch',
  // sum
  'sum_matches',
  'sum_mismatch',
  // share
  'share_matches',
  'share_mismatch',
  // points_change
  'points_match',
  'points_mismatch',
  // cumulative_change
  'change_matches',
  'change_mismatch',
  // annual_vs_cumulative
  'annual_cumulative_match',
  'annual_cumulative_mismatch',
  // multiple
  'multiple_matches',
  'multiple_mismatch',
  // cumulative_total
  'cumulative_rate_matches',
  'cumulative_rate_mismatch',
  'cumulative_total_without_rate',
  // absolute_change
  'increase_matches',
  'increase_mismatch',
  // average_total
  'average_matches',
  'average_mismatch',
  // annual_points
  'annual_points_match',
  'annual_points_mismatch',
  // target_gap
  'gap_matches',
  'gap_mismatch',
  // rate_multiple
  'rate_multiple_matches',
  'rate_multiple_mismatch',
  // level_pair (never checkable: the rate two levels imply)
  'level_pair_rate',
  // not checkable, any relation
  'missing_figure',
  'not_computable',
  'comparable_prices',
  'cumulative_method',
  'other_total',
  'comparable_scope',
  'revised_base',
] as const;

/** A finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];

/** How the stated figure bounds what it is tested against: its claim, or the whole of a sum of shares. */
export type ClaimWord = Claim | 'whole';

/** What every finding's message gets. */
export interface BaseParams {
  /** The indicator (or indicators) the relation is about. */
  readonly subject: string;
  /** The relation's id. */
  readonly relation: string;
}

/** What a judged finding's message gets: the stated figure, the implied value, the gap, the free figure. */
export interface JudgedParams extends BaseParams {
  /** The stated figure with its unit, without qualifiers: `2000亿元`. */
  readonly stated: string;
  /** With its bounding qualifiers where the plan writes them: `2000亿元以上`. */
  readonly statedWritten: string;
  readonly claim: ClaimWord;
  /** What the other figures imply for it, under the reading that gave the verdict. */
  readonly implied: string;
  readonly impliedLo: string;
  readonly impliedHi: string;
  /** Under the default reading, when another reading gave the verdict. */
  readonly defaultImplied?: string;
  /** |implied − stated|, with as many digits as a non-zero gap needs. */
  readonly gap: string;
  /** The gap relative to the stated figure, in %. */
  readonly gapPct: string;
  /** The value of the free figure that makes the relation hold exactly. */
  readonly required?: string;
}

/** growth_target. */
export interface GrowthParams {
  readonly base: string;
  readonly baseYear: number;
  readonly rate: string;
  readonly targetYear: number;
  readonly years: number;
}

/** A relation between a start and an end figure. */
export interface SpanParams {
  readonly start: string;
  readonly startYear: number;
  readonly end: string;
  readonly endYear: number;
}

/** historical_cagr. */
export interface CagrParams extends SpanParams {
  readonly years: number;
}

/** sum. */
export interface SumParams {
  /** The parts as written, joined by ` + `. */
  readonly parts: string;
  readonly count: number;
}

/** share. */
export interface ShareParams {
  readonly part: string;
  readonly total: string;
  readonly partName: string;
  readonly totalName: string;
}

/** annual_vs_cumulative. */
export interface AnnualParams {
  readonly rate: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly years: number;
}

/** cumulative_total, with or without a rate. */
export interface TotalParams {
  readonly base: string;
  readonly total: string;
  readonly baseYear?: number;
  readonly fromYear?: number;
  readonly toYear?: number;
}

/** cumulative_total with a rate. */
export interface CumulativeParams extends TotalParams {
  readonly rate: string;
  readonly years: number;
  /** The total the stated rate gives. */
  readonly totalAtRate: string;
}

/** average_total. */
export interface AverageParams {
  /** The total (or the total increase) as written. */
  readonly total: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly years: number;
  /** An average of yearly values, or of yearly increases. */
  readonly of: 'value' | 'increase';
}

/** annual_points and rate_multiple: a per-year figure against its whole-span form. */
export interface YearlyParams {
  /** The other figure as written: the total points change, or the rate. */
  readonly other: string;
  readonly fromYear: number;
  readonly toYear: number;
  readonly years: number;
}

/** target_gap. */
export interface GapParams {
  readonly actual: string;
  readonly target: string;
  readonly year: number;
}

/** Which figure is at comparable prices while the levels are at current prices. */
export type Priced = 'rate' | 'change' | 'multiple' | 'mixed';

/** The parameters of each code's message. */
export interface FindingParams {
  readonly target_reached: JudgedParams & GrowthParams;
  readonly target_short: JudgedParams & GrowthParams;
  readonly target_exceeded: JudgedParams & GrowthParams;
  readonly rate_matches: JudgedParams & CagrParams;
  readonly rate_mismatch: JudgedParams & CagrParams;
  readonly sum_matches: JudgedParams & SumParams;
  readonly sum_mismatch: JudgedParams & SumParams;
  readonly share_matches: JudgedParams & ShareParams;
  readonly share_mismatch: JudgedParams & ShareParams;
  readonly points_match: JudgedParams & SpanParams;
  readonly points_mismatch: JudgedParams & SpanParams;
  readonly change_matches: JudgedParams & SpanParams;
  readonly change_mismatch: JudgedParams & SpanParams;
  readonly annual_cumulative_match: JudgedParams & AnnualParams;
  readonly annual_cumulative_mismatch: JudgedParams & AnnualParams;
  readonly multiple_matches: JudgedParams & SpanParams;
  readonly multiple_mismatch: JudgedParams & SpanParams;
  readonly cumulative_rate_matches: JudgedParams & CumulativeParams;
  readonly cumulative_rate_mismatch: JudgedParams & CumulativeParams;
  readonly cumulative_total_without_rate: BaseParams & TotalParams & { readonly stated: string; readonly statedWritten: string };
  readonly increase_matches: JudgedParams & SpanParams;
  readonly increase_mismatch: JudgedParams & SpanParams;
  readonly average_matches: JudgedParams & AverageParams;
  readonly average_mismatch: JudgedParams & AverageParams;
  readonly annual_points_match: JudgedParams & YearlyParams;
  readonly annual_points_mismatch: JudgedParams & YearlyParams;
  readonly gap_matches: JudgedParams & GapParams;
  readonly gap_mismatch: JudgedParams & GapParams;
  readonly rate_multiple_matches: JudgedParams & YearlyParams;
  readonly rate_multiple_mismatch: JudgedParams & YearlyParams;
  readonly level_pair_rate: BaseParams & CagrParams & { readonly impliedRate: string; readonly impliedLo: string; readonly impliedHi: string };
  readonly missing_figure: BaseParams & { readonly missing: string };
  readonly not_computable: BaseParams & { readonly reason: string };
  readonly comparable_prices: JudgedParams & { readonly priced: Priced };
  readonly cumulative_method: JudgedParams;
  readonly other_total: JudgedParams;
  readonly comparable_scope: JudgedParams;
  readonly revised_base: JudgedParams;
}

/** The codes of judged findings: those whose message gets {@link JudgedParams}. */
export type JudgedCode = { [C in FindingCode]: FindingParams[C] extends JudgedParams ? C : never }[FindingCode];
