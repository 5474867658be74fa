/**
 * Relations among the candidates of a document (DOMAIN.md section 1): growth targets and
 * historical CAGRs (在…的基础上年均增长…到…达到…, 从…增长到…年均增长…), cumulative totals
 * (…期间完成…亿元，年均增长…), cumulative changes (由…下降至…，累计下降…), points changes
 * (提高了…个百分点), multiples (比2010年翻一番), shares (占…的…%), sums (其中…, …共计…, shares of
 * one total that make up 100%, a ratio 7.3:92.7), annual against cumulative. Figures outside the
 * sentence are found by their indicator and year. The coming kinds (kinds.ts) are recognised and
 * reported until the plan format has them.
 */
import { D } from '../math/index.js';
import type { Caveat } from '../plan/index.js';
import type { Candidate } from './candidate.js';
import { relationKindAvailable } from './kinds.js';
import { nameKey, scopeOf } from './names.js';
import { REGION_TOTAL } from './read.js';
import type { Range } from './segment.js';

/** A relation read from the text, its slots holding candidates. */
export interface RelationCandidate {
  readonly kind: string;
  readonly slots: Readonly<Record<string, Candidate | readonly Candidate[] | '100%'>>;
  readonly confidence: number;
  /** The words stating it (one sentence). */
  readonly span: Range;
  readonly caveats?: readonly Caveat[];
  readonly note?: string;
}

/** A phrasing recognised as a relation of a kind the plan format does not have yet. */
export interface PendingRelation {
  readonly kind: string;
  readonly span: Range;
}

/** Relations found, and phrasings whose kind is not available yet. */
export interface RelationsResult {
  readonly relations: readonly RelationCandidate[];
  readonly pending: readonly PendingRelation[];
}

const NON_ABSOLUTE = new Set(['%', '个百分点', '倍']);
const isAbsolute = (c: Candidate): boolean => !NON_ABSOLUTE.has(c.unit);
const isLevel = (c: Candidate): boolean => c.type === 'level' && isAbsolute(c);
const isShareLevel = (c: Candidate): boolean => c.type === 'level' && c.unit === '%';
/** How far apart parts and their total may be for a 其中 or 共计 list to be read as a sum. */
const SUM_TOLERANCE = new D('0.1');

/** The totals resolved for shares, so that the parts of a 其中 list use their parent's total. */
type Resolved = Map<Candidate, Candidate>;

/** The indicator key of a candidate with its scope. */
interface Keyed {
  readonly key: string;
  readonly scope: string | undefined;
}

/** Looks candidates up by indicator key and year. */
class Index {
  private readonly keys = new Map<Candidate, Keyed>();

  constructor(readonly all: readonly Candidate[]) {
    for (const c of all) this.keys.set(c, { key: nameKey(c.name), scope: scopeOf(c.name) });
  }

  keyOf(c: Candidate): Keyed {
    return this.keys.get(c) ?? { key: nameKey(c.name), scope: scopeOf(c.name) };
  }

  /** True when two candidates are of one indicator: one key, scopes that do not conflict. */
  same(a: Candidate, b: Candidate): boolean {
    const ka = this.keyOf(a);
    const kb = this.keyOf(b);
    return ka.key !== '' && ka.key === kb.key && (ka.scope === kb.scope || ka.scope === undefined || kb.scope === undefined);
  }

  /** The level (or share level) of a candidate's indicator in a year: its own sentence first, then the document. */
  levelOf(of: Candidate, year: number, share: boolean, exclude: readonly Candidate[] = []): Candidate | undefined {
    const fits = (c: Candidate): boolean =>
      c.year === year && (share ? isShareLevel(c) : isLevel(c)) && !exclude.includes(c) && c.inlineTotal !== true && this.same(c, of);
    const here = this.all.filter((c) => c.sentence === of.sentence && fits(c));
    if (here.length > 0) return here[here.length - 1];
    const before = this.all.filter((c) => c.index < of.index && fits(c));
    if (before.length > 0) return before[before.length - 1];
    return this.all.find(fits);
  }
}

/** The words of a sentence covering some candidates. */
function spanOf(list: readonly Candidate[], anchor: Candidate): Range {
  const here = list.filter((c) => c.sentence === anchor.sentence);
  return {
    start: Math.min(...here.map((c) => c.clause.start)),
    end: Math.max(...here.map((c) => c.clause.end)),
  };
}

const confidenceOf = (list: readonly Candidate[], factor: number): number =>
  Math.round(Math.min(...list.map((c) => c.confidence)) * factor * 100) / 100;

/** Growth targets, historical CAGRs and cumulative totals around each annual rate. */
function growth(index: Index, out: RelationCandidate[], pending: PendingRelation[]): void {
  for (const rate of index.all) {
    if (rate.type !== 'rate' || rate.from === undefined || rate.to === undefined || rate.to - rate.from < 1) continue;
    const from = rate.from;
    const total = index.all.find((c) => c.type === 'total' && c.sentence === rate.sentence && c.from === from + 1 && c.to === rate.to && index.same(c, rate));
    if (total !== undefined) {
      const base = index.levelOf(total, rate.from, false);
      if (base !== undefined) {
        const list = [base, total, rate];
        out.push({ kind: 'cumulative_total', slots: { base, total, rate }, confidence: confidenceOf(list, 0.85), span: spanOf(list, rate) });
      }
      continue;
    }
    const share = rate.unit === '%' && index.all.some((c) => c.sentence === rate.sentence && isShareLevel(c) && index.same(c, rate));
    const target = index.all.find((c) => c.sentence === rate.sentence && c.year === rate.to && (share ? isShareLevel(c) : isLevel(c)) && index.same(c, rate));
    const start = index.levelOf(rate, rate.from, share || (target !== undefined && isShareLevel(target)));
    if (target === undefined || start === undefined || start === target) {
      const multiple = index.all.find((c) => c.type === 'multiple' && c.sentence === rate.sentence && c.from === rate.from && c.to === rate.to);
      if (multiple !== undefined) record(out, pending, 'rate_multiple', { rate, multiple }, [rate, multiple], rate, 0.85);
      continue;
    }
    const list = [start, rate, target];
    const inSentence = start.sentence === rate.sentence ? 0.95 : 0.8;
    if (target.role === 'measured') {
      out.push({ kind: 'historical_cagr', slots: { start, end: target, rate }, confidence: confidenceOf(list, inSentence), span: spanOf(list, rate) });
    } else {
      out.push({ kind: 'growth_target', slots: { base: start, rate, target }, confidence: confidenceOf(list, inSentence), span: spanOf(list, rate) });
    }
  }
}

/** Records a relation of a coming kind when the format has it, else as pending. */
function record(
  out: RelationCandidate[],
  pending: PendingRelation[],
  kind: string,
  slots: Readonly<Record<string, Candidate>>,
  list: readonly Candidate[],
  anchor: Candidate,
  factor: number,
): void {
  if (relationKindAvailable(kind, Object.keys(slots))) out.push({ kind, slots, confidence: confidenceOf(list, factor), span: spanOf(list, anchor) });
  else pending.push({ kind, span: spanOf(list, anchor) });
}

/** Cumulative changes, points changes, multiples, and annual rates against cumulative changes. */
function changes(index: Index, out: RelationCandidate[], pending: PendingRelation[]): void {
  for (const c of index.all) {
    if (c.from === undefined || c.to === undefined) continue;
    if (c.type === 'change') {
      const share = index.all.some((x) => x.sentence === c.sentence && isShareLevel(x) && index.same(x, c));
      const start = index.levelOf(c, c.from, share);
      const end = index.levelOf(c, c.to, share, start === undefined ? [] : [start]);
      if (start !== undefined && end !== undefined) {
        const list = [start, end, c];
        out.push({ kind: 'cumulative_change', slots: { start, end, change: c }, confidence: confidenceOf(list, start.sentence === c.sentence ? 0.95 : 0.8), span: spanOf(list, c) });
      }
      const rate = index.all.find((r) => r.type === 'rate' && r.from === c.from && r.to === c.to && index.same(r, c));
      if (rate !== undefined) out.push({ kind: 'annual_vs_cumulative', slots: { rate, change: c }, confidence: confidenceOf([rate, c], 0.85), span: spanOf([rate, c], c) });
    } else if (c.type === 'points') {
      const start = index.levelOf(c, c.from, true);
      const end = index.levelOf(c, c.to, true, start === undefined ? [] : [start]);
      if (start !== undefined && end !== undefined) {
        const list = [start, end, c];
        out.push({ kind: 'points_change', slots: { start, end, change: c }, confidence: confidenceOf(list, start.sentence === c.sentence ? 0.95 : 0.8), span: spanOf(list, c) });
        if (c.role === 'planned') {
          c.role = 'computed';
          c.notes.push('a points change between two stated shares is read as computed');
        }
      }
    } else if (c.type === 'multiple') {
      const end = index.levelOf(c, c.to, false);
      const start = end === undefined ? undefined : index.levelOf(c, c.from, false, [end]);
      if (start !== undefined && end !== undefined) {
        const list = [start, end, c];
        out.push({ kind: 'multiple', slots: { start, end, multiple: c }, confidence: confidenceOf(list, 0.85), span: spanOf(list, c) });
      }
    }
  }
}

/** The figure a share's total names (占全市工业投资的30.6% → 工业投资 in that year), with a caveat for another scope. */
function shareTotal(index: Index, share: Candidate, part: Candidate, resolved: Resolved): { readonly total: Candidate; readonly caveat?: Caveat } | undefined {
  if (share.shareTotal !== undefined) return { total: share.shareTotal };
  const raw = share.shareTotalText;
  if (raw === undefined) return undefined;
  const parentShare = part.parent === undefined ? undefined : index.all.find((c) => c.sharePart === part.parent && c.type === 'level');
  if (raw === '' && parentShare !== undefined) {
    const total = parentShare.shareTotal ?? resolved.get(parentShare);
    if (total !== undefined) return { total };
  }
  const text = raw === REGION_TOTAL ? '' : raw;
  const wanted = nameKey(text);
  const partKey = index.keyOf(part).key;
  let best: { readonly c: Candidate; readonly score: number } | undefined;
  for (const c of index.all) {
    if (c === part || c.year !== share.year || !isLevel(c) || c.parent === part) continue;
    const key = index.keyOf(c).key;
    if (key === '' || key === partKey) continue;
    const score =
      wanted !== '' && key === wanted ? 3 : wanted !== '' && key.startsWith(wanted) && partKey.endsWith(key) ? 2 : wanted === '' && partKey.endsWith(key) ? 1 : 0;
    if (score === 0) continue;
    const closer = best !== undefined && score === best.score && c.index < share.index && c.index > best.c.index;
    if (best === undefined || score > best.score || closer) best = { c, score };
  }
  if (best === undefined) return undefined;
  const scope = scopeOf(text);
  const other = scope !== undefined && scope !== scopeOf(best.c.name);
  return { total: best.c, ...(other && { caveat: 'other_total' as const }) };
}

/** Shares: part / total = share. */
function shares(index: Index, out: RelationCandidate[], resolved: Resolved): void {
  for (const share of index.all) {
    if (!isShareLevel(share) || share.sharePart === undefined) continue;
    const part = share.sharePart;
    if (part.year !== share.year) continue;
    const found = shareTotal(index, share, part, resolved);
    if (found === undefined) continue;
    resolved.set(share, found.total);
    const list = [part, found.total, share];
    out.push({
      kind: 'share',
      slots: { part, total: found.total, share },
      confidence: confidenceOf(list, share.shareTotal !== undefined ? 0.95 : 0.8),
      span: spanOf(list, share),
      ...(found.caveat !== undefined && { caveats: [found.caveat] }),
    });
    if (share.role === 'planned') {
      share.role = 'computed';
      share.notes.push('a share stated with its part and total is read as computed');
    }
  }
}

/** Written decimals of a value. */
function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** True when values add up to `total` within their rounding (half a unit of each one's last digit). */
function addsUpTo(values: readonly string[], total: D): boolean {
  let sum = new D(0);
  let slack = new D(0);
  for (const v of values) {
    sum = sum.plus(v);
    slack = slack.plus(new D(10).pow(-decimalsOf(v)).div(2));
  }
  return sum.minus(total).abs().lte(slack);
}

/** True when parts come within the sum tolerance of their total. */
function nearTotal(parts: readonly Candidate[], total: Candidate): boolean {
  const sum = parts.reduce((acc, p) => acc.plus(p.value), new D(0));
  const t = new D(total.value);
  return t.gt(0) && sum.minus(t).abs().lte(t.times(SUM_TOLERANCE));
}

/** Sums: 其中 lists, 共计 totals, ratios, shares of one total that make up 100%. */
function sums(index: Index, out: RelationCandidate[], skipped: Candidate[][], resolved: Resolved): void {
  const parents = new Set(index.all.map((c) => c.parent).filter((p): p is Candidate => p !== undefined));
  for (const parent of parents) {
    const parts = index.all.filter((c) => c.parent === parent);
    let n = parts.length;
    while (n >= 2 && !nearTotal(parts.slice(0, n), parent)) n--;
    if (n < 2) {
      if (parts.length >= 2) skipped.push([parent, ...parts]);
      continue;
    }
    const chosen = parts.slice(0, n);
    const list = [...chosen, parent];
    out.push({ kind: 'sum', slots: { parts: chosen, total: parent }, confidence: confidenceOf(list, 0.85), span: spanOf(list, chosen[0] as Candidate) });
    // The parts' shares add up to the head's share when they are shares of the same total.
    const parentShare = index.all.find((c) => c.sharePart === parent && isShareLevel(c));
    const totalOf = (s: Candidate | undefined): Candidate | undefined => (s === undefined ? undefined : (s.shareTotal ?? resolved.get(s)));
    const partShares = chosen.map((p) => index.all.find((c) => c.sharePart === p && isShareLevel(c)));
    const sameTotal = parentShare !== undefined && totalOf(parentShare) !== undefined && partShares.every((s) => totalOf(s) === totalOf(parentShare));
    if (parentShare !== undefined && sameTotal && partShares.every((s) => s !== undefined)) {
      const shareList = partShares as Candidate[];
      out.push({ kind: 'sum', slots: { parts: shareList, total: parentShare }, confidence: confidenceOf([...shareList, parentShare], 0.8), span: spanOf(shareList, shareList[0] as Candidate) });
    }
  }
  for (const total of index.all) {
    if (total.sumOf === undefined || !nearTotal(total.sumOf, total)) continue;
    const list = [...total.sumOf, total];
    out.push({ kind: 'sum', slots: { parts: total.sumOf, total }, confidence: confidenceOf(list, 0.85), span: spanOf(list, total) });
  }
  const ratios = new Set(index.all.map((c) => c.ratioOf).filter((r): r is readonly Candidate[] => r !== undefined));
  for (const terms of ratios) {
    out.push({ kind: 'sum', slots: { parts: terms, total: '100%' }, confidence: confidenceOf(terms, 0.8), span: spanOf(terms, terms[0] as Candidate) });
  }
  partitions(index, out, resolved);
}

/**
 * Shares of one total that make up the whole: consecutive shares of one year, of the same total
 * (or in one sentence when the total is not stated) and at one depth of 其中 lists, adding up to
 * 100 within their rounding. Their parts, when stated, add up to the total.
 */
function partitions(index: Index, out: RelationCandidate[], resolved: Resolved): void {
  const groups = new Map<string, Candidate[]>();
  for (const s of index.all) {
    if (!isShareLevel(s) || s.ratioOf !== undefined) continue;
    const total = s.shareTotal ?? resolved.get(s);
    const depth = s.sharePart?.parent?.index ?? 'top';
    const key = `${total === undefined ? `s${s.sentence}` : `t${total.index}`}|${s.year}|${depth}`;
    const list = groups.get(key) ?? [];
    list.push(s);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    let i = 0;
    while (i < list.length - 1) {
      let found = 0;
      for (let j = i + 2; j <= Math.min(list.length, i + 12); j++) {
        if (addsUpTo(list.slice(i, j).map((s) => s.value), new D(100))) {
          found = j;
          break;
        }
      }
      if (found === 0) {
        i++;
        continue;
      }
      const run = list.slice(i, found);
      out.push({ kind: 'sum', slots: { parts: run, total: '100%' }, confidence: confidenceOf(run, 0.7), span: spanOf(run, run[0] as Candidate) });
      const total = (run[0] as Candidate).shareTotal ?? resolved.get(run[0] as Candidate);
      const parts = run.map((s) => s.sharePart);
      if (total !== undefined && parts.every((p): p is Candidate => p !== undefined && p.year === total.year)) {
        out.push({ kind: 'sum', slots: { parts, total }, confidence: confidenceOf([...parts, total], 0.7), span: spanOf(parts, parts[0] as Candidate) });
      }
      i = found;
    }
  }
}

/** A relation's identity: its kind and the candidates in its slots (parts in any order). */
function identity(r: RelationCandidate, id: (c: Candidate) => number): string {
  const slots = Object.entries(r.slots)
    .map(([k, v]) => `${k}=${v === '100%' ? v : Array.isArray(v) ? (v as Candidate[]).map(id).sort((a, b) => a - b).join('+') : id(v as Candidate)}`)
    .sort();
  return `${r.kind}:${slots.join(',')}`;
}

/**
 * Drops relations that state the same thing twice (the same kind over the same figures), keeping
 * the most confident. `id` maps a candidate to the one it was merged into.
 */
export function dedupeRelations(list: readonly RelationCandidate[], id: (c: Candidate) => number): RelationCandidate[] {
  const seen = new Map<string, RelationCandidate>();
  for (const r of list) {
    const key = identity(r, id);
    const had = seen.get(key);
    if (had === undefined || r.confidence > had.confidence) seen.set(key, r);
  }
  return [...seen.values()];
}

/** Lists of parts (其中) that do not come near their total, for the issues. */
export interface RelationsFound extends RelationsResult {
  readonly unsummed: readonly (readonly Candidate[])[];
}

/**
 * Finds the relations among a document's candidates.
 */
export function findRelations(candidates: readonly Candidate[]): RelationsFound {
  const index = new Index(candidates);
  const out: RelationCandidate[] = [];
  const pending: PendingRelation[] = [];
  const unsummed: Candidate[][] = [];
  growth(index, out, pending);
  changes(index, out, pending);
  const resolved: Resolved = new Map();
  shares(index, out, resolved);
  sums(index, out, unsummed, resolved);
  return { relations: dedupeRelations(out, (c) => c.index), pending, unsummed };
}
