/** Shared scaffolding for the text tests: short views of a draft's figures and relations. */
import { extractPlan, type ExtractPlanOptions, type PlanDraft } from '../../src/text/index.js';

/** A figure as one short line: type value[-high] unit year|from..to [qualifiers] role. */
export function line(draft: PlanDraft, id: string): string {
  const f = draft.plan.figures.find((x) => x.id === id);
  if (f === undefined) throw new Error(`no figure ${id}`);
  const when = f.year !== undefined ? String(f.year) : `${f.from}..${f.to}`;
  return `${f.type} ${f.value}${f.high === undefined ? '' : `-${f.high}`} ${f.unit ?? ''} ${when} [${f.qualifiers.join('+')}] ${f.role}`;
}

/** Every figure of a draft as a short line, in order. */
export function lines(draft: PlanDraft): string[] {
  return draft.plan.figures.map((f) => line(draft, f.id));
}

/** The kinds of a draft's relations, in order. */
export function kinds(draft: PlanDraft): string[] {
  return draft.plan.relations.map((r) => r.kind);
}

/** The name of a figure's indicator. */
export function indicatorName(draft: PlanDraft, value: string): string | undefined {
  const f = draft.plan.figures.find((x) => x.value === value);
  return draft.plan.indicators.find((i) => i.id === f?.indicator)?.name;
}

/** The issue codes of a draft. */
export function codes(draft: PlanDraft): string[] {
  return draft.issues.map((i) => i.code);
}

/** Drafts a text (a plan of 十三五 by default, so roles do not depend on inferred dates). */
export function draftOf(text: string, options: ExtractPlanOptions = {}): PlanDraft {
  return extractPlan(text, { year: 2016, period: '十三五', ...options });
}
