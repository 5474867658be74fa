/**
 * The bounds on the work one plan file may cost. A file past one of them is refused with an issue
 * that names the limit (`limit_exceeded`, or `syntax_error` for nesting), never with an exception,
 * a hang or unbounded memory.
 */

/** The limits {@link parsePlan} holds every file to. */
export interface PlanLimits {
  /**
   * Characters (UTF-16 code units) of one file's text. A generated plan of 50,000 growth-target
   * relations in the seeds' style has about 20 million; the largest seed 37 thousand.
   */
  readonly maxTextLength: number;
  /**
   * YAML nodes (scalars, mappings, sequences, aliases) of one file, aliases counted as the nodes
   * they expand to. The 50,000-relation plan has about 3 million.
   */
  readonly maxNodes: number;
  /** Nesting depth of mappings and sequences (a plan needs 5). Checked before the parser recurses. */
  readonly maxDepth: number;
  /** Aliases (`*name`) in one file. */
  readonly maxAliases: number;
  /** Nodes that all the aliases of one file may expand to, together (guards "billion laughs"). */
  readonly maxAliasNodes: number;
  /** Issues reported for one file; the others are counted in one last `too_many_issues` issue. */
  readonly maxIssues: number;
}

/**
 * The limits of {@link PlanLimits}, with the values {@link parsePlan} uses.
 *
 * @example
 * PLAN_LIMITS.maxDepth //=> 32
 */
export const PLAN_LIMITS: PlanLimits = Object.freeze({
  maxTextLength: 32 * 1024 * 1024,
  maxNodes: 4_000_000,
  maxDepth: 32,
  maxAliases: 100,
  maxAliasNodes: 10_000,
  maxIssues: 100,
});
