/**
 * The measured quality of the reader on the gold set (test/bench/text-eval.mjs says how figures
 * and relations are matched): the goals of issue 11 on the seed plans, and the drafts of the
 * seed documents accepted as plan files. The unseen plans are measured in `npm run bench`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../src/check/index.js';
import { parsePlan } from '../../src/plan/index.js';
import { extractPlan, formatDraft } from '../../src/text/index.js';
import { evaluate, evaluateSet, goldSet, scores, unseenSets } from '../bench/text-eval.mjs';

const api = { extractPlan, parsePlan };

describe('the gold set', () => {
  const seeds = evaluateSet('seeds', api);

  it('holds the five seed plans and their sources', () => {
    expect(seeds.plans.map((p: { file: string }) => p.file)).toHaveLength(5);
    expect(seeds.figures.gold).toBe(289);
    expect(seeds.relations.gold).toBe(71);
  });

  it('meets the goals on the seeds: at least 90% precision and recall for figures, 80% for relations', () => {
    const f = scores(seeds.figures);
    const r = scores(seeds.relations);
    expect(f.precision).toBeGreaterThanOrEqual(0.9);
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
    expect(r.precision).toBeGreaterThanOrEqual(0.8);
    expect(r.recall).toBeGreaterThanOrEqual(0.8);
  });

  it('scores an empty draft at zero recall and a gold plan against itself at one (the measure can fail)', () => {
    const { gold, source } = goldSet('seeds', parsePlan)[2] as { gold: ReturnType<typeof extractPlan>['plan']; source: string };
    const empty = extractPlan('');
    expect(scores(evaluate(gold, source, empty).figures).recall).toBe(0);
    const self = { plan: gold, figures: gold.figures.map((f) => ({ number: placeOf(source, f.quote ?? '', f.value), repeats: [] })) };
    const perfect = evaluate(gold, source, self);
    expect(perfect.figures.right).toBeGreaterThan(gold.figures.length * 0.9);
  });

  it('drafts every seed document into a plan file that check accepts as it is', () => {
    const dir = new URL('../../seeds/sources/', import.meta.url);
    for (const file of readdirSync(dir)) {
      const parsed = parsePlan(formatDraft(extractPlan(readFileSync(new URL(file, dir), 'utf8'), { document: file })), { file: `${file}.yaml` });
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(checkPlan(parsed.plan).issues.filter((i) => i.severity === 'error')).toEqual([]);
    }
  });

  it('has two sets of unseen plans, each figure quoting its source', () => {
    expect(unseenSets().length).toBeGreaterThanOrEqual(2);
    for (const set of unseenSets()) {
      const unseen = goldSet(set, parsePlan);
      expect(unseen.length).toBeGreaterThanOrEqual(2);
      for (const { gold, source } of unseen) for (const f of gold.figures) expect(source).toContain(f.quote);
    }
  });
});

/** Where a value stands in the first occurrence of its quote (for the self-evaluation above). */
function placeOf(source: string, quote: string, value: string): { start: number; end: number } {
  const at = source.indexOf(quote);
  const v = value.replace(/^-/, '');
  const inQuote = quote.indexOf(v);
  return inQuote === -1 ? { start: at, end: at + quote.length } : { start: at + inQuote, end: at + inQuote + v.length };
}
