import { describe, expect, it } from 'vitest';
import { displayWidth, markdownTable, textTable } from '../../src/report/table.js';

describe('tables', () => {
  it('counts a Chinese character as two columns', () => {
    expect(displayWidth('规划 2020')).toBe(9);
    expect(displayWidth('ＡＢ')).toBe(4);
    expect(displayWidth('')).toBe(0);
  });

  it('aligns text columns by display width: the first left, the rest right', () => {
    expect(textTable([['年份', '规划原文'], ['2020', '1990.11']], '  ')).toBe('  年份  规划原文\n  2020   1990.11');
  });

  it('writes Markdown with escaped pipes and right-aligned numbers', () => {
    expect(markdownTable([['a|b', 'n'], ['x', '1']])).toBe('| a\\|b | n |\n| :-- | --: |\n| x | 1 |');
  });
});
