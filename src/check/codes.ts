/** The stable snake_case codes of findings: one message template per code and language. */

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
  // not checkable, any relation
  'missing_figure',
  'not_computable',
  'comparable_prices',
  'other_total',
  'comparable_scope',
  'revised_base',
] as const;

/** A finding code. */
export type FindingCode = (typeof FINDING_CODES)[number];
