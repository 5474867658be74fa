/** Reading plan text: a document's text in, a draft plan file out. */
export { extractPlan, DEFAULT_MIN_CONFIDENCE } from './extract.js';
export { formatDraft, DRAFT_SCHEMA, type FormatDraftOptions } from './draft-file.js';
export type {
  DraftFigure,
  DraftRelation,
  ExtractPlanOptions,
  IdentitySource,
  PlanDraft,
  TextIssue,
  TextIssueCode,
  TextSpan,
} from './types.js';
