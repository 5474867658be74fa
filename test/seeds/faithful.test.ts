import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../src/plan/index.js';

// Every figure of every seed plan carries the clause it comes from, and its number as written
// appears in that clause (a figure with no number in its clause must say why in a note).
const dir = new URL('../../seeds/', import.meta.url);
const files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));

describe('seed plans are faithful to their quotes', () => {
  it('finds the five seed plans', () => {
    expect(files).toHaveLength(5);
  });

  for (const file of files) {
    it(`${file}: every figure quotes a clause holding its number`, () => {
      const result = parsePlan(readFileSync(new URL(file, dir), 'utf8'), { file });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const unfaithful = result.plan.figures.filter((f) => {
        if (f.quote === undefined) return true;
        const quote = f.quote.normalize('NFKC').replace(/,/g, '');
        const number = f.value.replace(/^[+-]/, '');
        return !quote.includes(number) && f.note === undefined;
      });
      expect(unfaithful.map((f) => f.id)).toEqual([]);
    });
  }
});
