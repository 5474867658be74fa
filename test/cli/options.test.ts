import { describe, expect, it } from 'vitest';
import { colorOf, toleranceOf, UsageError } from '../../src/cli/options.js';

describe('toleranceOf', () => {
  it.each([
    ['0.01', '0.01'],
    ['1%', '0.01'],
    ['1.5%', '0.015'],
    ['0%', '0'],
    ['.5%', '0.005'],
    ['１％', '0.01'],
  ])('%s → %s', (input, output) => {
    expect(toleranceOf(input)).toBe(output);
  });
  it.each(['', '-1', '1e-2', 'abc', '1%%', '1,000', '150%', '1', '20'])('rejects %j', (input) => {
    expect(() => toleranceOf(input)).toThrow(UsageError);
  });
  it('says what a band of 20 should have been, naming the flag (never options.approxBand)', () => {
    expect(() => toleranceOf('20', '--band')).toThrow("option '--band' must be below 1 (100%): a fraction such as 0.05 or a percent such as 5% (got '20'; for 20% write 20%)");
  });
  it('leaves an absent tolerance absent', () => {
    expect(toleranceOf(undefined)).toBeUndefined();
  });
});

describe('colorOf', () => {
  it('follows NO_COLOR, then FORCE_COLOR, then the terminal', () => {
    expect(colorOf({ env: { NO_COLOR: 'x', FORCE_COLOR: '3' }, isTTY: true })).toBe(false);
    expect(colorOf({ env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(true);
    expect(colorOf({ env: { FORCE_COLOR: '0' }, isTTY: false })).toBe(false);
    expect(colorOf({ env: { FORCE_COLOR: 'true' }, isTTY: false })).toBe(true);
  });
});

