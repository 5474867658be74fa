import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIdentity } from '../../src/text/identity.js';
import { foldText, segment } from '../../src/text/segment.js';

function identity(text: string) {
  const folded = foldText(text);
  return readIdentity(folded, segment(folded));
}
const source = (file: string): string => readFileSync(new URL(`../../seeds/sources/${file}`, import.meta.url), 'utf8');

describe('readIdentity', () => {
  it('reads a notice: issuer, title, document number, date of issue, period from its base phrases', () => {
    const id = identity(source('002_172fdf079cb2d3b3.txt'));
    expect(id.issuer?.value).toBe('山西省经济和信息化委员会');
    expect(id.title?.value).toBe('山西省工业经济创新驱动发展行动方案(2014-2020年)');
    expect(id.docYear).toBe(2014);
    expect(id.date?.value).toBe('2014-09-10');
    expect(id.period).toEqual({ from: 2013, to: 2020, base: 2012 });
  });

  it('reads a date written in Chinese digits with a Latin O, and an attachment’s title', () => {
    const id = identity(source('004_d05e1417a84852ce.txt'));
    expect(id.date?.value).toBe('2012-04-25');
    expect(id.title?.value).toBe('太原工业振兴行动方案');
    expect(id.period).toMatchObject({ from: 2011, to: 2015, base: 2010, name: '十二五' });
  });

  it('takes the latest five-year plan a plan names, not the one it reviews', () => {
    expect(identity(source('000_f7234676e34d8fd8.txt')).period).toMatchObject({ name: '十二五' });
    expect(identity(source('001_20b7e8ad50f7031c.txt')).period).toMatchObject({ name: '十三五' });
  });

  it('finds nothing in text that has nothing', () => {
    expect(identity('没有标题的文字。')).toEqual({});
  });

  it('reads the period from its years when no plan is named', () => {
    expect(identity('2010年收入100亿元，2015年达到200亿元。').period).toMatchObject({ name: '十二五' });
  });
});
