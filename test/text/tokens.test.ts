import { describe, expect, it } from 'vitest';
import { foldText } from '../../src/text/segment.js';
import { scanTokens, type Token } from '../../src/text/tokens.js';

function tokens(text: string): Token[] {
  const folded = foldText(text);
  return [...scanTokens(folded, { start: 0, end: folded.length }).tokens];
}

function quantities(text: string): string[] {
  return tokens(text).flatMap((t) => (t.kind === 'quantity' ? [`${t.qualifiers.filter((q) => q === '超过' || q === '约' || q === '近').join('')}${t.text}${t.high === undefined ? '' : `-${t.high}`}${t.unit}${t.qualifiers.filter((q) => q !== '超过' && q !== '约' && q !== '近').join('')}`] : []));
}

describe('scanTokens', () => {
  it('reads numbers as published: separators, full width, decimals, spaces before the unit', () => {
    expect(quantities('1,042.4亿元')).toEqual(['1042.4亿元']);
    expect(quantities('１２．５％')).toEqual(['12.5%']);
    expect(quantities('27.86 %')).toEqual(['27.86%']);
    expect(quantities('2.33万亿元')).toEqual(['2.33万亿元']);
    expect(quantities('30.90亿元')).toEqual(['30.90亿元']);
  });

  it('reads ranges and qualifiers around the number', () => {
    expect(quantities('6.5%–7%')).toEqual(['6.5-7%']);
    expect(quantities('3-5家')).toEqual(['3-5家']);
    expect(quantities('600余户')).toEqual(['600户余']);
    expect(quantities('2000亿元以上')).toEqual(['2000亿元以上']);
    expect(quantities('超过1000户')).toEqual(['超过1000户']);
    expect(quantities('约为65%')).toEqual(['约65%']);
    expect(quantities('2倍多')).toEqual(['2倍多']);
  });

  it('reads Chinese numerals with a magnitude or before 倍, and leaves small counts and names alone', () => {
    expect(quantities('两千亿元')).toEqual(['2000亿元']);
    expect(quantities('一亿二千万元')).toEqual(['120000000元']);
    expect(quantities('百亿元')).toEqual(['100亿元']);
    expect(quantities('增长两倍')).toEqual(['2倍']);
    expect(quantities('三大基地、五个工作组、万元GDP能耗、第十次党代会')).toEqual([]);
  });

  it('reads years, year ranges, plan periods and doubling phrases', () => {
    const t = tokens('在2012年，二O一二年，到2020年底，2014-2020年，“十二五”末，十三五期间，翻两番');
    expect(t.map((x) => x.kind)).toEqual(['year', 'year', 'year', 'year', 'period', 'period', 'doubling']);
    expect(t.map((x) => (x.kind === 'year' ? `${x.year}${x.to === undefined ? '' : `-${x.to}`}:${x.role}` : x.kind === 'period' ? `${x.name}:${x.last ? 'end' : x.span ? 'span' : ''}` : x.kind === 'doubling' ? x.multiple : ''))).toEqual([
      '2012:base', '2012:plain', '2020:target', '2014-2020:plain', '十二五:end', '十三五:span', '4',
    ]);
  });

  it('leaves codes, document numbers, ranks and long digit runs out', () => {
    expect(quantities('4G网络、IPv6、国发〔2009〕36号、居全国第10位、5OOMPa')).toEqual([]);
    const folded = '9'.repeat(100);
    expect(scanTokens(folded, { start: 0, end: folded.length }).skipped.map((s) => s.reason)).toEqual(['long_number']);
  });

  it('reads a ratio’s terms apart when an unknown glyph separates them (7.3\\uE61D92.7)', () => {
    expect(quantities('7.3\uE61D92.7')).toEqual(['7.3', '92.7']);
  });
});
