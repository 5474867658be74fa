import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, MAX_CLAUSE, MAX_SENTENCE, segment } from '../../src/text/segment.js';

describe('foldText', () => {
  it('folds full-width ASCII, wide spaces and Traditional vocabulary, character for character', () => {
    expect(foldText('１２．５％，億元　萬噸')).toBe('12.5%,亿元 万吨');
  });

  it('never changes the length, so offsets of the fold are offsets of the input (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        expect(foldText(text).length).toBe(text.length);
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});

describe('segment', () => {
  it('splits paragraphs, sentences and clauses, and knows headings and list items', () => {
    const text = foldText('一、发展现状\n2012年，收入928.4亿元、利税1,042.4亿元；利润10亿元。\n——到2020年达到2000亿元。');
    const ps = segment(text);
    expect(ps.map((p) => p.heading?.kind)).toEqual(['review', undefined, undefined]);
    expect(ps[2]?.listItem).toBe(true);
    const clauses = ps[1]?.sentences[0]?.clauses.map((c) => [text.slice(c.start, c.end), c.ends]);
    expect(clauses).toEqual([
      ['2012年,', 'comma'],
      ['收入928.4亿元、', 'list'],
      ['利税1,042.4亿元;', 'semicolon'],
      ['利润10亿元。', 'sentence'],
    ]);
  });

  it('does not split a list of names inside brackets: 10县(市、区)', () => {
    const text = foldText('10县(市、区)实现913亿元。');
    expect(segment(text)[0]?.sentences[0]?.clauses).toHaveLength(1);
  });

  it('caps sentences and clauses, and keeps every range inside the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.constantFrom('', '，', '。', '\n', '、'), (body, sep) => {
        const text = foldText(`${body}${sep}${body}`);
        for (const p of segment(text)) {
          expect(p.start >= 0 && p.end <= text.length && p.start < p.end).toBe(true);
          for (const s of p.sentences) {
            expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE + 1);
            expect(s.start >= p.start && s.end <= p.end).toBe(true);
            for (const c of s.clauses) {
              expect(c.end - c.start).toBeLessThanOrEqual(MAX_CLAUSE + 1);
              expect(c.start >= s.start && c.end <= s.end && c.start < c.end).toBe(true);
            }
          }
        }
      }),
      { seed: 42, numRuns: 200 },
    );
  });
});
