import { describe, expect, it } from 'vitest';
import { formatSensitivity } from '../../src/report/sensitivity.js';
import { sensitivityGrid } from '../../src/scenario/index.js';
import { INDUSTRY, seed } from '../scenario/helpers.js';

const grid = sensitivityGrid(seed(INDUSTRY), 'info_industry_revenue_2020', { rates: ['11%', '13%'], years: [2020, 2021] });

describe('formatSensitivity', () => {
  it('writes rates down and years across, each cell its value and ✓ or ✗', () => {
    expect(formatSensitivity(grid, 'text', { lang: 'zh' })).toBe(
      ['信息产业主营业务收入 1700亿元：敏感性分析', '  年均增速 \\ 年份       2020       2021', '  11.00%           1605.69 ✗  1782.32 ✓', '  13.00%           1755.66 ✓  1983.89 ✓', ''].join('\n'),
    );
  });

  it('writes Markdown and JSON', () => {
    expect(formatSensitivity(grid, 'markdown', { lang: 'en' })).toContain('| 11.00% | 1605.69 ✗ | 1782.32 ✓ |');
    const doc = JSON.parse(formatSensitivity(grid, 'json'));
    expect(doc.rates).toEqual(['11', '13']);
    expect(doc.rateUnit).toBe('%');
    expect(doc.cells[0][0]).toEqual({ value: '1605.69191599479', met: false });
  });
});
