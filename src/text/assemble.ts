/**
 * From candidates and relations to the draft plan: repeats merged, indicators grouped, ids made,
 * the confidence floor applied, and every item the plan format refuses taken out (so that the
 * draft always loads).
 */
import type { Caveat, Figure, FigureType, Indicator, IndicatorKind, Plan, Relation } from '../plan/index.js';
import { defaultUnit, validatePlan } from '../plan/index.js';
import { planFileSchema } from '../plan/schema.js';
import { declareUnits, isUnit, normalizeSymbol, unitDimension, unitOf, type UnitDeclaration, type UnitTable } from '../units/index.js';
import type { Candidate } from './candidate.js';
import { figureTypeAvailable } from './kinds.js';
import { defaultIndicatorUnit, indicatorKind, kindFromName, nameKey, scopeOf } from './names.js';
import { dedupeRelations, type RelationCandidate } from './relations.js';
import { COMPARABLE_PRICES, CURRENT_PRICES } from './patterns.js';
import { MEASURES } from './vocabulary.js';
import type { DraftFigure, DraftRelation, TextIssue, TextSpan } from './types.js';

/** The identity part of a plan (everything but indicators, figures and relations). */
export type PlanIdentity = Omit<Plan, 'indicators' | 'figures' | 'relations'>;

/** What assembling gives: the plan, where its parts were read, and what was left out. */
export interface Assembled {
  readonly plan: Plan;
  readonly figures: readonly DraftFigure[];
  readonly relations: readonly DraftRelation[];
  readonly issues: readonly TextIssue[];
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: short stable ids. */
export function shortHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** A stretch of the input, trimmed of white space and of a clause's closing punctuation. */
export function spanOf(text: string, start: number, end: number): TextSpan {
  let s = Math.max(0, Math.min(start, text.length));
  let e = Math.max(s, Math.min(end, text.length));
  while (e > s && CLOSERS.has(text[e - 1] ?? '')) e--;
  while (s < e && OPENERS.has(text[s] ?? '')) s++;
  return { start: s, end: e, quote: text.slice(s, e) };
}
const CLOSERS = new Set([...'，,、；;：:。！？!? \t\r\n\u3000']);
const OPENERS = new Set([...' \t\r\n\u3000']);

/** The key two statements of one figure share (its numbers, years, unit, type and role). */
function figureKey(c: Candidate): string {
  return [c.type, c.value, c.high ?? '', normalizeSymbol(c.unit), c.year ?? '', c.from ?? '', c.to ?? '', c.role].join('|');
}

/** True when two names may name one indicator (equal keys, or one contains the other). */
function namesMeet(a: string, b: string): boolean {
  const ka = nameKey(a);
  const kb = nameKey(b);
  if (ka === '' || kb === '') return false;
  const sa = scopeOf(a);
  const sb = scopeOf(b);
  if (sa !== undefined && sb !== undefined && sa !== sb) return false;
  if (ka === kb) return true;
  // One name inside the other (有效发明专利 in 有效发明专利拥有量), unless the shorter is only a measure (收入).
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 3 && !GENERIC_KEYS.has(short) && long.includes(short);
}

/** The keys of bare measures (收入, 增加值 …): too generic to say two names meet. */
const GENERIC_KEYS = new Set(MEASURES.map((m) => nameKey(m)));

/** How many earlier figures with the same numbers a repeat is compared with (keeps merging linear). */
const MERGE_WINDOW = 32;

/** Merges repeated statements of one figure into its first statement. */
function mergeRepeats(candidates: readonly Candidate[]): Candidate[] {
  const byKey = new Map<string, Candidate[]>();
  const kept: Candidate[] = [];
  for (const c of candidates) {
    const key = figureKey(c);
    const earlier = (byKey.get(key) ?? []).slice(-MERGE_WINDOW).find((k) => namesMeet(k.name, c.name));
    if (earlier !== undefined) {
      c.mergedInto = earlier;
      earlier.repeats.push({ clause: c.clause, number: c.number });
      if (c.base === true) earlier.base = true;
      continue;
    }
    const list = byKey.get(key);
    if (list === undefined) byKey.set(key, [c]);
    else list.push(c);
    kept.push(c);
  }
  return kept;
}

/** The candidate a candidate was merged into (itself when it was not). */
function root(c: Candidate): Candidate {
  let r = c;
  for (let k = 0; k < 8 && r.mergedInto !== undefined; k++) r = r.mergedInto;
  return r;
}

/** An indicator being built: its candidates and what they say about it. */
interface Group {
  readonly key: string;
  readonly stem: string;
  readonly scope: string;
  readonly dimension: string;
  readonly members: Candidate[];
}

const SPAN_TYPES = new Set(['rate', 'change', 'multiple', 'increase', 'average', 'average_increase']);

function dimensionOf(unit: string): string {
  if (unit === '%') return 'pct';
  return unitDimension(unit) ?? 'none';
}

/** Groups candidates into indicators: levels by name key, scope and dimension; rates, changes and points with the level they are about. */
function groupIndicators(candidates: readonly Candidate[]): Map<Candidate, Group> {
  const groups = new Map<string, Group>();
  const byStem = new Map<string, Group[]>();
  const of = new Map<Candidate, Group>();
  const add = (c: Candidate, stem: string, scope: string, dimension: string): void => {
    const key = `${stem}|${scope}|${dimension}`;
    let g = groups.get(key);
    if (g === undefined) {
      g = { key, stem, scope, dimension, members: [] };
      groups.set(key, g);
      byStem.set(stem, [...(byStem.get(stem) ?? []), g]);
    }
    g.members.push(c);
    of.set(c, g);
  };
  const later: Candidate[] = [];
  for (const c of candidates) {
    const stem = nameKey(c.name) || `#${c.index}`;
    const scope = scopeOf(c.name) ?? '';
    if (SPAN_TYPES.has(c.type) || c.type === 'points' || c.type === 'annual_points' || c.type === 'gap') later.push(c);
    else add(c, stem, scope, dimensionOf(c.unit));
  }
  // Scope-less groups join the one scoped group of their stem and dimension.
  for (const g of [...groups.values()]) {
    if (g.scope !== '') continue;
    const siblings = byStem.get(g.stem) ?? [];
    const scoped = siblings.filter((h) => h !== g && h.dimension === g.dimension && h.scope !== '');
    if (scoped.length === 1) {
      const target = scoped[0] as Group;
      for (const c of g.members) {
        target.members.push(c);
        of.set(c, target);
      }
      groups.delete(g.key);
      byStem.set(g.stem, siblings.filter((h) => h !== g));
    }
  }
  for (const c of later) {
    const stem = nameKey(c.name) || `#${c.index}`;
    const scope = scopeOf(c.name) ?? '';
    const fits = (byStem.get(stem) ?? []).filter((g) => g.scope === scope || scope === '' || g.scope === '');
    const points = c.type === 'points' || c.type === 'annual_points' || c.type === 'gap';
    const found = points ? fits.find((g) => g.dimension === 'pct') : (fits.find((g) => g.dimension !== 'pct') ?? fits.find((g) => g.dimension === 'pct'));
    if (found !== undefined) {
      found.members.push(c);
      of.set(c, found);
    } else {
      add(c, stem, scope, points ? 'pct' : 'rate');
    }
  }
  return of;
}

/** A unit a plan file may use: in the table, as the table writes it, not a bare magnitude. */
function planUnit(unit: string, declared?: UnitTable): string | undefined {
  const u = normalizeSymbol(unit);
  if (declared?.has(u) === true) return u;
  if (!isUnit(u)) return undefined;
  return unitOf(u).dimension === 'number' ? undefined : unitOf(u).symbol;
}

/**
 * The units outside the table the figures write (52.5亿斤 is 10^8 斤, 360台/万人 a count per 万人),
 * once each, as the plan's `units`.
 */
function declaredUnits(candidates: readonly Candidate[]): UnitDeclaration[] {
  const out = new Map<string, UnitDeclaration>();
  for (const c of candidates) {
    if (c.declared === undefined) continue;
    const symbol = normalizeSymbol(c.unit);
    if (symbol === '' || isUnit(symbol) || out.has(symbol)) continue;
    out.set(symbol, { symbol, base: c.declared.base, factor: c.declared.factor });
  }
  return [...out.values()];
}

/** An intensity written without its per-万元 (1.78吨标准煤 of 单位地区生产总值能耗) is per 万元. */
function intensityUnit(unit: string): string | undefined {
  const per = `${unit}/万元`;
  return isUnit(per) ? per : undefined;
}

/** The indicator of a group. */
function indicatorOf(g: Group, used: Set<string>, declared: UnitTable): { readonly indicator: Indicator; readonly perWanYuan: boolean } {
  const levels = g.members.filter((c) => c.type === 'level' || c.type === 'total');
  const first = levels[0] ?? g.members[0];
  const name = (first?.name ?? '') || '未命名指标';
  let unit: string;
  let kind: IndicatorKind;
  let perWanYuan = false;
  if (g.dimension === 'pct') {
    unit = '%';
    kind = indicatorKind(name, '%');
  } else if (g.dimension === 'rate') {
    // No level: the unit of an amount among its figures (年均新增城镇就业12万人), else its kind's default.
    const amount = g.members.map((c) => planUnit(c.unit, declared)).find((u): u is string => u !== undefined && u !== '%' && u !== '个百分点' && u !== '倍');
    kind = amount === undefined ? kindFromName(name) : indicatorKind(name, amount);
    unit = amount ?? defaultIndicatorUnit(kind);
  } else {
    unit = planUnit(first?.unit ?? '', declared) ?? '';
    // A unit the plan declares measures a quantity of its own (粮食产量 in 亿斤).
    kind = declared.has(unit) ? 'quantity' : indicatorKind(name, unit);
    if (kind === 'intensity' && unitOf(unit || '万元').dimension !== 'intensity') {
      const per = intensityUnit(unit);
      if (per !== undefined) {
        unit = per;
        perWanYuan = true;
      }
    }
    if (unit === '') unit = defaultIndicatorUnit(kind);
  }
  const base = `${kind}_${shortHash(g.key).slice(0, 6)}`;
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
  used.add(id);
  const scope = g.scope === '' ? undefined : g.scope;
  return { indicator: { id, name, unit, kind, ...(scope !== undefined && { scope }) }, perWanYuan };
}

/** The figure type of a candidate on its indicator (a % level is a share of a share indicator, a level of a ratio). */
function figureType(c: Candidate, indicator: Indicator): FigureType | undefined {
  if (c.type === 'level' && c.unit === '%') return indicator.kind === 'share' ? 'share' : 'level';
  return figureTypeAvailable(c.type) ? c.type : undefined;
}

const TYPE_TAGS: Readonly<Record<string, string>> = {
  rate: 'rate',
  change: 'change',
  points: 'points',
  multiple: 'multiple',
  total: 'total',
  increase: 'increase',
  average: 'average',
  average_increase: 'average_increase',
  annual_points: 'annual_points',
  gap: 'gap',
};

/** A readable id for a figure: its indicator's id and its year(s). */
function figureId(indicator: Indicator, type: FigureType, c: Candidate, used: Set<string>): string {
  const when = c.year !== undefined ? `${c.year}` : `${c.from ?? ''}_${c.to ?? ''}`;
  const tag = TYPE_TAGS[type];
  const base = `${indicator.id}_${tag === undefined ? '' : `${tag}_`}${when}`;
  let id = base;
  for (let k = 2; used.has(id); k++) id = `${base}_${k}`;
  used.add(id);
  return id;
}

/** The price basis a clause states for a rate (现价 / 可比价). */
function pricesOf(text: string, c: Candidate): Figure['prices'] {
  if (c.type !== 'rate') return undefined;
  // Its clause, and the clause before it (全市生产总值5781亿元，按可比价格计算，比上年增长7.2%).
  const words = text.slice(Math.max(0, c.clause.start - PRICE_LOOKBACK), c.clause.end);
  if (CURRENT_PRICES.test(words)) return 'current';
  if (COMPARABLE_PRICES.test(words)) return 'comparable';
  return undefined;
}
const PRICE_LOOKBACK = 12;

/** Everything the assembly needs. */
export interface AssembleInput {
  readonly text: string;
  readonly identity: PlanIdentity;
  readonly candidates: readonly Candidate[];
  readonly relations: readonly RelationCandidate[];
  readonly minConfidence: number;
}

/** A figure of the plan with where it was read. */
interface Made {
  readonly figure: Figure;
  readonly candidate: Candidate;
}

/**
 * Builds the draft plan: merges repeats, groups indicators, applies the confidence floor, makes
 * figures and relations, and removes what the plan format refuses until the plan loads.
 */
export function assemble(input: AssembleInput): Assembled {
  const { text, identity, minConfidence } = input;
  const issues: TextIssue[] = [];
  const kept = mergeRepeats(input.candidates);
  for (const c of input.candidates) {
    if (c.mergedInto !== undefined) {
      issues.push({ code: 'merged_repeat', severity: 'info', message: `the figure ${c.value} is stated again here; kept once`, span: spanOf(text, c.clause.start, c.clause.end) });
    }
  }
  const relations = dedupeRelations(
    input.relations.map((r) => ({ ...r, slots: remap(r.slots) })),
    (c) => c.index,
  ).filter((r) => !selfReferencing(r));
  const confident = kept.filter((c) => {
    if (c.confidence >= minConfidence) return true;
    issues.push({
      code: 'low_confidence',
      severity: 'warning',
      message: `a figure ${c.value}${c.unit} read with confidence ${c.confidence} (below ${minConfidence}) is left out`,
      span: spanOf(text, c.clause.start, c.clause.end),
    });
    return false;
  });
  const groups = groupIndicators(confident);
  const usedIds = new Set<string>();
  const declarations = declaredUnits(confident);
  const declared = declareUnits(declarations);
  const indicators = new Map<string, { readonly indicator: Indicator; readonly perWanYuan: boolean }>();
  const made: Made[] = [];
  for (const c of confident) {
    const g = groups.get(c) as Group;
    let ind = indicators.get(g.key);
    if (ind === undefined) {
      ind = indicatorOf(g, usedIds, declared);
      indicators.set(g.key, ind);
    }
    const type = figureType(c, ind.indicator);
    if (type === undefined) {
      issues.push({ code: 'type_unavailable', severity: 'warning', message: `a figure of type ${c.type} is not in the plan format yet`, span: spanOf(text, c.clause.start, c.clause.end) });
      continue;
    }
    // The unit as the loader fills it in: the figure's own, else its type's default on the indicator.
    const own = ind.perWanYuan ? undefined : planUnit(c.unit, declared);
    const unit = own ?? defaultUnit(type, ind.indicator.unit);
    const dated = type === 'level' || type === 'share' || type === 'gap';
    const span = spanOf(text, c.clause.start, c.clause.end);
    const prices = pricesOf(text, c);
    const figure: Figure = {
      id: figureId(ind.indicator, type, c, usedIds),
      indicator: ind.indicator.id,
      type,
      value: c.value,
      ...(c.high !== undefined && { high: c.high }),
      ...(unit !== undefined && { unit }),
      ...(dated ? { year: c.year ?? c.to ?? identity.period.to } : { from: c.from ?? identity.period.base, to: c.to ?? identity.period.to }),
      qualifiers: c.qualifiers,
      role: c.role,
      ...(c.doubling === true && type === 'multiple' && { doubling: true }),
      ...(prices !== undefined && { prices }),
      quote: span.quote,
    };
    made.push({ figure, candidate: c });
  }
  const byCandidate = new Map(made.map((m) => [m.candidate, m.figure] as const));
  const relationList: { readonly relation: Relation; readonly source: RelationCandidate }[] = [];
  let count = 0;
  for (const r of relations) {
    const ids = slotIds(r, byCandidate);
    const span = spanOf(text, r.span.start, r.span.end);
    if (ids === undefined || r.confidence < minConfidence) {
      issues.push({
        code: 'low_confidence',
        severity: 'warning',
        message: `a ${r.kind} relation ${ids === undefined ? 'whose figures were left out' : `read with confidence ${r.confidence}`} is left out`,
        span,
      });
      continue;
    }
    count++;
    const relation = {
      id: `${RELATION_TAGS[r.kind] ?? r.kind}_${count}`,
      kind: r.kind,
      ...ids,
      ...(r.caveats !== undefined && r.caveats.length > 0 && { caveats: [...r.caveats] as Caveat[] }),
      quote: span.quote,
      ...(r.note !== undefined && { note: r.note }),
    } as unknown as Relation;
    relationList.push({ relation, source: r });
  }
  const indicatorList = [...indicators.values()].map((i) => i.indicator);
  const withUnits: PlanIdentity = declarations.length > 0 ? { ...identity, units: declarations } : identity;
  return loadable(text, withUnits, indicatorList, made, relationList, issues);
}

const RELATION_TAGS: Readonly<Record<string, string>> = {
  growth_target: 'gt',
  historical_cagr: 'cagr',
  sum: 'sum',
  share: 'share',
  points_change: 'pc',
  cumulative_change: 'cc',
  annual_vs_cumulative: 'avc',
  multiple: 'multiple',
  cumulative_total: 'ct',
  absolute_change: 'ac',
  average_total: 'at',
  annual_points: 'ap',
  target_gap: 'tg',
  rate_multiple: 'rm',
  level_pair: 'lp',
};

/** A relation's slots with merged candidates replaced by the ones kept. */
function remap(slots: RelationCandidate['slots']): RelationCandidate['slots'] {
  const out: Record<string, Candidate | readonly Candidate[] | '100%'> = {};
  for (const [k, v] of Object.entries(slots)) out[k] = v === '100%' ? v : Array.isArray(v) ? (v as readonly Candidate[]).map(root) : root(v as Candidate);
  return out;
}

/** True when a relation names one figure in two slots (a repeat merged into the figure it relates to). */
function selfReferencing(r: RelationCandidate): boolean {
  const all = Object.values(r.slots).flatMap((v) => (v === '100%' ? [] : Array.isArray(v) ? (v as readonly Candidate[]) : [v as Candidate]));
  return new Set(all).size !== all.length;
}

/** The relation's slots as figure ids, or undefined when one of its figures is not in the draft. */
function slotIds(r: RelationCandidate, figures: ReadonlyMap<Candidate, Figure>): Record<string, string | string[]> | undefined {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of Object.entries(r.slots)) {
    if (v === '100%') {
      out[k] = v;
      continue;
    }
    const list = Array.isArray(v) ? (v as readonly Candidate[]) : [v as Candidate];
    const ids = list.map((c) => figures.get(c)?.id);
    if (ids.some((id) => id === undefined)) return undefined;
    out[k] = Array.isArray(v) ? (ids as string[]) : (ids[0] as string);
  }
  return out;
}

/**
 * The errors loading the plan as a file would report: the file schema (which knows the relation
 * kinds and figure types of the format at run time), then the semantic checks.
 */
function problems(plan: Plan): readonly { readonly path: readonly (string | number)[]; readonly message: string }[] {
  const parsed = planFileSchema.safeParse(plan);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: `${i.path.join('.')}: ${i.message}` }));
  }
  return validatePlan(plan).filter((i) => i.severity === 'error');
}

/**
 * Makes the plan and takes out what the plan format refuses (a relation whose years do not line
 * up, a unit that does not fit), reporting each, until the plan loads.
 */
function loadable(
  text: string,
  identity: PlanIdentity,
  indicators: readonly Indicator[],
  made: readonly Made[],
  relations: readonly { readonly relation: Relation; readonly source: RelationCandidate }[],
  issues: TextIssue[],
): Assembled {
  let figures = [...made];
  let rels = [...relations];
  let inds = [...indicators];
  for (let round = 0; round < 6; round++) {
    const plan: Plan = { ...identity, indicators: inds, figures: figures.map((m) => m.figure), relations: rels.map((r) => r.relation) };
    const errors = problems(plan);
    if (errors.length === 0) {
      const used = new Set(figures.map((m) => m.figure.indicator));
      inds = inds.filter((i) => used.has(i.id));
      // The declared units still written by an indicator or a figure.
      const written = new Set([...inds.map((i) => i.unit), ...plan.figures.map((f) => f.unit)]);
      const units = plan.units?.filter((u) => written.has(u.symbol));
      const { units: _all, ...rest } = plan;
      const final: Plan = { ...rest, ...(units !== undefined && units.length > 0 && { units }), indicators: inds };
      return {
        plan: final,
        figures: figures.map((m) => draftFigure(text, m)),
        relations: rels.map((r) => ({ id: r.relation.id, span: spanOf(text, r.source.span.start, r.source.span.end), confidence: r.source.confidence })),
        issues,
      };
    }
    const dropFigures = new Set<number>();
    const dropRelations = new Set<number>();
    const dropIndicators = new Set<number>();
    for (const e of errors) {
      const [group, at] = e.path;
      if (typeof at !== 'number') continue;
      if (group === 'figures') dropFigures.add(at);
      if (group === 'relations') dropRelations.add(at);
      if (group === 'indicators') dropIndicators.add(at);
      report(text, e, group === 'figures' ? figures[at]?.candidate.clause : group === 'relations' ? rels[at]?.source.span : undefined, issues);
    }
    if (dropFigures.size + dropRelations.size + dropIndicators.size === 0) {
      // An error outside the items (the identity): nothing can be dropped; give up on relations, then figures.
      if (rels.length > 0) rels = [];
      else figures = [];
      continue;
    }
    const goneIndicators = new Set(inds.filter((_, i) => dropIndicators.has(i)).map((i) => i.id));
    inds = inds.filter((_, i) => !dropIndicators.has(i));
    figures = figures.filter((m, i) => !dropFigures.has(i) && !goneIndicators.has(m.figure.indicator));
    const present = new Set(figures.map((m) => m.figure.id));
    rels = rels.filter((r, i) => !dropRelations.has(i) && relationIds(r.relation).every((id) => present.has(id)));
  }
  const plan: Plan = { ...identity, indicators: [], figures: [], relations: [] };
  return { plan, figures: [], relations: [], issues };
}

/** The figure ids a relation names. */
function relationIds(r: Relation): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(r)) {
    if (k === 'id' || k === 'kind' || k === 'quote' || k === 'note' || k === 'caveats') continue;
    if (Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
    else if (typeof v === 'string' && v !== '100%') out.push(v);
  }
  return out;
}

function report(text: string, e: { readonly message: string }, range: { readonly start: number; readonly end: number } | undefined, issues: TextIssue[]): void {
  issues.push({
    code: 'invalid_item',
    severity: 'warning',
    message: `left out of the draft: ${e.message}`,
    span: range === undefined ? { start: 0, end: 0, quote: '' } : spanOf(text, range.start, range.end),
  });
}

function draftFigure(text: string, m: Made): DraftFigure {
  const c = m.candidate;
  return {
    id: m.figure.id,
    span: spanOf(text, c.clause.start, c.clause.end),
    number: { start: c.number.start, end: c.number.end, quote: text.slice(c.number.start, c.number.end) },
    repeats: c.repeats.map((r) => ({ span: spanOf(text, r.clause.start, r.clause.end), number: { start: r.number.start, end: r.number.end, quote: text.slice(r.number.start, r.number.end) } })),
    confidence: c.confidence,
    notes: [...c.notes],
  };
}
