/**
 * The review of src/text/patterns.ts as tests: every pattern repeats only boundedly (no `+`, `*` or
 * `{n,}`, so no nested or ambiguous repetition can backtrack catastrophically), and no other file
 * of src/text has a regular expression of its own.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as patterns from '../../src/text/patterns.js';

const all = Object.entries(patterns).filter((e): e is [string, RegExp] => e[1] instanceof RegExp);

/** A pattern's source with escapes and character classes taken out: what is left can repeat. */
function skeleton(source: string): string {
  return source.replace(/\\./g, 'e').replace(/\[(?:\\.|[^\]\\])*\]/g, 'c');
}

describe('the patterns', () => {
  it('are many (the review covers all of them)', () => {
    expect(all.length).toBeGreaterThan(60);
  });

  it('repeat only with bounded quantifiers', () => {
    const unbounded = all.filter(([, re]) => /[+*]|\{\d+,\}/.test(skeleton(re.source))).map(([name]) => name);
    expect(unbounded).toEqual([]);
  });

  it('the check finds an unbounded pattern (it can fail)', () => {
    expect(/[+*]|\{\d+,\}/.test(skeleton(/(a+)+b/.source))).toBe(true);
    expect(/[+*]|\{\d+,\}/.test(skeleton(/[+*]x{1,3}/.source))).toBe(false);
  });

  it('live in patterns.ts only', () => {
    const dir = new URL('../../src/text/', import.meta.url);
    const literal = /(?:[=(,:!&|?]|return)\s*\/(?![/*])[^/\n]+\/[dgimsuy]*/;
    const others = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'patterns.ts')
      .filter((f) => {
        const code = readFileSync(new URL(f, dir), 'utf8')
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\/\/.*$/gm, '')
          .replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
        return literal.test(code) || code.includes('new RegExp');
      });
    expect(others).toEqual([]);
  });

  it('match what they are for', () => {
    expect(patterns.NUMBER_AT.source).toContain('{1,15}');
    const at = (re: RegExp, text: string): string | undefined => {
      re.lastIndex = 0;
      return re.exec(text)?.[0];
    };
    expect(at(patterns.NUMBER_AT, '1,042.4亿元')).toBe('1,042.4');
    expect(at(patterns.NUMBER_AT, '1,0421')).toBe('1');
    expect(at(patterns.NUMBER_AT, '928.4')).toBe('928.4');
    expect(at(patterns.PERIOD_AT, '“十二五”末期')).toBe('“十二五”末期');
    expect(at(patterns.DOUBLING_AT, '翻两番')).toBe('翻两番');
    expect(patterns.RATE_CUE.test('年均增长')).toBe(true);
    expect(patterns.DECLINE_RATE_CUE.test('年均下降')).toBe(true);
    expect(patterns.YOY_CUE.exec('同比分别增长')?.[1]).toBe('增长');
    expect(patterns.HEADING_NUMBER.test('（三）目标任务')).toBe(true);
    expect(patterns.TIME_PHRASE.source.includes('年')).toBe(true);
    expect('在2012年的'.replace(patterns.TIME_PHRASE, '')).toBe('');
    expect(patterns.PLAIN_SCALAR.test('新产品销售收入')).toBe(true);
    expect(patterns.PLAIN_SCALAR.test('a: b')).toBe(false);
  });
});
