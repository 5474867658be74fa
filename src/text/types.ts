/** The draft a document's text gives: a plan, where each of its parts was read, and the issues. */
import type { Plan, PlanPeriod } from '../plan/index.js';

/** A stretch of the input: UTF-16 offsets (`end` exclusive) and the text there, so `text.slice(start, end) === quote`. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

/** Stable codes of what reading text reports. */
export type TextIssueCode =
  | 'not_a_figure' // a number that describes something (a threshold, a specification, a quota, a benchmark)
  | 'no_unit' // a number whose unit the reader could not tell
  | 'no_name' // a number with no words naming what it measures
  | 'too_many_figures' // figures past the most one document is read for (MAX_FIGURES)
  | 'bad_years' // a span whose end is not after its start
  | 'type_unavailable' // a figure of a type the plan format does not have yet
  | 'relation_unavailable' // a relation of a kind the plan format does not have yet
  | 'parts_not_summed' // a 其中 list far from its total: read as naming some parts only
  | 'low_confidence' // a figure or relation below `minConfidence`, left out of the draft
  | 'invalid_item' // a figure or relation the plan format refused, left out of the draft
  | 'merged_repeat' // the same figure stated again, kept once
  | 'long_number' // a run of digits too long to be a figure
  | 'identity_default' // a field of the plan's identity neither given nor found in the text
  | 'too_many_issues'; // further issues were left out

/** Something reading the text could not place, or chose not to, with where it is. */
export interface TextIssue {
  readonly code: TextIssueCode;
  /** `warning` for what an analyst should look at; `info` for what the reader left out on purpose. */
  readonly severity: 'warning' | 'info';
  /** An English sentence. */
  readonly message: string;
  readonly span: TextSpan;
}

/** Where a figure of the draft was read. */
export interface DraftFigure {
  /** The figure's id in the draft plan. */
  readonly id: string;
  /** The clause it was read from (the figure's `quote`). */
  readonly span: TextSpan;
  /** The number itself. */
  readonly number: TextSpan;
  /** Further places the text states the same figure: each clause and the number in it. */
  readonly repeats: readonly { readonly span: TextSpan; readonly number: TextSpan }[];
  /** How sure the reading is, in [0, 1]. */
  readonly confidence: number;
  /** Why a year, unit or role was inferred. */
  readonly notes: readonly string[];
}

/** Where a relation of the draft was read. */
export interface DraftRelation {
  readonly id: string;
  /** The words stating it (the relation's `quote`). */
  readonly span: TextSpan;
  readonly confidence: number;
}

/** Where a field of the plan's identity came from: the options, the text, or a default. */
export type IdentitySource = 'option' | 'text' | 'default';

/** A draft plan read from a document's text. */
export interface PlanDraft {
  /** A plan that `parsePlan`, `validatePlan` and `checkPlan` accept. */
  readonly plan: Plan;
  /** One entry per figure of the plan, in the same order. */
  readonly figures: readonly DraftFigure[];
  /** One entry per relation of the plan, in the same order. */
  readonly relations: readonly DraftRelation[];
  readonly issues: readonly TextIssue[];
  /** Where each field of the plan's identity came from. */
  readonly identity: Readonly<Record<'id' | 'title' | 'issuer' | 'year' | 'period' | 'date', IdentitySource>>;
}

/** Options of `extractPlan`: the plan's identity where the text lacks it, and a confidence floor. */
export interface ExtractPlanOptions {
  /** The plan's id, `[a-z0-9_-]+`. Default: `draft-` and a short hash of the title. */
  readonly id?: string;
  readonly title?: string;
  readonly issuer?: string;
  /** The year of issue. Default: the text's date of issue, its document number (〔2014〕), else the period's first year. */
  readonly year?: number;
  /** The date of issue, `YYYY-MM-DD`. Default: the text's. */
  readonly date?: string;
  /** The plan's period, or a five-year plan's name (`十三五`). Default: read from the text. */
  readonly period?: PlanPeriod | string;
  /** The source document's name or citation (`source.document`). Default: the title. */
  readonly document?: string;
  readonly url?: string;
  /** Figures and relations read with less confidence are left out (and reported). 0..1, default 0.3. */
  readonly minConfidence?: number;
}
