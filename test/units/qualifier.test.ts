import { describe, expect, it } from 'vitest';
import {
  QUALIFIERS,
  hasMeaning,
  isQualifier,
  parseQuantity,
  qualifierInfo,
  qualifiersAt,
  writeQualified,
} from '../../src/units/index.js';

describe('the qualifier table', () => {
  it('lists each wording once', () => {
    expect(new Set(QUALIFIERS).size).toBe(QUALIFIERS.length);
    expect(QUALIFIERS.length).toBeGreaterThanOrEqual(25);
  });

  it('derives direction, inclusiveness and approximation from the meaning (DOMAIN.md section 2)', () => {
    expect(qualifierInfo('以上')).toMatchObject({ meaning: 'at_least', opens: 'up', inclusive: true, approximate: false, position: 'after' });
    expect(qualifierInfo('超过')).toMatchObject({ meaning: 'more_than', opens: 'up', inclusive: false, position: 'before' });
    expect(qualifierInfo('以内')).toMatchObject({ meaning: 'at_most', opens: 'down', inclusive: true });
    expect(qualifierInfo('不满')).toMatchObject({ meaning: 'less_than', opens: 'down', inclusive: false });
    expect(qualifierInfo('左右')).toMatchObject({ meaning: 'about', opens: 'both', approximate: true });
    expect(qualifierInfo('余')).toMatchObject({ meaning: 'a_little_more', opens: 'up', approximate: true, position: 'between' });
    expect(qualifierInfo('近')).toMatchObject({ meaning: 'a_little_less', opens: 'down', approximate: true });
    expect(qualifierInfo('预计')).toMatchObject({ meaning: 'computed', opens: 'none', position: 'sentence' });
    expect(qualifierInfo('力争')).toMatchObject({ meaning: 'stretch', opens: 'none', position: 'sentence' });
    expect('inclusive' in qualifierInfo('左右')).toBe(false);
  });

  it('answers lookups by position, longest wording first, and by meaning', () => {
    const before = qualifiersAt('before');
    expect(before.indexOf('不超过')).toBeLessThan(before.indexOf('超过'));
    expect(before.indexOf('大约')).toBeLessThan(before.indexOf('约'));
    expect(qualifiersAt('between')).toEqual(['余', '多']);
    expect(hasMeaning(['力争', '以上'], 'at_least')).toBe(true);
    expect(hasMeaning(['力争'], 'at_least')).toBe(false);
  });

  it('knows its own wordings only', () => {
    expect(isQualifier('左右')).toBe(true);
    expect(isQualifier('大概')).toBe(false);
    expect(isQualifier(5)).toBe(false);
  });

  it('places every number-bound qualifier where parseQuantity reads it back', () => {
    for (const q of QUALIFIERS) {
      if (qualifierInfo(q).position === 'sentence') continue;
      const written = writeQualified('600', '户', [q]);
      expect(parseQuantity(written).qualifiers, written).toEqual([q]);
    }
  });
});
