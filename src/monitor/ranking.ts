/**
 * Ranking sub-units by completion of their own targets, as monthly and quarterly reports do
 * (每月通报进度并排队): each unit's task progress against the progress its own plan path has at the
 * same time (完成进度 / 序时进度), best first.
 */
import type { D } from '../math/index.js';
import type { MidTermLabel, PaceBand } from './progress.js';
import type { TargetProgress } from './types.js';

/** A sub-unit's place in a ranking. */
export interface RankedUnit {
  /** 1 for the best; units with equal completion share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly target: string;
  readonly subject: string;
  /** Task progress over the progress scheduled at the data's time: 1 is exactly on schedule. */
  readonly completion: D;
  readonly progress: D;
  readonly scheduled: D;
  readonly band: PaceBand;
  readonly label: MidTermLabel;
  readonly illustrative: boolean;
}

/**
 * Ranks reviewed targets (sub-units' own targets) by completion: task progress over scheduled
 * progress (完成进度/序时进度), then by task progress, then by name; ties in completion share a rank.
 * Formula: completion = p / scheduled (the realised sum over the planned cumulative sum for flows).
 *
 * @example
 * rankUnits(report.targets.filter((t) => zones.includes(t.target))).map((u) => u.subject) //=> ['高新区工业增加值', …]
 */
export function rankUnits(targets: readonly TargetProgress[]): readonly RankedUnit[] {
  const rows = targets.map((t) => ({ t, completion: t.scheduled.isZero() ? t.progress : t.progress.div(t.scheduled) }));
  rows.sort((a, b) => b.completion.cmp(a.completion) || b.t.progress.cmp(a.t.progress) || (a.t.subject < b.t.subject ? -1 : a.t.subject > b.t.subject ? 1 : 0));
  let rank = 0;
  return rows.map((row, i) => {
    const previous = rows[i - 1];
    if (previous === undefined || !previous.completion.eq(row.completion)) rank = i + 1;
    return {
      rank,
      target: row.t.target,
      subject: row.t.subject,
      completion: row.completion,
      progress: row.t.progress,
      scheduled: row.t.scheduled,
      band: row.t.band,
      label: row.t.label,
      illustrative: row.t.illustrative,
    };
  });
}
