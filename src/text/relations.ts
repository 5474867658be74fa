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
import type { Caveat, PlanPeriod } from '../plan/index.js';
import { unitDimension } from '../units/index.js';
import type { Candidate } from './candidate.js';
import { relationKindAvailable, slotTakesList } from './kinds.js';
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

/** Looks candidates up by sentence, indicator key, share part and list head, so that every lookup is near constant. */
class Index {
  private readonly keys = new Map<Candidate, Keyed>();
  private readonly bySentence = new Map<number, Candidate[]>();
  private readonly byKey = new Map<string, Candidate[]>();
  private readonly shares = new Map<Candidate, Candidate[]>();
  private readonly children = new Map<Candidate, Candidate[]>();

  constructor(readonly all: readonly Candidate[]) {
    const push = <K>(map: Map<K, Candidate[]>, key: K, c: Candidate): void => {
      const list = map.get(key);
      if (list === undefined) map.set(key, [c]);
      else list.push(c);
    };
    for (const c of all) {
      const keyed = { key: nameKey(c.name), scope: scopeOf(c.name) };
      this.keys.set(c, keyed);
      push(this.bySentence, c.sentence, c);
      if (keyed.key !== '') push(this.byKey, keyed.key, c);
      if (c.sharePart !== undefined) push(this.shares, c.sharePart, c);
      if (c.parent !== undefined) push(this.children, c.parent, c);
    }
  }

  keyOf(c: Candidate): Keyed {
    return this.keys.get(c) ?? { key: nameKey(c.name), scope: scopeOf(c.name) };
  }

  /** The candidates of a sentence. */
  sentence(c: Candidate): readonly Candidate[] {
    return this.bySentence.get(c.sentence) ?? [];
  }

  /** The candidates with an indicator key. */
  withKey(key: string): readonly Candidate[] {
    return this.byKey.get(key) ?? [];
  }

  /** The share levels whose part is a candidate. */
  sharesOf(part: Candidate): readonly Candidate[] {
    return (this.shares.get(part) ?? []).filter(isShareLevel);
  }

  /** The parts of a 其中 list head. */
  partsOf(parent: Candidate): readonly Candidate[] {
    return this.children.get(parent) ?? [];
  }

  /** The list heads, in reading order. */
  heads(): readonly Candidate[] {
    return [...this.children.keys()].sort((a, b) => a.index - b.index);
  }

  /** True when two candidates are of one indicator: one key, scopes that do not conflict. */
  same(a: Candidate, b: Candidate): boolean {
    const ka = this.keyOf(a);
    const kb = this.keyOf(b);
    return ka.key !== '' && ka.key === kb.key && (ka.scope === kb.scope || ka.scope === undefined || kb.scope === undefined);
  }

  /**
   * The level (or share level) of a candidate's indicator in a year: its own sentence first,
   * then the nearest earlier in the document, then the nearest later. Looks at a bounded number
   * of candidates either side, so that a document of many like figures stays linear.
   */
  levelOf(of: Candidate, year: number, share: boolean, exclude: readonly Candidate[] = []): Candidate | undefined {
    const fits = (c: Candidate): boolean =>
      c.year === year && (share ? isShareLevel(c) : isLevel(c)) && !exclude.includes(c) && c.inlineTotal !== true && this.same(c, of);
    const here = this.sentence(of).filter(fits);
    if (here.length > 0) return here[here.length - 1];
    const list = this.withKey(this.keyOf(of).key);
    const at = firstAfter(list, of.index);
    for (let i = at - 1; i >= Math.max(0, at - NEAR); i--) if (fits(list[i] as Candidate)) return list[i];
    for (let i = at; i < Math.min(list.length, at + NEAR); i++) if (fits(list[i] as Candidate)) return list[i];
    return undefined;
  }

  /** The nearest candidate of the same indicator that fits, within a bounded distance. */
  nearest(of: Candidate, fits: (c: Candidate) => boolean): Candidate | undefined {
    const list = this.withKey(this.keyOf(of).key);
    const at = firstAfter(list, of.index);
    for (let d = 0; d < NEAR; d++) {
      const before = list[at - 1 - d];
      if (before !== undefined && before !== of && this.same(before, of) && fits(before)) return before;
      const after = list[at + d];
      if (after !== undefined && after !== of && this.same(after, of) && fits(after)) return after;
    }
    return undefined;
  }
}

/** How many candidates of one indicator either side a lookup looks at. */
const NEAR = 64;

/** The position of the first candidate after reading index `index` in a list sorted by reading order. */
function firstAfter(list: readonly Candidate[], index: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as Candidate).index <= index) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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
    const here = index.sentence(rate);
    const total = here.find((c) => c.type === 'total' && c.from === from + 1 && c.to === rate.to && index.same(c, rate));
    if (total !== undefined) {
      const base = index.levelOf(total, rate.from, false);
      if (base !== undefined) {
        const list = [base, total, rate];
        out.push({ kind: 'cumulative_total', slots: { base, total, rate }, confidence: confidenceOf(list, 0.85), span: spanOf(list, rate) });
      }
      continue;
    }
    const share = rate.unit === '%' && here.some((c) => isShareLevel(c) && index.same(c, rate));
    const target = here.find((c) => c.year === rate.to && (share ? isShareLevel(c) : isLevel(c)) && index.same(c, rate));
    const start = index.levelOf(rate, rate.from, share || (target !== undefined && isShareLevel(target)));
    if (target === undefined || start === undefined || start === target) {
      const multiple = here.find((c) => c.type === 'multiple' && c.from === rate.from && c.to === rate.to);
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
      const share = index.sentence(c).some((x) => isShareLevel(x) && index.same(x, c));
      const start = index.levelOf(c, c.from, share);
      const end = index.levelOf(c, c.to, share, start === undefined ? [] : [start]);
      if (start !== undefined && end !== undefined) {
        const list = [start, end, c];
        out.push({ kind: 'cumulative_change', slots: { start, end, change: c }, confidence: confidenceOf(list, start.sentence === c.sentence ? 0.95 : 0.8), span: spanOf(list, c) });
      }
      const rate = index.nearest(c, (r) => r.type === 'rate' && r.from === c.from && r.to === c.to);
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

/**
 * The relation kinds the plan format is about to gain (kinds.ts): 比2010年增加120亿元 (absolute_change),
 * 年均投资560亿元 with its total (average_total), 年均提高0.9个百分点 with its points (annual_points),
 * 超过规划目标1.5个百分点 (target_gap), two levels and no rate (level_pair). Each is recorded when the
 * format has it, else reported as pending (level pairs, being everywhere, only when the format has them).
 */
function coming(index: Index, out: RelationCandidate[], pending: PendingRelation[], period: PlanPeriod | undefined): void {
  const linked = new Set(out.flatMap(relationCandidates));
  for (const c of index.all) {
    if (c.type === 'increase' && c.from !== undefined && c.to !== undefined) {
      const start = index.levelOf(c, c.from, false);
      const end = index.levelOf(c, c.to, false, start === undefined ? [] : [start]);
      if (start !== undefined && end !== undefined) record(out, pending, 'absolute_change', { start, end, increase: c }, [start, end, c], c, 0.85);
    } else if ((c.type === 'average' || c.type === 'average_increase') && c.from !== undefined && c.to !== undefined) {
      // An average of yearly values has a total over its years; an average increase the increase from the year before them.
      const from = c.from;
      const total = index.nearest(c, (t) =>
        c.type === 'average' ? t.type === 'total' && t.from === from && t.to === c.to : (t.type === 'increase' && t.from === from - 1 && t.to === c.to) || (t.type === 'total' && t.from === from && t.to === c.to),
      );
      if (total !== undefined) record(out, pending, 'average_total', { average: c, total }, [c, total], c, 0.85);
    } else if (c.type === 'annual_points') {
      const change = index.nearest(c, (p) => p.type === 'points' && p.from === c.from && p.to === c.to);
      if (change !== undefined) record(out, pending, 'annual_points', { annual: c, change }, [c, change], c, 0.85);
    } else if (c.type === 'gap') {
      const here = index.sentence(c);
      const actual = findBefore(here, c, (x) => (isLevel(x) || isShareLevel(x)) && x.unit === '%');
      const target = actual === undefined ? undefined : index.nearest(actual, (t) => t !== actual && t.year === actual.year && t.role === 'planned' && t.unit === actual.unit);
      if (actual !== undefined && target !== undefined) record(out, pending, 'target_gap', { actual, target, gap: c }, [actual, target, c], c, 0.8);
    }
  }
  if (period === undefined || !relationKindAvailable('level_pair', ['start', 'end'])) return;
  // Two levels and no rate: a measured level in the base year and a planned one in the target year, in no other relation.
  for (const r of out) for (const c of relationCandidates(r)) linked.add(c);
  for (const c of index.all) {
    if (!pairable(c, period.base, 'measured', linked)) continue;
    const end = index.nearest(c, (e) => pairable(e, period.to, 'planned', linked));
    if (end !== undefined) record(out, pending, 'level_pair', { start: c, end }, [c, end], end, 0.7);
  }
}

/** The candidates a relation names. */
function relationCandidates(r: RelationCandidate): Candidate[] {
  return Object.values(r.slots).flatMap((v) => (v === '100%' ? [] : Array.isArray(v) ? [...(v as readonly Candidate[])] : [v as Candidate]));
}

/** True for an amount (not a count, not a share) of a role in a year that no relation uses yet. */
function pairable(c: Candidate, year: number, role: Candidate['role'], linked: ReadonlySet<Candidate>): boolean {
  return isLevel(c) && c.year === year && c.role === role && !linked.has(c) && !COUNT_UNITS.has(dimension(c.unit));
}
const COUNT_UNITS = new Set(['count', 'none']);

function dimension(unit: string): string {
  return unitDimension(unit) ?? 'none';
}

/** The last candidate before `c` in a list that passes a test. */
function findBefore(list: readonly Candidate[], c: Candidate, test: (x: Candidate) => boolean): Candidate | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const x = list[i] as Candidate;
    if (x.index < c.index && test(x)) return x;
  }
  return undefined;
}

/** The figure a share's total names (占全市工业投资的30.6% → 工业投资 in that year), with a caveat for another scope. */
function shareTotal(index: Index, share: Candidate, part: Candidate, resolved: Resolved): { readonly total: Candidate; readonly caveat?: Caveat } | undefined {
  if (share.shareTotal !== undefined) return { total: share.shareTotal };
  const raw = share.shareTotalText;
  if (raw === undefined) return undefined;
  const parentShare = part.parent === undefined ? undefined : index.sharesOf(part.parent)[0];
  if (raw === '' && parentShare !== undefined) {
    const total = parentShare.shareTotal ?? resolved.get(parentShare);
    if (total !== undefined) return { total };
  }
  const text = raw === REGION_TOTAL ? '' : raw;
  const wanted = nameKey(text);
  const partKey = index.keyOf(part).key;
  let best: { readonly c: Candidate; readonly score: number } | undefined;
  // The candidates: the wanted key itself, and every ending of the part's key (its measure at the whole's level).
  const keys = new Set<string>(wanted === '' ? [] : [wanted]);
  for (let i = 1; i < partKey.length; i++) keys.add(partKey.slice(i));
  for (const key of keys) {
    for (const c of index.withKey(key)) {
      if (c === part || c.year !== share.year || !isLevel(c) || c.parent === part) continue;
      const score =
        wanted !== '' && key === wanted ? 3 : wanted !== '' && key.startsWith(wanted) && partKey.endsWith(key) ? 2 : wanted === '' && partKey.endsWith(key) ? 1 : 0;
      if (score === 0) continue;
      const closer = best !== undefined && score === best.score && c.index < share.index && c.index > best.c.index;
      if (best === undefined || score > best.score || closer) best = { c, score };
    }
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
    // 五个开发区投资897、422、308、228、313亿元，占…的49.4%: the part is the list, once the format takes one.
    const listed = slotTakesList('share', 'part') ? listBefore(index, share, part) : [part];
    const list = [...listed, found.total, share];
    out.push({
      kind: 'share',
      slots: { part: listed.length > 1 ? listed : part, total: found.total, share },
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

/** The levels of the part's indicator listed right before a share (897、422、308亿元), ending with its part. */
function listBefore(index: Index, share: Candidate, part: Candidate): readonly Candidate[] {
  const here = index.sentence(share).filter((c) => isLevel(c) && c.unit === part.unit && c.year === part.year && c.index <= part.index && index.same(c, part));
  const out: Candidate[] = [];
  for (let i = here.length - 1; i >= 0; i--) {
    const c = here[i] as Candidate;
    if (out.length > 0 && (out[0] as Candidate).index - c.index !== 1) break;
    out.unshift(c);
  }
  return out.length > 0 ? out : [part];
}

/** Written decimals of a value. */
function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot === -1 ? 0 : value.length - dot - 1;
}

/** Half a unit of a written value's last digit (its rounding). */
function halfUnit(value: string): D {
  const d = Math.min(decimalsOf(value), HALF_UNITS.length - 1);
  return HALF_UNITS[d] as D;
}
const HALF_UNITS: readonly D[] = Array.from({ length: 21 }, (_, d) => new D(5).times(new D(10).pow(-d - 1)));

/** {@link halfUnit} as a float, for the quick search. */
function halfUnitOf(value: string): number {
  return 0.5 * 10 ** -decimalsOf(value);
}

/** True when shares add up to `total` within their rounding (exactly, in decimals). */
function addsUpTo(list: readonly Candidate[], total: D): boolean {
  let sum = new D(0);
  let slack = new D(0);
  for (const c of list) {
    sum = sum.plus(c.value);
    slack = slack.plus(halfUnit(c.value));
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
  for (const parent of index.heads()) {
    const parts = index.partsOf(parent);
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
    const parentShare = index.sharesOf(parent)[0];
    const totalOf = (s: Candidate | undefined): Candidate | undefined => (s === undefined ? undefined : (s.shareTotal ?? resolved.get(s)));
    const partShares = chosen.map((p) => index.sharesOf(p)[0]);
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
      // A float running sum finds the candidate runs; the exact sum confirms one.
      let sum = Number((list[i] as Candidate).value);
      let slack = halfUnitOf((list[i] as Candidate).value);
      for (let j = i + 1; j < Math.min(list.length, i + 12); j++) {
        const v = (list[j] as Candidate).value;
        sum += Number(v);
        slack += halfUnitOf(v);
        if (Math.abs(sum - 100) <= slack + 1e-9 && addsUpTo(list.slice(i, j + 1), new D(100))) {
          found = j + 1;
          break;
        }
        if (sum - slack > 100 + 1e-9) break;
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
export function findRelations(candidates: readonly Candidate[], period?: PlanPeriod): RelationsFound {
  const index = new Index(candidates);
  const out: RelationCandidate[] = [];
  const pending: PendingRelation[] = [];
  const unsummed: Candidate[][] = [];
  growth(index, out, pending);
  changes(index, out, pending);
  const resolved: Resolved = new Map();
  shares(index, out, resolved);
  sums(index, out, unsummed, resolved);
  coming(index, out, pending, period);
  return { relations: dedupeRelations(out, (c) => c.index), pending, unsummed };
}
